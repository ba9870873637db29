import { describe, expect, it } from 'vitest';
import { certificationId } from '#domain/benchmark/certification';
import type { ListLine } from '#domain/benchmark/certification-list';
import { checkLine, listDate, listLines, notImported, sameName } from '#domain/benchmark/certification-list';
import { InvalidInput } from '#domain/errors';

const TODAY = '2026-11-29';
const line = (values: ListLine['values']): ListLine => ({
  line: 2,
  values: {
    creditCode: '913101180DM95UY1CJ',
    enterpriseName: '上海青禾精密机械有限公司',
    title: '市级智能工厂',
    certifyingBody: '上海市经济和信息化委员会',
    certifiedOn: '2026-07-24',
    certificateNumber: 'SH-ZNGC-2026-001',
    ...values,
  },
});

describe('a line of a municipal or national list (R5.2, R6.7b)', () => {
  it('reads the sample line: municipal smart factory, tier 4 title', () => {
    expect(checkLine(line({}), TODAY)).toMatchObject({
      ok: true,
      line: {
        title: 'SMART_FACTORY',
        level: 'MUNICIPAL',
        certifiedOn: '2026-07-24',
        creditCode: '913101180DM95UY1CJ',
      },
    });
  });

  it.each([
    ['国家级标杆工厂', 'NATIONAL_BENCHMARK_FACTORY', 'NATIONAL'],
    ['工信部国家级标杆工厂', 'NATIONAL_BENCHMARK_FACTORY', 'NATIONAL'],
    ['上海市智能工厂', 'SMART_FACTORY', 'MUNICIPAL'],
  ])('knows the title %s', (title, expected, level) => {
    expect(checkLine(line({ title }), TODAY)).toMatchObject({ ok: true, line: { title: expected, level } });
  });

  it('accepts an English code with its level, and trims and upper-cases the credit code', () => {
    expect(
      checkLine(line({ title: 'smart_factory', level: '市级', creditCode: ' 913101180dm95uy1cj ' }), TODAY),
    ).toMatchObject({
      ok: true,
      line: { title: 'SMART_FACTORY', level: 'MUNICIPAL', creditCode: '913101180DM95UY1CJ' },
    });
  });

  it('R6.7b, R9.1: a district or lighthouse title is read as such; whether a list pays it is for the policy version', () => {
    expect(checkLine(line({ title: '区级智能车间' }), TODAY)).toMatchObject({
      ok: true,
      line: { title: 'SMART_WORKSHOP', level: 'DISTRICT' },
    });
    expect(checkLine(line({ title: '全球灯塔工厂' }), TODAY)).toMatchObject({
      ok: true,
      line: { title: 'LIGHTHOUSE_FACTORY', level: 'GLOBAL' },
    });
    expect(notImported('SMART_WORKSHOP', 'DISTRICT', 'QP-2022')).toMatch(/区级智能车间.*QP-2022.*R6\.7b/);
  });

  it('names every problem of a bad line at once', () => {
    const check = checkLine(
      line({
        creditCode: '913101180DM95UY1CX',
        title: '市级工厂',
        certifiedOn: '2027-01-01',
        certificateNumber: '=cmd',
      }),
      TODAY,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toMatch(/check character/);
    expect(check.reason).toMatch(/unknown title/);
    expect(check.reason).toMatch(/future/);
    expect(check.reason).toMatch(/certificate number/);
  });

  it('refuses a level that contradicts the title', () => {
    expect(checkLine(line({ title: '国家级标杆工厂', level: 'MUNICIPAL' }), TODAY)).toMatchObject({
      ok: false,
    });
  });
});

describe('dates, names and identity of a certificate', () => {
  it.each([
    ['2026-07-24', '2026-07-24'],
    ['2026/7/4', '2026-07-04'],
    ['2026年7月4日', '2026-07-04'],
    ['2026-02-30', undefined],
    ['24/07/2026', undefined],
  ])('%s is %s', (raw, expected) => {
    expect(listDate(raw)).toBe(expected);
  });

  it('compares names with full- and half-width brackets and spaces alike', () => {
    expect(sameName('上海青禾（集团）有限公司', '上海青禾(集团)有限公司 ')).toBe(true);
    expect(sameName('上海青禾有限公司', '上海青禾科技有限公司')).toBe(false);
  });

  it('one certificate is one id, however its body and number are spaced or cased', () => {
    expect(certificationId('上海市经济和信息化委员会', 'sh-zngc-2026-001')).toBe(
      certificationId(' 上海市经济和信息化委员会 ', 'SH-ZNGC-2026-001'),
    );
    expect(certificationId('工业和信息化部', 'X-1')).not.toBe(
      certificationId('上海市经济和信息化委员会', 'X-1'),
    );
  });
});

describe('columns by header name', () => {
  const file = (header: string[]) => ({
    format: 'CSV' as const,
    encoding: 'UTF-8',
    header,
    rows: [{ line: 2, cells: header.map(() => 'x') }],
  });

  it('accepts Chinese and English headers and ignores the others', () => {
    const { ignoredColumns, lines } = listLines(
      file(['序号', 'creditCode', '企业名称', 'title', '认定机构', '认定日期', 'certificateNumber', '备注']),
    );
    expect(ignoredColumns).toEqual(['序号', '备注']);
    expect(Object.keys(lines[0]?.values ?? {}).sort()).toEqual(
      ['certificateNumber', 'certifiedOn', 'certifyingBody', 'creditCode', 'enterpriseName', 'title'].sort(),
    );
  });

  it('refuses the file when a required column is missing, naming it', () => {
    expect(() => listLines(file(['企业名称', '认定称号']))).toThrow(InvalidInput);
    expect(() => listLines(file(['企业名称', '认定称号']))).toThrow(/统一社会信用代码/);
  });
});
