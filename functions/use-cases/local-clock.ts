import { auditRecord } from '#domain/audit/audit-record';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import type { ClockControl, ClockState } from '#domain/clock-control';
import { isClockSpeed, MAX_CLOCK_SPEED } from '#domain/clock-control';
import { Forbidden, InvalidInput } from '#domain/errors';
import type { FieldIssue } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { ProgrammeStore } from '#domain/programme-store';
import { formatCst } from '#domain/time/cst';
import { parseForwardDuration } from '#domain/time/duration';

/** The audit trail's entity id for clock moves: `auditTrail(entityId: "LOCAL_CLOCK")`. */
export const LOCAL_CLOCK_ENTITY = 'LOCAL_CLOCK';

export interface LocalClockPorts {
  /** Present on a local development server only; a production server has none. */
  readonly clockControl?: ClockControl | undefined;
  readonly build: { readonly mode: string };
  readonly programme: ProgrammeStore;
}

export interface MoveLocalClockInput {
  readonly advanceBy?: string | null | undefined;
  readonly to?: Date | string | null | undefined;
  readonly speed?: number | null | undefined;
}

/** The clock a local development server lets the commission move; FORBIDDEN anywhere else. */
function controllableClock(principal: Principal, ports: LocalClockPorts): ClockControl {
  authorize(principal, 'controlLocalClock');
  if (ports.build.mode === 'production' || ports.clockControl === undefined) {
    throw new Forbidden(
      'clock control exists only on a local development server (npm start); this server keeps real time',
    );
  }
  return ports.clockControl;
}

/**
 * The local server's clock.
 *
 * Input: none. Output: the clock's time and speed.
 * Steps: 1. authorize `controlLocalClock` (the commission); 2. refuse unless this is a local development
 * server with a movable clock (FORBIDDEN); 3. read it.
 */
export function readLocalClock(principal: Principal, ports: LocalClockPorts): ClockState {
  return controllableClock(principal, ports).state();
}

/** Where the input moves the clock from `current`, or every reason it cannot. */
function target(
  input: MoveLocalClockInput,
  current: ClockState,
): { to: Date | undefined; speed: number | undefined } {
  const issues: FieldIssue[] = [];
  const field = (name: string, message: string) => issues.push({ path: ['input', name], message });
  const hasAdvance = input.advanceBy !== undefined && input.advanceBy !== null;
  const hasTo = input.to !== undefined && input.to !== null;
  const hasSpeed = input.speed !== undefined && input.speed !== null;
  let to: Date | undefined;
  if (!hasAdvance && !hasTo && !hasSpeed) field('advanceBy', 'give advanceBy, to or speed');
  if (hasAdvance && hasTo) field('to', 'give advanceBy or to, not both');
  if (hasAdvance) {
    const ms = parseForwardDuration(input.advanceBy ?? '');
    if (ms === undefined) {
      field('advanceBy', 'a forward duration in days, hours, minutes, seconds, e.g. 5d, 3h, 30m, 1d12h');
    } else to = new Date(current.now.getTime() + ms);
  }
  if (hasTo && !hasAdvance) {
    to = new Date(input.to ?? '');
    if (Number.isNaN(to.getTime())) field('to', 'an ISO 8601 instant with its offset');
    else if (to.getTime() < current.now.getTime()) {
      field(
        'to',
        `the clock is at ${formatCst(current.now)} and never moves back: records and versions assume time goes forward`,
      );
    }
  }
  if (hasSpeed && !isClockSpeed(input.speed ?? Number.NaN)) {
    field('speed', `a speed from 0 (stopped) to ${MAX_CLOCK_SPEED}`);
  }
  if (issues.length > 0) throw new InvalidInput(issues);
  return { to, speed: hasSpeed ? (input.speed ?? undefined) : undefined };
}

/**
 * Moves the local server's clock forward and/or sets its speed (`npm run clock -- +5d`).
 *
 * Input: `advanceBy` (a forward duration) or `to` (an instant not before the clock's), and/or `speed`.
 * Output: the clock's new time and speed.
 * Steps: 1. authorize `controlLocalClock` (the commission); 2. refuse unless this is a local development
 * server (FORBIDDEN: production keeps real time); 3. validate against the clock's time now (BAD_USER_INPUT
 * for a move back, a malformed duration, a speed out of range); 4. move the clock: sleepers it passes wake,
 * so the workflow's Wait states and stage timeouts complete; 5. record the move, before and after, in the
 * audit trail (entity LOCAL_CLOCK, at the clock's time before the move). The clock lives in the server's
 * memory, outside any transaction: it moves first, and a failed audit write is reported as an error.
 */
export async function moveLocalClock(
  principal: Principal,
  input: MoveLocalClockInput,
  ports: LocalClockPorts,
): Promise<ClockState> {
  const clock = controllableClock(principal, ports);
  const user = authorizeUser(principal, 'controlLocalClock');
  // Validation and the move run without a pause between them, so the clock cannot pass `to` in between.
  const before = clock.state();
  const after = clock.move(target(input, before));
  const state = (value: ClockState) => ({ now: formatCst(value.now), speed: value.speed });
  await ports.programme.commit({
    writes: [],
    audits: [
      auditRecord(user, before.now, {
        operation: 'moveLocalClock',
        entityType: 'LOCAL_CLOCK',
        entityId: LOCAL_CLOCK_ENTITY,
        before: state(before),
        after: { ...state(after), realTime: formatCst(new Date()) },
      }),
    ],
  });
  return after;
}
