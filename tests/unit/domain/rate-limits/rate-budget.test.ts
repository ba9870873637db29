import { describe, expect, it } from 'vitest';
import { sourceIpOf } from '#adapters/identity/source-ip';
import { ANONYMOUS } from '#domain/identity/principal';
import {
  DEFAULT_RATE_LIMITS,
  leaseBlock,
  limitFor,
  rateBudget,
  rateCallerOf,
  recentCost,
  requestCost,
  retryAfterSeconds,
  windowAt,
} from '#domain/rate-limits/rate-budget';

/** Issue 16: each caller's rate budget, the pure part (no clock but the one given, no network). */

describe('whose budget a request is charged to', () => {
  it('charges a signed-in user by subject, wherever the request comes from', () => {
    const user = { kind: 'user', userId: 'sub-1', role: 'FINANCE' } as const;
    expect(rateCallerOf(user, '198.51.100.7')).toEqual({ key: 'user:sub-1', kind: 'user' });
    expect(rateCallerOf(user, '203.0.113.9')).toEqual(rateCallerOf(user, '198.51.100.7'));
    expect(limitFor(rateCallerOf(user, undefined), DEFAULT_RATE_LIMITS)).toBe(DEFAULT_RATE_LIMITS.userPoints);
  });

  it('charges an anonymous caller by source address, an IPv4 address seen over IPv6 as itself', () => {
    expect(rateCallerOf(ANONYMOUS, '203.0.113.9')).toEqual({ key: 'ip:203.0.113.9', kind: 'anonymous' });
    expect(rateCallerOf(ANONYMOUS, '::ffff:203.0.113.9').key).toBe('ip:203.0.113.9');
    expect(rateCallerOf(ANONYMOUS, '2001:db8::1').key).toBe('ip:2001:db8::1');
    expect(rateCallerOf(ANONYMOUS, undefined).key).toBe('ip:unknown');
    expect(limitFor(rateCallerOf(ANONYMOUS, '203.0.113.9'), DEFAULT_RATE_LIMITS)).toBe(
      DEFAULT_RATE_LIMITS.anonymousPoints,
    );
  });

  it('reads the address API Gateway saw, in the HTTP API’s payload v2 and the REST API’s v1 event, never a header', () => {
    expect(sourceIpOf({ requestContext: { http: { sourceIp: '203.0.113.9' } } })).toBe('203.0.113.9');
    expect(sourceIpOf({ requestContext: { identity: { sourceIp: '198.51.100.7' } } })).toBe('198.51.100.7');
    expect(
      sourceIpOf({ requestContext: {}, headers: { 'x-forwarded-for': '192.0.2.1' } } as {
        requestContext: unknown;
      }),
    ).toBeUndefined();
  });
});

describe('fixed windows', () => {
  it('aligns a window to multiples of its length since the epoch; it resets when the next begins', () => {
    expect(windowAt(new Date('2026-11-30T02:03:04.500Z'), 60)).toEqual({
      start: new Date('2026-11-30T02:03:00.000Z'),
      reset: new Date('2026-11-30T02:04:00.000Z'),
    });
    expect(windowAt(new Date('2026-11-30T02:04:00.000Z'), 60).start).toEqual(
      new Date('2026-11-30T02:04:00.000Z'),
    );
    expect(windowAt(new Date('2026-11-30T02:03:04Z'), 3600).reset).toEqual(new Date('2026-11-30T03:00:00Z'));
  });

  it('tells a refused caller the whole seconds until the reset, at least one', () => {
    const reset = new Date('2026-11-30T02:04:00.000Z');
    expect(retryAfterSeconds(new Date('2026-11-30T02:03:04.500Z'), reset)).toBe(56);
    expect(retryAfterSeconds(new Date('2026-11-30T02:03:59.999Z'), reset)).toBe(1);
    expect(retryAfterSeconds(reset, reset)).toBe(1);
  });

  it('costs a request its reads, at least 1; a window used past its limit has nothing remaining', () => {
    expect(requestCost(0)).toBe(1);
    expect(requestCost(37)).toBe(37);
    const window = windowAt(new Date('2026-11-30T02:03:04Z'), 60);
    expect(rateBudget(100, 40, window, 12)).toEqual({
      cost: 12,
      limit: 100,
      used: 40,
      remaining: 60,
      reset: window.reset,
    });
    expect(rateBudget(100, 130, window, 50).remaining).toBe(0);
  });
});

describe('leases on a window (issue 19)', () => {
  it('claims ten requests’ worth at the caller’s recent cost, at most a twentieth of the limit, at least a point', () => {
    expect(leaseBlock(DEFAULT_RATE_LIMITS.userPoints, 12)).toBe(120);
    expect(leaseBlock(DEFAULT_RATE_LIMITS.userPoints, 180)).toBe(300);
    expect(leaseBlock(DEFAULT_RATE_LIMITS.anonymousPoints, 1)).toBe(10);
    expect(leaseBlock(DEFAULT_RATE_LIMITS.anonymousPoints, 8)).toBe(30);
    expect(leaseBlock(10, 0.2)).toBe(1);
    expect(leaseBlock(10, 50)).toBe(1);
  });

  it('claims a hundredth of the limit for a caller the instance has not served yet (a cold start may serve it once)', () => {
    expect(leaseBlock(DEFAULT_RATE_LIMITS.userPoints, undefined)).toBe(60);
    expect(leaseBlock(DEFAULT_RATE_LIMITS.anonymousPoints, undefined)).toBe(6);
    expect(leaseBlock(3, undefined)).toBe(1);
  });

  it('follows the caller’s recent cost, the last request weighing a third', () => {
    expect(recentCost(undefined, 30)).toBe(30);
    expect(recentCost(30, 3)).toBe(21);
    expect(recentCost(recentCost(recentCost(30, 3), 3), 3)).toBeCloseTo(11);
  });
});
