import { stringify } from 'csv-stringify/sync';
import type { CertificationImport, ImportLineResult } from './certification-import.ts';

const HEADER = [
  '行号 line',
  '结果 outcome',
  '原因 reason',
  '规则 rule',
  '统一社会信用代码 creditCode',
  '企业名称 enterpriseName',
  '证书编号 certificateNumber',
  '奖励金额（元） award (yuan)',
  '项目 project',
  '金额说明 how the amount was worked out',
];

/** Spreadsheets run a cell that starts with one of these as a formula: such cells are kept as text. */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralised = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const yuan = (fen: number | undefined): string =>
  fen === undefined ? '' : `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * The import's report as CSV for a spreadsheet: UTF-8 with a BOM (so Excel shows Chinese), one row per
 * line of the list, amounts in yuan with two decimals, and a totals row.
 */
export function importReportCsv(record: CertificationImport, lines: readonly ImportLineResult[]): string {
  const rows = lines.map((line) =>
    [
      String(line.line),
      line.outcome,
      line.reason,
      line.rule ?? '',
      line.creditCode ?? '',
      line.enterpriseName ?? '',
      line.certificateNumber ?? '',
      yuan(line.awardFen),
      line.projectId ?? '',
      line.amountExplanation?.zh ?? '',
    ].map(neutralised),
  );
  const totals = Object.entries(record.counts)
    .map(([outcome, count]) => `${outcome} ${count}`)
    .join(', ');
  return `\uFEFF${stringify([HEADER, ...rows, ['合计 total', totals, '', '', '', '', '', yuan(record.awardedFen), '', '']], { record_delimiter: '\r\n' })}`;
}
