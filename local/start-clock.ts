import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClockState } from '#domain/clock-control';
import { isClockSpeed, MAX_CLOCK_SPEED } from '#domain/clock-control';
import { formatCst } from '#domain/time/cst';
import { LocalSetupError } from './dynamodb-local.ts';
import { MovableClock } from './movable-clock.ts';

/** An instant on the command line: ISO 8601 with its offset (`2026-12-28T10:00+08:00`), never a bare local time. */
export function parseInstantArgument(name: string, text: string): Date {
  const instant = new Date(text);
  if (
    !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/i.test(text.trim()) ||
    Number.isNaN(instant.getTime())
  ) {
    throw new LocalSetupError(
      `${name} must be an instant with its offset, such as 2026-12-28T10:00+08:00 (China time), got "${text}"`,
    );
  }
  return instant;
}

export function parseSpeedArgument(text: string): number {
  const speed = Number(text);
  if (text.trim() === '' || !isClockSpeed(speed)) {
    throw new LocalSetupError(
      `--speed must be a number from 0 (stopped) to ${MAX_CLOCK_SPEED}, got "${text}"`,
    );
  }
  return speed;
}

function savedClock(path: string): Date | undefined {
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { now?: unknown };
    const now = typeof saved.now === 'string' ? new Date(saved.now) : undefined;
    return now && !Number.isNaN(now.getTime()) ? now : undefined;
  } catch {
    return undefined; // never saved (or unreadable): nothing to keep to
  }
}

/**
 * The clock `npm start` runs on: from `--clock` at `--speed` (1 by default); without `--clock`, real time,
 * or where the last run over the same data left its clock when that is later. With kept data (`savedAt`),
 * every move and the stop are saved, and a `--clock` earlier than the saved time is refused: the records
 * kept there assume time goes forward.
 */
export function startClock(options: {
  readonly clock?: string | undefined;
  readonly speed?: string | undefined;
  /** Where the clock is kept between runs; none for a throw-away database. */
  readonly savedAt?: string | undefined;
  readonly realNow?: Date;
}): { clock: MovableClock; describe: () => string; save: () => void } {
  const realNow = options.realNow ?? new Date();
  const requested = options.clock === undefined ? undefined : parseInstantArgument('--clock', options.clock);
  const speed = options.speed === undefined ? 1 : parseSpeedArgument(options.speed);
  const saved = options.savedAt === undefined ? undefined : savedClock(options.savedAt);
  if (requested && saved && requested.getTime() < saved.getTime()) {
    throw new LocalSetupError(
      `--clock ${formatCst(requested)} is earlier than the clock of the data kept in ${dirname(options.savedAt ?? '')} (last at ${formatCst(saved)}), and records assume time goes forward: give a later instant, use --in-memory, or remove that folder to start afresh`,
    );
  }
  const resumeFrom =
    requested === undefined && saved !== undefined && saved.getTime() > realNow.getTime() ? saved : undefined;
  const resumed = resumeFrom !== undefined;
  const start = requested ?? resumeFrom ?? realNow;
  const save = (state: ClockState): void => {
    if (options.savedAt === undefined) return;
    mkdirSync(dirname(options.savedAt), { recursive: true });
    writeFileSync(
      options.savedAt,
      `${JSON.stringify({ now: state.now.toISOString(), speed: state.speed })}\n`,
    );
  };
  const clock = new MovableClock(start, speed, undefined, save);
  const moved = requested !== undefined || resumed || speed !== 1;
  return {
    clock,
    save: () => save(clock.state()),
    describe: () =>
      `${formatCst(clock.now())} (China time), ${clock.state().speed}× real speed${
        resumed ? ', resumed where the last run left it' : moved ? '' : ' (real time)'
      }; move it: npm run clock -- +5d`,
  };
}
