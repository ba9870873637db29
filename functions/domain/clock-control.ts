import type { Clock } from './clock.ts';

/** What a movable clock shows: its time, and how fast it runs (1 is real time, 60 a minute a second, 0 stopped). */
export interface ClockState {
  readonly now: Date;
  readonly speed: number;
}

/**
 * Port: moving the server's clock. Only a local development server has one (`npm start -- --clock`);
 * a production server has none, and the API refuses every form of clock control there. Time only goes
 * forward: records, versions and the audit trail are ordered by it.
 */
export interface ClockControl extends Clock {
  state(): ClockState;
  /**
   * Sets the time and/or the speed and returns the new state. Throws a RangeError for a time earlier
   * than the clock's own or a speed out of range; callers validate first.
   */
  move(change: { readonly to?: Date | undefined; readonly speed?: number | undefined }): ClockState;
}

/** The fastest a clock may run: a week passes in about six seconds. */
export const MAX_CLOCK_SPEED = 100_000;

/** Whether `speed` is a speed a movable clock accepts: finite, from 0 (stopped) to MAX_CLOCK_SPEED. */
export function isClockSpeed(speed: number): boolean {
  return Number.isFinite(speed) && speed >= 0 && speed <= MAX_CLOCK_SPEED;
}
