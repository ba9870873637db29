import { formatFen } from '../money.ts';
import type { Fen } from '../money.ts';
import type { Bilingual } from './bilingual.ts';
import { template, words } from './bilingual.ts';
import type { EnumValue } from './enum-labels.ts';
import { enumLabel } from './enum-labels.ts';

/**
 * What became of each line of an imported certification list (R6.7b) and why, in both languages (issue 18):
 * the report's `reason`/`reasonZh`, its CSV and the API share these.
 */

type Outcome = EnumValue<'ImportOutcome'>;

/** `第四档` for tier 4 (the policy's six tiers); `第 7 档` past them. */
export function tierZh(tier: number): string {
  const numeral = ['', '一', '二', '三', '四', '五', '六'][tier];
  return numeral === undefined || numeral === '' ? `第 ${tier} 档` : `第${numeral}档`;
}

const yuan = (fen: Fen): string => `${formatFen(fen)} 元`;

/** The outcome's label (已创建, 零金额…). */
export const outcomeLabel = (outcome: Outcome): Bilingual => enumLabel('ImportOutcome', outcome);

export const IMPORT_REASONS = {
  /** CREATED: the R5.3 difference a recorded certification pays. */
  created: template<{ readonly tier: number; readonly tierAmountFen: Fen; readonly alreadyAwardedFen: Fen }>(
    (p) => `${tierZh(p.tier)}：${yuan(p.tierAmountFen)}，减去已获 ${yuan(p.alreadyAwardedFen)}（R5.3）`,
    (p) =>
      `tier ${p.tier}: ${p.tierAmountFen / 100} yuan less ${p.alreadyAwardedFen / 100} yuan already awarded (R5.3)`,
  ),
  /** ZERO_AMOUNT: a title that pays nothing more than the tier already awarded. */
  zeroAmount: template<{ readonly tier: number }>(
    (p) => `${tierZh(p.tier)}的奖励不高于已获奖励的档次，不再奖励（R5.3：每上一个台阶奖励一次，只补差额）`,
    (p) =>
      `tier ${p.tier} pays no more than the tier already awarded (R5.3: one award per step up, the difference only)`,
  ),
  nothingToPay: words('无需支付（R5.3）', 'nothing to pay (R5.3)'),
  /** DUPLICATE: the same certificate twice in one list. */
  sameAsLine: template<{ readonly first: number }>(
    (p) => `与本名单第 ${p.first} 行为同一证书`,
    (p) => `the same certificate as line ${p.first} of this list`,
  ),
  /** DUPLICATE: recorded before, from a list (this one or another) or an application. */
  alreadyRecorded: template<{
    readonly certificateNumber: string;
    readonly certifyingBody: string;
    readonly from:
      | { readonly kind: 'THIS_LIST'; readonly line: number }
      | { readonly kind: 'IMPORT'; readonly importId: string; readonly line: number }
      | { readonly kind: 'APPLICATION'; readonly applicationId: string };
    readonly contradicted?: { readonly creditCode: string; readonly title: string } | undefined;
  }>(
    (p) => {
      const where =
        p.from.kind === 'THIS_LIST'
          ? `本名单此前导入的第 ${p.from.line} 行`
          : p.from.kind === 'IMPORT'
            ? `导入 ${p.from.importId} 第 ${p.from.line} 行`
            : `申报 ${p.from.applicationId}`;
      const differs =
        p.contradicted === undefined
          ? ''
          : `；该记录为 ${p.contradicted.creditCode} ${p.contradicted.title}，与本行不符`;
      return `${p.certifyingBody}的证书 ${p.certificateNumber} 已由${where}记录${differs}`;
    },
    (p) => {
      const where =
        p.from.kind === 'APPLICATION'
          ? `application ${p.from.applicationId}`
          : `import ${p.from.kind === 'THIS_LIST' ? 'this same list' : p.from.importId} line ${p.from.line}`;
      const differs =
        p.contradicted === undefined
          ? ''
          : `; the record there is for ${p.contradicted.creditCode} ${p.contradicted.title}, which this line contradicts`;
      return `certificate ${p.certificateNumber} of ${p.certifyingBody} was already recorded from ${where}${differs}`;
    },
  ),
  /** UNMATCHED: no such enterprise. */
  notRegistered: template<{ readonly creditCode: string }>(
    (p) => `名录中没有统一社会信用代码为 ${p.creditCode} 的企业`,
    (p) => `no enterprise with credit code ${p.creditCode} is in the registry`,
  ),
  /** UNMATCHED: the list and the registry name the enterprise differently. */
  otherName: template<{ readonly listed: string; readonly registered: string; readonly creditCode: string }>(
    (p) =>
      `名单中的企业名称为「${p.listed}」，名录中 ${p.creditCode} 的名称为「${p.registered}」：请更正其一后重新导入`,
    (p) =>
      `the list names "${p.listed}" but the registry has "${p.registered}" for ${p.creditCode}: correct one of them and import again`,
  ),
  /** INVALID: no policy version covers the certification date (R9). */
  noPolicyOn: template<{ readonly date: string }>(
    (p) => `认定日期 ${p.date} 没有生效的已发布政策版本`,
    (p) => `no published policy version is in force on the certification date ${p.date}`,
  ),
  /** INVALID: the title at its level is not one of the version's tiers (R5.2). */
  notATier: template<{ readonly level: string; readonly title: string; readonly policyId: string }>(
    (p) => `${p.level} ${p.title} 不属于 ${p.policyId} 的任何档次`,
    (p) => `${p.level} ${p.title} is not a tier of ${p.policyId}`,
  ),
  /** INVALID: a title the version does not pay from lists (R6.7b). */
  notImported: template<{ readonly label: string; readonly level: string; readonly policyId: string }>(
    (p) =>
      `${p.label}为${enumLabel('CertificationLevel', p.level as EnumValue<'CertificationLevel'>).zh}称号，${p.policyId} 不按名单导入奖励（R6.7b：区级称号走评审路径 R6.7a，灯塔工厂走 R6.7c）`,
    (p) =>
      `${p.label} is a ${p.level} title, which ${p.policyId} does not pay from a list (R6.7b: district titles through the reviewed path R6.7a, lighthouse factories through R6.7c)`,
  ),
} as const;

