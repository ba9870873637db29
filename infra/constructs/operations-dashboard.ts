import { Aws, CfnCondition, Duration, Fn } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Dashboard, GraphWidget, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { PublicGraphqlApi } from './public-graphql-api.ts';
import { PUBLIC_WEB_ACL_RULES } from './public-web-acl.ts';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from '../../functions/adapters/observability/powertools.ts';
import {
  COUNTED_MUTATIONS,
  REJECTED_METRIC,
} from '../../functions/adapters/observability/request-metrics.ts';

export interface OperationsDashboardProps {
  readonly api: HttpApi;
  /** The public route (REST API behind AWS WAF). */
  readonly publicApi: PublicGraphqlApi;
  readonly functions: Readonly<Record<string, IFunction>>;
  /** What the table and its indexes throttled (the alarm's metric, `ServiceAlarms`). */
  readonly tableThrottles: IMetric;
  readonly stateMachine: StateMachine;
  readonly deadLetterQueues: readonly IQueue[];
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * One dashboard of the API's traffic and errors, the public route's and what its web ACL refused, the
 * functions, the workflow, the queues, the table, and the service's own metrics (refused requests, awards,
 * payments). Opt-in (issue 19, context `operationsDashboard`): US$3 a month, while failures raise alarms
 * (`ServiceAlarms` and those beside what they watch) and the programme's figures are in the
 * `programmeStatistics` query. WAF's blocks raise no alarm: refusing a flood is the rule working.
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;
  /** The dashboard in the CloudWatch console (the China Regions' console has its own domain). */
  readonly url: string;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const service = (name: string): IMetric =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        statistic: 'Sum',
        period: FIVE_MINUTES,
        dimensionsMap: { service: 'smart-factory-awards' },
      });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new GraphWidget({
            title: 'API requests and errors',
            left: [props.api.metricCount(), props.api.metricClientError(), props.api.metricServerError()],
          }),
          new GraphWidget({
            title: 'API latency',
            left: [
              props.api.metricLatency({ statistic: 'p50' }),
              props.api.metricLatency({ statistic: 'p99' }),
            ],
          }),
          // One metric for every code (issue 19); each record's rejectedCodes says which, in Logs Insights.
          new GraphWidget({ title: 'Refused requests (all codes)', left: [service(REJECTED_METRIC)] }),
        ],
        [
          new GraphWidget({
            title: 'Public route requests and errors',
            left: [
              props.publicApi.restApi.metricCount(),
              props.publicApi.restApi.metricClientError(),
              props.publicApi.restApi.metricServerError(),
            ],
          }),
          new GraphWidget({
            title: 'Public route: refused by WAF (per-IP rate, body size)',
            left: [
              props.publicApi.webAcl.metricBlocked(PUBLIC_WEB_ACL_RULES.rateLimit),
              props.publicApi.webAcl.metricBlocked(PUBLIC_WEB_ACL_RULES.bodySize),
            ],
          }),
        ],
        [
          new GraphWidget({
            title: 'Function errors',
            left: Object.values(props.functions).map((fn) => fn.metricErrors()),
          }),
          new GraphWidget({
            title: 'Function throttles',
            left: Object.values(props.functions).map((fn) => fn.metricThrottles()),
          }),
          new GraphWidget({
            title: 'Function duration p99',
            left: Object.values(props.functions).map((fn) => fn.metricDuration({ statistic: 'p99' })),
          }),
        ],
        [
          new GraphWidget({
            title: 'Approval workflow',
            left: [
              props.stateMachine.metricStarted(),
              props.stateMachine.metricSucceeded(),
              props.stateMachine.metricFailed(),
            ],
          }),
          new GraphWidget({
            title: 'Dead letters',
            left: props.deadLetterQueues.map((queue) => queue.metricApproximateNumberOfMessagesVisible()),
          }),
          new GraphWidget({ title: 'DynamoDB throttled requests', left: [props.tableThrottles] }),
        ],
        [
          new GraphWidget({
            title: 'Imports and awards',
            left: [
              'ImportsCompleted',
              'ImportsFailed',
              'AwardsCreated',
              'AwardsZeroAmount',
              'ImportLinesRefused',
            ].map(service),
          }),
          new GraphWidget({
            title: 'Payments',
            left: [
              'PaymentsBatched',
              'PaymentsPaid',
              'PaymentsFailed',
              ...COUNTED_MUTATIONS.map((field) => `Mutation_${field}`),
            ].map(service),
            right: ['PaidFen'].map(service),
            rightYAxis: { label: 'fen', showUnits: false },
          }),
        ],
      ],
    });
    const inChina = new CfnCondition(this, 'InChinaPartition', {
      expression: Fn.conditionEquals(Aws.PARTITION, 'aws-cn'),
    });
    const console = Fn.conditionIf(
      inChina.logicalId,
      'https://console.amazonaws.cn',
      `https://${Aws.REGION}.console.aws.amazon.com`,
    ).toString();
    this.url = `${console}/cloudwatch/home?region=${Aws.REGION}#dashboards:name=${this.dashboard.dashboardName}`;
  }
}
