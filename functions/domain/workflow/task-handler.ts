import { UnreachableCaseError } from '../errors.ts';
import { isDeterministic, stageRefusal } from './failure.ts';
import type { ProjectStages } from './project-stages-port.ts';
import type { WorkflowTask } from './task-contract.ts';

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
    case 'recordZeroAward':
      await stages.recordZeroAward(task.projectId);
      return {};
    case 'completeProject':
      await stages.completeProject(task.projectId);
      return {};
    case 'withholdProject':
      await stages.withholdProject(task.projectId);
      return {};
    case 'recordFailure':
      await stages.recordFailure(task.projectId, task.error);
      return {};
    default:
      throw new UnreachableCaseError(task);
  }
}
