import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_RANGE_DAYS, monthsOf, parseAuditQuery, rangeInstants } from '#domain/audit/audit-query';
import { InvalidInput } from '#domain/errors';
import { paymentId } from '#domain/payments/payment';
import { parseId } from '#domain/validation';

/** The field issues a refused filter names. */
function issues(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInput) return error.issues;
    throw error;
  }
  throw new Error('accepted');
}

describe('audit filters (issue 17)', () => {
  it('takes an actor, a type or a range, alone or combined, newest first unless asked', () => {
    expect(parseAuditQuery({ actorId: ' commission-1 ' }, null, ['filter'])).toEqual({
      actorId: 'commission-1',
      entityType: undefined,
      dates: undefined,
      order: 'NEWEST_FIRST',
    });
    expect(
      parseAuditQuery({ entityType: 'PAYMENT', from: '2026-10-01', to: '2026-12-31' }, 'OLDEST_FIRST', [
        'filter',
      ]),
    ).toEqual({
      actorId: undefined,
      entityType: 'PAYMENT',
      dates: { from: '2026-10-01', to: '2026-12-31' },
      order: 'OLDEST_FIRST',
    });
  });

  it(`accepts ${MAX_AUDIT_RANGE_DAYS} days, both ends counted, and a single day`, () => {
    expect(parseAuditQuery({ from: '2026-10-01', to: '2026-12-31' }, null, ['f']).dates).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(parseAuditQuery({ from: '2026-12-01', to: '2026-12-01' }, null, ['f']).dates).toBeDefined();
  });

  it('refuses a range the wrong way round, naming filter.to', () => {
    expect(issues(() => parseAuditQuery({ from: '2026-12-02', to: '2026-12-01' }, null, ['filter']))).toEqual(
      [{ path: ['filter', 'to'], message: 'to (2026-12-01) is before from (2026-12-02)' }],
    );
  });

  it(`refuses a range longer than ${MAX_AUDIT_RANGE_DAYS} days, naming filter.to`, () => {
    expect(
      issues(() => parseAuditQuery({ from: '2026-10-01', to: '2027-01-01' }, null, ['input', 'filter'])),
    ).toEqual([
      {
        path: ['input', 'filter', 'to'],
        message: `a range covers at most ${MAX_AUDIT_RANGE_DAYS} days (this one 93): export it in parts`,
      },
    ]);
  });

  it('refuses half a range, a date that does not exist, and an empty filter', () => {
    expect(issues(() => parseAuditQuery({ from: '2026-12-01' }, null, ['filter']))).toEqual([
      { path: ['filter', 'to'], message: 'a date range needs both from and to (CST dates, both included)' },
    ]);
    expect(issues(() => parseAuditQuery({ from: '2026-02-30', to: '2026-03-01' }, null, ['filter']))).toEqual(
      [{ path: ['filter', 'from'], message: 'a CST date, YYYY-MM-DD' }],
    );
    expect(issues(() => parseAuditQuery({}, null, ['filter']))).toEqual([
      { path: ['filter'], message: 'give an actorId, an entityType or a date range (from, to)' },
    ]);
    expect(issues(() => parseAuditQuery({ actorId: 'x'.repeat(201) }, null, ['filter']))).toEqual([
      { path: ['filter', 'actorId'], message: 'an id has 1 to 200 characters' },
    ]);
  });

  it('maps CST dates to instants: a CST day starts at 16:00Z the day before', () => {
    expect(rangeInstants({ from: '2026-12-01', to: '2026-12-01' })).toEqual({
      start: '2026-11-30T16:00:00.000Z',
      end: '2026-12-01T16:00:00.000Z',
    });
  });

  it('lists the CST months a range touches, across a year end', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-01-02' })).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOf({ from: '2026-12-01', to: '2026-12-31' })).toEqual(['2026-12']);
    expect(monthsOf({ from: '2026-10-01', to: '2026-12-31' })).toHaveLength(3);
  });
});

describe('ids of any length the system makes', () => {
  it('accepts the longest id issued (a payment: PAY- + its document id + its project id)', () => {
    const documentId = `DOC-${crypto.randomUUID()}`;
    const onReviewedPath = paymentId(documentId, `PRJ-APP-${crypto.randomUUID()}`);
    const onAutomaticPath = paymentId(documentId, `PRJ-CERT-${'f'.repeat(32)}`);
    expect(onReviewedPath.length).toBe(89);
    expect(onAutomaticPath.length).toBe(86);
    expect(parseId(onReviewedPath, ['entityId'])).toBe(onReviewedPath);
    expect(parseAuditQuery({ actorId: onReviewedPath }, null, ['filter']).actorId).toBe(onReviewedPath);
  });
});
