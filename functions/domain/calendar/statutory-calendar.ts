import type { FestivalDays } from './holiday-arrangement.ts';
import type { YearArrangement } from './working-day-calendar.ts';

/** A year of the statutory data bundled with the service, festival by festival. */
export interface StatutoryYear extends YearArrangement {
  readonly festivals: readonly FestivalDays[];
}

/**
 * Port: the official arrangements that ship with the service (the `chinese-days` package), for the years
 * it has. A year it does not have is unknown until the commission loads it (R6.4.2).
 */
export interface StatutoryCalendar {
  /** The package the data comes from and its version, e.g. `chinese-days` `1.5.7`. */
  readonly package: { readonly name: string; readonly version: string };
  /** Its years, in order (read on first use: the data stays out of a cold start that does not need it). */
  years(): Promise<readonly StatutoryYear[]>;
}
