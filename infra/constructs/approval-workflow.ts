import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JsonPath,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { TaskStateBase } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { HumanStage } from '../../functions/domain/workflow/human-stages.ts';
import { STAGE_TIMEOUT_DAYS } from '../../functions/domain/workflow/human-stages.ts';
import { STATE } from '../../functions/domain/workflow/state-names.ts';
import { STAGE_REFUSED } from '../../functions/domain/workflow/failure.ts';
import type { WorkflowStage } from '../../functions/domain/workflow/failure.ts';

export interface ApprovalWorkflowProps {
  /** The Lambda that performs every task (functions/handlers/workflow-task.ts). */
  readonly taskFunction: IFunction;
}

/**
 * The publicity and approval stages as one Standard state machine per project (exactly once), started
 * with the project's id as the execution name so that a second start is refused:
 *
 *   REVIEWED:   open publicity → wait for its end → (investigation of an open objection) → deliberation
 *               → joint disbursement document → completed
 *   LIGHTHOUSE: deliberation → joint disbursement document → completed
 *   AUTOMATIC:  joint disbursement document → completed
 *
 * A fraud finding recorded while a project waits for its document ends the wait: withheld (R7.1.1).
 *
 * Human stages are `.waitForTaskToken` callbacks; each has a timeout after which the project is flagged
 * overdue (the alarm and `overdueStages` see it) and the stage waits on. Every task retries Lambda errors
 * and transient failures, never a refusal (`ProjectStageRefused`: a domain error, which trying again
 * cannot fix), and catches what is left into RecordFailure → Failed. A resumed execution (R6.4.4) names
 * the stage it starts from in `resumeFrom`, and the first Choice routes it there. The local runner
 * executes this same definition.
 */
