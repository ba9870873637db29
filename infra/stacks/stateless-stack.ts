import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { AttachmentsBucket } from '../constructs/attachments-bucket.ts';
import type { ImportsBucket } from '../constructs/imports-bucket.ts';
import type { FunctionName } from '../app-builder.ts';
import type { TrustedDocumentsMode } from '#config/env';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import { CertificationImportFunction } from '../constructs/certification-import-function.ts';
import { AuditArchiver } from '../constructs/audit-archiver.ts';
import { DomainEvents } from '../constructs/domain-events.ts';
import { ProgrammeStatistics } from '../constructs/programme-statistics.ts';
import { Notifications } from '../constructs/notifications.ts';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { OperationsDashboard } from '../constructs/operations-dashboard.ts';
import { ServiceAlarms } from '../constructs/service-alarms.ts';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';
import { GraphqlApi } from '../constructs/graphql-api.ts';
import { PublicGraphqlApi } from '../constructs/public-graphql-api.ts';
import { grantTableAccess, TABLE_ACCESS } from '../constructs/table-grants.ts';
import { ServiceFunction } from '../constructs/service-function.ts';
import { ApprovalWorkflow } from '../constructs/approval-workflow.ts';
import { alarmOnAny } from '../constructs/alarms.ts';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { Trigger } from 'aws-cdk-lib/triggers';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';

export interface StatelessStackProps extends StackProps {
  readonly table: TableV2;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  readonly attachments: AttachmentsBucket;
  readonly imports: ImportsBucket;
  /** The write-once audit archive bucket (stateful stack). */
  readonly auditArchive: IBucket;
  readonly allowedOrigins: readonly string[];
  /** Reserved concurrency per function (`null`: none reserved). */
  readonly reservedConcurrency: Record<FunctionName, number | null>;
  /** Whether the GraphQL function serves only registered operations. */
  readonly trustedDocuments: TrustedDocumentsMode;
  /** Each caller's rate budget in the GraphQL function. */
  readonly rateLimits: RateLimits;
  /** The From address of e-mail notifications (a verified SES identity); none: no e-mail is sent. */
  readonly notificationEmailFrom?: string | undefined;
  /**
   * The `Operations` dashboard (context `operationsDashboard`, issue 19). Without it no alarm or dashboard
   * reads the functions' custom metrics (the alarms read Lambda's, DynamoDB's, SQS's, Step Functions' and
   * the metric filters'), so the functions publish none (`POWERTOOLS_METRICS_DISABLED`).
   */
  readonly operationsDashboard: boolean;
}

/**
 * Code and wiring that can be replaced at any time: the GraphQL function, the HTTP API for signed-in
 * users and the public route's REST API behind AWS WAF.
 */
export class StatelessStack extends Stack {
  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const reserved = (name: FunctionName): number | undefined => props.reservedConcurrency[name] ?? undefined;
    const graphql = new ServiceFunction(this, 'GraphqlFunction', {
      entry: 'functions/handlers/graphql.ts',
      environment: {
        // Production behaviour is explicit: Lambda does not set NODE_ENV.
        API_MODE: 'production',
        TABLE_NAME: props.table.tableName,
        ATTACHMENTS_BUCKET: props.attachments.bucket.bucketName,
        // Issue 16: registered operations only, or any (context `trustedDocuments`, default off), and each
        // caller's budget of DynamoDB reads per window (context `rateLimit*`, defaults in the code).
        TRUSTED_DOCUMENTS: props.trustedDocuments,
        RATE_LIMIT_WINDOW_SECONDS: String(props.rateLimits.windowSeconds),
        RATE_LIMIT_USER_POINTS: String(props.rateLimits.userPoints),
        RATE_LIMIT_ANONYMOUS_POINTS: String(props.rateLimits.anonymousPoints),
      },
      reservedConcurrentExecutions: reserved('graphql'),
      // Issue 19: Lambda's own sampling (1 a second + 5 %) traced nearly every request, about US$2 a month
      // of X-Ray per district (npm run cost): the public route's REST stage samples its requests, and the
      // signed-in route, which API Gateway cannot trace, is followed through logs and metrics.
      tracing: Tracing.PASS_THROUGH,
    });
    grantTableAccess(graphql.function, props.table, TABLE_ACCESS.graphql);
    // The function only signs URLs for attachments and checks what arrived; clients move the bytes.
    props.attachments.grantPresign(graphql.function);

