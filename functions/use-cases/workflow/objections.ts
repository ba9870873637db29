import { authorize, authorizeUser } from '#domain/authorization/policy';
import { ConcurrentWrite, Conflict, NotFound, ObjectionLimitReached, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { CounterChange } from '#domain/programme-store';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseId, parseInput } from '#domain/validation';
import {
  dispositionSchema,
  investigationSchema,
  objectionSchema,
  screeningSchema,
} from '#domain/workflow/input-schemas';
import {
  contactKey,
  objectionTallyName,
  requireObjectionTransition,
  statusOf,
  tallyChange,
} from '#domain/workflow/objection';
import type {
  Objection,
  ObjectionDisposition,
  ObjectionScreening,
  ObjectionStatus,
} from '#domain/workflow/objection';
import { contactDayCounterName, OBJECTION_LIMITS } from '#domain/workflow/objection-limits';
import type { Project } from '#domain/workflow/project';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  everyRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from '../programme/record-change.ts';
import { objectionsOutcome } from './objection-tally.ts';
import type { WorkflowPorts } from './projects.ts';
import { decide, waitingProject } from './projects.ts';

/**
 * Objections to projects in publicity (R6.4, INTERPRETATION R6.4.3): filed by anyone under a real name,
 * within the limits the application keeps; screened by the commission one by one as they arrive; each
 * admissible one investigated and settled on its own. Only unscreened and admissible unsettled objections
 * hold a project back from deliberation; an upheld one removes it.
 */

/** What the objector is told: received, nothing of other objections. */
export interface ObjectionReceipt {
  readonly received: true;
  readonly projectId: string;
}

/** Objections are accepted for a project in publicity, until an upheld one decided its removal. */
const takesObjections = (
  project: Project | undefined,
): project is Project & Required<Pick<Project, 'publicity'>> =>
  project?.publicity !== undefined &&
  project.stage === 'IN_PUBLICITY' &&
  project.decisions?.INVESTIGATION === undefined;

/** A day's counter is kept a day past its CST day (the table's time to live then deletes it). */
const dayCounterExpiry = (day: string): number =>
  Math.floor(Date.parse(`${day}T00:00:00+08:00`) / 1000) + 2 * 24 * 60 * 60;

/**
 * The counters a filing changes, with their limits (R6.4.3, `OBJECTION_LIMITS`): the project's tally (its
 * `received` at most `perProject`) and the contact's count of the CST day (at most `perContactPerDay`).
 */
function filingCounters(projectId: string, contact: string, now: Date): CounterChange[] {
  const { perProject, perContactPerDay } = OBJECTION_LIMITS;
  const day = cstDate(now);
  return [
    {
      name: objectionTallyName(projectId),
      add: tallyChange(null, 'RECEIVED'),
      limit: {
        field: 'received',
        max: perProject,
        refusal: new ObjectionLimitReached(
          'PER_PROJECT',
          perProject,
          `R6.4.3: this project has received ${perProject} objections, the most one project takes during its publicity; nothing was recorded`,
        ),
      },
    },
    {
      name: contactDayCounterName(day, contact),
      add: { filed: 1 },
      limit: {
        field: 'filed',
        max: perContactPerDay,
        refusal: new ObjectionLimitReached(
          'PER_CONTACT_PER_DAY',
          perContactPerDay,
          `R6.4.3: this contact has filed ${perContactPerDay} objections on ${day} (China Standard Time), the most one contact files in a day; nothing was recorded`,
        ),
      },
      expiresAt: dayCounterExpiry(day),
    },
  ];
}

/**
 * A change DynamoDB cancelled because another request was writing the same items at that moment (a busy
 * project's tally): nothing was written, so it is sent again, a few times, after a short random pause.
 */
async function retryingConcurrentWrites(change: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await change();
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentWrite) || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * attempt));
    }
  }
}

/**
 * R6.4, R6.4.1, R6.4.3: anyone — anonymous callers included, but not anonymous objections — files an
 * objection to a project in publicity.
 *
 * Input: `{ projectId, objectorName, objectorContact, reason }`. Output: the receipt.
 * 1. Name, contact (at least 5 letters or digits) and reason are required (BAD_USER_INPUT, field paths).
 * 2. The project must be in publicity (NOT_FOUND otherwise, as for a project that does not exist; also once
 *    an upheld objection decided its removal), until 24:00 CST of its last day (R6.4.1).
 * 3. The objection is RECEIVED — unscreened — and written with its audit record, the one-objection-per-
 *    contact-per-project claim (CONFLICT when taken; the contact as `contactKey` reads it), and the two
 *    counters of `OBJECTION_LIMITS` in one transaction: past either limit it is refused with
 *    OBJECTION_LIMIT_REACHED (R6.4.3) and nothing is written; concurrent filings cannot pass a limit.
 */
