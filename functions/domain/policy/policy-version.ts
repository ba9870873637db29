import { PolicyViolation } from '../errors.ts';
import { cstDate } from '../time/cst.ts';
import type { Fen } from '../money.ts';
import { yuanToFen } from '../money.ts';

/**
 * R8.1, R9.1: every amount and rule setting the system uses is a policy version with an effective period
 * (CST dates, both ends inclusive) and a citation of the document behind each setting. A version is data:
 * drafted by one commission user, published by another, never changed once published (a correction is a
 * new version), and no two published versions overlap. A date no version covers is refused (R9).
 */

export const BENCHMARK_TITLES = [
  'SMART_PRODUCTION_LINE',
  'SMART_WAREHOUSE',
  'SMART_WORKSHOP',
  'SMART_FACTORY',
  'NATIONAL_BENCHMARK_FACTORY',
  'LIGHTHOUSE_FACTORY',
] as const;
export type BenchmarkTitle = (typeof BENCHMARK_TITLES)[number];
export const CERTIFICATION_LEVELS = ['DISTRICT', 'MUNICIPAL', 'NATIONAL', 'GLOBAL'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];

export interface TierRule {
  readonly tier: number;
  readonly level: CertificationLevel;
  readonly titles: readonly BenchmarkTitle[];
  readonly amountFen: Fen;
}

/**
 * The one-per rules the code enforces, named so that a version states which it follows. Each has one
 * implemented form today; a document that changes one needs that form built before its version can
 * be drafted (the input refuses an unknown form).
 */
export const ONE_PER_RULES = {
  /** R5.1a: at most one diagnosis reward per enterprise per annual plan. */
  diagnosisReward: ['ENTERPRISE_PER_PLAN'],
  /** R5.1b: at most one implementation reward per diagnosis report. */
  implementationReward: ['DIAGNOSIS_REPORT'],
  /** R5.3: one application per enterprise, title and notice year. */
  benchmarkTitle: ['ENTERPRISE_TITLE_PER_YEAR'],
} as const;
export interface OnePerRules {
  readonly diagnosisReward: (typeof ONE_PER_RULES.diagnosisReward)[number];
  readonly implementationReward: (typeof ONE_PER_RULES.implementationReward)[number];
  readonly benchmarkTitle: (typeof ONE_PER_RULES.benchmarkTitle)[number];
}

/** R2.2: which fiscal year's budget an approval commits against. */
export const FISCAL_YEAR_RULES = ['APPROVAL_DATE'] as const;
export type FiscalYearRule = (typeof FISCAL_YEAR_RULES)[number];

/** Every amount and rule setting the code reads from a policy version (R9.1). */
export interface PolicySettings {
  /** R2.1: the fund line awards are paid from. */
  readonly fundLine: string;
  /** R5.1a: the fixed reward per enterprise diagnosed (R5.5). */
  readonly diagnosisRewardFen: Fen;
  /** R5.1b: the ceiling of an implementation reward (R5.5). */
  readonly implementationRewardCapFen: Fen;
  /** R5.2: the benchmark tiers and their fixed amounts. */
  readonly tiers: readonly TierRule[];
  /** R6.4: working days of publicity. */
  readonly publicityWorkingDays: number;
  /** R7.2, R7.2.1: years a serious finding bars the unit. */
  readonly banYears: number;
  /** R6.3: experts without a conflict whose evaluation completes the review. */
  readonly expertsRequired: number;
  /** R3.1.1: member bodies besides the commission whose sign-off a proposal needs. */
  readonly jointReviewBodies: number;
  /** R5.1b.1: years after the plan year in which an implementation reward may still be applied for. */
  readonly implementationWindowYears: number;
  /** R6.7b: the certification levels paid without application, from imported lists. */
  readonly importedLevels: readonly CertificationLevel[];
  readonly onePerRules: OnePerRules;
  readonly fiscalYearRule: FiscalYearRule;
}
export type PolicySettingName = keyof PolicySettings;
export const POLICY_SETTING_NAMES = [
  'fundLine',
  'diagnosisRewardFen',
  'implementationRewardCapFen',
  'tiers',
  'publicityWorkingDays',
  'banYears',
  'expertsRequired',
  'jointReviewBodies',
  'implementationWindowYears',
  'importedLevels',
  'onePerRules',
  'fiscalYearRule',
] as const satisfies readonly PolicySettingName[];

/** The document a version renders: who issued it, what it is, and the clause behind each setting. */
export interface PolicyCitation {
  readonly issuingBody: string;
  readonly title: string;
  /** 文号, where known. */
  readonly documentNumber?: string | undefined;
  readonly publishedOn: string;
  readonly clauses: Readonly<Record<PolicySettingName, string>>;
}

export const POLICY_VERSION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PolicyVersionStatus = (typeof POLICY_VERSION_STATUSES)[number];

