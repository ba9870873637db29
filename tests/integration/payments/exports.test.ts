import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '#domain/attachments/attachment';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { fenInWords } from '#domain/payments/amount-in-words';
import type { DisbursementDocument } from '#domain/payments/disbursement-document';
import type { Payment } from '#domain/payments/payment';
import {
  PAYMENT_REFERENCE_PATTERN,
  paymentReference,
  referenceClaim,
} from '#domain/payments/payment-reference';
import type { PaymentBatch } from '#domain/payments/payments';
import type { Enterprise } from '#domain/registry/enterprise';
import type { AppServices } from '#graphql/context';
import { createPaymentBatch, submitPaymentBatch } from '#use-cases/payments/batches';
import {
  exportBankFile,
  exportKey,
  exportPaymentBatch,
  exportResultsTemplate,
  PEOPLE_HEADER_ROW,
  PEOPLE_SHEET_NAME,
  RESULTS_TEMPLATE_HEADER,
} from '#use-cases/payments/export';
import { uploadPaymentResults } from '#use-cases/payments/results';
import { recordChange } from '#use-cases/programme/record-change';
import { setBudget } from '#use-cases/workflow/budget';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, seedEnterprises } from '../../support/registry.ts';

/**
 * Issue 18, against DynamoDB Local: a batch as the files finance works with — CSV for machines, XLSX for
 * people, the 招商银行 代发 file for the bank (only once released, checked before it is written), and the
 * results template whose filled-in copy settles the batch by the short references the bank echoes. The
 * files are opened with exceljs, csv-parse and iconv-lite, as their readers would.
 */

const NOW = new Date('2026-11-29T02:00:00Z');
const MAKER: Principal = { kind: 'user', userId: 'finance-1', role: 'FINANCE' };
const CHECKER: Principal = { kind: 'user', userId: 'finance-2', role: 'FINANCE' };
const DOCUMENT_NUMBER = '青经财拨〔2026〕7号';
/** 19 digits: a spreadsheet that read it as a number would show 6.22202E+18 and lose its last digits. */
const LONG_ACCOUNT = '6222021001012345678';

interface Payee {
  readonly creditCode: string;
  readonly name: string;
  readonly accountName: string;
  readonly accountNumber: string;
  readonly bankName: string;
  readonly amountFen: number;
}
const PAYEES: readonly Payee[] = [
  {
    // All digits: a credit code a spreadsheet would turn into a number.
    creditCode: '914403001922038216',
    name: '上海青禾精密机械有限公司',
    accountName: '上海青禾精密机械有限公司',
    accountNumber: LONG_ACCOUNT,
    bankName: '中国工商银行上海青浦支行',
    amountFen: 2_000_000_00,
  },
  {
    creditCode: '9144030071526726XG',
    // A name a spreadsheet would run as a formula.
    name: '+1+2 智造有限公司',
    accountName: '+1+2 智造有限公司',
    accountNumber: '6225880230001175',
    bankName: '招商银行上海青浦支行',
    amountFen: 1_000_000_00,
  },
  {
    creditCode: '91330100716105852F',
    name: '上海淀湖智能装备有限公司',
    accountName: '上海淀湖智能装备有限公司',
    accountNumber: '31001500000050012345',
    bankName: '中国建设银行上海青浦支行',
    amountFen: 12_345_67,
  },
];
const TOTAL_FEN = PAYEES.reduce((sum, payee) => sum + payee.amountFen, 0);
/** A name of 32 Chinese characters: 64 GBK bytes, two past what 招商银行's 户名 holds. */
const TOO_LONG_NAME = `上海${'青'.repeat(26)}有限公司`;
const LONG_NAMED = {
  creditCode: '91310118QT56L02F4T',
  name: '上海长名称测试有限公司',
  accountName: TOO_LONG_NAME,
  accountNumber: '6216600000000000',
  bankName: '中国银行上海青浦支行',
  amountFen: 500_000_00,
};

