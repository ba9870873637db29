/**
 * Each caller's rate budget (issue 16): the application's own accounting, because AWS WAF's counters
 * cannot be read by the function, and WAF cannot price a request by what it made DynamoDB do.
 *
 * A caller is a signed-in user (by subject) or, anonymous, a source IP address. Each has a budget of
 * points per window; a request costs the DynamoDB reads it made (its read meter's count, reports' reads
 * included), at least 1 point.
 *
 * Fixed windows, as GitHub's GraphQL API (not Shopify's leaky bucket): a window's state is one counter,
 * so taking points from it is one conditional `ADD` on the window's own item (no read first, no retry loop
 * but when fewer points are left than asked for) and concurrent requests on any number of Lambda instances
 * cannot overspend it. A leaky bucket needs the
 * level drained by the time since the last request, `max(0, level − elapsed × rate)`, which an update
 * expression cannot compute: it would take a read and a versioned write, retried under contention. And a
 * fixed window gives GitHub's headers their plain meaning: `X-RateLimit-Reset` is when the window ends and
 * everything is available again. The price is that a caller may spend two windows' worth around a
 * boundary; the windows are short (a minute by default), so that is bounded and brief.
 *
 * Leases (issue 19: a write per request, and two per request that read more than one item, were 1.78
 * DynamoDB write units per API call and two of a cold start's seven round trips): an instance of the API
 * claims a block of its caller's window with one conditional `ADD` — never more than the window has left —
 * and admits and charges that caller's requests from it in memory until it is spent (`leaseBlock` sizes
 * it). Admissions stay exact under any concurrency: every point spent was granted by a conditional write.
 * What a lease costs a caller: points claimed and not spent when the window ends are lost, at most one
 * block per instance that served the caller in that window (`FIRST_LEASE_SHARE` of the limit for an
 * instance that served it once, `LEASE_SHARE` at most); and while one instance holds unspent points
 * another may refuse the caller as if the window were used up.
 */
import type { Principal } from '../identity/principal.ts';

export interface RateLimits {
  /** The length of a window, in seconds. Windows are aligned to multiples of it since the epoch. */
  readonly windowSeconds: number;
  /** Points per window for a signed-in user (keyed by the identity provider's subject). */
  readonly userPoints: number;
  /** Points per window for an anonymous caller (keyed by source IP address). */
  readonly anonymousPoints: number;
}

/**
 * The defaults (overridden by `RATE_LIMIT_WINDOW_SECONDS`, `RATE_LIMIT_USER_POINTS`,
 * `RATE_LIMIT_ANONYMOUS_POINTS`). A screen costs 5–30 reads and a request at most 200 (its own budget), so
 * a signed-in user has a few hundred screens a minute, or 30 requests at the read budget; a report that
 * reads thousands of items uses a window up, and the user waits at most a minute. An anonymous address
 * (the publicity list, filing an objection) has a tenth of that: dozens of pages a minute, enough for an
 * office behind one address, far from what scraping the list would need.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  userPoints: 6000,
  anonymousPoints: 600,
};

/** Whose budget a request is charged to. */
export interface RateCaller {
  /** `user:<subject>` or `ip:<address>`. */
  readonly key: string;
  readonly kind: 'user' | 'anonymous';
}

/** An IPv4 address as IPv6 (`::ffff:192.0.2.1`, as Node's sockets report it) is the IPv4 address. */
const normalizeIp = (address: string): string =>
  address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * A signed-in user is charged by subject, wherever they call from; an anonymous caller by source IP (the
 * address API Gateway or the local server's socket saw, never a forwarded-for header the caller wrote).
 * Anonymous callers whose address is unknown share one budget.
 */
export function rateCallerOf(principal: Principal, sourceIp: string | undefined): RateCaller {
  if (principal.kind === 'user') return { key: `user:${principal.userId}`, kind: 'user' };
  const address = sourceIp === undefined || sourceIp.trim() === '' ? 'unknown' : normalizeIp(sourceIp);
  return { key: `ip:${address}`, kind: 'anonymous' };
}

export function limitFor(caller: RateCaller, limits: RateLimits): number {
  return caller.kind === 'user' ? limits.userPoints : limits.anonymousPoints;
}

export interface RateWindow {
  readonly start: Date;
  /** When the window ends and the caller's whole budget is available again. */
  readonly reset: Date;
}

/** The window `now` falls in: `[k × length, (k + 1) × length)` seconds since the epoch. */
export function windowAt(now: Date, windowSeconds: number): RateWindow {
  const length = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), reset: new Date(start + length) };
}

