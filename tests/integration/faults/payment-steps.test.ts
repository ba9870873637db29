import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '#domain/attachments/attachment';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { Conflict } from '#domain/errors';
import type { Payment } from '#domain/payments/payment';
import { referenceClaim } from '#domain/payments/payment-reference';
import type { PaymentBatch } from '#domain/payments/payments';
import type { Enterprise } from '#domain/registry/enterprise';
import { ManualClock } from '#domain/waitable-clock';
import type { AppServices } from '#graphql/context';
import { createPaymentBatch, readablePaymentBatch, submitPaymentBatch } from '#use-cases/payments/batches';
import { recordPaymentResult, uploadPaymentResults } from '#use-cases/payments/results';
import { recordChange } from '#use-cases/programme/record-change';
import { setBudget } from '#use-cases/workflow/budget';
import type { TestTable } from '../../support/dynamo.ts';
import type { FaultKind, FaultPoint, FaultRun, Item } from '../../support/faults.ts';
import {
  canonicalJson,
  comparableState,
  FAULT_KINDS,
  faultSeed,
  mulberry32,
  FaultBench,
  servicesOver,
  shuffled,
  tableItems,
} from '../../support/faults.ts';
import { testFileStore } from '../../support/files.ts';
import { createRegistry, enterpriseInput, seedEnterprises, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * Faults between the application's own steps (issue 16 item 8). Each payment command runs once without a
 * fault, then once for every injection point — each write the command makes (k = 1..N), and each way it
 * can fail there: the process dies before the write is sent, dies after DynamoDB applied it, or lives on
 * with the write's answer lost (the error reaches the use case and its caller; the SDK's retries are off).
 * Every run starts from the same table; the caller then retries the same command (same idempotency key,
 * same version), in a new process after a crash. Whatever step failed, the retry must end in the state
 * of the fault-free run — every record and version, every claim, one audit record per real change — and
 * the money must add up: nothing paid twice, batch and budget figures equal to the payments' (R6.6, R2.2).
 *
 * Sized to prove this and no more: a batch of one chunk and one payment more (two transactions), results
 * for a small released batch. Each command's fault-free run is made once and its writes enumerated once;
 * every point starts from a snapshot of the table (only what the last run changed is put back). Each test
 * may take two minutes, for a loaded CI machine; one that times out stops at its next point (the bench
 * does not start a run for an aborted test, nor two runs at once).
 */

const FILE = 'tests/integration/faults/payment-steps.test.ts';
const SEED = faultSeed(FILE);
const random = mulberry32(SEED);
const NOW = new Date('2026-11-29T02:00:00Z');
/** Per test: a loaded CI machine (load 15–25 on two cores) runs these several times slower than a quiet one. */
const TIMEOUT = 120_000;
/** Payments a batch writes in one transaction (`PAYMENTS_PER_TRANSACTION` in batches.ts). */
const CHUNK = 24;
/**
 * Payments with a bank account: one more than a chunk, so that a batch of them takes two transactions;
 * one more payment without an account is held (index PAYABLE).
 */
const PAYABLE = CHUNK + 1;
/** The released batch results are recorded for: a few payments, some paid, some refused. */
const RESULT_LINES = 6;
const REFUSED_LINES = 2;
const maker = user('FINANCE');
const releaser = { kind: 'user', userId: 'finance-2', role: 'FINANCE' } as const;
const account = { bankName: '中国银行', accountName: '测试', accountNumber: '6216600000000000' };

let table: TestTable;
let bench: FaultBench;
const files = testFileStore(new ManualClock(NOW));
/** The programme before any batch; with its batch made; with that batch released to the bank. */
const base: { seeded: Item[]; batched: Item[]; released: Item[] } = { seeded: [], batched: [], released: [] };
/** The batch as made (OPEN), then as released. */
let made: PaymentBatch;
let batch: PaymentBatch;
let members: Payment[] = [];
let resultsFile: Attachment;

const services = (dynamo: Parameters<typeof servicesOver>[0], tableName: string): AppServices =>
  servicesOver(dynamo, tableName, new ManualClock(NOW), files);

