import type { EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '#domain/errors';
import type { StatisticsCounters, StatisticsFactsSource } from '#domain/statistics/statistics-port';
import type { Tally } from '#domain/statistics/tally';
import { createStatisticsHandler } from '../../../functions/handlers/statistics-handler.ts';

/** Issue 17: the statistics Lambda's logic, over in-memory ports (Prepare, Act, Assess). */

class MemoryCounters implements StatisticsCounters {
  readonly counted = new Map<string, Tally>();
  apply(eventId: string, tally: Tally): Promise<'counted' | 'duplicate'> {
    if (this.counted.has(eventId)) return Promise.resolve('duplicate');
    this.counted.set(eventId, tally);
    return Promise.resolve('counted');
  }
}

const facts: StatisticsFactsSource = {
  project: () =>
    Promise.resolve({
      town: 'JINZE',
      programme: 'IMPLEMENTATION_REWARD',
      committedFiscalYear: 2026,
      policyVersionId: 'QP',
    }),
  policy: () => Promise.resolve(undefined),
};

const delivery = (detail: unknown): EventBridgeEvent<string, unknown> => ({
  version: '0',
  id: 'eb-1',
  'detail-type': 'payment.paid',
  source: 'smart-factory-awards',
  account: '123456789012',
  time: '2026-10-20T02:15:00Z',
  region: 'cn-north-1',
  resources: [],
  detail,
});

const paid = {
  kind: 'payment.paid',
  version: 1,
  id: 'audit-1',
  occurredAt: '2026-10-20T10:15:00.000+08:00',
  subject: {
    paymentId: 'PAY-1',
    projectId: 'PRJ-1',
    documentId: 'DOC-1',
    enterpriseId: '913101180DM95UY1CJ',
  },
  payload: { amountFen: 8_000_000, paidOn: '2026-10-20' },
};

describe('the statistics handler (issue 17)', () => {
  it('counts an event from EventBridge once, its project’s cell, and a redelivery as such', async () => {
    const counters = new MemoryCounters();
    const metrics: [string, number][] = [];
    const handle = createStatisticsHandler(
      { counters, facts },
      { info: () => undefined, count: (name, value) => metrics.push([name, value]) },
    );
    expect(await handle(delivery(paid))).toBe('counted');
    expect(await handle(delivery(paid))).toBe('duplicate');
    expect(counters.counted.get('audit-1')).toEqual({
      fiscalYear: 2026,
      cell: { town: 'JINZE', month: '2026-10', programme: 'IMPLEMENTATION_REWARD', tier: 'NONE' },
      increments: [{ measure: 'PAID', count: 1, amountFen: 8_000_000 }],
    });
    expect(metrics).toEqual([
      ['StatisticsEventsCounted', 1],
      ['StatisticsEventsRedelivered', 1],
    ]);
  });

  it('fails the invocation on an event the catalogue refuses (Lambda retries it, then dead-letters it)', async () => {
    const handle = createStatisticsHandler(
      { counters: new MemoryCounters(), facts },
      { info: () => undefined, count: () => undefined },
    );
    await expect(handle(delivery({ ...paid, version: 9 }))).rejects.toThrow(InvalidInput);
  });
});
