import type { Stack } from 'aws-cdk-lib';
import { App, Aspects, Tags, Validations } from 'aws-cdk-lib';
import { Policy } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { NotifyOnAlarms } from './constructs/alarm-notifications.ts';
import { DEFAULT_AUDIT_ARCHIVE_RETENTION_YEARS } from './constructs/audit-archive-bucket.ts';
import { StatefulStack } from './stacks/stateful-stack.ts';
import { StatelessStack } from './stacks/stateless-stack.ts';
import type { TrustedDocumentsMode } from '#config/env';
import { TRUSTED_DOCUMENTS_MODES } from '#config/env';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import { DEFAULT_RATE_LIMITS } from '#domain/rate-limits/rate-budget';

/** The service's Lambda functions, by the name their limits go under. */
export type FunctionName = 'graphql' | 'workflowTask' | 'import' | 'seedReferenceData';

export interface DeploymentSettings {
  /** Deployment name, part of every stack name (e.g. `prod`, `test`). */
  readonly stage: string;
  /** Browser origins of the front ends. */
  readonly allowedOrigins: readonly string[];
  /** Where Cognito may send a signed-in user (authorization-code flow). Default: each allowed origin + `/`. */
  readonly callbackUrls?: readonly string[];
  /** Where Cognito may send a signed-out user. Default: the callback URLs. */
  readonly logoutUrls?: readonly string[];
  /**
   * The prefix of the Cognito sign-in domain (lower-case letters, digits, hyphens; unique in the region).
   * Default: `qingpu-smart-factory-<stage>`.
   */
  readonly authDomainPrefix?: string;
  /** Reserved concurrency per function (`null`: none reserved). Default: `DEFAULT_LIMITS`. */
  readonly reservedConcurrency?: Partial<Record<FunctionName, number | null>>;
  /** The table's (and its indexes') maximum on-demand read and write request units per second. */
  readonly tableMaxReadRequestUnits?: number;
  readonly tableMaxWriteRequestUnits?: number;
  /**
   * `required`: the GraphQL function serves only the registered operations (trusted documents,
   * `TRUSTED_DOCUMENTS`). Default `off`.
   */
  readonly trustedDocuments?: TrustedDocumentsMode;
  /** Each caller's rate budget (`RATE_LIMIT_*`); what is not given is `DEFAULT_RATE_LIMITS`'. */
  readonly rateLimits?: Partial<RateLimits>;
  /** Who the alarm topic e-mails (issue 18). Default: nobody (`npm run deploy` requires someone). */
  readonly alarmEmails?: readonly string[];
  /** Who the alarm topic texts, E.164 numbers (`+8613800000000`). Default: nobody. */
  readonly alarmSmsNumbers?: readonly string[];
  /**
   * Years each record of the write-once audit archive is locked (compliance mode: cannot be shortened
   * once deployed). Default: `DEFAULT_AUDIT_ARCHIVE_RETENTION_YEARS`.
   */
  readonly auditArchiveRetentionYears?: number;
  /**
   * The From address of e-mail notifications (issue 17), of an identity verified in SES in the account and
   * region. Default: none — the deployment sends notifications to inboxes and by SMS only.
   */
  readonly notificationEmailFrom?: string;
  /**
   * The `Operations` CloudWatch dashboard, and the custom metrics only it reads (issue 19). Default off:
   * US$3 a month (free as one of an account's first three dashboards), while failures raise alarms either
   * way and the programme's figures are in the `programmeStatistics` query.
   */
  readonly operationsDashboard?: boolean;
}

/**
 * Limits that bound what a flood of requests can cost (issue 16): each function's reserved concurrency
 * (also its ceiling) and the table's maximum on-demand throughput. Overridden by context, see README.
 */
export const DEFAULT_LIMITS = {
  reservedConcurrency: { graphql: 50, workflowTask: 10, import: 2, seedReferenceData: 1 },
  tableMaxReadRequestUnits: 4000,
  tableMaxWriteRequestUnits: 1000,
} as const satisfies Required<
  Pick<DeploymentSettings, 'tableMaxReadRequestUnits' | 'tableMaxWriteRequestUnits'>
> & {
  reservedConcurrency: Record<FunctionName, number>;
};

/** Context keys of the reserved concurrency of each function. */
export const CONCURRENCY_CONTEXT: Record<FunctionName, string> = {
  graphql: 'graphqlConcurrency',
  workflowTask: 'workflowTaskConcurrency',
  import: 'importConcurrency',
  seedReferenceData: 'seedConcurrency',
};

