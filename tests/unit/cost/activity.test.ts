import { describe, expect, it } from 'vitest';
import { activeHours, HOURS_PER_MONTH, tracedPerMonth } from '../../../scripts/cost/activity.ts';

const OFFICE = { busyHoursPerMonth: 198, shareInBusyHours: 0.9 };
const DEFAULT_RULE = { reservoirPerSecond: 1, fixedRate: 0.05 };

describe('hours a metric is sent in', () => {
  it('is about one hour per event when events are rare, and every hour when they are many', () => {
    expect(activeHours(0, OFFICE)).toBe(0);
    expect(activeHours(10, OFFICE)).toBeCloseTo(10, 0);
    expect(activeHours(10_000_000, OFFICE)).toBeCloseTo(HOURS_PER_MONTH, 6);
  });

  it('never exceeds the events nor the hours', () => {
    for (const events of [1, 50, 500, 5000]) {
      expect(activeHours(events, OFFICE)).toBeLessThanOrEqual(Math.min(events, HOURS_PER_MONTH));
    }
  });
});

describe('traces under a reservoir-and-rate rule', () => {
  it('traces nearly every request when they come less than one a second', () => {
    expect(tracedPerMonth(1000, OFFICE, DEFAULT_RULE)).toBeGreaterThan(999);
  });

  it('traces about one a second plus 5 % of the rest under a steady load', () => {
    // 100 a second through every office hour: 1 + 0.05 × 99 a second.
    const perSecond = 100;
    const shape = { busyHoursPerMonth: HOURS_PER_MONTH, shareInBusyHours: 1 };
    const requests = perSecond * HOURS_PER_MONTH * 3600;
    expect(tracedPerMonth(requests, shape, DEFAULT_RULE) / (HOURS_PER_MONTH * 3600)).toBeCloseTo(
      1 + 0.05 * 99,
      3,
    );
  });

  it('with no reservoir, traces the fixed rate only', () => {
    expect(tracedPerMonth(1_000_000, OFFICE, { reservoirPerSecond: 0, fixedRate: 0.05 })).toBeCloseTo(
      50_000,
      6,
    );
  });
});
