import type { Fen } from '../money.ts';
import { IMPORT_REASONS } from '../messages/imports.ts';
import type {
  BenchmarkTitle,
  CertificationLevel,
  PolicySettings,
  TierRule,
} from '../policy/policy-version.ts';

/**
 * R5.2, R5.3: benchmark awards step up by tier, and each step pays the difference (每上一个台阶奖励一次、
 * 晋档补差): award = max(0, amount(new tier) − amount(highest tier already awarded)).
 */

/**
 * An earlier benchmark award of the enterprise. Only AWARDED ones count as "already awarded" (R5.3);
 * CANCELLED: its payment was cancelled by the commission, which voids it (R5.3.1).
 */
export interface BenchmarkAward {
  readonly tier: number;
  readonly amountFen: Fen;
  readonly status: 'AWARDED' | 'REJECTED' | 'WITHDRAWN' | 'RECOVERED' | 'CANCELLED';
}

export interface TierDifference {
  readonly tier: number;
  /** What the title's tier pays in full. */
  readonly tierAmountFen: Fen;
  /** The highest tier already awarded that counts (0 when none), whose amount is `alreadyAwardedFen`. */
  readonly standingTierBefore?: number | undefined;
  /** The amount of the highest tier already awarded (0 when none). */
  readonly alreadyAwardedFen: Fen;
  /** What this certification pays: never negative. */
  readonly awardFen: Fen;
  /** Why nothing is paid, when nothing is (a zero-amount outcome is recorded with it, R5.3). */
  readonly zeroReason?: string | undefined;
}

/** The tier a title at a level belongs to under a policy version, if any (R5.2). */
export function tierOf(
  policy: Pick<PolicySettings, 'tiers'>,
  title: BenchmarkTitle,
  level: CertificationLevel,
): TierRule | undefined {
  return policy.tiers.find((rule) => rule.level === level && rule.titles.includes(title));
}

/** The highest amount among the awards that count (R5.3: rejected, withdrawn and recovered ones do not). */
export function highestAwardedFen(history: readonly BenchmarkAward[]): Fen {
  return history
    .filter((award) => award.status === 'AWARDED')
    .reduce((highest, award) => Math.max(highest, award.amountFen), 0);
}

/** R5.3: what a certification in `rule`'s tier pays, given the enterprise's award history. */
export function tierDifference(rule: TierRule, history: readonly BenchmarkAward[]): TierDifference {
  const alreadyAwardedFen = highestAwardedFen(history);
  const awardFen = Math.max(0, rule.amountFen - alreadyAwardedFen);
  const standingTierBefore = history
    .filter((award) => award.status === 'AWARDED' && award.amountFen === alreadyAwardedFen)
    .reduce((highest, award) => Math.max(highest, award.tier), 0);
  return {
    tier: rule.tier,
    tierAmountFen: rule.amountFen,
    standingTierBefore: alreadyAwardedFen === 0 ? 0 : standingTierBefore,
    alreadyAwardedFen,
    awardFen,
    zeroReason: awardFen === 0 ? IMPORT_REASONS.zeroAmount.en({ tier: rule.tier }) : undefined,
  };
}
