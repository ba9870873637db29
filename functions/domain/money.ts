/**
 * Money is integer fen (1 yuan = 100 fen), never floating point. Amounts stay far below 2^53, so a
 * JavaScript integer holds them exactly; every entry point checks that it is one.
 */
export type Fen = number;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Whole yuan as fen: only for amounts the policy states in whole yuan. */
export function yuanToFen(yuan: number): Fen {
  if (!Number.isSafeInteger(yuan)) throw new Error(`whole yuan expected, got ${yuan}`);
  return yuan * 100;
}

/** Yuan with two decimals from fen: `\d+\.\d{2}`, exact (`1234567` → `12345.67`). */
export const yuanText = (fen: Fen): string =>
  `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** `1234567` fen → `12,345.67` (for messages; clients format amounts themselves). */
export function formatFen(fen: Fen): string {
  const yuan = Math.trunc(fen / 100);
  const cents = String(fen % 100).padStart(2, '0');
  return `${yuan.toLocaleString('en-US')}.${cents}`;
}