export class ApprovalWorkflow extends Construct {
  readonly stateMachine: StateMachine;
  /** Executions that failed, timed out or were aborted land here, whole, for an operator to act on. */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: ApprovalWorkflowProps) {
    super(scope, id);
    const projectId = JsonPath.stringAt('$.projectId');

    const task = (name: string, payload: Record<string, unknown>, resultPath?: string) =>
      new LambdaInvoke(this, name, {
        stateName: name,
        lambdaFunction: props.taskFunction,
        payload: TaskInput.fromObject({ projectId, ...payload }),
        payloadResponseOnly: true,
        resultPath: resultPath ?? JsonPath.DISCARD,
        retryOnServiceExceptions: true,
      })
        // A refusal (a policy rule, a missing record) fails the same way every time: not retried. It must
        // come before the retrier of States.TaskFailed, which matches every error name (retriers are
        // matched in order, the first match decides).
        .addRetry({ errors: [STAGE_REFUSED], maxAttempts: 0 })
        .addRetry({
          // The stages are idempotent: a throttled table or a conflicting write is worth a few more tries
          // before the project is recorded as failed.
          errors: ['States.TaskFailed'],
          maxAttempts: 3,
          interval: Duration.seconds(5),
          backoffRate: 2,
        });

    const failed = new Fail(this, STATE.failed, {
      stateName: STATE.failed,
      error: 'WorkflowFailed',
      cause: 'see RecordFailure',
    });
    const recordFailure = task(STATE.recordFailure, {
      task: 'recordFailure',
      error: JsonPath.objectAt('$.error'),
    }).next(failed);
    const guarded = (state: TaskStateBase): TaskStateBase => {
      state.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.error' });
      return state;
    };

    const humanStage = (name: string, flagName: string, stage: HumanStage, resultPath: string) => {
      const wait = new LambdaInvoke(this, name, {
        stateName: name,
        lambdaFunction: props.taskFunction,
        integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        payload: TaskInput.fromObject({ task: 'awaitDecision', projectId, stage, token: JsonPath.taskToken }),
        resultPath,
        taskTimeout: Timeout.duration(Duration.days(STAGE_TIMEOUT_DAYS[stage])),
        retryOnServiceExceptions: true,
      });
      const flag = guarded(task(flagName, { task: 'flagOverdue', stage }));
      wait.addCatch(flag.next(wait), { errors: ['States.Timeout'], resultPath: '$.timeout' });
      wait.addCatch(recordFailure, { errors: ['States.ALL'], resultPath: '$.error' });
      return wait;
    };

    const completed = new Succeed(this, STATE.completed, { stateName: STATE.completed });
    const awaitDocument = humanStage(
      STATE.awaitDisbursementDocument,
      STATE.flagDisbursementDocumentOverdue,
      'DISBURSEMENT_DOCUMENT',
      '$.document',
    );
    // R7.1.1: a fraud finding recorded while the project waits decides the stage as withheld: it ends
    // WITHHELD, nothing paid. `withheld` is tested for presence first: an issued document's decision has none.
    const withheld = guarded(task(STATE.withholdProject, { task: 'withholdProject' })).next(
      new Succeed(this, STATE.withheld, { stateName: STATE.withheld }),
    );
    awaitDocument.next(
      new Choice(this, STATE.documentWithheld, { stateName: STATE.documentWithheld })
        .when(
          Condition.and(
            Condition.isPresent('$.document.withheld'),
            Condition.booleanEquals('$.document.withheld', true),
          ),
          withheld,
        )
        .otherwise(guarded(task(STATE.completeProject, { task: 'completeProject' })).next(completed)),
    );

    const awaitDeliberation = humanStage(
      STATE.awaitDeliberation,
      STATE.flagDeliberationOverdue,
      'DELIBERATION',
      '$.deliberation',
    );
    const rejected = guarded(task(STATE.recordRejection, { task: 'recordRejection' })).next(
      new Succeed(this, STATE.rejected, { stateName: STATE.rejected }),
    );
    // R5.3.1: a title approved at 0 (its difference fell to 0 since the sign-off) was recorded at 0 with
    // the reason at deliberation; it ends without document or payment. Tested for presence first.
    const zeroAward = guarded(task(STATE.recordZeroAward, { task: 'recordZeroAward' })).next(
      new Succeed(this, STATE.zeroAwardRecorded, { stateName: STATE.zeroAwardRecorded }),
    );
    awaitDeliberation.next(
      new Choice(this, STATE.approved, { stateName: STATE.approved })
        .when(
          Condition.and(
            Condition.isPresent('$.deliberation.zeroAward'),
            Condition.booleanEquals('$.deliberation.zeroAward', true),
          ),
          zeroAward,
        )
        .when(Condition.booleanEquals('$.deliberation.approved', true), awaitDocument)
        .otherwise(rejected),
    );

    const awaitInvestigation = humanStage(
      STATE.awaitInvestigation,
      STATE.flagInvestigationOverdue,
      'INVESTIGATION',
      '$.investigation',
    );
    const removed = guarded(task(STATE.removeProject, { task: 'removeProject' })).next(
      new Succeed(this, STATE.removed, { stateName: STATE.removed }),
    );
    awaitInvestigation.next(
      new Choice(this, STATE.objectionUpheld, { stateName: STATE.objectionUpheld })
        .when(Condition.booleanEquals('$.investigation.upheld', true), removed)
        .otherwise(awaitDeliberation),
    );

    const publicity = guarded(task(STATE.openPublicity, { task: 'openPublicity' }, '$.publicity'))
      .next(
        new Wait(this, STATE.waitForPublicityEnd, {
          stateName: STATE.waitForPublicityEnd,
          time: WaitTime.timestampPath('$.publicity.endsAt'),
        }),
      )
      .next(guarded(task(STATE.closePublicity, { task: 'closePublicity' }, '$.objections')))
      .next(
        new Choice(this, STATE.objectionOpen, { stateName: STATE.objectionOpen })
          .when(Condition.booleanEquals('$.objections.objectionOpen', true), awaitInvestigation)
          .otherwise(awaitDeliberation),
      );

    // A resumed execution starts at the stage its project failed at; `resumeFrom` is tested for presence
    // first, so that an input without it (a first execution) goes by its path.
    const resumeAt = (stage: WorkflowStage) =>
      Condition.and(Condition.isPresent('$.resumeFrom'), Condition.stringEquals('$.resumeFrom', stage));
    const definition = new Choice(this, STATE.choosePath, { stateName: STATE.choosePath })
      .when(resumeAt('PUBLICITY'), publicity)
      .when(resumeAt('INVESTIGATION'), awaitInvestigation)
      .when(resumeAt('DELIBERATION'), awaitDeliberation)
      .when(resumeAt('DISBURSEMENT_DOCUMENT'), awaitDocument)
      .when(Condition.stringEquals('$.path', 'REVIEWED'), publicity)
      .when(Condition.stringEquals('$.path', 'LIGHTHOUSE'), awaitDeliberation)
      .when(Condition.stringEquals('$.path', 'AUTOMATIC'), awaitDocument)
      .otherwise(
        new Fail(this, 'UnknownPath', {
          stateName: 'UnknownPath',
          error: 'UnknownPath',
          cause: 'path must be REVIEWED, AUTOMATIC or LIGHTHOUSE (R6.8)',
        }),
      );

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      definitionBody: DefinitionBody.fromChainable(definition),
      stateMachineType: StateMachineType.STANDARD,
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'Logs', {
          retention: RetentionDays.SIX_MONTHS,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });

    // The dead-letter path: every execution that ends badly is delivered to a queue (and alarmed on),
    // beside the project's own FAILED stage written by RecordFailure.
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    new Rule(this, 'FailedExecutions', {
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['FAILED', 'TIMED_OUT', 'ABORTED'],
          stateMachineArn: [this.stateMachine.stateMachineArn],
        },
      },
      targets: [new SqsQueue(this.deadLetters)],
    });
  }
}
