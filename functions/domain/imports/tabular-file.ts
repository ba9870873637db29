import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { InvalidInput } from '../errors.ts';
import type { ZipLimits } from './zip-inspection.ts';
import { inspectZip } from './zip-inspection.ts';

/**
 * Lists arrive as spreadsheets: XLSX as published, or saved as CSV. A CSV file is read as UTF-8 (with or
 * without a BOM); a file that is not valid UTF-8 is read as GB18030, the superset of GBK that Excel on a
 * Chinese Windows writes, and the conversion is recorded with the import. Anything else fails on its
 * headers with a message naming the columns it could not find.
 */

export interface TabularRow {
  /** The line a spreadsheet shows for the row (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface TabularFile {
  readonly format: 'CSV' | 'XLSX';
  /** `UTF-8`, or `GB18030` when converted. */
  readonly encoding: string;
  readonly header: readonly string[];
  readonly rows: readonly TabularRow[];
}

export interface TabularLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
  /** What a workbook may inflate to (XLSX_LIMITS by default); its sheets' rows are capped at `maxRows`. */
  readonly xlsx?: Omit<ZipLimits, 'maxSheetRows'> | undefined;
}

/**
 * What a workbook may hold before exceljs reads it. A 20,000-line list is about 6.5 MB of sheet XML and
 * 2.5 MB of shared strings, compressed 10 to 17 times: these leave room for wider lists and refuse a
 * spreadsheet bomb (any part over 32 MB, 64 MB in all, or compressed more than 100 times past 100 KB).
 */
export const XLSX_LIMITS: Omit<ZipLimits, 'maxSheetRows'> = {
  maxEntries: 500,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 100,
  ratioGraceBytes: 100 * 1024,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

const refuse = (message: string): InvalidInput => new InvalidInput([{ path: ['file'], message }]);

export async function readTabularFile(bytes: Uint8Array, limits: TabularLimits): Promise<TabularFile> {
  if (bytes.length === 0) throw refuse('the file is empty');
  if (bytes.length > limits.maxBytes) throw refuse(`a list may be at most ${limits.maxBytes} bytes`);
  if (startsWith(bytes, OLE_MAGIC))
    throw refuse('old Excel files (.xls) are not read: save the list as .xlsx or CSV (UTF-8)');
  const file = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
  if (file.header.length === 0) throw refuse('the file has no header row');
  if (file.rows.length > limits.maxRows)
    throw refuse(`a list may have at most ${limits.maxRows} lines; split it into several files`);
  return file;
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'UTF-8',
    };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

function readCsv(bytes: Uint8Array, limits: TabularLimits): TabularFile {
  const { text, encoding } = decode(bytes);
  return {
    format: 'CSV',
    encoding,
    ...csvRows(text, { path: 'file', sameColumns: false, maxRows: limits.maxRows }),
  };
}

/**
 * A CSV text as its header and rows, each with the line a spreadsheet shows it on (blank lines skipped,
 * line breaks inside quoted cells counted). `sameColumns` refuses rows with another number of cells.
 * With `maxRows`, parsing stops one row past it: the caller sees more than `maxRows` rows and refuses the
 * file without the rest being parsed.
 */
export function csvRows(
  text: string,
  options: { readonly path: string; readonly sameColumns: boolean; readonly maxRows?: number },
): { header: string[]; rows: TabularRow[] } {
  type ParsedRecord = { record: string[]; info: { lines: number } };
  let records: ParsedRecord[];
  try {
    // With `info`, csv-parse returns { record, info } pairs; its typings do not follow the option.
    const parsed: unknown = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: !options.sameColumns,
      trim: true,
      info: true,
      // The header, `maxRows` rows and one more to tell that there are too many.
      ...(options.maxRows === undefined ? {} : { to: options.maxRows + 2 }),
    });
    records = parsed as ParsedRecord[];
  } catch (error) {
    throw new InvalidInput([
      { path: [options.path], message: `not readable as CSV: ${(error as Error).message}` },
    ]);
  }
  const [header, ...rows] = records;
  return {
    header: header?.record ?? [],
    rows: rows.map(({ record, info }) => ({
      // The line the record starts on: csv-parse counts to its last line, breaks in quoted cells included.
      line: info.lines - record.reduce((breaks, value) => breaks + (value.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    })),
  };
}

/** A cell as the text a person reads in it; dates as `YYYY-MM-DD` (Excel keeps them as UTC midnight). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return value.text;
    if ('error' in value) return '';
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the remaining cases are numbers, strings and booleans
  return String(value).trim();
}

async function readXlsx(bytes: Uint8Array, limits: TabularLimits): Promise<TabularFile> {
  // Nothing is inflated for exceljs before the workbook's parts and rows are known to be within bounds.
  await inspectZip(bytes, { ...(limits.xlsx ?? XLSX_LIMITS), maxSheetRows: limits.maxRows + 1 });
  // Loaded on first use: exceljs is the heaviest module of the API, and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs reads any byte array; its typings name only Buffer-like types.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw refuse(`not readable as an XLSX workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse('the workbook has no worksheet');
  const rows: TabularRow[] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // `row.values` is 1-based: index 0 is always empty.
    const cells = values.slice(1).map((value) => cellText(value).trim());
    if (cells.every((cell) => cell === '')) return;
    if (header.length === 0) header = cells;
    else rows.push({ line: row.number, cells });
  });
  return { format: 'XLSX', encoding: 'UTF-8', header, rows };
}
