import { readFileSync } from 'node:fs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';

/**
 * Throttling injected into a share of DynamoDB calls (SDK middleware inside the retry loop, before the
 * request is sent, as DynamoDB refuses a throttled request) during an import, the workflow runs it starts,
 * and a batch creation: everything finishes, nothing is lost and nothing is written twice. Then responses
 * lost after a transaction was applied, while the bank's results are recorded: nothing is paid twice.
 */

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
const fault = { rate: 0, injected: 0 };
/** Transactions whose response is lost after DynamoDB applied them, by their ClientRequestToken. */
const lost = { rate: 0, tokens: new Set<string>() };
let batch: PaymentBatch | undefined;

beforeAll(async () => {
  ({ table, app } = await createRegistry(new Date()));
  table.client.middlewareStack.add(
    (next) => (args) => {
      if (Math.random() < fault.rate) {
        fault.injected += 1;
        return Promise.reject(
          new ProvisionedThroughputExceededException({ message: 'injected throttling', $metadata: {} }),
        );
      }
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'injectThrottling' },
  );
  // The connection drops after a transaction was applied, once per transaction: the SDK sends it again
  // with the same ClientRequestToken (it fills one in), which DynamoDB answers as done. Whatever answers a
  // repeated write, the recording code must not apply a result twice.
  table.client.middlewareStack.add(
    (next) => async (args) => {
      const output = await next(args);
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      if (request.headers?.['x-amz-target']?.endsWith('.TransactWriteItems')) {
        const body = JSON.parse(String(request.body)) as { ClientRequestToken?: string };
        const token = body.ClientRequestToken ?? '';
        if (token !== '' && !lost.tokens.has(token) && Math.random() < lost.rate) {
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

describe('faults: throttled DynamoDB', () => {
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
    expect(fault.injected).toBeGreaterThan(10);
  }, 120_000);

  it('results recorded while half the transactions lose their response: every payment paid once', async () => {
    if (!batch) throw new Error('the batch of the previous test is missing');
    const budgetBefore = await app.programme.get('Budget', `BUDGET-${String(new Date().getUTCFullYear())}`);
    lost.rate = 0.5;
    const released = await submitPaymentBatch(
      { kind: 'user', userId: 'finance-2', role: 'FINANCE' },
      { id: batch.id, version: batch.version },
      app,
    );
    expect(released.status).toBe('SUBMITTED');
    const members = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    for (const [index, { node }] of members.edges.entries()) {
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
    lost.rate = 0;
    expect(lost.tokens.size).toBeGreaterThan(3);
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
