import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWithAudit } from '#adapters/dynamodb/audited-write';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { auditRecord } from '#domain/audit/audit-record';
import type { AuditEntityType, AuditRecord } from '#domain/audit/audit-record';
import { paymentId } from '#domain/payments/payment';
import { AUDIT_EXPORT_HEADER, XLSX_CELL_LIMIT } from '#use-cases/audit/export-audit-records';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { tableSnapshot } from '../support/registry.ts';

/**
 * Issue 17 over HTTP: an inspector's export of the audit trail through the commission — by actor, type
 * and CST date range, as CSV and XLSX opened the way a spreadsheet user and a parser would — and bad
 * ranges refused with their field paths, nothing written.
 */

let api: TestApi;
let commission: string;
const PAYMENT_ID = paymentId(`DOC-${crypto.randomUUID()}`, `PRJ-APP-${crypto.randomUUID()}`);
/** An actor id a spreadsheet would run as a formula if it were written as it is. */
const FORMULA_ACTOR = '=HYPERLINK("http://example.invalid","x")';
const BIG_NOTE = '长'.repeat(40_000);
const r: Record<string, AuditRecord> = {};

async function recorded(
  actor: Parameters<typeof auditRecord>[0],
  at: string,
  entityType: AuditEntityType,
  entityId: string,
  after: unknown,
): Promise<AuditRecord> {
  const record = auditRecord(actor, new Date(at), {
    operation: 'releaseHeldPayment',
    entityType,
    entityId,
    before: { status: 'HELD' },
    after,
  });
  await writeWithAudit(createDocumentClient(api.table.client), api.table.tableName, [], record);
  return record;
}

beforeAll(async () => {
  api = await startTestApi();
  commission = await api.token({ userId: 'inspector-desk', role: 'ECONOMIC_COMMISSION' });
  const formula = { kind: 'user', userId: FORMULA_ACTOR, role: 'ECONOMIC_COMMISSION' } as const;
  r['late'] = await recorded(formula, '2026-12-01T23:30:00+08:00', 'PAYMENT', PAYMENT_ID, {
    status: 'READY',
    reason: '该项目经核查与违规无关',
  });
  r['big'] = await recorded(formula, '2026-12-01T10:00:00+08:00', 'PAYMENT', PAYMENT_ID, { note: BIG_NOTE });
  r['next'] = await recorded(
    { kind: 'user', userId: 'finance-1', role: 'FINANCE' },
    '2026-12-02T00:30:00+08:00',
    'PAYMENT_BATCH',
    'BATCH-1',
    { status: 'SUBMITTED' },
  );
}, 120_000);
afterAll(async () => api.close());

const RECORDS = `edges { node { id at actorId actorRole operation entityType entityId after } }
  pageInfo { hasNextPage endCursor }`;

