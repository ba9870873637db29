import * as z from 'zod';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { RecordWrite } from '#domain/programme-store';
import { BANK_RESULTS } from '#domain/attachments/attachment';
import { authorizeUser } from '#domain/authorization/policy';
import { Conflict, DomainError, InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import type { FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import { csvRows } from '#domain/imports/tabular-file';
import type { FraudFinding, PaymentBatch, PaymentResult } from '#domain/payments/payments';
import { openBatchClaim } from '#domain/payments/payments';
import type { Payment, PaymentStatus } from '#domain/payments/payment';
import { requirePaymentTransition } from '#domain/payments/payment';
import { text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import { budgetId } from '#domain/payments/budget';
import { requireUploaded } from '../diagnosis/attachments.ts';
import { commitChanges, recordChange, requireRecord, revise } from '../programme/record-change.ts';
import type { PaymentPorts } from './batches.ts';
import { idempotencyKeySchema } from './batches.ts';

const isoDate = z.iso.date({ error: 'a date, YYYY-MM-DD' });
const resultSchema = z.union([
  z.object({ paid: z.literal(true), bankReference: text(1, 64), paidOn: isoDate }),
  z.object({ paid: z.literal(false), reason: text(1, 500) }),
]);
const oneSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  paymentId: text(1, 200),
  result: resultSchema,
});
const fileSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  batchId: text(1, 80),
  attachmentId: text(1, 64),
});

