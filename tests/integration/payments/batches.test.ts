import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Enterprise } from '#domain/registry/enterprise';
import type { Payment } from '#domain/payments/payment';
import type { AppServices } from '#graphql/context';
import { cancelPayment } from '#use-cases/payments/cancel';
import { createPaymentBatch, submitPaymentBatch } from '#use-cases/payments/batches';
import { uploadPaymentResults } from '#use-cases/payments/results';
import { setBudget } from '#use-cases/workflow/budget';
import type { Attachment } from '#domain/attachments/attachment';
import type { ProgrammeStore } from '#domain/programme-store';
import { reconcile } from '#use-cases/payments/reconciliation';
import { recordChange } from '#use-cases/programme/record-change';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * R6.6 against DynamoDB Local: a payment is in at most one open batch, enforced by the database (a claim
 * written with it), even when two finance users make batches at the same moment; payees that cannot be
 * paid now are held with the reason (R4.4, R7.2) and left out.
 */

const NOW = new Date('2026-11-29T02:00:00Z');
let table: TestTable;
let app: AppServices;
const READY = 40;

function payment(index: number, creditCode: string, bankAccount: Payment['bankAccount']): Payment {
  return {
    id: `PAY-DOC-T-PRJ-${index}`,
    documentId: 'DOC-T',
    documentNumber: '青经财拨〔2026〕1号',
    projectId: `PRJ-${index}`,
    payeeType: 'ENTERPRISE',
    payeeId: creditCode,
    payeeName: `上海测试${index}有限公司`,
    bankAccount,
    amountFen: 1_000_00 * (index + 1),
    status: 'READY',
    fiscalYear: 2026,
    version: 1,
    createdAt: new Date(NOW.getTime() + index).toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

const account = { bankName: '中国银行', accountName: '测试', accountNumber: '6216600000000000' };

beforeAll(async () => {
  ({ table, app } = await createRegistry(NOW));
  const payments: Payment[] = [];
  for (let index = 0; index < READY + 2; index += 1) {
    const creditCode = demoCreditCode(300_000 + index);
    const banned = index === READY;
    const enterprise = {
      ...(enterpriseInput({ creditCode, name: `上海测试${index}有限公司` }) as unknown as Enterprise),
      ...(banned ? { ban: { until: '2029-01-01', reason: 'R7.1 fraud finding (test)' } } : {}),
      version: 1,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    await app.enterprises.create(
      enterprise,
      auditRecord(SYSTEM_ACTOR, NOW, {
        operation: 'seed',
        entityType: 'ENTERPRISE',
        entityId: creditCode,
        before: null,
        after: enterprise,
      }),
    );
    payments.push(payment(index, creditCode, index === READY + 1 ? null : account));
  }
  for (const record of payments) {
    const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seedPayment', 'Payment', null, record);
    await app.programme.commit({ writes: [write], audits: [audit] });
  }
}, 120_000);
afterAll(async () => table.drop());

describe('R6.6 batches against DynamoDB Local', () => {
  it('two batches made at the same moment share no payment, and together take every payable one', async () => {
    let batchedMetric = 0;
    const counting = {
      ...app,
      telemetry: {
        count: (name: string, value = 1) => {
          if (name === 'PaymentsBatched') batchedMetric += value;
        },
      },
    };
    const [first, second] = await Promise.all([
      createPaymentBatch(user('FINANCE'), { idempotencyKey: 'concurrent-batch-1' }, counting),
      createPaymentBatch(
        { kind: 'user', userId: 'finance-2', role: 'FINANCE' },
        { idempotencyKey: 'concurrent-batch-2' },
        counting,
      ),
    ]);
    expect(first.paymentCount + second.paymentCount).toBe(READY);
    expect(batchedMetric).toBe(READY);
    const { Items } = await table.client.send(
      new ScanCommand({ TableName: table.tableName, ConsistentRead: true }),
    );
    const items = (Items ?? []).map((item) => unmarshall(item));
    const batched = items
      .filter((item) => item['entity'] === 'Payment')
      .map((item) => item['record'] as Payment)
      .filter((record) => record.status === 'IN_BATCH');
    expect(batched).toHaveLength(READY);
    const claims = new Map(
      items
        .filter((item) => String(item['pk']).startsWith('CLAIM#PAYMENT_IN_BATCH#'))
        .map((item) => [String(item['pk']).slice('CLAIM#PAYMENT_IN_BATCH#'.length), item['ownerId']]),
    );
    for (const record of batched) expect(claims.get(record.id)).toBe(record.batchId);
    // Issue 18: each payment got its own short reference (≤ 20 characters), and the reference's claim
    // finds it again, whichever of the two concurrent batches took it.
    const references = new Map(
      items
        .filter((item) => String(item['pk']).startsWith('CLAIM#PAYMENT_REFERENCE#'))
        .map((item) => [String(item['pk']).slice('CLAIM#PAYMENT_REFERENCE#'.length), item['ownerId']]),
    );
    expect(new Set(batched.map((record) => record.reference)).size).toBe(READY);
    for (const record of batched) {
      expect(record.reference?.length).toBeLessThanOrEqual(20);
      expect(references.get(record.reference ?? '')).toBe(record.id);
    }
    for (const batch of [first, second]) {
      const members = batched.filter((record) => record.batchId === batch.id);
      expect(members).toHaveLength(batch.paymentCount);
      expect(members.reduce((sum, record) => sum + record.amountFen, 0)).toBe(batch.totalFen);
    }
  });

  it('holds the banned payee’s payment (R7.2) and the one without a bank account, with the reasons', async () => {
    const held = await app.programme.list('Payment', { pattern: 'byStatus', value: 'HELD', first: 10 });
    const reasons = Object.fromEntries(held.edges.map((edge) => [edge.node.projectId, edge.node.holdReason]));
    expect(reasons[`PRJ-${READY}`]).toMatch(/^R7\.2: barred/);
    expect(reasons[`PRJ-${READY + 1}`]).toMatch(/no bank account/);
  });

  it('the commission cancels a payment not yet batched, with a reason; one at the bank cannot be', async () => {
    const held = await app.programme.get('Payment', `PAY-DOC-T-PRJ-${READY + 1}`);
    const cancelled = await cancelPayment(
      user('ECONOMIC_COMMISSION'),
      { paymentId: held?.id, version: held?.version, reason: '收款账户缺失，改由下年度拨付' },
      app,
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '收款账户缺失，改由下年度拨付' });
    const inBatch = await app.programme.get('Payment', 'PAY-DOC-T-PRJ-0');
    await expect(
      cancelPayment(
        user('ECONOMIC_COMMISSION'),
        { paymentId: inBatch?.id, version: inBatch?.version, reason: '不再拨付的原因' },
        app,
      ),
    ).rejects.toMatchObject({ rule: 'R6.6' });
  });

  it('reconciliation reports payments that no approved award accounts for, and fixes nothing', async () => {
    const before = await app.programme.get('Payment', 'PAY-DOC-T-PRJ-0');
    const report = await reconcile(user('FINANCE'), 2026, app);
    expect(report.approvedFen).toBe(0);
    expect(report.mismatches.filter((line) => line.includes('not an approved award of 2026'))).toHaveLength(
      READY + 2,
    );
    expect(await app.programme.get('Payment', 'PAY-DOC-T-PRJ-0')).toEqual(before);
  });

  it('recording a bank file killed half-way, then run again, pays every payment once and loses none', async () => {
    await setBudget(user('FINANCE'), { fiscalYear: 2026, amountFen: 1_000_000_000 }, app);
    const batches = await app.programme.list('PaymentBatch', { pattern: 'all', value: '', first: 10 });
    const batch = batches.edges.map((edge) => edge.node).find((candidate) => candidate.paymentCount > 5);
    if (!batch) throw new Error('no batch to settle');
    const maker = { kind: 'user', userId: batch.createdBy, role: 'FINANCE' } as const;
    const releaser =
      maker.userId === 'finance-2'
        ? user('FINANCE')
        : ({ kind: 'user', userId: 'finance-2', role: 'FINANCE' } as const);
    await submitPaymentBatch(releaser, { id: batch.id, version: batch.version }, app);
    const members = await app.programme.list('Payment', { pattern: 'byBatch', value: batch.id, first: 100 });
    const csv = [
      '支付编号,结果,银行流水号,支付日期,失败原因',
      ...members.edges.map((edge, index) => `${edge.node.id},成功,BANK-${index},2026-11-29,`),
    ].join('\n');
    const storageKey = 'import/BANK_RESULTS/results-1';
    await app.files.write(storageKey, new TextEncoder().encode(csv), 'text/csv');
    const attachment: Attachment = {
      id: 'FILE-bank-results-1',
      ownerType: 'IMPORT',
      ownerId: 'BANK_RESULTS',
      purpose: 'BANK_RESULTS',
      fileName: 'results.csv',
      contentType: 'text/csv',
      sizeBytes: csv.length,
      sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
      status: 'UPLOADED',
      storageKey,
      uploadedBy: 'finance',
      version: 1,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    const { write, audit } = recordChange(
      SYSTEM_ACTOR,
      NOW,
      'seedAttachment',
      'Attachment',
      null,
      attachment,
    );
    await app.programme.commit({ writes: [write], audits: [audit] });

    // The process dies after five results are written.
    let paid = 0;
    const dying: ProgrammeStore = Object.create(app.programme) as ProgrammeStore;
    dying.commit = async (changes) => {
      if (changes.writes.some((change) => change.kind === 'Payment')) {
        paid += 1;
        if (paid > 5) throw new Error('the process died');
      }
      return app.programme.commit(changes);
    };
    // What operators' metrics would show across both runs.
    const counted = new Map<string, number>();
    const telemetry = {
      count: (name: string, value = 1) => void counted.set(name, (counted.get(name) ?? 0) + value),
    };
    const input = { batchId: batch.id, attachmentId: attachment.id };
    await expect(
      uploadPaymentResults(
        user('FINANCE'),
        { ...input, idempotencyKey: 'bank-file-run-1' },
        { ...app, programme: dying, telemetry },
      ),
    ).rejects.toThrow('the process died');
    const rerun = await uploadPaymentResults(
      user('FINANCE'),
      { ...input, idempotencyKey: 'bank-file-run-2' },
      { ...app, telemetry },
    );
    expect(rerun).toEqual({ applied: batch.paymentCount - 5, unchanged: 5, errors: [], failures: [] });
    const settled = await app.programme.get('PaymentBatch', batch.id);
    expect(settled).toMatchObject({
      status: 'CLOSED',
      paidCount: batch.paymentCount,
      paidFen: batch.totalFen,
      failedCount: 0,
    });
    const after = await app.programme.getMany(
      'Payment',
      members.edges.map((edge) => edge.node.id),
    );
    expect(
      [...after.values()].every((payment) => payment.status === 'PAID' && payment.attempts?.length === 1),
    ).toBe(true);
    expect((await app.programme.get('Budget', 'BUDGET-2026'))?.disbursedFen).toBe(batch.totalFen);
    // Counted once each, after their commit: the payment whose commit died is not counted twice.
    expect(Object.fromEntries(counted)).toEqual({
      PaymentsPaid: batch.paymentCount,
      PaidFen: batch.totalFen,
    });
  });
});
