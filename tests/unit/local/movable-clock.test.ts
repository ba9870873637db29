import { describe, expect, it } from 'vitest';
import type { ClockState } from '#domain/clock-control';
import type { RealTime } from '../../../local/movable-clock.ts';
import { clockAt, MAX_TIMER_MS, MovableClock } from '../../../local/movable-clock.ts';

/** Real time the test moves by hand: timers fire when `pass` reaches them, in order. */
class FakeRealTime implements RealTime {
  private current = 1_000;
  private timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
  /** Every delay a timer was set with, in ms. */
  readonly delays: number[] = [];

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, ms: number): { cancel(): void } {
    this.delays.push(ms);
    const timer = { at: this.current + ms, callback, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => (timer.cancelled = true) };
  }

  get pending(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  pass(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const next = this.timers
        .filter((timer) => !timer.cancelled && timer.at <= end)
        .sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.current = next.at;
      next.cancelled = true;
      next.callback();
    }
    this.current = end;
  }
}

const START = new Date('2026-12-28T10:00:00+08:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Whether a promise has settled, after the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('MovableClock (npm start -- --clock, npm run clock)', () => {
  it('starts at its instant and runs at its speed', () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 60, real);
    expect(clock.now()).toEqual(START);
    real.pass(1_000);
    expect(clock.now()).toEqual(new Date(START.getTime() + 60_000));
  });

  it('moves forward to an instant or by a duration, and changes speed', () => {
    const real = new FakeRealTime();
    const moves: ClockState[] = [];
    const clock = new MovableClock(START, 1, real, (state) => moves.push(state));
    const later = new Date(START.getTime() + 5 * DAY);
    expect(clock.move({ to: later })).toEqual({ now: later, speed: 1 });
    expect(clock.move({ speed: 0 })).toEqual({ now: later, speed: 0 });
    real.pass(HOUR);
    expect(clock.now()).toEqual(later);
    expect(moves).toHaveLength(2);
  });

  it('never moves back, and refuses a speed out of range', () => {
    const clock = new MovableClock(START, 1, new FakeRealTime());
    expect(() => clock.move({ to: new Date(START.getTime() - 1) })).toThrow(/never moves back/);
    expect(() => clock.move({ speed: -1 })).toThrow(RangeError);
    expect(() => clock.move({ speed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => new MovableClock(new Date('x'))).toThrow(RangeError);
    expect(clock.now()).toEqual(START);
  });

  it('wakes a sleeper when a move passes its instant, and not before', async () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 0, real);
    const end = new Date(START.getTime() + 5 * DAY);
    const sleeping = clock.sleepUntil(end);
    expect(real.pending).toBe(0); // stopped: no real timer at all
    clock.move({ to: new Date(end.getTime() - 1) });
    expect(await settled(sleeping)).toBe(false);
    clock.move({ to: end });
    expect(await settled(sleeping)).toBe(true);
    expect(clock.sleeping).toBe(0);
  });

  it('resolves at once for an instant already reached', async () => {
    const clock = new MovableClock(START, 1, new FakeRealTime());
    expect(await settled(clock.sleepUntil(START))).toBe(true);
  });

  it('at speed N scales the real timer, and wakes sleepers in order as real time passes', async () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 3_600, real); // an hour a second
    const first = clock.sleepUntil(new Date(START.getTime() + 2 * HOUR));
    const second = clock.sleepUntil(new Date(START.getTime() + 5 * HOUR));
    expect(real.delays.at(-1)).toBe(2_000);
    real.pass(1_999);
    expect([await settled(first), await settled(second)]).toEqual([false, false]);
    real.pass(1);
    expect([await settled(first), await settled(second)]).toEqual([true, false]);
    expect(real.delays.at(-1)).toBe(3_000);
    real.pass(3_000);
    expect(await settled(second)).toBe(true);
    expect(real.pending).toBe(0);
  });

  it('a speed change reschedules the timer for the new speed', async () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 1, real);
    const sleeping = clock.sleepUntil(new Date(START.getTime() + HOUR));
    expect(real.delays.at(-1)).toBe(HOUR);
    clock.move({ speed: 60 });
    expect(real.delays.at(-1)).toBe(60_000);
    expect(real.pending).toBe(1);
    real.pass(60_000);
    expect(await settled(sleeping)).toBe(true);
  });

  it('never sets a Node timer longer than 2^31−1 ms: a far sleeper waits in steps', async () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 1, real);
    const far = new Date(START.getTime() + 60 * DAY); // 5,184,000,000 ms: more than two steps
    const sleeping = clock.sleepUntil(far);
    real.pass(MAX_TIMER_MS);
    expect(await settled(sleeping)).toBe(false);
    real.pass(60 * DAY - MAX_TIMER_MS);
    expect(await settled(sleeping)).toBe(true);
    expect(Math.max(...real.delays)).toBe(MAX_TIMER_MS);
  });

  it('its reading gives the same time elsewhere (an import process), and each move a new reading', () => {
    const real = new FakeRealTime();
    const clock = new MovableClock(START, 60, real);
    const readings: ReturnType<MovableClock['reading']>[] = [];
    const unwatch = clock.watch((reading) => readings.push(reading));
    real.pass(1_234);
    expect(clockAt(clock.reading(), real.now())).toEqual(clock.now());
    clock.move({ to: new Date(START.getTime() + 5 * DAY), speed: 0 });
    expect(readings).toEqual([clock.reading()]);
    real.pass(HOUR);
    expect(clockAt(readings[0] ?? clock.reading(), real.now())).toEqual(new Date(START.getTime() + 5 * DAY));
    unwatch();
    clock.move({ speed: 1 });
    expect(readings).toHaveLength(1);
  });

  it("runs on the machine's monotonic time by default, which another process reads too", () => {
    expect(new MovableClock(START).onMachineTime).toBe(true);
    expect(new MovableClock(START, 1, new FakeRealTime()).onMachineTime).toBe(false);
  });
});
