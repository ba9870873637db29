import { describe, expect, it } from 'vitest';
import {
  blocksDeliberation,
  contactKey,
  investigationOutcome,
  OBJECTION_STATUSES,
  OBJECTION_TRANSITIONS,
  requireObjectionTransition,
  statusOf,
  tallyChange,
} from '#domain/workflow/objection';
import type { Objection, ObjectionStatus } from '#domain/workflow/objection';
import { objectionSchema, screeningSchema } from '#domain/workflow/input-schemas';

const objection = (status: Objection['status']): Objection => ({
  id: 'OBJ-1',
  projectId: 'PRJ-1',
  objectorName: '张三',
  objectorContact: '13800000000',
  reason: '申报材料与实际情况不符。',
  status,
  version: 1,
  createdAt: '2026-11-02T01:00:00.000Z',
  updatedAt: '2026-11-02T01:00:00.000Z',
});

const refusal = (status: Objection['status'], next: ObjectionStatus): unknown => {
  try {
    requireObjectionTransition(objection(status), next, 'changed');
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('INTERPRETATION R6.4.3: an objection’s life as a table', () => {
  it('R6.4.3: a received objection is screened once, admissible to investigation or inadmissible; only an admissible one is settled, once', () => {
    expect(OBJECTION_TRANSITIONS).toEqual({
      RECEIVED: ['INADMISSIBLE', 'UNDER_INVESTIGATION'],
      UNDER_INVESTIGATION: ['UPHELD', 'DISMISSED'],
      INADMISSIBLE: [],
      UPHELD: [],
      DISMISSED: [],
    });
    expect(refusal('RECEIVED', 'UPHELD')).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.3' });
    expect(refusal('INADMISSIBLE', 'UNDER_INVESTIGATION')).toMatchObject({ rule: 'R6.4.3' });
    expect(refusal('DISMISSED', 'UPHELD')).toMatchObject({ rule: 'R6.4.3' });
    expect(refusal('RECEIVED', 'INADMISSIBLE')).toBeUndefined();
  });

  it('R6.4.3: only unscreened and admissible unsettled objections hold a project back', () => {
    expect(OBJECTION_STATUSES.filter(blocksDeliberation)).toEqual(['RECEIVED', 'UNDER_INVESTIGATION']);
  });

  it('R6.4.3: an objection stored OPEN before screening existed is unscreened, and is screened like one', () => {
    expect(statusOf(objection('OPEN'))).toBe('RECEIVED');
    expect(refusal('OPEN', 'UNDER_INVESTIGATION')).toBeUndefined();
    expect(refusal('OPEN', 'DISMISSED')).toMatchObject({ rule: 'R6.4.3' });
  });
});

describe('R6.4.3: a project’s tally, changed with each objection', () => {
  it('filing counts one received and one pending; screening out or settling takes the pending one away; upholding counts it', () => {
    expect(tallyChange(null, 'RECEIVED')).toEqual({ received: 1, pending: 1 });
    expect(tallyChange('RECEIVED', 'INADMISSIBLE')).toEqual({ pending: -1 });
    expect(tallyChange('RECEIVED', 'UNDER_INVESTIGATION')).toEqual({});
    expect(tallyChange('UNDER_INVESTIGATION', 'DISMISSED')).toEqual({ pending: -1 });
    expect(tallyChange('UNDER_INVESTIGATION', 'UPHELD')).toEqual({ pending: -1, upheld: 1 });
  });

  it('an OPEN objection was never counted: screened admissible it starts to be, screened out it changes nothing', () => {
    expect(tallyChange('OPEN', 'UNDER_INVESTIGATION')).toEqual({ pending: 1 });
    expect(tallyChange('OPEN', 'INADMISSIBLE')).toEqual({});
  });

  it('R6.4.3, R6.4: the investigation ends removed once one is upheld, on to deliberation once none blocks, and waits otherwise', () => {
    expect(investigationOutcome({ received: 3, pending: 2, upheld: 1 }, true)).toEqual({ upheld: true });
    expect(investigationOutcome({ received: 3, pending: 1, upheld: 0 }, false)).toBeUndefined();
    expect(investigationOutcome({ received: 3, pending: 0, upheld: 0 }, true)).toBeUndefined();
    expect(investigationOutcome({ received: 3, pending: 0, upheld: 0 }, false)).toEqual({ upheld: false });
    expect(investigationOutcome({ received: 0, pending: 0, upheld: 0 }, false)).toEqual({ upheld: false });
  });
});

describe('R6.4.3: one contact, however it is written', () => {
  it('a telephone number by its digits, without the +86 or 0086 country code; full-width digits folded', () => {
    for (const written of [
      '13800000000',
      '138 0000 0000',
      '+86-138-0000-0000',
      '0086 13800000000',
      '１３８００００００００',
    ])
      expect(contactKey(written)).toBe('13800000000');
    expect(contactKey('021-5970 1234')).toBe('02159701234');
  });

  it('an e-mail address in lower case without spaces', () => {
    expect(contactKey(' Zhang.San@Example.COM ')).toBe('zhang.san@example.com');
  });

  it('R6.4: a contact needs at least 5 letters or digits; an inadmissible screening needs its reason code', () => {
    const input = { projectId: 'PRJ-1', objectorName: '张三', reason: '申报材料与实际情况不符。' };
    expect(objectionSchema.safeParse({ ...input, objectorContact: '-----' }).success).toBe(false);
    expect(objectionSchema.safeParse({ ...input, objectorContact: '+86 1' }).success).toBe(false);
    expect(objectionSchema.safeParse({ ...input, objectorContact: 'zs@qq.com' }).success).toBe(true);
    const screening = { objectionId: 'OBJ-1', version: 1, reason: '无法联系。' };
    expect(screeningSchema.safeParse({ ...screening, admissible: false }).error?.issues).toMatchObject([
      { path: ['reasonCode'] },
    ]);
    expect(
      screeningSchema.safeParse({ ...screening, admissible: false, reasonCode: 'UNREACHABLE_CONTACT' })
        .success,
    ).toBe(true);
  });
});