/** The problems of one line of a list, checked on its own (functions/domain/benchmark/certification-list.ts). */
export const LINE_PROBLEMS = {
  missingCreditCode: words('缺少统一社会信用代码', 'missing credit code'),
  creditCode: template<{ readonly creditCode: string; readonly problem: Bilingual }>(
    (p) => `统一社会信用代码 ${p.creditCode}：${p.problem.zh}`,
    (p) => `credit code ${p.creditCode}: ${p.problem.en}`,
  ),
  enterpriseName: words('企业名称缺失或超过 200 个字符', 'enterprise name missing or over 200 characters'),
  certifyingBody: words('认定机构缺失或超过 100 个字符', 'certifying body missing or over 100 characters'),
  certificateNumber: words(
    '证书编号缺失、超过 64 个字符或含有不允许的字符',
    'certificate number missing, over 64 characters or with unexpected characters',
  ),
  notADate: template<{ readonly raw: string }>(
    (p) => `日期「${p.raw}」不是有效日期（YYYY-MM-DD）`,
    (p) => `date "${p.raw}" is not a date (YYYY-MM-DD)`,
  ),
  futureDate: template<{ readonly date: string }>(
    (p) => `日期 ${p.date} 晚于今天`,
    (p) => `date ${p.date} is in the future`,
  ),
  missingTitle: words('缺少认定称号', 'missing title'),
  unknownLevel: template<{ readonly raw: string; readonly known: readonly string[] }>(
    (p) => `未知的认定层级「${p.raw}」（应为 ${p.known.join('、')} 之一）`,
    (p) => `unknown level "${p.raw}" (one of ${p.known.join(', ')})`,
  ),
  levelDisagrees: template<{ readonly title: string; readonly level: string; readonly raw: string }>(
    (p) =>
      `称号 ${p.title} 为${enumLabel('CertificationLevel', p.level as EnumValue<'CertificationLevel'>).zh}，但层级列为「${p.raw}」`,
    (p) => `the title ${p.title} is ${p.level}, but the level column says ${p.raw}`,
  ),
  unknownTitle: template<{ readonly raw: string; readonly known: readonly string[] }>(
    (p) => `未知的认定称号「${p.raw}」（应为 ${p.known.join('、')} 之一）`,
    (p) => `unknown title "${p.raw}" (one of ${p.known.join('、')})`,
  ),
  titleNeedsLevel: template<{ readonly title: string }>(
    (p) => `称号 ${p.title} 需要填写认定层级列`,
    (p) => `the title ${p.title} needs the level column`,
  ),
} as const;

/** A town's enterprise register (`importEnterprises`): a line's own problems, beside its input's. */
export const REGISTER_PROBLEMS = {
  repeatedCreditCode: template<{ readonly first: number }>(
    ({ first }) => `统一社会信用代码已在第 ${first} 行出现`,
    ({ first }) => `credit code already given on line ${first}`,
  ),
} as const;

/** The unified social credit code's check, in both languages (functions/domain/registry/credit-code.ts). */
export const CREDIT_CODE_PROBLEMS = {
  length: words('统一社会信用代码应为 18 位', 'a unified social credit code has 18 characters'),
  character: words(
    '统一社会信用代码只能使用数字 0–9 和大写字母 A–Y（不含 I、O、S、V、Z）',
    'a unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z',
  ),
  check: words(
    '校验码（第 18 位）与前 17 位不符',
    'the check character (18th) does not match the first 17 characters',
  ),
} as const;
