import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import type { Function as Lambda } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AUDIT_ENTITY, AUDIT_PK_PREFIX } from '#adapters/events/stream-records';
import { alarmOnAny } from './alarms.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { AUDIT_ARCHIVE_PREFIX } from './audit-archive-bucket.ts';
import { ServiceFunction } from './service-function.ts';

export interface AuditArchiverProps {
  /** The table, with its stream (NEW_IMAGE). */
  readonly table: TableV2;
  /** The Object Lock bucket (`AuditArchiveBucket`, stateful stack). */
  readonly bucket: IBucket;
}

/**
 * Feeds the write-once audit archive from the table's stream (issue 17): an event source mapping keeps
 * inserted audit records only and hands them to a function that writes each into the archive bucket once.
 * It is the stream's second reader beside the domain-events pipe; DynamoDB Streams serves two readers per
 * shard without throttling, so further consumers take events from the bus instead.
 */
export class AuditArchiver extends Construct {
  readonly function: Lambda;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: AuditArchiverProps) {
    super(scope, id);
    this.function = new ServiceFunction(this, 'Archiver', {
      entry: 'functions/handlers/archive-audit-records.ts',
      environment: { AUDIT_ARCHIVE_BUCKET: props.bucket.bucketName },
      memorySize: 256,
      timeout: Duration.seconds(60),
    }).function;
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject'],
        resources: [props.bucket.arnForObjects(`${AUDIT_ARCHIVE_PREFIX}*`)],
      }),
    );
    this.deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'the audit archiver (the stream positions it could not archive)',
    );
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        bisectBatchOnError: true,
        retryAttempts: 10,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [
          FilterCriteria.filter({
            eventName: ['INSERT'],
            dynamodb: {
              Keys: { pk: { S: [{ prefix: AUDIT_PK_PREFIX }] } },
              NewImage: { entity: { S: [AUDIT_ENTITY] } },
            },
          }),
        ],
      }),
    );
    alarmOnAny(
      this,
      'DeadLettersAlarm',
      'Audit records the archiver could not write into the write-once archive are in its dead-letter queue (their stream positions): the archiver logs say why; rerun them before the stream trims them (24 h).',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
  }
}
