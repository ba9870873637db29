import type { Fen } from '../money.ts';
import { yuanToFen } from '../money.ts';

/**
 * R8.1: amounts, caps, tiers, publicity length and paths are a policy version with an effective period;
 * each application and award records the version it was decided under; a new version is data.
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

export interface PolicyVersion {
  readonly id: string;
  readonly title: string;
  /** First CST date the version applies to. */
  readonly effectiveFrom: string;
  /** Last CST date it applies to; open-ended when absent. */
  readonly effectiveTo?: string | undefined;
  /** R5.1a: per enterprise diagnosed. */
  readonly diagnosisRewardFen: Fen;
  /** R5.1b: the most an implementation reward may be. */
  readonly implementationRewardCapFen: Fen;
  /** R5.2 tiers. */
  readonly tiers: readonly TierRule[];
  /** R6.4: working days of publicity. */
  readonly publicityWorkingDays: number;
}

/** The 2022 rules (沪青经委〔2022〕), the first version (R9). */
export const POLICY_2022: PolicyVersion = {
  id: 'QP-2022',
  title: '青浦区推进企业智能化改造和智能工厂建设实施细则（试行）',
  effectiveFrom: '2022-03-02',
  diagnosisRewardFen: yuanToFen(20_000),
  implementationRewardCapFen: yuanToFen(100_000),
  tiers: [
    {
      tier: 1,
      level: 'DISTRICT',
      titles: ['SMART_PRODUCTION_LINE', 'SMART_WAREHOUSE'],
      amountFen: yuanToFen(100_000),
    },
    { tier: 2, level: 'DISTRICT', titles: ['SMART_WORKSHOP'], amountFen: yuanToFen(200_000) },
    { tier: 3, level: 'DISTRICT', titles: ['SMART_FACTORY'], amountFen: yuanToFen(500_000) },
    { tier: 4, level: 'MUNICIPAL', titles: ['SMART_FACTORY'], amountFen: yuanToFen(1_000_000) },
    { tier: 5, level: 'NATIONAL', titles: ['NATIONAL_BENCHMARK_FACTORY'], amountFen: yuanToFen(2_000_000) },
    { tier: 6, level: 'GLOBAL', titles: ['LIGHTHOUSE_FACTORY'], amountFen: yuanToFen(5_000_000) },
  ],
  publicityWorkingDays: 5,
};

/** The version in force on a CST date: the latest one that has started and not ended. */
export function policyInForce(versions: readonly PolicyVersion[], date: string): PolicyVersion | undefined {
  return versions
    .filter(
      (version) =>
        version.effectiveFrom <= date && (version.effectiveTo === undefined || date <= version.effectiveTo),
    )
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}
