import { describe, expect, it } from 'vitest';
import type { CertificationImport } from '#domain/benchmark/certification-import';
import { emptyCounts } from '#domain/benchmark/certification-import';
import { importReportCsv, neutralised } from '#domain/benchmark/import-report-csv';

describe('the import report as CSV', () => {
  const record = {
    counts: { ...emptyCounts(), CREATED: 1, INVALID: 1 },
    awardedFen: 100_000_000,
  } as CertificationImport;

  it('starts with a BOM, writes amounts in yuan with two decimals and ends with the totals, in Chinese and English (issue 18)', () => {
    const csv = importReportCsv(record, [
      {
        line: 2,
        outcome: 'CREATED',
        reason: 'tier 4',
        reasonZh: '第四档',
        awardFen: 100_000_000,
        enterpriseName: '上海青禾精密机械有限公司',
      },
      { line: 3, outcome: 'INVALID', reason: 'unknown title "市级工场"' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toMatch(
      /^行号 line,结果 outcome,结果（中文）,原因 reason,原因（英文） reason in English,/,
    );
    expect(rows[1]).toMatch(/^2,CREATED,已创建,第四档,tier 4,/);
    expect(rows[1]).toContain('1000000.00');
    // A line saved before the report kept Chinese: its outcome's label, with the English beside it.
    expect(rows[2]).toContain(',INVALID,无效,"无效（详细说明（英文）：unknown title ""市级工场""）"');
    expect(rows[2]).toContain('"unknown title ""市级工场"""');
    expect(rows.at(-1)).toBe(
      '合计 total,"CREATED 1, ZERO_AMOUNT 0, DUPLICATE 0, UNMATCHED 0, INELIGIBLE 0, INVALID 1",已创建 1，零金额 0，重复 0，未匹配 0，不符合条件 0，无效 1,,,,,,,1000000.00,,',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+86', '-2', '@SUM(A1)', 'SH-1'].map(neutralised)).toEqual([
      "'=1+1",
      "'+86",
      "'-2",
      "'@SUM(A1)",
      'SH-1',
    ]);
  });
});
