import { Duration } from 'aws-cdk-lib';
import { MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { alarmOnAny } from './alarms.ts';

export interface ServiceAlarmsProps {
  readonly table: TableV2;
  /** The table's global secondary indexes, by name: DynamoDB reports their write throttling apart. */
  readonly indexNames: readonly string[];
  /**
   * Functions whose reserved concurrency queues bursts by design (Lambda retries a throttled asynchronous
   * event): their throttles are left out of the throttles alarm, their failures are not.
   */
  readonly throttledByDesign: Readonly<Record<string, IFunction>>;
}

const FIVE_MINUTES = Duration.minutes(5);
/** A metric-math term that counts 0 where the metric has no data point (DynamoDB and Lambda send none for 0). */
const filled = (id: string): string => `FILL(${id}, 0)`;

/**
 * The alarms on Lambda's and DynamoDB's own failures (the workflow's, the queues' and the metric filters'
 * alarms live with what they watch). CloudWatch bills an alarm for every metric it reads (issue 19: 23
 * alarm metrics cost US$2.30 a month), so each failure is read from as few metrics as cover it:
 *
 * - Lambda errors: `Errors` without the `FunctionName` dimension, Lambda's aggregate of every function in
 *   the account and Region — all of this service's (they were 3 of 8 before), and, in an account shared
 *   with other services, theirs too;
 * - Lambda throttles: the same aggregate of `Throttles`, less the functions throttled by design;
 * - DynamoDB throttling: the table's `ReadThrottleEvents` and `WriteThrottleEvents` (every operation, a
 *   batch's or a transaction's items one by one), which count the base table only; the `Query`
 *   operation's `ThrottledRequests`, which counts queries of the indexes too (the service reads an index
 *   only by Query); and each index's `WriteThrottleEvents`, which a write the index throttles (and with it
 *   the table's write) counts in no table-level metric.
 */
export class ServiceAlarms extends Construct {
  /** Everything the table throttled, base table and indexes (the dashboard graphs it). */
  readonly tableThrottles: IMetric;

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    alarmOnAny(
      this,
      'FunctionErrors',
      'A Lambda function in this account and Region failed: Lambda Errors of all functions (no FunctionName dimension), so every function of this service (GraphQL, workflow task, import, domain-events enrichment, audit archiver, programme statistics, notifications, reference-data seeding) and the CDK deployment helpers, and, in an account shared with other services, theirs too. Which one: the Lambda console or Errors by FunctionName in CloudWatch; then its logs (docs/operators.md, Alarms).',
      LambdaFunction.metricAllErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
    );

    const designed = Object.entries(props.throttledByDesign);
    const throttleTerms: Record<string, IMetric> = {
      all: LambdaFunction.metricAllThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
    };
    designed.forEach(([, fn], index) => {
      throttleTerms[`designed${index}`] = fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
    });
    alarmOnAny(
      this,
      'FunctionThrottles',
      `A Lambda function in this account and Region was throttled (its reserved concurrency, or the account's, was reached): Lambda Throttles of all functions (no FunctionName dimension) less those of ${designed
        .map(([name]) => name)
        .join(
          ' and ',
        )}, whose reserved concurrency queues bursts by design. In an account shared with other services, their throttles count too. Which one: Throttles by FunctionName in CloudWatch (docs/operators.md, Alarms).`,
      new MathExpression({
        expression: [filled('all'), ...designed.map((_, index) => filled(`designed${index}`))].join(' - '),
        usingMetrics: throttleTerms,
        period: FIVE_MINUTES,
        label: 'Lambda throttles, all functions but those throttled by design',
      }),
    );

    const dynamo = (metricName: string, dimensionsMap: Record<string, string>): Metric =>
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: props.table.tableName, ...dimensionsMap },
        statistic: 'Sum',
        period: FIVE_MINUTES,
      });
    const tableTerms: Record<string, IMetric> = {
      tableReads: dynamo('ReadThrottleEvents', {}),
      tableWrites: dynamo('WriteThrottleEvents', {}),
      queries: dynamo('ThrottledRequests', { Operation: 'Query' }),
    };
    props.indexNames.forEach((indexName, index) => {
      tableTerms[`indexWrites${index}`] = dynamo('WriteThrottleEvents', {
        GlobalSecondaryIndexName: indexName,
      });
    });
    this.tableThrottles = new MathExpression({
      expression: Object.keys(tableTerms).map(filled).join(' + '),
      usingMetrics: tableTerms,
      period: FIVE_MINUTES,
      label: 'DynamoDB throttled reads and writes, table and indexes',
    });
    alarmOnAny(
      this,
      'TableThrottles',
      `DynamoDB throttled requests on the table or its indexes (${props.indexNames.join(', ')}): the SDK retries them; sustained throttling slows imports and batches. Read and write throttle events of the table, Query throttles (indexes included) and each index's write throttle events.`,
      this.tableThrottles,
    );
  }
}
