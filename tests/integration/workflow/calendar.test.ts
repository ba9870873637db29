import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { AppServices } from '#graphql/context';
import { calendarYears, loadHolidayArrangement, storedCalendar } from '#use-cases/workflow/calendar';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, tableSnapshot, user } from '../../support/registry.ts';

/**
 * R6.4.2, R6.4.4: a year's arrangement is official once published; the commission loads it, complete and
 * consistent, and only then is it known. Replacing a known year needs a reason and is audited with a diff.
 */

let table: TestTable;
let app: AppServices;
beforeAll(async () => {
  ({ table, app } = await createRegistry());
}, 60_000);
afterAll(async () => table.drop());

const commission = user('ECONOMIC_COMMISSION');
const lateDecember = new Date('2026-12-28T02:00:00Z');

type ArrangementFile = {
  year: number;
  testData: boolean;
  notice: Record<string, unknown>;
  festivals: { festival: string; holidays: string[]; makeUpWorkdays: string[] }[];
  reason?: string;
};
const file2027 = (): ArrangementFile =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/calendar-2027.test-data.json', import.meta.url), 'utf8'),
  ) as ArrangementFile;

/** The 2026 arrangement as chinese-days bundles it, in the file format. */
const file2026 = async (): Promise<ArrangementFile> => {
  const bundled = (await app.statutoryCalendar.years()).find((year) => year.year === 2026);
  if (!bundled) throw new Error('chinese-days has 2026');
  return {
    year: 2026,
    testData: false,
    notice: {
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      documentNumber: null,
      publishedOn: '2025-11-04',
      url: 'https://www.gov.cn/zhengce/content/',
    },
    festivals: bundled.festivals.map((days) => ({
      festival: days.festival,
      holidays: [...days.holidays],
      makeUpWorkdays: [...days.makeUpWorkdays],
    })),
  };
};

async function auditOf(entityId: string) {
  return (await app.auditTrail.list(entityId, { first: 20 })).edges.map((edge) => edge.node);
}

