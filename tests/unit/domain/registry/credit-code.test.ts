import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_MESSAGES,
  checkCharacter,
  creditCodeProblem,
  normalizeCreditCode,
} from '#domain/registry/credit-code';

/** Published, valid unified social credit codes (统一社会信用代码). */
const VALID_CODES = [
  '914403001922038216',
  '9144030071526726XG',
  '91330100716105852F',
  '913101180DM95UY1CJ',
  '91310118QT56L02F4T',
] as const;

describe('checkCharacter', () => {
  /*
   * Worked out by hand from the rule (GB 32100-2015), for 914403001922038216:
   *
   *   weights w[i] = 3^i mod 31, i = 0..16:
   *     1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
   *
   *   i     : 0  1  2   3    4  5   6  7  8   9    10  11  12 13  14  15  16
   *   c[i]  : 9  1  4   4    0  3   0  0  1   9    2   2   0  3   8   2   1
   *   w[i]  : 1  3  9   27   19 26  16 17 20  29   25  13  8  24  10  30  28
   *   c·w   : 9  3  36  108  0  78  0  0  20  261  50  26  0  72  80  60  28
   *
   *   Σ = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831
   *   831 mod 31 = 831 − 26·31 = 831 − 806 = 25
   *   31 − 25 = 6  →  value 6 is the character '6', the code's 18th character.
   */
  it('computes the check character worked out by hand from the weighted sum', () => {
    expect(checkCharacter('91440300192203821')).toBe('6');
  });

  it.each(VALID_CODES)('gives the 18th character of %s from its first 17', (code) => {
    expect(checkCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('maps a check value of 31 to the character 0', () => {
    // '1' followed by sixteen '0's: Σ = 1·1 = 1, 31 − 1 = 30 → 'Y' (alphabet index 30).
    expect(checkCharacter('10000000000000000')).toBe('Y');
    // All zeros: Σ = 0, 31 − 0 = 31, which maps to '0'.
    expect(checkCharacter('00000000000000000')).toBe('0');
  });
});

describe('creditCodeProblem', () => {
  it.each(VALID_CODES)('accepts the valid code %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
  });

  it('accepts the all-zero code whose check character is 0 (check value 31)', () => {
    expect(creditCodeProblem('000000000000000000')).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['17 characters', '91440300192203821'],
    ['19 characters', '9144030019220382160'],
    ['surrounded by spaces (not normalised)', ' 914403001922038216 '],
  ])('reports length for a code that is %s', (_label, code) => {
    expect(creditCodeProblem(code)).toBe('length');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])(
    'reports character for a code containing the excluded letter %s',
    (letter) => {
      // Same length as a valid code, with one of the forbidden letters in position 9.
      const code = `91440300${letter}922038216`;
      expect(code).toHaveLength(18);
      expect(creditCodeProblem(code)).toBe('character');
    },
  );

  it('reports character for lower-case letters when the code was not normalised', () => {
    expect(creditCodeProblem('91330100716105852f')).toBe('character');
    expect(creditCodeProblem('913101180dm95uy1cj')).toBe('character');
  });

  it('reports character for punctuation and non-ASCII characters', () => {
    expect(creditCodeProblem('91440300-922038216')).toBe('character');
    expect(creditCodeProblem('91440300１922038216')).toBe('character');
  });

  it.each(VALID_CODES)('reports check when the last character of %s is changed', (code) => {
    const last = code.charAt(17);
    const other = last === '0' ? '1' : '0';
    expect(creditCodeProblem(`${code.slice(0, 17)}${other}`)).toBe('check');
  });

  it('reports check when a body character is changed but the check character is kept', () => {
    // 914403001922038216 with its 17th character 1 → 2: Σ becomes 831 + 28 = 859, 859 mod 31 = 22,
    // so the check character would have to be 31 − 22 = 9, not 6.
    expect(creditCodeProblem('914403001922038226')).toBe('check');
    expect(creditCodeProblem('914403001922038229')).toBeUndefined();
  });

  it('has a message for every problem', () => {
    expect(Object.keys(CREDIT_CODE_MESSAGES).sort()).toEqual(['character', 'check', 'length']);
  });
});

describe('normalizeCreditCode', () => {
  it('trims and upper-cases a code typed by hand', () => {
    expect(normalizeCreditCode(' 91330100716105852f ')).toBe('91330100716105852F');
  });

  it('turns a lower-case valid code into a code that passes the check', () => {
    const normalized = normalizeCreditCode(' 91330100716105852f ');
    expect(creditCodeProblem(normalized)).toBeUndefined();
    expect(creditCodeProblem(normalizeCreditCode('\t913101180dm95uy1cj\n'))).toBeUndefined();
  });

  it('leaves an already normalised code unchanged', () => {
    expect(normalizeCreditCode('9144030071526726XG')).toBe('9144030071526726XG');
  });
});
