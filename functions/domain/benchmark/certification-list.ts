import { InvalidInput } from '../errors.ts';
import type { TabularFile } from '../imports/tabular-file.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';
import { BENCHMARK_TITLES, CERTIFICATION_LEVELS } from '../policy/policy-version.ts';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from '../registry/credit-code.ts';
import { certificationId } from './certification.ts';

/**
 * The municipal and national lists of certified enterprises (R6.7b), one certification per line, columns
 * found by their header (Chinese or English). Each line is validated on its own: a bad line is reported
 * with its line number and reason, and the others go on.
 */

export const LIST_COLUMNS = {
  creditCode: ['统一社会信用代码', '信用代码', 'creditCode'],
  enterpriseName: ['企业名称', '单位名称', 'enterpriseName', 'name'],
  title: ['认定称号', '称号', '认定类别', 'title'],
  level: ['认定层级', '层级', '级别', 'level'],
  certifyingBody: ['认定机构', '认定单位', 'certifyingBody'],
  certifiedOn: ['认定日期', '认定时间', 'certifiedOn', 'date'],
  certificateNumber: ['证书编号', '编号', 'certificateNumber'],
} as const;
export type ListColumn = keyof typeof LIST_COLUMNS;
const OPTIONAL: readonly ListColumn[] = ['level'];

/** The titles as lists write them, with the level each implies (R5.2). */
const TITLE_WORDS: Readonly<Record<string, { title: BenchmarkTitle; level: CertificationLevel }>> = {
  区级智能生产线: { title: 'SMART_PRODUCTION_LINE', level: 'DISTRICT' },
  区级智能仓储: { title: 'SMART_WAREHOUSE', level: 'DISTRICT' },
  区级智能车间: { title: 'SMART_WORKSHOP', level: 'DISTRICT' },
  区级智能工厂: { title: 'SMART_FACTORY', level: 'DISTRICT' },
  市级智能工厂: { title: 'SMART_FACTORY', level: 'MUNICIPAL' },
  上海市智能工厂: { title: 'SMART_FACTORY', level: 'MUNICIPAL' },
  国家级标杆工厂: { title: 'NATIONAL_BENCHMARK_FACTORY', level: 'NATIONAL' },
  工信部国家级标杆工厂: { title: 'NATIONAL_BENCHMARK_FACTORY', level: 'NATIONAL' },
  国家级智能制造标杆工厂: { title: 'NATIONAL_BENCHMARK_FACTORY', level: 'NATIONAL' },
  全球灯塔工厂: { title: 'LIGHTHOUSE_FACTORY', level: 'GLOBAL' },
  灯塔工厂: { title: 'LIGHTHOUSE_FACTORY', level: 'GLOBAL' },
};
const LEVEL_WORDS: Readonly<Record<string, CertificationLevel>> = {
  区级: 'DISTRICT',
  市级: 'MUNICIPAL',
  国家级: 'NATIONAL',
  全球: 'GLOBAL',
};
export interface ListLine {
  readonly line: number;
  readonly values: Partial<Record<ListColumn, string>>;
}

export interface CertificationLine {
  readonly line: number;
  readonly id: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly title: BenchmarkTitle;
  readonly level: CertificationLevel;
  readonly certifyingBody: string;
  readonly certificateNumber: string;
  readonly certifiedOn: string;
}

export type LineCheck =
  | { readonly ok: true; readonly line: CertificationLine }
  | { readonly ok: false; readonly reason: string; readonly rule?: string | undefined };

const columnFor = (header: string): ListColumn | undefined => {
  const wanted = header.trim().toLowerCase();
  return (Object.keys(LIST_COLUMNS) as ListColumn[]).find((column) =>
    LIST_COLUMNS[column].some((name) => name.toLowerCase() === wanted),
  );
};

/**
 * The list's lines as named values. Refuses the whole file when a required column is missing; other
 * columns (序号, 备注…) are ignored and named in the result.
 */
export function listLines(file: TabularFile): { lines: ListLine[]; ignoredColumns: string[] } {
  const columns = file.header.map(columnFor);
  const missing = (Object.keys(LIST_COLUMNS) as ListColumn[]).filter(
    (column) => !OPTIONAL.includes(column) && !columns.includes(column),
  );
  if (missing.length > 0) {
    throw new InvalidInput(
      missing.map((column) => ({
        path: ['file', column],
        message: `missing column ${LIST_COLUMNS[column][0]} (${column})${file.encoding === 'UTF-8' ? '' : `; the file was read as ${file.encoding}`}`,
      })),
    );
  }
  return {
    lines: file.rows.map((row) => ({
      line: row.line,
      values: Object.fromEntries(
        row.cells.flatMap((value, index) => {
          const column = columns[index];
          return column && value.trim() !== '' ? [[column, value.trim()]] : [];
        }),
      ),
    })),
    ignoredColumns: file.header.filter((_, index) => columns[index] === undefined),
  };
}

