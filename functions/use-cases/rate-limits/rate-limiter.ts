import type { Clock } from '#domain/clock';
import type {
  RateBudget,
  RateCaller,
  RateLedger,
  RateLimits,
  RateWindow,
} from '#domain/rate-limits/rate-budget';
import {
  limitFor,
  rateBudget,
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
      /** The window's points used once the request's first point was charged. */
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

/**
 * Charges each request to its caller's rate budget (`#domain/rate-limits/rate-budget` says why fixed
 * windows). Two steps, because a request's cost is known only when it is done:
 *
 * `admit(caller)` — before the request does any work:
 *   1. find the window the clock is in and the caller's limit (users and anonymous addresses differ);
 *   2. charge the request's minimum, 1 point, with one conditional update that succeeds only while the
 *      window has a point left: of any number of concurrent requests, at most as many as there are points
 *      left are admitted;
 *   3. refused: nothing is charged; the caller is told when the window resets (`Retry-After`).
 *
 * `settle(admission, caller, reads)` — when the response is ready:
 *   1. admitted: charge the rest of its cost (reads − 1), to the window it was admitted in, without
 *      condition (the work is done; a window may end above its limit, and its caller is refused until it
 *      resets), and only when there is a rest to charge;
 *   2. never admitted (refused before admission: a syntax or validation error, an unregistered document):
 *      charge its 1 point, without condition, so refusals are not free;
 *   3. refused for want of budget: charge nothing;
 *   and answer the caller's budget for the response's `extensions.cost.rateLimit` and headers.
 *
 * Output: the caller's `RateBudget` (limit, used, remaining, reset) and the points charged.
 */
export class RateLimiter {
  constructor(
    private readonly ledger: RateLedger,
    private readonly clock: Clock,
    readonly limits: RateLimits,
  ) {}

  async admit(caller: RateCaller): Promise<Admission> {
    const now = this.clock.now();
    const window = windowAt(now, this.limits.windowSeconds);
    const limit = limitFor(caller, this.limits);
    const { admitted, used } = await this.ledger.admit(caller.key, window, 1, limit);
    return admitted
      ? { admitted, caller, window, limit, used }
      : { admitted, caller, window, limit, used, retryAfterSeconds: retryAfterSeconds(now, window.reset) };
  }

  async settle(admission: Admission | undefined, caller: RateCaller, reads: number): Promise<RateBudget> {
    const cost = requestCost(reads);
    if (admission === undefined) {
      const window = windowAt(this.clock.now(), this.limits.windowSeconds);
      const used = await this.ledger.charge(caller.key, window, cost);
      return rateBudget(limitFor(caller, this.limits), used, window, cost);
    }
    if (!admission.admitted) return rateBudget(admission.limit, admission.used, admission.window, 0);
    const rest = cost - 1;
    const used = rest > 0 ? await this.ledger.charge(caller.key, admission.window, rest) : admission.used;
    return rateBudget(admission.limit, used, admission.window, cost);
  }
}
