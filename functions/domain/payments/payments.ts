import type { Fen } from '../money.ts';

/**
 * Payments and finance (R6.6, R2.2, R7): finance pulls READY payments into batches, exports them for the
 * bank, releases a batch for payment (a second finance user: four eyes) and records each payment's
 * result. A payment is in at most one open batch — a claim the database holds, taken with the batch and
 * given up only when the bank refuses the payment, so that it can be paid in a later batch, once.
 */

export const BATCH_STATUSES = ['OPEN', 'SUBMITTED', 'CLOSED'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

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

/** A payment's result as the bank reports it. */
export type PaymentResult =
  | { readonly paid: true; readonly bankReference: string; readonly paidOn: string }
  | { readonly paid: false; readonly reason: string };

/** R7.1: a fraud finding against an award, by the commission. */
export interface FraudFinding {
  /** `FRAUD-<project id>`: one finding per award. */
  readonly id: string;
  readonly projectId: string;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  readonly evidence: string;
  /** CST date of the decision; a ban runs three years from it (R7.2). */
  readonly decidedOn: string;
  /** R7.2: serious cases bar the unit for three years. */
  readonly serious: boolean;
  readonly banUntil?: string | undefined;
  /** What had been paid and is to be recovered (a receivable), and what has come back. */
  readonly paidFen: Fen;
  readonly recoveredFen: Fen;
  readonly recoveries: readonly {
    readonly amountFen: Fen;
    readonly recoveredOn: string;
    readonly by: string;
  }[];
  /** Unpaid payments of the award, cancelled by the finding. */
  readonly cancelledPaymentIds: readonly string[];
  readonly fiscalYear: number;
  readonly recordedBy: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * R7.2, R7.2.1: barred for the policy version's years from the decision date (the day before that
 * anniversary is the last).
 */
export function banEnd(decidedOn: string, banYears: number): string {
  const [year, month, day] = decidedOn.split('-').map(Number);
  const end = new Date(Date.UTC((year ?? 0) + banYears, (month ?? 1) - 1, day ?? 1));
  return end.toISOString().slice(0, 10);
}
