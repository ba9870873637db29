import type { Clock } from './clock.ts';

/** A clock that can also wait: the local workflow's Wait states and stage timeouts run on it. */
export interface WaitableClock extends Clock {
  /** Resolves once the clock reaches `instant` (at once when it already has). */
  sleepUntil(instant: Date): Promise<void>;
}

/** Node's timers take at most 2^31−1 ms; longer waits are taken in steps so that they never overflow. */
const MAX_TIMER_MS = 2_147_483_647;

export const systemWaitableClock: WaitableClock = {
  now: () => new Date(),
  async sleepUntil(instant: Date): Promise<void> {
    for (let left = instant.getTime() - Date.now(); left > 0; left = instant.getTime() - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, MAX_TIMER_MS)));
    }
  },
};

/** A clock tests move by hand: sleepers wake when `advance` or `set` passes their instant. */
export class ManualClock implements WaitableClock {
  private current: Date;
  private sleepers: { until: number; wake: () => void }[] = [];

  constructor(start: Date) {
    this.current = start;
  }

  now(): Date {
    return this.current;
  }

  sleepUntil(instant: Date): Promise<void> {
    if (instant.getTime() <= this.current.getTime()) return Promise.resolve();
    return new Promise((resolve) => this.sleepers.push({ until: instant.getTime(), wake: resolve }));
  }

  set(instant: Date): void {
    this.current = instant;
    const due = this.sleepers.filter((sleeper) => sleeper.until <= instant.getTime());
    this.sleepers = this.sleepers.filter((sleeper) => sleeper.until > instant.getTime());
    for (const sleeper of due) sleeper.wake();
  }

  advance(milliseconds: number): void {
    this.set(new Date(this.current.getTime() + milliseconds));
  }
}
