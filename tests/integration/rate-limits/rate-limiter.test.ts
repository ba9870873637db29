import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoRateLedger } from '#adapters/dynamodb/rate-ledger';
import { ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import type { RateCaller, RateLimits } from '#domain/rate-limits/rate-budget';
import { ManualClock } from '#domain/waitable-clock';
import { RateLimiter } from '#use-cases/rate-limits/rate-limiter';
import type { TestTable } from '../../support/dynamo.ts';
import { createTestTable } from '../../support/dynamo.ts';

/**
 * Issue 16: each caller's rate budget against DynamoDB Local, on a clock the test moves (no sleeps):
 * admission, settlement, the window's reset, refusal, and concurrent requests that cannot overspend.
 * Issue 19: the instance's leases on a window (one write for many requests, none for a refusal once the
 * window is known to be used up), on budgets large enough for blocks of more than one point.
 */

const LIMITS: RateLimits = { windowSeconds: 60, userPoints: 10, anonymousPoints: 4 };
const START = new Date('2026-11-30T02:03:10.000Z'); // 50 s before its window resets at 02:04:00

let table: TestTable;
let documents: ReturnType<typeof createDocumentClient>;
beforeAll(async () => {
  table = await createTestTable();
  documents = createDocumentClient(table.client);
});
afterAll(async () => table.drop());

let callers = 0;
/** A caller of its own, so tests do not share a budget. */
const newUser = (): RateCaller => ({ key: `user:rate-${(callers += 1)}`, kind: 'user' });

const limiterAt = (clock: ManualClock, limits = LIMITS): RateLimiter =>
  new RateLimiter(new DynamoRateLedger(documents, table.tableName), clock, limits);

describe('a caller’s rate budget (fixed window, DynamoDB Local)', () => {
  it('stops a claim whose signal is aborted, as the rate limiter does past its deadline, and writes nothing (issue 19)', async () => {
    const ledger = new DynamoRateLedger(documents, table.tableName);
    const caller = newUser();
    const window = {
      start: new Date('2026-11-30T02:03:00.000Z'),
      reset: new Date('2026-11-30T02:04:00.000Z'),
    };
    await expect(ledger.claim(caller.key, window, 2, 10, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    const item = await documents.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: `RATE#${caller.key}`, sk: 'WINDOW#2026-11-30T02:03:00.000Z' },
      }),
    );
    expect(item.Item).toBeUndefined();
  });

  it('charges each request its reads, at least 1 point: the first on admission, the rest when it is done', async () => {
    const limiter = limiterAt(new ManualClock(START));
    const caller = newUser();
    const first = await limiter.admit(caller);
    expect(first).toMatchObject({ admitted: true, used: 1, limit: 10 });
    expect(await limiter.settle(first, caller, 4)).toEqual({
      cost: 4,
      limit: 10,
      used: 4,
      remaining: 6,
      reset: new Date('2026-11-30T02:04:00.000Z'),
    });
    const second = await limiter.admit(caller);
    // A request that read nothing costs its 1 point and no second write.
    expect(await limiter.settle(second, caller, 0)).toMatchObject({ cost: 1, used: 5, remaining: 5 });
  });

  it('refuses a caller whose window is used up, charging nothing, until the window resets; then the whole budget is back', async () => {
    const clock = new ManualClock(START);
    const limiter = limiterAt(clock);
    const caller = newUser();
    // One request reads more than is left: it was admitted, so it is charged in full (the work is done).
    const big = await limiter.admit(caller);
    expect(await limiter.settle(big, caller, 14)).toMatchObject({ used: 14, remaining: 0 });
    clock.advance(20_000);
    const refused = await limiter.admit(caller);
    expect(refused).toMatchObject({ admitted: false, used: 14, retryAfterSeconds: 30 });
    expect(await limiter.settle(refused, caller, 0)).toMatchObject({ cost: 0, used: 14, remaining: 0 });
    const stored = await documents.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: `RATE#${caller.key}`, sk: 'WINDOW#2026-11-30T02:03:00.000Z' },
      }),
    );
    expect(stored.Item).toMatchObject({ used: 14, entity: 'RateWindow' });
    // The reset: a new window, a new item, the whole budget.
    clock.set(new Date('2026-11-30T02:04:00.000Z'));
    const next = await limiter.admit(caller);
    expect(next).toMatchObject({ admitted: true, used: 1 });
    expect(await limiter.settle(next, caller, 1)).toMatchObject({
      used: 1,
      remaining: 9,
      reset: new Date('2026-11-30T02:05:00.000Z'),
    });
  });

  it('lets no more concurrent requests in than there are points left (every point granted by a conditional update)', async () => {
    const limiter = limiterAt(new ManualClock(START));
    const caller = newUser();
    const admissions = await Promise.all(Array.from({ length: 25 }, () => limiter.admit(caller)));
    expect(admissions.filter((admission) => admission.admitted)).toHaveLength(10);
    expect(admissions.filter((admission) => !admission.admitted)).toHaveLength(15);
    expect(
      admissions
        .filter((admission) => admission.admitted)
        .map((admission) => admission.used)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives anonymous addresses their own, smaller budgets, apart from users and from each other', async () => {
    const limiter = limiterAt(new ManualClock(START));
    const one: RateCaller = { key: 'ip:203.0.113.9', kind: 'anonymous' };
    const other: RateCaller = { key: 'ip:198.51.100.7', kind: 'anonymous' };
    for (let n = 0; n < 4; n += 1) expect((await limiter.admit(one)).admitted).toBe(true);
    expect(await limiter.admit(one)).toMatchObject({ admitted: false, limit: 4 });
    expect(await limiter.admit(other)).toMatchObject({ admitted: true, used: 1, limit: 4 });
    expect(await limiter.admit(newUser())).toMatchObject({ admitted: true, used: 1, limit: 10 });
  });

  it('charges a request refused before admission (a syntax error, an unregistered document) its 1 point', async () => {
    const limiter = limiterAt(new ManualClock(START));
    const caller = newUser();
    expect(await limiter.settle(undefined, caller, 0)).toMatchObject({ cost: 1, used: 1, remaining: 9 });
  });

  it('keeps the counter out of the request’s own accounting and out of the audit trail; it expires with the table’s TTL', async () => {
    const limiter = limiterAt(new ManualClock(START));
    const caller = newUser();
    const meter = new ReadMeter();
    await withReadMeter(meter, async () => {
      const admission = await limiter.admit(caller);
      await limiter.settle(admission, caller, 3);
    });
    // Not a read of the request, and not a write that would stop its read budget from refusing.
    expect(meter).toMatchObject({ reads: 0, wrote: false });
    const { Items = [] } = await documents.send(
      new ScanCommand({ TableName: table.tableName, ConsistentRead: true }),
    );
    const windows = Items.filter((item) => item['pk'] === `RATE#${caller.key}`);
    expect(windows).toEqual([
      {
        pk: `RATE#${caller.key}`,
        sk: 'WINDOW#2026-11-30T02:03:00.000Z',
        entity: 'RateWindow',
        used: 3,
        // A window after the reset (epoch seconds, the table's TTL attribute).
        expiresAt: Date.parse('2026-11-30T02:05:00.000Z') / 1000,
      },
    ]);
    expect(Items.some((item) => String(item['pk']).startsWith('AUDIT#'))).toBe(false);
  });
});

