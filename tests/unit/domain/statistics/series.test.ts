import { describe, expect, it } from 'vitest';
import type { CellFigures } from '#domain/statistics/series';
import { statisticsSeries } from '#domain/statistics/series';

/** Issue 17: the chart-ready shape of a year's cells. */

const TOWNS = [
  { code: 'JINZE', name: '金泽镇' },
  { code: 'ZHUJIAJIAO', name: '朱家角镇' },
];
const CELLS: CellFigures[] = [
  {
    town: 'ZHUJIAJIAO',
    month: '2026-05',
    programme: 'DISTRICT_BENCHMARK',
    tier: '2',
    figures: { APPLIED: { count: 2, amountFen: 40_000_000 }, APPROVED: { count: 1, amountFen: 20_000_000 } },
  },
  {
    town: 'ZHUJIAJIAO',
    month: '2026-06',
    programme: 'IMPLEMENTATION_REWARD',
    tier: 'NONE',
    figures: { APPLIED: { count: 1, amountFen: 9_000_000 } },
  },
  {
    town: 'JINZE',
    month: '2027-01',
    programme: 'DISTRICT_BENCHMARK',
    tier: '3',
    figures: { PAID: { count: 1, amountFen: 50_000_000 } },
  },
];
const figure = (
  series: { points: readonly { measure: string; count: number; amountFen: number }[] },
  measure: string,
) => series.points.find((point) => point.measure === measure);

describe('statistics series (issue 17)', () => {
  it('sums cells into one series per town, every town listed, a point per measure, and the totals', () => {
    const result = statisticsSeries({ fiscalYear: 2026, by: 'TOWN', town: null, towns: TOWNS }, CELLS);
    expect(result.measures.map((measure) => measure.label)).toEqual([
      '申报',
      '受理',
      '批准',
      '未通过',
      '拨付',
      '追回',
    ]);
    expect(result.series.map((series) => [series.key, series.label])).toEqual([
      ['JINZE', '金泽镇'],
      ['ZHUJIAJIAO', '朱家角镇'],
    ]);
    const zhujiajiao = result.series[1];
    if (zhujiajiao === undefined) throw new Error('no series');
    expect(figure(zhujiajiao, 'APPLIED')).toMatchObject({ count: 3, amountFen: 49_000_000 });
    expect(figure(zhujiajiao, 'PAID')).toMatchObject({ count: 0, amountFen: 0 });
    expect(zhujiajiao.points).toHaveLength(6);
    expect(result.totals.map((point) => [point.measure, point.count, point.amountFen])).toEqual([
      ['APPLIED', 3, 49_000_000],
      ['ACCEPTED', 0, 0],
      ['APPROVED', 1, 20_000_000],
      ['REFUSED', 0, 0],
      ['PAID', 1, 50_000_000],
      ['RECOVERED', 0, 0],
    ]);
  });

  it('by month: every month of the fiscal year, and a payment of the next January after them', () => {
    const result = statisticsSeries({ fiscalYear: 2026, by: 'MONTH', town: null, towns: TOWNS }, CELLS);
    expect(result.series.map((series) => series.key)).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
      '2027-01',
    ]);
    expect(result.series[4]?.label).toBe('2026年5月');
    expect(result.series.at(-1)?.label).toBe('2027年1月');
  });

  it('by tier and programme: tiers counted in order, the rewards without a tier last; every programme', () => {
    const tiers = statisticsSeries({ fiscalYear: 2026, by: 'TIER', town: null, towns: TOWNS }, CELLS);
    expect(tiers.series.map((series) => [series.key, series.label])).toEqual([
      ['2', '第2档'],
      ['3', '第3档'],
      ['NONE', '无台阶'],
    ]);
    const programmes = statisticsSeries(
      { fiscalYear: 2026, by: 'PROGRAMME', town: null, towns: TOWNS },
      CELLS,
    );
    expect(programmes.series.map((series) => series.label)).toEqual([
      '诊断服务奖励',
      '实施奖励',
      '区级标杆示范',
      '灯塔工厂',
      '免申即享',
    ]);
  });

  it('limited to a town: its series and totals only', () => {
    const result = statisticsSeries({ fiscalYear: 2026, by: 'TOWN', town: 'JINZE', towns: TOWNS }, CELLS);
    expect(result.town).toBe('JINZE');
    expect(result.series.map((series) => series.key)).toEqual(['JINZE']);
    expect(result.totals.find((point) => point.measure === 'APPLIED')?.count).toBe(0);
    expect(result.totals.find((point) => point.measure === 'PAID')?.amountFen).toBe(50_000_000);
  });
});
