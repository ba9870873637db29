import { InvalidInput } from '../errors.ts';
import type { Bilingual } from '../messages/bilingual.ts';
import { joined, render } from '../messages/bilingual.ts';
import { CREDIT_CODE_PROBLEMS, IMPORT_REASONS, LINE_PROBLEMS } from '../messages/imports.ts';
import type { TabularFile } from '../imports/tabular-file.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';
import { BENCHMARK_TITLES, CERTIFICATION_LEVELS } from '../policy/policy-version.ts';
import { creditCodeProblem, normalizeCreditCode } from '../registry/credit-code.ts';
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
  | {
      readonly ok: false;
      readonly reason: string;
      /** The same in Chinese (issue 18). */
      readonly reasonZh: string;
      readonly rule?: string | undefined;
    };

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
): { title: BenchmarkTitle; level: CertificationLevel } | Bilingual {
  const level =
    rawLevel === undefined
      ? undefined
      : (LEVEL_WORDS[rawLevel] ??
        CERTIFICATION_LEVELS.find((candidate) => candidate === rawLevel.toUpperCase()));
  if (rawLevel !== undefined && level === undefined)
    return render(LINE_PROBLEMS.unknownLevel, { raw: rawLevel, known: Object.keys(LEVEL_WORDS) });
  const known = TITLE_WORDS[rawTitle];
  if (known) {
    if (level !== undefined && level !== known.level)
      return render(LINE_PROBLEMS.levelDisagrees, {
        title: rawTitle,
        level: known.level,
        raw: rawLevel ?? '',
      });
    return known;
  }
  const code = BENCHMARK_TITLES.find((candidate) => candidate === rawTitle.toUpperCase());
  if (code === undefined)
    return render(LINE_PROBLEMS.unknownTitle, { raw: rawTitle, known: Object.keys(TITLE_WORDS) });
  if (level === undefined) return render(LINE_PROBLEMS.titleNeedsLevel, { title: code });
  return { title: code, level };
}

/**
 * One line checked on its own: credit code (with its check character), name, title and level (R5.2, and
 * R6.7b: only municipal and national titles come by list), certifying body, certificate number, a real
 * date not after `today`.
 */
export function checkLine(line: ListLine, today: string): LineCheck {
  const { values } = line;
  const problems: Bilingual[] = [];
  const creditCode = normalizeCreditCode(values.creditCode ?? '');
  const codeProblem = creditCode === '' ? undefined : creditCodeProblem(creditCode);
  if (creditCode === '') problems.push(LINE_PROBLEMS.missingCreditCode);
  else if (codeProblem)
    problems.push(
      render(LINE_PROBLEMS.creditCode, { creditCode, problem: CREDIT_CODE_PROBLEMS[codeProblem] }),
    );
  const enterpriseName = values.enterpriseName ?? '';
  if (enterpriseName === '' || enterpriseName.length > 200) problems.push(LINE_PROBLEMS.enterpriseName);
  const certifyingBody = values.certifyingBody ?? '';
  if (certifyingBody === '' || certifyingBody.length > 100) problems.push(LINE_PROBLEMS.certifyingBody);
  const certificateNumber = values.certificateNumber ?? '';
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\-_/()（）〔〕[\]#.· ]{0,63}$/u.test(certificateNumber))
    problems.push(LINE_PROBLEMS.certificateNumber);
  const certifiedOn = listDate(values.certifiedOn ?? '');
  if (certifiedOn === undefined)
    problems.push(render(LINE_PROBLEMS.notADate, { raw: values.certifiedOn ?? '' }));
  else if (certifiedOn > today) problems.push(render(LINE_PROBLEMS.futureDate, { date: certifiedOn }));
  const title = titleOf(values.title ?? '', values.level);
  const titleProblem = 'zh' in title ? title : undefined;
  if (titleProblem) problems.push(values.title === undefined ? LINE_PROBLEMS.missingTitle : titleProblem);
  if (problems.length > 0 || 'zh' in title || certifiedOn === undefined) {
    const reason = joined(problems);
    return { ok: false, reason: reason.en, reasonZh: reason.zh };
  }
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
  return notImportedReason(title, level, policyId).en;
}

/** R6.7b: the same, in both languages. */
export const notImportedReason = (
  title: BenchmarkTitle,
  level: CertificationLevel,
  policyId: string,
): Bilingual => render(IMPORT_REASONS.notImported, { label: titleLabel(title, level), level, policyId });
