import packageJson from 'chinese-days/package.json' with { type: 'json' };
import { loadOnce } from '#adapters/loaded-on-first-use';
import type { StatutoryCalendar } from '#domain/calendar/statutory-calendar';

/**
 * The statutory calendar of the installed `chinese-days`, read once per process, on first use: its data
 * (46 KB) is needed by the calendar's operations and a proposal's publicity, not by a cold start's first
 * requests (issue 19, B4).
 */
export const chineseDaysCalendar: StatutoryCalendar = {
  package: { name: packageJson.name, version: packageJson.version },
  years: loadOnce(async () => (await import('#adapters/calendar/chinese-days-years')).readYears()),
};
