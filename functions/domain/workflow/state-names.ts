import type { WorkflowStage } from './failure.ts';

/**
 * The names of the approval workflow's states (R6.3–R6.6, R6.8), shared by the CDK definition
 * (infra/constructs/approval-workflow.ts), its tests and the local runner.
 */
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
  recordZeroAward: 'RecordZeroAward',
  zeroAwardRecorded: 'ZeroAwardRecorded',
  recordRejection: 'RecordRejection',
  rejected: 'Rejected',
  awaitDisbursementDocument: 'AwaitDisbursementDocument',
  flagDisbursementDocumentOverdue: 'FlagDisbursementDocumentOverdue',
  documentWithheld: 'DocumentWithheld',
  withholdProject: 'WithholdProject',
  withheld: 'Withheld',
  completeProject: 'CompleteProject',
  completed: 'Completed',
  recordFailure: 'RecordFailure',
  failed: 'Failed',
} as const;

/** The state a resumed execution starts at, by the stage it failed at (the first Choice routes it). */
export const RESUME_STATE: Readonly<Record<WorkflowStage, string>> = {
  PUBLICITY: STATE.openPublicity,
  INVESTIGATION: STATE.awaitInvestigation,
  DELIBERATION: STATE.awaitDeliberation,
  DISBURSEMENT_DOCUMENT: STATE.awaitDisbursementDocument,
};
