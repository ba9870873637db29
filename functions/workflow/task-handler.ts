import { UnreachableCaseError } from '#domain/errors';
import { isDeterministic, stageRefusal } from '#domain/workflow/failure';
import type { HumanStage, WorkflowTask } from './states.ts';

/**
 * Port: what the workflow's stages do to a project. Implemented over the project records; each method is
 * idempotent (Step Functions may deliver a task twice).
 */
export interface ProjectStages {
  /** R6.4: opens publicity now and returns when it ends (24:00 CST of the last working day). */
  openPublicity(projectId: string): Promise<{ endsAt: string }>;
  /** Closes publicity: whether an objection is still open (R6.4). */
  closePublicity(projectId: string): Promise<{ objectionOpen: boolean }>;
  /**
   * Keeps the task token with the project so that the decision's mutation can complete the stage.
   * Returns the decision when it was already recorded (an execution resumed after a restart): the stage
   * is then completed at once instead of waiting for a decision that was already made.
   */
  awaitDecision(
    projectId: string,
    stage: HumanStage,
    token: string,
  ): Promise<Record<string, unknown> | undefined>;
  flagOverdue(projectId: string, stage: HumanStage): Promise<void>;
  removeProject(projectId: string): Promise<void>;
  recordRejection(projectId: string): Promise<void>;
  completeProject(projectId: string): Promise<void>;
  recordFailure(projectId: string, error: unknown): Promise<void>;
}

/**
 * The workflow Lambda's logic: one task, one stage method. Returns what the state machine reads next. A
 * deterministic failure (a domain error) is rethrown as `ProjectStageRefused`, which the state machine
 * does not retry; anything else keeps its name and is retried (R6.4.4).
 */
export async function handleWorkflowTask(
  task: WorkflowTask,
  stages: ProjectStages,
): Promise<Record<string, unknown>> {
  try {
    return await runTask(task, stages);
  } catch (error) {
    throw isDeterministic(error) ? stageRefusal(error) : error;
  }
}

async function runTask(task: WorkflowTask, stages: ProjectStages): Promise<Record<string, unknown>> {
  switch (task.task) {
    case 'openPublicity':
      return stages.openPublicity(task.projectId);
    case 'closePublicity':
      return stages.closePublicity(task.projectId);
    case 'awaitDecision':
      return { decided: (await stages.awaitDecision(task.projectId, task.stage, task.token)) ?? null };
    case 'flagOverdue':
      await stages.flagOverdue(task.projectId, task.stage);
      return {};
    case 'removeProject':
      await stages.removeProject(task.projectId);
      return {};
    case 'recordRejection':
      await stages.recordRejection(task.projectId);
      return {};
    case 'completeProject':
      await stages.completeProject(task.projectId);
      return {};
    case 'recordFailure':
      await stages.recordFailure(task.projectId, task.error);
      return {};
    default:
      throw new UnreachableCaseError(task);
  }
}