/** Context keys of each caller's rate budget (`-c rateLimitUserPoints=3000`). */
export const RATE_LIMIT_CONTEXT: Record<keyof RateLimits, string> = {
  windowSeconds: 'rateLimitWindowSeconds',
  userPoints: 'rateLimitUserPoints',
  anonymousPoints: 'rateLimitAnonymousPoints',
};

/** What a deployment passes (README, "Deploying"); said by every error about a missing setting. */
export const DEPLOY_EXAMPLE =
  'npm run deploy -- -c stage=prod -c allowedOrigins=https://awards.example.gov.cn -c callbackUrls=https://awards.example.gov.cn/auth/callback -c alarmEmails=ops@example.gov.cn (offline: npm run synth)';

/** Where context comes from: an `App` (cdk.json, `-c`), or `npm run deploy`'s own reading of them. */
export interface ContextSource {
  readonly node: { tryGetContext(key: string): unknown };
}

/**
 * The settings `npx cdk synth`/`deploy` passes with `-c key=value` (cdk.json gives none for production;
 * limits default as above); refuses a missing or malformed value with the key's name and what to pass.
 */
export function settingsFromContext(app: ContextSource): DeploymentSettings {
  const text = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`context "${key}" must be a string or a number`);
    return String(value).trim();
  };
  const list = (key: string): string[] | undefined =>
    text(key)
      ?.split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  const count = (key: string, allowNone: boolean): number | null | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    if (allowNone && value === 'none') return null;
    if (!/^[1-9][0-9]{0,5}$/.test(value))
      throw new Error(`context "${key}" must be a positive whole number${allowNone ? ' or "none"' : ''}`);
    return Number(value);
  };
  const urls = (key: string): string[] | undefined => {
    const values = list(key);
    for (const url of values ?? [])
      if (!/^https:\/\/[^\s]+$/.test(url) && !/^http:\/\/localhost(:[0-9]+)?(\/[^\s]*)?$/.test(url))
        throw new Error(`context "${key}": ${url} is neither https:// nor http://localhost (Cognito's rule)`);
    return values;
  };

  const stage = text('stage');
  if (stage === undefined || stage === '')
    throw new Error(
      `context "stage" is required: the deployment's name, part of every stack name (-c stage=prod), e.g. ${DEPLOY_EXAMPLE}`,
    );
  if (!/^[a-z][a-z0-9-]{0,20}$/.test(stage))
    throw new Error(
      `context "stage" must be lower-case letters, digits and hyphens, starting with a letter (-c stage=prod), not "${stage}"`,
    );
  const allowedOrigins = list('allowedOrigins');
  if (allowedOrigins === undefined || allowedOrigins.length === 0)
    throw new Error(
      `context "allowedOrigins" is required: comma-separated browser origins of the front ends (-c allowedOrigins=https://awards.example.gov.cn), e.g. ${DEPLOY_EXAMPLE}`,
    );
  const callbackUrls = urls('callbackUrls');
  if (callbackUrls === undefined || callbackUrls.length === 0)
    throw new Error(
      `context "callbackUrls" is required: comma-separated URLs Cognito may send signed-in users to (-c callbackUrls=https://awards.example.gov.cn/auth/callback), e.g. ${DEPLOY_EXAMPLE}`,
    );
  const alarmEmails = list('alarmEmails') ?? [];
  for (const email of alarmEmails)
    if (!/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(email))
      throw new Error(
        `context "alarmEmails": ${email} is not an e-mail address (-c alarmEmails=a@x.cn,b@x.cn)`,
      );
  const alarmSmsNumbers = list('alarmSmsNumbers') ?? [];
  for (const number of alarmSmsNumbers)
    if (!/^\+[1-9][0-9]{6,14}$/.test(number))
      throw new Error(
        `context "alarmSmsNumbers": ${number} is not an E.164 number (+ and country code, e.g. -c alarmSmsNumbers=+8613800000000)`,
      );
  const authDomainPrefix = text('authDomainPrefix');
  // Cognito's rule for a domain prefix: lower-case letters, digits and hyphens, and none of its reserved words.
  if (
    authDomainPrefix !== undefined &&
    (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(authDomainPrefix) ||
      /aws|amazon|cognito/.test(authDomainPrefix))
  )
    throw new Error(
      'context "authDomainPrefix" must be lower-case letters, digits and hyphens, without "aws", "amazon" or "cognito"',
    );
  const reservedConcurrency: Partial<Record<FunctionName, number | null>> = {};
  for (const [name, key] of Object.entries(CONCURRENCY_CONTEXT) as [FunctionName, string][]) {
    const value = count(key, true);
    if (value !== undefined) reservedConcurrency[name] = value;
  }
  const trustedDocuments = text('trustedDocuments');
  if (
    trustedDocuments !== undefined &&
    !(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(trustedDocuments)
  )
    throw new Error(`context "trustedDocuments" must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}`);
  const rateLimits: Partial<Record<keyof RateLimits, number>> = {};
  for (const [field, key] of Object.entries(RATE_LIMIT_CONTEXT) as [keyof RateLimits, string][]) {
    const value = count(key, false);
    if (value != null) rateLimits[field] = value;
  }
  if ((rateLimits.windowSeconds ?? 0) > 86_400)
    throw new Error('context "rateLimitWindowSeconds" must be at most 86400 (a day)');
  const notificationEmailFrom = text('notificationEmailFrom');
  if (notificationEmailFrom !== undefined && !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(notificationEmailFrom))
    throw new Error(
      `context "notificationEmailFrom": ${notificationEmailFrom} is not an e-mail address (-c notificationEmailFrom=notifications@awards.example.gov.cn)`,
    );
  const auditArchiveRetentionYears = count('auditArchiveRetentionYears', false);
  if (auditArchiveRetentionYears != null && auditArchiveRetentionYears > 100)
    throw new Error('context "auditArchiveRetentionYears" must be at most 100');
  const flag = (key: string): boolean | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    if (value === undefined || typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new Error(`context "${key}" must be true or false (-c ${key}=true)`);
  };
  const operationsDashboard = flag('operationsDashboard');
  const read = count('tableMaxReadRequestUnits', false);
  const write = count('tableMaxWriteRequestUnits', false);
  return {
    stage,
    allowedOrigins,
    callbackUrls,
    ...(urls('logoutUrls') === undefined ? {} : { logoutUrls: urls('logoutUrls') }),
    reservedConcurrency,
    ...(authDomainPrefix === undefined ? {} : { authDomainPrefix }),
    ...(read == null ? {} : { tableMaxReadRequestUnits: read }),
    ...(write == null ? {} : { tableMaxWriteRequestUnits: write }),
    ...(trustedDocuments === undefined ? {} : { trustedDocuments: trustedDocuments as TrustedDocumentsMode }),
    rateLimits,
    alarmEmails,
    alarmSmsNumbers,
    ...(auditArchiveRetentionYears == null ? {} : { auditArchiveRetentionYears }),
    ...(notificationEmailFrom === undefined ? {} : { notificationEmailFrom }),
    ...(operationsDashboard === undefined ? {} : { operationsDashboard }),
  };
}

