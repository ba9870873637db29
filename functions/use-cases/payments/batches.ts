import { createHash } from 'node:crypto';
import * as z from 'zod';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { Conflict, Forbidden, PolicyViolation } from '#domain/errors';
import type { Idempotency } from '#domain/idempotency';
import type { Principal } from '#domain/identity/principal';
import { fenSchema } from '#domain/diagnosis/input-schemas';
import type { BatchFilter, PaymentBatch } from '#domain/payments/payments';
import { openBatchClaim, requireBatchTransition } from '#domain/payments/payments';
import type { Payment } from '#domain/payments/payment';
import { PAYMENT_STATUSES, PAYMENT_TRANSITIONS } from '#domain/payments/payment';
import { paymentReference, referenceClaim } from '#domain/payments/payment-reference';
import { enterpriseEligibility, providerEligibility } from '#domain/registry/eligibility';
import type { BankAccount, BanSummary } from '#domain/registry/registry-subject';
import { returnCodeMeaning } from '#domain/payments/bank-return-codes';
import { sameBan } from '#domain/registry/registry-subject';
import { optional, text } from '#domain/registry/input-schemas';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { parseId, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  commitChanges,
  everyRecord,
  listPage,
  readableRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from '../programme/record-change.ts';
import type { Telemetry } from '#domain/telemetry';

export type PaymentPorts = ProgrammePorts & {
  readonly enterprises: EnterpriseRepository;
  readonly providers: ProviderRepository;
  readonly idempotency: Idempotency;
  readonly telemetry: Telemetry;
};

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
export const idempotencyKeySchema = z.lazy(() =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/, '8–100 letters, digits, or _ . : - (a UUID will do)'),
);

const createSchema = z.lazy(() =>
  z.object({
    idempotencyKey: idempotencyKeySchema,
    documentId: optional(text(1, 80)),
    payeeType: optional(z.enum(['PROVIDER', 'ENTERPRISE'])),
    maxCount: optional(z.number().int().min(1).max(20_000)),
    maxAmountFen: optional(fenSchema.refine((value) => value > 0, 'must be more than 0')),
  }),
);

/**
 * Payments written in one transaction with the claims that keep them in this batch and keep their new
 * reference (4 items each) and the batch: at most 98 of DynamoDB's 100.
 */
const PAYMENTS_PER_TRANSACTION = 24;
/**
 * Statuses a batch takes payments from (those the transition table lets into a batch): FAILED ones are
 * paid again, HELD ones once their payee is fit — except those a serious finding holds (R7.2.1), which
 * only the commission releases.
 */
const BATCHABLE = PAYMENT_STATUSES.filter((status) => PAYMENT_TRANSITIONS[status].includes('IN_BATCH'));

/** Why a payment is held: the reasons, and the payee's ban when it is one of them (R7.2.1). */
interface Hold {
  readonly reason: string;
  readonly ban?: BanSummary | undefined;
}

const sameAccount = (a: BankAccount | null | undefined, b: BankAccount | null | undefined): boolean =>
  a?.accountNumber === b?.accountNumber && a?.accountName === b?.accountName && a?.bankName === b?.bankName;

/**
 * A payment the bank refused is paid again to the account on record now, when the payee's account was
 * corrected since; one refused for its account (closed, unknown, name mismatch: finance corrects the
 * account) waits while the account on record is still the refused one.
 */
function refusedAccount(
  payment: Payment,
  onRecord: BankAccount | undefined,
): { readonly account?: BankAccount; readonly problem?: string } {
  if (payment.failureCode === undefined) return {};
  if (onRecord !== undefined && !sameAccount(onRecord, payment.bankAccount)) return { account: onRecord };
  const meaning = returnCodeMeaning(payment.failureCode);
  return meaning.action === 'CORRECT_ACCOUNT' || meaning.action === 'CONFIRM_ACCOUNT_NAME'
    ? {
        problem: `R6.6: the bank refused this account (${payment.failureCode} ${meaning.label}); correct the payee's bank account on record, then batch it again`,
      }
    : {};
}

/**
 * R4.4: why a payment cannot be released now (its payee's eligibility, a missing bank account, an account
 * the bank refused and not yet corrected), and the corrected accounts refused payments are paid to.
 */