describe('the audit trail across records over HTTP (issue 17)', () => {
  it('reads a CST day: 23:30 on 12-01 is 12-01, 00:30 on 12-02 is not', async () => {
    const { body } = await api.query(
      `{ auditRecords(filter: { from: "2026-12-01", to: "2026-12-01" }) { ${RECORDS} } }`,
      { token: commission },
    );
    expect(body.errors).toBeUndefined();
    const nodes = (body.data?.['auditRecords'] as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.map((node) => [node['id'], node['at']])).toEqual([
      [r['late']?.id, '2026-12-01T23:30:00.000+08:00'],
      [r['big']?.id, '2026-12-01T10:00:00.000+08:00'],
    ]);
  });

  it('reads by actor and type, oldest first, paged; and a payment id’s own trail', async () => {
    const page = async (after: string | null) =>
      (
        await api.query(
          `query($actor: String, $after: String) {
            auditRecords(filter: { actorId: $actor, entityType: PAYMENT }, order: OLDEST_FIRST, first: 1, after: $after) { ${RECORDS} }
          }`,
          { token: commission, variables: { actor: FORMULA_ACTOR, after } },
        )
      ).body.data?.['auditRecords'] as {
        edges: { node: { id: string; entityId: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    const first = await page(null);
    expect(first.edges.map((edge) => edge.node.id)).toEqual([r['big']?.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((edge) => edge.node.id)).toEqual([r['late']?.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const trail = await api.query('query($id: ID!) { auditTrail(entityId: $id) { edges { node { id } } } }', {
      token: commission,
      variables: { id: PAYMENT_ID },
    });
    expect(PAYMENT_ID.length).toBeGreaterThan(64);
    expect(trail.body.data?.['auditTrail']).toEqual({
      edges: [{ node: { id: r['late']?.id } }, { node: { id: r['big']?.id } }],
    });
  });

  it('refuses a range the wrong way round or over 92 days with the field’s path, and writes nothing', async () => {
    const before = await tableSnapshot(api.table);
    const wrongWay = await api.query(
      '{ auditRecords(filter: { from: "2026-12-02", to: "2026-12-01" }) { edges { cursor } } }',
      { token: commission },
    );
    expect(wrongWay.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['filter', 'to'],
          message: 'to (2026-12-01) is before from (2026-12-02)',
          messageZh: '结束日期（2026-12-01）早于开始日期（2026-12-02）',
        },
      ],
      messageZh: '输入有误：filter.to：结束日期（2026-12-01）早于开始日期（2026-12-02）',
      messageEn: 'filter.to: to (2026-12-01) is before from (2026-12-02)',
    });
    const EXPORT =
      'mutation($input: ExportAuditRecordsInput!) { exportAuditRecords(input: $input) { url rowCount } }';
    const tooLong = await api.query(EXPORT, {
      token: commission,
      variables: { input: { filter: { from: '2026-09-01', to: '2026-12-02' }, format: 'XLSX' } },
    });
    expect(tooLong.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['input', 'filter', 'to'],
          message: 'a range covers at most 92 days (this one 93): export it in parts',
          messageZh: '日期范围最多 92 天（本次 93 天），请分段导出',
        },
      ],
      messageZh: '输入有误：input.filter.to：日期范围最多 92 天（本次 93 天），请分段导出',
      messageEn: 'input.filter.to: a range covers at most 92 days (this one 93): export it in parts',
    });
    const wrongWayExport = await api.query(EXPORT, {
      token: commission,
      variables: { input: { filter: { from: '2026-12-02', to: '2026-12-01' }, format: 'CSV' } },
    });
    expect(wrongWayExport.body.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        path: ['input', 'filter', 'to'],
        message: 'to (2026-12-01) is before from (2026-12-02)',
        messageZh: '结束日期（2026-12-01）早于开始日期（2026-12-02）',
      },
    ]);
    const officer = await api.token({ userId: 'officer-1', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
    const refused = await api.query(EXPORT, {
      token: officer,
      variables: { input: { filter: { from: '2026-12-01', to: '2026-12-02' }, format: 'CSV' } },
    });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await tableSnapshot(api.table)).toBe(before);
  });
});

