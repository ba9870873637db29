import type { Fen } from '../money.ts';
import { formatFen } from '../money.ts';
import type { TierDifference } from '../benchmark/tier-difference.ts';

/**
 * Every amount explains itself: the rule and policy version it comes from, its inputs and the
 * arithmetic, in Chinese and English. R5.5: the diagnosis reward (R5.1a) and the six tier amounts (R5.2)
 * are fixed awards, never typed in; only the implementation reward (R5.1b) is a reviewed amount within a
 * ceiling. A benchmark title's R5.3 difference is provisional until the award is approved.
 */
export interface AmountExplanation {
  /** `R5.1a`, `R5.1b` or `R5.3`. */
  readonly rule: 'R5.1a' | 'R5.1b' | 'R5.3';
  readonly policyVersionId: string;
  readonly amountFen: Fen;
  /** True while the amount may still change: a benchmark title's difference before approval (R5.3). */
  readonly provisional: boolean;
  /** R5.1b: the amount applied for. */
  readonly requestedAmountFen?: Fen | undefined;
  /** R5.1b: the version's ceiling. */
  readonly capFen?: Fen | undefined;
  /** R5.3: the title's tier and its amount. */
  readonly tier?: number | undefined;
  readonly tierAmountFen?: Fen | undefined;
  /** R5.3: the enterprise's standing before: its highest counting tier (0 when none) and that tier's amount. */
  readonly standingTierBefore?: number | undefined;
  readonly alreadyAwardedFen?: Fen | undefined;
  /** Why the amount is 0, when it is (R5.3: the title is still recorded, R5.3.1). */
  readonly zeroReason?: string | undefined;
  readonly zh: string;
  readonly en: string;
}

const yuan = (fen: Fen): string => formatFen(fen);

/** R5.1a, R5.5: the fixed diagnosis reward of the version. */
export function diagnosisRewardExplanation(policyVersionId: string, amountFen: Fen): AmountExplanation {
  return {
    rule: 'R5.1a',
    policyVersionId,
    amountFen,
    provisional: false,
    zh: `R5.1a（${policyVersionId}）：诊断奖励为定额，每家被诊断企业 ${yuan(amountFen)} 元，评审与审议只决定给予与否，不核减（R5.5）。`,
    en: `R5.1a (${policyVersionId}): the diagnosis reward is fixed at ${yuan(amountFen)} yuan per enterprise diagnosed; review and deliberation approve or refuse it, never reduce it (R5.5).`,
  };
}

/** R5.1b, R5.5: a reviewed amount within the lesser of the amount requested and the cap. */
export function implementationRewardExplanation(
  policyVersionId: string,
  amountFen: Fen,
  requestedAmountFen: Fen,
  capFen: Fen,
): AmountExplanation {
  const limit = Math.min(requestedAmountFen, capFen);
  return {
    rule: 'R5.1b',
    policyVersionId,
    amountFen,
    provisional: false,
    requestedAmountFen,
    capFen,
    zh: `R5.1b（${policyVersionId}）：实施奖励按评审核定 ${yuan(amountFen)} 元，不超过申请金额 ${yuan(requestedAmountFen)} 元与上限 ${yuan(capFen)} 元中的较小者 ${yuan(limit)} 元。`,
    en: `R5.1b (${policyVersionId}): implementation reward of ${yuan(amountFen)} yuan as reviewed, within the lesser of the ${yuan(requestedAmountFen)} yuan requested and the ${yuan(capFen)} yuan cap (${yuan(limit)} yuan).`,
  };
}

/** R5.3 (with R5.2, R5.5): a title's difference against the enterprise's standing. */
export function tierDifferenceExplanation(
  policyVersionId: string,
  difference: TierDifference,
  standingTierBefore: number,
  provisional: boolean,
): AmountExplanation {
  const { tier, tierAmountFen, alreadyAwardedFen, awardFen } = difference;
  const before =
    standingTierBefore === 0
      ? { zh: '此前未获标杆奖励（0 元）', en: 'no benchmark award before (0 yuan)' }
      : {
          zh: `此前已获最高第 ${standingTierBefore} 档奖励 ${yuan(alreadyAwardedFen)} 元`,
          en: `the highest tier already awarded is tier ${standingTierBefore} at ${yuan(alreadyAwardedFen)} yuan`,
        };
  const sum =
    awardFen > 0
      ? `${yuan(tierAmountFen)} − ${yuan(alreadyAwardedFen)} = ${yuan(awardFen)}`
      : `max(0, ${yuan(tierAmountFen)} − ${yuan(alreadyAwardedFen)}) = 0.00`;
  const provisionalNote = provisional
    ? {
        zh: '此为暂定金额，区产推办审议通过时按届时的已获奖励重新核定。',
        en: 'Provisional: worked out again against the standing as it is when the promotion office approves.',
      }
    : { zh: '', en: '' };
  const zero =
    awardFen === 0
      ? {
          zh: '奖励为 0 元：称号照常认定并记录原因，不公示、不审议、不拨付（R5.3.1）。',
          en: 'The award is 0 yuan: the title is still recorded with the reason, without publicity, deliberation or payment (R5.3.1).',
        }
      : { zh: '', en: '' };
  return {
    rule: 'R5.3',
    policyVersionId,
    amountFen: awardFen,
    provisional,
    tier,
    tierAmountFen,
    standingTierBefore,
    alreadyAwardedFen,
    zeroReason: difference.zeroReason,
    zh: `R5.3（${policyVersionId}）：第 ${tier} 档定额 ${yuan(tierAmountFen)} 元，${before.zh}，晋档补差 ${sum} 元。${zero.zh}${provisionalNote.zh}`,
    en: `R5.3 (${policyVersionId}): tier ${tier} is fixed at ${yuan(tierAmountFen)} yuan; ${before.en}; the step up pays the difference, ${sum} yuan. ${zero.en}${provisionalNote.en}`.trimEnd(),
  };
}
