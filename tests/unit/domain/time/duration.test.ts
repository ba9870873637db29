import { describe, expect, it } from 'vitest';
import { MAX_ADVANCE_MS, parseForwardDuration } from '#domain/time/duration';

describe('parseForwardDuration (npm run clock -- +5d)', () => {
  it.each([
    ['+5d', 5 * 86_400_000],
    ['5d', 5 * 86_400_000],
    ['3h', 3 * 3_600_000],
    ['+30m', 30 * 60_000],
    ['90s', 90_000],
    ['1d12h', 36 * 3_600_000],
    [' 2h30m ', 150 * 60_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseForwardDuration(text)).toBe(ms);
  });

  it.each(['', '+', '-5d', '5', '5w', '0d', '3h1d', '1d1d', 'P5D', '5 d', '3661d'])('refuses %j', (text) => {
    expect(parseForwardDuration(text)).toBeUndefined();
  });

  it('takes up to ten years in one move', () => {
    expect(parseForwardDuration('3660d')).toBe(MAX_ADVANCE_MS);
  });
});