describe('the export for inspectors (issue 17)', () => {
  const EXPORT = `mutation($input: ExportAuditRecordsInput!) {
    exportAuditRecords(input: $input) { id url expiresAt fileName rowCount hasMore endCursor }
  }`;
  const exported = async (format: 'CSV' | 'XLSX') => {
    const { body } = await api.query(EXPORT, {
      token: commission,
      variables: {
        input: { filter: { from: '2026-12-01', to: '2026-12-02' }, format, order: 'OLDEST_FIRST' },
      },
    });
    expect(body.errors).toBeUndefined();
    const file = body.data?.['exportAuditRecords'] as {
      id: string;
      url: string;
      fileName: string;
      rowCount: number;
      hasMore: boolean;
    };
    expect(file).toMatchObject({
      rowCount: 3,
      hasMore: false,
      fileName: `${file.id}.${format.toLowerCase()}`,
    });
    return { ...file, bytes: Buffer.from(await (await fetch(file.url)).arrayBuffer()) };
  };

  it('writes CSV a parser reads back whole: CST times, formulas kept as text, before and after as JSON', async () => {
    const { bytes } = await exported('CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true });
    expect(rows[0]).toEqual(AUDIT_EXPORT_HEADER);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[4], row[5], row[8]])).toEqual([
      [
        '2026-12-01T10:00:00.000+08:00',
        `'${FORMULA_ACTOR}`,
        'ECONOMIC_COMMISSION',
        'PAYMENT',
        PAYMENT_ID,
        r['big']?.id,
      ],
      [
        '2026-12-01T23:30:00.000+08:00',
        `'${FORMULA_ACTOR}`,
        'ECONOMIC_COMMISSION',
        'PAYMENT',
        PAYMENT_ID,
        r['late']?.id,
      ],
      ['2026-12-02T00:30:00.000+08:00', 'finance-1', 'FINANCE', 'PAYMENT_BATCH', 'BATCH-1', r['next']?.id],
    ]);
    // Issue 18: the role and the kind of record as a person reads them, after the codes.
    expect(rows.slice(1).map((row) => [row[9], row[10]])).toEqual([
      ['区经委', '拨付'],
      ['区经委', '拨付'],
      ['区财政局', '支付批次'],
    ]);
    expect(rows[1]?.[3]).toBe('releaseHeldPayment');
    expect(JSON.parse(rows[1]?.[6] ?? '')).toEqual({ status: 'HELD' });
    // The CSV keeps a long record whole.
    expect(JSON.parse(rows[1]?.[7] ?? '')).toEqual({ note: BIG_NOTE });
    expect(JSON.parse(rows[2]?.[7] ?? '')).toEqual({ status: 'READY', reason: '该项目经核查与违规无关' });
  });

  it('writes XLSX Excel opens: text cells, never formulas, a JSON longer than a cell cut with a note', async () => {
    const { bytes } = await exported('XLSX');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = (row: number) =>
      ((sheet?.getRow(row).values ?? []) as unknown[]).slice(1).map((value) => String(value));
    expect(values(1)).toEqual(AUDIT_EXPORT_HEADER);
    expect(sheet?.rowCount).toBe(4);
    const actor = sheet?.getRow(2).getCell(2);
    expect(actor?.type).toBe(ExcelJS.ValueType.String);
    expect(actor?.value).toBe(`'${FORMULA_ACTOR}`);
    const cut = sheet?.getRow(2).getCell(8).text ?? '';
    expect(cut.length).toBeLessThanOrEqual(XLSX_CELL_LIMIT);
    expect(cut).toMatch(/…\[cut: \d+ characters; the CSV export and the API carry it whole\]$/);
    expect(values(4).slice(0, 6)).toEqual([
      '2026-12-02T00:30:00.000+08:00',
      'finance-1',
      'FINANCE',
      'releaseHeldPayment',
      'PAYMENT_BATCH',
      'BATCH-1',
    ]);
  });

  it('records each export in the trail: who exported what, how many rows', async () => {
    const { body } = await api.query(
      `{ auditRecords(filter: { entityType: AUDIT_EXPORT, actorId: "inspector-desk" }) { ${RECORDS} } }`,
      { token: commission },
    );
    const nodes = (body.data?.['auditRecords'] as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes[0]).toMatchObject({ actorRole: 'ECONOMIC_COMMISSION', operation: 'exportAuditRecords' });
    expect(JSON.parse(String(nodes[0]?.['after']))).toMatchObject({
      format: 'XLSX',
      filter: { from: '2026-12-01', to: '2026-12-02' },
      order: 'OLDEST_FIRST',
      rowCount: 3,
      hasMore: false,
    });
  });
});
