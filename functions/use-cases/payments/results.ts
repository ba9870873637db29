import * as z from 'zod';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { RecordWrite } from '#domain/programme-store';
import { BANK_RESULTS } from '#domain/attachments/attachment';
import { authorizeUser } from '#domain/authorization/policy';
import { Conflict, DomainError, InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import type { FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import { readTabularFile } from '#domain/imports/tabular-file';
import type { FraudFinding, PaymentBatch, PaymentResult } from '#domain/payments/payments';
import { openBatchClaim } from '#domain/payments/payments';
import type { Payment, PaymentStatus } from '#domain/payments/payment';
import { requirePaymentTransition } from '#domain/payments/payment';
import type { BankReturnCode, FinanceAction } from '#domain/payments/bank-return-codes';
import {
  BANK_RETURN_CODES,
  classifyFailure,
  parseReturnCode,
  returnCodeMeaning,
} from '#domain/payments/bank-return-codes';
import { yuanText } from '#domain/money';
import { referenceClaim } from '#domain/payments/payment-reference';
import { optional, text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import { budgetId } from '#domain/payments/budget';
import { requireUploaded } from '../diagnosis/attachments.ts';
import { commitChanges, recordChange, requireRecord, revise } from '../programme/record-change.ts';
import type { PaymentPorts } from './batches.ts';
import { idempotencyKeySchema } from './batches.ts';

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const isoDate = z.lazy(() => z.iso.date({ error: 'a date, YYYY-MM-DD' }));
const FAILURE_CODES = BANK_RETURN_CODES.filter(
  (code): code is Exclude<BankReturnCode, 'SUCCESS'> => code !== 'SUCCESS',
);
const resultSchema = z.lazy(() =>
  z.union([
    z.object({ paid: z.literal(true), bankReference: text(1, 64), paidOn: isoDate }),
    z.object({ paid: z.literal(false), reason: text(1, 500), code: optional(z.enum(FAILURE_CODES)) }),
  ]),
);
const oneSchema = z.lazy(() =>
  z.object({
    idempotencyKey: idempotencyKeySchema,
    paymentId: text(1, 200),
    result: resultSchema,
  }),
);
const fileSchema = z.lazy(() =>
  z.object({
    idempotencyKey: idempotencyKeySchema,
    batchId: text(1, 80),
    attachmentId: text(1, 64),
  }),
);

/** A refusal the file recorded, with what finance does next. */
export interface ResultsFailure {
  readonly line: number;
  readonly paymentId: string;
  readonly reference: string | null;
  readonly code: Exclude<BankReturnCode, 'SUCCESS'>;
  readonly action: FinanceAction;
  readonly advice: string;
}

export interface ResultsReport {
  readonly applied: number;
  readonly unchanged: number;
  readonly errors: readonly { readonly line: number; readonly message: string }[];
  /** The file's refusals (new or already recorded), each with its code and finance's next step. */
  readonly failures: readonly ResultsFailure[];
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
  const code: BankReturnCode = result.paid ? 'SUCCESS' : (result.code ?? classifyFailure(result.reason));
  const attempt = {
    batchId: batch.id,
    reference: payment.reference,
    paid: result.paid,
    code,
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
          failureCode: undefined,
          attempts,
        }
      : {
          status: next,
          failureReason: result.reason,
          failureCode: code === 'SUCCESS' ? undefined : code,
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

/**
 * The columns a results file may have, by any of their names: our template's (see `resultsTemplateCsv`),
 * the English ones, and 招商银行's detail query's (注释 echoes the reference, 状态 S/F, 结果描述).
 */
const RESULT_COLUMNS = {
  reference: ['支付参考号', '参考号', '注释', 'reference'],
  paymentId: ['支付编号', 'paymentId'],
  result: ['结果', '支付结果', '状态', 'result'],
  code: ['结果代码', 'returnCode', 'code'],
  amount: ['金额（元）', '金额(元)', '金额', 'amount'],
  bankReference: ['银行流水号', 'bankReference'],
  paidOn: ['支付日期', 'paidOn'],
  reason: ['失败原因', '结果描述', 'reason'],
} as const;
type ResultColumn = keyof typeof RESULT_COLUMNS;
const PAID_WORDS = ['成功', '已支付', 'PAID', 'SUCCESS', 'S'];
const FAILED_WORDS = ['失败', 'FAILED', 'FAILURE', 'F'];

/** A line's outcome from its 结果 and 结果代码 cells: they must agree when both are given. */
function lineOutcome(
  cell: (column: ResultColumn) => string,
): { paid: true } | { paid: false; code: Exclude<BankReturnCode, 'SUCCESS'> | undefined } {
  const outcome = cell('result').toUpperCase();
  const saidPaid = PAID_WORDS.includes(outcome) ? true : FAILED_WORDS.includes(outcome) ? false : undefined;
  if (outcome !== '' && saidPaid === undefined)
    throw new InvalidInput([
      { path: ['结果'], message: `结果 must be 成功 or 失败, not "${cell('result')}"` },
    ]);
  const code = cell('code') === '' ? undefined : parseReturnCode(cell('code'));
  if (cell('code') !== '' && code === undefined)
    throw new InvalidInput([
      {
        path: ['结果代码'],
        message: `结果代码 must be one of ${BANK_RETURN_CODES.join(', ')}, not "${cell('code')}"`,
      },
    ]);
  if (saidPaid === undefined && code === undefined)
    throw new InvalidInput([{ path: ['结果'], message: 'give 结果 (成功/失败) or 结果代码' }]);
  const paid = saidPaid ?? code === 'SUCCESS';
  if (code !== undefined && paid !== (code === 'SUCCESS'))
    throw new InvalidInput([
      { path: ['结果代码'], message: `结果 ${cell('result')} disagrees with 结果代码 ${cell('code')}` },
    ]);
  return paid ? { paid } : { paid, code: code === 'SUCCESS' ? undefined : code };
}

/** A 金额 cell in fen (`2000000`, `2,000,000.00`, `2000000.5`), read as text, never as a float. */
function yuanCellFen(cell: string): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cell.replaceAll(',', ''));
  if (match === null) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A 支付日期 as files write it — `2026-11-29`, `2026/11/29` (Excel), `20261129` (the bank) — as ISO. */
function isoPaidOn(cell: string): string {
  const match = /^(\d{4})[-/]?(\d{1,2})[-/]?(\d{1,2})$/.exec(cell);
  if (match === null || (!/[-/]/.test(cell) && cell.length !== 8)) return cell;
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
}

/**
 * The payment a line is about: by its 支付参考号 (the reference the bank echoes), or by its 支付编号 (the
 * long id, as files made before references were); it must be in this batch, and the 金额 (when given)
 * must be its amount.
 */
async function linePayment(
  cell: (column: ResultColumn) => string,
  batch: PaymentBatch,
  ports: PaymentPorts,
): Promise<Payment> {
  const reference = cell('reference');
  const id =
    reference !== ''
      ? await ports.programme.claimOwner(referenceClaim(reference))
      : cell('paymentId') !== ''
        ? cell('paymentId')
        : undefined;
  if (id === undefined && reference === '')
    throw new InvalidInput([{ path: ['支付参考号'], message: 'the line has no 支付参考号 (or 支付编号)' }]);
  const payment = id === undefined ? undefined : await ports.programme.get('Payment', id);
  if (payment?.batchId !== batch.id) throw new NotFound('Payment in this batch', reference || (id ?? ''));
  if (cell('amount') !== '' && yuanCellFen(cell('amount')) !== payment.amountFen)
    throw new InvalidInput([
      {
        path: ['金额'],
        message: `金额 ${cell('amount')} is not payment ${payment.reference ?? payment.id}'s ${yuanText(payment.amountFen)}`,
      },
    ]);
  return payment;
}

/**
 * The bank's result file for a released batch (CSV; see `resultsTemplateCsv` for the template finance
 * fills in): each line recorded as `recordPaymentResult` would; a line already recorded changes nothing;
 * a bad line is reported with its number. A refusal is recorded with its code (结果代码, or read from the
 * bank's 失败原因) and reported with what finance does next. Idempotent under the client's key.
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
      // CSV in UTF-8, or GBK as Excel on a Chinese Windows (or the bank) saves it, or XLSX.
      const { header, rows } = await readTabularFile(
        await readResultFile(attachment, ports.files),
        RESULT_FILE_LIMITS,
      );
      const index = Object.fromEntries(
        Object.entries(RESULT_COLUMNS).map(([column, names]) => [
          column,
          header.findIndex((name) => (names as readonly string[]).includes(name.trim())),
        ]),
      ) as Record<ResultColumn, number>;
      if (index.reference < 0 && index.paymentId < 0)
        throw new InvalidInput([
          { path: ['file'], message: 'the file needs the column 支付参考号 (or 支付编号)' },
        ]);
      if (index.result < 0 && index.code < 0)
        throw new InvalidInput([{ path: ['file'], message: 'the file needs the column 结果 (or 结果代码)' }]);
      let applied = 0;
      let unchanged = 0;
      const errors: { line: number; message: string }[] = [];
      const failures: ResultsFailure[] = [];
      for (const row of rows) {
        const cell = (column: ResultColumn) =>
          index[column] < 0 ? '' : (row.cells[index[column]] ?? '').trim();
        try {
          const outcome = lineOutcome(cell);
          const payment = await linePayment(cell, batch, ports);
          const reason =
            cell('reason') ||
            (outcome.paid || outcome.code === undefined ? '' : returnCodeMeaning(outcome.code).label);
          const result = parseInput(
            resultSchema,
            outcome.paid
              ? { paid: true, bankReference: cell('bankReference'), paidOn: isoPaidOn(cell('paidOn')) }
              : {
                  paid: false,
                  reason,
                  code: outcome.code ?? (reason === '' ? undefined : classifyFailure(reason)),
                },
            ['line'],
          );
          const changed = await applyPaymentResult(principal, payment.id, result, ports);
          if (changed) applied += 1;
          else unchanged += 1;
          if (!result.paid) {
            const code = result.code ?? classifyFailure(result.reason);
            const meaning = returnCodeMeaning(code);
            failures.push({
              line: row.line,
              paymentId: payment.id,
              reference: payment.reference ?? null,
              code,
              action: meaning.action,
              advice: meaning.zh,
            });
          }
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          errors.push({ line: row.line, message: error.message });
        }
      }
      return { applied, unchanged, errors, failures };
    },
  );
}
