import { describe, expect, it } from 'vitest';
import { policyDraftSchema } from '#domain/policy/input-schemas';
import type { PolicyVersion } from '#domain/policy/policy-version';
import {
  fiscalYearOf,
  overlappingVersions,
  POLICY_2022,
  policyInForce,
  requirePolicyInForce,
} from '#domain/policy/policy-version';
import { policyDraftInput } from '../../../support/policy.ts';

const STAMP = { version: 1, createdAt: '2022-03-02T00:00:00.000Z', updatedAt: '2022-03-02T00:00:00.000Z' };
const QP_2022: PolicyVersion = { ...POLICY_2022, ...STAMP };
const version = (id: string, from: string, to: string, status: PolicyVersion['status'] = 'PUBLISHED') => ({
  ...QP_2022,
  id,
  effectiveFrom: from,
  effectiveTo: to,
  status,
});

describe('R9: the 2022 rules are in force from 2022-03-02 to 2022-12-31, both ends included', () => {
  it.each([
    ['2022-03-01', undefined],
    ['2022-03-02', 'QP-2022'],
    ['2022-12-31', 'QP-2022'],
    ['2023-01-01', undefined],
  ])('on %s the version in force is %s', (date, expected) => {
    expect(policyInForce([QP_2022], date)?.id).toBe(expected);
  });

  it('R9: a date no version covers is refused, naming the date', () => {
    expect(() => requirePolicyInForce([QP_2022], '2026-11-30')).toThrow(
      expect.objectContaining({
        code: 'POLICY_VIOLATION',
        rule: 'R9',
        message: expect.stringContaining('2026-11-30') as unknown,
      }),
    );
  });

  it('R9.1: a draft is never in force', () => {
    expect(
      policyInForce([version('QP-2025', '2025-01-01', '2025-12-31', 'DRAFT')], '2025-06-01'),
    ).toBeUndefined();
  });
});

describe('R9.1: published versions may not overlap', () => {
  const published = [QP_2022, version('QP-2025', '2025-01-01', '2025-12-31')];
  it.each([
    ['2022-12-31', '2023-12-31', ['QP-2022']],
    ['2023-01-01', '2024-12-31', []],
    ['2024-06-01', '2025-01-01', ['QP-2025']],
    ['2020-01-01', '2030-12-31', ['QP-2022', 'QP-2025']],
  ])('%s to %s overlaps %j', (from, to, expected) => {
    expect(
      overlappingVersions(published, { id: 'NEW', effectiveFrom: from, effectiveTo: to }).map((v) => v.id),
    ).toEqual(expected);
  });
  it('a draft overlapping a draft is not an overlap (only one of them can be published)', () => {
    const draft = version('QP-D', '2030-01-01', '2030-12-31', 'DRAFT');
    expect(
      overlappingVersions([draft], { id: 'NEW', effectiveFrom: '2030-01-01', effectiveTo: '2030-12-31' }),
    ).toEqual([]);
  });
});

describe('R8.1, R9.1: a draft carries every setting, each with its clause', () => {
  it('a complete draft passes', () => {
    expect(policyDraftSchema.safeParse(policyDraftInput()).success).toBe(true);
  });

  it.each([
    'banYears',
    'expertsRequired',
    'jointReviewBodies',
    'implementationWindowYears',
    'fundLine',
    'importedLevels',
  ])('a draft without %s is refused, naming the field', (setting) => {
    const input = policyDraftInput();
    Reflect.deleteProperty(input, setting);
    const parsed = policyDraftSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(setting);
  });

  it('a setting without its clause is refused', () => {
    const input = policyDraftInput();
    const citation = input['citation'] as { clauses: Record<string, string> };
    delete citation.clauses['banYears'];
    const parsed = policyDraftSchema.safeParse(input);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain('citation.clauses.banYears');
  });

  it('R5.2, R5.3: tiers in order, each paying more than the one below, a title in one tier only', () => {
    const tiers = [
      { tier: 1, level: 'DISTRICT', titles: ['SMART_WORKSHOP'], amountFen: 20_000_000 },
      { tier: 2, level: 'DISTRICT', titles: ['SMART_WORKSHOP'], amountFen: 10_000_000 },
      { tier: 4, level: 'MUNICIPAL', titles: ['SMART_FACTORY'], amountFen: 100_000_000 },
    ];
    const parsed = policyDraftSchema.safeParse(policyDraftInput({ tiers }));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['tiers.1', 'tier 2 must pay more than tier 1'],
      ['tiers.1', 'DISTRICT SMART_WORKSHOP is already in tier 1'],
      ['tiers.2', 'tiers are numbered 1, 2, 3… in order; this one is 4'],
    ]);
  });

  it('a period ending before it starts is refused', () => {
    const parsed = policyDraftSchema.safeParse(
      policyDraftInput({ effectiveFrom: '2041-12-31', effectiveTo: '2041-01-01' }),
    );
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['effectiveTo']);
  });

  it('a one-per rule the code does not implement is refused', () => {
    const parsed = policyDraftSchema.safeParse(
      policyDraftInput({
        onePerRules: {
          diagnosisReward: 'ENTERPRISE_PER_YEAR',
          implementationReward: 'DIAGNOSIS_REPORT',
          benchmarkTitle: 'ENTERPRISE_TITLE_PER_YEAR',
        },
      }),
    );
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'onePerRules.diagnosisReward',
    ]);
  });
});

describe('R2.2: the fiscal year of an approval is the CST year it is given in', () => {
  it('an approval at 2026-12-31 23:30 CST (15:30 UTC) commits against 2026, at 2027-01-01 00:30 CST against 2027', () => {
    expect(fiscalYearOf('APPROVAL_DATE', new Date('2026-12-31T15:30:00Z'))).toBe(2026);
    expect(fiscalYearOf('APPROVAL_DATE', new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});

describe('QP-2022 as seeded', () => {
  it('carries the amounts of 第五条 in fen and the three-year ban of 第七条', () => {
    expect(QP_2022).toMatchObject({
      diagnosisRewardFen: 20_000 * 100,
      implementationRewardCapFen: 100_000 * 100,
      publicityWorkingDays: 5,
      banYears: 3,
      importedLevels: ['MUNICIPAL', 'NATIONAL'],
      citation: { publishedOn: '2022-03-02', clauses: { banYears: '第七条', tiers: '第五条（二）' } },
    });
  });
});