    const workflowTask = new ServiceFunction(this, 'WorkflowTaskFunction', {
      entry: 'functions/handlers/workflow-task.ts',
      environment: { TABLE_NAME: props.table.tableName },
      reservedConcurrentExecutions: reserved('workflowTask'),
    });
    grantTableAccess(workflowTask.function, props.table, TABLE_ACCESS.workflowTask);
    const workflow = new ApprovalWorkflow(this, 'ApprovalWorkflow', { taskFunction: workflowTask.function });
    // The GraphQL function starts executions and completes the human stages with the decisions it records;
    // the task function completes a stage whose decision was recorded before it was entered.
    workflow.stateMachine.grantStartExecution(graphql.function);
    // SendTaskSuccess/Failure take no resource-level permissions (the token names the task), so '*';
    // naming the state machine here would also make the task function and the machine depend on each other.
    const taskResponse = new PolicyStatement({
      actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
      resources: ['*'],
    });
    graphql.function.addToRolePolicy(taskResponse);
    workflowTask.function.addToRolePolicy(taskResponse);
    graphql.function.addEnvironment('STATE_MACHINE_ARN', workflow.stateMachine.stateMachineArn);

    // A human stage that waits past its time limit raises an alarm (and shows in `overdueStages`);
    // so does any execution that fails.
    const overdue = new MetricFilter(this, 'StagesOverdue', {
      logGroup: workflowTask.logGroup,
      filterPattern: FilterPattern.stringValue('$.event', '=', 'stageOverdue'),
      metricNamespace: 'SmartFactoryAwards',
      metricName: 'StagesOverdue',
      metricValue: '1',
    });
    alarmOnAny(
      this,
      'StageOverdueAlarm',
      'A publicity/approval stage waited past its time limit (R6.3–R6.6): see the overdueStages query.',
      overdue.metric({ statistic: 'Sum', period: Duration.minutes(5) }),
    );
    alarmOnAny(
      this,
      'WorkflowDeadLettersAlarm',
      'Failed workflow executions are waiting in the dead-letter queue.',
      workflow.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
    alarmOnAny(
      this,
      'WorkflowFailedAlarm',
      'An approval workflow execution failed: the project is FAILED and needs attention.',
      workflow.stateMachine.metricFailed({ period: Duration.minutes(5) }),
    );

    const imports = new CertificationImportFunction(this, 'CertificationImports', {
      table: props.table,
      attachments: props.attachments,
      imports: props.imports,
      stateMachine: workflow.stateMachine,
      reservedConcurrentExecutions: reserved('import'),
    });
    imports.function.grantInvoke(graphql.function);
    graphql.function.addEnvironment('IMPORT_FUNCTION_NAME', imports.function.functionName);

    // Issue 17: every committed change someone outside may care about, as a catalogued event on a bus.
    const events = new DomainEvents(this, 'DomainEvents', { table: props.table });
    // Issue 17: the same stream keeps a write-once copy of every audit record.
    new AuditArchiver(this, 'AuditArchiver', { table: props.table, bucket: props.auditArchive });
    new CfnOutput(this, 'DomainEventBusName', {
      description: 'EventBridge bus of the domain events (source smart-factory-awards, detail-type = kind)',
      value: events.bus.eventBusName,
    });
    // Issue 17: the programme statistics, counted once per event from the bus into the table's counters.
    const statistics = new ProgrammeStatistics(this, 'ProgrammeStatistics', {
      table: props.table,
      bus: events.bus,
    });
    // Issue 17: the first consumer of the events — notifications by inbox, e-mail (SES) and SMS (SNS).
    const notifications = new Notifications(this, 'Notifications', {
      table: props.table,
      bus: events.bus,
      emailFrom: props.notificationEmailFrom,
    });

    const api = new GraphqlApi(this, 'Api', {
      handler: graphql.function,
      userPool: props.userPool,
      appClient: props.appClient,
      allowedOrigins: props.allowedOrigins,
    });
    const publicApi = new PublicGraphqlApi(this, 'PublicApi', {
      handler: graphql.function,
      allowedOrigins: props.allowedOrigins,
    });
    // A deployed table gets the reference data `npm start` seeds locally: towns and the policy version.
    const seed = new ServiceFunction(this, 'SeedReferenceData', {
      entry: 'functions/handlers/seed-reference-data.ts',
      environment: { TABLE_NAME: props.table.tableName },
      reservedConcurrentExecutions: reserved('seedReferenceData'),
    });
    grantTableAccess(seed.function, props.table, TABLE_ACCESS.seedReferenceData);
    new Trigger(this, 'SeedReferenceDataOnDeploy', {
      handler: seed.function,
      executeOnHandlerChange: true,
      executeAfter: [graphql.function],
    });
    // R9.1: nothing is guessed. Every day at 00:10 CST the same function says whether a published policy
    // version covers today; the alarm tells operators to publish the district's current document.
    new Rule(this, 'DailyPolicyCoverage', {
      schedule: Schedule.cron({ hour: '16', minute: '10' }),
      targets: [new LambdaFunction(seed.function, { retryAttempts: 2 })],
    });
    const uncovered = new MetricFilter(this, 'NoPolicyVersionInForce', {
      logGroup: seed.logGroup,
      filterPattern: FilterPattern.stringValue('$.event', '=', 'noPolicyVersionInForce'),
      metricNamespace: 'SmartFactoryAwards',
      metricName: 'NoPolicyVersionInForce',
      metricValue: '1',
    });
    alarmOnAny(
      this,
      'NoPolicyVersionInForceAlarm',
      'No published policy version covers today (R9): notices and automatic awards are refused until the commission publishes the current document (docs/operators.md).',
      uncovered.metric({ statistic: 'Sum', period: Duration.days(1) }),
    );

    // Every function's errors and throttles, and the table's and its indexes' throttling (issue 19: from as
    // few metrics as cover them, see the construct).
    const alarms = new ServiceAlarms(this, 'Alarms', {
      table: props.table,
      indexNames: TABLE_DESIGN.globalIndexes.map((index) => index.indexName),
      throttledByDesign: {
        'the notifications function': notifications.function,
        'the programme statistics function': statistics.function,
      },
    });
    if (props.operationsDashboard) {
      const operations = new OperationsDashboard(this, 'Operations', {
        api: api.httpApi,
        publicApi,
        functions: {
          Graphql: graphql.function,
          WorkflowTask: workflowTask.function,
          Import: imports.function,
        },
        tableThrottles: alarms.tableThrottles,
        stateMachine: workflow.stateMachine,
        deadLetterQueues: [workflow.deadLetters, imports.deadLetters],
      });
      new CfnOutput(this, 'DashboardUrl', {
        description:
          'The Operations dashboard (alarms, traffic, errors, workflow, table) in the CloudWatch console',
        value: operations.url,
      });
    } else {
      // Issue 19: embedded metrics only where an alarm or a dashboard reads them. The logs and the metric
      // filters behind the alarms are unchanged; Powertools simply writes no metric records.
      for (const node of this.node.findAll())
        if (node instanceof ServiceFunction)
          node.function.addEnvironment('POWERTOOLS_METRICS_DISABLED', 'true');
    }
    new CfnOutput(this, 'GraphqlUrl', {
      description: 'GraphQL for signed-in users (Cognito ID token required)',
      value: `${api.httpApi.apiEndpoint}/graphql`,
    });
    new CfnOutput(this, 'PublicGraphqlUrl', {
      description: 'GraphQL for the public (publicity list, objections; R6.4), behind AWS WAF',
      value: publicApi.url,
    });
    new CfnOutput(this, 'UserPoolId', {
      description: 'Cognito user pool (npm run users -- … --user-pool-id)',
      value: props.userPool.userPoolId,
    });
    new CfnOutput(this, 'UserPoolClientId', {
      description: 'App client of the front ends (authorization-code flow with PKCE, no secret)',
      value: props.appClient.userPoolClientId,
    });
  }
}
