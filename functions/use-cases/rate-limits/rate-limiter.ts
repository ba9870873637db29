import type { Clock } from '#domain/clock';
import type {
  RateBudget,
  RateCaller,
  RateLedger,
  RateLimits,
  RateWindow,
} from '#domain/rate-limits/rate-budget';
import { withinDeadline } from '../within-deadline.ts';
import {
  leaseBlock,
  limitFor,
  rateBudget,
  recentCost,
  requestCost,
  retryAfterSeconds,
  windowAt,
} from '#domain/rate-limits/rate-budget';

/** What admission decided for one request. */
export type Admission =
  | {
      readonly admitted: true;
      readonly caller: RateCaller;
      readonly window: RateWindow;
      readonly limit: number;
      /** The window's points used, as this instance knows them, once the request's first point was spent. */
      readonly used: number;
    }
  | {
      readonly admitted: false;
      readonly caller: RateCaller;
      readonly window: RateWindow;
      readonly limit: number;
      /** What the window had used when the request arrived (its limit or more). */
      readonly used: number;
      readonly retryAfterSeconds: number;
    };

/** This instance's lease on one caller's current window (issue 19). */
interface Lease {
  readonly windowStart: number;
  /** Points granted to this instance and not spent yet. */
  left: number;
  /**
   * The window's `used` as the ledger last answered this instance (the highest answer: claims and charges
   * may answer out of order). It counts every instance's claims, this one's unspent points included.
   */
  known: number;
  /** Set once a claim found the window used up: later requests of the window are refused without a write. */
  spent: boolean;
  /** The claim in flight, if any: one at a time per caller, the others wait for it. */
  claiming: Promise<number> | undefined;
  /** The caller's recent cost per request (`recentCost`), carried from window to window. */
  recentCost: number | undefined;
}

/**
 * How long a caller's requests wait for a claim of its window (issue 19). A caller's requests wait on its
 * one claim in flight: a claim whose answer never came would hold them, and every later one in the
 * instance, for good. Past this the claim counts as failed and the requests waiting on it fail with it;
 * the next request claims anew. What the lost claim granted, if it was made, is never spent: its caller is
 * charged for points it did not use, never admitted past its limit.
 */
export const CLAIM_DEADLINE_MS = 5_000;

/** Leases of ended windows (and, if need be, the oldest) are forgotten once this many callers are held. */
export const MAX_LEASES = 10_000;

/**
 * Charges each request to its caller's rate budget (issue 16; `#domain/rate-limits/rate-budget` says why
 * fixed windows), from leases (issue 19): the instance claims a block of the caller's window from the
 * ledger (`leaseBlock`: one conditional `ADD`, never past the limit) and spends it in memory, so that most
 * requests make no write and no round trip for their budget. Two steps, because a request's cost is known
 * only when it is done:
 *
 * `admit(caller)` — before the request does any work:
 *   1. find the window the clock is in and the caller's limit (users and anonymous addresses differ);
 *   2. spend the request's minimum, 1 point, from this instance's lease on the window; when it is spent,
 *      claim another block first. Claims for one caller are made one at a time, and the requests that
 *      arrive meanwhile wait for it and are served in their order, so of any number of concurrent requests
 *      no more are admitted than were granted: every point spent was granted by a conditional write;
 *   3. refused (nothing left to claim): nothing is charged; the caller is told when the window resets
 *      (`Retry-After`); later requests of the window are refused at once, without a write.
 *
 * `settle(admission, caller, reads)` — when the response is ready:
 *   1. admitted: spend the rest of its cost (reads − 1) from the lease on the window it was admitted in, and
 *      charge what the lease cannot cover without condition (the work is done; a window may end above its
 *      limit, and its caller is refused until it resets);
 *   2. never admitted (refused before admission: a syntax or validation error, an unregistered document):
 *      spend its 1 point the same way, so refusals are not free;
 *   3. refused for want of budget: charge nothing;
 *   and answer the caller's budget for the response's `extensions.cost.rateLimit` and headers.
 *
 * Output: the caller's `RateBudget` (limit, used, remaining, reset) and the points charged. `used` is the
 * window's as this instance knows it: every claim and charge the ledger had counted at this instance's
 * last write, less what this instance's lease still holds — exact for a caller served by one instance,
 * and behind by what other instances spent since for one served by several (each response then reports
 * the budget as its own instance sees it).
 */
export class RateLimiter {
  private readonly leases = new Map<string, Lease>();

  constructor(
    private readonly ledger: RateLedger,
    private readonly clock: Clock,
    readonly limits: RateLimits,
  ) {}

