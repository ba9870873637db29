import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { authorize } from '#domain/authorization/policy';
import { neutralised } from '#domain/benchmark/import-report-csv';
import type { DownloadTicket, FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import type { PaymentBatch } from '#domain/payments/payments';
import type { Page } from '#domain/validation';
import type { Payment } from '#domain/payments/payment';
import type { ProgrammePorts } from '../programme/record-change.ts';

/**
 * A batch for the bank, as CSV (UTF-8 with a BOM, so that Excel shows the Chinese names) or XLSX, one row
 * per payment and a totals row. Written page by page to the file store: memory stays the same whatever
 * the batch's size. Cells a spreadsheet would run as formulas are kept as text.
 */

const HEADER = [
  '序号 no',
  '支付编号 paymentId',
  '收款方 payee',
  '收款方类型 payeeType',
  '收款方编号 payeeId',
  '开户银行 bank',
  '账户名称 accountName',
  '银行账号 accountNumber',
  '金额（元） amount (yuan)',
  '拨付文号 document',
  '项目 project',
];
const EXPORT_SECONDS = 5 * 60;

const yuan = (fen: number): string => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

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

const cells = (payment: Payment, index: number): string[] =>
  [
    String(index + 1),
    payment.id,
    payment.payeeName,
    payment.payeeType,
    payment.payeeId,
    payment.bankAccount?.bankName ?? '',
    payment.bankAccount?.accountName ?? '',
    payment.bankAccount?.accountNumber ?? '',
    yuan(payment.amountFen),
    payment.documentNumber,
    payment.projectId,
  ].map(neutralised);

/** The CSV, chunk by chunk; the totals row counts what was written, so it always matches the rows. */
export async function* batchCsv(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'>,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${stringify([HEADER], { record_delimiter: '\r\n' })}`);
  let count = 0;
  let total = 0;
  let lines: string[][] = [];
  for await (const payment of batchRows(batch, ports)) {
    lines.push(cells(payment, count));
    count += 1;
    total += payment.amountFen;
    if (lines.length === 500) {
      yield encoder.encode(stringify(lines, { record_delimiter: '\r\n' }));
      lines = [];
    }
  }
  lines.push(['合计 total', String(count), '', '', '', '', '', '', yuan(total), '', '']);
  yield encoder.encode(stringify(lines, { record_delimiter: '\r\n' }));
}

/** The XLSX, through exceljs' streaming writer: rows are committed as they are written. */
async function batchXlsx(
  batch: PaymentBatch,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<AsyncIterable<Uint8Array>> {
  // Loaded on first use: exceljs is the heaviest module of the API, and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const stream = new PassThrough();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(batch.id.slice(0, 31));
  void (async () => {
    sheet.addRow(HEADER).commit();
    let count = 0;
    let total = 0;
    for await (const payment of batchRows(batch, ports)) {
      // Account numbers and ids stay text: a spreadsheet would round a long number.
      sheet
        .addRow([
          ...cells(payment, count).slice(0, 8),
          payment.amountFen / 100,
          payment.documentNumber,
          payment.projectId,
        ])
        .commit();
      count += 1;
      total += payment.amountFen;
    }
    sheet.addRow(['合计 total', count, '', '', '', '', '', '', total / 100, '', '']).commit();
    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}

/** Writes the export to the file store and returns a short-lived link to it. */
export async function exportPaymentBatch(
  principal: Principal,
  batch: PaymentBatch,
  format: 'CSV' | 'XLSX',
  ports: Pick<ProgrammePorts, 'programme'> & { readonly files: FileStore },
): Promise<DownloadTicket> {
  authorize(principal, 'readPayments');
  const key = `exports/${batch.id}/v${batch.version}.${format.toLowerCase()}`;
  if ((await ports.files.head(key)) === undefined) {
    await ports.files.writeStream(
      key,
      format === 'CSV' ? batchCsv(batch, ports) : await batchXlsx(batch, ports),
      format === 'CSV'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  }
  return ports.files.presignDownload({
    key,
    fileName: `${batch.id}.${format.toLowerCase()}`,
    expiresInSeconds: EXPORT_SECONDS,
  });
}
