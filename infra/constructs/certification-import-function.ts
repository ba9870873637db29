import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Function as Lambda } from 'aws-cdk-lib/aws-lambda';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmOnAny } from './alarms.ts';
import type { AttachmentsBucket } from './attachments-bucket.ts';
import type { ImportsBucket } from './imports-bucket.ts';
import { ServiceFunction } from './service-function.ts';
import { grantTableAccess, TABLE_ACCESS } from './table-grants.ts';

export interface CertificationImportFunctionProps {
  readonly table: TableV2;
  readonly attachments: AttachmentsBucket;
  readonly imports: ImportsBucket;
  /** Positive awards start down the automatic path of the approval workflow (R6.8). */
  readonly stateMachine: StateMachine;
  /** Concurrent runs reserved for (and at most allowed to) the import function; `undefined`: none. */
  readonly reservedConcurrentExecutions?: number | undefined;
}

/**
 * The import Lambda (R6.7b): runs the imports requested through the API (asynchronous invocations) and
 * every list dropped into the imports bucket (EventBridge "Object Created"). Both arrive at least once
 * and a run may be repeated without harm — the same file is the same import. Lambda retries a failed run
 * twice; then the event goes to an encrypted dead-letter queue whose depth raises an alarm (the function's
 * errors and throttles raise the operations dashboard's).
 */
export class CertificationImportFunction extends Construct {
  readonly function: Lambda;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: CertificationImportFunctionProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const service = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/import-certifications.ts',
      environment: {
        TABLE_NAME: props.table.tableName,
        ATTACHMENTS_BUCKET: props.attachments.bucket.bucketName,
        IMPORTS_BUCKET: props.imports.bucket.bucketName,
        STATE_MACHINE_ARN: props.stateMachine.stateMachineArn,
      },
      // 20,000 lines at a few hundred a second, with room to spare.
      timeout: Duration.minutes(15),
      memorySize: 2048,
      deadLetterQueue: this.deadLetters,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    });
    this.function = service.function;
    grantTableAccess(this.function, props.table, TABLE_ACCESS.import);
    props.attachments.grantReadLists(this.function);
    props.imports.grantRead(this.function);
    props.stateMachine.grantStartExecution(this.function);

    new Rule(this, 'ListDropped', {
      description: 'A list dropped into the imports bucket is imported (R6.7b).',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.imports.bucket.bucketName] } },
      },
      targets: [new LambdaFunction(this.function, { deadLetterQueue: this.deadLetters, retryAttempts: 4 })],
    });

    alarmOnAny(
      this,
      'DeadLettersAlarm',
      'An import failed after its retries: its event is in the dead-letter queue and the function logs say why.',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
  }
}
