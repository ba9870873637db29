import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { authorize } from '#domain/authorization/policy';
import { neutralised } from '#domain/benchmark/import-report-csv';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { DownloadTicket, FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import type { Fen } from '#domain/money';
import { yuanText } from '#domain/money';
import { fenInWords } from '#domain/payments/amount-in-words';
import type { BankFileProfileId } from '#domain/payments/bank-file-profiles';
import type { DisbursementDocument } from '#domain/payments/disbursement-document';
import type { Payment } from '#domain/payments/payment';
import type { BatchStatus, PaymentBatch } from '#domain/payments/payments';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';

/**
 * A payment batch as files, each for one reader (docs/finance.md says which is which):
 *
 * - **CSV, for machines** (`exportUrl(format: CSV)`): one row per payment and nothing else — no title, no
 *   totals row a program would take for a payment. Each row carries its batch's header fields (batch,
 *   status, CST dates, maker, checker, the batch's count and total, also in capitals) and its own
 *   document number and amount in yuan, in fen and in capitals. UTF-8 with a BOM. Account numbers and
 *   credit codes are text as they are. Formula guard (OWASP's CSV-injection rule): a text cell that starts
 *   with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`; numbers, dates and codes never
 *   start so, so only a name can carry it.
 * - **XLSX, for people** (`exportUrl(format: XLSX)`): sheet 支付明细 with a title and a header block
 *   (batch, status, CST dates, maker, checker, document numbers), a bold, frozen, filtered column header,
 *   numeric 序号, account numbers and credit codes as text cells, amounts as numbers formatted
 *   `#,##0.00`, a SUM total and the total in capitals. Text is written as shared strings, which Excel
 *   never runs as formulas: no guard character is added, so names reach the reader as they are.
 * - **Bank file** (`bankFileUrl(profile:)`): the bank's own format (bank-file-profiles.ts), only from a
 *   batch released by a second finance user, checked whole before anything is written.
 * - **Results template** (`resultsTemplateUrl`): the file finance fills in from the bank's results.
 *
 * Files are written to the file store once per batch version and handed out as 5-minute links.
 */

const EXPORT_SECONDS = 5 * 60;

export type PeopleFormat = 'CSV' | 'XLSX';
type ExportKind = PeopleFormat | BankFileProfileId | 'RESULTS_TEMPLATE';

/** Where a batch's file of a kind is kept: one per batch version. */
export function exportKey(batch: Pick<PaymentBatch, 'id' | 'version'>, kind: ExportKind): string {
  const base = `exports/${batch.id}/v${batch.version}`;
  switch (kind) {
    case 'CSV':
      return `${base}.csv`;
    case 'XLSX':
      return `${base}.xlsx`;
    case 'RESULTS_TEMPLATE':
      return `${base}.results-template.csv`;
    default:
      return `${base}.${kind.toLowerCase()}.csv`;
  }
}

const STATUS_LABELS: Readonly<Record<BatchStatus, string>> = {
  OPEN: '待复核（未放行，不得付款）',
  SUBMITTED: '已复核放行',
  CLOSED: '已完成',
};
const PAYEE_TYPES: Readonly<Record<Payment['payeeType'], string>> = {
  ENTERPRISE: '企业',
  PROVIDER: '服务商',
};
const NOT_YET = '（未复核）';

/** The payee's unified social credit code: an enterprise's id, or a provider's (`PRV-<code>`) without its prefix. */
const creditCode = (payment: Payment): string =>
  payment.payeeType === 'PROVIDER' ? payment.payeeId.replace(/^PRV-/, '') : payment.payeeId;

/** The CST date of an instant, or '' when there is none. */
const cstDay = (instant: string | undefined): string =>
  instant === undefined ? '' : cstDate(new Date(instant));

/** A batch's payments in order, a page of 100 at a time. */
async function* batchRows(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'>,
): AsyncGenerator<Payment> {
  let after: string | null = null;
  do {
    const page: Page<Payment> = await ports.programme.list('Payment', {
      pattern: 'byBatch',
      value: batch.id,
      first: 100,
      after,
    });
    for (const edge of page.edges) yield edge.node;
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
}

/** The disbursement documents of the payments seen so far, read once each. */
function documentReader(ports: Pick<ProgrammePorts, 'programme'>) {
  const documents = new Map<string, DisbursementDocument | undefined>();
  return async (documentId: string): Promise<DisbursementDocument | undefined> => {
    if (!documents.has(documentId))
      documents.set(documentId, await ports.programme.get('DisbursementDocument', documentId));
    return documents.get(documentId);
  };
}

/** `青经财拨〔2026〕1号（2026-11-29 印发）`: a document as the header block names it. */
const documentLabel = (payment: Payment, document: DisbursementDocument | undefined): string => {
  const issued = cstDay(document?.issuedAt);
  return issued === '' ? payment.documentNumber : `${payment.documentNumber}（${issued} 印发）`;
};

const MACHINE_HEADER = [
  '序号',
  '支付参考号',
  '支付编号',
  '收款方类型',
  '收款方',
  '统一社会信用代码',
  '开户银行',
  '账户名称',
  '银行账号',
  '金额（元）',
  '金额（分）',
  '金额大写',
  '拨付文号',
  '拨付文件印发日期',
  '项目编号',
  '批次编号',
  '批次状态',
  '批次日期',
  '制单人',
  '复核人',
  '复核日期',
  '制表日期',
  '批次笔数',
  '批次金额（元）',
  '批次金额大写',
];

/** The CSV for machines, chunk by chunk: memory stays the same whatever the batch's size. */
export async function* batchCsv(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme' | 'clock'>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const madeOn = cstDate(ports.clock.now());
  const documentOf = documentReader(ports);
  const batchCells = [
    batch.id,
    STATUS_LABELS[batch.status],
    cstDay(batch.createdAt),
    batch.createdBy,
    batch.submittedBy ?? '',
    cstDay(batch.submittedAt),
    madeOn,
    String(batch.paymentCount),
    yuanText(batch.totalFen),
    `人民币${fenInWords(batch.totalFen)}`,
  ];
  const line = (rows: string[][]): Uint8Array =>
    encoder.encode(stringify(rows, { record_delimiter: '\r\n' }));
  yield encoder.encode('\uFEFF');
  yield line([MACHINE_HEADER]);
  let count = 0;
  let lines: string[][] = [];
  for await (const payment of batchRows(batch, ports)) {
    count += 1;
    const document = await documentOf(payment.documentId);
    lines.push([
      String(count),
      payment.reference ?? '',
      payment.id,
      PAYEE_TYPES[payment.payeeType],
      neutralised(payment.payeeName),
      creditCode(payment),
      neutralised(payment.bankAccount?.bankName ?? ''),
      neutralised(payment.bankAccount?.accountName ?? ''),
      payment.bankAccount?.accountNumber ?? '',
      yuanText(payment.amountFen),
      String(payment.amountFen),
      `人民币${fenInWords(payment.amountFen)}`,
      payment.documentNumber,
      cstDay(document?.issuedAt),
      payment.projectId,
      ...batchCells,
    ]);
    if (lines.length === 500) {
      yield line(lines);
      lines = [];
    }
  }
  if (lines.length > 0) yield line(lines);
}

/** The XLSX's columns: header, width, and whether the column holds text that looks like a number. */
const PEOPLE_COLUMNS = [
  { header: '序号', width: 8 },
  { header: '支付参考号', width: 22, text: true },
  { header: '收款方', width: 34 },
  { header: '收款方类型', width: 11 },
  { header: '统一社会信用代码', width: 22, text: true },
  { header: '开户银行', width: 30 },
  { header: '账户名称', width: 34 },
  { header: '银行账号', width: 26, text: true },
  { header: '金额（元）', width: 18 },
  { header: '拨付文号', width: 24 },
  { header: '项目编号', width: 30, text: true },
  { header: '支付编号', width: 44, text: true },
] as const;
const AMOUNT_COLUMN = 9;
const MONEY_FORMAT = '#,##0.00';
/** The sheet's name: what it holds (Excel allows 31 characters, none of []:*?/\). */
export const PEOPLE_SHEET_NAME = '支付明细';
export const PEOPLE_TITLE = '青浦区智能工厂专项资金支付明细表';
/** The header block takes rows 1–4, a blank row, then the column header. */
export const PEOPLE_HEADER_ROW = 6;

/** The documents a batch pays from (a first, light pass), for the header block. */
async function batchDocuments(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<string[]> {
  const documentOf = documentReader(ports);
  const labels = new Map<string, string>();
  for await (const payment of batchRows(batch, ports))
    if (!labels.has(payment.documentId))
      labels.set(payment.documentId, documentLabel(payment, await documentOf(payment.documentId)));
  return [...labels.values()];
}

/** The XLSX for people, through exceljs' streaming writer: rows are committed as they are written. */
async function batchXlsx(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme' | 'clock'>,
): Promise<AsyncIterable<Uint8Array>> {
  // Loaded on first use: exceljs is the heaviest module of the API, and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const documents = await batchDocuments(batch, ports);
  const stream = new PassThrough();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(PEOPLE_SHEET_NAME, {
    views: [
      { state: 'frozen', xSplit: 0, ySplit: PEOPLE_HEADER_ROW, topLeftCell: `A${PEOPLE_HEADER_ROW + 1}` },
    ],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = PEOPLE_COLUMNS.map((column) => ({
    width: column.width,
    ...('text' in column ? { style: { numFmt: '@' } } : {}),
  }));
  const bold = { bold: true };
  void (async () => {
    const title = sheet.getRow(1);
    title.getCell(1).value = PEOPLE_TITLE;
    title.getCell(1).font = { bold: true, size: 14 };
    title.getCell(1).alignment = { horizontal: 'center' };
    sheet.mergeCells(1, 1, 1, PEOPLE_COLUMNS.length);
    title.commit();
    const pairs = (row: number, cells: readonly (readonly [string, string, number])[]) => {
      // Label, value, and how many columns the value spans.
      const sheetRow = sheet.getRow(row);
      let column = 1;
      for (const [label, value, span] of cells) {
        sheetRow.getCell(column).value = label;
        sheetRow.getCell(column).font = bold;
        sheetRow.getCell(column + 1).value = value;
        if (span > 1) sheet.mergeCells(row, column + 1, row, column + span);
        column += span + 1;
      }
      sheetRow.commit();
    };
    pairs(2, [
      ['批次编号', batch.id, 3],
      ['批次状态', STATUS_LABELS[batch.status], 2],
      ['制单人', batch.createdBy, 1],
      ['复核人', batch.submittedBy ?? NOT_YET, 2],
    ]);
    pairs(3, [
      ['批次日期', cstDay(batch.createdAt), 3],
      ['复核日期', batch.submittedAt === undefined ? NOT_YET : cstDay(batch.submittedAt), 2],
      ['制表日期', cstDate(ports.clock.now()), 1],
      ['金额单位', '人民币元（北京时间日期）', 2],
    ]);
    pairs(4, [['拨付文号', documents.join('、'), PEOPLE_COLUMNS.length - 1]]);
    sheet.getRow(5).commit();
    const header = sheet.getRow(PEOPLE_HEADER_ROW);
    PEOPLE_COLUMNS.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = bold;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    let count = 0;
    let total: Fen = 0;
    for await (const payment of batchRows(batch, ports)) {
      count += 1;
      total += payment.amountFen;
      const row = sheet.addRow([
        count,
        payment.reference ?? '',
        payment.payeeName,
        PAYEE_TYPES[payment.payeeType],
        creditCode(payment),
        payment.bankAccount?.bankName ?? '',
        payment.bankAccount?.accountName ?? '',
        payment.bankAccount?.accountNumber ?? '',
        // The cell's number is the fen amount over 100, written once from the integer: Excel shows it
        // exactly at two decimals; the capitals below come from the fen sum.
        payment.amountFen / 100,
        payment.documentNumber,
        payment.projectId,
        payment.id,
      ]);
      row.getCell(AMOUNT_COLUMN).numFmt = MONEY_FORMAT;
      row.commit();
    }
    const first = PEOPLE_HEADER_ROW + 1;
    const last = PEOPLE_HEADER_ROW + count;
    const totals = sheet.addRow(['合计', `${count} 笔`]);
    totals.getCell(AMOUNT_COLUMN).value =
      count === 0 ? 0 : { formula: `SUM(I${first}:I${last})`, result: total / 100 };
    totals.getCell(AMOUNT_COLUMN).numFmt = MONEY_FORMAT;
    totals.eachCell((cell) => (cell.font = bold));
    totals.commit();
    const words = sheet.addRow(['大写', `人民币${fenInWords(total)}`]);
    words.getCell(1).font = bold;
    sheet.mergeCells(words.number, 2, words.number, PEOPLE_COLUMNS.length);
    words.commit();
    sheet.autoFilter = {
      from: { row: PEOPLE_HEADER_ROW, column: 1 },
      to: { row: Math.max(PEOPLE_HEADER_ROW, last), column: PEOPLE_COLUMNS.length },
    };
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}

/** Writes the file once per batch version and returns a short-lived link to it. */
async function storedOnce(
  files: FileStore,
  key: string,
  fileName: string,
  write: () => Promise<void>,
): Promise<DownloadTicket> {
  if ((await files.head(key)) === undefined) await write();
  return files.presignDownload({ key, fileName, expiresInSeconds: EXPORT_SECONDS });
}

/** The batch as CSV (machines) or XLSX (people): from any batch, an open one included (for review). */
export async function exportPaymentBatch(
  principal: Principal,
  batch: PaymentBatch,
  format: PeopleFormat,
  ports: Pick<ProgrammePorts, 'programme' | 'clock'> & { readonly files: FileStore },
): Promise<DownloadTicket> {
  authorize(principal, 'readPayments');
  const key = exportKey(batch, format);
  return storedOnce(ports.files, key, `${batch.id}.${format.toLowerCase()}`, async () =>
    ports.files.writeStream(
      key,
      format === 'CSV' ? batchCsv(batch, ports) : await batchXlsx(batch, ports),
      format === 'CSV'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ),
  );
}

/**
 * R6.6: the bank is sent only what a second finance user released (four eyes): an open batch, or one
 * closed without ever being released (emptied), is refused with its state.
 */
function requireReleased(batch: PaymentBatch, what: string): void {
  if (batch.submittedBy === undefined)
    throw new PolicyViolation(
      'R6.6',
      `batch ${batch.id} is ${batch.status} (${STATUS_LABELS[batch.status]}): ${what} is made only from a batch a second finance user has released (submitPaymentBatch)`,
    );
}

/** Every payment of the batch, reading at most `limit + 1` (enough to know there are too many). */
async function batchPayments(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'>,
  limit: number,
): Promise<Payment[]> {
  const payments: Payment[] = [];
  for await (const payment of batchRows(batch, ports)) {
    payments.push(payment);
    if (payments.length > limit) break;
  }
  return payments;
}

/**
 * The batch as a bank's payment file (招商银行 代发…), only once released. Every row is checked against the
 * profile first — row count, each field's GBK bytes, characters, amount format — and a file with any
 * problem is refused with every line and field named (`BAD_USER_INPUT`), nothing written.
 */
export async function exportBankFile(
  principal: Principal,
  batch: PaymentBatch,
  profileId: BankFileProfileId,
  ports: Pick<ProgrammePorts, 'programme'> & { readonly files: FileStore },
): Promise<DownloadTicket> {
  authorize(principal, 'managePaymentBatches');
  requireReleased(batch, 'a bank file');
  // Loaded when a bank file is made: its GBK tables (iconv-lite, half a megabyte) would otherwise be
  // compiled at every cold start of the GraphQL function (issue 19).
  const { bankFileProfile, checkBankFile, encodeBankFile } =
    await import('#domain/payments/bank-file-profiles');
  const profile = bankFileProfile(profileId);
  if (batch.paymentCount > profile.maxRows)
    throw new InvalidInput([
      {
        path: ['bankFile', 'rows'],
        message: `batch ${batch.id} has ${batch.paymentCount} payments: a ${profile.name} file holds at most ${profile.maxRows}; make batches of at most ${profile.maxRows} (createPaymentBatch maxCount)`,
      },
    ]);
  const key = exportKey(batch, profileId);
  return storedOnce(ports.files, key, `${batch.id}-${profileId}.csv`, async () => {
    const check = checkBankFile(profile, await batchPayments(batch, ports, profile.maxRows));
    if (check.issues.length > 0) throw new InvalidInput(check.issues);
    const csv = stringify([check.header, ...check.rows], { record_delimiter: '\r\n' });
    await ports.files.write(key, encodeBankFile(profile, csv), `text/csv; charset=${profile.encoding}`);
  });
}

/** The results template's columns: what the bank said about each payment, for `uploadPaymentResults`. */
export const RESULTS_TEMPLATE_HEADER = [
  '支付参考号',
  '收款方',
  '账户名称',
  '金额（元）',
  '结果',
  '结果代码',
  '银行流水号',
  '支付日期',
  '失败原因',
  '支付编号',
];

/**
 * The template of the results file for a released batch: one row per payment with its 支付参考号, payee,
 * account name and amount filled in (and its 支付编号, last); finance (or the bank's converter) fills 结果 成功/失败, 结果代码
 * (SUCCESS, ACCOUNT_CLOSED, ACCOUNT_NOT_FOUND, NAME_MISMATCH, ACCOUNT_FROZEN, OTHER), 银行流水号, 支付日期
 * and 失败原因, and uploads it (`uploadPaymentResults`). UTF-8 with a BOM; GBK or XLSX come back as well.
 */
export async function exportResultsTemplate(
  principal: Principal,
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'> & { readonly files: FileStore },
): Promise<DownloadTicket> {
  authorize(principal, 'managePaymentBatches');
  requireReleased(batch, 'a results template');
  const key = exportKey(batch, 'RESULTS_TEMPLATE');
  return storedOnce(ports.files, key, `${batch.id}-results.csv`, async () => {
    const rows: string[][] = [];
    for await (const payment of batchRows(batch, ports))
      rows.push([
        payment.reference ?? '',
        neutralised(payment.payeeName),
        neutralised(payment.bankAccount?.accountName ?? ''),
        yuanText(payment.amountFen),
        '',
        '',
        '',
        '',
        '',
        // For a payment batched before references were given: matched by its id.
        payment.id,
      ]);
    const csv = stringify([RESULTS_TEMPLATE_HEADER, ...rows], { record_delimiter: '\r\n' });
    await ports.files.write(key, new TextEncoder().encode(`\uFEFF${csv}`), 'text/csv; charset=utf-8');
  });
}
