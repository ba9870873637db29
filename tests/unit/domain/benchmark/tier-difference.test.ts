import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkAward } from '#domain/benchmark/tier-difference';
import { tierDifference, tierOf } from '#domain/benchmark/tier-difference';
import { POLICY_2022 } from '#domain/policy/policy-version';
import type { TierRule } from '#domain/policy/policy-version';

const YUAN = 100;
const tier = (n: number): TierRule => {
  const rule = POLICY_2022.tiers.find((candidate) => candidate.tier === n);
  if (!rule) throw new Error(`no tier ${n}`);
  return rule;
};
const awarded = (n: number): BenchmarkAward => ({ tier: n, amountFen: tier(n).amountFen, status: 'AWARDED' });

describe('R5.2 tiers of the 2022 rules', () => {
  it.each([
    ['SMART_PRODUCTION_LINE', 'DISTRICT', 1, 100_000],
    ['SMART_WAREHOUSE', 'DISTRICT', 1, 100_000],
    ['SMART_WORKSHOP', 'DISTRICT', 2, 200_000],
    ['SMART_FACTORY', 'DISTRICT', 3, 500_000],
    ['SMART_FACTORY', 'MUNICIPAL', 4, 1_000_000],
    ['NATIONAL_BENCHMARK_FACTORY', 'NATIONAL', 5, 2_000_000],
    ['LIGHTHOUSE_FACTORY', 'GLOBAL', 6, 5_000_000],
  ] as const)('%s at %s level is tier %i, %i yuan', (title, level, expectedTier, yuan) => {
    expect(tierOf(POLICY_2022, title, level)).toMatchObject({ tier: expectedTier, amountFen: yuan * YUAN });
  });
});

describe('R5.3 one award per step up, pay the difference (the policy’s own examples)', () => {
  it('nothing before, then tier 4: 1,000,000 yuan', () => {
    expect(tierDifference(tier(4), []).awardFen).toBe(1_000_000 * YUAN);
  });
  it('tier 2 already awarded, then tier 3: 300,000 yuan', () => {
    expect(tierDifference(tier(3), [awarded(2)]).awardFen).toBe(300_000 * YUAN);
  });
  it('tier 1 (production line) already awarded, then tier 1 (warehouse): 0, with the reason', () => {
    const outcome = tierDifference(tier(1), [awarded(1)]);
    expect(outcome.awardFen).toBe(0);
    expect(outcome.zeroReason).toMatch(/R5\.3/);
  });
  it('tier 5 already awarded, then tier 4: 0', () => {
    expect(tierDifference(tier(4), [awarded(5)]).awardFen).toBe(0);
  });
  it('rejected, withdrawn and recovered awards do not count as already awarded', () => {
    const history: BenchmarkAward[] = (['REJECTED', 'WITHDRAWN', 'RECOVERED'] as const).map((status) => ({
      tier: 5,
      amountFen: tier(5).amountFen,
      status,
    }));
    expect(tierDifference(tier(4), history).awardFen).toBe(1_000_000 * YUAN);
  });
});

describe('R5.3 properties over any sequence of certifications (fast-check)', () => {
  const tiers = fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 });

  /** Processes certifications in order, each award raising the history as R5.4 requires. */
  function award(sequence: readonly number[], history: BenchmarkAward[] = []): number[] {
    return sequence.map((n) => {
      const outcome = tierDifference(tier(n), history);
      if (outcome.awardFen > 0)
        history.push({ tier: n, amountFen: outcome.tierAmountFen, status: 'AWARDED' });
      return outcome.awardFen;
    });
  }

  it('the total awarded equals the amount of the highest tier reached, and no award is negative', () => {
    fc.assert(
      fc.property(tiers, (sequence) => {
        const amounts = award(sequence);
        const highest = sequence.length === 0 ? 0 : tier(Math.max(...sequence)).amountFen;
        expect(amounts.every((amount) => amount >= 0)).toBe(true);
        expect(amounts.reduce((total, amount) => total + amount, 0)).toBe(highest);
      }),
    );
  });

  it('replaying the same sequence afterwards pays nothing more', () => {
    fc.assert(
      fc.property(tiers, (sequence) => {
        const history: BenchmarkAward[] = [];
        award(sequence, history);
        expect(award(sequence, history).every((amount) => amount === 0)).toBe(true);
      }),
    );
  });
});
