import * as z from 'zod';
import { statutoryArrangements } from '#adapters/calendar/statutory-arrangements';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import type { HolidayArrangement, YearArrangement } from '#domain/calendar/working-day-calendar';
import { WorkingDayCalendar } from '#domain/calendar/working-day-calendar';
import type { Principal } from '#domain/identity/principal';
import type { ProgrammeStore } from '#domain/programme-store';
import { localDateSchema } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { revise, saveRecord, stamp } from '../programme/record-change.ts';

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const arrangementSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z.array(localDateSchema).max(60),
    makeUpWorkdays: z.array(localDateSchema).max(20),
  })
  .superRefine((input, context) => {
    const outside = [...input.holidays, ...input.makeUpWorkdays].filter(
      (date) => !date.startsWith(`${input.year}-`),
    );
    if (outside.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['holidays'],
        message: `dates outside ${input.year}: ${outside.join(', ')}`,
      });
    const both = input.holidays.filter((date) => input.makeUpWorkdays.includes(date));
    if (both.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['makeUpWorkdays'],
        message: `both holiday and make-up day: ${both.join(', ')}`,
      });
    const weekdays = input.makeUpWorkdays.filter((date) => weekday(date) !== 0 && weekday(date) !== 6);
    if (weekdays.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['makeUpWorkdays'],
        message: `make-up working days fall on weekends; not: ${weekdays.join(', ')}`,
      });
  });

/**
 * R6.4.2: load a year's holiday arrangement as the State Council published it (holidays and make-up
 * working days). It takes precedence over the bundled data for that year; loading it again replaces it,
 * with the change in the audit trail.
 */
export async function loadHolidayArrangement(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<HolidayArrangement> {
  const user = authorizeUser(principal, 'manageCalendar');
  const input = parseInput(arrangementSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const current = await ports.programme.get('HolidayArrangement', `CAL-${input.year}`);
  const arrangement = {
    holidays: [...new Set(input.holidays)].sort(),
    makeUpWorkdays: [...new Set(input.makeUpWorkdays)].sort(),
    loadedBy: user.userId,
    source: 'loaded by the commission',
  };
  const next: HolidayArrangement = current
    ? revise(current, arrangement, now)
    : { id: `CAL-${input.year}`, year: input.year, ...arrangement, ...stamp(now) };
  return saveRecord(
    ports,
    principal,
    now,
    'loadHolidayArrangement',
    'HolidayArrangement',
    current ?? null,
    next,
  );
}

/** The years whose arrangement is known, and where each comes from. */
export async function calendarYears(
  principal: Principal,
  ports: ProgrammePorts,
): Promise<{ year: number; source: string }[]> {
  authorize(principal, 'readCalendar');
  const years = new Map((await arrangements(ports.programme)).map((year) => [year.year, year.source]));
  return [...years].map(([year, source]) => ({ year, source })).sort((a, b) => a.year - b.year);
}

async function arrangements(programme: ProgrammeStore): Promise<YearArrangement[]> {
  const loaded = (
    await programme.list('HolidayArrangement', { pattern: 'all', value: '', first: 100 })
  ).edges.map((edge) => edge.node);
  const loadedYears = new Set(loaded.map((year) => year.year));
  return [...statutoryArrangements().filter((year) => !loadedYears.has(year.year)), ...loaded];
}

/** The working-day calendar: bundled statutory years, and the years administrators loaded (which win). */
export function storedCalendar(programme: ProgrammeStore): () => Promise<WorkingDayCalendar> {
  return async () => new WorkingDayCalendar(await arrangements(programme));
}