let table: TestTable;
let app: AppServices;
let batch: PaymentBatch;
let members: Payment[] = [];

function payment(index: number, payee: Payee, documentId: string): Payment {
  return {
    id: `PAY-${documentId}-PRJ-CERT-3f9c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f-${index}`,
    documentId,
    documentNumber: DOCUMENT_NUMBER,
    projectId: `PRJ-CERT-3f9c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f-${index}`,
    payeeType: 'ENTERPRISE',
    payeeId: payee.creditCode,
    payeeName: payee.name,
    bankAccount: {
      bankName: payee.bankName,
      accountName: payee.accountName,
      accountNumber: payee.accountNumber,
    },
    amountFen: payee.amountFen,
    status: 'READY',
    fiscalYear: 2026,
    version: 1,
    createdAt: new Date(NOW.getTime() + index).toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

async function seed(record: Payment | DisbursementDocument | Attachment): Promise<void> {
  const kind = 'documentId' in record ? 'Payment' : 'lines' in record ? 'DisbursementDocument' : 'Attachment';
  const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seed', kind, null, record as never);
  await app.programme.commit({ writes: [write], audits: [audit] });
}

const bytesOf = async (key: string): Promise<Buffer> => Buffer.from(await app.files.read(key));

/** Uploads a results file as finance does (an IMPORT attachment of purpose BANK_RESULTS). */
async function uploaded(name: string, content: Uint8Array): Promise<string> {
  const storageKey = `import/BANK_RESULTS/${name}`;
  await app.files.write(storageKey, content, 'text/csv');
  await seed({
    id: `FILE-${name}`,
    ownerType: 'IMPORT',
    ownerId: 'BANK_RESULTS',
    purpose: 'BANK_RESULTS',
    fileName: `${name}.csv`,
    contentType: 'text/csv',
    sizeBytes: content.length,
    sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
    status: 'UPLOADED',
    storageKey,
    uploadedBy: 'finance-1',
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
  return `FILE-${name}`;
}

async function batchMembers(of: PaymentBatch): Promise<Payment[]> {
  const page = await app.programme.list('Payment', { pattern: 'byBatch', value: of.id, first: 100 });
  return page.edges.map((edge) => edge.node).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

beforeAll(async () => {
  ({ table, app } = await createRegistry(NOW));
  await setBudget(MAKER, { fiscalYear: 2026, amountFen: 10_000_000_00 }, app);
  await seedEnterprises(
    app.enterprises,
    [...PAYEES, LONG_NAMED].map(
      (payee) =>
        enterpriseInput({ creditCode: payee.creditCode, name: payee.name }) as unknown as Omit<
          Enterprise,
          'version' | 'createdAt' | 'updatedAt'
        >,
    ),
    NOW,
  );
  await seed({
    id: 'DOC-X',
    documentNumber: DOCUMENT_NUMBER,
    status: 'ISSUED',
    lines: PAYEES.map((payee, index) => ({
      projectId: `PRJ-${index}`,
      payeeType: 'ENTERPRISE',
      payeeId: payee.creditCode,
      payeeName: payee.name,
      amountFen: payee.amountFen,
    })),
    totalFen: TOTAL_FEN,
    draftedBy: 'ec-1',
    countersignedBy: 'finance-1',
    issuedAt: '2026-11-28T17:30:00.000Z',
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
  const seeded = PAYEES.map((payee, index) => payment(index, payee, 'DOC-X'));
  // Another payment already holds the reference the second payment's id gives: it takes the next variant.
  const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seed', 'Payment', null, {
    ...payment(9, LONG_NAMED, 'DOC-OTHER'),
    status: 'CANCELLED',
  });
  await app.programme.commit({
    writes: [write],
    audits: [audit],
    claims: [
      {
        name: referenceClaim(paymentReference(seeded[1]?.id ?? '', 2026)),
        ownerId: write.record.id,
        conflict: 'taken',
      },
    ],
  });
  for (const record of seeded) await seed(record);
  batch = await createPaymentBatch(MAKER, { idempotencyKey: 'exports-batch-1', documentId: 'DOC-X' }, app);
  members = await batchMembers(batch);
}, 120_000);
afterAll(async () => table.drop());

describe('支付参考号: short references a bank file can echo', () => {
  it('gives every payment entering the batch a unique reference of at most 20 characters, kept by a claim', async () => {
    expect(members).toHaveLength(3);
    const references = members.map((member) => member.reference ?? '');
    expect(new Set(references).size).toBe(3);
    for (const member of members) {
      expect(member.reference).toMatch(PAYMENT_REFERENCE_PATTERN);
      expect(member.reference?.length).toBeLessThanOrEqual(20);
      expect(await app.programme.claimOwner(referenceClaim(member.reference ?? ''))).toBe(member.id);
    }
    // The second payment's own reference was held by another payment: it took the next variant.
    expect(members[1]?.reference).toBe(paymentReference(members[1]?.id ?? '', 2026, 1));
    expect(members[0]?.reference).toBe(paymentReference(members[0]?.id ?? '', 2026));
  });
});

describe('R6.6: bank and treasury files come only from a released batch', () => {
  it('refuses the bank file and the results template of an open batch, naming its state, and writes nothing', async () => {
    const refusal = exportBankFile(MAKER, batch, 'CMB_AGENCY_PAYMENT', app);
    await expect(refusal).rejects.toBeInstanceOf(PolicyViolation);
    await expect(refusal).rejects.toMatchObject({
      rule: 'R6.6',
      message: expect.stringContaining(`batch ${batch.id} is OPEN`) as unknown,
    });
    await expect(exportResultsTemplate(MAKER, batch, app)).rejects.toMatchObject({
      rule: 'R6.6',
      message: expect.stringContaining('is OPEN') as unknown,
    });
    expect(await app.files.head(exportKey(batch, 'CMB_AGENCY_PAYMENT'))).toBeUndefined();
    expect(await app.files.head(exportKey(batch, 'RESULTS_TEMPLATE'))).toBeUndefined();
  });
});

describe('CSV for machines: one row per payment, every field text as it is, Chinese labels', () => {
  it('carries the batch’s header fields and amounts in capitals on every row, account numbers and credit codes untouched', async () => {
    await exportPaymentBatch(MAKER, batch, 'CSV', app);
    const bytes = await bytesOf(exportKey(batch, 'CSV'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([
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
    ]);
    // No title, no totals row: a program reads payments only.
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      序号: '1',
      支付参考号: members[0]?.reference,
      支付编号: members[0]?.id,
      收款方类型: '企业',
      统一社会信用代码: '914403001922038216',
      银行账号: LONG_ACCOUNT,
      '金额（元）': '2000000.00',
      '金额（分）': '200000000',
      金额大写: '人民币贰佰万元整',
      拨付文号: DOCUMENT_NUMBER,
      // Issued at 17:30 UTC on the 28th: the 29th in China Standard Time.
      拨付文件印发日期: '2026-11-29',
      批次编号: batch.id,
      批次状态: '待复核（未放行，不得付款）',
      批次日期: '2026-11-29',
      制单人: 'finance-1',
      复核人: '',
      制表日期: '2026-11-29',
      批次笔数: '3',
      '批次金额（元）': '3012345.67',
      批次金额大写: `人民币${fenInWords(TOTAL_FEN)}`,
    });
    expect(fenInWords(TOTAL_FEN)).toBe('叁佰零壹万贰仟叁佰肆拾伍元陆角柒分');
    // The CSV guard (OWASP's rule): a text cell starting with + gets a leading apostrophe.
    expect(rows[1]?.['收款方']).toBe("'+1+2 智造有限公司");
    expect(rows[2]?.['银行账号']).toBe('31001500000050012345');
    expect(rows.map((row) => Number(row['金额（分）'])).reduce((a, b) => a + b, 0)).toBe(TOTAL_FEN);
  });
});

describe('XLSX for people: formats, widths, a frozen filtered header, a SUM total in figures and in capitals', () => {
  let released: PaymentBatch;
  let sheet: ExcelJS.Worksheet;
  let sheetNames: string[] = [];

  beforeAll(async () => {
    released = await submitPaymentBatch(CHECKER, { id: batch.id, version: batch.version }, app);
    await exportPaymentBatch(MAKER, released, 'XLSX', app);
    const workbook = new ExcelJS.Workbook();
    const bytes = await app.files.read(exportKey(released, 'XLSX'));
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const found = workbook.getWorksheet(PEOPLE_SHEET_NAME);
    if (found === undefined) throw new Error(`no sheet ${PEOPLE_SHEET_NAME}`);
    sheet = found;
    sheetNames = workbook.worksheets.map((each) => each.name);
  });

  it('has one sheet, named for what it holds', () => {
    expect(sheetNames).toEqual(['支付明细']);
  });

  it('opens with the title and a header block: batch, status, CST dates, maker, checker, document numbers', () => {
    expect(sheet.getCell('A1').value).toBe('青浦区智能工厂专项资金支付明细表');
    const pairs = Object.fromEntries(
      [2, 3, 4].flatMap((row) =>
        [1, 5, 8, 10].map((column) => [
          sheet.getRow(row).getCell(column).text,
          sheet.getRow(row).getCell(column + 1).value,
        ]),
      ),
    );
    expect(pairs).toMatchObject({
      批次编号: released.id,
      批次状态: '已复核放行',
      制单人: 'finance-1',
      复核人: 'finance-2',
      批次日期: '2026-11-29',
      复核日期: '2026-11-29',
      制表日期: '2026-11-29',
      拨付文号: `${DOCUMENT_NUMBER}（2026-11-29 印发）`,
    });
  });

  it('has a bold, frozen, filtered column header and sized columns', () => {
    const header = sheet.getRow(PEOPLE_HEADER_ROW);
    expect(header.values).toEqual([
      undefined,
      '序号',
      '支付参考号',
      '收款方',
      '收款方类型',
      '统一社会信用代码',
      '开户银行',
      '账户名称',
      '银行账号',
      '金额（元）',
      '拨付文号',
      '项目编号',
      '支付编号',
    ]);
    header.eachCell((cell) => expect(cell.font.bold).toBe(true));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: PEOPLE_HEADER_ROW });
    expect(sheet.autoFilter).toBe(`A${PEOPLE_HEADER_ROW}:L${PEOPLE_HEADER_ROW + 3}`);
    expect(sheet.columns.map((column) => column.width)).toEqual([
      8, 22, 34, 11, 22, 30, 34, 26, 18, 24, 30, 44,
    ]);
  });

  it('writes 序号 and amounts as numbers formatted #,##0.00, account numbers and credit codes as text', () => {
    const rows = [1, 2, 3].map((n) => sheet.getRow(PEOPLE_HEADER_ROW + n));
    expect(rows.map((row) => row.getCell(1).value)).toEqual([1, 2, 3]);
    expect(rows.map((row) => row.getCell(9).value)).toEqual([2_000_000, 1_000_000, 12_345.67]);
    for (const row of rows) {
      expect(row.getCell(9).numFmt).toBe('#,##0.00');
      expect(row.getCell(8).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    }
    expect(rows[0]?.getCell(8).value).toBe(LONG_ACCOUNT);
    expect(rows[0]?.getCell(5).value).toBe('914403001922038216');
    expect(rows[0]?.getCell(4).value).toBe('企业');
    expect(rows[0]?.getCell(2).value).toBe(members[0]?.reference);
  });

  it('keeps a name that looks like a formula as the text it is: no guard character, never a formula', () => {
    const cell = sheet.getRow(PEOPLE_HEADER_ROW + 2).getCell(3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('+1+2 智造有限公司');
    expect(sheet.getRow(PEOPLE_HEADER_ROW + 2).getCell(7).value).toBe('+1+2 智造有限公司');
  });

  it('ends with a SUM total and the total in capitals, equal to the fen sum', () => {
    const totals = sheet.getRow(PEOPLE_HEADER_ROW + 4);
    expect(totals.getCell(1).value).toBe('合计');
    expect(totals.getCell(2).value).toBe('3 笔');
    expect(totals.getCell(9).value).toEqual({
      formula: `SUM(I${PEOPLE_HEADER_ROW + 1}:I${PEOPLE_HEADER_ROW + 3})`,
      result: 3_012_345.67,
    });
    expect(totals.getCell(9).numFmt).toBe('#,##0.00');
    const words = sheet.getRow(PEOPLE_HEADER_ROW + 5);
    expect(words.getCell(1).value).toBe('大写');
    expect(words.getCell(2).value).toBe(`人民币${fenInWords(TOTAL_FEN)}`);
  });
});

describe('the 招商银行 代发 file, from the released batch', () => {
  it('is GBK CSV in the interface’s field order: text accounts, raw names, \\d{1,13}\\.\\d{2} amounts, the reference in 注释', async () => {
    const released = (await app.programme.get('PaymentBatch', batch.id)) as PaymentBatch;
    await exportBankFile(MAKER, released, 'CMB_AGENCY_PAYMENT', app);
    const bytes = await bytesOf(exportKey(released, 'CMB_AGENCY_PAYMENT'));
    expect([...bytes.subarray(0, 2)]).not.toEqual([0xef, 0xbb]);
    const rows: Record<string, string>[] = parse(iconv.decode(bytes, 'gbk'), { columns: true });
    expect(rows).toEqual(
      members.map((member) => ({
        账号: member.bankAccount?.accountNumber,
        户名: member.bankAccount?.accountName,
        金额: `${Math.trunc(member.amountFen / 100)}.${String(member.amountFen % 100).padStart(2, '0')}`,
        系统内标志: member.bankAccount?.bankName.startsWith('招商银行') ? 'Y' : 'N',
        他行户口开户行: member.bankAccount?.bankName.startsWith('招商银行')
          ? ''
          : member.bankAccount?.bankName,
        他行户口开户地: member.bankAccount?.bankName.startsWith('招商银行') ? '' : '上海',
        注释: member.reference,
      })),
    );
    expect(rows[0]?.['账号']).toBe(LONG_ACCOUNT);
    expect(rows[1]?.['户名']).toBe('+1+2 智造有限公司');
    for (const row of rows) expect(row['金额']).toMatch(/^\d{1,13}\.\d{2}$/);
  });

  it('refuses a name past the bank’s 62 GBK bytes, naming the line and field, and writes nothing', async () => {
    await seed(payment(20, LONG_NAMED, 'DOC-Y'));
    const second = await createPaymentBatch(
      MAKER,
      { idempotencyKey: 'exports-batch-2', documentId: 'DOC-Y' },
      app,
    );
    const released = await submitPaymentBatch(CHECKER, { id: second.id, version: second.version }, app);
    const refusal = await exportBankFile(MAKER, released, 'CMB_AGENCY_PAYMENT', app).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(InvalidInput);
    expect((refusal as InvalidInput).issues).toEqual([
      {
        path: ['bankFile', 2, 'CLTNAM'],
        message: expect.stringMatching(
          /^line 2 \(序号 1, QP2026\w{12}\): 户名 CLTNAM is 64 GBK bytes; the bank allows at most 62/,
        ) as unknown,
      },
    ]);
    expect(await app.files.head(exportKey(released, 'CMB_AGENCY_PAYMENT'))).toBeUndefined();
  });

  it('refuses a batch of more rows than a file allows before reading it, and writes nothing', async () => {
    const huge = {
      ...((await app.programme.get('PaymentBatch', batch.id)) as PaymentBatch),
      paymentCount: 3001,
      version: 99,
    };
    await expect(exportBankFile(MAKER, huge, 'CMB_AGENCY_PAYMENT', app)).rejects.toMatchObject({
      issues: [
        {
          path: ['bankFile', 'rows'],
          message: expect.stringContaining(
            'has 3001 payments: a 招商银行代发（N03020） file holds at most 3000',
          ) as unknown,
        },
      ],
    });
    expect(await app.files.head(exportKey(huge, 'CMB_AGENCY_PAYMENT'))).toBeUndefined();
  });
});

describe('the results template, filled in and uploaded: matched by the references, refusals typed', () => {
  it('settles the batch from the template as Excel saves it (GBK, dates with slashes), with what finance does next', async () => {
    const released = (await app.programme.get('PaymentBatch', batch.id)) as PaymentBatch;
    await exportResultsTemplate(MAKER, released, app);
    const template: Record<string, string>[] = parse(await bytesOf(exportKey(released, 'RESULTS_TEMPLATE')), {
      bom: true,
      columns: true,
    });
    expect(Object.keys(template[0] ?? {})).toEqual(RESULTS_TEMPLATE_HEADER);
    expect(template.map((row) => row['支付参考号'])).toEqual(members.map((member) => member.reference));
    expect(template.map((row) => row['金额（元）'])).toEqual(['2000000.00', '1000000.00', '12345.67']);
    // The clerk fills it in; Excel turns the amounts into 2000000 and the date into 2026/11/30.
    const [first, second, third] = template;
    const lines = [
      RESULTS_TEMPLATE_HEADER.join(','),
      `${first?.['支付参考号']},上海青禾精密机械有限公司,,2000000,成功,,CMB-0001,2026/11/30,,`,
      `${second?.['支付参考号']},+1+2 智造有限公司,,1000000,失败,,,,户名不符,`,
      `${third?.['支付参考号']},上海淀湖智能装备有限公司,,12345.67,,ACCOUNT_FROZEN,,,,`,
      `${first?.['支付参考号']},上海青禾精密机械有限公司,,1.00,成功,,CMB-0001,2026/11/30,,`,
    ].join('\r\n');
    const attachmentId = await uploaded('results-gbk', new Uint8Array(iconv.encode(lines, 'gbk')));
    const report = await uploadPaymentResults(
      MAKER,
      { idempotencyKey: 'exports-results-1', batchId: released.id, attachmentId },
      app,
    );
    expect(report.applied).toBe(3);
    expect(report.errors).toEqual([
      { line: 5, message: expect.stringContaining('金额 1.00 is not payment') as unknown },
    ]);
    expect(report.failures).toEqual([
      {
        line: 3,
        paymentId: members[1]?.id,
        reference: members[1]?.reference,
        code: 'NAME_MISMATCH',
        action: 'CONFIRM_ACCOUNT_NAME',
        advice: expect.stringContaining('确认银行预留户名') as unknown,
      },
      {
        line: 4,
        paymentId: members[2]?.id,
        reference: members[2]?.reference,
        code: 'ACCOUNT_FROZEN',
        action: 'CONTACT_PAYEE',
        advice: expect.stringContaining('联系收款单位') as unknown,
      },
    ]);
    const after = await app.programme.getMany(
      'Payment',
      members.map((member) => member.id),
    );
    expect(after.get(members[0]?.id ?? '')).toMatchObject({
      status: 'PAID',
      bankReference: 'CMB-0001',
      paidOn: '2026-11-30',
    });
    expect(after.get(members[1]?.id ?? '')).toMatchObject({
      status: 'FAILED',
      failureReason: '户名不符',
      failureCode: 'NAME_MISMATCH',
    });
    expect(after.get(members[2]?.id ?? '')).toMatchObject({
      status: 'FAILED',
      failureReason: '账户冻结',
      failureCode: 'ACCOUNT_FROZEN',
      attempts: [expect.objectContaining({ reference: members[2]?.reference, code: 'ACCOUNT_FROZEN' })],
    });
  });
});
