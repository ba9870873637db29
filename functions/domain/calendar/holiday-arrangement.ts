import type { FieldIssue } from '../errors.ts';
import type { YearArrangement } from './working-day-calendar.ts';

/**
 * A year's holiday arrangement as the State Council publishes it (国务院办公厅关于YYYY年部分节假日安排的通知):
 * for each statutory festival its days off and the weekend days declared working days (R6.4, R6.4.2).
 * A year is loaded only when complete and consistent (R6.4.4). Pure rules; no I/O.
 */

/** The statutory festivals of the national calendar (全国年节及纪念日放假办法), in the order of the year. */
export const STATUTORY_FESTIVALS = [
  'NEW_YEARS_DAY',
  'SPRING_FESTIVAL',
  'QINGMING',
  'LABOUR_DAY',
  'DRAGON_BOAT',
  'MID_AUTUMN',
  'NATIONAL_DAY',
] as const;
export type StatutoryFestival = (typeof STATUTORY_FESTIVALS)[number];
/** `OTHER`: a one-off day off the State Council declares (e.g. 2015-09-03), named in the arrangement. */
export const FESTIVALS = [...STATUTORY_FESTIVALS, 'OTHER'] as const;
export type Festival = (typeof FESTIVALS)[number];

export const FESTIVAL_NAMES: Readonly<Record<StatutoryFestival, string>> = {
  NEW_YEARS_DAY: '元旦',
  SPRING_FESTIVAL: '春节',
  QINGMING: '清明节',
  LABOUR_DAY: '劳动节',
  DRAGON_BOAT: '端午节',
  MID_AUTUMN: '中秋节',
  NATIONAL_DAY: '国庆节',
};

/** The festivals on fixed solar dates, and the day the law names for each (month-day). */
const FIXED_DAYS: Partial<Readonly<Record<StatutoryFestival, string>>> = {
  NEW_YEARS_DAY: '01-01',
  LABOUR_DAY: '05-01',
  NATIONAL_DAY: '10-01',
};

/** Qingming, Dragon Boat and Mid-Autumn became days off in 2008 (the 2007 revision of the 放假办法). */
const FIRST_YEAR_OF_SEVEN = 2008;

/** The festivals a year's arrangement must account for (R6.4.4). */
export function statutoryFestivals(year: number): readonly StatutoryFestival[] {
  return year >= FIRST_YEAR_OF_SEVEN
    ? STATUTORY_FESTIVALS
    : ['NEW_YEARS_DAY', 'SPRING_FESTIVAL', 'LABOUR_DAY', 'NATIONAL_DAY'];
}

/** One festival's part of the arrangement. */
export interface FestivalDays {
  readonly festival: Festival;
  /** Its name as the notice gives it (元旦, 春节, …); required for `OTHER`. */
  readonly name: string;
  /** Its days off (CST dates). Empty only when it shares another festival's days (`sharedWith`). */
  readonly holidays: readonly string[];
  /** The weekend days declared working days for it (调休上班). */
  readonly makeUpWorkdays: readonly string[];
  /** The festival whose days it shares (中秋节 with 国庆节 in 2020: 10-01 to 10-08 for both). */
  readonly sharedWith: StatutoryFestival | null;
}

/** The State Council notice an arrangement cites. */
export interface HolidayNotice {
  /** 国务院办公厅关于YYYY年部分节假日安排的通知 (test data says so in its title). */
  readonly title: string;
  /** 国办发明电〔YYYY〕N号, where known. */
  readonly documentNumber: string | null;
  /** Publication date (CST). */
  readonly publishedOn: string;
  /** Where it is published (www.gov.cn). */
  readonly url: string;
}

/** What a replacement changed, day by day. */
export interface DayChanges {
  readonly holidaysAdded: readonly string[];
  readonly holidaysRemoved: readonly string[];
  readonly makeUpWorkdaysAdded: readonly string[];
  readonly makeUpWorkdaysRemoved: readonly string[];
}

/** Where a year's arrangement comes from: the bundled statutory data, or the commission's load. */
export type CalendarSource = 'CHINESE_DAYS' | 'LOADED';

/** Why a loaded arrangement replaced the one before it (R6.4.4), and what changed. */
export interface CalendarReplacement {
  readonly replaced: CalendarSource;
  /** The replaced loaded version; null when it replaced the bundled data. */
  readonly previousVersion: number | null;
  readonly reason: string;
  readonly changes: DayChanges;
}

