import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { AuditFilterInput, AuditOrder, AuditQuery } from '#domain/audit/audit-query';
import { parseAuditQuery } from '#domain/audit/audit-query';
import { auditRecord } from '#domain/audit/audit-record';
import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import { authorize } from '#domain/authorization/policy';
import { neutralised } from '#domain/benchmark/import-report-csv';
import type { Clock } from '#domain/clock';
import type { FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import { actorRoleLabel } from '#domain/messages/audit';
import { enumLabel } from '#domain/messages/enum-labels';
import { formatCst } from '#domain/time/cst';
import type { Page } from '#domain/validation';

/**
 * The most audit records one export file holds. A range with more is exported in parts: the file ends at
 * this many rows with `hasMore` and an `endCursor` to pass as `after` for the next part. Reading them runs
 * under the report read limit (REPORT_READ_LIMIT), not a request's budget: 10,000 records are a few dozen
 * Queries.
 */
export const AUDIT_EXPORT_ROW_LIMIT = 10_000;

/** How long the download link works, as for payment batch exports. */
const EXPORT_SECONDS = 5 * 60;

/** Records read per Query while exporting (DynamoDB returns at most 1 MB a call, whatever this says). */
const EXPORT_READ_PAGE = 500;

/** Excel keeps at most this many characters in a cell: a longer JSON is cut in the XLSX (never in the CSV). */
export const XLSX_CELL_LIMIT = 32_767;

export const AUDIT_EXPORT_HEADER = [
  '时间（北京时间） time (CST)',
  '操作人 actor',
  '角色 role',
  '操作 operation',
  '对象类型 entity type',
  '对象编号 entity id',
  '变更前 before (JSON)',
  '变更后 after (JSON)',
  '记录编号 audit record id',
  // Issue 18: the role and the kind of record as a person reads them (the codes stay where they were).
  '角色名称 role label',
  '对象类型名称 entity type label',
];

export type ExportFormat = 'CSV' | 'XLSX';

export interface AuditExport {
  /** The export's own id: its audit record's entity id. */
  readonly id: string;
  readonly url: string;
  readonly expiresAt: string;
  readonly fileName: string;
  readonly rowCount: number;
  /** More records match than this file holds: export again with `after: endCursor`. */
  readonly hasMore: boolean;
  readonly endCursor: string | null;
}

const asJson = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** One record as the row of the export, every cell text a spreadsheet cannot run as a formula. */
export const auditRow = (record: AuditRecord): string[] =>
  [
    formatCst(new Date(record.at)),
    record.actorId,
    record.actorRole,
    record.operation,
    record.entityType,
    record.entityId,
    asJson(record.before),
    asJson(record.after),
    record.id,
    actorRoleLabel(record.actorRole).zh,
    enumLabel('AuditEntityType', record.entityType).zh,
  ].map(neutralised);

/** A cell Excel can hold: a longer text is cut, saying how long it was and where to read it whole. */
export function xlsxCell(text: string): string {
  if (text.length <= XLSX_CELL_LIMIT) return text;
  const note = ` …[cut: ${text.length} characters; the CSV export and the API carry it whole]`;
  return `${text.slice(0, XLSX_CELL_LIMIT - note.length)}${note}`;
}

/** What the reading found, known once the file is written. */
interface Progress {
  rowCount: number;
  hasMore: boolean;
  endCursor: string | null;
}

/**
 * The matching records in order, page after page, up to the row limit. The first page is read before the
 * file is opened, so a cursor of another query is refused before anything is written.
 */
async function matchingRecords(
  query: AuditQuery,
  after: string | null,
  auditTrail: AuditTrail,
  rowLimit: number,
): Promise<{ readonly progress: Progress; readonly records: AsyncGenerator<AuditRecord> }> {
  const progress: Progress = { rowCount: 0, hasMore: false, endCursor: after };
  const read = (cursor: string | null) =>
    auditTrail.search(query, { first: EXPORT_READ_PAGE, after: cursor });
  const first = await read(after);
  async function* records(): AsyncGenerator<AuditRecord> {
    let page: Page<AuditRecord> = first;
    for (;;) {
      for (const edge of page.edges) {
        if (progress.rowCount === rowLimit) {
          progress.hasMore = true;
          return;
        }
        yield edge.node;
        progress.rowCount += 1;
        progress.endCursor = edge.cursor;
      }
      if (!page.hasNextPage || page.endCursor === null) return;
      if (progress.rowCount === rowLimit) {
        progress.hasMore = true;
        return;
      }
      page = await read(page.endCursor);
    }
  }
  return { progress, records: records() };
}

/** CSV for Excel and for parsers: UTF-8 with a BOM, CRLF, one row per record, 500 rows a chunk. */
async function* csvChunks(records: AsyncIterable<AuditRecord>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${stringify([AUDIT_EXPORT_HEADER], { record_delimiter: '\r\n' })}`);
  let rows: string[][] = [];
  for await (const record of records) {
    rows.push(auditRow(record));
    if (rows.length === 500) {
      yield encoder.encode(stringify(rows, { record_delimiter: '\r\n' }));
      rows = [];
    }
  }
  if (rows.length > 0) yield encoder.encode(stringify(rows, { record_delimiter: '\r\n' }));
}

/** XLSX through exceljs' streaming writer: rows are committed as they are written. */
async function xlsxStream(records: AsyncIterable<AuditRecord>): Promise<AsyncIterable<Uint8Array>> {
  // Loaded on first use: exceljs is the heaviest module of the API, and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const stream = new PassThrough();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('审计记录 audit trail');
  void (async () => {
    sheet.addRow(AUDIT_EXPORT_HEADER).commit();
    for await (const record of records) sheet.addRow(auditRow(record).map(xlsxCell)).commit();
    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}

/**
 * Exports audit records across records as a file for inspectors (CSV or XLSX): time (CST), actor, role,
 * operation, entity type, entity id, before and after (JSON), the record's id, then the role and the entity
 * type in Chinese (区经委, 拨付…). Headers are Chinese with English beside them.
 *
 * Input: `filter` and `order` as for `searchAuditRecords`, `format`, and `after` (a previous part's
 * `endCursor`). Output: a 5-minute download link, the row count, and whether more records follow.
 * Steps: 1. authorize `exportAuditRecords` (commission); 2. validate the filter (field paths under
 * `['input', 'filter']`); 3. read the first page (a bad cursor is refused here: nothing is written on bad
 * input); 4. write the file under `exports/audit/` (expired by the bucket a day later), at most
 * AUDIT_EXPORT_ROW_LIMIT rows; 5. record the export itself in the audit trail (`AUDIT_EXPORT`: who exported
 * what, how many rows); 6. sign the download. Cells a spreadsheet would run as formulas are kept as text.
 */
export async function exportAuditRecords(
  principal: Principal,
  input: {
    readonly filter: AuditFilterInput;
    readonly order?: AuditOrder | null;
    readonly format: ExportFormat;
    readonly after?: string | null;
  },
  ports: { readonly auditTrail: AuditTrail; readonly files: FileStore; readonly clock: Clock },
  /** Rows a file holds: AUDIT_EXPORT_ROW_LIMIT, smaller in tests of exports in parts. */
  rowLimit: number = AUDIT_EXPORT_ROW_LIMIT,
): Promise<AuditExport> {
  authorize(principal, 'exportAuditRecords');
  const query = parseAuditQuery(input.filter, input.order, ['input', 'filter']);
  const { progress, records } = await matchingRecords(query, input.after ?? null, ports.auditTrail, rowLimit);
  const id = `AUDITEXPORT-${crypto.randomUUID()}`;
  const extension = input.format.toLowerCase();
  const key = `exports/audit/${id}.${extension}`;
  await ports.files.writeStream(
    key,
    input.format === 'CSV' ? csvChunks(records) : await xlsxStream(records),
    input.format === 'CSV'
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  await ports.auditTrail.append(
    auditRecord(principal, ports.clock.now(), {
      operation: 'exportAuditRecords',
      entityType: 'AUDIT_EXPORT',
      entityId: id,
      before: null,
      after: {
        format: input.format,
        filter: {
          actorId: query.actorId ?? null,
          entityType: query.entityType ?? null,
          from: query.dates?.from ?? null,
          to: query.dates?.to ?? null,
        },
        order: query.order,
        after: input.after ?? null,
        file: key,
        ...progress,
      },
    }),
  );
  const fileName = `${id}.${extension}`;
  const ticket = await ports.files.presignDownload({ key, fileName, expiresInSeconds: EXPORT_SECONDS });
  return { id, ...ticket, fileName, ...progress };
}
