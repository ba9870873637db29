import { describe, expect, it } from 'vitest';
import type { CertificationImport } from '#domain/benchmark/certification-import';
import { emptyCounts } from '#domain/benchmark/certification-import';
import { importReportCsv, neutralised } from '#domain/benchmark/import-report-csv';

describe('the import report as CSV', () => {
  const record = {
    counts: { ...emptyCounts(), CREATED: 1, INVALID: 1 },
    awardedFen: 100_000_000,
  } as CertificationImport;

  it('starts with a BOM, writes amounts in yuan with two decimals and ends with the totals', () => {
    const csv = importReportCsv(record, [
      {
        line: 2,
        outcome: 'CREATED',
        reason: 'tier 4',
        awardFen: 100_000_000,
        enterpriseName: '上海青禾精密机械有限公司',
      },
      { line: 3, outcome: 'INVALID', reason: 'unknown title "市级工场"' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[1]).toContain('1000000.00');
    expect(rows[2]).toContain('"unknown title ""市级工场"""');
    expect(rows.at(-1)).toBe(
      '合计 total,"CREATED 1, ZERO_AMOUNT 0, DUPLICATE 0, UNMATCHED 0, INELIGIBLE 0, INVALID 1",,,,,,1000000.00,,',
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
