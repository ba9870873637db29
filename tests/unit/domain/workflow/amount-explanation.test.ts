import { describe, expect, it } from 'vitest';
import { tierDifference } from '#domain/benchmark/tier-difference';
import { SETTINGS_2022 } from '#domain/policy/policy-version';
import type { TierRule } from '#domain/policy/policy-version';
import {
  diagnosisRewardExplanation,
  implementationRewardExplanation,
  tierDifferenceExplanation,
} from '#domain/workflow/amount-explanation';

/** Every amount explains itself: rule, version, inputs and arithmetic, in Chinese and English. */
const YUAN = 100;
function tier(n: number): TierRule {
  const rule = SETTINGS_2022.tiers.find((candidate) => candidate.tier === n);
  if (!rule) throw new Error(`no tier ${n}`);
  return rule;
}

describe('amount explanations (R5.1a, R5.1b, R5.3, R5.5)', () => {
  it('R5.1a, R5.5: the fixed diagnosis reward, with its version', () => {
    const explanation = diagnosisRewardExplanation('QP-2022', 20_000 * YUAN);
    expect(explanation).toMatchObject({ rule: 'R5.1a', policyVersionId: 'QP-2022', provisional: false });
    expect(explanation.zh).toBe(
      'R5.1a（QP-2022）：诊断奖励为定额，每家被诊断企业 20,000.00 元，评审与审议只决定给予与否，不核减（R5.5）。',
    );
    expect(explanation.en).toContain('fixed at 20,000.00 yuan per enterprise diagnosed');
  });

  it('R5.1b: the reviewed amount against the lesser of request and cap', () => {
    const explanation = implementationRewardExplanation(
      'QP-2022',
      80_000 * YUAN,
      120_000 * YUAN,
      100_000 * YUAN,
    );
    expect(explanation).toMatchObject({ requestedAmountFen: 120_000 * YUAN, capFen: 100_000 * YUAN });
    expect(explanation.en).toBe(
      'R5.1b (QP-2022): implementation reward of 80,000.00 yuan as reviewed, within the lesser of the 120,000.00 yuan requested and the 100,000.00 yuan cap (100,000.00 yuan).',
    );
  });

  it('R5.3: tier 2 already awarded, then tier 3: 500,000 − 200,000 = 300,000, provisional until approval', () => {
    const difference = tierDifference(tier(3), [{ tier: 2, amountFen: 200_000 * YUAN, status: 'AWARDED' }]);
    const explanation = tierDifferenceExplanation('QP-2022', difference, 2, true);
    expect(explanation).toMatchObject({
      rule: 'R5.3',
      amountFen: 300_000 * YUAN,
      tier: 3,
      tierAmountFen: 500_000 * YUAN,
      standingTierBefore: 2,
      alreadyAwardedFen: 200_000 * YUAN,
      provisional: true,
    });
    expect(explanation.en).toContain('500,000.00 − 200,000.00 = 300,000.00 yuan');
    expect(explanation.en).toContain('Provisional');
    expect(explanation.zh).toContain('晋档补差 500,000.00 − 200,000.00 = 300,000.00 元');
  });

  it('R5.3, R5.3.1: a step down pays 0, with the reason and no publicity', () => {
    const difference = tierDifference(tier(4), [{ tier: 5, amountFen: 2_000_000 * YUAN, status: 'AWARDED' }]);
    const explanation = tierDifferenceExplanation('QP-2022', difference, 5, false);
    expect(explanation).toMatchObject({
      amountFen: 0,
      zeroReason: expect.stringContaining('R5.3') as string,
    });
    expect(explanation.en).toContain('max(0, 1,000,000.00 − 2,000,000.00) = 0.00 yuan');
    expect(explanation.zh).toContain('不公示、不审议、不拨付（R5.3.1）');
  });
});
