import { describe, expect, it } from 'vitest';
import { cstDate, formatCst } from '#domain/time/cst';

describe('China Standard Time (R6.4.1)', () => {
  it('formats an instant in CST with its offset, whatever the server’s time zone', () => {
    expect(formatCst(new Date('2026-11-30T03:24:13Z'))).toBe('2026-11-30T11:24:13.000+08:00');
    expect(formatCst(new Date('2026-11-29T16:00:00.000Z'))).toBe('2026-11-30T00:00:00.000+08:00');
  });

  it('names the same instant as the UTC form', () => {
    const instant = new Date('2026-12-31T23:59:59.999Z');
    expect(formatCst(instant)).toBe('2027-01-01T07:59:59.999+08:00');
    expect(new Date(formatCst(instant))).toEqual(instant);
    expect(cstDate(instant)).toBe('2027-01-01');
  });
});
