import { describe, expect, it } from 'vitest';
import { auditRecord, WORKFLOW_ACTOR } from '#domain/audit/audit-record';
import { handler } from '../../../functions/handlers/domain-events.ts';
import { streamRecord } from '../../support/stream-records.ts';

/**
 * Issue 17: the pipe's enrichment Lambda, given stream records as EventBridge Pipes delivers them (no
 * network: the function computes only).
 */

const AT = new Date('2026-10-20T02:15:00.000Z');
const payment = {
  id: 'PAY-DOC-1-PRJ-1',
  documentId: 'DOC-1',
  projectId: 'PRJ-1',
  payeeType: 'ENTERPRISE',
  payeeId: '913101180DM95UY1CJ',
  bankAccount: { bankName: '中国银行', accountName: '上海时钟', accountNumber: '6216600000001' },
  amountFen: 8_000_000,
  status: 'IN_BATCH',
  batchId: 'BATCH-1',
  version: 2,
};

const paid = auditRecord(WORKFLOW_ACTOR, AT, {
  operation: 'recordPaymentPaid',
  entityType: 'PAYMENT',
  entityId: payment.id,
  before: payment,
  after: { ...payment, status: 'PAID', paidOn: '2026-10-20', version: 3 },
});

describe('the domain-events enrichment Lambda (issue 17)', () => {
  it('turns an inserted audit record into its catalogued event, and nothing into nothing', async () => {
    const events = await handler([
      streamRecord(paid),
      // The payment item itself, written in the same transaction, is not an event.
      { eventName: 'INSERT', dynamodb: { NewImage: { pk: { S: 'PAYMENT#x' }, entity: { S: 'Payment' } } } },
      streamRecord(
        auditRecord(WORKFLOW_ACTOR, AT, {
          operation: 'flagOverdue',
          entityType: 'PROJECT',
          entityId: 'PRJ-1',
          before: null,
          after: {
            id: 'PRJ-1',
            stage: 'DELIBERATION',
            path: 'REVIEWED',
            creditCode: '913101180DM95UY1CJ',
            town: 'ZHUJIAJIAO',
            payeeType: 'ENTERPRISE',
            payeeId: '913101180DM95UY1CJ',
            proposedAmountFen: 1,
          },
        }),
      ),
    ]);
    expect(events).toEqual([
      {
        kind: 'payment.paid',
        version: 1,
        id: paid.id,
        occurredAt: '2026-10-20T10:15:00.000+08:00',
        subject: {
          paymentId: payment.id,
          projectId: 'PRJ-1',
          documentId: 'DOC-1',
          enterpriseId: '913101180DM95UY1CJ',
          batchId: 'BATCH-1',
        },
        payload: { amountFen: 8_000_000, paidOn: '2026-10-20' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('6216600000001');
  });

  it('answers nothing for a batch with no event (the pipe then calls no target)', async () => {
    expect(await handler([streamRecord(paid, 'MODIFY')])).toEqual([]);
  });

  it('fails the batch on an audit item it cannot read, naming it (the pipe retries, then dead-letters it)', async () => {
    const broken = streamRecord(paid);
    const image = broken.dynamodb?.NewImage ?? {};
    image['after'] = { S: JSON.stringify({ id: payment.id, status: 'PAID' }) };
    await expect(handler([broken])).rejects.toThrow(
      /recordPaymentPaid on PAYMENT PAY-DOC-1-PRJ-1.*projectId/,
    );
  });
});
