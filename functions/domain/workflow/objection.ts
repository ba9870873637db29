import { PolicyViolation } from '../errors.ts';

/**
 * 异议 (R6.4, INTERPRETATION R6.4.3): a real-name objection to a project in publicity, and what the
 * Economic Commission does with it. Each one is screened as soon as it arrives: an inadmissible one (no
 * real name, abusive, a duplicate, a contact that is invented or cannot be reached, or another reason
 * given) is closed with its reason; an admissible one opens an investigation — while publicity still runs,
 * if it arrives then — and gets its own disposition, upheld or dismissed, with a finding. Only unscreened
 * and admissible unsettled objections hold a project back; an upheld one removes it.
 */

export const OBJECTION_STATUSES = [
  /** Filed, not yet screened: it blocks deliberation (R6.4.3). */
  'RECEIVED',
  /** Screened out with a reason code and text: it blocks nothing. */
  'INADMISSIBLE',
  /** Admissible: its investigation is open; it blocks deliberation until settled. */
  'UNDER_INVESTIGATION',
  /** Settled: the objection stands, and the project is removed (R6.4). */
  'UPHELD',
  /** Settled: the objection does not stand. */
  'DISMISSED',
] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/**
 * Objections stored before screening existed (R6.4.3) were `OPEN`: filed and not yet looked at, that is
 * RECEIVED. They were never counted in a project's tally (`tallyChange`).
 */
export type LegacyObjectionStatus = 'OPEN';

/** Why the commission screened an objection out (R6.4.3). */
export const INADMISSIBLE_REASONS = [
  'NO_REAL_NAME',
  'ABUSIVE',
  'DUPLICATE',
  'UNREACHABLE_CONTACT',
  'OTHER',
] as const;
export type InadmissibleReason = (typeof INADMISSIBLE_REASONS)[number];

export const OBJECTION_OUTCOMES = ['UPHELD', 'DISMISSED'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** The commission's screening of an objection (R6.4.3). */
export interface ObjectionScreening {
  readonly admissible: boolean;
  /** Inadmissible ones only. */
  readonly reasonCode?: InadmissibleReason | undefined;
  /** Why, in words: what was checked, or why it is closed. */
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

/** The disposition of an admissible objection after its investigation (R6.4.3). */
export interface ObjectionDisposition {
  readonly outcome: ObjectionOutcome;
  readonly finding: string;
  readonly by: string;
  readonly at: string;
}

/** 异议 (R6.4): real-name; the objector's identity is for the commission only. */
export interface Objection {
  readonly id: string;
  readonly projectId: string;
  readonly objectorName: string;
  readonly objectorContact: string;
  readonly reason: string;
  readonly status: ObjectionStatus | LegacyObjectionStatus;
  readonly screening?: ObjectionScreening | undefined;
  readonly disposition?: ObjectionDisposition | undefined;
  /** The finding of an objection settled before dispositions were recorded (`disposition.finding` since). */
  readonly finding?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An objection's status, a stored `OPEN` read as RECEIVED. */
export const statusOf = (objection: Pick<Objection, 'status'>): ObjectionStatus =>
  objection.status === 'OPEN' ? 'RECEIVED' : objection.status;

/** Which status may follow which (R6.4.3): screened once, settled once if admissible; the rest is final. */
export const OBJECTION_TRANSITIONS: Readonly<Record<ObjectionStatus, readonly ObjectionStatus[]>> = {
  RECEIVED: ['INADMISSIBLE', 'UNDER_INVESTIGATION'],
  UNDER_INVESTIGATION: ['UPHELD', 'DISMISSED'],
  INADMISSIBLE: [],
  UPHELD: [],
  DISMISSED: [],
};

/** Refuses a move the table does not allow, naming R6.4.3 and what the objection is now. */
export function requireObjectionTransition(
  objection: Objection,
  next: ObjectionStatus,
  action: string,
): void {
  const status = statusOf(objection);
  if (!OBJECTION_TRANSITIONS[status].includes(next))
    throw new PolicyViolation(
      'R6.4.3',
      `objection ${objection.id} is ${status}: it cannot be ${action} (only ${
        next === 'UPHELD' || next === 'DISMISSED'
          ? 'an admissible objection under investigation is settled'
          : 'a received objection is screened'
      })`,
    );
}

/** Whether an objection in this status holds its project back from deliberation (R6.4.3). */
export const blocksDeliberation = (status: ObjectionStatus): boolean =>
  status === 'RECEIVED' || status === 'UNDER_INVESTIGATION';

/**
 * A project's objections, counted in the same transaction as every change of their status, so that the
 * workflow can read in one strongly consistent get whether any still blocks the project: `received`
 * (filed; what the per-project limit counts), `pending` (unscreened or admissible and unsettled) and
 * `upheld`.
 */
export interface ObjectionTally {
  readonly received: number;
  readonly pending: number;
  readonly upheld: number;
}

/** The counter holding a project's tally. */
export const objectionTallyName = (projectId: string): string => `OBJECTIONS#${projectId}`;

/**
 * What an objection's change adds to its project's tally: filed (`before` null), screened or settled. A
 * legacy `OPEN` objection was never counted, so screening one admissible starts counting it.
 */
export function tallyChange(
  before: Objection['status'] | null,
  after: ObjectionStatus,
): Readonly<Record<string, number>> {
  const counted = (status: Objection['status'] | null): number =>
    status !== null && status !== 'OPEN' && blocksDeliberation(status) ? 1 : 0;
  const change: Record<keyof ObjectionTally, number> = {
    received: before === null ? 1 : 0,
    pending: counted(after) - counted(before),
    upheld: after === 'UPHELD' && before !== 'UPHELD' ? 1 : 0,
  };
  return Object.fromEntries(Object.entries(change).filter(([, amount]) => amount !== 0));
}

/** The INVESTIGATION stage's decision, as the state machine reads it (`$.investigation.upheld`). */
export interface InvestigationDecision extends Record<string, unknown> {
  readonly upheld: boolean;
}

/**
 * R6.4.3: how the investigation of a project whose publicity has ended comes out, if it has: removed as
 * soon as one objection is upheld; on to deliberation once every objection is screened and every admissible
 * one settled; otherwise still waiting (undefined). `legacyUnscreened`: an `OPEN` objection from before
 * tallies is still unscreened.
 */
export function investigationOutcome(
  tally: ObjectionTally,
  legacyUnscreened: boolean,
): InvestigationDecision | undefined {
  if (tally.upheld > 0) return { upheld: true };
  if (tally.pending > 0 || legacyUnscreened) return undefined;
  return { upheld: false };
}

/**
 * The contact as the limits and the one-objection-per-contact rule key it: trimmed, full-width
 * characters folded (NFKC), lower case, without spaces; a telephone number by its digits alone, without
 * the +86 / 0086 country code — so that `138 0000 0000`, `+86-13800000000` and `１３８００００００００` are one
 * contact.
 */
export function contactKey(contact: string): string {
  const folded = contact.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  if (!/^[+\d().-]+$/.test(folded)) return folded;
  const digits = folded.replace(/\D/g, '');
  const national = /^(?:00)?86(1\d{10})$/.exec(digits)?.[1];
  return national ?? digits;
}
