import type { Fen } from '../money.ts';

/**
 * An amount in Chinese capitals (大写金额), as a payment voucher or a bank's form writes it: computed from
 * integer fen, never from a float. It follows the People's Bank's rules for writing amounts
 * (《正确填写票据和结算凭证的基本规定》): 壹贰叁肆伍陆柒捌玖, 拾佰仟万亿; 壹拾 (never a bare 拾); one 零
 * for a run of zeros inside the number, none at the end of a group; 元整 when there are no 角 and 分;
 * 零 between 元 and 分 when 角 is 0 (壹元零伍分). `人民币` is left to the caller.
 *
 * `2_000_000_00` → `贰佰万元整`; `1_680_32` → `壹仟陆佰捌拾元叁角贰分`; `100_000_010_05` → `壹亿零壹拾元零伍分`.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
/** Groups of four digits, from the lowest: 元, 万, 亿, 万亿 (兆 is not used on vouchers). */
const GROUPS = ['', '万', '亿', '万亿'] as const;

/** The largest amount written: 9,999,999,999,999,999.99 yuan would need 兆; vouchers stop far below it. */
export const MAX_FEN_IN_WORDS: Fen = 9_999_999_999_999_99;

const digit = (value: number): string => DIGITS[value] ?? '';

/** Four digits (0–9999) of one group: `zeroBefore` when a 零 must lead (a higher group was written). */
function group(value: number, zeroBefore: boolean): string {
  let text = '';
  let pendingZero = zeroBefore;
  for (let place = 3; place >= 0; place -= 1) {
    const d = Math.trunc(value / 10 ** place) % 10;
    if (d === 0) {
      if (text !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += digit(d) + (PLACES[place] ?? '');
  }
  return text;
}

/** Whole yuan in capitals, without 元: `0` gives an empty string. */
function yuanInWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.trunc(rest / 10_000)) groups.push(rest % 10_000);
  let text = '';
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const value = groups[index] ?? 0;
    if (value === 0) continue;
    // A zero between this group and the last written one (壹亿零壹拾, 壹仟零壹万): the group is short of
    // its thousands, or a whole group was skipped.
    const skipped = text !== '' && (value < 1000 || (groups[index + 1] ?? 0) === 0);
    text += group(value, skipped) + (GROUPS[index] ?? '');
  }
  return text;
}

export function fenInWords(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN_IN_WORDS)
    throw new RangeError(`an amount in fen from 0 to ${MAX_FEN_IN_WORDS} expected, got ${fen}`);
  const yuan = Math.trunc(fen / 100);
  const jiao = Math.trunc(fen / 10) % 10;
  const cents = fen % 10;
  const whole = yuanInWords(yuan);
  if (jiao === 0 && cents === 0) return `${whole === '' ? '零' : whole}元整`;
  let text = whole === '' ? '' : `${whole}元`;
  if (jiao > 0) text += `${digit(jiao)}角`;
  else if (whole !== '') text += '零';
  if (cents > 0) text += `${digit(cents)}分`;
  return text;
}