/** `2026-07-24`, `2026/7/24` or `2026年7月24日` as an ISO date, if it is a real one. */
export function listDate(raw: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function titleOf(
  rawTitle: string,
  rawLevel: string | undefined,
): { title: BenchmarkTitle; level: CertificationLevel } | string {
  const level =
    rawLevel === undefined
      ? undefined
      : (LEVEL_WORDS[rawLevel] ??
        CERTIFICATION_LEVELS.find((candidate) => candidate === rawLevel.toUpperCase()));
  if (rawLevel !== undefined && level === undefined)
    return `unknown level "${rawLevel}" (one of ${Object.keys(LEVEL_WORDS).join(', ')})`;
  const known = TITLE_WORDS[rawTitle];
  if (known) {
    if (level !== undefined && level !== known.level)
      return `the title ${rawTitle} is ${known.level}, but the level column says ${rawLevel ?? ''}`;
    return known;
  }
  const code = BENCHMARK_TITLES.find((candidate) => candidate === rawTitle.toUpperCase());
  if (code === undefined)
    return `unknown title "${rawTitle}" (one of ${Object.keys(TITLE_WORDS).join('、')})`;
  if (level === undefined) return `the title ${code} needs the level column`;
  return { title: code, level };
}

/**
 * One line checked on its own: credit code (with its check character), name, title and level (R5.2, and
 * R6.7b: only municipal and national titles come by list), certifying body, certificate number, a real
 * date not after `today`.
 */
export function checkLine(line: ListLine, today: string): LineCheck {
  const { values } = line;
  const problems: string[] = [];
  const creditCode = normalizeCreditCode(values.creditCode ?? '');
  const codeProblem = creditCode === '' ? undefined : creditCodeProblem(creditCode);
  if (creditCode === '') problems.push('missing credit code');
  else if (codeProblem) problems.push(`credit code ${creditCode}: ${CREDIT_CODE_MESSAGES[codeProblem]}`);
  const enterpriseName = values.enterpriseName ?? '';
  if (enterpriseName === '' || enterpriseName.length > 200)
    problems.push('enterprise name missing or over 200 characters');
  const certifyingBody = values.certifyingBody ?? '';
  if (certifyingBody === '' || certifyingBody.length > 100)
    problems.push('certifying body missing or over 100 characters');
  const certificateNumber = values.certificateNumber ?? '';
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\-_/()（）〔〕[\]#.· ]{0,63}$/u.test(certificateNumber))
    problems.push('certificate number missing, over 64 characters or with unexpected characters');
  const certifiedOn = listDate(values.certifiedOn ?? '');
  if (certifiedOn === undefined)
    problems.push(`date "${values.certifiedOn ?? ''}" is not a date (YYYY-MM-DD)`);
  else if (certifiedOn > today) problems.push(`date ${certifiedOn} is in the future`);
  const title = titleOf(values.title ?? '', values.level);
  if (typeof title === 'string') problems.push(values.title === undefined ? 'missing title' : title);
  if (problems.length > 0 || typeof title === 'string' || certifiedOn === undefined)
    return { ok: false, reason: problems.join('; ') };
  return {
    ok: true,
    line: {
      line: line.line,
      id: certificationId(certifyingBody, certificateNumber),
      creditCode,
      enterpriseName,
      ...title,
      certifyingBody,
      certificateNumber,
      certifiedOn,
    },
  };
}

/** The title as lists and documents write it in Chinese (市级智能工厂…). */
export function titleLabel(title: BenchmarkTitle, level: CertificationLevel): string {
  return (
    Object.entries(TITLE_WORDS).find(([, known]) => known.title === title && known.level === level)?.[0] ??
    `${level} ${title}`
  );
}

/** Names are compared as people read them: full- and half-width brackets alike, spaces ignored. */
export const sameName = (a: string, b: string): boolean => {
  const normal = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');
  return normal(a) === normal(b);
};

/** R6.7b: a title at a level the policy version does not pay from lists. */
export function notImported(title: BenchmarkTitle, level: CertificationLevel, policyId: string): string {
  return `${titleLabel(title, level)} is a ${level} title, which ${policyId} does not pay from a list (R6.7b: district titles through the reviewed path R6.7a, lighthouse factories through R6.7c)`;
}
