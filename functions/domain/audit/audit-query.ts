import { InvalidInput } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../time/cst.ts';
import { parseId } from '../validation.ts';
import type { AuditEntityType } from './audit-record.ts';

/**
 * The longest date range one audit query or export covers, both ends counted: 92 days, the longest
 * calendar quarter (Q3, Q4), so that an inspector's usual period — a month or a quarter — is one request,
 * while a page never walks more than four CST months of the index (see KEY-DESIGN.md, AuditRecord).
 */
export const MAX_AUDIT_RANGE_DAYS = 92;

export const AUDIT_ORDERS = ['NEWEST_FIRST', 'OLDEST_FIRST'] as const;
export type AuditOrder = (typeof AUDIT_ORDERS)[number];

/** CST calendar dates (`YYYY-MM-DD`), both inclusive: a change belongs to the CST date it was made on. */
export interface AuditDateRange {
  readonly from: string;
  readonly to: string;
}

/**
 * Which audit records to read across records: by who made them, by the kind of record changed, by CST
 * date, or any combination; at least one of the actor, the type and the range.
 */
export interface AuditQuery {
  readonly actorId?: string | undefined;
  readonly entityType?: AuditEntityType | undefined;
  readonly dates?: AuditDateRange | undefined;
  readonly order: AuditOrder;
}

export interface AuditFilterInput {
  readonly actorId?: string | null | undefined;
  readonly entityType?: AuditEntityType | null | undefined;
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** Days from `from` to `to`, both counted (1 for a single day). */
const daysCovered = (range: AuditDateRange): number =>
  (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS + 1;

/**
 * Validates an audit filter: every offending field is named by its path under `path` (e.g.
 * `['filter', 'to']`). A range must have both ends, real dates, `from` not after `to`, and at most
 * MAX_AUDIT_RANGE_DAYS days.
 */
export function parseAuditQuery(
  filter: AuditFilterInput,
  order: AuditOrder | null | undefined,
  path: readonly (string | number)[],
): AuditQuery {
  const issues: FieldIssue[] = [];
  const at = (field: string) => [...path, field];
  let actorId: string | undefined;
  if (filter.actorId !== null && filter.actorId !== undefined) {
    try {
      actorId = parseId(filter.actorId, at('actorId'));
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      issues.push(...error.issues);
    }
  }
  const entityType = filter.entityType ?? undefined;
  const from = filter.from ?? undefined;
  const to = filter.to ?? undefined;
  let dates: AuditDateRange | undefined;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value))
      issues.push({ path: at(field), message: 'a CST date, YYYY-MM-DD' });
  }
  if ((from === undefined) !== (to === undefined)) {
    issues.push({
      path: at(from === undefined ? 'from' : 'to'),
      message: 'a date range needs both from and to (CST dates, both included)',
    });
  } else if (from !== undefined && to !== undefined && isCalendarDate(from) && isCalendarDate(to)) {
    const days = daysCovered({ from, to });
    if (days < 1) issues.push({ path: at('to'), message: `to (${to}) is before from (${from})` });
    else if (days > MAX_AUDIT_RANGE_DAYS)
      issues.push({
        path: at('to'),
        message: `a range covers at most ${MAX_AUDIT_RANGE_DAYS} days (this one ${days}): export it in parts`,
      });
    else dates = { from, to };
  }
  const actorGiven = filter.actorId !== null && filter.actorId !== undefined;
  if (!actorGiven && entityType === undefined && from === undefined && to === undefined)
    issues.push({ path: [...path], message: 'give an actorId, an entityType or a date range (from, to)' });
  if (issues.length > 0) throw new InvalidInput(issues);
  return { actorId, entityType, dates, order: order ?? 'NEWEST_FIRST' };
}

/** The instants a CST date range covers, as ISO strings: `start` included, `end` (the next midnight) not. */
export function rangeInstants(range: AuditDateRange): { readonly start: string; readonly end: string } {
  const start = Date.parse(`${range.from}T00:00:00Z`) - CST_OFFSET_MS;
  const end = Date.parse(`${range.to}T00:00:00Z`) + DAY_MS - CST_OFFSET_MS;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** The CST months (`YYYY-MM`) a range touches, oldest first. */
export function monthsOf(range: AuditDateRange): string[] {
  const months: string[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