/**
 * Budgets whose blocks are, for a user, 20 points when the instance has not seen the caller's costs yet (a
 * hundredth) and at most 100 (a twentieth); for an anonymous address 2 and 10.
 */
const LEASED: RateLimits = { windowSeconds: 60, userPoints: 2000, anonymousPoints: 200 };

/** A limiter as one instance of the API, counting the ledger's writes (each a DynamoDB UpdateItem). */
function instanceAt(clock: ManualClock, limits = LEASED): { limiter: RateLimiter; writes: () => number } {
  let writes = 0;
  const counting = {
    send: (command: unknown) => {
      writes += 1;
      return (documents.send as (command: unknown) => Promise<unknown>)(command);
    },
  } as unknown as DynamoDBDocumentClient;
  return {
    limiter: new RateLimiter(new DynamoRateLedger(counting, table.tableName), clock, limits),
    writes: () => writes,
  };
}

const storedUsed = async (caller: RateCaller, start = '2026-11-30T02:03:00.000Z'): Promise<number> => {
  const { Item } = await documents.send(
    new GetCommand({ TableName: table.tableName, Key: { pk: `RATE#${caller.key}`, sk: `WINDOW#${start}` } }),
  );
  return Number(Item?.['used']);
};

describe('leases on a caller’s window (issue 19)', () => {
  it('claims a block with one write and serves requests from it in memory, reporting the window’s used as if each were charged', async () => {
    const { limiter, writes } = instanceAt(new ManualClock(START));
    const caller = newUser();
    for (let n = 1; n <= 10; n += 1) {
      const admission = await limiter.admit(caller);
      expect(admission).toMatchObject({ admitted: true, used: n });
      expect(await limiter.settle(admission, caller, 1)).toMatchObject({
        cost: 1,
        used: n,
        remaining: 2000 - n,
      });
    }
    expect(writes()).toBe(1);
    // The ledger holds the block: what this instance claimed, spent or not.
    expect(await storedUsed(caller)).toBe(20);
  });

  it('charges what the lease cannot cover without condition, and sizes the next block from the caller’s recent cost', async () => {
    const { limiter, writes } = instanceAt(new ManualClock(START));
    const caller = newUser();
    const big = await limiter.admit(caller);
    // 1 point on admission and 19 more from the block of 20; the other 11 charged to the ledger.
    expect(await limiter.settle(big, caller, 31)).toMatchObject({ cost: 31, used: 31, remaining: 1969 });
    expect(writes()).toBe(2);
    expect(await storedUsed(caller)).toBe(31);
    // The next block: 10 requests at the recent cost (310), at most a twentieth of the limit (100).
    const next = await limiter.admit(caller);
    expect(next).toMatchObject({ admitted: true, used: 32 });
    expect(await storedUsed(caller)).toBe(131);
  });

  it('never admits past the limit across instances: concurrent requests on two instances share the window exactly', async () => {
    const clock = new ManualClock(START);
    const limits: RateLimits = { ...LEASED, userPoints: 200 };
    const [one, other] = [instanceAt(clock, limits), instanceAt(clock, limits)];
    const caller = newUser();
    const admissions = await Promise.all(
      Array.from({ length: 300 }, (_, n) => (n % 2 === 0 ? one : other).limiter.admit(caller)),
    );
    const admitted = admissions.filter((admission) => admission.admitted).length;
    // Every point of the window was granted, and no request was admitted without one; a point granted to
    // an instance whose requests had all been served would be lost (at most a block, 2, each).
    expect(await storedUsed(caller)).toBe(200);
    expect(admitted).toBeLessThanOrEqual(200);
    expect(admitted).toBeGreaterThanOrEqual(196);
    for (const refused of admissions.filter((admission) => !admission.admitted))
      expect(refused).toMatchObject({ limit: 200, retryAfterSeconds: 50 });
    // Blocks of 2 (no request has finished, so no cost is known), a few refused claims per instance at
    // most; the rest refused without a write.
    expect(one.writes() + other.writes()).toBeLessThanOrEqual(200 / 2 + 2 * 4);
  });

  it('refuses the rest of a used-up window without a write, and loses a window’s unspent points when it ends', async () => {
    const clock = new ManualClock(START);
    const { limiter, writes } = instanceAt(clock, { ...LEASED, anonymousPoints: 40 });
    const caller: RateCaller = { key: 'ip:192.0.2.19', kind: 'anonymous' };
    for (let n = 1; n <= 40; n += 1) {
      const admission = await limiter.admit(caller);
      expect(admission).toMatchObject({ admitted: true, used: n });
      await limiter.settle(admission, caller, 1);
    }
    // A first block of 1, then blocks of 2 (a twentieth of 40); the last block, 2 asked for with 1 left,
    // granted its 1 on a second try.
    const claims = writes();
    expect(claims).toBe(1 + 19 + 2);
    expect(await limiter.admit(caller)).toMatchObject({ admitted: false, used: 40, retryAfterSeconds: 50 });
    expect(writes()).toBe(claims + 1);
    for (let n = 0; n < 5; n += 1) expect((await limiter.admit(caller)).admitted).toBe(false);
    expect(writes()).toBe(claims + 1);

    // A new window: a new lease. The last one's block, claimed and not spent, stays in its window.
    clock.set(new Date('2026-11-30T02:04:00.000Z'));
    const first = await limiter.admit(caller);
    expect(first).toMatchObject({ admitted: true, used: 1 });
    expect(await storedUsed(caller, '2026-11-30T02:04:00.000Z')).toBe(2);
    clock.set(new Date('2026-11-30T02:05:00.000Z'));
    expect(await limiter.settle(first, caller, 1)).toMatchObject({
      used: 1,
      reset: new Date('2026-11-30T02:05:00.000Z'),
    });
    expect(await limiter.admit(caller)).toMatchObject({ admitted: true, used: 1 });
    expect(await storedUsed(caller, '2026-11-30T02:04:00.000Z')).toBe(2);
  });

  it('serves a refusal before admission from the lease, and charges it without condition when there is none', async () => {
    const { limiter, writes } = instanceAt(new ManualClock(START));
    const caller = newUser();
    expect(await limiter.settle(undefined, caller, 0)).toMatchObject({ cost: 1, used: 1 });
    expect(writes()).toBe(1);
    const admission = await limiter.admit(caller);
    expect(await limiter.settle(admission, caller, 2)).toMatchObject({ used: 3 });
    expect(await limiter.settle(undefined, caller, 0)).toMatchObject({ cost: 1, used: 4, remaining: 1996 });
    expect(writes()).toBe(2);
  });
});
