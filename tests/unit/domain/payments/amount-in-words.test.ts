import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenInWords, MAX_FEN_IN_WORDS } from '#domain/payments/amount-in-words';

/**
 * Amounts in Chinese capitals (大写), from integer fen, as the People's Bank's rules for vouchers write them;
 * the examples are the rules' own and the ones finance meets (tier awards of R5.2).
 */

const DIGIT_VALUES: Record<string, number> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNIT_VALUES: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Reads capitals back into fen (a reader independent of the writer, for the property below). */
function readBack(words: string): number {
  const plain = words.replace(/整$/, '');
  const [yuanPart = '', centsPart = ''] = plain.includes('元') ? plain.split('元') : ['', plain];
  const section = (text: string): number => {
    let total = 0;
    let digit = 0;
    for (const char of text) {
      if (char in DIGIT_VALUES) digit = DIGIT_VALUES[char] ?? 0;
      else if (char in UNIT_VALUES) {
        total += digit * (UNIT_VALUES[char] ?? 0);
        digit = 0;
      }
    }
    return total + digit;
  };
  const [yi = '', restAfterYi = ''] = yuanPart.includes('亿') ? yuanPart.split('亿') : ['', yuanPart];
  const [wan = '', units = ''] = restAfterYi.includes('万') ? restAfterYi.split('万') : ['', restAfterYi];
  const yuan = section(yi) * 100_000_000 + section(wan) * 10_000 + section(units);
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(centsPart)?.[1];
  const fen = /([壹贰叁肆伍陆柒捌玖])分/.exec(centsPart)?.[1];
  return yuan * 100 + (jiao ? (DIGIT_VALUES[jiao] ?? 0) * 10 : 0) + (fen ? (DIGIT_VALUES[fen] ?? 0) : 0);
}

describe('fenInWords: 大写金额 from integer fen', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [105, '壹元零伍分'],
    [1000, '壹拾元整'],
    [1005, '壹拾元零伍分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [10_000_000, '壹拾万元整'],
    [20_000_000, '贰拾万元整'],
    [100_000_000, '壹佰万元整'],
    [200_000_000, '贰佰万元整'],
    [500_000_000, '伍佰万元整'],
    [1_001_000_000, '壹仟零壹万元整'],
    [10_000_001_005, '壹亿零壹拾元零伍分'],
    [10_000_100_000, '壹亿零壹仟元整'],
    [10_500_000_000, '壹亿零伍佰万元整'],
    [1_010_100, '壹万零壹佰零壹元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [107_000_053_000, '壹拾亿柒仟万零伍佰叁拾元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(fenInWords(fen)).toBe(words);
  });

  it('never writes a bare 拾, a doubled 零, or 零 before a unit or at the end (0 aside: 零元整)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_FEN_IN_WORDS }), (fen) => {
        const words = fenInWords(fen);
        expect(words).not.toMatch(/零零|零[元万亿角分整]|^拾|(?<![壹贰叁肆伍陆柒捌玖])拾/);
        expect(words).toMatch(/(整|角|分)$/);
      }),
    );
  });

  it('reads back to the same fen (amounts below 1,000 亿 yuan)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (fen) => {
        expect(readBack(fenInWords(fen))).toBe(fen);
      }),
    );
  });

  it('refuses what is not an amount in fen', () => {
    for (const bad of [-1, 1.5, Number.NaN, MAX_FEN_IN_WORDS + 1])
      expect(() => fenInWords(bad)).toThrow(RangeError);
  });
});
