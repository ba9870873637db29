import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUMAN_STAGES, STATE } from '../../functions/workflow/states.ts';
import { ApprovalWorkflow } from '../../infra/constructs/approval-workflow.ts';
import { LOCAL_TASK_FUNCTION_ARN, synthesizeWorkflowDefinition } from '../../infra/workflow-definition.ts';

interface AslState {
  Type: string;
  Resource?: string;
  TimeoutSeconds?: number;
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Choices?: { Variable: string; StringEquals?: string; Next: string }[];
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
    expect(states[STATE.choosePath]?.Choices?.map((choice) => [choice.StringEquals, choice.Next])).toEqual([
      ['REVIEWED', STATE.openPublicity],
      ['LIGHTHOUSE', STATE.awaitDeliberation],
      ['AUTOMATIC', STATE.awaitDisbursementDocument],
    ]);
  });
});
