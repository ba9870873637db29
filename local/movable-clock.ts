import type { ClockControl, ClockState } from '#domain/clock-control';
import { isClockSpeed } from '#domain/clock-control';
import { formatCst } from '#domain/time/cst';
import type { WaitableClock } from '#domain/waitable-clock';

/** The real time a movable clock runs on: a monotonic reading in milliseconds, and timers. */
export interface RealTime {
  now(): number;
  setTimer(callback: () => void, ms: number): { cancel(): void };
}

export const REAL_TIME: RealTime = {
  // Monotonic: the system clock may be set back by NTP; this never is.
  now: () => performance.now(),
  setTimer: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** Node's timers take at most 2^31−1 ms; a longer wait is taken in steps. */
export const MAX_TIMER_MS = 2_147_483_647;

interface Sleeper {
  readonly until: number;
  readonly wake: () => void;
}

/**
 * The local server's clock (`npm start -- --clock 2026-12-28T10:00+08:00 --speed 60`): starts at an
 * instant, runs at `speed` times real time, and moves forward on request (`npm run clock -- +5d`). The
 * local workflow's Wait states and stage timeouts sleep on it: a sleeper wakes when the clock, running or
 * moved, reaches its instant. One real timer serves every sleeper (the earliest), scaled by the speed and
 * never longer than Node allows; a stopped clock (speed 0) sets none.
 */
export class MovableClock implements WaitableClock, ClockControl {
  /** The clock read `clock` when the real time read `real`; it has run at `speed` since. */
  private anchor: { readonly clock: number; readonly real: number };
  private speed: number;
  private sleepers: Sleeper[] = [];
  private timer: { cancel(): void } | undefined;

  constructor(
    start: Date,
    speed = 1,
    private readonly real: RealTime = REAL_TIME,
    /** Told of every move (`npm start` keeps the clock across restarts with it). */
    private readonly onMove: (state: ClockState) => void = () => undefined,
  ) {
    if (Number.isNaN(start.getTime())) throw new RangeError('the clock needs a valid start instant');
    if (!isClockSpeed(speed)) throw new RangeError(`a clock speed of ${speed} is out of range`);
    this.anchor = { clock: start.getTime(), real: real.now() };
    this.speed = speed;
  }

  now(): Date {
    return new Date(this.anchor.clock + Math.floor((this.real.now() - this.anchor.real) * this.speed));
  }

  state(): ClockState {
    return { now: this.now(), speed: this.speed };
  }

  move(change: { readonly to?: Date | undefined; readonly speed?: number | undefined }): ClockState {
    const current = this.now();
    const to = change.to ?? current;
    if (Number.isNaN(to.getTime()) || to.getTime() < current.getTime()) {
      throw new RangeError(`the clock is at ${formatCst(current)} and never moves back`);
    }
    const speed = change.speed ?? this.speed;
    if (!isClockSpeed(speed)) throw new RangeError(`a clock speed of ${speed} is out of range`);
    this.anchor = { clock: to.getTime(), real: this.real.now() };
    this.speed = speed;
    this.wakeDue();
    this.schedule();
    const state = this.state();
    this.onMove(state);
    return state;
  }

  sleepUntil(instant: Date): Promise<void> {
    if (instant.getTime() <= this.now().getTime()) return Promise.resolve();
    return new Promise((wake) => {
      this.sleepers.push({ until: instant.getTime(), wake });
      this.schedule();
    });
  }

  /** How many sleepers are waiting (for tests and diagnostics). */
  get sleeping(): number {
    return this.sleepers.length;
  }

  private wakeDue(): void {
    const now = this.now().getTime();
    const due = this.sleepers.filter((sleeper) => sleeper.until <= now);
    if (due.length === 0) return;
    this.sleepers = this.sleepers.filter((sleeper) => sleeper.until > now);
    for (const sleeper of due) sleeper.wake();
  }

  /** One real timer for the earliest sleeper, rescheduled after every move and every wake-up. */
  private schedule(): void {
    this.timer?.cancel();
    this.timer = undefined;
    if (this.sleepers.length === 0 || this.speed === 0) return;
    const next = Math.min(...this.sleepers.map((sleeper) => sleeper.until));
    const realMs = Math.ceil((next - this.now().getTime()) / this.speed);
    this.timer = this.real.setTimer(
      () => {
        this.timer = undefined;
        this.wakeDue();
        this.schedule();
      },
      Math.min(MAX_TIMER_MS, Math.max(1, realMs)),
    );
  }
}
