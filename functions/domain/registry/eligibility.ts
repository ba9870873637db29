import type { Bilingual } from '../messages/bilingual.ts';
import { render } from '../messages/bilingual.ts';
import { ELIGIBILITY_REASONS as WHY } from '../messages/eligibility.ts';
import type { Enterprise } from './enterprise.ts';
import type { Provider } from './provider.ts';
import type { SupportConditions } from './registry-subject.ts';

export interface EligibilityReason {
  /** The policy rule that the subject fails, e.g. `R4.1`. */
  readonly rule: string;
  readonly message: string;
  /** The same in Chinese (issue 18). */
  readonly messageZh: string;
}

export interface Eligibility {
  readonly eligible: boolean;
  /** Every failing condition, not just the first (R4.4). */
  readonly reasons: readonly EligibilityReason[];
}

const reason = (rule: string, message: Bilingual): EligibilityReason => ({
  rule,
  message: message.en,
  messageZh: message.zh,
});

/** R4.3 (independent, orderly, normal status, sound finances, good credit) and R7.2 (three-year ban). */
function conditionReasons(subject: SupportConditions, today: string): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (!subject.independentLiability) reasons.push(reason('R4.3', WHY.noIndependentLiability));
  if (!subject.wellManaged) reasons.push(reason('R4.3', WHY.notWellManaged));
  if (subject.businessStatus !== 'NORMAL') {
    reasons.push(reason('R4.3', render(WHY.businessStatus, { status: subject.businessStatus })));
  }
  if (!subject.soundFinancialRecords) reasons.push(reason('R4.3', WHY.financialRecords));
  if (subject.creditStanding !== 'GOOD') reasons.push(reason('R4.3', WHY.creditRecord));
  if (subject.ban && subject.ban.until > today) {
    reasons.push(reason('R7.2', render(WHY.banned, subject.ban)));
  }
  return reasons;
}

const result = (reasons: EligibilityReason[]): Eligibility => ({ eligible: reasons.length === 0, reasons });

/**
 * Whether an enterprise may be supported on `today` (a CST date), with every failing condition (R4.4):
 * R4.1 business and tax registration both in Qingpu, R4.3, R7.2.
 */
export function enterpriseEligibility(enterprise: Enterprise, today: string): Eligibility {
  const reasons: EligibilityReason[] = [];
  if (!enterprise.businessInQingpu) reasons.push(reason('R4.1', WHY.businessNotInQingpu));
  if (!enterprise.taxInQingpu) reasons.push(reason('R4.1', WHY.taxNotInQingpu));
  return result([...reasons, ...conditionReasons(enterprise, today)]);
}

/**
 * Whether a provider may be supported on `today`: R4.2 asks no location, R4.3 and R7.2 apply, and only a
 * provider on the roster (R6.1.2) is matched with enterprises and rewarded for diagnosis.
 */
export function providerEligibility(provider: Provider, today: string): Eligibility {
  const reasons: EligibilityReason[] = [];
  if (!provider.onRoster) reasons.push(reason('R6.1.2', WHY.notOnRoster));
  return result([...reasons, ...conditionReasons(provider, today)]);
}
