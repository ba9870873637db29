import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import type { Tally } from '#domain/statistics/tally';
import type { TestTable } from '../../support/dynamo.ts';
import { createTestTable } from '../../support/dynamo.ts';

/**
 * Issue 17, the statistics counters against DynamoDB Local: an event counted once however often and however
 * concurrently it is delivered; events of one cell counted at once all count; a year read whole or by town;
 * an automatic award's project takes its tier from its certification.
 */

let table: TestTable;
let statistics: DynamoStatistics;

const tally = (town: string, amountFen: number, month = '2026-05'): Tally => ({
  fiscalYear: 2026,
  cell: { town, month, programme: 'DISTRICT_BENCHMARK', tier: '2' },
  increments: [
    { measure: 'APPLIED', count: 1, amountFen },
    { measure: 'ACCEPTED', count: 1, amountFen },
  ],
});

beforeAll(async () => {
  table = await createTestTable();
  statistics = new DynamoStatistics(createDocumentClient(table.client), table.tableName);
});
afterAll(async () => table.drop());

describe('statistics counters (issue 17)', () => {
  it('count an event once, even delivered twice at the same moment', async () => {
    const outcomes = await Promise.all([
      statistics.apply('event-1', tally('QINGPU-A', 20_000_000)),
      statistics.apply('event-1', tally('QINGPU-A', 20_000_000)),
    ]);
    expect(outcomes.sort()).toEqual(['counted', 'duplicate']);
    expect(await statistics.apply('event-1', tally('QINGPU-A', 20_000_000))).toBe('duplicate');
    expect(await statistics.cells(2026, 'QINGPU-A')).toEqual([
      {
        town: 'QINGPU-A',
        month: '2026-05',
        programme: 'DISTRICT_BENCHMARK',
        tier: '2',
        figures: {
          APPLIED: { count: 1, amountFen: 20_000_000 },
          ACCEPTED: { count: 1, amountFen: 20_000_000 },
        },
      },
    ]);
  });

  it('count every event of one cell delivered at once (conflicting transactions are tried again)', async () => {
    const events = Array.from({ length: 30 }, (_, index) => index);
    const outcomes = await Promise.all(
      events.map((index) => statistics.apply(`burst-${index}`, tally('QINGPU-B', 100 + index))),
    );
    expect(outcomes.every((outcome) => outcome === 'counted')).toBe(true);
    const [cell] = await statistics.cells(2026, 'QINGPU-B');
    expect(cell?.figures['APPLIED']).toEqual({
      count: 30,
      amountFen: events.reduce((sum, index) => sum + 100 + index, 0),
    });
  });

  it('read a year whole, or one town’s cells only (one Query on the town’s prefix)', async () => {
    await statistics.apply('event-2', tally('QINGPU-A', 5, '2026-06'));
    expect((await statistics.cells(2026, null)).map((cell) => `${cell.town} ${cell.month}`).sort()).toEqual([
      'QINGPU-A 2026-05',
      'QINGPU-A 2026-06',
      'QINGPU-B 2026-05',
    ]);
    expect((await statistics.cells(2026, 'QINGPU-A')).length).toBe(2);
    // A town whose code begins like another's is not mixed in (the prefix ends with `#`).
    expect(await statistics.cells(2026, 'QINGPU')).toEqual([]);
    expect(await statistics.cells(2027, null)).toEqual([]);
  });

  it('read an automatic award’s project with the tier and title of its certification (R6.7b, R5.2)', async () => {
    const documents = createDocumentClient(table.client);
    await documents.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: 'PROJECT#PRJ-CERT-1',
          sk: 'R',
          record: {
            id: 'PRJ-CERT-1',
            path: 'AUTOMATIC',
            certificationId: 'CERT-1',
            town: 'JINZE',
            payeeType: 'ENTERPRISE',
            committedFiscalYear: 2026,
            policyVersionId: 'QP-2022',
            publicity: { startDate: '2026-01-01' },
          },
        },
      }),
    );
    await documents.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: 'CERT#CERT-1',
          sk: 'R',
          record: {
            id: 'CERT-1',
            title: 'SMART_FACTORY',
            level: 'MUNICIPAL',
            outcome: { tier: 4, awardFen: 1 },
          },
        },
      }),
    );
    expect(await statistics.project('PRJ-CERT-1')).toEqual({
      town: 'JINZE',
      programme: 'AUTOMATIC',
      tier: 4,
      benchmark: { title: 'SMART_FACTORY', level: 'MUNICIPAL' },
      committedFiscalYear: 2026,
      policyVersionId: 'QP-2022',
    });
    expect(await statistics.project('PRJ-NONE')).toBeUndefined();
    expect(await statistics.policy('NONE')).toBeUndefined();
  });
});
