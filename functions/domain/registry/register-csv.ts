import { csvRows } from '../imports/tabular-file.ts';
import { InvalidInput } from '../errors.ts';

/**
 * Towns' enterprise registers arrive as spreadsheets saved as CSV. This reads one: UTF-8 (a BOM is
 * accepted), a header row naming the columns in Chinese or English, one enterprise per line.
 */

export const REGISTER_COLUMNS = {
  creditCode: ['统一社会信用代码', 'creditCode', 'credit_code'],
  name: ['企业名称', 'name'],
  town: ['所属街镇', '街镇', 'town'],
  registeredAddress: ['注册地址', 'registeredAddress'],
  businessInQingpu: ['实际经营地在青浦', 'businessInQingpu'],
  taxInQingpu: ['财税户管地在青浦', 'taxInQingpu'],
  independentLiability: ['独立承担民事责任', 'independentLiability'],
  wellManaged: ['运行管理规范', 'wellManaged'],
  businessStatus: ['经营状态', 'businessStatus'],
  soundFinancialRecords: ['财务制度健全', 'soundFinancialRecords'],
  creditStanding: ['信用记录', 'creditStanding'],
  principalName: ['法定代表人', 'principalName'],
  contactName: ['联系人', 'contactName'],
  contactPhone: ['联系电话', 'contactPhone'],
  contactEmail: ['联系邮箱', 'contactEmail'],
} as const;

export type RegisterColumn = keyof typeof REGISTER_COLUMNS;
const OPTIONAL_COLUMNS: readonly RegisterColumn[] = ['contactName', 'contactPhone', 'contactEmail'];
export const MAX_REGISTER_LINES = 5000;
export const MAX_REGISTER_BYTES = 2_000_000;

export interface RegisterLine {
  /** Line number in the file; the header is line 1. */
  readonly line: number;
  readonly values: Partial<Record<RegisterColumn, string>>;
}

function columnFor(header: string): RegisterColumn | undefined {
  const wanted = header.trim().toLowerCase();
  return (Object.keys(REGISTER_COLUMNS) as RegisterColumn[]).find((column) =>
    REGISTER_COLUMNS[column].some((name) => name.toLowerCase() === wanted),
  );
}

/** Splits the file into lines of named values; refuses the whole file when its shape is wrong. */
export function readRegisterCsv(csv: string): RegisterLine[] {
  if (Buffer.byteLength(csv, 'utf8') > MAX_REGISTER_BYTES) {
    throw new InvalidInput([
      { path: ['csv'], message: `a register file may be at most ${MAX_REGISTER_BYTES} bytes` },
    ]);
  }
  // Parsing stops one line past the limit: a longer file is refused without the rest being read.
  const { header, rows } = csvRows(csv, { path: 'csv', sameColumns: true, maxRows: MAX_REGISTER_LINES });
  if (header.length === 0) throw new InvalidInput([{ path: ['csv'], message: 'the file is empty' }]);
  const columns = header.map(columnFor);
  const unknown = header.filter((_, index) => columns[index] === undefined);
  const missing = (Object.keys(REGISTER_COLUMNS) as RegisterColumn[]).filter(
    (column) => !OPTIONAL_COLUMNS.includes(column) && !columns.includes(column),
  );
  if (missing.length > 0 || unknown.length > 0) {
    throw new InvalidInput([
      ...missing.map((column) => ({
        path: ['csv', column],
        message: `missing column ${REGISTER_COLUMNS[column][0]} (${column})`,
      })),
      ...unknown.map((name) => ({ path: ['csv', name], message: `unknown column "${name}"` })),
    ]);
  }
  if (rows.length > MAX_REGISTER_LINES) {
    throw new InvalidInput([
      { path: ['csv'], message: `a register file may have at most ${MAX_REGISTER_LINES} lines` },
    ]);
  }
  return rows.map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(
      cells.flatMap((value, column) => (columns[column] && value !== '' ? [[columns[column], value]] : [])),
    ),
  }));
}

const YES = ['是', 'y', 'yes', 'true', '1'];
const NO = ['否', 'n', 'no', 'false', '0'];

/** 是/否 and the like as booleans; anything else is left for validation to refuse. */
export function registerBoolean(value: string | undefined): boolean | string | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (YES.includes(lower)) return true;
  if (NO.includes(lower)) return false;
  return value;
}

const STATUS_WORDS: Record<string, string> = {
  正常: 'NORMAL',
  存续: 'NORMAL',
  在业: 'NORMAL',
  异常: 'ABNORMAL',
  经营异常: 'ABNORMAL',
  注销: 'DEREGISTERED',
  吊销: 'REVOKED',
};
const CREDIT_WORDS: Record<string, string> = { 良好: 'GOOD', 不良: 'POOR', 失信: 'POOR' };

export const registerStatus = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : (STATUS_WORDS[value] ?? value.toUpperCase());
export const registerCredit = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : (CREDIT_WORDS[value] ?? value.toUpperCase());
