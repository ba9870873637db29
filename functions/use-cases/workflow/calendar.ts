import * as z from 'zod';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import type {
  CalendarReplacement,
  CalendarSource,
  FestivalDays,
  HolidayArrangement,
  HolidayNotice,
} from '#domain/calendar/holiday-arrangement';
import {
  FESTIVALS,
  FESTIVAL_NAMES,
  STATUTORY_FESTIVALS,
  arrangementIssues,
  changesNothing,
  dayChanges,
  daysOf,
  describeChanges,
  missingFestivals,
} from '#domain/calendar/holiday-arrangement';
import type { StatutoryCalendar, StatutoryYear } from '#domain/calendar/statutory-calendar';
import type { YearArrangement } from '#domain/calendar/working-day-calendar';
import { WorkingDayCalendar } from '#domain/calendar/working-day-calendar';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { ProgrammeStore } from '#domain/programme-store';
import { localDateSchema, text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { everyRecord, revise, saveRecord, stamp } from '../programme/record-change.ts';

/** The ports of the calendar use cases: the records, the clock, the bundled statutory data and the mode. */
export interface CalendarPorts extends ProgrammePorts {
  readonly statutoryCalendar: StatutoryCalendar;
  /** A server in production mode never takes test data. */
  readonly build: { readonly mode: string };
}

/** A known year, and where its arrangement comes from (`calendarYears`). */
export interface CalendarYearView {
  readonly year: number;
  readonly source: CalendarSource;
  /** `chinese-days 1.5.7` for a bundled year; null for a loaded one. */
  readonly package: string | null;
  readonly festivals: readonly FestivalDays[];
  readonly holidays: readonly string[];
  readonly makeUpWorkdays: readonly string[];
  readonly testData: boolean;
  /** The loaded record (who, when, the notice, the replacement); null for a bundled year. */
  readonly arrangement: HolidayArrangement | null;
}

export type CalendarLoadOutcome = 'LOADED' | 'REPLACED' | 'UNCHANGED';

export interface CalendarLoad {
  readonly outcome: CalendarLoadOutcome;
  readonly calendarYear: CalendarYearView;
}

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const festivalSchema = z.lazy(() =>
  z.object({
    festival: z.enum(FESTIVALS),
    name: z.string().trim().max(60, 'at most 60 characters').nullish(),
    holidays: z.array(localDateSchema).max(31, 'at most 31 days off per festival').nullish(),
    makeUpWorkdays: z.array(localDateSchema).max(10, 'at most 10 make-up days per festival').nullish(),
    sharedWith: z.enum(STATUTORY_FESTIVALS).nullish(),
  }),
);

const TEST_DATA_MARK = /测试|test data/i;

/** The file format of `npm run calendar -- load` and the input of `loadHolidayArrangement`. */
export const holidayArrangementInputSchema = z.lazy(() =>
  z
    .object({
      year: z.number().int().min(2000).max(2100),
      testData: z.boolean(),
      notice: z.object({
        title: text(1, 200),
        documentNumber: z.string().trim().max(60, 'at most 60 characters').nullish(),
        publishedOn: localDateSchema,
        url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(500),
      }),
      festivals: z.array(festivalSchema).min(1, 'list the festivals of the year').max(20),
      reason: z.string().trim().max(500, 'at most 500 characters').nullish(),
    })
    .superRefine((input, context) => {
      const marked = TEST_DATA_MARK.test(input.notice.title);
      if (input.testData && !marked)
        context.addIssue({
          code: 'custom',
          path: ['notice', 'title'],
          message:
            'test data says so in its title (测试数据 / test data), so that nobody takes it for the notice',
        });
      if (!input.testData && marked)
        context.addIssue({
          code: 'custom',
          path: ['testData'],
          message: 'the title says test data: set testData to true',
        });
      if (!input.testData && !input.notice.title.includes(`${input.year}年部分节假日安排`))
        context.addIssue({
          code: 'custom',
          path: ['notice', 'title'],
          message: `the State Council's notice is titled 国务院办公厅关于${input.year}年部分节假日安排的通知`,
        });
    }),
);

/**
 * Loads a year's holiday arrangement as the State Council published it (R6.4.2, R6.4.4).
 *
 * Input: `HolidayArrangementInput` (year, festivals with their days off and make-up working days, the
 * notice cited, `testData`, and `reason` when it replaces a known year). Output: the outcome (LOADED,
 * REPLACED, UNCHANGED) and the year as `calendarYears` shows it.
 *
 * 1. The commission only (`manageCalendar`); the input's shape (BAD_USER_INPUT with field paths).
 * 2. Consistency (BAD_USER_INPUT): dates in the year, make-up days on weekends and never holidays,
 *    each festival once, fixed-date festivals with their legal day, a festival without days names the
 *    festival whose days it shares.
 * 3. Completeness (R6.4.4, POLICY_VIOLATION): every statutory festival of the year accounted for.
 * 4. Test data is refused by a server in production mode (R6.4.2: only the published arrangement is official).
 * 5. The same content as the year's current arrangement changes nothing (UNCHANGED, no write).
 * 6. Replacing a loaded year, or the bundled data of a year, needs a reason (R6.4.4); the record keeps
 *    the reason and the days added and removed, and so does its audit record, written in one transaction.
 */
export async function loadHolidayArrangement(
  principal: Principal,
  rawInput: unknown,
  ports: CalendarPorts,
): Promise<CalendarLoad> {
  const user = authorizeUser(principal, 'manageCalendar');
  const input = parseInput(holidayArrangementInputSchema, rawInput, ['input']);
  const { year, testData } = input;
  const festivals = input.festivals.map(normalizeFestival);
  const notice: HolidayNotice = { ...input.notice, documentNumber: input.notice.documentNumber || null };
  requireComplete(year, festivals);
  if (testData && ports.build.mode === 'production')
    throw new PolicyViolation(
      'R6.4.2',
      `this ${year} arrangement is test data, and a server in production mode takes only the State Council's published arrangement`,
    );

  const loaded = await ports.programme.get('HolidayArrangement', idOf(year));
  const bundled = loaded
    ? undefined
    : (await ports.statutoryCalendar.years()).find((known) => known.year === year);
  const days = daysOf(festivals);
  if (loaded && sameContent(fromStored(loaded), { festivals, notice, testData }))
    return { outcome: 'UNCHANGED', calendarYear: loadedYear(fromStored(loaded)) };
  if (bundled && changesNothing(dayChanges(bundled, days)))
    return { outcome: 'UNCHANGED', calendarYear: bundledYear(bundled, ports.statutoryCalendar) };

  const replacement = replacementOf(year, loaded ?? null, bundled, days, input.reason ?? '');
  const now = ports.clock.now();
  const fields = {
    festivals,
    notice,
    testData,
    ...days,
    loadedBy: user.userId,
    loadedAt: now.toISOString(),
    replacement,
  };
  const next: HolidayArrangement = loaded
    ? revise(loaded, fields, now)
    : { id: idOf(year), year, ...fields, ...stamp(now) };
  await saveRecord(
    ports,
    principal,
    now,
    'loadHolidayArrangement',
    'HolidayArrangement',
    loaded ?? null,
    next,
  );
  return { outcome: replacement ? 'REPLACED' : 'LOADED', calendarYear: loadedYear(next) };
}

/** The years whose arrangement is known, and where each comes from (R6.4.2). Every signed-in role. */
export async function calendarYears(
  principal: Principal,
  ports: Pick<CalendarPorts, 'programme' | 'statutoryCalendar'>,
): Promise<CalendarYearView[]> {
  authorize(principal, 'readCalendar');
  const loaded = (await loadedArrangements(ports.programme)).map(loadedYear);
  const loadedYears = new Set(loaded.map((year) => year.year));
  const bundled = (await ports.statutoryCalendar.years())
    .filter((year) => !loadedYears.has(year.year))
    .map((year) => bundledYear(year, ports.statutoryCalendar));
  return [...bundled, ...loaded].sort((a, b) => a.year - b.year);
}

/**
 * The working-day calendar (R6.4): the bundled statutory years and the years the commission loaded (which
 * win). Read afresh on each call, so a year loaded meanwhile counts: `await storedCalendar(app)()`.
 */
export function storedCalendar(
  ports: Pick<CalendarPorts, 'programme' | 'statutoryCalendar'>,
): () => Promise<WorkingDayCalendar> {
  return async () => {
    const loaded: YearArrangement[] = await loadedArrangements(ports.programme);
    const loadedYears = new Set(loaded.map((year) => year.year));
    const bundled = (await ports.statutoryCalendar.years()).filter((year) => !loadedYears.has(year.year));
    return new WorkingDayCalendar([...bundled, ...loaded]);
  };
}

const idOf = (year: number): string => `CAL-${year}`;

function normalizeFestival(festival: z.output<typeof festivalSchema>): FestivalDays {
  const fallback = festival.festival === 'OTHER' ? '' : FESTIVAL_NAMES[festival.festival];
  return {
    festival: festival.festival,
    name: festival.name || fallback,
    holidays: [...new Set(festival.holidays ?? [])].sort(),
    makeUpWorkdays: [...new Set(festival.makeUpWorkdays ?? [])].sort(),
    sharedWith: festival.sharedWith ?? null,
  };
}

/** Steps 2 and 3: an inconsistent year is BAD_USER_INPUT, an incomplete one R6.4.4; nothing is written. */
function requireComplete(year: number, festivals: readonly FestivalDays[]): void {
  const issues = arrangementIssues(year, festivals);
  if (issues.length > 0)
    throw new InvalidInput(issues.map((issue) => ({ ...issue, path: ['input', ...issue.path] })));
  const missing = missingFestivals(year, festivals);
  if (missing.length > 0) {
    const names = missing.map((festival) => `${FESTIVAL_NAMES[festival]} (${festival})`);
    throw new PolicyViolation(
      'R6.4.4',
      `the ${year} arrangement is incomplete: missing ${names.join(', ')}; every statutory festival of the year is accounted for (one that shares another's days names it in sharedWith)`,
      names.map((name) => ({ rule: 'R6.4.4', message: `${name} is missing from the ${year} arrangement` })),
    );
  }
}

/** Step 6: what a load replaces, with its reason and the days it changes; null when the year was unknown. */
function replacementOf(
  year: number,
  loaded: HolidayArrangement | null,
  bundled: StatutoryYear | undefined,
  days: Pick<YearArrangement, 'holidays' | 'makeUpWorkdays'>,
  reason: string,
): CalendarReplacement | null {
  const previous = loaded ?? bundled;
  if (!previous) return null;
  const changes = dayChanges(previous, days);
  const known = loaded ? `loaded (version ${loaded.version})` : 'in the bundled statutory data';
  if (reason === '')
    throw new PolicyViolation(
      'R6.4.4',
      `the ${year} arrangement is already ${known}; replacing it needs a reason. It would change: ${describeChanges(changes)}`,
    );
  return {
    replaced: loaded ? 'LOADED' : 'CHINESE_DAYS',
    previousVersion: loaded?.version ?? null,
    reason,
    changes,
  };
}

function sameContent(
  current: HolidayArrangement,
  next: Pick<HolidayArrangement, 'festivals' | 'notice' | 'testData'>,
): boolean {
  const key = (content: Pick<HolidayArrangement, 'festivals' | 'notice' | 'testData'>): string =>
    JSON.stringify({
      festivals: [...content.festivals]
        .sort(
          (a, b) =>
            FESTIVALS.indexOf(a.festival) - FESTIVALS.indexOf(b.festival) || a.name.localeCompare(b.name),
        )
        .map(({ festival, name, holidays, makeUpWorkdays, sharedWith }) => ({
          festival,
          name,
          holidays,
          makeUpWorkdays,
          sharedWith,
        })),
      // Field by field: a record read back from DynamoDB keeps no key order.
      notice: content.notice && {
        title: content.notice.title,
        documentNumber: content.notice.documentNumber,
        publishedOn: content.notice.publishedOn,
        url: content.notice.url,
      },
      testData: content.testData,
    });
  return key(current) === key(next);
}

async function loadedArrangements(programme: ProgrammeStore): Promise<HolidayArrangement[]> {
  return (await everyRecord(programme, 'HolidayArrangement', { pattern: 'all', value: '' })).map(fromStored);
}

/**
 * A stored record as the current shape. Loads recorded before festivals and citations were kept (year,
 * days and loader only) still count in the calendar; they show no festivals and no notice.
 */
function fromStored(record: HolidayArrangement): HolidayArrangement {
  const stored: Partial<HolidayArrangement> = record;
  return {
    ...record,
    festivals: stored.festivals ?? [],
    notice: stored.notice ?? null,
    testData: stored.testData ?? false,
    loadedAt: stored.loadedAt ?? record.updatedAt,
    replacement: stored.replacement ?? null,
  };
}

function loadedYear(arrangement: HolidayArrangement): CalendarYearView {
  return {
    year: arrangement.year,
    source: 'LOADED',
    package: null,
    festivals: arrangement.festivals,
    holidays: arrangement.holidays,
    makeUpWorkdays: arrangement.makeUpWorkdays,
    testData: arrangement.testData,
    arrangement,
  };
}

function bundledYear(year: StatutoryYear, statutory: StatutoryCalendar): CalendarYearView {
  return {
    year: year.year,
    source: 'CHINESE_DAYS',
    package: `${statutory.package.name} ${statutory.package.version}`,
    festivals: year.festivals,
    holidays: year.holidays,
    makeUpWorkdays: year.makeUpWorkdays,
    testData: false,
    arrangement: null,
  };
}
