import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { BenchmarkStanding } from '#domain/benchmark/certification';
import { POLICY_2022 } from '#domain/policy/policy-version';
import type { Enterprise } from '#domain/registry/enterprise';
import type { AwardableLine } from '#use-cases/benchmark/record-certifications';
import { enterpriseChanges, packTransactions } from '#use-cases/benchmark/record-certifications';

/**
 * R5.3/R5.4 as the import writes them (pure: no store). An enterprise's certifications, taken in date
 * order against its standing, award in total the amount of the highest tier reached, never a negative
 * amount, whether they come in one list or are split over several imports; and a standing that already
 * holds the highest tier pays nothing more.
 */

const NOW = new Date('2026-11-29T02:00:00Z');
const ENTERPRISE = {
  creditCode: '913101180DM95UY1CJ',
  name: '上海青禾精密机械有限公司',
  town: 'ZHUJIAJIAO',
} as Enterprise;
const tierRule = (tier: number) => {
  const rule = POLICY_2022.tiers.find((candidate) => candidate.tier === tier);
  if (!rule) throw new Error(`no tier ${tier}`);
  return rule;
};

const lineOf = (tier: number, index: number): AwardableLine => {
  const rule = tierRule(tier);
  return {
    line: {
      line: index + 2,
      id: `CERT-${index}`,
      creditCode: ENTERPRISE.creditCode,
      enterpriseName: ENTERPRISE.name,
      title: rule.titles[0] ?? 'SMART_FACTORY',
      level: rule.level,
      certifyingBody: 'body',
      certificateNumber: `N-${index}`,
      certifiedOn: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
    },
    enterprise: ENTERPRISE,
    rule,
    policyVersionId: POLICY_2022.id,
    importId: 'IMP-test',
  };
};

/** Records the lines in `parts` successive imports, each against the standing the previous one left. */
function recordInParts(
  lines: readonly AwardableLine[],
  parts: number,
): { awards: number[]; standing?: BenchmarkStanding } {
  let standing: BenchmarkStanding | undefined;
  const awards: number[] = [];
  const size = Math.max(1, Math.ceil(lines.length / parts));
  for (let start = 0; start < lines.length; start += size) {
    const changes = enterpriseChanges(SYSTEM_ACTOR, NOW, lines.slice(start, start + size), standing);
    awards.push(...changes.results.map((result) => result.awardFen ?? 0));
    const written = changes.changes.find((change) => change.write.kind === 'BenchmarkStanding');
    if (written) standing = written.write.record as BenchmarkStanding;
  }
  return { awards, standing };
}

const tiers = fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 25 });

describe('R5.3, R5.4 properties of recording certifications', () => {
  it('total awarded = the highest tier reached, none negative, however the lines are split over imports', () => {
    fc.assert(
      fc.property(tiers, fc.integer({ min: 1, max: 5 }), (sequence, parts) => {
        const lines = sequence.map(lineOf);
        const { awards } = recordInParts(lines, parts);
        expect(awards.every((amount) => amount >= 0)).toBe(true);
        expect(awards.reduce((total, amount) => total + amount, 0)).toBe(
          tierRule(Math.max(...sequence)).amountFen,
        );
      }),
    );
  });

  it('after any sequence, further certifications at or below the highest tier pay nothing', () => {
    fc.assert(
      fc.property(tiers, (sequence) => {
        const { standing } = recordInParts(sequence.map(lineOf), 1);
        const again = enterpriseChanges(
          SYSTEM_ACTOR,
          NOW,
          sequence.map((tier, index) => lineOf(Math.min(tier, Math.max(...sequence)), 100 + index)),
          standing,
        );
        expect(
          again.results.every((result) => result.awardFen === 0 && result.outcome === 'ZERO_AMOUNT'),
        ).toBe(true);
        expect(again.projects).toHaveLength(0);
        expect(again.changes.some((change) => change.write.kind === 'BenchmarkStanding')).toBe(false);
      }),
    );
  });

  it('writes the standing against the version it read (R5.4) and never splits an enterprise across transactions', () => {
    const standing: BenchmarkStanding = {
      id: 'STANDING-913101180DM95UY1CJ',
      creditCode: ENTERPRISE.creditCode,
      awards: [{ tier: 2, amountFen: tierRule(2).amountFen, status: 'AWARDED', certificationId: 'CERT-old' }],
      version: 3,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    const changes = enterpriseChanges(SYSTEM_ACTOR, NOW, [lineOf(3, 0)], standing);
    expect(
      changes.changes.find((change) => change.write.kind === 'BenchmarkStanding')?.write.expectedVersion,
    ).toBe(3);
    expect(changes.results[0]?.awardFen).toBe(tierRule(3).amountFen - tierRule(2).amountFen);
    const many = Array.from({ length: 30 }, () => changes);
    const packed = packTransactions(many);
    expect(packed.flat()).toHaveLength(30);
    for (const transaction of packed) {
      expect(
        transaction.reduce((items, entry) => items + entry.changes.length * 2 + 1, 0),
      ).toBeLessThanOrEqual(100);
    }
  });
});