export interface ServiceApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Builds the whole service; shared by `infra/app.ts` (cdk synth/deploy) and the infra tests. */
export function buildServiceApp(settings: DeploymentSettings, app = new App()): ServiceApp {
  const prefix = `SmartFactoryAwards-${settings.stage}`;
  const callbackUrls = settings.callbackUrls ?? settings.allowedOrigins.map((origin) => `${origin}/`);
  const stateful = new StatefulStack(app, `${prefix}-Stateful`, {
    allowedOrigins: settings.allowedOrigins,
    callbackUrls,
    logoutUrls: settings.logoutUrls ?? callbackUrls,
    authDomainPrefix: settings.authDomainPrefix ?? `qingpu-smart-factory-${settings.stage}`,
    tableMaxReadRequestUnits: settings.tableMaxReadRequestUnits ?? DEFAULT_LIMITS.tableMaxReadRequestUnits,
    tableMaxWriteRequestUnits: settings.tableMaxWriteRequestUnits ?? DEFAULT_LIMITS.tableMaxWriteRequestUnits,
    alarmEmails: settings.alarmEmails ?? [],
    alarmSmsNumbers: settings.alarmSmsNumbers ?? [],
    auditArchiveRetentionYears: settings.auditArchiveRetentionYears ?? DEFAULT_AUDIT_ARCHIVE_RETENTION_YEARS,
  });
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    table: stateful.table,
    userPool: stateful.userPool,
    appClient: stateful.appClient,
    attachments: stateful.attachments,
    imports: stateful.imports,
    auditArchive: stateful.auditArchive,
    allowedOrigins: settings.allowedOrigins,
    reservedConcurrency: { ...DEFAULT_LIMITS.reservedConcurrency, ...settings.reservedConcurrency },
    trustedDocuments: settings.trustedDocuments ?? 'off',
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...settings.rateLimits },
    notificationEmailFrom: settings.notificationEmailFrom,
    operationsDashboard: settings.operationsDashboard ?? false,
  });
  // Issue 18: every alarm of every stack, whoever adds it and whenever, notifies the operators' topic.
  Aspects.of(app).add(new NotifyOnAlarms(stateful.alarmTopic));
  Tags.of(app).add('service', 'smart-factory-awards');
  Tags.of(app).add('stage', settings.stage);
  suppressReviewedFindings(stateful, stateless);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stateful, stateless };
}

