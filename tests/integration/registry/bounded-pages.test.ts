import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Enterprise } from '#domain/registry/enterprise';
import type { AppServices } from '#graphql/context';
import { itemsReadBound } from '#adapters/dynamodb/paging';
import { asReport, ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import { RequestBudgetExceeded } from '#domain/errors';
import { listEnterprises } from '#use-cases/registry/enterprise-queries';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, seedEnterprises, user } from '../../support/registry.ts';
import { demoCreditCode, demoEnterprises } from '../../../local/demo-data.ts';

const ENTERPRISES = 1200;
let table: TestTable;
let app: AppServices;
let queries = 0;

beforeAll(async () => {
  ({ table, app } = await createRegistry());
  const now = new Date('2026-11-29T02:00:00Z');
  // Names sort by index: every demo name begins with 上海, this one (鼎) after all of them.
  const records = demoEnterprises(ENTERPRISES + 1).map((record, index) =>
    index === ENTERPRISES
      ? { ...record, creditCode: demoCreditCode(999_999), name: '鼎泰精密机械有限公司' }
      : record,
  );
  await seedEnterprises(app.enterprises, records, now);
  table.client.middlewareStack.add(
    (next, context) => (args) => {
      if (context.commandName === 'QueryCommand') queries += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countQueries' },
  );
}, 120_000);
afterAll(async () => table.drop());

const commission = user('ECONOMIC_COMMISSION');

describe('queryPage reads a bounded number of items whatever the filter (DynamoDB Local)', () => {
  it('answers a filter matching nothing over 1,200 enterprises with an empty page and a cursor, after a bounded number of queries', async () => {
    const before = queries;
    const page = await listEnterprises(commission, { first: 1, filter: { search: '不存在' } }, app);
    expect(page.edges).toEqual([]);
    expect(page.hasNextPage).toBe(true);
    expect(page.endCursor).toEqual(expect.any(String));
    // One bounded bite (at most itemsReadBound(1) items), not the whole partition.
    expect(queries - before).toBeGreaterThanOrEqual(1);
    expect(queries - before).toBeLessThanOrEqual(Math.ceil(itemsReadBound(1) / 100));
  });

  it('following the cursors finds a match far down, each page within its bound, and then ends', async () => {
    let after: string | null = null;
    let requests = 0;
    const found: string[] = [];
    let hasNextPage = true;
    while (hasNextPage) {
      const before = queries;
      const page = await listEnterprises(commission, { first: 1, after, filter: { search: '鼎泰' } }, app);
      expect(queries - before).toBeLessThanOrEqual(Math.ceil(itemsReadBound(1) / 100) + 1);
      found.push(...page.edges.map((edge) => edge.node.name));
      requests += 1;
      hasNextPage = page.hasNextPage;
      after = page.endCursor;
      expect(requests).toBeLessThan(50);
    }
    expect(found).toEqual(['鼎泰精密机械有限公司']);
    expect(requests).toBeGreaterThan(ENTERPRISES / itemsReadBound(1) - 1);
  });

  it('a page of 100 with filters matching nothing reads at most 500 items', async () => {
    const before = queries;
    const page = await listEnterprises(
      commission,
      { first: 100, filter: { search: '不存在', eligible: true } },
      app,
    );
    expect(page.edges).toEqual([]);
    expect(page.hasNextPage).toBe(true);
    expect(queries - before).toBeLessThanOrEqual(5);
  });
});

describe('a request past its read budget is refused with REQUEST_BUDGET_EXCEEDED, never after it wrote', () => {
  it('refuses the read past the budget', async () => {
    const meter = new ReadMeter(3);
    const walk = withReadMeter(meter, async () => {
      let after: string | null = null;
      do {
        const page = await listEnterprises(commission, { first: 1, after, filter: { search: '鼎泰' } }, app);
        after = page.hasNextPage ? page.endCursor : null;
      } while (after !== null);
    });
    await expect(walk).rejects.toMatchObject({ code: 'REQUEST_BUDGET_EXCEEDED' });
    await expect(walk).rejects.toThrow(RequestBudgetExceeded);
    expect(meter.reads).toBe(3);
  });

  it('once the request has written, its reads are counted but not refused', async () => {
    const meter = new ReadMeter(0);
    const now = new Date('2026-11-29T02:00:00Z');
    const record = demoEnterprises(ENTERPRISES + 2)[ENTERPRISES + 1];
    if (record === undefined) throw new Error('no demo enterprise');
    const enterprise: Enterprise = {
      ...record,
      creditCode: demoCreditCode(888_888),
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await withReadMeter(meter, async () => {
      await expect(app.enterprises.get(enterprise.creditCode)).rejects.toThrow(RequestBudgetExceeded);
      const change = {
        operation: 'seedDemoData',
        entityType: 'ENTERPRISE',
        entityId: enterprise.creditCode,
        before: null,
        after: enterprise,
      } as const;
      await app.enterprises.create(enterprise, auditRecord(SYSTEM_ACTOR, now, change));
      await expect(app.enterprises.get(enterprise.creditCode)).resolves.toMatchObject({ version: 1 });
    });
    expect(meter.reads).toBe(1);
  });

  it('a report reads everything under its own limit, not the request budget, and is counted apart', async () => {
    const meter = new ReadMeter(3);
    const found = await withReadMeter(meter, () =>
      asReport(async () => {
        const names: string[] = [];
        let after: string | null = null;
        do {
          const page = await listEnterprises(
            commission,
            { first: 1, after, filter: { search: '鼎泰' } },
            app,
          );
          names.push(...page.edges.map((edge) => edge.node.name));
          after = page.hasNextPage ? page.endCursor : null;
        } while (after !== null);
        return names;
      }),
    );
    expect(found).toEqual(['鼎泰精密机械有限公司']);
    expect(meter.reads).toBe(0);
    expect(meter.reportReads).toBeGreaterThan(3);
  });
});
