import { UnreachableCaseError } from '../errors.ts';
import type { Figure, StatisticsDimension, StatisticsMeasure, StatisticsTier } from './measures.ts';
import {
  MEASURE_LABELS,
  monthLabel,
  NO_TIER,
  PROGRAMME_LABELS,
  STATISTICS_MEASURES,
  STATISTICS_PROGRAMMES,
  tierLabel,
  ZERO,
} from './measures.ts';
import type { Cell } from './tally.ts';

/**
 * A fiscal year's statistics as a chart reads them (issue 17): one series per town, tier, programme or
 * month, each with a point per measure (count and amount in fen), and the year's totals. Pure: built from
 * the year's counter cells, whatever their number.
 *
 * Categories a chart expects are there even when nothing happened in them (0): every month of the fiscal
 * year, every programme, every town of the reference list the caller may see; tiers are those counted.
 * A month outside the calendar year (a payment in January of an award of the year before, R2.2) follows.
 */

/** A cell of the year with what was counted in it. */
export interface CellFigures extends Cell {
  readonly figures: Partial<Record<StatisticsMeasure, Figure>>;
}

export interface StatisticsPoint extends Figure {
  readonly measure: StatisticsMeasure;
  /** 申报, 受理, 批准… */
  readonly label: string;
}

export interface StatisticsSeries {
  /** The town code, the tier (`1`…`6`, `NONE`), the programme or the month (`YYYY-MM`). */
  readonly key: string;
  /** In Chinese, for the chart: 朱家角镇, 第3档, 区级标杆示范, 2026年5月. */
  readonly label: string;
  /** One per measure, in the order of `measures`. */
  readonly points: readonly StatisticsPoint[];
}

export interface ProgrammeStatistics {
  readonly fiscalYear: number;
  readonly by: StatisticsDimension;
  /** The town the figures are limited to, or null for the whole district. */
  readonly town: string | null;
  readonly measures: readonly { readonly measure: StatisticsMeasure; readonly label: string }[];
  readonly series: readonly StatisticsSeries[];
  /** The whole year (of the town, when limited to one). */
  readonly totals: readonly StatisticsPoint[];
}

export interface SeriesRequest {
  readonly fiscalYear: number;
  readonly by: StatisticsDimension;
  /** Limited to this town (a town officer's own, or the commission's choice), or the whole district. */
  readonly town: string | null;
  /** The local units of the reference list, in order, with their names (series of TOWN). */
  readonly towns: readonly { readonly code: string; readonly name: string }[];
}

type Totals = Map<StatisticsMeasure, { count: number; amountFen: number }>;
const emptyTotals = (): Totals => new Map();

const add = (into: Totals, figures: CellFigures['figures']): void => {
  for (const measure of STATISTICS_MEASURES) {
    const figure = figures[measure];
    if (figure === undefined) continue;
    const sum = into.get(measure) ?? { ...ZERO };
    sum.count += figure.count;
    sum.amountFen += figure.amountFen;
    into.set(measure, sum);
  }
};

const points = (totals: Totals): StatisticsPoint[] =>
  STATISTICS_MEASURES.map((measure) => ({
    measure,
    label: MEASURE_LABELS[measure],
    ...(totals.get(measure) ?? ZERO),
  }));

/** The year's figures broken down by `request.by`, from its cells (already limited to the town, if any). */
export function statisticsSeries(request: SeriesRequest, cells: readonly CellFigures[]): ProgrammeStatistics {
  const within = request.town === null ? cells : cells.filter((cell) => cell.town === request.town);
  const byKey = new Map<string, Totals>();
  const all = emptyTotals();
  for (const cell of within) {
    const key = keyOf(request.by, cell);
    const totals = byKey.get(key) ?? emptyTotals();
    add(totals, cell.figures);
    byKey.set(key, totals);
    add(all, cell.figures);
  }
  const categories = categoriesOf(request, [...byKey.keys()]);
  return {
    fiscalYear: request.fiscalYear,
    by: request.by,
    town: request.town,
    measures: STATISTICS_MEASURES.map((measure) => ({ measure, label: MEASURE_LABELS[measure] })),
    series: categories.map(({ key, label }) => ({
      key,
      label,
      points: points(byKey.get(key) ?? emptyTotals()),
    })),
    totals: points(all),
  };
}

function keyOf(by: StatisticsDimension, cell: Cell): string {
  switch (by) {
    case 'TOWN':
      return cell.town;
    case 'TIER':
      return cell.tier;
    case 'PROGRAMME':
      return cell.programme;
    case 'MONTH':
      return cell.month;
    default:
      throw new UnreachableCaseError(by);
  }
}

/** The series of a breakdown, in the order a chart shows them, with the keys counted and those expected. */
function categoriesOf(request: SeriesRequest, counted: readonly string[]): { key: string; label: string }[] {
  switch (request.by) {
    case 'TOWN': {
      const towns = request.towns.filter((town) => request.town === null || town.code === request.town);
      const named = new Map(towns.map((town) => [town.code, town.name]));
      // A unit merged away since (reference data changes) keeps its figures, under its code.
      const keys = [...towns.map((town) => town.code), ...counted.filter((code) => !named.has(code)).sort()];
      return keys.map((key) => ({ key, label: named.get(key) ?? key }));
    }
    case 'TIER':
      return [...counted]
        .sort((a, b) => (a === NO_TIER ? 1 : b === NO_TIER ? -1 : Number(a) - Number(b)))
        .map((key) => ({ key, label: tierLabel(key as StatisticsTier) }));
    case 'PROGRAMME':
      return STATISTICS_PROGRAMMES.map((key) => ({ key, label: PROGRAMME_LABELS[key] }));
    case 'MONTH': {
      const months = Array.from(
        { length: 12 },
        (_, index) => `${request.fiscalYear}-${String(index + 1).padStart(2, '0')}`,
      );
      const keys = [...new Set([...months, ...counted])].sort();
      return keys.map((key) => ({ key, label: monthLabel(key) }));
    }
    default:
      throw new UnreachableCaseError(request.by);
  }
}