/** cdk-nag findings we accept, each with the reason a reviewer needs. */
function suppressReviewedFindings(stateful: StatefulStack, stateless: StatelessStack): void {
  const acknowledge = (id: string, reason: string): void => {
    Validations.of(stateless).acknowledge({ id, reason });
  };
  // S3's EventBridge switch is set through a CDK-provided custom resource whose Lambda logs with the
  // basic execution role.
  Validations.of(stateful).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'The AWS-managed basic execution policy lets the CDK bucket-notifications handler (which turns on EventBridge for the imports bucket) write its own CloudWatch logs and nothing else.',
  });
  acknowledge(
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'The AWS-managed basic execution policy lets the function write its own CloudWatch logs and nothing else.',
  );
  acknowledgeReviewedWildcards(stateful);
  acknowledgeReviewedWildcards(stateless);
  // Wildcards on named resources, each acknowledged on the one policy that grants it. The bucket ARNs
  // arrive through the stateful stack's exports, named after the buckets' logical IDs.
  const graphqlPolicy = constructAt(stateless, 'GraphqlFunction/Function/ServiceRole/DefaultPolicy');
  const importPolicy = constructAt(
    stateless,
    'CertificationImports/Function/Function/ServiceRole/DefaultPolicy',
  );
  const stateMachinePolicy = constructAt(stateless, 'ApprovalWorkflow/StateMachine/Role/DefaultPolicy');
  Validations.of(graphqlPolicy).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/*]`,
      reason:
        'Attachment keys are created at run time, so the function that signs upload and download URLs needs s3:PutObject and s3:GetObject on the objects of the attachments bucket; nothing else (no delete, list or ACL actions) and no other bucket.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::<CertificationImportsFunction890838B2.Arn>:*]',
      reason:
        'The GraphQL function invokes the import function (asynchronously, to run a requested import) in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
    },
  );
  Validations.of(importPolicy).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/import/*]`,
      reason:
        'The import function reads the lists the commission uploaded (keys `import/…` made at run time): s3:GetObject on that prefix only.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttImportsBucketB463A28BArnED5516E7/*]`,
      reason:
        'Operators drop lists under any key: the import function may read (s3:GetObject only) every object of the imports bucket.',
    },
  );
  Validations.of(
    constructAt(stateless, 'AuditArchiver/Archiver/Function/ServiceRole/DefaultPolicy'),
  ).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAuditArchiveBucketDB93AD31Arn4CE0B981/audit/*]`,
    reason:
      'Each audit record is archived under its own key (audit/<CST day>/<id>.json, made at run time): s3:PutObject on that prefix of the write-once archive bucket only, which Object Lock (compliance mode) keeps from ever replacing or deleting a version.',
  });
  Validations.of(stateMachinePolicy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::<WorkflowTaskFunctionE88F4855.Arn>:*]',
    reason:
      'The state machine may invoke the workflow task function in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
  });
  acknowledge(
    'AwsSolutions-SQS3',
    'Both queues are themselves dead-letter queues (failed workflow executions; failed import runs); they need none of their own.',
  );
  acknowledgePublicRoute(stateless);
  acknowledge(
    'AwsSolutions-L1',
    'Node.js 22 is the runtime the design card fixes for every function (Runtime.NODEJS_22_X).',
  );
}

/**
 * The only actions granted on `Resource: *`, each with why: IAM offers them no resource-level permission
 * (or, for task responses, the token names the task). Anything else on `*` fails synthesis.
 */
