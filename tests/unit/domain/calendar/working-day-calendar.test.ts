import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import { WorkingDayCalendar } from '#domain/calendar/working-day-calendar';
import { PolicyViolation } from '#domain/errors';

const bundledYears = await chineseDaysCalendar.years();
const calendar = new WorkingDayCalendar(bundledYears);

describe('working-day calendar and publicity period (R6.4, R6.4.1, R6.4.2)', () => {
  it('R6.4.1: published Monday 2026-09-28 runs 09-28, 09-29, 09-30, 10-08, 10-09 and ends at 24:00 CST on 10-09', () => {
    const period = calendar.publicityPeriod(new Date('2026-09-28T01:00:00Z'), 5);
    expect(period.workingDates).toEqual([
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
    ]);
    expect(period.endsAt.toISOString()).toBe('2026-10-09T16:00:00.000Z');
  });

  it('R6.4.1: published on a holiday, publicity starts on the next working day', () => {
    // 2026-10-01 is National Day; 10-08 is the first working day after the holiday.
    expect(calendar.publicityPeriod(new Date('2026-10-01T02:00:00Z'), 5).startDate).toBe('2026-10-08');
  });

  it('R6.4: a make-up Saturday counts as a working day', () => {
    // From 10-08: Thu 08, Fri 09, Sat 10 (调休上班), Mon 12, Tue 13.
    expect(calendar.publicityPeriod(new Date('2026-10-08T02:00:00Z'), 5).workingDates).toEqual([
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
    ]);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
  });

  it('R6.4.2: a period reaching a year whose arrangement is not loaded is refused', () => {
    // 2026-12-28 (Mon) … 12-31 is four working days; the fifth falls in 2027, not yet published.
    expect(() => calendar.publicityPeriod(new Date('2026-12-28T02:00:00Z'), 5)).toThrow(PolicyViolation);
    expect(() => calendar.publicityPeriod(new Date('2026-12-28T02:00:00Z'), 5)).toThrow(/2027 is not loaded/);
  });

  it('R6.4.2: an administrator-loaded year makes the same period computable', () => {
    const withNextYear = new WorkingDayCalendar([
      ...bundledYears,
      { year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] },
    ]);
    // 12-28, 29, 30, 31, then 2027-01-01 is a holiday (Fri), 01-02/03 the weekend: 01-04.
    expect(withNextYear.publicityPeriod(new Date('2026-12-28T02:00:00Z'), 5).endDate).toBe('2027-01-04');
  });

  it('R6.4.1: a publication at 23:30 China time is dated that day, whatever the server’s time zone', () => {
    // 23:30 CST on Tuesday 2026-09-29 is 15:30 UTC: still 09-29, a working day, so day 1 is 09-29.
    const period = calendar.publicityPeriod(new Date('2026-09-29T15:30:00Z'), 1);
    expect(period.startDate).toBe('2026-09-29');
    // 00:30 CST on 09-30 is 16:30 UTC on 09-29: dated 09-30.
    expect(calendar.publicityPeriod(new Date('2026-09-29T16:30:00Z'), 1).startDate).toBe('2026-09-30');
    // Node honours a changed TZ at once: the server's zone must make no difference.
    const zone = process.env['TZ'];
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env['TZ'] = tz;
        expect(calendar.publicityPeriod(new Date('2026-09-29T15:30:00Z'), 1).startDate).toBe('2026-09-29');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
