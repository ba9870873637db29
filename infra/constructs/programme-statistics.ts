import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Function as Lambda } from 'aws-cdk-lib/aws-lambda';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { COUNTED_KINDS } from '#domain/statistics/tally';
import { alarmOnAny } from './alarms.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { EVENT_SOURCE } from './domain-events.ts';
import { ServiceFunction } from './service-function.ts';
import { grantTableAccess, TABLE_ACCESS } from './table-grants.ts';

export interface ProgrammeStatisticsProps {
  readonly table: TableV2;
  /** The domain-events bus (`DomainEvents`). */
  readonly bus: IEventBus;
  /**
   * Copies run at once. Events of one cell contend for its counter item (a conflicting transaction is
   * tried again), and the programme's rate is low: a few copies keep up; waiting events stay queued.
   */
  readonly reservedConcurrentExecutions?: number;
}

/**
 * The programme statistics (issue 17) in AWS: an EventBridge rule on the domain-events bus sends the events
 * that count (`COUNTED_KINDS`) to a function of their own, which counts each one once into the table's
 * counters (functions/handlers/programme-statistics.ts). Delivery is at least once and a redelivered event
 * changes nothing. The rule retries delivery (4 times, for a day); the function, invoked asynchronously,
 * is retried twice by Lambda; what still fails goes to an encrypted dead-letter queue whose depth raises
 * an alarm. Least privilege: the counters and their markers, and reads of the project, certification and
 * policy version an event takes its town, programme, tier or fiscal year from (`TABLE_ACCESS.statistics`).
 */
export class ProgrammeStatistics extends Construct {
  readonly function: Lambda;
  readonly deadLetters: Queue;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: ProgrammeStatisticsProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'the statistics rule and function (events that could not be counted)',
    );
    this.function = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/programme-statistics.ts',
      environment: { TABLE_NAME: props.table.tableName },
      memorySize: 512,
      timeout: Duration.seconds(30),
      deadLetterQueue: this.deadLetters,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions ?? 2,
    }).function;
    grantTableAccess(this.function, props.table, TABLE_ACCESS.statistics);

    this.rule = new Rule(this, 'CountedEvents', {
      description: 'Domain events that count in the programme statistics (issue 17).',
      eventBus: props.bus,
      eventPattern: { source: [EVENT_SOURCE], detailType: [...COUNTED_KINDS] },
      targets: [
        new LambdaFunction(this.function, {
          deadLetterQueue: this.deadLetters,
          retryAttempts: 4,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });

    alarmOnAny(
      this,
      'DeadLettersAlarm',
      'Domain events the programme statistics could not count are in the dead-letter queue: the statistics function logs say why; redrive them once fixed (counting is idempotent).',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
  }
}
