import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';
import { Conflict } from '#domain/errors';
import type { Workflow } from '#domain/workflow/workflow-port';
import { executionName } from '#domain/workflow/failure';
import type { WorkflowStage } from '#domain/workflow/failure';
import type { WorkflowPath } from '#domain/workflow/paths';
import type { WorkflowInput } from '#domain/workflow/task-contract';

/**
 * The workflow in AWS: one Standard execution per project, named after it (exactly once); a resumed
 * project gets a new execution per resumption (`<projectId>_r<n>`), given the stage to start from.
 */
export class StepFunctionsWorkflow implements Workflow {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(
    projectId: string,
    path: WorkflowPath,
    resume?: { readonly from: WorkflowStage; readonly resumption: number },
  ): Promise<void> {
    const name = executionName(projectId, resume?.resumption);
    const input: WorkflowInput = { projectId, path, resumeFrom: resume?.from ?? 'START' };
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name,
          input: JSON.stringify(input),
        }),
      );
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists)
        throw new Conflict(`the workflow execution ${name} has already been started`);
      throw error;
    }
  }

  async completeStage(token: string, output: Record<string, unknown>): Promise<boolean> {
    try {
      await this.client.send(
        new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }),
      );
      return true;
    } catch (error) {
      // The stage was completed already (a replayed decision) or has moved on: nothing to do.
      if (error instanceof TaskDoesNotExist || error instanceof TaskTimedOut || error instanceof InvalidToken)
        return false;
      throw error;
    }
  }
}
