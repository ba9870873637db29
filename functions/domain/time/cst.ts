/**
 * R6.4.1: every policy date is a calendar date in China Standard Time (UTC+8, no daylight saving),
 * whatever the server's time zone.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The CST calendar date (`YYYY-MM-DD`) of an instant. */
export function cstDate(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * An instant as users read it: ISO 8601 in China Standard Time, with its offset
 * (`2026-11-30T11:24:13.000+08:00`). DateTime values go out in this form, and messages embed it.
 */
export function formatCst(instant: Date): string {
  return `${new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, -1)}+08:00`;
}
