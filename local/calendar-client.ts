import { readFile } from 'node:fs/promises';
import type { Endpoint } from './api-client.ts';
import { ApiClientError, callApi } from './api-client.ts';

/**
 * What `npm run calendar` does over the GraphQL API, local or deployed: load a year's holiday arrangement
 * from a file (the file is the `HolidayArrangementInput` of `loadHolidayArrangement`, without `reason`),
 * and list the known years with where each comes from (R6.4.2, R6.4.4).
 */

const NOTICE = 'title documentNumber publishedOn url';
const FESTIVAL = 'festival name holidays makeUpWorkdays sharedWith';
export const CALENDAR_YEAR = `year source package testData holidays makeUpWorkdays
  festivals { ${FESTIVAL} }
  arrangement { loadedBy loadedAt version notice { ${NOTICE} }
    replacement { replaced previousVersion reason
      changes { holidaysAdded holidaysRemoved makeUpWorkdaysAdded makeUpWorkdaysRemoved } } }`;

export interface CalendarYear {
  readonly year: number;
  readonly source: 'CHINESE_DAYS' | 'LOADED';
  readonly package: string | null;
  readonly testData: boolean;
  readonly holidays: readonly string[];
  readonly makeUpWorkdays: readonly string[];
  readonly arrangement: {
    readonly loadedBy: string;
    readonly loadedAt: string;
    readonly version: number;
    readonly notice: {
      readonly title: string;
      readonly documentNumber: string | null;
      readonly publishedOn: string;
      readonly url: string;
    } | null;
    readonly replacement: {
      readonly replaced: string;
      readonly previousVersion: number | null;
      readonly reason: string;
      readonly changes: Readonly<
        Record<
          'holidaysAdded' | 'holidaysRemoved' | 'makeUpWorkdaysAdded' | 'makeUpWorkdaysRemoved',
          string[]
        >
      >;
    } | null;
  } | null;
}

export interface CalendarLoad {
  readonly outcome: 'LOADED' | 'REPLACED' | 'UNCHANGED';
  readonly calendarYear: CalendarYear;
}

/** Reads a calendar file: JSON, the `HolidayArrangementInput` without `reason` (docs/operators.md). */
export async function readCalendarFile(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ApiClientError(`cannot read ${path}`, 'usage');
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ApiClientError(
      `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      'usage',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ApiClientError(`${path} holds no arrangement (a JSON object with year, festivals, …)`, 'usage');
  return parsed as Record<string, unknown>;
}

/** Loads a file's arrangement; `reason` (needed to replace a known year) overrides one in the file. */
export async function loadCalendarFile(
  endpoint: Endpoint,
  path: string,
  reason?: string,
): Promise<CalendarLoad> {
  const input = await readCalendarFile(path);
  return callApi<CalendarLoad>(
    endpoint,
    `mutation($input: HolidayArrangementInput!) {
      loadHolidayArrangement(input: $input) { outcome calendarYear { ${CALENDAR_YEAR} } } }`,
    { input: reason === undefined ? input : { ...input, reason } },
  );
}

export function listCalendarYears(endpoint: Endpoint): Promise<CalendarYear[]> {
  return callApi<CalendarYear[]>(endpoint, `{ calendarYears { ${CALENDAR_YEAR} } }`);
}

/** One year in a line or a few: where it comes from, and for a loaded one who, when, which notice. */
export function describeYear(year: CalendarYear): string {
  const days = `${year.holidays.length} days off, ${year.makeUpWorkdays.length} make-up working days`;
  const { arrangement } = year;
  if (year.source === 'CHINESE_DAYS' || !arrangement)
    return `${year.year}  ${year.package ?? 'bundled'} (${days})`;
  const notice = arrangement.notice;
  const lines = [
    `${year.year}  loaded by ${arrangement.loadedBy} at ${arrangement.loadedAt}, version ${arrangement.version} (${days})${year.testData ? '  TEST DATA, not official' : ''}`,
    notice
      ? `      ${notice.title}${notice.documentNumber ? ` ${notice.documentNumber}` : ''}, ${notice.publishedOn}, ${notice.url}`
      : '      (loaded before notices were recorded)',
  ];
  const replacement = arrangement.replacement;
  if (replacement) {
    const { changes } = replacement;
    const diff = [
      ...changes.holidaysAdded.map((date) => `+${date} off`),
      ...changes.holidaysRemoved.map((date) => `-${date} off`),
      ...changes.makeUpWorkdaysAdded.map((date) => `+${date} make-up`),
      ...changes.makeUpWorkdaysRemoved.map((date) => `-${date} make-up`),
    ];
    const replaced =
      replacement.replaced === 'LOADED'
        ? `version ${replacement.previousVersion ?? '?'}`
        : 'the bundled data';
    lines.push(
      `      replaced ${replaced}: "${replacement.reason}"; ${diff.length > 0 ? diff.join(', ') : 'same days'}`,
    );
  }
  return lines.join('\n');
}
