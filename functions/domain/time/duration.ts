const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** The longest advance of a clock in one move: ten years. */
export const MAX_ADVANCE_MS = 3_660 * UNIT_MS.d;

const DURATION = /^\+?((?:\d+[dhms])+)$/;

/**
 * A forward duration in milliseconds, written as days, hours, minutes and seconds in that order, each
 * at most once: `5d`, `3h`, `30m`, `1d12h`, `90s`, with an optional leading `+`. Returns undefined for
 * anything else (a negative or empty duration, units out of order, more than ten years).
 */
export function parseForwardDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match?.[1]) return undefined;
  const parts = [...match[1].matchAll(/(\d+)([dhms])/g)];
  const units = parts.map((part) => part[2]).join('');
  if (!/^d?h?m?s?$/.test(units)) return undefined;
  const ms = parts.reduce(
    (total, part) => total + Number(part[1]) * UNIT_MS[part[2] as keyof typeof UNIT_MS],
    0,
  );
  return ms > 0 && ms <= MAX_ADVANCE_MS ? ms : undefined;
}
