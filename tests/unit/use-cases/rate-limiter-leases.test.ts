import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RateCaller, RateLedger, RateLimits, RateWindow } from '#domain/rate-limits/rate-budget';
import { ManualClock } from '#domain/waitable-clock';
import { CLAIM_DEADLINE_MS, MAX_LEASES, RateLimiter } from '#use-cases/rate-limits/rate-limiter';

/**
 * Issue 19: the rate limiter's leases against an in-memory ledger with DynamoDB's semantics (a claim never
 * past the limit, a charge without condition), for what DynamoDB Local would make slow: thousands of
 * callers, and a ledger that fails.
 */

class MemoryLedger implements RateLedger {
  readonly used = new Map<string, number>();
  claims = 0;
  charges = 0;
  failing = false;
  /** The next claim never answers (a request lost on a live connection). */
  hangNext = false;
  /** The signal each claim was given. */
  readonly signals: (AbortSignal | undefined)[] = [];

  claim(callerKey: string, window: RateWindow, points: number, limit: number, signal?: AbortSignal) {
    this.claims += 1;
    this.signals.push(signal);
    if (this.failing) return Promise.reject(new Error('DynamoDB is unavailable'));
    if (this.hangNext) {
      this.hangNext = false;
      return new Promise<never>(() => undefined);
    }
    const key = `${callerKey}@${window.start.toISOString()}`;
    const before = this.used.get(key) ?? 0;
    const granted = Math.max(0, Math.min(points, limit - before));
    this.used.set(key, before + granted);
    return Promise.resolve({ granted, used: before + granted });
  }

  charge(callerKey: string, window: RateWindow, points: number) {
    this.charges += 1;
    const key = `${callerKey}@${window.start.toISOString()}`;
    this.used.set(key, (this.used.get(key) ?? 0) + points);
    return Promise.resolve(this.used.get(key) ?? 0);
  }
}

const LIMITS: RateLimits = { windowSeconds: 60, userPoints: 2000, anonymousPoints: 200 };
const START = new Date('2026-11-30T02:03:10.000Z');
const address = (n: number): RateCaller => ({
  key: `ip:10.0.${Math.floor(n / 256)}.${n % 256}`,
  kind: 'anonymous',
});

// A test that hangs under fake timers must not leave them to the tests after it.
afterEach(() => {
  vi.useRealTimers();
});

describe('the rate limiter’s leases (issue 19)', () => {
  it('holds a bounded number of callers: past it the oldest leases are forgotten, their points lost, never spent twice', async () => {
    const ledger = new MemoryLedger();
    const limiter = new RateLimiter(ledger, new ManualClock(START), LIMITS);
    const callers = MAX_LEASES + 50;
    for (let n = 0; n < callers; n += 1) expect((await limiter.admit(address(n))).admitted).toBe(true);
    expect(ledger.claims).toBe(callers);
    // The first caller's lease (a block of 2, one point spent) was forgotten: its next request claims anew.
    const again = await limiter.admit(address(0));
    expect(again).toMatchObject({ admitted: true, used: 3 });
    expect(ledger.claims).toBe(callers + 1);
    // The last caller's is still held: no claim.
    expect(await limiter.admit(address(callers - 1))).toMatchObject({ admitted: true, used: 2 });
    expect(ledger.claims).toBe(callers + 1);
  });

  it('forgets the least recently leased callers first, not those first seen (a caller active in every window keeps its lease)', async () => {
    const ledger = new MemoryLedger();
    const clock = new ManualClock(START);
    const limiter = new RateLimiter(ledger, clock, LIMITS);
    for (let n = 0; n < 2_000; n += 1) await limiter.admit(address(n));
    clock.advance(60_000);
    // The next window: the others first, caller 0 last, so caller 0 holds the newest lease.
    for (let n = 1; n < 2_000; n += 1) await limiter.admit(address(n));
    await limiter.admit(address(0));
    for (let n = 2_000; n < MAX_LEASES + 1; n += 1) await limiter.admit(address(n));
    // Past the bound, the oldest tenth went (callers 1, 2, …); caller 0's lease (a block of 2, one spent) is held.
    const claims = ledger.claims;
    expect(await limiter.admit(address(0))).toMatchObject({ admitted: true, used: 2 });
    expect(ledger.claims).toBe(claims);
    await limiter.admit(address(1));
    expect(ledger.claims).toBe(claims + 1);
  });

  it('fails the requests waiting on a claim the ledger failed, and claims anew for the next', async () => {
    const ledger = new MemoryLedger();
    const limiter = new RateLimiter(ledger, new ManualClock(START), LIMITS);
    const caller: RateCaller = { key: 'user:unlucky', kind: 'user' };
    ledger.failing = true;
    const waiting = await Promise.allSettled([
      limiter.admit(caller),
      limiter.admit(caller),
      limiter.admit(caller),
    ]);
    expect(waiting.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(ledger.claims).toBe(1);
    ledger.failing = false;
    expect(await limiter.admit(caller)).toMatchObject({ admitted: true, used: 1 });
    expect(ledger.claims).toBe(2);
  });

  it('admits exactly the limit of many concurrent requests, in the order they arrived', async () => {
    const ledger = new MemoryLedger();
    const limiter = new RateLimiter(ledger, new ManualClock(START), LIMITS);
    const caller: RateCaller = { key: 'user:busy', kind: 'user' };
    const admissions = await Promise.all(Array.from({ length: 2500 }, () => limiter.admit(caller)));
    expect(admissions.slice(0, 2000).every((admission) => admission.admitted)).toBe(true);
    expect(admissions.slice(2000).some((admission) => admission.admitted)).toBe(false);
    expect(admissions.slice(0, 2000).map((admission) => admission.used)).toEqual(
      Array.from({ length: 2000 }, (_, n) => n + 1),
    );
  });

  it('fails the requests waiting on a claim that never answers after its deadline, and the next request claims anew', async () => {
    vi.useFakeTimers();
    const ledger = new MemoryLedger();
    const limiter = new RateLimiter(ledger, new ManualClock(START), LIMITS);
    const caller: RateCaller = { key: 'user:stuck', kind: 'user' };
    ledger.hangNext = true;
    const waiting = Promise.allSettled([limiter.admit(caller), limiter.admit(caller), limiter.admit(caller)]);
    await vi.advanceTimersByTimeAsync(CLAIM_DEADLINE_MS);
    const settled = await waiting;
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(ledger.claims).toBe(1);
    // The claim is told to stop, not only no longer waited for.
    expect(ledger.signals[0]?.aborted).toBe(true);
    // A user's limit of 2,000: a first block of 1 %, 20 points.
    expect(await limiter.admit(caller)).toMatchObject({ admitted: true, used: 1 });
    expect(ledger.claims).toBe(2);
  }, 10_000);
});
