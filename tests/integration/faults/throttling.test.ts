import { readFileSync } from 'node:fs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { AppServices } from '#graphql/context';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createPaymentBatch, submitPaymentBatch } from '#use-cases/payments/batches';
import { recordPaymentResult } from '#use-cases/payments/results';
import type { PaymentBatch } from '#domain/payments/payments';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import {
  countersignDisbursementDocument,
  draftDisbursementDocument,
} from '#use-cases/workflow/disbursement-documents';
import { setBudget } from '#use-cases/workflow/budget';
import type { TestTable } from '../../support/dynamo.ts';
import { faultSeed, mulberry32, shuffled } from '../../support/faults.ts';
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';

/**
 * Throttling injected into a share of DynamoDB calls (SDK middleware inside the retry loop, before the
 * request is sent, as DynamoDB refuses a throttled request) during an import, the workflow runs it starts,
 * and a batch creation: everything finishes, nothing is lost and nothing is written twice. Then responses
 * lost after a transaction was applied, while the bank's results are recorded: nothing is paid twice.
 * The SDK's retries absorb every fault here; tests/integration/faults/payment-steps.test.ts injects faults
 * that reach the application's code.
 *
 * Seeded (FAULT_SEED, printed), and nothing left to chance that an assertion needs: a request is throttled
 * at most three times (of the SDK's eight attempts), the first requests are throttled once each whatever
 * the draws, and exactly the planned results lose their answer. Which call gets which draw still depends on
 * the order the concurrent workflows make their calls in, so a replay is close to the run it replays, not
 * identical; the assertions hold for every seed.
 */

const FILE = 'tests/integration/faults/throttling.test.ts';
const SEED = faultSeed(FILE);
const random = mulberry32(SEED);
/** Requests throttled on their first attempt whatever the draws: at least this many throttles happen. */
const FORCED_THROTTLES = 12;
/** Throttled attempts of one request at most: fewer than the SDK's eight attempts (DYNAMODB_MAX_ATTEMPTS). */
const MAX_THROTTLES_PER_REQUEST = 3;
/** Bank results whose transaction loses its answer once: exactly this many of the batch's 12. */
const LOST_ANSWERS = 6;

const SAMPLE = readFileSync(new URL('../../fixtures/certifications-sample.csv', import.meta.url));
const sample = SAMPLE.toString('utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split(','))
  .map((cells) => ({ name: cells[1] ?? '', creditCode: cells[2] ?? '' }));

let table: TestTable;
let app: AppServices;
const fault = {
  rate: 0,
  injected: 0,
  /** Invocations (amz-sdk-invocation-id) throttled at least once, and those sent again past it. */
  throttled: new Set<string>(),
  answered: new Set<string>(),
};
/**
 * Transactions whose response is lost after DynamoDB applied them, by their ClientRequestToken: the next
 * transaction's while `armed`, once each; and the tokens the SDK sent again and got an answer for.
 */
const lost = { armed: false, tokens: new Set<string>(), resent: new Set<string>() };
let batch: PaymentBatch | undefined;

/** The text of a request's body (the SDK may hand it over as bytes). */
function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '';
}

beforeAll(async () => {
  ({ table, app } = await createRegistry(new Date()));
  table.client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      const invocation = request.headers?.['amz-sdk-invocation-id'] ?? '';
      const attempt = Number(/attempt=(\d+)/.exec(request.headers?.['amz-sdk-request'] ?? '')?.[1] ?? '1');
      const forced = fault.rate > 0 && attempt === 1 && fault.throttled.size < FORCED_THROTTLES;
      // The draw is made for every call while throttling is on, so the seed decides the sequence.
      const drawn = fault.rate > 0 && random() < fault.rate;
      if ((forced || drawn) && attempt <= MAX_THROTTLES_PER_REQUEST) {
        fault.injected += 1;
        fault.throttled.add(invocation);
        throw new ProvisionedThroughputExceededException({ message: 'injected throttling', $metadata: {} });
      }
      try {
        return await next(args);
      } finally {
        // Sent past its throttling: DynamoDB answered it (a refused condition is an answer too).
        if (fault.throttled.has(invocation)) fault.answered.add(invocation);
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'injectThrottling' },
  );
  // The connection drops after a transaction was applied: the SDK sends it again with the same
  // ClientRequestToken (it fills one in), which DynamoDB answers as done. Whatever answers a repeated
  // write, the recording code must not apply a result twice.
  table.client.middlewareStack.add(
    (next) => async (args) => {
      const output = await next(args);
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      if (request.headers?.['x-amz-target']?.endsWith('.TransactWriteItems')) {
        const body = JSON.parse(bodyText(request.body)) as { ClientRequestToken?: string };
        const token = body.ClientRequestToken ?? '';
        if (lost.tokens.has(token)) lost.resent.add(token);
        else if (token !== '' && lost.armed) {
          lost.armed = false;
          lost.tokens.add(token);
          throw Object.assign(new Error('injected: connection reset after the write'), {
            code: 'ECONNRESET',
          });
        }
      }
      return output;
    },
    { step: 'finalizeRequest', priority: 'low', name: 'injectLostResponses' },
  );
  for (const enterprise of sample) {
    await createEnterprise(
      user('ECONOMIC_COMMISSION'),
      enterpriseInput({
        ...enterprise,
        bankAccount: {
          bankName: '中国银行',
          accountName: enterprise.name,
          accountNumber: '6216600000000001',
        },
      }),
      app,
    );
  }
  await setBudget(
    user('FINANCE'),
    { fiscalYear: new Date().getUTCFullYear(), amountFen: 10_000_000_000 },
    app,
  );
}, 120_000);
afterAll(async () => table.drop());

