import { PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillAuditIndexes } from '../../../scripts/audit-index-backfill.ts';
import { DynamoAuditTrail } from '#adapters/dynamodb/audit-trail';
import { auditKey, writeWithAudit } from '#adapters/dynamodb/audited-write';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { meterReads, ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import { auditRecord, SYSTEM_ACTOR, WORKFLOW_ACTOR } from '#domain/audit/audit-record';
import type { AuditEntityType, AuditRecord } from '#domain/audit/audit-record';
import { Forbidden, InvalidInput } from '#domain/errors';
import type { FileStore } from '#domain/files/file-store';
import { paymentId } from '#domain/payments/payment';
import type { Page } from '#domain/validation';
import { ManualClock } from '#domain/waitable-clock';
import { searchAuditRecords } from '#use-cases/audit/audit-records';
import { exportAuditRecords } from '#use-cases/audit/export-audit-records';
import { readAuditTrail } from '#use-cases/registry/audit-trail';
import type { TestTable } from '../../support/dynamo.ts';
import { createTestTable } from '../../support/dynamo.ts';
import { testFileStore } from '../../support/files.ts';
import { tableSnapshot, user } from '../../support/registry.ts';
import { PAYMENT_EXPORTS_PREFIX } from '../../../infra/constructs/attachments-bucket.ts';

/**
 * Issue 17: the audit trail across records — by actor, entity type and CST date range, paged both ways —
 * against DynamoDB Local, and the one-off backfill of records written before the indexes.
 */

let table: TestTable;
let trail: DynamoAuditTrail;
const documents = () => createDocumentClient(table.client);
const commission = user('ECONOMIC_COMMISSION');
const officer = user('TOWN_OFFICER', { town: 'ZHUJIAJIAO' });
const alice = { ...user('ECONOMIC_COMMISSION'), userId: 'alice' };
const bob = { ...user('FINANCE'), userId: 'bob' };
const PAYMENT_ID = paymentId(`DOC-${crypto.randomUUID()}`, `PRJ-APP-${crypto.randomUUID()}`);

/** Writes one audit record as a change would, at a given instant. */
async function recorded(
  actor: Parameters<typeof auditRecord>[0],
  at: string,
  entityType: AuditEntityType,
  entityId: string,
  after: unknown = { note: at },
): Promise<AuditRecord> {
  const record = auditRecord(actor, new Date(at), {
    operation: `change${entityType}`,
    entityType,
    entityId,
    before: null,
    after,
  });
  await writeWithAudit(documents(), table.tableName, [], record);
  return record;
}

const ids = (page: Page<AuditRecord>) => page.edges.map((edge) => edge.node.id);

/** Every page of a query, following the cursors; and the Queries each page cost. */
async function allPages(
  args: Omit<Parameters<typeof searchAuditRecords>[1], 'after'>,
): Promise<{ ids: string[]; pages: number; queriesPerPage: number[] }> {
  const found: string[] = [];
  const queriesPerPage: number[] = [];
  let after: string | null = null;
  do {
    const meter = new ReadMeter();
    const page: Page<AuditRecord> = await withReadMeter(meter, () =>
      searchAuditRecords(commission, { ...args, after }, { auditTrail: trail }),
    );
    queriesPerPage.push(meter.reads);
    found.push(...ids(page));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  return { ids: found, pages: queriesPerPage.length, queriesPerPage };
}

const r: Record<string, AuditRecord> = {};

beforeAll(async () => {
  table = await createTestTable();
  meterReads(table.client);
  trail = new DynamoAuditTrail(documents(), table.tableName);
  // Around the CST midnight between 2026-12-01 and 2026-12-02 (16:00Z), and the one before 12-01.
  r['lastOfNov30'] = await recorded(
    alice,
    '2026-12-01T00:00:00.000+08:00',
    'ENTERPRISE',
    '913101180DM95UY1CJ',
  );
  r['beforeDec1'] = await recorded(
    alice,
    '2026-11-30T23:59:59.999+08:00',
    'ENTERPRISE',
    '913101180DM95UY1CJ',
  );
  r['late'] = await recorded(alice, '2026-12-01T23:30:00+08:00', 'PAYMENT', PAYMENT_ID);
  r['early'] = await recorded(bob, '2026-12-02T00:30:00+08:00', 'PAYMENT', PAYMENT_ID);
  r['bobNoon'] = await recorded(bob, '2026-12-01T12:00:00+08:00', 'PAYMENT_BATCH', 'BATCH-1');
  r['workflow'] = await recorded(WORKFLOW_ACTOR, '2026-12-01T09:00:00+08:00', 'PROJECT', 'PRJ-APP-1');
  // Older months: October and November, for walks across months.
  r['oct'] = await recorded(alice, '2026-10-01T00:00:00+08:00', 'APPLICATION', 'APP-1');
  r['nov'] = await recorded(SYSTEM_ACTOR, '2026-11-15T10:00:00+08:00', 'POLICY_VERSION', 'QP-2022');
  r['sep'] = await recorded(alice, '2026-09-30T23:59:00+08:00', 'APPLICATION', 'APP-1');
}, 60_000);
afterAll(async () => table.drop());

describe('the audit trail across records (issue 17)', () => {
  it('by CST date: a change at 23:30 belongs to 12-01, one at 00:30 to 12-02, midnight to the day it starts', async () => {
    const dec1 = await searchAuditRecords(
      commission,
      { filter: { from: '2026-12-01', to: '2026-12-01' } },
      { auditTrail: trail },
    );
    expect(ids(dec1)).toEqual([r['late'], r['bobNoon'], r['workflow'], r['lastOfNov30']].map((x) => x?.id));
    const dec2 = await searchAuditRecords(
      commission,
      { filter: { from: '2026-12-02', to: '2026-12-02' } },
      { auditTrail: trail },
    );
    expect(ids(dec2)).toEqual([r['early']?.id]);
  });

  it('by actor, newest or oldest first, narrowed by a range or a type', async () => {
    const newest = await allPages({ filter: { actorId: 'alice' }, first: 100 });
    expect(newest.ids).toEqual(
      [r['late'], r['lastOfNov30'], r['beforeDec1'], r['oct'], r['sep']].map((x) => x?.id),
    );
    const oldest = await allPages({ filter: { actorId: 'alice' }, order: 'OLDEST_FIRST', first: 100 });
    expect(oldest.ids).toEqual([...newest.ids].reverse());
    const inDecember = await allPages({ filter: { actorId: 'alice', from: '2026-12-01', to: '2026-12-31' } });
    expect(inDecember.ids).toEqual([r['late'], r['lastOfNov30']].map((x) => x?.id));
    const payments = await allPages({ filter: { actorId: 'bob', entityType: 'PAYMENT' } });
    expect(payments.ids).toEqual([r['early']?.id]);
    const system = await allPages({ filter: { actorId: 'workflow' } });
    expect(system.ids).toEqual([r['workflow']?.id]);
  });

  it('by entity type, with its actor and role; a payment id of 89 characters has its trail', async () => {
    const page = await searchAuditRecords(
      commission,
      { filter: { entityType: 'PAYMENT' } },
      { auditTrail: trail },
    );
    expect(page.edges.map(({ node }) => [node.entityId, node.actorId, node.actorRole])).toEqual([
      [PAYMENT_ID, 'bob', 'FINANCE'],
      [PAYMENT_ID, 'alice', 'ECONOMIC_COMMISSION'],
    ]);
    expect(PAYMENT_ID).toHaveLength(89);
    const own = await readAuditTrail(commission, { entityId: PAYMENT_ID }, { auditTrail: trail });
    expect(ids(own)).toEqual([r['early'], r['late']].map((x) => x?.id));
    const policy = await allPages({
      filter: { entityType: 'POLICY_VERSION', from: '2026-11-01', to: '2026-11-30' },
    });
    expect(policy.ids).toEqual([r['nov']?.id]);
  });

  it('pages a date range across months both ways, a bounded number of Queries a page, nothing twice', async () => {
    const range = { from: '2026-10-01', to: '2026-12-31' };
    const newest = await allPages({ filter: range, first: 2 });
    expect(newest.ids).toEqual(
      [
        r['early'],
        r['late'],
        r['bobNoon'],
        r['workflow'],
        r['lastOfNov30'],
        r['beforeDec1'],
        r['nov'],
        r['oct'],
      ].map((x) => x?.id),
    );
    expect(newest.pages).toBe(4);
    // Three months at most, plus the Query that finds the page full and the one that probes what follows.
    expect(Math.max(...newest.queriesPerPage)).toBeLessThanOrEqual(4);
    const oldest = await allPages({ filter: range, first: 3, order: 'OLDEST_FIRST' });
    expect(oldest.ids).toEqual([...newest.ids].reverse());
  });

  it('refuses a cursor of another query as bad input', async () => {
    const page = await searchAuditRecords(
      commission,
      { filter: { actorId: 'alice' }, first: 1 },
      { auditTrail: trail },
    );
    const refused = searchAuditRecords(
      commission,
      { filter: { actorId: 'bob' }, after: page.endCursor },
      { auditTrail: trail },
    );
    await expect(refused).rejects.toThrow(InvalidInput);
    const otherRange = searchAuditRecords(
      commission,
      { filter: { actorId: 'alice', from: '2026-12-02', to: '2026-12-31' }, after: page.endCursor },
      { auditTrail: trail },
    );
    await expect(otherRange).rejects.toThrow('this cursor belongs to another query');
    const months = await searchAuditRecords(
      commission,
      { filter: { from: '2026-12-01', to: '2026-12-31' }, first: 1 },
      { auditTrail: trail },
    );
    await expect(
      searchAuditRecords(
        commission,
        { filter: { from: '2026-10-01', to: '2026-10-31' }, after: months.endCursor },
        { auditTrail: trail },
      ),
    ).rejects.toThrow('this cursor belongs to another query');
  });

  it('is the commission’s: a town officer is refused', async () => {
    await expect(
      searchAuditRecords(officer, { filter: { actorId: 'alice' } }, { auditTrail: trail }),
    ).rejects.toThrow(Forbidden);
  });
});

/** A file store that counts what is written to it. */
function countingFiles(): FileStore & { written: string[] } {
  const store = testFileStore();
  const written: string[] = [];
  return Object.assign(Object.create(store) as FileStore, {
    written,
    writeStream: (key: string, content: AsyncIterable<Uint8Array>, contentType: string) => {
      written.push(key);
      return store.writeStream(key, content, contentType);
    },
  });
}

describe('exporting the trail in parts (issue 17)', () => {
  it('writes a file of at most the row limit, and the next part from its endCursor; each export is audited', async () => {
    const files = countingFiles();
    const clock = new ManualClock(new Date('2026-12-05T10:00:00+08:00'));
    const ports = { auditTrail: trail, files, clock };
    const filter = { from: '2026-12-01', to: '2026-12-02' };
    const first = await exportAuditRecords(commission, { filter, format: 'CSV' }, ports, 3);
    expect(first).toMatchObject({ rowCount: 3, hasMore: true });
    clock.set(new Date('2026-12-05T10:01:00+08:00'));
    const second = await exportAuditRecords(
      commission,
      { filter, format: 'CSV', after: first.endCursor },
      ports,
      3,
    );
    expect(second).toMatchObject({ rowCount: 2, hasMore: false });
    const rows = async (key: string): Promise<string[][]> =>
      parse(Buffer.from(await files.read(key)), { bom: true, from_line: 2 });
    const exported = [...(await rows(files.written[0] ?? '')), ...(await rows(files.written[1] ?? ''))];
    expect(exported.map((row) => row[8])).toEqual(
      [r['early'], r['late'], r['bobNoon'], r['workflow'], r['lastOfNov30']].map((x) => x?.id),
    );
    expect(exported[0]?.[0]).toBe('2026-12-02T00:30:00.000+08:00');
    // Under the prefix whose lifecycle rule deletes exports a day after they are written.
    expect(files.written.every((key) => key.startsWith(`${PAYMENT_EXPORTS_PREFIX}audit/`))).toBe(true);
    const audited = await searchAuditRecords(
      commission,
      { filter: { entityType: 'AUDIT_EXPORT' } },
      { auditTrail: trail },
    );
    expect(audited.edges.map(({ node }) => [node.actorId, node.operation, node.entityId])).toEqual([
      ['test-economic_commission', 'exportAuditRecords', second.id],
      ['test-economic_commission', 'exportAuditRecords', first.id],
    ]);
    expect(JSON.parse(String(audited.edges[1]?.node.after))).toMatchObject({
      format: 'CSV',
      filter: { from: '2026-12-01', to: '2026-12-02', actorId: null, entityType: null },
      rowCount: 3,
      hasMore: true,
    });
  });

  it('writes nothing on bad input: a range the wrong way round, too long, or a cursor of another query', async () => {
    const files = countingFiles();
    const ports = { auditTrail: trail, files, clock: new ManualClock(new Date()) };
    const before = await tableSnapshot(table);
    await expect(
      exportAuditRecords(
        commission,
        { filter: { from: '2026-12-02', to: '2026-12-01' }, format: 'XLSX' },
        ports,
      ),
    ).rejects.toMatchObject({ issues: [{ path: ['input', 'filter', 'to'] }] });
    await expect(
      exportAuditRecords(
        commission,
        { filter: { from: '2026-01-01', to: '2026-12-31' }, format: 'CSV' },
        ports,
      ),
    ).rejects.toMatchObject({ issues: [{ path: ['input', 'filter', 'to'] }] });
    const page = await searchAuditRecords(
      commission,
      { filter: { actorId: 'alice' }, first: 1 },
      { auditTrail: trail },
    );
    await expect(
      exportAuditRecords(
        commission,
        { filter: { actorId: 'bob' }, format: 'CSV', after: page.endCursor },
        ports,
      ),
    ).rejects.toThrow(InvalidInput);
    await expect(
      exportAuditRecords(officer, { filter: { actorId: 'bob' }, format: 'CSV' }, ports),
    ).rejects.toThrow(Forbidden);
    expect(files.written).toEqual([]);
    expect(await tableSnapshot(table)).toBe(before);
  });
});

describe('the one-off backfill of audit records written before the indexes (issue 17)', () => {
  it('indexes them without changing what they record, once; a second run changes nothing', async () => {
    const legacy = auditRecord(alice, new Date('2026-06-30T20:00:00+08:00'), {
      operation: 'updateEnterprise',
      entityType: 'ENTERPRISE',
      entityId: '91310118QT56L02F4T',
      before: { version: 1 },
      after: { version: 2 },
    });
    // As the code before issue 17 wrote it: no index attributes.
    const item = {
      ...auditKey(legacy),
      entity: 'AuditRecord',
      ...legacy,
      before: JSON.stringify(legacy.before),
      after: JSON.stringify(legacy.after),
    };
    await documents().send(new PutCommand({ TableName: table.tableName, Item: item }));
    const june = { from: '2026-06-30', to: '2026-06-30' };
    expect(ids(await searchAuditRecords(commission, { filter: june }, { auditTrail: trail }))).toEqual([]);

    expect(await backfillAuditIndexes(documents(), table.tableName)).toEqual({ found: 1, indexed: 1 });
    expect(ids(await searchAuditRecords(commission, { filter: june }, { auditTrail: trail }))).toEqual([
      legacy.id,
    ]);
    expect(
      ids(
        await searchAuditRecords(commission, { filter: { entityType: 'ENTERPRISE' } }, { auditTrail: trail }),
      ),
    ).toContain(legacy.id);
    const { Item } = await documents().send(
      new GetCommand({ TableName: table.tableName, Key: auditKey(legacy), ConsistentRead: true }),
    );
    expect(Item).toEqual({
      ...item,
      gsi1pk: 'AUDITMONTH#2026-06',
      gsi1sk: item.sk,
      gsi2pk: 'AUDITACTOR#alice',
      gsi2sk: item.sk,
      gsi3pk: 'AUDITTYPE#ENTERPRISE',
      gsi3sk: item.sk,
    });
    expect(await backfillAuditIndexes(documents(), table.tableName)).toEqual({ found: 0, indexed: 0 });
  });
});
