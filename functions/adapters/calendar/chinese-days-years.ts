import statutory from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { Festival, FestivalDays, StatutoryFestival } from '#domain/calendar/holiday-arrangement';
import { FESTIVAL_NAMES, daysOf } from '#domain/calendar/holiday-arrangement';
import type { StatutoryYear } from '#domain/calendar/statutory-calendar';

/**
 * The official arrangements bundled with `chinese-days`: the years for which it lists holidays. Its
 * functions answer for any year (a year it has no data for looks like weekdays only), so only its data is
 * read here, and a year without listed holidays is left unknown (R6.4.2). Each entry carries its festival
 * ("New Year's Day,元旦,1"), read by its Chinese name.
 */

const BY_NAME: Readonly<Record<string, StatutoryFestival>> = {
  元旦: 'NEW_YEARS_DAY',
  春节: 'SPRING_FESTIVAL',
  清明: 'QINGMING',
  劳动节: 'LABOUR_DAY',
  端午: 'DRAGON_BOAT',
  中秋: 'MID_AUTUMN',
  国庆节: 'NATIONAL_DAY',
};

/**
 * Festivals the data files under another's days. 2020: "国庆节、中秋节：10月1日至8日放假调休，共8天"
 * (国务院办公厅关于2020年部分节假日安排的通知, 国办发明电〔2019〕16号); chinese-days lists the 8 days as National Day.
 */
const SHARED: Readonly<Record<number, readonly FestivalDays[]>> = {
  2020: [
    { festival: 'MID_AUTUMN', name: '中秋节', holidays: [], makeUpWorkdays: [], sharedWith: 'NATIONAL_DAY' },
  ],
};

function festivalOf(label: string): { festival: Festival; name: string } {
  const name = label.split(',')[1]?.trim() ?? label;
  const festival = BY_NAME[name];
  return festival ? { festival, name: FESTIVAL_NAMES[festival] } : { festival: 'OTHER', name };
}

interface Collected {
  readonly festival: Festival;
  readonly name: string;
  readonly holidays: string[];
  readonly makeUp: string[];
}

/** The years of the bundled data, festival by festival, in order. */
export function readYears(): StatutoryYear[] {
  const data = statutory as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Map<number, Map<string, Collected>>();
  const entry = (date: string, label: string): Collected => {
    const year = Number(date.slice(0, 4));
    const { festival, name } = festivalOf(label);
    const festivals = years.get(year) ?? new Map<string, Collected>();
    years.set(year, festivals);
    const days = festivals.get(name) ?? { festival, name, holidays: [], makeUp: [] };
    festivals.set(name, days);
    return days;
  };
  for (const [date, label] of Object.entries(data.holidays)) entry(date, label).holidays.push(date);
  // A make-up day belongs to a year whose holidays are listed: a year with make-up days only stays unknown.
  for (const [date, label] of Object.entries(data.workdays))
    if (years.has(Number(date.slice(0, 4)))) entry(date, label).makeUp.push(date);
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, byName]) => {
      const festivals: FestivalDays[] = [
        ...[...byName.values()].map((days) => ({
          festival: days.festival,
          name: days.name,
          holidays: days.holidays.sort(),
          makeUpWorkdays: days.makeUp.sort(),
          sharedWith: null,
        })),
        ...(SHARED[year] ?? []),
      ];
      return { year, festivals, ...daysOf(festivals) };
    });
}
