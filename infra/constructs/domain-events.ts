import { Duration, Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as Lambda } from 'aws-cdk-lib/aws-lambda';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AUDIT_ENTITY, AUDIT_PK_PREFIX } from '#adapters/events/stream-records';
import { EVENT_SOURCE_ENTITY_TYPES } from '#domain/events/from-audit-record';
import { alarmOnAny } from './alarms.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { ServiceFunction } from './service-function.ts';

/** The `source` of every domain event on the bus; its `detail-type` is the event's kind. */
export const EVENT_SOURCE = 'smart-factory-awards';

/**
 * The pipe's filter (EventBridge Pipes filter syntax over the DynamoDB stream record): inserted audit
 * records (pk `AUDIT#…`, `entity` AuditRecord) of the entity types events are derived from. Every other
 * item of a change's transaction (the record itself, claims, counters) is left out before any Lambda runs.
 */
export const AUDIT_RECORD_FILTER = {
  eventName: ['INSERT'],
  dynamodb: {
    Keys: { pk: { S: [{ prefix: AUDIT_PK_PREFIX }] } },
    NewImage: {
      entity: { S: [AUDIT_ENTITY] },
      entityType: { S: EVENT_SOURCE_ENTITY_TYPES() },
    },
  },
} as const;

export interface DomainEventsProps {
  /** The table, with its stream (NEW_IMAGE): events are taken from the audit records it carries. */
  readonly table: TableV2;
}

/**
 * Domain events (issue 17): DynamoDB Streams → EventBridge Pipes → an EventBridge bus, so that an event
 * exists exactly when its change committed. The pipe reads the table's stream, keeps inserted audit
 * records only (`AUDIT_RECORD_FILTER`), has the enrichment function turn them into catalogued events
 * (functions/domain/events; none for a change nobody outside cares about) and puts each on the bus with
 * detail-type = the event's kind, source `smart-factory-awards`, time = when the change committed.
 *
 * Delivery is at least once: a batch the enrichment or the bus refuses is retried (split in halves to
 * isolate a bad record), then its records go to an encrypted dead-letter queue whose depth raises an
 * alarm. Least privilege: the pipe's role reads this table's stream, invokes this function and puts
 * events on this bus, nothing else; the enrichment function has no AWS permission beyond its logs and
 * traces (it only computes).
 */
export class DomainEvents extends Construct {
  readonly bus: EventBus;
  readonly enrichment: Lambda;
  readonly pipe: CfnPipe;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: DomainEventsProps) {
    super(scope, id);
    const streamArn = props.table.tableStreamArn;
    if (streamArn === undefined)
      throw new Error('domain events need the table stream (TABLE_DESIGN.streamViewType)');

    this.bus = new EventBus(this, 'Bus', {
      description:
        'Domain events of the smart-factory awards programme (detail-type = kind, e.g. application.accepted)',
    });
    this.enrichment = new ServiceFunction(this, 'Enrichment', {
      entry: 'functions/handlers/domain-events.ts',
      environment: {},
      memorySize: 512,
      timeout: Duration.seconds(30),
    }).function;
    this.deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'the domain-events pipe (stream records it could not deliver)',
    );

    const role = new Role(this, 'PipeRole', {
      description:
        'The domain-events pipe: reads the table stream, invokes the enrichment, puts events on the bus',
      assumedBy: new ServicePrincipal('pipes.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        resources: [streamArn],
      }),
    );
    // The function's own ARN only (grantInvoke would add every version and alias, `:*`).
    role.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.enrichment.functionArn] }),
    );
    role.addToPolicy(
      new PolicyStatement({ actions: ['events:PutEvents'], resources: [this.bus.eventBusArn] }),
    );
    role.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetters.queueArn] }),
    );

    this.pipe = new CfnPipe(this, 'Pipe', {
      description:
        'Audit records from the table stream become catalogued domain events on the bus (issue 17)',
      roleArn: role.roleArn,
      source: streamArn,
      sourceParameters: {
        filterCriteria: { filters: [{ pattern: JSON.stringify(AUDIT_RECORD_FILTER) }] },
        dynamoDbStreamParameters: {
          startingPosition: 'TRIM_HORIZON',
          // PutEvents takes at most 10 entries: a batch of 10 records gives at most 10 events.
          batchSize: 10,
          maximumBatchingWindowInSeconds: 1,
          maximumRetryAttempts: 10,
          maximumRecordAgeInSeconds: 86_400,
          onPartialBatchItemFailure: 'AUTOMATIC_BISECT',
          deadLetterConfig: { arn: this.deadLetters.queueArn },
        },
      },
      enrichment: this.enrichment.functionArn,
      target: this.bus.eventBusArn,
      targetParameters: {
        eventBridgeEventBusParameters: {
          detailType: '$.kind',
          source: EVENT_SOURCE,
          time: '$.occurredAt',
        },
      },
    });
    // The role's policy must exist before the pipe starts reading.
    this.pipe.node.addDependency(role);

    alarmOnAny(
      this,
      'DeadLettersAlarm',
      'Stream records the domain-events pipe could not turn into events or deliver are in its dead-letter queue: the enrichment function logs say why.',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
  }
}
