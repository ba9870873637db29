import { PolicyViolation } from '../errors.ts';
import { render } from '../messages/bilingual.ts';
import { REFUSALS } from '../messages/refusals.ts';
import type { Fen } from '../money.ts';
import type { BanSummary } from '../registry/registry-subject.ts';
import type { BankReturnCode } from './bank-return-codes.ts';

export const PAYMENT_STATUSES = ['READY', 'HELD', 'IN_BATCH', 'PAID', 'FAILED', 'CANCELLED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Which payment states may follow which (R6.6, R7.1.1, R7.2.1, R5.3.1); anything else is refused.
 * READY → IN_BATCH → PAID, or FAILED and batched again; HELD while it must wait (R4.4, R7.2.1) and READY
 * again when the commission releases it; IN_BATCH → CANCELLED or HELD only while its batch is not yet
 * released (a finding takes it out), or when the bank refuses a payment a finding stopped. PAID and
 * CANCELLED are final.
 */
export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  READY: ['IN_BATCH', 'HELD', 'CANCELLED'],
  HELD: ['READY', 'IN_BATCH', 'HELD', 'CANCELLED'],
  IN_BATCH: ['PAID', 'FAILED', 'CANCELLED', 'HELD'],
  FAILED: ['IN_BATCH', 'HELD', 'CANCELLED'],
  PAID: [],
  CANCELLED: [],
};

/** Refuses a move the table does not allow, naming the rule of the operation that asked for it. */
export function requirePaymentTransition(
  payment: Pick<Payment, 'id' | 'status'>,
  next: PaymentStatus,
  rule: string,
): void {
  if (!PAYMENT_TRANSITIONS[payment.status].includes(next))
    throw new PolicyViolation(
      rule,
      render(REFUSALS.paymentTransition, { id: payment.id, status: payment.status, next }),
    );
}

/** A fraud finding that stopped the payment (its own project's, R7.1.1) or holds it (another's, R7.2.1). */
export interface FindingStop {
  readonly findingId: string;
  readonly rule: 'R7.1.1' | 'R7.2.1';
}

/**
 * R7.2.1: the commission lifted the R7.2 hold of this one payment, with its reason (audited) — for the ban
 * it was held for only: a later ban (another serious finding against the unit) holds it again.
 */
export interface BanRelease {
  readonly reason: string;
  readonly by: string;
  readonly at: string;
  /** The serious finding whose hold was lifted (held by it, `findingStop`). */
  readonly findingId?: string | undefined;
  /** The ban that was lifted for this payment (absent on releases recorded before it was kept). */
  readonly ban?: BanSummary | undefined;
}

/**
 * 拨付 (R6.6): one payment per project per disbursement document, created when the document is issued,
 * with the payee's bank account as it stood then. Finance's batches and results build on it.
 */
export interface Payment {
  /** `PAY-` + document id + project id: a document pays a project once. */
  readonly id: string;
  readonly documentId: string;
  readonly documentNumber: string;
  readonly projectId: string;
  readonly applicationId?: string | undefined;
  readonly certificationId?: string | undefined;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  /** As it stood at issue; null when none was recorded (the payment is then held for it). */
  readonly bankAccount: {
    readonly bankName: string;
    readonly accountName: string;
    readonly accountNumber: string;
  } | null;
  readonly amountFen: Fen;
  /** See `PAYMENT_TRANSITIONS`. */
  readonly status: PaymentStatus;
  /** R2.2: the fiscal year whose budget the award was committed against. */
  readonly fiscalYear?: number | undefined;
  readonly batchId?: string | undefined;
  /**
   * 支付参考号 (`QP<year><8 digits>`, see payment-reference.ts): given each time the payment enters a batch,
   * carried by the bank file and echoed in the bank's results. Absent on payments batched before it was.
   */
  readonly reference?: string | undefined;
  readonly holdReason?: string | undefined;
  readonly cancelReason?: string | undefined;
  /**
   * R7.1.1: the finding on this payment's project that cancelled it, or (recorded while the payment was
   * at the bank) whose receivable or cancellation the bank's result settles; R7.2.1: another project's
   * serious finding that holds it until the commission releases or cancels it.
   */
  readonly findingStop?: FindingStop | undefined;
  /** R4.4, R7.2.1: the payee's ban a batch's check held this payment for (cleared when it is batched). */
  readonly banHold?: BanSummary | undefined;
  readonly banRelease?: BanRelease | undefined;
  readonly bankReference?: string | undefined;
  readonly paidOn?: string | undefined;
  readonly failureReason?: string | undefined;
  /** What the bank's refusal means, typed (see bank-return-codes.ts: what finance does next). */
  readonly failureCode?: Exclude<BankReturnCode, 'SUCCESS'> | undefined;
  /** Every batch it was in and what the bank said. */
  readonly attempts?:
    | readonly {
        readonly batchId: string;
        /** The reference it carried in that batch. */
        readonly reference?: string | undefined;
        readonly code?: BankReturnCode | undefined;
        readonly paid: boolean;
        readonly detail: string;
        readonly at: string;
      }[]
    | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The payment a document's issue created for a project. */
export const paymentId = (documentId: string, projectId: string): string => `PAY-${documentId}-${projectId}`;
