import statutory from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { YearArrangement } from '#domain/calendar/working-day-calendar';

/**
 * The official arrangements bundled with `chinese-days`: the years for which it lists holidays. Its
 * functions answer for any year (a year it has no data for looks like weekdays only), so only its data is
 * read here, and a year without listed holidays is left unknown (R6.4.2).
 */
export function statutoryArrangements(): YearArrangement[] {
  const data = statutory as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Set(Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))));
  return [...years].sort().map((year) => ({
    year,
    holidays: Object.keys(data.holidays).filter((date) => date.startsWith(`${year}-`)),
    makeUpWorkdays: Object.keys(data.workdays).filter((date) => date.startsWith(`${year}-`)),
    source: 'chinese-days',
  }));
}
