import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '#graphql/context';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { testFileStore } from '../../support/files.ts';
import { createRegistry, enterpriseInput, tableSnapshot, user } from '../../support/registry.ts';
import { createImportHandler } from '../../../functions/handlers/import-handler.ts';
import type { LocalFileStore } from '../../../local/local-file-store.ts';

/**
 * The import Lambda's logic against DynamoDB Local, a local stand-in for the imports bucket and the
 * local workflow: EventBridge and S3 events are delivered at least once, so a repeated event must
 * record nothing twice; a file that cannot be imported must fail the invocation (Lambda retries it, then
 * dead-letters it) and write nothing.
 */

const BUCKET = 'imports-bucket';
const ENTERPRISE = { creditCode: '913101180DM95UY1CJ', name: '上海青禾精密机械有限公司' };
const LIST = [
  '企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号',
  `${ENTERPRISE.name},${ENTERPRISE.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-03-01,SH-HANDLER-1`,
].join('\n');

let table: TestTable;
let app: AppServices;
let dropped: LocalFileStore;
let handler: ReturnType<typeof createImportHandler>;

const bridged = (key: string) => ({
  version: '0',
  source: 'aws.s3',
  'detail-type': 'Object Created',
  detail: { bucket: { name: BUCKET }, object: { key, size: 1 } },
});
const countOf = async (prefix: string) =>
  (JSON.parse(await tableSnapshot(table)) as string[]).filter((item) => item.includes(`"pk":{"S":"${prefix}`))
    .length;

beforeAll(async () => {
  ({ table, app } = await createRegistry());
  await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput(ENTERPRISE), app);
  dropped = testFileStore();
  handler = createImportHandler(app, { importsBucket: BUCKET, droppedFiles: dropped });
}, 60_000);
afterAll(async () => table.drop());

describe('import Lambda (R6.7b): lists dropped into the imports bucket', () => {
  it('imports a dropped list once, however often the event is delivered', async () => {
    await dropped.write('2026/市级 名单.csv', new TextEncoder().encode(LIST), 'text/csv');
    const first = await handler(bridged('2026/市级 名单.csv'));
    expect(first.imports).toMatchObject([{ status: 'COMPLETED', counts: { CREATED: 1 } }]);
    // S3's own notification format, key URL-encoded with + for spaces, delivered again.
    const again = await handler({
      Records: [
        {
          s3: {
            bucket: { name: BUCKET },
            object: { key: `2026/${encodeURIComponent('市级')}+${encodeURIComponent('名单')}.csv` },
          },
        },
      ],
    });
    expect(again.imports).toMatchObject([{ id: first.imports[0]?.id, counts: { CREATED: 1 } }]);
    expect(await countOf('CERT#')).toBe(1);
    expect(await countOf('PROJECT#')).toBe(1);
    const record = await app.programme.get('CertificationImport', first.imports[0]?.id ?? '');
    expect(record).toMatchObject({
      runs: 2,
      source: { kind: 'BUCKET', bucket: BUCKET, key: '2026/市级 名单.csv' },
      startedBy: 'imports-bucket:2026/市级 名单.csv',
    });
  });

  it('fails the invocation, writing nothing, for a list it cannot import', async () => {
    await dropped.write('bad.csv', new TextEncoder().encode('名称\n某公司\n'), 'text/csv');
    const before = await tableSnapshot(table);
    await expect(handler(bridged('bad.csv'))).rejects.toThrow(/missing column/);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('refuses events of another bucket and events it does not know', async () => {
    await expect(
      handler({ ...bridged('x.csv'), detail: { bucket: { name: 'other' }, object: { key: 'x.csv' } } }),
    ).rejects.toThrow(/not the imports bucket/);
    await expect(handler({ hello: 'world' })).rejects.toThrow(/not an import event/);
  });
});
