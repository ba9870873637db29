/**
 * Lambda entry point of the approval workflow's tasks. Composition root: the project records, the
 * statutory calendar and the clock, built once per container; each invocation runs one task.
 */
import {
  InvalidToken,
  SendTaskSuccessCommand,
  SFNClient,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { storedCalendar } from '#use-cases/workflow/calendar';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { logger, tracer } from '#adapters/observability/powertools';
import { requireEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { createProjectStages } from '#use-cases/workflow/project-stages';
import type { WorkflowTask } from '#domain/workflow/task-contract';
import { handleWorkflowTask } from '#domain/workflow/task-handler';

const region = requireEnv(process.env, 'AWS_REGION');
const programme = new DynamoProgrammeStore(
  createDocumentClient(tracer.captureAWSv3Client(createDynamoClient({ region }))),
  requireEnv(process.env, 'TABLE_NAME'),
);
const stages = createProjectStages({
  programme,
  clock: systemClock,
  calendar: storedCalendar({ programme, statutoryCalendar: chineseDaysCalendar }),
});
const stepFunctions = tracer.captureAWSv3Client(new SFNClient({ region }));

export async function handler(event: WorkflowTask): Promise<Record<string, unknown>> {
  const result = await handleWorkflowTask(event, stages);
  // The alarm on overdue human stages counts these lines (infra/stacks/stateless-stack.ts).
  if (event.task === 'flagOverdue')
    logger.warn('stage overdue', { event: 'stageOverdue', projectId: event.projectId, stage: event.stage });
  // A decision recorded before this stage was (re)entered, or one its objections already make (R6.4.3),
  // completes it at once. The commission's settlement may have completed it a moment before: not an error.
  if (event.task === 'awaitDecision' && result['decided']) {
    await stepFunctions
      .send(new SendTaskSuccessCommand({ taskToken: event.token, output: JSON.stringify(result['decided']) }))
      .catch((error: unknown) => {
        if (!(
          error instanceof TaskDoesNotExist ||
          error instanceof TaskTimedOut ||
          error instanceof InvalidToken
        ))
          throw error;
      });
  }
  return result;
}
