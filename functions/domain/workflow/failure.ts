import {
  DomainError,
  ErrorCode,
  InProgress,
  Conflict,
  PolicyViolation,
  UnreachableCaseError,
} from '../errors.ts';
import type { Project, ProjectStage } from './project.ts';
import type { HumanStage } from './human-stages.ts';

/**
 * Why a project's workflow failed, and where it starts again when the commission resumes it (R6.4.4,
 * R6.8). Pure: shared by the workflow's task handler (which names the errors), the stage that records a
 * failure, and the use case that resumes a project.
 */

/** The stages a workflow can fail at and be resumed from: publicity, then each human stage. */
export const WORKFLOW_STAGES = [
  'PUBLICITY',
  'INVESTIGATION',
  'DELIBERATION',
  'DISBURSEMENT_DOCUMENT',
] as const;
export type WorkflowStage = 'PUBLICITY' | HumanStage;

/**
 * The error name a workflow task fails with when it fails deterministically (a domain error: a policy
 * rule refused it, a record is missing, an input is invalid). The state machine does not retry it: its
 * first retrier names it with MaxAttempts 0, ahead of the retrier of `States.TaskFailed`. Lambda reports
 * an error's `name` as its `errorType`, which Step Functions uses as the error name; the local runner
 * uses the thrown error's `name` directly.
 */
export const STAGE_REFUSED = 'ProjectStageRefused';

/** What a FAILED project shows. */
export interface ProjectFailure {
  /** The API's error code of the cause: `POLICY_VIOLATION`, `NOT_FOUND`…, or `INTERNAL_SERVER_ERROR`. */
  readonly code: ErrorCode;
  /** The policy rule that refused it, when one did (e.g. `R6.4.2`). */
  readonly rule?: string | undefined;
  readonly message: string;
  /** Where it failed: the stage a resume starts from. */
  readonly stage: WorkflowStage;
  /** The error name the state machine saw (`ProjectStageRefused`, `States.Timeout`, …), for operators. */
  readonly error: string;
  readonly at: string;
}

/** The commission's resumption of a failed project, kept with it (and in its audit record). */
export interface ProjectResumption {
  /** How many times it was resumed: its executions are named `<projectId>_r<count>`. */
  readonly count: number;
  readonly from: WorkflowStage;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
  /** The project's version the resumption wrote: until the project moves on, a repeated call restarts the same execution. */
  readonly version: number;
  /** The failure it was resumed from. */
  readonly failure: ProjectFailure;
}

/** Whether an error is deterministic: trying again changes nothing until someone fixes its cause. */
export function isDeterministic(error: unknown): error is DomainError {
  // A conflicting write (a concurrent change won) or a request still in progress is worth another try.
  return error instanceof DomainError && !(error instanceof Conflict) && !(error instanceof InProgress);
}

interface RefusalBody {
  readonly code: ErrorCode;
  readonly rule?: string;
  readonly message: string;
}

/** The error a task throws for a deterministic failure: named for the state machine, its cause as JSON. */
export function stageRefusal(error: DomainError): Error {
  const body: RefusalBody = {
    code: error.code,
    ...(error instanceof PolicyViolation ? { rule: error.rule } : {}),
    message: error.message,
  };
  const refusal = new Error(JSON.stringify(body));
  refusal.name = STAGE_REFUSED;
  return refusal;
}

const CODES = new Set<string>(Object.values(ErrorCode));

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

/**
 * The refusal's body from a Catch's `Cause`: the local runner gives the error's message; Lambda gives
 * `{"errorType","errorMessage","trace"}` as JSON, whose `errorMessage` is the message.
 */
function refusalBody(cause: string): RefusalBody | undefined {
  const parsed = record(parseJson(cause));
  const message = typeof parsed?.['errorMessage'] === 'string' ? parsed['errorMessage'] : undefined;
  const body = record(message === undefined ? parsed : parseJson(message));
  if (!body || typeof body['code'] !== 'string' || !CODES.has(body['code'])) return undefined;
  if (typeof body['message'] !== 'string') return undefined;
  return {
    code: body['code'] as ErrorCode,
    ...(typeof body['rule'] === 'string' ? { rule: body['rule'] } : {}),
    message: body['message'],
  };
}

/** Records written before failures were structured kept the Catch output as a string; this one is recognised. */
const MISSING_YEAR = /holiday arrangement for (\d{4}) is not loaded/;

/**
 * What a failure caught by the state machine (`$.error`: `{ Error, Cause }`) shows. A refusal shows its
 * code, rule and message; anything else (a transient error that outlasted its retries, a timeout) shows
 * only its error name: its cause may hold internals, and is in the execution's history for operators.
 */
