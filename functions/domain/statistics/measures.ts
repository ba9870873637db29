import type { Fen } from '../money.ts';

/**
 * Programme statistics (issue 17): what the commission counts, and by what. Each measure is a count and an
 * amount in fen; each is kept per fiscal year (R2.2), town, programme, tier and CST month, so that any of
 * those can be read as a chart's series.
 */

/**
 * - APPLIED: an application submitted for the first time (R6.2), at the amount applied for;
 * - ACCEPTED: taken into review — an enterprise's application accepted online by its town the first time
 *   (R6.2.2, 在线受理), a provider's diagnosis-reward application when first submitted (R6.2.1: it is
 *   submitted to the commission, no town accepts it);
 * - APPROVED: an award approved at deliberation (R6.5), or an automatic award approved by its joint
 *   disbursement document (R6.7b), at the amount committed (R2.2);
 * - REFUSED: refused at the preliminary review (R6.3.1), at deliberation (R6.5), or removed by an upheld
 *   objection (R6.4), at the amount applied for or proposed;
 * - PAID: a payment the bank paid (R6.6);
 * - RECOVERED: money recovered on a fraud finding (R7.1): counted once per award, every recovery's amount.
 */
export const STATISTICS_MEASURES = [
  'APPLIED',
  'ACCEPTED',
  'APPROVED',
  'REFUSED',
  'PAID',
  'RECOVERED',
] as const;
export type StatisticsMeasure = (typeof STATISTICS_MEASURES)[number];

/** How a fiscal year's figures are broken down for a chart: one series per town, tier, programme or month. */
export const STATISTICS_DIMENSIONS = ['TOWN', 'TIER', 'PROGRAMME', 'MONTH'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/**
 * The programmes of the glossary: the diagnosis reward (R5.1a), the implementation reward (R5.1b), the
 * district benchmark titles (R6.7a), lighthouse factories (R6.7c), and automatic awards without
 * application (免申即享, R6.7b, path `AUTOMATIC`).
 */
export const STATISTICS_PROGRAMMES = [
  'DIAGNOSIS_REWARD',
  'IMPLEMENTATION_REWARD',
  'DISTRICT_BENCHMARK',
  'LIGHTHOUSE',
  'AUTOMATIC',
] as const;
export type StatisticsProgramme = (typeof STATISTICS_PROGRAMMES)[number];

/** An R5.2 tier (`1`…`6`), or `NONE` for the diagnosis and implementation rewards, which have none. */
export type StatisticsTier = `${number}` | 'NONE';
export const NO_TIER = 'NONE';

/** One measure's figure: how many, and how much. */
export interface Figure {
  readonly count: number;
  readonly amountFen: Fen;
}

export const ZERO: Figure = { count: 0, amountFen: 0 };

export const MEASURE_LABELS: Readonly<Record<StatisticsMeasure, string>> = {
  APPLIED: '申报',
  ACCEPTED: '受理',
  APPROVED: '批准',
  REFUSED: '未通过',
  PAID: '拨付',
  RECOVERED: '追回',
};

export const PROGRAMME_LABELS: Readonly<Record<StatisticsProgramme, string>> = {
  DIAGNOSIS_REWARD: '诊断服务奖励',
  IMPLEMENTATION_REWARD: '实施奖励',
  DISTRICT_BENCHMARK: '区级标杆示范',
  LIGHTHOUSE: '灯塔工厂',
  AUTOMATIC: '免申即享',
};

/** `第3档`; the rewards without a tier are `无台阶`. */
export const tierLabel = (tier: StatisticsTier): string => (tier === NO_TIER ? '无台阶' : `第${tier}档`);

/** `2026-05` → `2026年5月`. */
export const monthLabel = (month: string): string =>
  `${month.slice(0, 4)}年${String(Number(month.slice(5, 7)))}月`;
