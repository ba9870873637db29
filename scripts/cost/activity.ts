/**
 * Where the bill depends on rates rather than totals: a custom metric is billed for the hours it is sent
 * in, and X-Ray's default sampling keeps the first request each second and a share of the rest. Events
 * are taken to arrive at random (Poisson) within office hours and, more thinly, outside them.
 */

export const HOURS_PER_MONTH = 730;

export interface TrafficShape {
  /** Office hours of working days in a month. */
  readonly busyHoursPerMonth: number;
  /** Share of the month's events that fall in those hours. */
  readonly shareInBusyHours: number;
}

/** The month's hours split into busy and quiet, each with its share of `eventsPerMonth` per hour. */
function periods(eventsPerMonth: number, shape: TrafficShape): { hours: number; perHour: number }[] {
  const quietHours = HOURS_PER_MONTH - shape.busyHoursPerMonth;
  return [
    {
      hours: shape.busyHoursPerMonth,
      perHour: (eventsPerMonth * shape.shareInBusyHours) / shape.busyHoursPerMonth,
    },
    {
      hours: quietHours,
      perHour: quietHours > 0 ? (eventsPerMonth * (1 - shape.shareInBusyHours)) / quietHours : 0,
    },
  ];
}

/** Expected hours of the month with at least one event (a metric sent in that hour is billed for it). */
export function activeHours(eventsPerMonth: number, shape: TrafficShape): number {
  if (eventsPerMonth <= 0) return 0;
  return periods(eventsPerMonth, shape).reduce(
    (sum, { hours, perHour }) => sum + hours * (1 - Math.exp(-perHour)),
    0,
  );
}

export interface SamplingRule {
  /** Requests traced each second before the rate applies (X-Ray's reservoir; default 1). */
  readonly reservoirPerSecond: number;
  /** Share of the requests beyond the reservoir that are traced (default 5 %). */
  readonly fixedRate: number;
}

/**
 * Expected traces a month under a reservoir-and-rate rule: each second, the first `reservoir` requests and
 * `fixedRate` of the rest (for a reservoir of 1: E[min(N, 1)] + rate × E[N − min(N, 1)], N ~ Poisson(λ)).
 * Reservoirs above 1 are approximated by the same formula with λ shared among them.
 */
export function tracedPerMonth(requestsPerMonth: number, shape: TrafficShape, rule: SamplingRule): number {
  if (requestsPerMonth <= 0) return 0;
  return periods(requestsPerMonth, shape).reduce((sum, { hours, perHour }) => {
    const seconds = hours * 3600;
    const lambda = perHour / 3600;
    const reservoir = rule.reservoirPerSecond;
    if (reservoir <= 0) return sum + seconds * lambda * rule.fixedRate;
    const perSlot = lambda / reservoir;
    const inReservoir = reservoir * (1 - Math.exp(-perSlot));
    return sum + seconds * (inReservoir + rule.fixedRate * (lambda - inReservoir));
  }, 0);
}