export interface PolicyVersion extends PolicySettings {
  readonly id: string;
  readonly title: string;
  /** First CST date the version applies to. */
  readonly effectiveFrom: string;
  /** Last CST date it applies to (inclusive). */
  readonly effectiveTo: string;
  readonly citation: PolicyCitation;
  /** Demonstration data (local demo only), never a real document. */
  readonly demo: boolean;
  readonly status: PolicyVersionStatus;
  readonly draftedBy: string;
  readonly publishedBy?: string | undefined;
  readonly publishedAt?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const tier = (n: number, level: CertificationLevel, titles: BenchmarkTitle[], yuan: number): TierRule => ({
  tier: n,
  level,
  titles,
  amountFen: yuanToFen(yuan),
});

/** The settings of the 2022 rules, clause by clause (第二条 to 第七条). */
export const SETTINGS_2022: PolicySettings = {
  fundLine: '区产业发展专项资金 · 区技术改造专项',
  diagnosisRewardFen: yuanToFen(20_000),
  implementationRewardCapFen: yuanToFen(100_000),
  tiers: [
    tier(1, 'DISTRICT', ['SMART_PRODUCTION_LINE', 'SMART_WAREHOUSE'], 100_000),
    tier(2, 'DISTRICT', ['SMART_WORKSHOP'], 200_000),
    tier(3, 'DISTRICT', ['SMART_FACTORY'], 500_000),
    tier(4, 'MUNICIPAL', ['SMART_FACTORY'], 1_000_000),
    tier(5, 'NATIONAL', ['NATIONAL_BENCHMARK_FACTORY'], 2_000_000),
    tier(6, 'GLOBAL', ['LIGHTHOUSE_FACTORY'], 5_000_000),
  ],
  publicityWorkingDays: 5,
  banYears: 3,
  expertsRequired: 1,
  jointReviewBodies: 1,
  implementationWindowYears: 2,
  importedLevels: ['MUNICIPAL', 'NATIONAL'],
  onePerRules: {
    diagnosisReward: 'ENTERPRISE_PER_PLAN',
    implementationReward: 'DIAGNOSIS_REPORT',
    benchmarkTitle: 'ENTERPRISE_TITLE_PER_YEAR',
  },
  fiscalYearRule: 'APPROVAL_DATE',
};

export const CLAUSES_2022: Readonly<Record<PolicySettingName, string>> = {
  fundLine: '第二条',
  diagnosisRewardFen: '第五条（一）',
  implementationRewardCapFen: '第五条（一）',
  tiers: '第五条（二）',
  publicityWorkingDays: '第六条（一）4',
  banYears: '第七条',
  expertsRequired: '第六条（一）3（解释）',
  jointReviewBodies: '第三条、第六条（一）3（解释 R3.1.1）',
  implementationWindowYears: '第五条（一）（解释 R5.1b.1）',
  importedLevels: '第六条（二）',
  onePerRules: '第五条（解释 R5.1a、R5.1b、R5.3）',
  fiscalYearRule: '第二条（解释 R2.2）',
};

/**
 * The 2022 rules, the first version (R9): in force from publication, 2022-03-02, until 2022-12-31 as
 * their 第九条 states. Seeded as published.
 */
export const POLICY_2022: Omit<PolicyVersion, 'version' | 'createdAt' | 'updatedAt'> = {
  id: 'QP-2022',
  title: '青浦区推进企业智能化改造和智能工厂建设实施细则（试行）',
  effectiveFrom: '2022-03-02',
  effectiveTo: '2022-12-31',
  citation: {
    issuingBody: '上海市青浦区经济委员会',
    title: '青浦区推进企业智能化改造和智能工厂建设实施细则（试行）',
    publishedOn: '2022-03-02',
    clauses: CLAUSES_2022,
  },
  demo: false,
  status: 'PUBLISHED',
  draftedBy: 'system',
  publishedBy: 'system',
  ...SETTINGS_2022,
};

const published = (version: PolicyVersion): boolean => version.status === 'PUBLISHED';

/** Whether two inclusive CST date ranges share a day. */
export const periodsOverlap = (
  a: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveTo'>,
): boolean => a.effectiveFrom <= b.effectiveTo && b.effectiveFrom <= a.effectiveTo;

/** The published version in force on a CST date, if any (published versions never overlap). */
export function policyInForce(versions: readonly PolicyVersion[], date: string): PolicyVersion | undefined {
  return versions.find(
    (version) => published(version) && version.effectiveFrom <= date && date <= version.effectiveTo,
  );
}

/** R9: a date no published version covers is refused, naming the date; nothing is guessed. */
export function requirePolicyInForce(versions: readonly PolicyVersion[], date: string): PolicyVersion {
  const policy = policyInForce(versions, date);
  if (!policy) {
    throw new PolicyViolation(
      'R9',
      `no published policy version is in force on ${date} (China Standard Time): the commission must publish the version covering that date first`,
    );
  }
  return policy;
}

/** R9.1: the published versions whose period shares a day with the candidate's. */
export function overlappingVersions(
  versions: readonly PolicyVersion[],
  candidate: Pick<PolicyVersion, 'id' | 'effectiveFrom' | 'effectiveTo'>,
): PolicyVersion[] {
  return versions.filter(
    (version) => published(version) && version.id !== candidate.id && periodsOverlap(version, candidate),
  );
}

/** R2.2: how each fiscal-year rule finds the fiscal year of an approval given at an instant. */
const FISCAL_YEAR_OF: Readonly<Record<FiscalYearRule, (approvedAt: Date) => number>> = {
  APPROVAL_DATE: (approvedAt) => Number(cstDate(approvedAt).slice(0, 4)),
};

/** R2.2: the fiscal year whose budget an approval given at `approvedAt` commits against. */
export function fiscalYearOf(rule: FiscalYearRule, approvedAt: Date): number {
  return FISCAL_YEAR_OF[rule](approvedAt);
}