async function holdReasons(
  payments: readonly Payment[],
  ports: PaymentPorts,
  accounts: Map<string, BankAccount>,
): Promise<Map<string, Hold>> {
  const today = cstDate(ports.clock.now());
  const enterprises = await ports.enterprises.getMany(
    payments.filter((payment) => payment.payeeType === 'ENTERPRISE').map((payment) => payment.payeeId),
  );
  const reasons = new Map<string, Hold>();
  for (const payment of payments) {
    const subject =
      payment.payeeType === 'ENTERPRISE'
        ? enterprises.get(payment.payeeId)
        : await ports.providers.get(payment.payeeId);
    const eligibility =
      subject === undefined
        ? { eligible: false, reasons: [{ rule: 'R4.4', message: 'is no longer in the registry' }] }
        : payment.payeeType === 'ENTERPRISE'
          ? enterpriseEligibility(subject as Parameters<typeof enterpriseEligibility>[0], today)
          : providerEligibility(subject as Parameters<typeof providerEligibility>[0], today);
    // R7.2.1: the commission released this payment from the hold of this ban (not of a later one).
    const released = sameBan(payment.banRelease?.ban, subject?.ban);
    const failing = eligibility.reasons
      // The roster (R6.1.2) decides who is matched with enterprises, not who is paid for work done.
      .filter((reason) => reason.rule !== 'R6.1.2')
      .filter((reason) => !released || reason.rule !== 'R7.2');
    const problems = failing.map((reason) => `${reason.rule}: ${reason.message}`);
    const refused = refusedAccount(payment, subject?.bankAccount);
    if (refused.account !== undefined) accounts.set(payment.id, refused.account);
    else if (payment.bankAccount === null)
      problems.push('no bank account was on record when the document was issued');
    if (refused.problem !== undefined) problems.push(refused.problem);
    const ban = failing.some((reason) => reason.rule === 'R7.2') ? subject?.ban : undefined;
    if (problems.length > 0) reasons.set(payment.id, { reason: problems.join('; '), ban });
  }
  return reasons;
}

/**
 * R6.6: finance makes a batch of the payments ready to pay (those whose bank refused them included),
 * filtered by document and payee type, up to a count or an amount. Each payee's eligibility is checked
 * again first (R4.4): a banned or deregistered payee's payment is held, with the reason, and left out.
 * Idempotent under the client's key: the same key replays the first batch.
 */
