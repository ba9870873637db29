import type { WorkflowStage } from './failure.ts';
import type { WorkflowPath } from './paths.ts';

/** Port: the workflow engine (Step Functions in AWS, the local runner on one machine). */
export interface Workflow {
  /**
   * Starts the project's execution, named after it (and, resumed, after its resumption: see
   * `executionName`); a second start of the same name is refused with CONFLICT. `resume` makes it start
   * at that stage.
   */
  start(
    projectId: string,
    path: WorkflowPath,
    resume?: { readonly from: WorkflowStage; readonly resumption: number },
  ): Promise<void>;
  /** Completes a waiting stage; false when the token is no longer waiting (a replayed decision). */
  completeStage(token: string, output: Record<string, unknown>): Promise<boolean>;
}
