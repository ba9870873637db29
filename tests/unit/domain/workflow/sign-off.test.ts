import { describe, expect, it } from 'vitest';
import { PolicyViolation } from '#domain/errors';
import type { SignOff } from '#domain/workflow/sign-off';
import { addSignOff, signedOff } from '#domain/workflow/sign-off';

/** R3.1.1: the commission and at least `jointReviewBodies` other member bodies, each once. */
const at = '2026-11-30T02:00:00.000Z';
const COMMISSION: SignOff = { body: 'ECONOMIC_COMMISSION', by: 'commission-1', at };
const DRC: SignOff = { body: 'DRC', by: 'drc-1', at };
const STC: SignOff = { body: 'STC', by: 'stc-1', at };
const BUREAU: SignOff = { body: 'FINANCE_BUREAU', by: 'bureau-1', at };

describe('R3.1.1 joint review sign-off', () => {
  it('R3.1.1: needs the commission and as many other member bodies as the version says (default 1)', () => {
    expect(signedOff([COMMISSION], 1)).toBe(false);
    expect(signedOff([DRC], 1)).toBe(false);
    expect(signedOff([COMMISSION, BUREAU], 1)).toBe(true);
    expect(signedOff([COMMISSION, DRC], 2)).toBe(false);
    expect(signedOff([COMMISSION, DRC, STC], 2)).toBe(true);
    expect(signedOff([DRC, STC, BUREAU], 3)).toBe(false);
  });

  it('R3.1.1: one sign-off per body: a second one of the same body is refused, naming it', () => {
    const signOffs = addSignOff([COMMISSION], DRC, 'PRJ-1');
    expect(signOffs).toEqual([COMMISSION, DRC]);
    expect(() => addSignOff(signOffs, { ...DRC, by: 'drc-2' }, 'PRJ-1')).toThrow(PolicyViolation);
    expect(() => addSignOff(signOffs, { ...DRC, by: 'drc-2' }, 'PRJ-1')).toThrow(
      /区发展改革委 \(DRC\) has already signed off project PRJ-1 \(user drc-1/,
    );
    expect(() => addSignOff(signOffs, { ...COMMISSION, by: 'commission-2' }, 'PRJ-1')).toThrow(
      PolicyViolation,
    );
  });
});