/** A year's arrangement as the commission loaded it (R6.4.2), kept as a record with its audit trail. */
export interface HolidayArrangement extends YearArrangement {
  /** `CAL-<year>`. */
  readonly id: string;
  readonly festivals: readonly FestivalDays[];
  /** The notice cited; null only on a load recorded before citations were kept. */
  readonly notice: HolidayNotice | null;
  /** Invented days for tests, never official; refused by a server in production mode. */
  readonly testData: boolean;
  readonly loadedBy: string;
  readonly loadedAt: string;
  /** Null for the first load of a year the bundled data does not have. */
  readonly replacement: CalendarReplacement | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekday(date) === 0 || weekday(date) === 6;
const sortedUnique = (dates: Iterable<string>): string[] => [...new Set(dates)].sort();

/** The year's days off and make-up working days, merged over its festivals (shared days once). */
export function daysOf(
  festivals: readonly FestivalDays[],
): Pick<YearArrangement, 'holidays' | 'makeUpWorkdays'> {
  return {
    holidays: sortedUnique(festivals.flatMap((festival) => festival.holidays)),
    makeUpWorkdays: sortedUnique(festivals.flatMap((festival) => festival.makeUpWorkdays)),
  };
}

/**
 * R6.4.2, R6.4.4: what makes an arrangement inconsistent, each issue with its path from `festivals`:
 * a date outside the year, a make-up working day that is not a Saturday or Sunday, a day that is both a
 * holiday and a make-up day, a festival listed twice, a fixed-date festival without its legal day, a
 * festival without days that shares none, an `OTHER` day without a name.
 */
export function arrangementIssues(year: number, festivals: readonly FestivalDays[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { holidays } = daysOf(festivals);
  const listed = new Map<Festival, number>();
  festivals.forEach((festival, index) => {
    const at = (...path: (string | number)[]): (string | number)[] => ['festivals', index, ...path];
    const first = listed.get(festival.festival);
    if (festival.festival !== 'OTHER') {
      if (first !== undefined)
        issues.push({
          path: at('festival'),
          message: `${festival.festival} is listed twice (also at festivals.${first}); list its days once`,
        });
      else listed.set(festival.festival, index);
    } else if (festival.name.trim() === '') {
      issues.push({
        path: at('name'),
        message: 'a day off other than the statutory festivals needs its name',
      });
    }
    festival.holidays.forEach((date, day) => {
      if (!date.startsWith(`${year}-`))
        issues.push({ path: at('holidays', day), message: `${date} is not in ${year}` });
    });
    festival.makeUpWorkdays.forEach((date, day) => {
      if (!date.startsWith(`${year}-`))
        issues.push({
          path: at('makeUpWorkdays', day),
          message: `${date} is not in ${year}; a make-up day in another year belongs to that year's arrangement`,
        });
      else if (!isWeekend(date))
        issues.push({
          path: at('makeUpWorkdays', day),
          message: `${date} is a weekday; make-up working days (调休上班) fall on Saturdays or Sundays (R6.4)`,
        });
      if (holidays.includes(date))
        issues.push({
          path: at('makeUpWorkdays', day),
          message: `${date} is both a holiday and a make-up working day`,
        });
    });
    const fixed = festival.festival === 'OTHER' ? undefined : FIXED_DAYS[festival.festival];
    if (fixed && festival.holidays.length > 0 && !festival.holidays.includes(`${year}-${fixed}`))
      issues.push({
        path: at('holidays'),
        message: `${festival.festival} (${festivalName(festival)}) includes ${year}-${fixed} by law`,
      });
    if (festival.holidays.length === 0 && festival.sharedWith === null)
      issues.push({
        path: at('holidays'),
        message: `${festival.festival} has no days off; list them, or name the festival whose days it shares (sharedWith)`,
      });
  });
  festivals.forEach((festival, index) => {
    if (festival.sharedWith === null) return;
    const partner = festivals.find((other) => other.festival === festival.sharedWith);
    if (festival.sharedWith === festival.festival || !partner || partner.holidays.length === 0)
      issues.push({
        path: ['festivals', index, 'sharedWith'],
        message: `${festival.festival} shares its days with ${festival.sharedWith}, which must be listed with its own days`,
      });
  });
  return issues;
}

/** R6.4.4: the statutory festivals of the year the arrangement does not account for. */
export function missingFestivals(year: number, festivals: readonly FestivalDays[]): StatutoryFestival[] {
  const listed = new Set(festivals.map((festival) => festival.festival));
  return statutoryFestivals(year).filter((festival) => !listed.has(festival));
}

export function festivalName(festival: Pick<FestivalDays, 'festival' | 'name'>): string {
  if (festival.name.trim() !== '') return festival.name;
  return festival.festival === 'OTHER' ? '' : FESTIVAL_NAMES[festival.festival];
}

/** What replacing one arrangement of a year with another changes, day by day. */
export function dayChanges(
  before: Pick<YearArrangement, 'holidays' | 'makeUpWorkdays'>,
  after: Pick<YearArrangement, 'holidays' | 'makeUpWorkdays'>,
): DayChanges {
  const minus = (a: readonly string[], b: readonly string[]): string[] =>
    sortedUnique(a.filter((date) => !b.includes(date)));
  return {
    holidaysAdded: minus(after.holidays, before.holidays),
    holidaysRemoved: minus(before.holidays, after.holidays),
    makeUpWorkdaysAdded: minus(after.makeUpWorkdays, before.makeUpWorkdays),
    makeUpWorkdaysRemoved: minus(before.makeUpWorkdays, after.makeUpWorkdays),
  };
}

export function changesNothing(changes: DayChanges): boolean {
  return Object.values(changes).every((dates: readonly string[]) => dates.length === 0);
}

/** The changes in words, for messages: "+2027-01-04 holiday, -2027-01-09 make-up day". */
export function describeChanges(changes: DayChanges): string {
  const parts = [
    ...changes.holidaysAdded.map((date) => `+${date} holiday`),
    ...changes.holidaysRemoved.map((date) => `-${date} holiday`),
    ...changes.makeUpWorkdaysAdded.map((date) => `+${date} make-up day`),
    ...changes.makeUpWorkdaysRemoved.map((date) => `-${date} make-up day`),
  ];
  return parts.length === 0 ? 'the same days' : parts.join(', ');
}
