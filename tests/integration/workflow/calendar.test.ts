import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { AppServices } from '#graphql/context';
import { calendarYears, loadHolidayArrangement, storedCalendar } from '#use-cases/workflow/calendar';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, user } from '../../support/registry.ts';

/** R6.4.2: a year's arrangement is official once published; the commission loads it, and only then is it known. */

let table: TestTable;
let app: AppServices;
beforeAll(async () => {
  ({ table, app } = await createRegistry());
}, 60_000);
afterAll(async () => table.drop());

const commission = user('ECONOMIC_COMMISSION');
const lateDecember = new Date('2026-12-28T02:00:00Z');

describe('loading a year’s holiday arrangement (R6.4.2)', () => {
  it('refuses a publicity period reaching 2027 until 2027 is loaded, then computes it with the loaded holidays', async () => {
    const before = await storedCalendar(app.programme)();
    expect(() => before.publicityPeriod(lateDecember, 5)).toThrow(PolicyViolation);

    await loadHolidayArrangement(
      commission,
      { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] },
      app,
    );
    const after = await storedCalendar(app.programme)();
    // 12-28, 29, 30, 31; 2027-01-01 to 01-03 off; 01-04 is the fifth working day.
    expect(after.publicityPeriod(lateDecember, 5).endDate).toBe('2027-01-04');
    await expect(calendarYears(commission, app)).resolves.toContainEqual({
      year: 2027,
      source: 'loaded by the commission',
    });
  });

  it('accepts make-up working days on weekends only, and only the commission loads arrangements', async () => {
    await expect(
      loadHolidayArrangement(commission, { year: 2028, holidays: [], makeUpWorkdays: ['2028-01-05'] }, app),
    ).rejects.toThrow(InvalidInput);
    await expect(
      loadHolidayArrangement(user('FINANCE'), { year: 2028, holidays: [], makeUpWorkdays: [] }, app),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
