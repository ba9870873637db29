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
import type { Workflow } from '#domain/workflow/project';
import type { WorkflowPath } from '../../workflow/states.ts';

/** The workflow in AWS: one Standard execution per project, named after it (exactly once). */
export class StepFunctionsWorkflow implements Workflow {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(projectId: string, path: WorkflowPath): Promise<void> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: projectId,
          input: JSON.stringify({ projectId, path }),
        }),
      );
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists)
        throw new Conflict(`the workflow of ${projectId} has already been started`);
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