  async admit(caller: RateCaller): Promise<Admission> {
    const limit = limitFor(caller, this.limits);
    for (;;) {
      const now = this.clock.now();
      const window = windowAt(now, this.limits.windowSeconds);
      const lease = this.leaseOn(caller.key, window);
      if (lease.left >= 1) {
        lease.left -= 1;
        return { admitted: true, caller, window, limit, used: lease.known - lease.left };
      }
      // A claim that granted nothing refuses the requests that waited for it (the window is used up, or
      // other instances' claims kept winning); a window known to be used up refuses without a claim.
      if (lease.spent || (await (lease.claiming ?? this.claim(lease, caller.key, window, limit))) === 0)
        return {
          admitted: false,
          caller,
          window,
          limit,
          used: lease.known,
          retryAfterSeconds: retryAfterSeconds(now, window.reset),
        };
    }
  }

  async settle(admission: Admission | undefined, caller: RateCaller, reads: number): Promise<RateBudget> {
    const cost = requestCost(reads);
    if (admission === undefined) {
      const window = windowAt(this.clock.now(), this.limits.windowSeconds);
      const used = await this.spend(this.leaseOn(caller.key, window), caller.key, window, cost, 0);
      return rateBudget(limitFor(caller, this.limits), used, window, cost);
    }
    if (!admission.admitted) return rateBudget(admission.limit, admission.used, admission.window, 0);
    const current = this.leases.get(caller.key);
    if (current !== undefined) current.recentCost = recentCost(current.recentCost, cost);
    // A lease on a later window has nothing for this one: its rest is charged to the ledger.
    const lease = current?.windowStart === admission.window.start.getTime() ? current : undefined;
    const used = await this.spend(lease, caller.key, admission.window, cost - 1, admission.used);
    return rateBudget(admission.limit, used, admission.window, cost);
  }

  /**
   * Spends `points` from the lease and charges what it cannot cover (no write when it covers them all);
   * answers the window's used as known here (`usedBefore` when there is neither a lease nor a write).
   */
  private async spend(
    lease: Lease | undefined,
    callerKey: string,
    window: RateWindow,
    points: number,
    usedBefore: number,
  ): Promise<number> {
    const fromLease = lease === undefined ? 0 : Math.min(points, lease.left);
    if (lease !== undefined) lease.left -= fromLease;
    const rest = points - fromLease;
    const charged = rest > 0 ? await this.ledger.charge(callerKey, window, rest) : undefined;
    if (lease === undefined) return charged ?? usedBefore;
    lease.known = Math.max(lease.known, charged ?? 0);
    return lease.known - lease.left;
  }

  /** One claim of a block on the caller's window; the lease is credited with what was granted. */
  private claim(lease: Lease, callerKey: string, window: RateWindow, limit: number): Promise<number> {
    const claiming = withinDeadline(
      (signal) => this.ledger.claim(callerKey, window, leaseBlock(limit, lease.recentCost), limit, signal),
      CLAIM_DEADLINE_MS,
      'a claim of the rate budget',
    )
      .then(({ granted, used }) => {
        lease.left += granted;
        lease.known = Math.max(lease.known, used);
        if (granted === 0 && used >= limit) lease.spent = true;
        return granted;
      })
      .finally(() => {
        // Only its own: a claim that timed out must never clear one begun after it.
        if (lease.claiming === claiming) lease.claiming = undefined;
      });
    lease.claiming = claiming;
    return claiming;
  }

  /** This instance's lease on the caller's window: a new, empty one when the window is new. */
  private leaseOn(callerKey: string, window: RateWindow): Lease {
    const windowStart = window.start.getTime();
    const held = this.leases.get(callerKey);
    // (A clock moved back, as tests move it, starts a new lease as well: never a window's points for another.)
    if (held?.windowStart === windowStart) return held;
    if (held === undefined && this.leases.size >= MAX_LEASES) this.forgetEndedBefore(windowStart);
    const lease: Lease = {
      windowStart,
      left: 0,
      known: 0,
      spent: false,
      claiming: undefined,
      recentCost: held?.recentCost,
    };
    // Deleted first so that the map's order is the order callers were last given a lease: eviction
    // (below) then forgets the least recently active, not the callers first seen (Map.set keeps a key's place).
    this.leases.delete(callerKey);
    this.leases.set(callerKey, lease);
    return lease;
  }

  /**
   * Forgets the leases of ended windows, and then, if as many callers are in the current one, the oldest
   * leases down to nine tenths of `MAX_LEASES` (many addresses at once): a forgotten lease's points are
   * lost, never spent twice, and its caller's next request claims anew.
   */
  private forgetEndedBefore(windowStart: number): void {
    for (const [key, lease] of this.leases) if (lease.windowStart < windowStart) this.leases.delete(key);
    for (const key of this.leases.keys()) {
      if (this.leases.size < MAX_LEASES * 0.9) break;
      this.leases.delete(key);
    }
  }
}
