import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import type { FestivalDays } from '#domain/calendar/holiday-arrangement';
import {
  arrangementIssues,
  dayChanges,
  daysOf,
  describeChanges,
  missingFestivals,
  statutoryFestivals,
} from '#domain/calendar/holiday-arrangement';

const festival = (overrides: Partial<FestivalDays> & Pick<FestivalDays, 'festival'>): FestivalDays => ({
  name: '',
  holidays: [],
  makeUpWorkdays: [],
  sharedWith: null,
  ...overrides,
});

/** The 2020 arrangement (国办发明电〔2019〕16号): 中秋节 and 国庆节 share 10-01 to 10-08. */
const year2020: FestivalDays[] = [
  festival({ festival: 'NEW_YEARS_DAY', holidays: ['2020-01-01'] }),
  festival({
    festival: 'SPRING_FESTIVAL',
    holidays: [
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
      '2020-01-30',
    ],
    makeUpWorkdays: ['2020-01-19', '2020-02-01'],
  }),
  festival({ festival: 'QINGMING', holidays: ['2020-04-04', '2020-04-05', '2020-04-06'] }),
  festival({
    festival: 'LABOUR_DAY',
    holidays: ['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2020-05-05'],
    makeUpWorkdays: ['2020-04-26', '2020-05-09'],
  }),
  festival({
    festival: 'DRAGON_BOAT',
    holidays: ['2020-06-25', '2020-06-26', '2020-06-27'],
    makeUpWorkdays: ['2020-06-28'],
  }),
  festival({ festival: 'MID_AUTUMN', sharedWith: 'NATIONAL_DAY' }),
  festival({
    festival: 'NATIONAL_DAY',
    holidays: [
      '2020-10-01',
      '2020-10-02',
      '2020-10-03',
      '2020-10-04',
      '2020-10-05',
      '2020-10-06',
      '2020-10-07',
      '2020-10-08',
    ],
    makeUpWorkdays: ['2020-09-27', '2020-10-10'],
  }),
];

const fixture2027 = JSON.parse(
  readFileSync(new URL('../../../fixtures/calendar-2027.test-data.json', import.meta.url), 'utf8'),
) as { year: number; testData: boolean; festivals: FestivalDays[]; notice: { title: string } };

