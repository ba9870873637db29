import type { ClockControl, ClockState } from '#domain/clock-control';
import { isClockSpeed } from '#domain/clock-control';
import { formatCst } from '#domain/time/cst';
import type { WaitableClock } from '#domain/waitable-clock';

/** The real time a movable clock runs on: a monotonic reading in milliseconds, and timers. */
export interface RealTime {
  now(): number;
  setTimer(callback: () => void, ms: number): { cancel(): void };
}

/**
 * The machine's monotonic clock in milliseconds: the system clock may be set back by NTP; this never is.
 * It is the machine's, not the process's (`process.hrtime`, not `performance.now`, whose origin is the
 * process's start): another process on this machine reads the same time, so it can run the same clock
 * from a `ClockReading` (the local server's imports run in child processes on the server's clock).
 */
export const REAL_TIME: RealTime = {
  now: () => Number(process.hrtime.bigint()) / 1e6,
  setTimer: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

/** Node's timers take at most 2^31−1 ms; a longer wait is taken in steps. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A movable clock as a function of real time: it read `clock` when real time read `real`, and runs at `speed`. */
export interface ClockReading {
  readonly clock: number;
  readonly real: number;
  readonly speed: number;
}

/** What a clock with this reading shows when real time reads `realNow`: one formula for every process. */
export function clockAt(reading: ClockReading, realNow: number): Date {
  return new Date(reading.clock + Math.floor((realNow - reading.real) * reading.speed));
}

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
  private readonly watchers = new Set<(reading: ClockReading) => void>();
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
    return clockAt(this.reading(), this.real.now());
  }

  /** The clock as a function of real time; `clockAt(reading, REAL_TIME.now())` elsewhere shows the same time. */
  reading(): ClockReading {
    return { ...this.anchor, speed: this.speed };
  }

  /** Whether another process on this machine can run this clock from its reading (it runs on REAL_TIME). */
  get onMachineTime(): boolean {
    return this.real === REAL_TIME;
  }

  /** Tells `watcher` the new reading after every move, until the returned function is called. */
  watch(watcher: (reading: ClockReading) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
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
    for (const watcher of this.watchers) watcher(this.reading());
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
