import { describe, expect, it } from 'vitest';
import { InvalidInput } from '#domain/errors';
import {
  MAX_REGISTER_BYTES,
  MAX_REGISTER_LINES,
  REGISTER_COLUMNS,
  readRegisterCsv,
  registerBoolean,
  registerCredit,
  registerStatus,
} from '#domain/registry/register-csv';
import type { RegisterColumn } from '#domain/registry/register-csv';

const REQUIRED: readonly RegisterColumn[] = [
  'creditCode',
  'name',
  'town',
  'registeredAddress',
  'businessInQingpu',
  'taxInQingpu',
  'independentLiability',
  'wellManaged',
  'businessStatus',
  'soundFinancialRecords',
  'creditStanding',
  'principalName',
];

const CHINESE_HEADER =
  '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人';
const ENGLISH_HEADER =
  'creditCode,name,town,registeredAddress,businessInQingpu,taxInQingpu,independentLiability,wellManaged,businessStatus,soundFinancialRecords,creditStanding,principalName';

const ROW_1 =
  '914403001922038216,上海甲智能制造有限公司,ZHUJIAJIAO,上海市青浦区朱家角镇一号,是,是,是,是,正常,是,良好,张三';
const ROW_2 =
  '9144030071526726XG,上海乙精密机械有限公司,JINZE,上海市青浦区金泽镇二号,否,是,是,否,经营异常,是,不良,李四';