function payment(index: number, payeeId: string): Payment {
  return {
    id: `PAY-DOC-F-PRJ-${String(index).padStart(3, '0')}`,
    documentId: 'DOC-F',
    documentNumber: '青经财拨〔2026〕8号',
    projectId: `PRJ-${index}`,
    payeeType: 'ENTERPRISE',
    payeeId,
    payeeName: `上海故障${index % 5}有限公司`,
    bankAccount: index === PAYABLE ? null : account,
    // Seeded amounts: 10,000 to 1,000,000 yuan, in fen.
    amountFen: 100 * (10_000 + Math.floor(random() * 990_000)),
    status: 'READY',
    fiscalYear: 2026,
    version: 1,
    createdAt: new Date(NOW.getTime() + index).toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

beforeAll(async () => {
  const registry = await createRegistry(NOW);
  table = registry.table;
  const app = registry.app;
  const payees = Array.from({ length: 5 }, (_, index) => demoCreditCode(710_000 + index));
  await seedEnterprises(
    app.enterprises,
    payees.map(
      (creditCode, index) =>
        enterpriseInput({ creditCode, name: `上海故障${index}有限公司` }) as unknown as Enterprise,
    ),
    NOW,
  );
  await setBudget(maker, { fiscalYear: 2026, amountFen: 10_000_000_000 }, app);
  const changes = Array.from({ length: PAYABLE + 1 }, (_, index) =>
    recordChange(SYSTEM_ACTOR, NOW, 'seedPayment', 'Payment', null, payment(index, payees[index % 5] ?? '')),
  );
  for (let start = 0; start < changes.length; start += 10) {
    const part = changes.slice(start, start + 10);
    await app.programme.commit({ writes: part.map((c) => c.write), audits: part.map((c) => c.audit) });
  }
  base.seeded = await tableItems(table);

  made = await createPaymentBatch(maker, { idempotencyKey: 'fault-base-batch', maxCount: RESULT_LINES }, app);
  base.batched = await tableItems(table);
  batch = await submitPaymentBatch(releaser, { id: made.id, version: made.version }, app);
  const listed = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
  members = listed.edges.map((edge) => edge.node);
  if (members.length !== RESULT_LINES) throw new Error(`the base batch has ${members.length} payments`);

  // The bank's result file for the whole batch, matched by 支付参考号: seeded lines refused, the rest paid.
  const refused = new Set(shuffled(members, random).slice(0, REFUSED_LINES));
  const csv = [
    '支付参考号,结果,银行流水号,支付日期,失败原因',
    ...members.map((member, index) =>
      refused.has(member)
        ? `${member.reference ?? ''},失败,,,账户已销户`
        : `${member.reference ?? ''},成功,BANK-F-${index},2026-11-29,`,
    ),
  ].join('\n');
  const bytes = new TextEncoder().encode(csv);
  const storageKey = 'import/BANK_RESULTS/fault-results';
  await files.write(storageKey, bytes, 'text/csv');
  resultsFile = {
    id: 'FILE-fault-results',
    ownerType: 'IMPORT',
    ownerId: 'BANK_RESULTS',
    purpose: 'BANK_RESULTS',
    fileName: 'results.csv',
    contentType: 'text/csv',
    sizeBytes: bytes.length,
    sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
    status: 'UPLOADED',
    storageKey,
    uploadedBy: 'finance',
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seedAttachment', 'Attachment', null, resultsFile);
  await app.programme.commit({ writes: [write], audits: [audit] });
  base.released = await tableItems(table);
  bench = new FaultBench(table, services);
}, TIMEOUT);
afterAll(async () => {
  bench.close();
  await table.drop();
});

/**
 * R6.6, R2.2, checked on a table: no payment paid twice; each batch's counts and totals are its payments';
 * the budget disbursed what was paid; the claim keeping a payment in one batch is held by its batch while
 * it is there or paid, and given up when the bank refused it; one audit record per real change.
 */
function expectMoneyAddsUp(items: readonly Item[], where: string): void {
  const plain = items.map((item) => unmarshall(item));
  const records = <T>(entity: string): T[] =>
    plain.filter((item) => item['entity'] === entity).map((item) => item['record'] as T);
  const payments = records<Payment>('Payment');
  const audits = plain.filter((item) => item['entity'] === 'AuditRecord');
  const audited = (operation: string) => audits.filter((item) => item['operation'] === operation).length;
  const claims = new Map(
    plain
      .filter((item) => String(item['pk']).startsWith('CLAIM#PAYMENT_IN_BATCH#'))
      .map((item) => [String(item['pk']).slice('CLAIM#PAYMENT_IN_BATCH#'.length), item['ownerId']]),
  );
  const references = new Map(
    plain
      .filter((item) => String(item['pk']).startsWith('CLAIM#PAYMENT_REFERENCE#'))
      .map((item) => [String(item['pk']).slice('CLAIM#'.length), item['ownerId']]),
  );
  const paid = payments.filter((p) => p.status === 'PAID');
  const sum = (list: readonly Payment[]) => list.reduce((total, p) => total + p.amountFen, 0);
  for (const p of payments) {
    expect(
      p.attempts?.filter((attempt) => attempt.paid) ?? [],
      `${where}: ${p.id} paid once at most`,
    ).toHaveLength(p.status === 'PAID' ? 1 : 0);
    const claimed = p.status === 'IN_BATCH' || p.status === 'PAID' ? p.batchId : undefined;
    expect(claims.get(p.id), `${where}: the batch claim of ${p.id}`).toBe(claimed);
    // A payment's 支付参考号 is given with its claim, in the transaction that batches it.
    if (p.reference !== undefined)
      expect(references.get(referenceClaim(p.reference)), `${where}: the reference of ${p.id}`).toBe(p.id);
  }
  expect(references.size, `${where}: a reference claim per payment that has a reference`).toBe(
    payments.filter((p) => p.reference !== undefined).length,
  );
  const batches = records<PaymentBatch>('PaymentBatch');
  for (const b of batches) {
    const inBatch = payments.filter((p) => p.batchId === b.id);
    expect(b, `${where}: batch ${b.id} adds up`).toMatchObject({
      paymentCount: inBatch.length,
      totalFen: sum(inBatch),
      paidCount: inBatch.filter((p) => p.status === 'PAID').length,
      paidFen: sum(inBatch.filter((p) => p.status === 'PAID')),
      failedCount: inBatch.filter((p) => p.status === 'FAILED').length,
    });
  }
  const [budget] = records<{ disbursedFen: number }>('Budget');
  expect(budget?.disbursedFen, `${where}: disbursed is what was paid`).toBe(sum(paid));
  expect(audited('recordPaymentPaid'), `${where}: one audit record per payment paid`).toBe(paid.length);
  expect(audited('recordPaymentFailed'), `${where}: one per refusal`).toBe(
    payments.filter((p) => p.status === 'FAILED').length,
  );
  expect(audited('batchPayment'), `${where}: one per payment batched`).toBe(
    payments.filter((p) => p.batchId !== undefined).length,
  );
  expect(audited('createPaymentBatch'), `${where}: one per batch`).toBe(batches.length);
}

interface Scenario<T> {
  /** Names the scenario: its fault-free run is made once, whatever points its tests fail. */
  readonly name: string;
  readonly base: () => Item[];
  readonly command: (app: AppServices) => Promise<T>;
  /** The comparable answer: the same whatever failed (default: all of it). */
  readonly answer?: (answer: T) => unknown;
  /** The idempotency record keeps the first complete run's answer, which may differ (a report of what it did). */
  readonly storedAnswerMayDiffer?: boolean;
}

/** Each scenario's fault-free run, made once: its writes are the injection points of every test of it. */
const cleanRuns = new Map<string, Promise<FaultRun<unknown>>>();

async function cleanRun<T>(scenario: Scenario<T>, signal: AbortSignal): Promise<FaultRun<T>> {
  const cached = cleanRuns.get(scenario.name) as Promise<FaultRun<T>> | undefined;
  if (cached !== undefined)
    try {
      return await cached;
    } catch (error) {
      // Another test's, stopped (it timed out) or failed: made again, under this test's signal.
      if (signal.aborted) throw error;
    }
  const clean = bench.run(scenario.base(), scenario.command, undefined, signal).then((run) => {
    expectMoneyAddsUp(run.items, 'without a fault');
    return run;
  });
  cleanRuns.set(scenario.name, clean);
  return clean;
}

/** Runs the command without a fault, then at each point: the end state and answer must be the fault-free run's. */
async function expectSameEndWhateverFails<T>(
  scenario: Scenario<T>,
  points: (writes: readonly string[]) => readonly FaultPoint[],
  signal: AbortSignal,
): Promise<{ writes: readonly string[]; runs: FaultRun<T>[] }> {
  const options = { withoutStoredAnswers: scenario.storedAnswerMayDiffer === true };
  const clean = await cleanRun(scenario, signal);
  const expected = comparableState(clean.items, options);
  const answerOf = (run: FaultRun<T>, rename: (text: string) => string) =>
    rename(canonicalJson((scenario.answer ?? ((answer: T) => answer))(run.answer)));
  const runs: FaultRun<T>[] = [];
  for (const plan of points(clean.writes)) {
    const where = `${plan.kind} at write ${plan.write} of ${clean.writes.length} (${clean.writes[plan.write - 1] ?? '?'}), FAULT_SEED=${SEED}`;
    const run = await bench.run(scenario.base(), scenario.command, plan, signal);
    const actual = comparableState(run.items, options);
    expect(run.first.error, `${where}: the caller heard an error`).toBeDefined();
    expect(
      run.refusedInProgress,
      `${where}: a retry is refused at once exactly while the dead run's claim holds`,
    ).toBe(run.claimLeft);
    expect(answerOf(run, actual.rename), `${where}: the same answer`).toBe(answerOf(clean, expected.rename));
    expect(actual.state, `${where}: the fault-free end state`).toEqual(expected.state);
    expectMoneyAddsUp(run.items, where);
    runs.push(run);
  }
  return { writes: clean.writes, runs };
}

/** Every write, failed in this way. */
const everyWrite =
  (kind: FaultKind) =>
  (writes: readonly string[]): FaultPoint[] =>
    writes.map((_, index) => ({ kind, write: index + 1 }));

describe(`faults between the application's steps (FAULT_SEED=${SEED})`, () => {
  const resultScenario = (paid: boolean): Scenario<Payment> => ({
    name: `recordPaymentResult paid=${paid}`,
    base: () => base.released,
    command: (app) => {
      const target = members[Math.floor(mulberry32(SEED + 1)() * members.length)];
      return recordPaymentResult(
        maker,
        {
          idempotencyKey: `fault-result-${paid ? 'paid' : 'failed'}`,
          paymentId: target?.id,
          result: paid
            ? { paid: true, bankReference: `BANK-F-${SEED}`, paidOn: '2026-11-29' }
            : { paid: false, reason: '户名与账号不符' },
        },
        app,
      );
    },
  });

  it.for([true, false])(
    'R6.6 recordPaymentResult (paid: %s), a crash before or after each write — after the claim, before the payment: the retry records it once',
    { timeout: TIMEOUT },
    async (paid, { signal }) => {
      for (const kind of ['crash-before', 'crash-after'] as const) {
        const { writes, runs } = await expectSameEndWhateverFails(
          resultScenario(paid),
          everyWrite(kind),
          signal,
        );
        // The idempotency claim, the payment's transaction (payment, batch, budget, audits), the answer kept.
        expect(writes).toEqual(['PutItemCommand', 'TransactWriteItemsCommand', 'UpdateItemCommand']);
        // Dying after the claim (after write 1, or before write 2) leaves it to block a retry until its time is up.
        expect(runs.map((run) => run.claimLeft)).toEqual(
          kind === 'crash-before' ? [false, true, true] : [true, true, false],
        );
      }
    },
  );

  it.for([true, false])(
    'R6.6 recordPaymentResult (paid: %s), the answer to each write lost: the caller hears an error, retries with the same key and gets the same payment, written once',
    { timeout: TIMEOUT },
    async (paid, { signal }) => {
      const { runs } = await expectSameEndWhateverFails(
        resultScenario(paid),
        everyWrite('lost-response'),
        signal,
      );
      // A lost answer to the claim itself leaves it in progress: the caller's own retry is refused until its
      // time is up (two minutes). A lost answer to the payment's transaction fails the work, which gives the
      // claim back; one to the answer kept leaves it kept, and the retry replays it.
      expect(runs.map((run) => run.refusedInProgress)).toEqual([true, false, false]);
    },
  );

  it(
    'R6.6 releasing a batch (four eyes), each way its one write can fail: released once; a retry with the same version is refused as CONFLICT and a reload shows it released',
    { timeout: TIMEOUT },
    async ({ signal }) => {
      let conflicts = 0;
      const release = async (app: AppServices): Promise<PaymentBatch> => {
        try {
          return await submitPaymentBatch(releaser, { id: made.id, version: made.version }, app);
        } catch (error) {
          // Optimistic versions, not idempotency keys: the retry is stale, so it writes nothing; the caller reloads.
          if (!(error instanceof Conflict)) throw error;
          conflicts += 1;
          const reloaded = await readablePaymentBatch(releaser, made.id, app);
          if (reloaded.status !== 'SUBMITTED' || reloaded.submittedBy !== releaser.userId) throw error;
          return reloaded;
        }
      };
      const { writes } = await expectSameEndWhateverFails(
        { name: 'submitPaymentBatch', base: () => base.batched, command: release },
        (w) => FAULT_KINDS.flatMap((kind) => everyWrite(kind)(w)),
        signal,
      );
      expect(writes).toEqual(['TransactWriteItemsCommand']);
      // Crash before: the retry releases it; crash after and lost answer: the retry is stale and reloads.
      expect(conflicts).toBe(2);
    },
  );

  const makeBatch: Scenario<PaymentBatch> = {
    name: 'createPaymentBatch',
    base: () => base.seeded,
    command: (app) => createPaymentBatch(maker, { idempotencyKey: 'fault-batch-1' }, app),
  };
  /**
   * Whether the dead run's idempotency claim is left in progress (crashes) or the caller's own retry is
   * refused (lost answers), at each of the batch's writes: the claim, the hold (no bank account), the
   * batch, its two chunks, the answer kept.
   */
  const batchClaimLeft: Record<FaultKind, boolean[]> = {
    'crash-before': [false, true, true, true, true, true],
    'crash-after': [true, true, true, true, true, false],
    // A lost answer to the hold, the batch or a chunk fails the work, which gives the claim back.
    'lost-response': [true, false, false, false, false, false],
  };

  it.for(FAULT_KINDS)(
    'R6.6 making a batch over two chunks of payments, %s at each write: the rerun under the same key ends with the one batch a fault-free run makes',
    { timeout: TIMEOUT },
    async (kind, { signal }) => {
      const { writes, runs } = await expectSameEndWhateverFails(makeBatch, everyWrite(kind), signal);
      // The claim, the hold (no bank account), the batch, two chunks, the answer kept.
      expect(writes).toEqual([
        'PutItemCommand',
        'TransactWriteItemsCommand',
        'TransactWriteItemsCommand',
        'TransactWriteItemsCommand',
        'TransactWriteItemsCommand',
        'UpdateItemCommand',
      ]);
      expect(runs.map((run) => run.claimLeft)).toEqual(batchClaimLeft[kind]);
      expect(runs.map((run) => run.refusedInProgress)).toEqual(batchClaimLeft[kind]);
      expect(runs.map((run) => run.answer.paymentCount)).toEqual(runs.map(() => PAYABLE));
    },
  );

  it(
    'R6.6 the bank’s result file, a fault at seeded points among its many writes: the rerun records every line once',
    { timeout: TIMEOUT },
    async ({ signal }) => {
      const pick = mulberry32(SEED + 2);
      // The writes are enumerated once (the fault-free run's): the claim, a transaction per line, the answer
      // kept. Two seeded points of each kind (the claim and the answer alone are recordPaymentResult's).
      const points = (writes: readonly string[]): FaultPoint[] =>
        FAULT_KINDS.flatMap((kind) =>
          shuffled(everyWrite(kind)(writes), pick)
            .filter((point) => point.write > 1 && point.write < writes.length)
            .slice(0, 2),
        );
      const { writes, runs } = await expectSameEndWhateverFails(
        {
          name: 'uploadPaymentResults',
          base: () => base.released,
          command: (app) =>
            uploadPaymentResults(
              maker,
              { idempotencyKey: 'fault-results-file', batchId: batch.id, attachmentId: resultsFile.id },
              app,
            ),
          // A rerun reports the lines the dead run recorded as unchanged: the sum is the same.
          answer: (report) => ({ lines: report.applied + report.unchanged, errors: report.errors }),
          storedAnswerMayDiffer: true,
        },
        points,
        signal,
      );
      expect(writes).toHaveLength(RESULT_LINES + 2);
      // Every line matched by its 支付参考号 and recorded, the seeded refusals among them.
      for (const { answer } of runs) {
        expect(answer.errors).toEqual([]);
        expect(answer.applied + answer.unchanged).toBe(RESULT_LINES);
        expect(answer.failures).toHaveLength(REFUSED_LINES);
      }
    },
  );
});
