import type { WorkflowStage } from '#domain/workflow/failure';

/**
 * The approval workflow's contract (R6.3–R6.6, R6.8): its paths, its human stages, the tasks its Lambda
 * performs, and the names of its states, shared by the CDK definition (infra/constructs/approval-workflow.ts),
 * the Lambda task handler and the local runner.
 */

/** R6.8: reviewed (R5.1a, R5.1b, R6.7a), automatic (R6.7b), lighthouse (R6.7c). */
export const WORKFLOW_PATHS = ['REVIEWED', 'AUTOMATIC', 'LIGHTHOUSE'] as const;
export type WorkflowPath = (typeof WORKFLOW_PATHS)[number];

/** The human stages, each a callback the GraphQL mutation recording the decision completes. */
export const HUMAN_STAGES = ['INVESTIGATION', 'DELIBERATION', 'DISBURSEMENT_DOCUMENT'] as const;
export type HumanStage = (typeof HUMAN_STAGES)[number];

/**
 * How long a human stage may wait before it is flagged overdue (and an alarm raised); it then waits on,
 * flagged again after each further period. Kept under 23 days so that the local runner, whose timers
 * cannot exceed 2^31−1 ms, keeps the same timeouts as AWS.
 */
export const STAGE_TIMEOUT_DAYS: Readonly<Record<HumanStage, number>> = {
  INVESTIGATION: 15,
  DELIBERATION: 20,
  DISBURSEMENT_DOCUMENT: 20,
};

export const STATE = {
  choosePath: 'ChoosePath',
  openPublicity: 'OpenPublicity',
  waitForPublicityEnd: 'WaitForPublicityEnd',
  closePublicity: 'ClosePublicity',
  objectionOpen: 'ObjectionOpen',
  awaitInvestigation: 'AwaitInvestigation',
  flagInvestigationOverdue: 'FlagInvestigationOverdue',
  objectionUpheld: 'ObjectionUpheld',
  removeProject: 'RemoveProject',
  removed: 'Removed',
  awaitDeliberation: 'AwaitDeliberation',
  flagDeliberationOverdue: 'FlagDeliberationOverdue',
  approved: 'Approved',
  recordRejection: 'RecordRejection',
  rejected: 'Rejected',
  awaitDisbursementDocument: 'AwaitDisbursementDocument',
  flagDisbursementDocumentOverdue: 'FlagDisbursementDocumentOverdue',
  completeProject: 'CompleteProject',
  completed: 'Completed',
  recordFailure: 'RecordFailure',
  failed: 'Failed',
} as const;

/** What the workflow asks its Lambda to do. */
export type WorkflowTask =
  | { readonly task: 'openPublicity'; readonly projectId: string }
  | { readonly task: 'closePublicity'; readonly projectId: string }
  | {
      readonly task: 'awaitDecision';
      readonly projectId: string;
      readonly stage: HumanStage;
      readonly token: string;
    }
  | { readonly task: 'flagOverdue'; readonly projectId: string; readonly stage: HumanStage }
  | { readonly task: 'removeProject'; readonly projectId: string }
  | { readonly task: 'recordRejection'; readonly projectId: string }
  | { readonly task: 'completeProject'; readonly projectId: string }
  | { readonly task: 'recordFailure'; readonly projectId: string; readonly error: unknown };

/**
 * Execution input: one execution per project, named after it so that a second start is refused. A
 * resumed project's execution (R6.4.4) names the stage to start from; a first execution says `START`.
 */
export interface WorkflowInput {
  readonly projectId: string;
  readonly path: WorkflowPath;
  readonly resumeFrom?: 'START' | WorkflowStage;
}

/** The state a resumed execution starts at, by the stage it failed at (the first Choice routes it). */
export const RESUME_STATE: Readonly<Record<WorkflowStage, string>> = {
  PUBLICITY: STATE.openPublicity,
  INVESTIGATION: STATE.awaitInvestigation,
  DELIBERATION: STATE.awaitDeliberation,
  DISBURSEMENT_DOCUMENT: STATE.awaitDisbursementDocument,
};