describe('a year’s holiday arrangement is complete and consistent (R6.4.4, R6.4.2)', () => {
  it('R6.4.4: from 2008 a year accounts for seven festivals; before, for four', () => {
    expect(statutoryFestivals(2027)).toHaveLength(7);
    expect(statutoryFestivals(2007)).toEqual([
      'NEW_YEARS_DAY',
      'SPRING_FESTIVAL',
      'LABOUR_DAY',
      'NATIONAL_DAY',
    ]);
  });

  it('R6.4.4: 2020, where 中秋节 shares 国庆节’s days, is complete and consistent', () => {
    expect(arrangementIssues(2020, year2020)).toEqual([]);
    expect(missingFestivals(2020, year2020)).toEqual([]);
    // The shared days count once: 1 + 7 + 3 + 5 + 3 + 8 days off.
    expect(daysOf(year2020).holidays).toHaveLength(27);
  });

  it('R6.4.4: a year of New Year’s Day alone misses the other six festivals', () => {
    const onlyNewYear = [festival({ festival: 'NEW_YEARS_DAY', holidays: ['2026-01-01'] })];
    expect(arrangementIssues(2026, onlyNewYear)).toEqual([]);
    expect(missingFestivals(2026, onlyNewYear)).toEqual([
      'SPRING_FESTIVAL',
      'QINGMING',
      'LABOUR_DAY',
      'DRAGON_BOAT',
      'MID_AUTUMN',
      'NATIONAL_DAY',
    ]);
  });

  it('R6.4.2: a holiday that is also a make-up day is refused, at the make-up day', () => {
    const clash = year2020.map((days) =>
      days.festival === 'DRAGON_BOAT' ? { ...days, makeUpWorkdays: ['2020-06-27', '2020-06-28'] } : days,
    );
    // 2020-06-27 is a Saturday off for Dragon Boat: it cannot also be a working day.
    expect(arrangementIssues(2020, clash)).toEqual([
      {
        path: ['festivals', 4, 'makeUpWorkdays', 0],
        message: '2020-06-27 is both a holiday and a make-up working day',
      },
    ]);
  });

  it('R6.4: make-up working days fall on weekends; a weekday one is refused', () => {
    const weekday = year2020.map((days) =>
      days.festival === 'QINGMING' ? { ...days, makeUpWorkdays: ['2020-04-08'] } : days,
    );
    // 2020-04-08 is a Wednesday.
    expect(arrangementIssues(2020, weekday)).toEqual([
      {
        path: ['festivals', 2, 'makeUpWorkdays', 0],
        message:
          '2020-04-08 is a weekday; make-up working days (调休上班) fall on Saturdays or Sundays (R6.4)',
      },
    ]);
  });

  it('R6.4.4: dates of another year, a festival listed twice, a fixed-date festival without its day, a festival with no days that shares none', () => {
    const issues = arrangementIssues(2020, [
      festival({ festival: 'NEW_YEARS_DAY', holidays: ['2021-01-01'] }),
      festival({ festival: 'NEW_YEARS_DAY', holidays: ['2020-01-01'] }),
      festival({ festival: 'NATIONAL_DAY', holidays: ['2020-10-02'] }),
      festival({ festival: 'QINGMING' }),
      festival({ festival: 'MID_AUTUMN', sharedWith: 'DRAGON_BOAT' }),
    ]);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'festivals.0.holidays.0',
      'festivals.0.holidays',
      'festivals.1.festival',
      'festivals.2.holidays',
      'festivals.3.holidays',
      'festivals.4.sharedWith',
    ]);
    expect(issues[3]?.message).toBe('NATIONAL_DAY (国庆节) includes 2020-10-01 by law');
  });

  it('R6.4.4: a replacement’s diff names the days added and removed', () => {
    const before = { holidays: ['2027-01-01', '2027-01-02'], makeUpWorkdays: ['2027-01-09'] };
    const after = { holidays: ['2027-01-01', '2027-01-04'], makeUpWorkdays: [] };
    const changes = dayChanges(before, after);
    expect(changes).toEqual({
      holidaysAdded: ['2027-01-04'],
      holidaysRemoved: ['2027-01-02'],
      makeUpWorkdaysAdded: [],
      makeUpWorkdaysRemoved: ['2027-01-09'],
    });
    expect(describeChanges(changes)).toBe(
      '+2027-01-04 holiday, -2027-01-02 holiday, -2027-01-09 make-up day',
    );
  });

  it('R6.4.4: every year bundled with chinese-days is complete and consistent', async () => {
    const years = await chineseDaysCalendar.years();
    expect(years.map((year) => year.year)).toContain(2026);
    expect(years.map((year) => year.year)).not.toContain(2027);
    for (const year of years) {
      expect({ year: year.year, issues: arrangementIssues(year.year, year.festivals) }).toEqual({
        year: year.year,
        issues: [],
      });
      expect({ year: year.year, missing: missingFestivals(year.year, year.festivals) }).toEqual({
        year: year.year,
        missing: [],
      });
    }
    expect(chineseDaysCalendar.package).toEqual({ name: 'chinese-days', version: '1.5.7' });
  });

  it('R6.4.2: the 2027 fixture is marked as test data, complete and consistent', () => {
    expect(fixture2027.testData).toBe(true);
    expect(fixture2027.notice.title).toMatch(/测试数据/);
    const festivals = fixture2027.festivals.map((days) => festival({ ...days, sharedWith: null }));
    expect(arrangementIssues(2027, festivals)).toEqual([]);
    expect(missingFestivals(2027, festivals)).toEqual([]);
  });
});
