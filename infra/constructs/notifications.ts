import { Duration, Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as Lambda } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { NOTIFYING_KINDS } from '#domain/notifications/routing';
import { alarmOnAny } from './alarms.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { EVENT_SOURCE } from './domain-events.ts';
import { ServiceFunction } from './service-function.ts';
import { grantTableAccess, TABLE_ACCESS } from './table-grants.ts';

/**
 * The rule's pattern: the domain events that notify someone (functions/domain/notifications/routing.ts),
 * in the version the consumer reads. A new version of a kind goes nowhere here until the consumer knows it.
 */
export const NOTIFICATION_EVENT_PATTERN = {
  source: [EVENT_SOURCE],
  detailType: [...NOTIFYING_KINDS],
  detail: { version: [1] },
};

export interface NotificationsProps {
  readonly table: TableV2;
  /** The domain-events bus (infra/constructs/domain-events.ts). */
  readonly bus: IEventBus;
  /**
   * The From address of e-mail notifications, of an identity verified in SES in this account and region
   * (context `notificationEmailFrom`). None: this deployment sends no e-mail (inbox and SMS only).
   */
  readonly emailFrom?: string | undefined;
  /**
   * Concurrent runs reserved for (and at most allowed to) the function: a burst of events (a document
   * paying a hundred projects) waits in Lambda's queue rather than exceeding SES's and SNS's send rates.
   */
  readonly reservedConcurrentExecutions?: number | undefined;
}

/** The notifications function's reserved concurrency unless its props say otherwise. */
export const NOTIFICATIONS_CONCURRENCY = 5;

/**
 * Notifications (issue 17), the first consumer of the domain events: an EventBridge rule on the bus sends
 * each event of a notifying kind to the notifications function, which tells the recipients it concerns in
 * their inbox (the table), by e-mail (Amazon SES) and by SMS (Amazon SNS), once per event, recipient and
 * channel (functions/use-cases/notifications/deliver-notifications.ts).
 *
 * Failures, in three layers, none of which sends anything twice (each delivery is made once):
 * - a send the provider refuses is retried by the function (1, 2, 4 s), then the delivery is PARKED and
 *   logged (`notificationParked`), which a metric filter counts and an alarm reports;
 * - an invocation that fails (the table unreachable…) is retried by Lambda twice, then its event goes to
 *   the encrypted dead-letter queue;
 * - an event EventBridge cannot hand to the function (throttled, the function missing) is retried for up
 *   to six hours, then goes to the same queue; its depth raises an alarm.
 *
 * Least privilege: the table's deliveries, preferences and the registry's contacts only
 * (TABLE_ACCESS.notifications); `ses:SendEmail` from the configured identity only; `sns:Publish`, which
 * IAM cannot narrow for a message to a phone number (the code publishes to numbers, never to a topic).
 */
export class Notifications extends Construct {
  readonly function: Lambda;
  readonly rule: Rule;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'the notifications rule and function (events not delivered)',
    );
    const service = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/notifications.ts',
      environment: {
        TABLE_NAME: props.table.tableName,
        ...(props.emailFrom === undefined ? {} : { NOTIFICATION_EMAIL_FROM: props.emailFrom }),
      },
      memorySize: 512,
      // A delivery's worst case: four sends of at most 13 s each and 7 s of waits (SENDING_LEASE_MS is 2 min).
      timeout: Duration.seconds(90),
      deadLetterQueue: this.deadLetters,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions ?? NOTIFICATIONS_CONCURRENCY,
    });
    this.function = service.function;
    grantTableAccess(this.function, props.table, TABLE_ACCESS.notifications);
    if (props.emailFrom !== undefined) {
      const stack = Stack.of(this);
      const identity = (name: string) =>
        `arn:${stack.partition}:ses:${stack.region}:${stack.account}:identity/${name}`;
      // SES authorizes a send on the identity it is verified under: the address, or its domain.
      const domain = props.emailFrom.slice(props.emailFrom.lastIndexOf('@') + 1);
      this.function.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [identity(props.emailFrom), identity(domain)],
          conditions: { StringEquals: { 'ses:FromAddress': props.emailFrom } },
        }),
      );
    }
    this.function.addToRolePolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));

    this.rule = new Rule(this, 'Rule', {
      description: 'Domain events that notify someone go to the notifications function (issue 17)',
      eventBus: props.bus,
      eventPattern: NOTIFICATION_EVENT_PATTERN,
      targets: [
        new LambdaFunction(this.function, {
          deadLetterQueue: this.deadLetters,
          retryAttempts: 8,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });

    const parked = new MetricFilter(this, 'Parked', {
      logGroup: service.logGroup,
      filterPattern: FilterPattern.stringValue('$.event', '=', 'notificationParked'),
      metricNamespace: 'SmartFactoryAwards',
      metricName: 'NotificationsParked',
      metricValue: '1',
    });
    alarmOnAny(
      this,
      'ParkedAlarm',
      'A notification was parked: its e-mail or SMS provider refused it four times, or its outcome is unknown. The notifications function logs (event notificationParked) name the recipient, event and channel; the notifications query shows it to the commission.',
      parked.metric({ statistic: 'Sum', period: Duration.minutes(5) }),
    );
    alarmOnAny(
      this,
      'DeadLettersAlarm',
      'Domain events the notifications function could not handle after its retries are in its dead-letter queue: the function logs say why. Deliver them again once fixed: nothing is sent twice.',
      this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
  }
}
