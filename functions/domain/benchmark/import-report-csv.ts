import { stringify } from 'csv-stringify/sync';
import { outcomeLabel } from '../messages/imports.ts';
import type { CertificationImport, ImportLineResult, ImportOutcome } from './certification-import.ts';
import { reasonInChinese } from './certification-import.ts';

const HEADER = [
  '行号 line',
  '结果 outcome',
  '结果（中文）',
  '原因 reason',
  '原因（英文） reason in English',
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
 * line of the list with its outcome and reason in Chinese (and English beside them, issue 18), amounts in
 * yuan with two decimals, and a totals row.
 */
export function importReportCsv(record: CertificationImport, lines: readonly ImportLineResult[]): string {
  const rows = lines.map((line) =>
    [
      String(line.line),
      line.outcome,
      outcomeLabel(line.outcome).zh,
      reasonInChinese(line),
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
  const counts = Object.entries(record.counts) as [ImportOutcome, number][];
  const totals = counts.map(([outcome, count]) => `${outcome} ${count}`).join(', ');
  const totalsZh = counts.map(([outcome, count]) => `${outcomeLabel(outcome).zh} ${count}`).join('，');
  const totalsRow = ['合计 total', totals, totalsZh, '', '', '', '', '', '', yuan(record.awardedFen), '', ''];
  return `\uFEFF${stringify([HEADER, ...rows, totalsRow], { record_delimiter: '\r\n' })}`;
}
