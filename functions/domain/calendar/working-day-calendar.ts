import { PolicyViolation } from '../errors.ts';
import { cstDate } from '../time/cst.ts';

/**
 * The statutory working-day calendar (R6.4): weekends and public holidays are not working days; the
 * weekend days the State Council declares make-up working days (调休上班) are. A year's arrangement is
 * official only once published (R6.4.2): a year that is not loaded is unknown, never guessed.
 */

export interface YearArrangement {
  readonly year: number;
  /** Days off that would otherwise be working days or weekends (CST dates). */
  readonly holidays: readonly string[];
  /** Weekend days that are working days. */
  readonly makeUpWorkdays: readonly string[];
}

export interface PublicityPeriod {
  /** First day (day 1) and last day of publicity, CST dates. */
  readonly startDate: string;
  readonly endDate: string;
  /** The working days counted. */
  readonly workingDates: readonly string[];
  /** 24:00 China Standard Time at the end of the last day: objections are accepted until then (R6.4.1). */
  readonly endsAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

export const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** 24:00 CST at the end of a CST date, as an instant. */
export const endOfCstDay = (date: string): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - CST_OFFSET_MS);

export class WorkingDayCalendar {
  private readonly years: ReadonlyMap<number, { holidays: ReadonlySet<string>; makeUp: ReadonlySet<string> }>;

  constructor(arrangements: Iterable<YearArrangement>) {
    this.years = new Map(
      [...arrangements].map((year) => [
        year.year,
        { holidays: new Set(year.holidays), makeUp: new Set(year.makeUpWorkdays) },
      ]),
    );
  }

  knows(year: number): boolean {
    return this.years.has(year);
  }

  /** Whether a CST date is a working day; refuses a date in a year whose arrangement is not loaded (R6.4.2). */
  isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    const arrangement = this.years.get(year);
    if (!arrangement) {
      throw new PolicyViolation(
        'R6.4.2',
        `the State Council's holiday arrangement for ${year} is not loaded, so working days in ${year} are unknown; an administrator must load it first`,
      );
    }
    if (arrangement.makeUp.has(date)) return true;
    if (arrangement.holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * R6.4.1: publicity starts on the day of publication (a CST date) when that is a working day, else on
   * the next working day; the start day is day 1; it ends at 24:00 of the last working day.
   */
  publicityPeriod(publishedAt: Date, workingDays: number): PublicityPeriod {
    if (!Number.isInteger(workingDays) || workingDays < 1)
      throw new Error(`publicity lasts at least one working day, got ${workingDays}`);
    const workingDates: string[] = [];
    for (let date = cstDate(publishedAt); workingDates.length < workingDays; date = nextDate(date)) {
      if (this.isWorkingDay(date)) workingDates.push(date);
    }
    const startDate = workingDates[0] ?? '';
    const endDate = workingDates.at(-1) ?? '';
    return { startDate, endDate, workingDates, endsAt: endOfCstDay(endDate) };
  }
}