async function waitForDocumentStage(projectIds: readonly string[]): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const projects = await app.programme.getMany('Project', projectIds);
    if ([...projects.values()].every((project) => project.stage === 'AWAITING_DOCUMENT')) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the workflows did not reach the document stage');
}

describe(`faults: throttled DynamoDB (FAULT_SEED=${SEED})`, () => {
  it('an import, its workflows and a batch all finish under 15% throttling, each record once', async () => {
    fault.rate = 0.15;
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      { bytes: SAMPLE, fileName: 'sample.csv', source: { kind: 'BUCKET', bucket: 'b', key: 'k' } },
      app,
    );
    expect(result).toMatchObject({ status: 'COMPLETED', counts: { CREATED: 12 } });
    const report = await app.programme.importReport(result.id);
    const projectIds = report.map((line) => line.projectId ?? '');
    expect(new Set(projectIds).size).toBe(12);
    await waitForDocumentStage(projectIds);
    for (const enterprise of sample) {
      const standing = await app.programme.get('BenchmarkStanding', `STANDING-${enterprise.creditCode}`);
      expect(standing?.awards).toHaveLength(1);
    }

    const draft = await draftDisbursementDocument(user('ECONOMIC_COMMISSION'), { projectIds }, app);
    const issued = await countersignDisbursementDocument(
      user('FINANCE'),
      { id: draft.id, version: draft.version },
      app,
    );
    expect(issued.status).toBe('ISSUED');
    batch = await createPaymentBatch(user('FINANCE'), { idempotencyKey: 'throttled-batch-1' }, app);
    fault.rate = 0;
    expect(batch).toMatchObject({ paymentCount: 12, totalFen: issued.totalFen });
    const inBatch = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    expect(inBatch.edges).toHaveLength(12);
    expect(fault.injected).toBeGreaterThanOrEqual(FORCED_THROTTLES);
    // Every throttled request is sent again by the SDK and answered: none reaches the application. (The
    // workflows go on in the background: a call of theirs throttled just now is still in its back-off.)
    await vi.waitFor(
      () => expect([...fault.throttled].filter((invocation) => !fault.answered.has(invocation))).toEqual([]),
      { timeout: 20_000, interval: 50 },
    );
  }, 120_000);

  it('results recorded while half the transactions (seeded) lose their response: every payment paid once', async () => {
    if (!batch) throw new Error('the batch of the previous test is missing');
    const budgetBefore = await app.programme.get('Budget', `BUDGET-${String(new Date().getUTCFullYear())}`);
    const losing = new Set(shuffled([...Array(12).keys()], random).slice(0, LOST_ANSWERS));
    const released = await submitPaymentBatch(
      { kind: 'user', userId: 'finance-2', role: 'FINANCE' },
      { id: batch.id, version: batch.version },
      app,
    );
    expect(released.status).toBe('SUBMITTED');
    const members = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    for (const [index, { node }] of members.edges.entries()) {
      lost.armed = losing.has(index);
      const paid = await recordPaymentResult(
        user('FINANCE'),
        {
          idempotencyKey: `lost-response-${String(index)}`,
          paymentId: node.id,
          result: { paid: true, bankReference: `BANK-${String(index)}`, paidOn: '2026-11-29' },
        },
        app,
      );
      expect(paid.status).toBe('PAID');
    }
    lost.armed = false;
    // Exactly the planned answers were lost, and the SDK sent each of those transactions again.
    expect(lost.tokens.size).toBe(LOST_ANSWERS);
    expect(lost.resent).toEqual(lost.tokens);
    const after = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    for (const { node } of after.edges) expect(node.attempts).toHaveLength(1);
    expect(await app.programme.get('PaymentBatch', batch.id)).toMatchObject({
      status: 'CLOSED',
      paidCount: 12,
      paidFen: batch.totalFen,
    });
    const budgetAfter = await app.programme.get('Budget', `BUDGET-${String(new Date().getUTCFullYear())}`);
    expect((budgetAfter?.disbursedFen ?? 0) - (budgetBefore?.disbursedFen ?? 0)).toBe(batch.totalFen);
  }, 120_000);
});