export interface ResultsReport {
  readonly applied: number;
  readonly unchanged: number;
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Record what the bank did with one payment of a released batch: paid (with its reference and date) or
 * failed (with the bank's reason; the payment may then go into a later batch, and is paid once). A
 * payment paid moves its amount to the budget's disbursed (R2.2). Idempotent under the client's key.
 */
export async function recordPaymentResult(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<Payment> {
  const user = authorizeUser(principal, 'managePaymentBatches');
  const input = parseInput(oneSchema, rawInput, ['input']);
  const { idempotencyKey, ...request } = input;
  return ports.idempotency.once(
    'recordPaymentResult',
    `${user.userId}:${idempotencyKey}`,
    request,
    async () => {
      await applyPaymentResult(principal, input.paymentId, input.result, ports);
      return requireRecord(ports.programme, 'Payment', input.paymentId);
    },
  );
}

/** Whether the result changed anything (false: the same result was already recorded). */
export async function applyPaymentResult(
  principal: Principal,
  paymentId: string,
  result: PaymentResult,
  ports: PaymentPorts,
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const payment = await requireRecord(ports.programme, 'Payment', paymentId);
    if (payment.status === 'PAID') {
      if (result.paid && result.bankReference === payment.bankReference) return false;
      throw new Conflict(
        `payment ${payment.id} was already paid (bank reference ${payment.bankReference ?? ''})`,
      );
    }
    if (
      (payment.status === 'FAILED' || payment.status === 'CANCELLED') &&
      !result.paid &&
      payment.attempts?.at(-1)?.paid === false
    )
      return false;
    if (payment.status !== 'IN_BATCH' || payment.batchId === undefined)
      throw new PolicyViolation(
        'R6.6',
        `payment ${payment.id} is ${payment.status}, not in a batch at the bank`,
      );
    const batch = await requireRecord(ports.programme, 'PaymentBatch', payment.batchId);
    if (batch.status !== 'SUBMITTED')
      throw new PolicyViolation(
        'R6.6',
        `batch ${batch.id} is ${batch.status}: results are recorded once it is released`,
      );
    try {
      await commitResult(principal, payment, batch, result, ports);
      return true;
    } catch (error) {
      // Results of one batch arrive together: another result moved the batch on; read again.
      if (!(error instanceof Conflict) || attempt >= 20) throw error;
    }
  }
}

/**
 * One result in one transaction: the payment, its batch's counts (closed with its last result), the budget
 * (R2.2) and, for a payment a fraud finding stopped while it was at the bank (R7.1.1), the finding: paid, it
 * becomes the finding's receivable — exactly what was paid; refused, the payment is cancelled (never
 * batched again) and its commitment given back.
 */
async function commitResult(
  principal: Principal,
  payment: Payment,
  batch: PaymentBatch,
  result: PaymentResult,
  ports: PaymentPorts,
): Promise<void> {
  const now = ports.clock.now();
  const stoppedBy =
    payment.findingStop?.rule === 'R7.1.1'
      ? await requireRecord(ports.programme, 'FraudFinding', payment.findingStop.findingId)
      : undefined;
  const next: PaymentStatus = result.paid ? 'PAID' : stoppedBy ? 'CANCELLED' : 'FAILED';
  requirePaymentTransition(payment, next, 'R6.6');
  const attempt = {
    batchId: batch.id,
    paid: result.paid,
    detail: result.paid ? result.bankReference : result.reason,
    at: now.toISOString(),
  };
  const attempts = [...(payment.attempts ?? []), attempt];
  const settled = revise(
    payment,
    result.paid
      ? {
          status: 'PAID',
          bankReference: result.bankReference,
          paidOn: result.paidOn,
          failureReason: undefined,
          attempts,
        }
      : {
          status: next,
          failureReason: result.reason,
          attempts,
          ...(stoppedBy
            ? { cancelReason: `R7.1.1: refused by the bank after fraud finding ${stoppedBy.id}` }
            : {}),
        },
    now,
  );
  const counts = result.paid
    ? { paidCount: batch.paidCount + 1, paidFen: batch.paidFen + payment.amountFen }
    : { failedCount: batch.failedCount + 1 };
  const done =
    (result.paid ? batch.paidCount + 1 : batch.paidCount) +
    (result.paid ? batch.failedCount : batch.failedCount + 1);
  const moved = revise(
    batch,
    {
      ...counts,
      ...(done >= batch.paymentCount ? { status: 'CLOSED' as const, closedAt: now.toISOString() } : {}),
    },
    now,
  );
  const changes: { write: RecordWrite; audit: AuditRecord }[] = [
    recordChange(
      principal,
      now,
      result.paid ? 'recordPaymentPaid' : stoppedBy ? 'cancelRefusedPaymentForFraud' : 'recordPaymentFailed',
      'Payment',
      payment,
      settled,
    ),
    recordChange(principal, now, 'recordPaymentResult', 'PaymentBatch', batch, moved),
  ];
  const fiscalYear = payment.fiscalYear ?? (result.paid ? Number(result.paidOn.slice(0, 4)) : undefined);
  if (result.paid || stoppedBy) {
    const budget = await requireRecord(ports.programme, 'Budget', budgetId(fiscalYear ?? 0));
    changes.push(
      recordChange(
        principal,
        now,
        result.paid ? 'disburse' : 'releaseCommitment',
        'Budget',
        budget,
        revise(
          budget,
          result.paid
            ? { disbursedFen: budget.disbursedFen + payment.amountFen }
            : { committedFen: budget.committedFen - payment.amountFen },
          now,
        ),
      ),
    );
  }
  if (stoppedBy) {
    const settledFinding: Partial<FraudFinding> = result.paid
      ? { paidFen: stoppedBy.paidFen + payment.amountFen, atBankPaymentId: undefined }
      : { cancelledPaymentIds: [...stoppedBy.cancelledPaymentIds, payment.id], atBankPaymentId: undefined };
    changes.push(
      recordChange(
        principal,
        now,
        result.paid ? 'recordReceivable' : 'recordCancelledAtBank',
        'FraudFinding',
        stoppedBy,
        revise(stoppedBy, settledFinding, now),
      ),
    );
  }
  await commitChanges(ports.programme, changes, {
    // A refused payment leaves its batch: a later batch may take it (and pay it once) unless it is cancelled.
    releases: result.paid ? [] : [{ name: openBatchClaim(payment.id), ownerId: batch.id }],
  });
  if (result.paid) {
    ports.telemetry.count('PaymentsPaid');
    ports.telemetry.count('PaidFen', payment.amountFen);
  } else ports.telemetry.count('PaymentsFailed');
}

/**
 * A bank result file is a line per payment of one batch: 10,000 lines (about 1 MB) is more than any batch
 * holds. A larger file is refused before it is read, a longer one before the lines past the limit are.
 */
export const RESULT_FILE_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 10_000 } as const;

async function readResultFile(
  attachment: { readonly storageKey: string; readonly sizeBytes: number },
  files: FileStore,
): Promise<Uint8Array> {
  const tooLarge = (): InvalidInput =>
    new InvalidInput([
      { path: ['file'], message: `a result file may be at most ${RESULT_FILE_LIMITS.maxBytes} bytes` },
    ]);
  if (attachment.sizeBytes > RESULT_FILE_LIMITS.maxBytes) throw tooLarge();
  const bytes = await files.read(attachment.storageKey);
  if (bytes.length > RESULT_FILE_LIMITS.maxBytes) throw tooLarge();
  return bytes;
}

const RESULT_COLUMNS = {
  paymentId: ['支付编号', 'paymentId'],
  result: ['结果', '支付结果', 'result'],
  bankReference: ['银行流水号', 'bankReference'],
  paidOn: ['支付日期', 'paidOn'],
  reason: ['失败原因', 'reason'],
} as const;
const PAID_WORDS = ['成功', '已支付', 'PAID', 'SUCCESS'];
const FAILED_WORDS = ['失败', 'FAILED', 'FAILURE'];

/**
 * The bank's result file for a released batch (CSV: 支付编号, 结果 成功/失败, 银行流水号, 支付日期, 失败原因):
 * each line recorded as `recordPaymentResult` would; a line already recorded changes nothing; a bad line
 * is reported with its number. Idempotent under the client's key.
 */
export async function uploadPaymentResults(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts & { readonly files: FileStore },
): Promise<ResultsReport> {
  const user = authorizeUser(principal, 'managePaymentBatches');
  const { idempotencyKey, ...request } = parseInput(fileSchema, rawInput, ['input']);
  return ports.idempotency.once(
    'uploadPaymentResults',
    `${user.userId}:${idempotencyKey}`,
    request,
    async () => {
      const batch = await requireRecord(ports.programme, 'PaymentBatch', request.batchId);
      const attachment = await requireUploaded(
        request.attachmentId,
        { type: 'IMPORT', id: BANK_RESULTS, purpose: BANK_RESULTS },
        ['input', 'attachmentId'],
        ports,
      );
      const text = new TextDecoder().decode(await readResultFile(attachment, ports.files));
      const { header, rows } = csvRows(text, {
        path: 'file',
        sameColumns: false,
        maxRows: RESULT_FILE_LIMITS.maxRows,
      });
      if (rows.length > RESULT_FILE_LIMITS.maxRows)
        throw new InvalidInput([
          {
            path: ['file'],
            message: `a result file may have at most ${RESULT_FILE_LIMITS.maxRows} lines; split it into several files`,
          },
        ]);
      const index = Object.fromEntries(
        Object.entries(RESULT_COLUMNS).map(([column, names]) => [
          column,
          header.findIndex((name) => (names as readonly string[]).includes(name.trim())),
        ]),
      ) as Record<keyof typeof RESULT_COLUMNS, number>;
      if (index.paymentId < 0 || index.result < 0)
        throw new InvalidInput([{ path: ['file'], message: 'the file needs the columns 支付编号 and 结果' }]);
      let applied = 0;
      let unchanged = 0;
      const errors: { line: number; message: string }[] = [];
      for (const row of rows) {
        const cell = (column: keyof typeof RESULT_COLUMNS) =>
          index[column] < 0 ? '' : (row.cells[index[column]] ?? '').trim();
        const outcome = cell('result').toUpperCase();
        const result: unknown = PAID_WORDS.includes(outcome)
          ? { paid: true, bankReference: cell('bankReference'), paidOn: cell('paidOn') }
          : FAILED_WORDS.includes(outcome)
            ? { paid: false, reason: cell('reason') }
            : undefined;
        try {
          if (result === undefined)
            throw new InvalidInput([
              { path: ['result'], message: `结果 must be 成功 or 失败, not "${cell('result')}"` },
            ]);
          const payment = await ports.programme.get('Payment', cell('paymentId'));
          if (payment?.batchId !== batch.id) throw new NotFound('Payment in this batch', cell('paymentId'));
          const changed = await applyPaymentResult(
            principal,
            payment.id,
            parseInput(resultSchema, result, ['line']),
            ports,
          );
          if (changed) applied += 1;
          else unchanged += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          errors.push({ line: row.line, message: error.message });
        }
      }
      return { applied, unchanged, errors };
    },
  );
}
