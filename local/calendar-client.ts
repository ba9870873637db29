import { readFile } from 'node:fs/promises';

/**
 * What `npm run calendar` does over the GraphQL API, local or deployed: load a year's holiday arrangement
 * from a file (the file is the `HolidayArrangementInput` of `loadHolidayArrangement`, without `reason`),
 * and list the known years with where each comes from (R6.4.2, R6.4.4).
 */

/** A refusal or failure, said in words fit for a terminal; `usage` when the caller's command was wrong. */
export class CalendarClientError extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'unreachable' | 'refused' = 'refused',
  ) {
    super(message);
  }
}

interface GraphqlError {
  readonly message: string;
  readonly extensions?: {
    readonly code?: string;
    readonly rule?: string;
    readonly reasons?: readonly { readonly rule: string; readonly message: string }[];
    readonly fields?: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
  };
}

export interface Endpoint {
  readonly url: string;
  readonly token: string;
}

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

/** One GraphQL call; every error of the answer is turned into lines naming its code, rule and fields. */
async function call<T>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${endpoint.token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new CalendarClientError(
      `no API answers at ${endpoint.url}: start the local one with "npm start", or give --url`,
      'unreachable',
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Record<string, unknown> | null;
    errors?: readonly GraphqlError[];
  };
  if (body.errors?.length) throw new CalendarClientError(body.errors.map(describeError).join('\n'));
  if (!response.ok || !body.data) throw new CalendarClientError(`the API answered HTTP ${response.status}`);
  return Object.values(body.data)[0] as T;
}

export function describeError(error: GraphqlError): string {
  const extensions = error.extensions ?? {};
  const rule = extensions.rule ? ` [${extensions.rule}]` : '';
  const lines = [`${extensions.code ?? 'ERROR'}${rule}: ${error.message}`];
  for (const field of extensions.fields ?? []) lines.push(`  ${field.path.join('.')}: ${field.message}`);
  for (const reason of extensions.reasons ?? []) lines.push(`  ${reason.rule}: ${reason.message}`);
  return lines.join('\n');
}

/** Reads a calendar file: JSON, the `HolidayArrangementInput` without `reason` (docs/operators.md). */
export async function readCalendarFile(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CalendarClientError(`cannot read ${path}`, 'usage');
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CalendarClientError(
      `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      'usage',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new CalendarClientError(
      `${path} holds no arrangement (a JSON object with year, festivals, …)`,
      'usage',
    );
  return parsed as Record<string, unknown>;
}

/** Loads a file's arrangement; `reason` (needed to replace a known year) overrides one in the file. */
export async function loadCalendarFile(
  endpoint: Endpoint,
  path: string,
  reason?: string,
): Promise<CalendarLoad> {
  const input = await readCalendarFile(path);
  return call<CalendarLoad>(
    endpoint,
    `mutation($input: HolidayArrangementInput!) {
      loadHolidayArrangement(input: $input) { outcome calendarYear { ${CALENDAR_YEAR} } } }`,
    { input: reason === undefined ? input : { ...input, reason } },
  );
}

export function listCalendarYears(endpoint: Endpoint): Promise<CalendarYear[]> {
  return call<CalendarYear[]>(endpoint, `{ calendarYears { ${CALENDAR_YEAR} } }`);
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