/** The error `readRegisterCsv` refuses the file with; fails the test when it does not refuse. */
function refusal(csv: string): InvalidInput {
  try {
    readRegisterCsv(csv);
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected readRegisterCsv to refuse the file');
}

const paths = (error: InvalidInput): (readonly (string | number)[])[] =>
  error.issues.map((issue) => issue.path);

describe('readRegisterCsv', () => {
  it('reads a register with Chinese column names, numbering lines with the header as line 1', () => {
    const lines = readRegisterCsv([CHINESE_HEADER, ROW_1, ROW_2].join('\n'));
    expect(lines).toEqual([
      {
        line: 2,
        values: {
          creditCode: '914403001922038216',
          name: '上海甲智能制造有限公司',
          town: 'ZHUJIAJIAO',
          registeredAddress: '上海市青浦区朱家角镇一号',
          businessInQingpu: '是',
          taxInQingpu: '是',
          independentLiability: '是',
          wellManaged: '是',
          businessStatus: '正常',
          soundFinancialRecords: '是',
          creditStanding: '良好',
          principalName: '张三',
        },
      },
      {
        line: 3,
        values: {
          creditCode: '9144030071526726XG',
          name: '上海乙精密机械有限公司',
          town: 'JINZE',
          registeredAddress: '上海市青浦区金泽镇二号',
          businessInQingpu: '否',
          taxInQingpu: '是',
          independentLiability: '是',
          wellManaged: '否',
          businessStatus: '经营异常',
          soundFinancialRecords: '是',
          creditStanding: '不良',
          principalName: '李四',
        },
      },
    ]);
  });

  it('reads a register with English column names', () => {
    const lines = readRegisterCsv([ENGLISH_HEADER, ROW_1].join('\n'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.line).toBe(2);
    expect(lines[0]?.values.creditCode).toBe('914403001922038216');
    expect(lines[0]?.values.principalName).toBe('张三');
  });

  it('accepts every listed alias, in any order, ignoring case and surrounding spaces', () => {
    // credit_code and 街镇 are aliases; NAME is matched case-insensitively; columns are reordered.
    const header =
      ' NAME ,credit_code,街镇,registeredaddress,实际经营地在青浦,taxInQingpu,独立承担民事责任,wellManaged,经营状态,soundFinancialRecords,信用记录,法定代表人';
    const row = '上海丙有限公司,91330100716105852F,XUJING,青浦区徐泾镇三号,yes,true,1,是,正常,是,良好,王五';
    const [line] = readRegisterCsv(`${header}\n${row}`);
    expect(line?.values).toMatchObject({
      name: '上海丙有限公司',
      creditCode: '91330100716105852F',
      town: 'XUJING',
      registeredAddress: '青浦区徐泾镇三号',
      businessInQingpu: 'yes',
      taxInQingpu: 'true',
      independentLiability: '1',
    });
  });

  it('accepts a UTF-8 byte order mark before the header', () => {
    const lines = readRegisterCsv(`\uFEFF${[CHINESE_HEADER, ROW_1].join('\n')}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.values.creditCode).toBe('914403001922038216');
  });

  it('reads Windows line endings and quoted values', () => {
    const row =
      '914403001922038216,"上海甲智能制造有限公司, 二期",ZHUJIAJIAO,"上海市青浦区""示范""路",是,是,是,是,正常,是,良好,张三';
    const lines = readRegisterCsv(`${CHINESE_HEADER}\r\n${row}\r\n${ROW_2}\r\n`);
    expect(lines.map((line) => line.line)).toEqual([2, 3]);
    expect(lines[0]?.values.name).toBe('上海甲智能制造有限公司, 二期');
    expect(lines[0]?.values.registeredAddress).toBe('上海市青浦区"示范"路');
  });

  it('trims values and leaves empty cells out of the line', () => {
    const row = ' 914403001922038216 ,,ZHUJIAJIAO,地址,是,是,是,是,正常,是,良好,  ';
    const [line] = readRegisterCsv(`${CHINESE_HEADER}\n${row}`);
    expect(line?.values.creditCode).toBe('914403001922038216');
    expect(line?.values).not.toHaveProperty('name');
    expect(line?.values).not.toHaveProperty('principalName');
  });

  it('treats the contact columns as optional, and reads them when present', () => {
    const withoutContacts = readRegisterCsv([CHINESE_HEADER, ROW_1].join('\n'));
    expect(withoutContacts[0]?.values).not.toHaveProperty('contactName');

    const header = `${CHINESE_HEADER},联系人,联系电话,联系邮箱`;
    const [line] = readRegisterCsv(`${header}\n${ROW_1},赵六,13800000000,zhao@example.com`);
    expect(line?.values).toMatchObject({
      contactName: '赵六',
      contactPhone: '13800000000',
      contactEmail: 'zhao@example.com',
    });

    const englishHeader = `${ENGLISH_HEADER},contactName`;
    const [englishLine] = readRegisterCsv(`${englishHeader}\n${ROW_1},赵六`);
    expect(englishLine?.values.contactName).toBe('赵六');
  });

  it('returns no lines for a file with only a header', () => {
    expect(readRegisterCsv(`${CHINESE_HEADER}\n`)).toEqual([]);
  });

  it('refuses an empty file', () => {
    const error = refusal('');
    expect(error).toBeInstanceOf(InvalidInput);
    expect(paths(error)).toEqual([['csv']]);
  });

  it('refuses the whole file when a required column is missing, naming it', () => {
    const header = CHINESE_HEADER.replace(',企业名称', '');
    const row = ROW_1.replace(',上海甲智能制造有限公司', '');
    const error = refusal(`${header}\n${row}`);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(paths(error)).toEqual([['csv', 'name']]);
    expect(error.issues[0]?.message).toContain('企业名称');
  });

  it('names every missing required column', () => {
    const error = refusal('统一社会信用代码\n914403001922038216');
    expect(paths(error)).toEqual(
      REQUIRED.filter((column) => column !== 'creditCode').map((column) => ['csv', column]),
    );
  });

  it('refuses a file with only some of the contact columns if a required one is missing', () => {
    const error = refusal('联系人,联系电话\n赵六,13800000000');
    expect(paths(error)).toEqual(REQUIRED.map((column) => ['csv', column]));
  });

  it('refuses the whole file when it has an unknown column, naming it', () => {
    const error = refusal(`${CHINESE_HEADER},备注\n${ROW_1},新增`);
    expect(paths(error)).toEqual([['csv', '备注']]);
    expect(error.issues[0]?.message).toContain('备注');
  });

  it('lists missing and unknown columns together', () => {
    const header = CHINESE_HEADER.replace('法定代表人', 'legalRep');
    const error = refusal(`${header}\n${ROW_1}`);
    expect(paths(error)).toEqual([
      ['csv', 'principalName'],
      ['csv', 'legalRep'],
    ]);
  });

  it('refuses a file whose lines have a different number of cells than the header', () => {
    const error = refusal(`${CHINESE_HEADER}\n${ROW_1},多余`);
    expect(paths(error)).toEqual([['csv']]);
    expect(error.issues[0]?.message).toMatch(/not readable as CSV/);
  });

  it('refuses a file with an unterminated quote', () => {
    const error = refusal(`${CHINESE_HEADER}\n914403001922038216,"未闭合,ZHUJIAJIAO`);
    expect(paths(error)).toEqual([['csv']]);
  });

  it(`accepts exactly ${MAX_REGISTER_LINES} data lines`, () => {
    const csv = [CHINESE_HEADER, ...Array.from({ length: MAX_REGISTER_LINES }, () => ROW_1)].join('\n');
    const lines = readRegisterCsv(csv);
    expect(MAX_REGISTER_LINES).toBe(5000);
    expect(lines).toHaveLength(5000);
    expect(lines.at(-1)?.line).toBe(5001);
  });

  it(`refuses more than ${MAX_REGISTER_LINES} data lines`, () => {
    const csv = [CHINESE_HEADER, ...Array.from({ length: MAX_REGISTER_LINES + 1 }, () => ROW_1)].join('\n');
    const error = refusal(csv);
    expect(paths(error)).toEqual([['csv']]);
    expect(error.issues[0]?.message).toContain('5000');
  });

  it('stops reading one line past the limit: what follows is never parsed', () => {
    const lines = Array.from({ length: MAX_REGISTER_LINES + 1 }, () => ROW_1);
    const csv = [CHINESE_HEADER, ...lines, '914403001922038216,"未闭合,ZHUJIAJIAO'].join('\n');
    expect(refusal(csv).issues[0]?.message).toBe(
      `a register file may have at most ${MAX_REGISTER_LINES} lines`,
    );
  });

  it('refuses a file larger than the byte limit before parsing it', () => {
    const csv = `${CHINESE_HEADER}\n${'x'.repeat(MAX_REGISTER_BYTES)}`;
    const error = refusal(csv);
    expect(paths(error)).toEqual([['csv']]);
    expect(error.issues[0]?.message).toContain(String(MAX_REGISTER_BYTES));
  });

  it('lists every register column with at least its Chinese and English name', () => {
    for (const column of Object.keys(REGISTER_COLUMNS) as RegisterColumn[]) {
      expect(REGISTER_COLUMNS[column]).toContain(column);
      expect(REGISTER_COLUMNS[column][0]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('registerBoolean', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['yes', true],
    ['no', false],
    ['YES', true],
    ['No', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['False', false],
    ['1', true],
    ['0', false],
  ] as const)('maps %s to %s', (value, expected) => {
    expect(registerBoolean(value)).toBe(expected);
  });

  it.each(['maybe', '不确定', '2', '对', ''])('leaves %j as it is for validation to refuse', (value) => {
    expect(registerBoolean(value)).toBe(value);
  });

  it('keeps a missing value missing', () => {
    expect(registerBoolean(undefined)).toBeUndefined();
  });
});

describe('registerStatus', () => {
  it.each([
    ['正常', 'NORMAL'],
    ['经营异常', 'ABNORMAL'],
    ['注销', 'DEREGISTERED'],
    ['吊销', 'REVOKED'],
  ])('maps %s to %s', (value, expected) => {
    expect(registerStatus(value)).toBe(expected);
  });

  it('passes the English status names through', () => {
    expect(registerStatus('NORMAL')).toBe('NORMAL');
    expect(registerStatus('REVOKED')).toBe('REVOKED');
  });

  it('leaves an unknown status for validation to refuse', () => {
    expect(registerStatus('停业')).toBe('停业');
  });

  it('keeps a missing value missing', () => {
    expect(registerStatus(undefined)).toBeUndefined();
  });
});

describe('registerCredit', () => {
  it.each([
    ['良好', 'GOOD'],
    ['不良', 'POOR'],
  ])('maps %s to %s', (value, expected) => {
    expect(registerCredit(value)).toBe(expected);
  });

  it('passes the English credit standings through', () => {
    expect(registerCredit('GOOD')).toBe('GOOD');
    expect(registerCredit('POOR')).toBe('POOR');
  });

  it('leaves an unknown credit word for validation to refuse', () => {
    expect(registerCredit('一般')).toBe('一般');
  });

  it('keeps a missing value missing', () => {
    expect(registerCredit(undefined)).toBeUndefined();
  });
});

describe('readRegisterCsv line numbers, as a spreadsheet shows them', () => {
  const header =
    '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人';
  const line = (name: string) => `913101180DM95UY1CJ,${name},朱家角镇,地址,是,是,是,是,正常,是,良好,王伟`;

  it('counts blank lines', () => {
    const lines = readRegisterCsv([header, line('甲'), '', line('乙')].join('\n'));
    expect(lines.map((entry) => entry.line)).toEqual([2, 4]);
  });

  it('numbers a record by the line it starts on when a quoted cell spans two lines', () => {
    const lines = readRegisterCsv([header, line('"甲\n分厂"'), line('乙')].join('\n'));
    expect(lines.map((entry) => entry.line)).toEqual([2, 4]);
  });
});