export async function createPaymentBatch(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<PaymentBatch> {
  const user = authorizeUser(principal, 'managePaymentBatches');
  const { idempotencyKey, ...filter } = parseInput(createSchema, rawInput, ['input']);
  return ports.idempotency.once('createPaymentBatch', `${user.userId}:${idempotencyKey}`, filter, () =>
    buildBatch(principal, user.userId, requestBatchId(user.userId, idempotencyKey), filter, ports),
  );
}

/**
 * R6.6, one request, one batch: a batch is named after the request that makes it (its caller and key), so
 * that the rerun of a request whose first run died half-way (let through by the idempotency record once
 * that run's time is up) fills the batch that run began, instead of leaving it part-filled, holding its
 * payments, beside a second batch with the rest.
 */
export function requestBatchId(userId: string, idempotencyKey: string): string {
  const hex = createHash('sha256').update(`${userId}:${idempotencyKey}`).digest('hex');
  return `BATCH-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function candidates(filter: BatchFilter, ports: PaymentPorts): Promise<Payment[]> {
  const lists = await Promise.all(
    BATCHABLE.map((status) =>
      everyRecord(ports.programme, 'Payment', {
        pattern: 'byStatus',
        value: status,
        accept: (payment) =>
          payment.findingStop === undefined &&
          (filter.documentId === undefined || payment.documentId === filter.documentId) &&
          (filter.payeeType === undefined || payment.payeeType === filter.payeeType),
      }),
    ),
  );
  return lists.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

async function buildBatch(
  principal: Principal,
  userId: string,
  batchId: string,
  filter: BatchFilter,
  ports: PaymentPorts,
): Promise<PaymentBatch> {
  const now = ports.clock.now();
  // R6.6: a run of this request that died half-way began this batch; it is filled on while still OPEN.
  const begun = await ports.programme.get('PaymentBatch', batchId);
  const resumed = begun?.status === 'OPEN' ? begun : undefined;
  const found = await candidates(filter, ports);
  const accounts = new Map<string, BankAccount>();
  const holds = await holdReasons(found, ports, accounts);
  const selected: Payment[] = [];
  let count = resumed?.paymentCount ?? 0;
  let total = resumed?.totalFen ?? 0;
  for (const payment of found) {
    if (holds.has(payment.id)) continue;
    if (filter.maxCount !== undefined && count >= filter.maxCount) break;
    if (filter.maxAmountFen !== undefined && total + payment.amountFen > filter.maxAmountFen) continue;
    selected.push(payment);
    count += 1;
    total += payment.amountFen;
  }
  await holdPayments(principal, found, holds, ports);
  if (selected.length === 0 && resumed === undefined)
    throw new PolicyViolation('R6.6', 'no payment is ready to be paid with these filters');
  const batch: PaymentBatch = {
    // Released or closed since (or the key reused after it was forgotten): this run makes its own batch.
    id: begun === undefined ? batchId : `BATCH-${crypto.randomUUID()}`,
    status: 'OPEN',
    filter,
    paymentCount: 0,
    totalFen: 0,
    paidCount: 0,
    paidFen: 0,
    failedCount: 0,
    createdBy: userId,
    ...stamp(now),
  };
  let current =
    resumed ?? (await saveRecord(ports, principal, now, 'createPaymentBatch', 'PaymentBatch', null, batch));
  // The batch fills chunk by chunk, its count and total written with each chunk; a payment taken
  // meanwhile by another batch (its claim) is left out.
  for (let start = 0; start < selected.length; start += PAYMENTS_PER_TRANSACTION) {
    current = await includeChunk(
      principal,
      current,
      selected.slice(start, start + PAYMENTS_PER_TRANSACTION),
      accounts,
      ports,
    );
  }
  if (current.paymentCount > 0) return current;
  // Another batch made at the same moment took every one of them: this one closes empty.
  const closedAt = ports.clock.now();
  const empty = revise(current, { status: 'CLOSED', closedAt: closedAt.toISOString() }, closedAt);
  return saveRecord(ports, principal, closedAt, 'closeEmptyPaymentBatch', 'PaymentBatch', current, empty);
}

/**
 * The 支付参考号 each payment carries in the batch: the one it already has (batched before), or its own
 * (derived from its id, so that a batch made again gives the same), or — when another payment holds that
 * one — the next variant.
 */
async function references(
  payments: readonly Payment[],
  now: Date,
  ports: PaymentPorts,
  checkHolders: boolean,
): Promise<Map<string, string>> {
  const chosen = new Map<string, string>();
  for (const payment of payments) {
    if (payment.reference !== undefined) {
      chosen.set(payment.id, payment.reference);
      continue;
    }
    const year = payment.fiscalYear ?? Number(cstDate(now).slice(0, 4));
    let salt = 0;
    let reference = paymentReference(payment.id, year);
    // Only after a refused commit: a reference another payment holds is why it was refused.
    while (checkHolders) {
      const holder = await ports.programme.claimOwner(referenceClaim(reference));
      if (holder === undefined || holder === payment.id) break;
      salt += 1;
      reference = paymentReference(payment.id, year, salt);
    }
    chosen.set(payment.id, reference);
  }
  return chosen;
}

async function includeChunk(
  principal: Principal,
  batch: PaymentBatch,
  chunk: readonly Payment[],
  accounts: ReadonlyMap<string, BankAccount>,
  ports: PaymentPorts,
): Promise<PaymentBatch> {
  let pending = [...chunk];
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const now = ports.clock.now();
    const chosen = await references(pending, now, ports, attempt > 0);
    const referenceOf = (payment: Payment): string => chosen.get(payment.id) ?? '';
    const filled = revise(
      batch,
      {
        paymentCount: batch.paymentCount + pending.length,
        totalFen: pending.reduce((sum, payment) => sum + payment.amountFen, batch.totalFen),
      },
      now,
    );
    const batchChange = recordChange(principal, now, 'fillPaymentBatch', 'PaymentBatch', batch, filled);
    const changes = pending.map((payment) =>
      recordChange(
        principal,
        now,
        'batchPayment',
        'Payment',
        payment,
        revise(
          payment,
          {
            status: 'IN_BATCH',
            batchId: batch.id,
            reference: referenceOf(payment),
            // A refused payment goes to the account corrected on record since.
            ...(accounts.has(payment.id) ? { bankAccount: accounts.get(payment.id) ?? null } : {}),
            holdReason: undefined,
            banHold: undefined,
          },
          now,
        ),
      ),
    );
    try {
      await commitChanges(ports.programme, [batchChange, ...changes], {
        claims: pending.flatMap((payment) => [
          {
            name: openBatchClaim(payment.id),
            ownerId: batch.id,
            conflict: `payment ${payment.id} is already in another open batch`,
          },
          {
            name: referenceClaim(referenceOf(payment)),
            ownerId: payment.id,
            conflict: `payment reference ${referenceOf(payment)} is already taken`,
          },
        ]),
      });
      ports.telemetry.count('PaymentsBatched', pending.length);
      return filled;
    } catch (error) {
      if (!(error instanceof Conflict) || attempt >= 5) throw error;
      // Read again: keep only those still batchable and not claimed by another batch.
      const fresh = await ports.programme.getMany(
        'Payment',
        pending.map((payment) => payment.id),
      );
      const kept: Payment[] = [];
      for (const payment of fresh.values()) {
        const owner = await ports.programme.claimOwner(openBatchClaim(payment.id));
        if (
          (BATCHABLE as readonly string[]).includes(payment.status) &&
          (owner === undefined || owner === batch.id)
        )
          kept.push(payment);
      }
      pending = kept;
    }
  }
  return batch;
}

/**
 * Payments whose payee cannot be paid now are held with the reason (or keep their hold, updated); one held
 * for its payee's ban carries that ban (`banHold`), for the commission to release it from (R7.2.1).
 */
async function holdPayments(
  principal: Principal,
  payments: readonly Payment[],
  holds: ReadonlyMap<string, Hold>,
  ports: PaymentPorts,
): Promise<void> {
  const now = ports.clock.now();
  const changes = payments.flatMap((payment) => {
    const hold = holds.get(payment.id);
    if (
      hold === undefined ||
      (payment.status === 'HELD' &&
        payment.holdReason === hold.reason &&
        (sameBan(payment.banHold, hold.ban) || payment.banHold === hold.ban))
    )
      return [];
    return [
      recordChange(
        principal,
        now,
        'holdPayment',
        'Payment',
        payment,
        revise(payment, { status: 'HELD', holdReason: hold.reason, banHold: hold.ban }, now),
      ),
    ];
  });
  for (let start = 0; start < changes.length; start += 40) {
    const part = changes.slice(start, start + 40);
    await ports.programme
      .commit({ writes: part.map((change) => change.write), audits: part.map((change) => change.audit) })
      .catch((error: unknown) => {
        // Changed by someone else meanwhile: it is checked again by the next batch.
        if (!(error instanceof Conflict)) throw error;
      });
  }
}

/**
 * R6.6, four eyes: a batch is released for payment by a finance user other than the one who made it.
 * Results are recorded only for released batches.
 */
export async function submitPaymentBatch(
  principal: Principal,
  args: { id: string; version: number },
  ports: PaymentPorts,
): Promise<PaymentBatch> {
  const user = authorizeUser(principal, 'managePaymentBatches');
  const batch = await requireRecord(ports.programme, 'PaymentBatch', parseId(args.id, ['id']));
  requireVersion(batch, args.version);
  requireBatchTransition(batch, 'SUBMITTED');
  if (batch.createdBy === user.userId)
    throw new Forbidden('four eyes: the finance user who made the batch cannot release it for payment');
  const now = ports.clock.now();
  const submitted = revise(
    batch,
    { status: 'SUBMITTED', submittedBy: user.userId, submittedAt: now.toISOString() },
    now,
  );
  return saveRecord(ports, principal, now, 'submitPaymentBatch', 'PaymentBatch', batch, submitted);
}

export function readablePaymentBatch(
  principal: Principal,
  id: string,
  ports: ProgrammePorts,
): Promise<PaymentBatch> {
  return readableRecord(principal, 'readPayments', 'PaymentBatch', id, () => ({}), ports);
}

export async function listPaymentBatches(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<PaymentBatch>> {
  authorize(principal, 'readPayments');
  return listPage(ports.programme, 'PaymentBatch', 'all', '', args);
}

/** A batch's payments, a page at a time (finance's pull). */
export async function batchPayments(
  principal: Principal,
  batch: Pick<PaymentBatch, 'id'>,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<Payment>> {
  authorize(principal, 'readPayments');
  return listPage(ports.programme, 'Payment', 'byBatch', batch.id, args);
}

/** Payments in a status, oldest first. */
export async function listPayments(
  principal: Principal,
  args: { status: Payment['status']; first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<Payment>> {
  authorize(principal, 'readPayments');
  return listPage(ports.programme, 'Payment', 'byStatus', args.status, args);
}