export function describeFailure(caught: unknown, stage: WorkflowStage, at: Date): ProjectFailure {
  const error = record(caught);
  const name = typeof error?.['Error'] === 'string' ? error['Error'] : 'Unknown';
  const cause = typeof error?.['Cause'] === 'string' ? error['Cause'] : '';
  const base = { stage, error: name, at: at.toISOString() };
  const refusal = name === STAGE_REFUSED ? refusalBody(cause) : undefined;
  if (refusal) return { ...refusal, ...base };
  return {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: `the workflow stopped on an error that retrying did not get past (${name}); operators find its cause in the execution's history`,
    ...base,
  };
}

/** A failure as stored: structured, or (older records) the Catch output as a JSON string. */
export function readFailure(project: Project): ProjectFailure | undefined {
  const failure = project.failure;
  if (failure === undefined) return undefined;
  if (typeof failure !== 'string') return failure;
  const caught = record(parseJson(failure));
  const cause = typeof caught?.['Cause'] === 'string' ? caught['Cause'] : failure;
  const year = MISSING_YEAR.exec(cause)?.[1];
  const base = {
    stage: resumePoint(project),
    error: typeof caught?.['Error'] === 'string' ? caught['Error'] : 'Unknown',
    at: project.updatedAt,
  };
  return year
    ? {
        code: ErrorCode.POLICY_VIOLATION,
        rule: 'R6.4.2',
        message: `the State Council's holiday arrangement for ${year} is not loaded, so working days in ${year} are unknown; an administrator must load it first`,
        ...base,
      }
    : { code: ErrorCode.INTERNAL_SERVER_ERROR, message: cause.slice(0, 500), ...base };
}

/**
 * Where a project's workflow stands, for a failure or a resume: its stage when under way; otherwise (a
 * record from before failures kept their stage) the stage its recorded decisions lead to on its path.
 */
export function resumePoint(project: Project): WorkflowStage {
  switch (project.stage) {
    case 'IN_PUBLICITY':
      return 'PUBLICITY';
    case 'INVESTIGATION':
      return 'INVESTIGATION';
    case 'DELIBERATION':
      return 'DELIBERATION';
    case 'AWAITING_DOCUMENT':
      return 'DISBURSEMENT_DOCUMENT';
    case 'AWAITING_SIGN_OFF':
    case 'PROPOSED':
    case 'COMPLETED':
    case 'REMOVED':
    case 'REJECTED':
    case 'FAILED':
    case 'ZERO_AWARD_RECORDED':
    case 'WITHHELD':
      break;
    default:
      throw new UnreachableCaseError(project.stage);
  }
  const decisions = project.decisions;
  if (decisions?.DISBURSEMENT_DOCUMENT) return 'DISBURSEMENT_DOCUMENT';
  if (decisions?.DELIBERATION)
    return decisions.DELIBERATION['approved'] === true && decisions.DELIBERATION['zeroAward'] !== true
      ? 'DISBURSEMENT_DOCUMENT'
      : 'DELIBERATION';
  if (decisions?.INVESTIGATION)
    return decisions.INVESTIGATION['upheld'] === true ? 'INVESTIGATION' : 'DELIBERATION';
  switch (project.path) {
    case 'REVIEWED':
      return 'PUBLICITY';
    case 'LIGHTHOUSE':
      return 'DELIBERATION';
    case 'AUTOMATIC':
      return 'DISBURSEMENT_DOCUMENT';
    default:
      throw new UnreachableCaseError(project.path);
  }
}

/** The project's stage while its workflow is at `stage` (what a resume restores). */
export function projectStageAt(stage: WorkflowStage, project: Pick<Project, 'publicity'>): ProjectStage {
  switch (stage) {
    case 'PUBLICITY':
      return project.publicity ? 'IN_PUBLICITY' : 'PROPOSED';
    case 'INVESTIGATION':
      return 'INVESTIGATION';
    case 'DELIBERATION':
      return 'DELIBERATION';
    case 'DISBURSEMENT_DOCUMENT':
      return 'AWAITING_DOCUMENT';
    default:
      throw new UnreachableCaseError(stage);
  }
}

/**
 * The execution name of a project's run: the project id for its first, `<projectId>_r<n>` for its n-th
 * resumption (Step Functions never reuses a name). Project ids are at most 45 characters of letters,
 * digits and `-`; names may have 80 of letters, digits, `-` and `_` (the characters CloudWatch logs keep).
 */
export function executionName(projectId: string, resumption = 0): string {
  const name = resumption === 0 ? projectId : `${projectId}_r${resumption}`;
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new Error(`not a valid execution name: ${name}`);
  return name;
}