describe('loading a year’s holiday arrangement (R6.4.2, R6.4.4)', () => {
  it('R6.4.2: refuses a publicity period reaching 2027 until 2027 is loaded, then computes it with the loaded holidays', async () => {
    const before = await storedCalendar(app)();
    expect(() => before.publicityPeriod(lateDecember, 5)).toThrow(PolicyViolation);

    const load = await loadHolidayArrangement(commission, file2027(), app);
    expect(load.outcome).toBe('LOADED');
    const after = await storedCalendar(app)();
    // 12-28, 29, 30, 31; 2027-01-01 to 01-03 off; 01-04 is the fifth working day.
    expect(after.publicityPeriod(lateDecember, 5).endDate).toBe('2027-01-04');

    const years = await calendarYears(commission, app);
    expect(years.find((year) => year.year === 2027)).toMatchObject({
      source: 'LOADED',
      package: null,
      testData: true,
      arrangement: { loadedBy: 'test-economic_commission', version: 1, replacement: null },
    });
    expect(years.find((year) => year.year === 2026)).toMatchObject({
      source: 'CHINESE_DAYS',
      package: 'chinese-days 1.5.7',
      testData: false,
      arrangement: null,
    });
  });

  it('R6.4.4: loading the same file again changes nothing (no new version, no audit record)', async () => {
    const snapshot = await tableSnapshot(table);
    const again = await loadHolidayArrangement(commission, file2027(), app);
    expect(again.outcome).toBe('UNCHANGED');
    expect(again.calendarYear.arrangement?.version).toBe(1);
    expect(await tableSnapshot(table)).toBe(snapshot);
  });

  it('R6.4.4: replacing a loaded year needs a reason; with one, the record and its audit keep the reason and the days changed', async () => {
    const changed = file2027();
    // Dragon Boat moves from Wednesday 06-09 to Friday 06-11.
    changed.festivals = changed.festivals.map((days) =>
      days.festival === 'DRAGON_BOAT' ? { ...days, holidays: ['2027-06-11'] } : days,
    );
    const snapshot = await tableSnapshot(table);
    const refused = loadHolidayArrangement(commission, changed, app);
    await expect(refused).rejects.toThrow(PolicyViolation);
    await expect(refused).rejects.toMatchObject({ rule: 'R6.4.4' });
    await expect(refused).rejects.toThrow(/needs a reason.*\+2027-06-11 holiday, -2027-06-09 holiday/);
    expect(await tableSnapshot(table)).toBe(snapshot);

    const replaced = await loadHolidayArrangement(commission, { ...changed, reason: '更正端午节日期' }, app);
    expect(replaced.outcome).toBe('REPLACED');
    const expected = {
      replaced: 'LOADED',
      previousVersion: 1,
      reason: '更正端午节日期',
      changes: {
        holidaysAdded: ['2027-06-11'],
        holidaysRemoved: ['2027-06-09'],
        makeUpWorkdaysAdded: [],
        makeUpWorkdaysRemoved: [],
      },
    };
    expect(replaced.calendarYear.arrangement).toMatchObject({ version: 2, replacement: expected });
    const audit = await auditOf('CAL-2027');
    expect(audit.map((record) => record.operation)).toEqual([
      'loadHolidayArrangement',
      'loadHolidayArrangement',
    ]);
    expect(audit.map((record) => JSON.parse(String(record.after)) as unknown)).toContainEqual(
      expect.objectContaining({ version: 2, replacement: expected }),
    );
  });

  it('R6.4.4: loadHolidayArrangement(year: 2026, holidays: New Year only) is refused with what is missing; 2026 stays as bundled', async () => {
    const snapshot = await tableSnapshot(table);
    const incomplete = {
      ...(await file2026()),
      festivals: [{ festival: 'NEW_YEARS_DAY', holidays: ['2026-01-01'] }],
      reason: 'try',
    };
    const refused = loadHolidayArrangement(commission, incomplete, app);
    await expect(refused).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.4' });
    await expect(refused).rejects.toThrow(
      /2026 arrangement is incomplete: missing 春节 \(SPRING_FESTIVAL\), 清明节 \(QINGMING\), 劳动节 \(LABOUR_DAY\), 端午节 \(DRAGON_BOAT\), 中秋节 \(MID_AUTUMN\), 国庆节 \(NATIONAL_DAY\)/,
    );
    expect(await tableSnapshot(table)).toBe(snapshot);
    const year2026 = (await calendarYears(commission, app)).find((year) => year.year === 2026);
    expect(year2026?.source).toBe('CHINESE_DAYS');
  });

  it('R6.4.4: a year chinese-days has: the same days change nothing; other days need a reason, and the diff is against the bundled days', async () => {
    await expect(loadHolidayArrangement(commission, await file2026(), app)).resolves.toMatchObject({
      outcome: 'UNCHANGED',
      calendarYear: { source: 'CHINESE_DAYS' },
    });
    const changed = await file2026();
    changed.festivals = changed.festivals.map((days) =>
      days.festival === 'NATIONAL_DAY' ? { ...days, makeUpWorkdays: ['2026-09-20'] } : days,
    );
    await expect(loadHolidayArrangement(commission, changed, app)).rejects.toMatchObject({ rule: 'R6.4.4' });
    const replaced = await loadHolidayArrangement(commission, { ...changed, reason: '以通知为准' }, app);
    expect(replaced.calendarYear.arrangement?.replacement).toEqual({
      replaced: 'CHINESE_DAYS',
      previousVersion: null,
      reason: '以通知为准',
      changes: {
        holidaysAdded: [],
        holidaysRemoved: [],
        makeUpWorkdaysAdded: [],
        makeUpWorkdaysRemoved: ['2026-10-10'],
      },
    });
    expect((await storedCalendar(app)()).isWorkingDay('2026-10-10')).toBe(false);
  });

  it('R6.4.2: a holiday on a make-up day is refused with its field path; make-up days fall on weekends', async () => {
    const clash = file2027();
    clash.year = 2028;
    clash.festivals = [
      { festival: 'NEW_YEARS_DAY', holidays: ['2028-01-01'], makeUpWorkdays: ['2028-01-01'] },
    ];
    await expect(loadHolidayArrangement(commission, clash, app)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        {
          path: ['input', 'festivals', 0, 'makeUpWorkdays', 0],
          message: '2028-01-01 is both a holiday and a make-up working day',
        },
      ],
    });
    clash.festivals = [
      { festival: 'NEW_YEARS_DAY', holidays: ['2028-01-01'], makeUpWorkdays: ['2028-01-05'] },
    ];
    await expect(loadHolidayArrangement(commission, clash, app)).rejects.toThrow(InvalidInput);
  });

  it('R6.4.2: test data must say so, and a server in production mode refuses it; only the commission loads arrangements', async () => {
    const unmarked = file2027();
    unmarked.notice = { ...unmarked.notice, title: '国务院办公厅关于2027年部分节假日安排的通知' };
    await expect(loadHolidayArrangement(commission, unmarked, app)).rejects.toMatchObject({
      issues: [{ path: ['input', 'notice', 'title'] }],
    });
    const production = { ...app, build: { ...app.build, mode: 'production' } };
    await expect(
      loadHolidayArrangement(commission, { ...file2027(), year: 2029 }, production),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const fixture = file2027();
    await expect(
      loadHolidayArrangement(commission, { ...fixture, reason: 'again' }, production),
    ).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.2' });
    await expect(loadHolidayArrangement(user('FINANCE'), file2027(), app)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
