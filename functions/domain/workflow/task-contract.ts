import type { WorkflowStage } from './failure.ts';
import type { HumanStage } from './human-stages.ts';
import type { WorkflowPath } from './paths.ts';

/**
 * The approval workflow's contract with its Lambda (R6.3–R6.6, R6.8): what an execution is started with and
 * what each task asks for. The CDK definition builds these payloads; `handleWorkflowTask` serves them.
 */

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
  | { readonly task: 'recordZeroAward'; readonly projectId: string }
  | { readonly task: 'completeProject'; readonly projectId: string }
  | { readonly task: 'withholdProject'; readonly projectId: string }
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