/** What a request cost: its DynamoDB reads, at least 1 point. */
export function requestCost(dynamodbReads: number): number {
  return Math.max(1, dynamodbReads);
}

/** The largest block an instance claims at once: a twentieth of the caller's limit (at least 1 point). */
export const LEASE_SHARE = 1 / 20;

/**
 * The block an instance claims for a caller it has not served yet: a hundredth of the limit (60 points of a
 * user's default 6,000, a screen or two), because a fresh instance — every cold start — may serve that
 * caller once and never again, and what it does not spend is lost to the caller until the window ends.
 */
export const FIRST_LEASE_SHARE = 1 / 100;

/** A block is meant to last this many of the caller's requests, at their recent cost. */
export const LEASE_REQUESTS = 10;

/**
 * How many points an instance claims from a caller's window when its lease is spent (issue 19): enough for
 * `LEASE_REQUESTS` requests at the caller's recent cost, at most `LEASE_SHARE` of the limit — what the
 * caller may lose per instance when the window ends —; `FIRST_LEASE_SHARE` of it for a caller this
 * instance has not seen finish a request yet.
 */
export function leaseBlock(limit: number, recentCost: number | undefined): number {
  const share = recentCost === undefined ? FIRST_LEASE_SHARE : LEASE_SHARE;
  const most = Math.max(1, Math.floor(limit * share));
  if (recentCost === undefined) return most;
  return Math.min(most, Math.max(1, Math.ceil(recentCost * LEASE_REQUESTS)));
}

/**
 * The recent cost of a caller's requests, as `leaseBlock` wants it: an average that gives the last request
 * a third of its weight, so that a caller who moves from screens to a report is followed within a few
 * requests.
 */
export function recentCost(previous: number | undefined, cost: number): number {
  return previous === undefined ? cost : previous + (cost - previous) / 3;
}

/** A caller's budget as a response reports it. */
export interface RateBudget {
  /** Points charged for this request (0 when it was refused for want of budget). */
  readonly cost: number;
  readonly limit: number;
  /** Points used in the window; above `limit` when the last admitted requests cost more than was left. */
  readonly used: number;
  readonly remaining: number;
  readonly reset: Date;
}

export function rateBudget(limit: number, used: number, window: RateWindow, cost: number): RateBudget {
  return { cost, limit, used, remaining: Math.max(0, limit - used), reset: window.reset };
}

/** Whole seconds until `reset`, at least 1 (HTTP's `Retry-After`). */
export function retryAfterSeconds(now: Date, reset: Date): number {
  return Math.max(1, Math.ceil((reset.getTime() - now.getTime()) / 1000));
}

/**
 * Port: the callers' counters, shared by every instance of the API (one item per caller and window in
 * DynamoDB). Not domain data: a counter is never audited and never part of a change's transaction.
 */
export interface RateLedger {
  /**
   * Claims up to `points` of the caller's window, never past `limit`, atomically: all of them if the
   * window has that many left, else what it has left; answers the points granted (0 when the window is
   * used up) and what the window has used (after the claim, or as it stood when nothing was granted).
   */
  claim(
    callerKey: string,
    window: RateWindow,
    points: number,
    limit: number,
    /** Stops the claim: the rate limiter gives up on one that does not answer. */
    signal?: AbortSignal,
  ): Promise<{ readonly granted: number; readonly used: number }>;
  /** Adds `points` whatever the window has used (the rest of an admitted request's cost); answers the total. */
  charge(callerKey: string, window: RateWindow, points: number): Promise<number>;
}