export async function fileObjection(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<ObjectionReceipt> {
  authorize(principal, 'fileObjection');
  const input = parseInput(objectionSchema, rawInput, ['input']);
  const project = await ports.programme.get('Project', input.projectId);
  const now = ports.clock.now();
  if (!takesObjections(project)) throw new NotFound('Project in publicity', input.projectId);
  if (now.getTime() >= Date.parse(project.publicity.endsAt)) {
    throw new PolicyViolation(
      'R6.4.1',
      `publicity of this project ended at 24:00 on ${project.publicity.endDate} (China Standard Time)`,
    );
  }
  const objection: Objection = {
    ...input,
    id: `OBJ-${crypto.randomUUID()}`,
    projectId: project.id,
    status: 'RECEIVED',
    ...stamp(now),
  };
  const contact = contactKey(input.objectorContact);
  const { write, audit } = recordChange(principal, now, 'fileObjection', 'Objection', null, objection);
  await retryingConcurrentWrites(() =>
    ports.programme.commit({
      writes: [write],
      claims: [
        {
          name: `OBJECTION#${project.id}#${contact}`,
          ownerId: objection.id,
          conflict: 'an objection from this contact to this project has already been received',
        },
      ],
      counters: filingCounters(project.id, contact, now),
      audits: [audit],
    }),
  );
  return { received: true, projectId: project.id };
}

/**
 * Objections changed together (screened, settled), each with its audit record, and their project's tally
 * in the same transaction (R6.4.3): what they add to it, summed (a counter is changed once per transaction).
 */
async function commitObjectionChanges(
  principal: Principal,
  now: Date,
  operation: string,
  changes: readonly (readonly [Objection, Objection])[],
  ports: ProgrammePorts,
): Promise<void> {
  const [first] = changes;
  if (!first) return;
  const add: Record<string, number> = {};
  for (const [before, after] of changes)
    for (const [field, amount] of Object.entries(tallyChange(before.status, statusOf(after))))
      add[field] = (add[field] ?? 0) + amount;
  const counted = Object.fromEntries(Object.entries(add).filter(([, amount]) => amount !== 0));
  const recorded = changes.map(([before, after]) =>
    recordChange(principal, now, operation, 'Objection', before, after),
  );
  await retryingConcurrentWrites(() =>
    ports.programme.commit({
      writes: recorded.map((change) => change.write),
      audits: recorded.map((change) => change.audit),
      ...(Object.keys(counted).length === 0
        ? {}
        : { counters: [{ name: objectionTallyName(first[0].projectId), add: counted }] }),
    }),
  );
}

/**
 * R6.4.3: what the commission's change of objections means for the stage the project's workflow may be
 * waiting on, read after the change committed.
 * - An upheld objection decides the project's removal at once. During publicity the decision is recorded
 *   on the project: it leaves the public list and takes no more objections, and the workflow removes it
 *   when publicity closes (the existing removal path, which frees its application's place, R6.3.1). In the
 *   investigation stage it completes the stage.
 * - In the investigation stage, once no objection blocks the project any more, the stage is decided and
 *   completed: on to deliberation.
 * The project and the tally are read strongly consistent, after this change committed, just as the
 * workflow reads the tally after it stores its task token: one of the two always sees the other, so the
 * last settlement is never missed. If both decide, the second finds the decision recorded (a conflict is
 * read again) and only completes the stage, which is harmless twice.
 */
async function concludeInvestigation(
  principal: Principal,
  projectId: string,
  written: readonly Objection[],
  ports: WorkflowPorts,
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const project = await ports.programme.get('Project', projectId, { consistent: true });
    if (!project) return;
    const token = project.waiting?.stage === 'INVESTIGATION' ? project.taskToken : undefined;
    const decided = project.decisions?.INVESTIGATION;
    if (decided) {
      if (token !== undefined) await ports.workflow.completeStage(token, decided);
      return;
    }
    if (token === undefined && project.stage !== 'IN_PUBLICITY') return;
    const outcome = await objectionsOutcome(projectId, ports, written);
    // During publicity only an upheld objection decides anything: more may come until it ends.
    if (!outcome || (token === undefined && !outcome.upheld)) return;
    try {
      if (token !== undefined) {
        await decide(principal, { ...project, taskToken: token }, 'INVESTIGATION', outcome, {}, ports);
      } else {
        const now = ports.clock.now();
        const removal = revise(project, { decisions: { ...project.decisions, INVESTIGATION: outcome } }, now);
        await saveRecord(ports, principal, now, 'decideINVESTIGATION', 'Project', project, removal);
      }
      return;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  throw new ConcurrentWrite(
    `the objection was recorded, but project ${projectId} was being changed at the same moment: send the same request again to bring its investigation up to date`,
  );
}

/** The same change sent again right after it was recorded (a lost answer): recognised, not refused. */
const isReplay = (objection: Objection, version: number, same: boolean): boolean =>
  same && objection.version === version + 1;

/**
 * R6.4.3: the commission screens an objection as soon as it arrives.
 *
 * Input: `{ objectionId, version, admissible, reasonCode?, reason }`. Output: the objection.
 * 1. Only a RECEIVED objection is screened (R6.4.3), at the version the commission read (CONFLICT
 *    otherwise; the write is conditional on it too). The same screening sent again changes nothing.
 * 2. Admissible: UNDER_INVESTIGATION — its investigation opens at once, while publicity runs too — and it
 *    holds the project back until it is settled. Inadmissible (reason code NO_REAL_NAME, ABUSIVE,
 *    DUPLICATE, UNREACHABLE_CONTACT or OTHER, and the reason in words): INADMISSIBLE, closed; it holds
 *    nothing back.
 * 3. The objection, its audit record and its project's tally change in one transaction.
 * 4. `concludeInvestigation`: a project waiting on an investigation that nothing blocks any more goes on.
 */
export async function screenObjection(
  principal: Principal,
  rawInput: unknown,
  ports: WorkflowPorts,
): Promise<Objection> {
  const user = authorizeUser(principal, 'screenObjection');
  const input = parseInput(screeningSchema, rawInput, ['input']);
  const objection = await requireRecord(ports.programme, 'Objection', input.objectionId);
  const now = ports.clock.now();
  const screening: ObjectionScreening = {
    admissible: input.admissible,
    ...(input.reasonCode === undefined ? {} : { reasonCode: input.reasonCode }),
    reason: input.reason,
    by: user.userId,
    at: now.toISOString(),
  };
  const recorded = objection.screening;
  const same =
    recorded?.admissible === screening.admissible &&
    recorded.reasonCode === screening.reasonCode &&
    recorded.reason === screening.reason;
  if (isReplay(objection, input.version, same)) {
    await concludeInvestigation(principal, objection.projectId, [objection], ports);
    return objection;
  }
  requireVersion(objection, input.version);
  const status: ObjectionStatus = input.admissible ? 'UNDER_INVESTIGATION' : 'INADMISSIBLE';
  requireObjectionTransition(objection, status, 'screened');
  const screened = revise(objection, { status, screening }, now);
  await commitObjectionChanges(principal, now, 'screenObjection', [[objection, screened]], ports);
  await concludeInvestigation(principal, objection.projectId, [screened], ports);
  return screened;
}

/**
 * R6.4.3: the commission settles an admissible objection after its investigation: UPHELD or DISMISSED,
 * with the finding. Each objection gets its own disposition.
 *
 * Input: `{ objectionId, version, outcome, finding }`. Output: the objection.
 * 1. Only an objection UNDER_INVESTIGATION is settled (R6.4.3: an unscreened one is screened first, one
 *    screened out or settled already is final), at the version read (CONFLICT otherwise). The same
 *    disposition sent again changes nothing.
 * 2. The objection, its audit record and its project's tally change in one transaction.
 * 3. `concludeInvestigation`: upheld, the project's removal is decided (R6.4; during publicity it takes
 *    effect when publicity closes); dismissed, a project waiting on its investigation goes on to
 *    deliberation once no other objection blocks it.
 */
export async function settleObjection(
  principal: Principal,
  rawInput: unknown,
  ports: WorkflowPorts,
): Promise<Objection> {
  const user = authorizeUser(principal, 'settleObjection');
  const input = parseInput(dispositionSchema, rawInput, ['input']);
  const objection = await requireRecord(ports.programme, 'Objection', input.objectionId);
  const now = ports.clock.now();
  const disposition: ObjectionDisposition = {
    outcome: input.outcome,
    finding: input.finding,
    by: user.userId,
    at: now.toISOString(),
  };
  const recorded = objection.disposition;
  const same = recorded?.outcome === disposition.outcome && recorded.finding === disposition.finding;
  if (isReplay(objection, input.version, same)) {
    await concludeInvestigation(principal, objection.projectId, [objection], ports);
    return objection;
  }
  requireVersion(objection, input.version);
  requireObjectionTransition(objection, input.outcome, 'settled');
  const settled = revise(objection, { status: input.outcome, disposition }, now);
  await commitObjectionChanges(principal, now, 'settleObjection', [[objection, settled]], ports);
  await concludeInvestigation(principal, objection.projectId, [settled], ports);
  return settled;
}

/** Objections settled in one transaction: each is its write and its audit record, with the tally once. */
const SETTLED_PER_TRANSACTION = 40;

/**
 * R6.4.3, the bulk form kept for callers of the single investigation decision: every admissible objection
 * of a project waiting on its investigation gets the same disposition and finding.
 *
 * Input: `{ projectId, version, upheld, finding }`. Output: the project.
 * 1. The project must wait on its investigation, at `version` (CONFLICT otherwise).
 * 2. Refused (R6.4.3) while one of its objections is unscreened: each is screened first; and, upheld,
 *    when no admissible objection is under investigation (there is nothing to uphold).
 * 3. Each objection UNDER_INVESTIGATION becomes UPHELD or DISMISSED with the finding (40 per transaction,
 *    each with its audit record and the tally); then `concludeInvestigation` decides the stage as
 *    `settleObjection` does.
 */
export async function recordInvestigation(
  principal: Principal,
  rawInput: unknown,
  ports: WorkflowPorts,
): Promise<Project> {
  const user = authorizeUser(principal, 'investigateObjections');
  const input = parseInput(investigationSchema, rawInput, ['input']);
  const project = await waitingProject(input.projectId, 'INVESTIGATION', input.version, ports);
  if (project.decisions?.INVESTIGATION === undefined) {
    const objections = await everyRecord(ports.programme, 'Objection', {
      pattern: 'byProject',
      value: project.id,
    });
    const unscreened = objections.filter((objection) => statusOf(objection) === 'RECEIVED').length;
    if (unscreened > 0)
      throw new PolicyViolation(
        'R6.4.3',
        `${unscreened} objection(s) to project ${project.id} are not screened yet: screen each one (screenObjection) first`,
      );
    const open = objections.filter((objection) => statusOf(objection) === 'UNDER_INVESTIGATION');
    if (input.upheld && open.length === 0)
      throw new PolicyViolation(
        'R6.4.3',
        `project ${project.id} has no admissible objection under investigation to uphold`,
      );
    const now = ports.clock.now();
    const outcome = input.upheld ? 'UPHELD' : 'DISMISSED';
    const disposition: ObjectionDisposition = {
      outcome,
      finding: input.finding,
      by: user.userId,
      at: now.toISOString(),
    };
    const settled = open.map((objection) => revise(objection, { status: outcome, disposition }, now));
    for (let start = 0; start < open.length; start += SETTLED_PER_TRANSACTION) {
      const pairs = open
        .slice(start, start + SETTLED_PER_TRANSACTION)
        .map((objection, index) => [objection, settled[start + index] ?? objection] as const);
      await commitObjectionChanges(principal, now, 'recordInvestigation', pairs, ports);
    }
    await concludeInvestigation(principal, project.id, settled, ports);
  } else {
    await concludeInvestigation(principal, project.id, [], ports);
  }
  return (await ports.programme.get('Project', project.id, { consistent: true })) ?? project;
}

/**
 * R6.4.3: a project's objections, objectors named, oldest first, a page at a time (`first` 1–100, at most
 * `itemsReadBound(first)` items read whatever the filter), optionally of one status. The commission's only.
 */
export async function listObjections(
  principal: Principal,
  args: {
    readonly projectId: string;
    readonly status?: ObjectionStatus | null;
    readonly first?: number | null;
    readonly after?: string | null;
  },
  ports: ProgrammePorts,
): Promise<Page<Objection>> {
  authorize(principal, 'readObjections');
  const projectId = parseId(args.projectId, ['projectId']);
  const status = args.status ?? undefined;
  return ports.programme.list('Objection', {
    pattern: 'byProject',
    value: projectId,
    first: pageSize(args.first),
    after: args.after,
    ...(status === undefined ? {} : { accept: (objection) => statusOf(objection) === status }),
  });
}
