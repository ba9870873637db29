import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isConfirmed,
  loadPriceTable,
  loadWorkloadMix,
  MIX_PATH,
  parsePriceTable,
  parseWorkloadMix,
  PRICE_KEYS,
  PRICES_PATH,
  unitPrice,
} from '../../../scripts/cost/inputs.ts';

const pricesJson = (): { prices: Record<string, unknown> } & Record<string, unknown> =>
  JSON.parse(readFileSync(PRICES_PATH, 'utf8')) as { prices: Record<string, unknown> };

describe('the price table (scripts/cost/prices.json)', () => {
  it('has every price the bill uses, each with its unit, source page and how it was checked', () => {
    const table = loadPriceTable();
    expect(Object.keys(table.prices).sort()).toEqual([...PRICE_KEYS].sort());
    expect(table.region).toBe('us-east-1');
    expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const price of Object.values(table.prices)) {
      expect(price.source).toMatch(/pricing|aws\.amazon\.com/i);
      expect(price.checked.length).toBeGreaterThan(10);
    }
  });

  it('prices one unit as usd per `per` (Step Functions: US$0.025 per 1,000 transitions)', () => {
    const table = loadPriceTable();
    expect(unitPrice(table, 'stepFunctions.standardTransition')).toBeCloseTo(0.000025, 12);
    expect(isConfirmed(table, 'stepFunctions.standardTransition')).toBe(true);
    expect(isConfirmed(table, 'sns.smsChina')).toBe(false);
  });

  it('refuses a table with a price missing or unknown', () => {
    // Prepare
    const missing = pricesJson();
    delete missing.prices['waf.rule'];
    const unknown = pricesJson();
    unknown.prices['waf.bogus'] = unknown.prices['waf.rule'];
    // Act, Assess
    expect(() => parsePriceTable(missing)).toThrow(/missing waf\.rule/);
    expect(() => parsePriceTable(unknown)).toThrow(/unknown waf\.bogus/);
  });
});

describe('the workload mix (scripts/cost/district-mix.json)', () => {
  it('is one district of 500 applications a year and 20,000 calls a day, reads adding up to all page views', () => {
    const mix = loadWorkloadMix();
    expect(mix.applicationsPerYear).toBe(500);
    expect(mix.apiCallsPerDay).toBe(20_000);
    expect(mix.deployment.districts).toBe(16);
  });

  it('refuses read shares that do not add up to 1', () => {
    const mix = JSON.parse(readFileSync(MIX_PATH, 'utf8')) as { reads: { shares: Record<string, number> } };
    mix.reads.shares['EnterpriseHistory'] = 0.9;
    expect(() => parseWorkloadMix(mix)).toThrow(/read shares add up to/);
  });
});
