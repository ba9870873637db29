import { PolicyViolation } from '../errors.ts';
import { render } from '../messages/bilingual.ts';
import { REFUSALS } from '../messages/refusals.ts';
import type { Fen } from '../money.ts';
import type { BanSummary } from '../registry/registry-subject.ts';
import type { BankReturnCode } from './bank-return-codes.ts';

/**
 * Payments and finance (R6.6, R2.2, R7): finance pulls READY payments into batches, exports them for the
 * bank, releases a batch for payment (a second finance user: four eyes) and records each payment's
 * result. A payment is in at most one open batch — a claim the database holds, taken with the batch and
 * given up only when the bank refuses the payment, so that it can be paid in a later batch, once.
 */

export const BATCH_STATUSES = ['OPEN', 'SUBMITTED', 'CLOSED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** A batch is made OPEN, released once (four eyes) and closed when every result is in (or it is emptied). */
export const BATCH_TRANSITIONS: Readonly<Record<BatchStatus, readonly BatchStatus[]>> = {
  OPEN: ['SUBMITTED', 'CLOSED'],
  SUBMITTED: ['CLOSED'],
  CLOSED: [],
};

export function requireBatchTransition(batch: Pick<PaymentBatch, 'id' | 'status'>, next: BatchStatus): void {
  if (!BATCH_TRANSITIONS[batch.status].includes(next))
    throw new PolicyViolation('R6.6', render(REFUSALS.batchAlready, batch));
}

export interface BatchFilter {
  readonly documentId?: string | undefined;
  readonly payeeType?: 'PROVIDER' | 'ENTERPRISE' | undefined;
  readonly maxCount?: number | undefined;
  readonly maxAmountFen?: Fen | undefined;
}

/** 支付批次. */
export interface PaymentBatch {
  /** `BATCH-<uuid>`. */
  readonly id: string;
  readonly status: BatchStatus;
  readonly filter: BatchFilter;
  readonly paymentCount: number;
  readonly totalFen: Fen;
  readonly paidCount: number;
  readonly paidFen: Fen;
  readonly failedCount: number;
  readonly createdBy: string;
  /** The finance user who released it for payment: never its creator (four eyes). */
  readonly submittedBy?: string | undefined;
  readonly submittedAt?: string | undefined;
  readonly closedAt?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The claim that keeps a payment in one open batch at a time. */
export const openBatchClaim = (paymentId: string): string => `PAYMENT_IN_BATCH#${paymentId}`;

/** A payment's result as the bank reports it; a refusal's code says what finance does next. */
export type PaymentResult =
  | { readonly paid: true; readonly bankReference: string; readonly paidOn: string }
  | {
      readonly paid: false;
      readonly reason: string;
      readonly code?: Exclude<BankReturnCode, 'SUCCESS'> | undefined;
    };

/** A project has at most one fraud finding (R7.1.1): its id is derived from the project's. */
export const findingId = (projectId: string): string => `FRAUD-${projectId}`;

/** R7.1, R7.1.1, R7.2.1: a fraud finding against an award, by the commission. */
export interface FraudFinding {
  /** `FRAUD-<project id>`: one finding per award. */
  readonly id: string;
  readonly projectId: string;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  /** The unit's principal (主要负责人), held responsible with it (R7.1); absent on older records. */
  readonly principalName?: string | undefined;
  readonly evidence: string;
  /** CST date of the decision; a ban runs from it (R7.2.1). */
  readonly decidedOn: string;
  /** R7.2: serious cases bar the unit for the policy version's `banYears`. */
  readonly serious: boolean;
  /** R7.2.1: the first CST date on which the unit may apply again (the same as its registry `ban.until`). */
  readonly banUntil?: string | undefined;
  /** The receivable: exactly what was paid for the project (R7.1.1), and what has come back. */
  readonly paidFen: Fen;
  readonly recoveredFen: Fen;
  readonly recoveries: readonly {
    readonly amountFen: Fen;
    readonly recoveredOn: string;
    readonly by: string;
  }[];
  /** Payments of the project the finding cancelled (at once, or when the bank refused them). */
  readonly cancelledPaymentIds: readonly string[];
  /** R7.1.1: the project's payment that was at the bank when the finding was recorded, until its result. */
  readonly atBankPaymentId?: string | undefined;
  /** R2.2: an approved award not yet in a document: its commitment, given back by the finding. */
  readonly releasedCommitmentFen?: Fen | undefined;
  /** R7.2.1: payments of the unit's other projects held by the finding so far. */
  readonly heldPaymentCount?: number | undefined;
  /**
   * False while a serious finding's ban and holds are still being applied (in chunks): recording the same
   * finding again completes them. Absent on older records, which were complete when written.
   */
  readonly completed?: boolean | undefined;
  readonly fiscalYear: number;
  readonly recordedBy: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** R7.2.1: the first CST date the unit may apply again: the decision's calendar date `banYears` later. */
export function banEnd(decidedOn: string, banYears: number): string {
  const [year, month, day] = decidedOn.split('-').map(Number);
  const end = new Date(Date.UTC((year ?? 0) + banYears, (month ?? 1) - 1, day ?? 1));
  return end.toISOString().slice(0, 10);
}

/** R7.2.1: the ban a serious finding puts on its unit's registry record (none for a finding not serious). */
export const findingBan = (
  finding: Pick<FraudFinding, 'id' | 'decidedOn' | 'banUntil'>,
): BanSummary | undefined =>
  finding.banUntil === undefined
    ? undefined
    : {
        until: finding.banUntil,
        reason: `R7.2.1 fraud finding ${finding.id} decided on ${finding.decidedOn}`,
      };

/** R7.2.1: a ban as the district's other special funds read it, from a serious finding. */
export interface BanEntry {
  readonly findingId: string;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  readonly rule: 'R7.2';
  readonly decidedOn: string;
  /** The first CST date on which the unit may apply again. */
  readonly until: string;
  /** The commission's only (R7.2.1). */
  readonly principalName: string | null;
  readonly evidence: string;
}
