import type { HumanStage } from './human-stages.ts';

/**
 * Port: what the workflow's stages do to a project. Implemented over the project records
 * (`use-cases/workflow/project-stages.ts`); each method is idempotent (Step Functions may deliver a task
 * twice).
 */
export interface ProjectStages {
  /** R6.4: opens publicity now and returns when it ends (24:00 CST of the last working day). */
  openPublicity(projectId: string): Promise<{ endsAt: string }>;
  /**
   * Closes publicity: whether the project must go through the investigation stage — an objection still
   * blocks it (unscreened, or admissible and unsettled) or one was upheld (R6.4, R6.4.3).
   */
  closePublicity(projectId: string): Promise<{ objectionOpen: boolean }>;
  /**
   * Keeps the task token with the project so that the decision's mutation can complete the stage.
   * Returns the decision when it was already recorded (an execution resumed after a restart), or, for the
   * investigation, when the objections already decide it (R6.4.3): the stage is then completed at once
   * instead of waiting for a decision that was already made.
   */
  awaitDecision(
    projectId: string,
    stage: HumanStage,
    token: string,
  ): Promise<Record<string, unknown> | undefined>;
  flagOverdue(projectId: string, stage: HumanStage): Promise<void>;
  removeProject(projectId: string): Promise<void>;
  recordRejection(projectId: string): Promise<void>;
  /**
   * R5.3.1: the title approved at deliberation pays 0 (its difference fell to 0 since the sign-off): it was
   * recorded at 0 with the reason, and the project ends ZERO_AWARD_RECORDED, without document or payment.
   */
  recordZeroAward(projectId: string): Promise<void>;
  completeProject(projectId: string): Promise<void>;
  /** R7.1.1: a fraud finding ended its wait for the joint disbursement document; nothing is paid. */
  withholdProject(projectId: string): Promise<void>;
  recordFailure(projectId: string, error: unknown): Promise<void>;
}
