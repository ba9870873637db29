import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Clock } from '#domain/clock';
import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Enterprise } from '#domain/registry/enterprise';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import type { Principal, Role } from '#domain/identity/principal';
import { createAppServices } from '#graphql/app-services';
import type { AppServices } from '#graphql/context';
import { prepareDatabase } from '../../local/local-api.ts';
import { testFileStore } from './files.ts';
import { ManualClock } from '#domain/waitable-clock';
import { localWorkflow } from '../../local/workflow/local-workflow-engine.ts';
import { localImports } from '../../local/local-import-queue.ts';
import type { TestTable } from './dynamo.ts';
import { createTestTable } from './dynamo.ts';

/** A registry on a fresh DynamoDB Local table, with towns seeded and a clock the test sets. */
export async function createRegistry(now = new Date('2026-11-29T02:00:00Z')): Promise<{
  table: TestTable;
  app: AppServices;
  clock: Clock & { set(instant: Date): void };
}> {
  const table = await createTestTable();
  const clock = new ManualClock(now);
  await prepareDatabase(table.client, table.tableName, { demo: false, demoPolicy: true, clock });
  const app = createAppServices({
    mode: 'development',
    dynamo: table.client,
    tableName: table.tableName,
    clock,
    files: testFileStore(clock),
    workflow: localWorkflow(clock, (projectId, error) => {
      throw new Error(`workflow of ${projectId} failed: ${String(error)}`);
    }),
    imports: localImports((job, error) => {
      throw new Error(`import ${job.importId} failed: ${String(error)}`);
    }),
  });
  return { table, app, clock };
}

/** Every item in the table, for proving that a refused request wrote nothing (tests only; the API never scans). */
export async function tableSnapshot(
  table: TestTable,
  options: {
    /** Keys whose items other work may be changing meanwhile (a workflow flagging its stage overdue). */
    readonly ignoringPrefixes?: readonly string[];
  } = {},
): Promise<string> {
  const { Items } = await table.client.send(
    new ScanCommand({ TableName: table.tableName, ConsistentRead: true }),
  );
  const ignored = (item: Record<string, { S?: string }>) =>
    (options.ignoringPrefixes ?? []).some((prefix) => item['pk']?.S?.startsWith(prefix) === true);
  return JSON.stringify(
    (Items ?? [])
      .filter((item) => !ignored(item))
      .map((item) => JSON.stringify(item))
      .sort(),
  );
}

export function user(
  role: Role,
  scope: { town?: string; creditCode?: string; providerId?: string } = {},
): Principal {
  return { kind: 'user', userId: `test-${role.toLowerCase()}`, role, ...scope };
}

/** A complete, valid enterprise input in Zhujiajiao; override what a test is about. */
export function enterpriseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    creditCode: '913101180DM95UY1CJ',
    name: '上海青禾精密机械有限公司',
    town: 'ZHUJIAJIAO',
    registeredAddress: '上海市青浦区朱家角镇沪青平公路1号',
    businessInQingpu: true,
    taxInQingpu: true,
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
    principalName: '王建国',
    contacts: [{ name: '李经理', phone: '021-59701234' }],
    ...overrides,
  };
}

/** Registers many enterprises directly (50 at a time, each with its audit record): a large registry fast. */
export async function seedEnterprises(
  enterprises: Pick<EnterpriseRepository, 'create'>,
  records: readonly Omit<Enterprise, 'version' | 'createdAt' | 'updatedAt'>[],
  now: Date,
): Promise<void> {
  const stamp = { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  for (let start = 0; start < records.length; start += 50) {
    await Promise.all(
      records.slice(start, start + 50).map((record) => {
        const enterprise: Enterprise = { ...record, ...stamp };
        const change = {
          operation: 'seedDemoData',
          entityType: 'ENTERPRISE',
          entityId: enterprise.creditCode,
          before: null,
          after: enterprise,
        } as const;
        return enterprises.create(enterprise, auditRecord(SYSTEM_ACTOR, now, change));
      }),
    );
  }
}
