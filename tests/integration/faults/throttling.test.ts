import { readFileSync } from 'node:fs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { AppServices } from '#graphql/context';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createPaymentBatch } from '#use-cases/payments/batches';
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
 * and a batch creation: everything finishes, nothing is lost and nothing is written twice.
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
    const batch = await createPaymentBatch(user('FINANCE'), { idempotencyKey: 'throttled-batch-1' }, app);
    fault.rate = 0;
    expect(batch).toMatchObject({ paymentCount: 12, totalFen: issued.totalFen });
    const inBatch = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    expect(inBatch.edges).toHaveLength(12);
    expect(fault.injected).toBeGreaterThan(10);
  }, 120_000);
});
