import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUMAN_STAGES } from '../../functions/domain/workflow/human-stages.ts';
import { RESUME_STATE, STATE } from '../../functions/domain/workflow/state-names.ts';
import { STAGE_REFUSED, WORKFLOW_STAGES } from '../../functions/domain/workflow/failure.ts';
import { ApprovalWorkflow } from '../../infra/constructs/approval-workflow.ts';
import { LOCAL_TASK_FUNCTION_ARN, synthesizeWorkflowDefinition } from '../../infra/workflow-definition.ts';

interface AslState {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  Retry?: { ErrorEquals: string[]; MaxAttempts?: number }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Choices?: {
    Variable?: string;
    StringEquals?: string;
    And?: { Variable: string; IsPresent?: boolean; StringEquals?: string; BooleanEquals?: boolean }[];
    Next: string;
  }[];
  Default?: string;
  Next?: string;
}

let template: Template;
let states: Record<string, AslState>;

beforeAll(() => {
  const stack = new Stack(new App(), 'WorkflowShape');
  new ApprovalWorkflow(stack, 'Workflow', {
    taskFunction: LambdaFunction.fromFunctionArn(stack, 'Task', LOCAL_TASK_FUNCTION_ARN),
  });
  template = Template.fromStack(stack);
  states = (synthesizeWorkflowDefinition() as { States: Record<string, AslState> }).States;
}, 60_000);

describe('approval workflow shape (CDK)', () => {
  it('is a Standard state machine with X-Ray tracing and logging', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  it('makes every human stage a .waitForTaskToken callback with a timeout that flags it overdue and waits on', () => {
    const callbacks = Object.entries(states).filter(([, state]) =>
      state.Resource?.endsWith('lambda:invoke.waitForTaskToken'),
    );
    expect(callbacks.map(([name]) => name).sort()).toEqual(
      [STATE.awaitInvestigation, STATE.awaitDeliberation, STATE.awaitDisbursementDocument].sort(),
    );
    expect(callbacks).toHaveLength(HUMAN_STAGES.length);
    for (const [name, state] of callbacks) {
      expect({ name, timeout: (state.TimeoutSeconds ?? 0) > 0 }).toEqual({ name, timeout: true });
      const timeout = state.Catch?.find((catcher) => catcher.ErrorEquals.includes('States.Timeout'));
      expect({ name, flagsOverdue: /^Flag.*Overdue$/.test(timeout?.Next ?? '') }).toEqual({
        name,
        flagsOverdue: true,
      });
      expect(states[timeout?.Next ?? '']).toMatchObject({ Type: 'Task' });
    }
  });

  it('retries Lambda errors and catches every other failure on every task', () => {
    const tasks = Object.entries(states).filter(
      ([name, state]) => state.Type === 'Task' && name !== STATE.recordFailure,
    );
    expect(tasks.length).toBeGreaterThanOrEqual(10);
    for (const [name, state] of tasks) {
      const retried = state.Retry?.some((retry) => retry.ErrorEquals.includes('Lambda.ServiceException'));
      const caught = state.Catch?.find((catcher) => catcher.ErrorEquals.includes('States.ALL'));
      expect({ name, retried, onFailure: caught?.Next }).toEqual({
        name,
        retried: true,
        onFailure: STATE.recordFailure,
      });
    }
  });

  it('R6.4.4: never retries a refusal; its retrier (MaxAttempts 0) comes before the one of States.TaskFailed, which matches every error', () => {
    const retried = Object.entries(states).filter(([, state]) =>
      state.Retry?.some((retry) => retry.ErrorEquals.includes('States.TaskFailed')),
    );
    expect(retried.length).toBeGreaterThanOrEqual(8);
    for (const [name, state] of retried) {
      const retriers = state.Retry ?? [];
      const refused = retriers.findIndex((retry) => retry.ErrorEquals.includes(STAGE_REFUSED));
      const anyTaskError = retriers.findIndex((retry) => retry.ErrorEquals.includes('States.TaskFailed'));
      expect({ name, refusedFirst: refused >= 0 && refused < anyTaskError }).toEqual({
        name,
        refusedFirst: true,
      });
      expect(retriers[refused]).toEqual({ ErrorEquals: [STAGE_REFUSED], MaxAttempts: 0 });
    }
  });

  it('R6.4.4: the first Choice routes a resumed execution to the stage it failed at, before the paths', () => {
    const choices = states[STATE.choosePath]?.Choices ?? [];
    const resumed = choices.filter((choice) => choice.And);
    expect(resumed.map((choice) => [choice.And, choice.Next])).toEqual(
      WORKFLOW_STAGES.map((stage) => [
        [
          { Variable: '$.resumeFrom', IsPresent: true },
          { Variable: '$.resumeFrom', StringEquals: stage },
        ],
        RESUME_STATE[stage],
      ]),
    );
    expect(choices.slice(0, resumed.length)).toEqual(resumed);
    expect(RESUME_STATE).toEqual({
      PUBLICITY: STATE.openPublicity,
      INVESTIGATION: STATE.awaitInvestigation,
      DELIBERATION: STATE.awaitDeliberation,
      DISBURSEMENT_DOCUMENT: STATE.awaitDisbursementDocument,
    });
  });

  it('R7.1.1: the document stage routes a decision withheld by a fraud finding to Withheld, anything else to Completed', () => {
    expect(states[STATE.awaitDisbursementDocument]?.Next).toBe(STATE.documentWithheld);
    const choice = states[STATE.documentWithheld];
    expect(choice?.Choices).toEqual([
      {
        And: [
          { Variable: '$.document.withheld', IsPresent: true },
          { Variable: '$.document.withheld', BooleanEquals: true },
        ],
        Next: STATE.withholdProject,
      },
    ]);
    expect(choice?.Default).toBe(STATE.completeProject);
    expect(states[STATE.withholdProject]?.Next).toBe(STATE.withheld);
    expect(states[STATE.withheld]?.Type).toBe('Succeed');
    expect(states[STATE.completeProject]?.Next).toBe(STATE.completed);
  });

  it('delivers failed, timed-out and aborted executions to an encrypted dead-letter queue', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.objectLike({
        source: ['aws.states'],
        detail: Match.objectLike({ status: ['FAILED', 'TIMED_OUT', 'ABORTED'] }),
      }),
      Targets: [Match.objectLike({ Arn: Match.anyValue() })],
    });
  });

  it('makes the three paths of R6.8 explicit', () => {
    const paths = states[STATE.choosePath]?.Choices?.filter((choice) => choice.Variable === '$.path');
    expect(paths?.map((choice) => [choice.StringEquals, choice.Next])).toEqual([
      ['REVIEWED', STATE.openPublicity],
      ['LIGHTHOUSE', STATE.awaitDeliberation],
      ['AUTOMATIC', STATE.awaitDisbursementDocument],
    ]);
  });
});
