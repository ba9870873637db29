/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet without I, O, S, V and Z; the 18th is a check character over the first 17.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeProblem = 'length' | 'character' | 'check';

/** Input is trimmed and upper-cased before it is checked: registers typed by hand mix cases. */
export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character the first 17 characters call for. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Why a (normalized) code is not valid, or `undefined` when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return 'length';
  if (!/^[0-9A-HJ-NP-RTUW-Y]+$/.test(code)) return 'character';
  return checkCharacter(code.slice(0, 17)) === code.charAt(17) ? undefined : 'check';
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: 'a unified social credit code has 18 characters',
  character: 'a unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z',
  check: 'the check character (18th) does not match the first 17 characters',
};