export const REVIEWED_WILDCARD_ACTIONS: Readonly<Record<string, string>> = {
  'xray:PutTraceSegments': 'X-Ray trace submission has no resource-level permissions',
  'xray:PutTelemetryRecords': 'X-Ray telemetry has no resource-level permissions',
  'xray:GetSamplingRules': 'X-Ray sampling rules (state machine tracing) have no resource-level permissions',
  'xray:GetSamplingTargets':
    'X-Ray sampling targets (state machine tracing) have no resource-level permissions',
  'states:SendTaskSuccess':
    'a callback task is completed by its task token, which names the task; naming the state machine would also make the task function and the machine depend on each other',
  'states:SendTaskFailure': 'as SendTaskSuccess: the task token names the task',
  'logs:CreateLogDelivery':
    'the state machine’s CloudWatch Logs delivery APIs have no resource-level permissions',
  'logs:GetLogDelivery': 'log delivery API without resource-level permissions',
  'logs:UpdateLogDelivery': 'log delivery API without resource-level permissions',
  'logs:DeleteLogDelivery': 'log delivery API without resource-level permissions',
  'logs:ListLogDeliveries': 'log delivery API without resource-level permissions',
  'logs:PutResourcePolicy': 'log delivery needs the log group’s resource policy; the API takes no resource',
  'logs:DescribeResourcePolicies': 'log delivery API without resource-level permissions',
  'logs:DescribeLogGroups': 'log delivery API without resource-level permissions',
  'sns:Publish':
    'a text message published to a phone number (notifications, issue 17) has no resource ARN to name; the function publishes to numbers only, never to a topic',
};

/**
 * cdk-nag's IAM5 finding names the resource (`*`) but not the action, so its acknowledgement is made on
 * each policy that grants `*`, never on a stack, and only when every action it grants on `*` is one of
 * the reviewed ones above: a new wildcard anywhere fails synthesis here, naming the action.
 */
function acknowledgeReviewedWildcards(stack: Stack): void {
  for (const policy of stack.node.findAll().filter((node): node is Policy => node instanceof Policy)) {
    const statements =
      (policy.document.toJSON() as { Statement?: { Action: unknown; Resource: unknown }[] } | undefined)
        ?.Statement ?? [];
    const onStar = statements
      .filter((statement) => [statement.Resource].flat().includes('*'))
      .flatMap((statement) => [statement.Action].flat() as string[]);
    if (onStar.length === 0) continue;
    const unreviewed = onStar.filter((action) => !(action in REVIEWED_WILDCARD_ACTIONS));
    if (unreviewed.length > 0)
      throw new Error(
        `${policy.node.path} grants ${unreviewed.join(', ')} on Resource *: not a reviewed wildcard`,
      );
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `Only actions without resource-level permissions are granted on *: ${onStar
        .map((action) => `${action} (${REVIEWED_WILDCARD_ACTIONS[action] ?? ''})`)
        .join('; ')}.`,
    });
  }
}

/**
 * The public GraphQL route (R6.4) on its REST API (`infra/constructs/public-graphql-api.ts`): what it
 * leaves open on purpose, acknowledged on the construct concerned and nowhere else.
 */
function acknowledgePublicRoute(stateless: StatelessStack): void {
  const publicMethod =
    'Only the public route has no authorizer: R6.4 makes the publicity list and objection filing open to anyone. The function treats every request from this REST API as anonymous and authorization admits only those operations; the stage is throttled and its AWS WAF web ACL limits each source IP and the body size. Signed-in users use the HTTP API, where every route has the Cognito JWT authorizer.';
  Validations.of(constructAt(stateless, 'PublicApi/RestApi/Default/graphql/POST')).acknowledge(
    { id: 'AwsSolutions-APIG4', reason: publicMethod },
    { id: 'AwsSolutions-COG4', reason: publicMethod },
  );
  Validations.of(constructAt(stateless, 'PublicApi/RestApi/Resource')).acknowledge({
    id: 'AwsSolutions-APIG2',
    reason:
      'The body is a GraphQL request: the function validates the document against the schema and bounds it (GraphQL Armor, token and body limits) before any resolver runs, and the web ACL refuses bodies over 16 KB. A JSON Schema model at the gateway cannot check a GraphQL document and would drift from the schema.',
  });
  Validations.of(constructAt(stateless, 'PublicApi/RestApi/CloudWatchRole')).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    reason:
      'The API Gateway account role (needed for REST API access and execution logs) uses the AWS-managed policy made for it: it lets API Gateway write CloudWatch logs and nothing else, and is assumed by apigateway.amazonaws.com only.',
  });
}

/** The construct at `path` under `stack` (e.g. a role's default policy), or an error naming the path. */
function constructAt(stack: Stack, path: string): IConstruct {
  let node: IConstruct = stack;
  for (const id of path.split('/')) {
    const child = node.node.tryFindChild(id);
    if (child === undefined) throw new Error(`no construct ${path} in ${stack.stackName}`);
    node = child;
  }
  return node;
}
