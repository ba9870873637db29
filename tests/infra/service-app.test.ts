import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '#domain/identity/principal';
import { cdkJsonContext, synthesizeService } from '../support/infra.ts';
import { buildServiceApp } from '../../infra/app-builder.ts';
import type { ServiceApp } from '../../infra/app-builder.ts';

let service: ServiceApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ service, stateful, stateless } = synthesizeService({}, { bundles: true }));
}, 180_000);

describe('stateful stack', () => {
  it('has one on-demand, encrypted table with PITR and deletion protection, built from the shared design', () => {
    stateful.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    stateful.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        GlobalSecondaryIndexes: ['gsi1', 'gsi2', 'gsi3'].map((name) =>
          Match.objectLike({
            IndexName: name,
            KeySchema: [
              { AttributeName: `${name}pk`, KeyType: 'HASH' },
              { AttributeName: `${name}sk`, KeyType: 'RANGE' },
            ],
          }),
        ),
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it('has a user pool without self sign-up, with MFA, and one group per role, on the Lite plan (issue 19)', () => {
    stateful.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'LITE',
    });
    // Lite serves the classic hosted UI; managed login would need Essentials.
    stateful.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 1 });
    for (const role of ROLES) {
      stateful.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    }
  });

  it('lets the app client read but never write the scope attributes (town, credit code, provider, R3.1.1 body)', () => {
    const clients = stateful.findResources('AWS::Cognito::UserPoolClient');
    const [client] = Object.values(clients) as {
      Properties: { ReadAttributes: string[]; WriteAttributes: string[] };
    }[];
    expect(client?.Properties.ReadAttributes).toEqual(
      expect.arrayContaining(['custom:town', 'custom:creditCode', 'custom:providerId', 'custom:body']),
    );
    expect(client?.Properties.WriteAttributes.filter((name) => name.startsWith('custom:'))).toEqual([]);
  });
});

describe('stateless stack', () => {
  it('runs the GraphQL function on Node.js 22, arm64, traced where its caller samples (issue 19), in production mode', () => {
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'PassThrough' },
      Environment: { Variables: Match.objectLike({ API_MODE: 'production', TABLE_NAME: Match.anyValue() }) },
    });
  });

  it('samples 5 % of the public route’s requests for X-Ray, with no reservoir (issue 19)', () => {
    stateless.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'public', TracingEnabled: true });
    stateless.hasResourceProperties('AWS::XRay::SamplingRule', {
      SamplingRule: Match.objectLike({
        ServiceName: Match.stringLikeRegexp('-public/public$'),
        ServiceType: 'AWS::ApiGateway::Stage',
        ReservoirSize: 0,
        FixedRate: 0.05,
      }),
    });
  });

  it('keeps the function’s logs for a set period', () => {
    stateless.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 180 });
  });

  it('grants the function item-level access to the table and its named indexes only', () => {
    const policies = Object.values(stateless.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } })
          .Properties.PolicyDocument.Statement,
    );
    const dynamoActions = statements
      .flatMap((statement) => [statement.Action].flat())
      .filter((action) => action.startsWith('dynamodb:'));
    expect(dynamoActions).not.toContain('dynamodb:Scan');
    expect(dynamoActions).not.toContain('dynamodb:DeleteTable');
    expect(dynamoActions).not.toContain('dynamodb:*');
    expect(JSON.stringify(statements)).not.toContain('/index/*');
  });

  it('denies the function updating or deleting audit records', () => {
    const policies = Object.values(stateless.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Record<string, unknown>[] } } }).Properties
          .PolicyDocument.Statement,
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
      }),
    );
  });

  it('guards every route of the HTTP API with the Cognito JWT authorizer: the public route is on the REST API behind WAF (edge-protection.test.ts)', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    const routes = Object.values(stateless.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string; AuthorizationType?: string } }).Properties,
    );
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(['GET /graphql', 'POST /graphql']);
    expect(routes.filter((route) => route.AuthorizationType !== 'JWT')).toEqual([]);
  });

  it('throttles the HTTP API and logs its access', () => {
    const [stage] = Object.values(stateless.findResources('AWS::ApiGatewayV2::Stage')) as {
      Properties: Record<string, unknown>;
    }[];
    expect(stage?.Properties).toMatchObject({
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: { DestinationArn: expect.anything() as unknown },
    });
    expect(stage?.Properties['RouteSettings']).toBeUndefined();
  });
});

describe('cdk-nag', () => {
  it('runs the AwsSolutions checks on synthesis and fails it on an unacknowledged finding', () => {
    const probe = buildServiceApp(
      { stage: 'probe', allowedOrigins: ['https://a.example'] },
      new App({ context: cdkJsonContext() }),
    );
    // A bucket without TLS enforcement or access logs: AwsSolutions-S1 and S10.
    new Bucket(new Stack(probe.app, 'Careless'), 'Bucket');
    expect(() => probe.app.synth()).toThrow(/AwsSolutions-S1|AwsSolutions-S10/);
  }, 120_000);
});

describe('attachments bucket', () => {
  type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
  /** The statements of every policy of a type, or only of the policies attached to roles matching `role`. */
  const statementsOf = (template: Template, type: string, role?: RegExp): Statement[] =>
    Object.values(template.findResources(type))
      .filter(
        (resource) =>
          role === undefined ||
          role.test(JSON.stringify((resource as { Properties: { Roles?: unknown } }).Properties.Roles)),
      )
      .flatMap(
        (resource) =>
          (resource as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
            .PolicyDocument.Statement,
      );
  const attachmentsBucketId = (): string => {
    const [id] = Object.keys(
      stateful.findResources('AWS::S3::Bucket', {
        Properties: { VersioningConfiguration: Match.anyValue(), CorsConfiguration: Match.anyValue() },
      }),
    );
    if (id === undefined) throw new Error('no versioned bucket in the stateful stack');
    return id;
  };

  it('is private, encrypted, versioned, logged, retained, with lifecycle rules and CORS for the front ends', () => {
    stateful.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
              Status: 'Enabled',
            }),
            Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' }),
          ]),
        },
        CorsConfiguration: {
          CorsRules: [
            Match.objectLike({
              AllowedMethods: ['PUT', 'GET'],
              AllowedOrigins: ['https://awards.example.gov.cn'],
              AllowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
            }),
          ],
        },
      }),
    });
  });

  it('moves the files it keeps to Intelligent-Tiering at once, one rule a prefix, never the exports (issue 19)', () => {
    const bucket = stateful.findResources('AWS::S3::Bucket')[attachmentsBucketId()] as {
      Properties: { LifecycleConfiguration: { Rules: Record<string, unknown>[] } };
    };
    const rules = bucket.Properties.LifecycleConfiguration.Rules;
    const tiering = rules.filter((rule) => rule['Transitions'] !== undefined);
    // The keys the use cases write: attachments under their owner type, import reports under imports/.
    expect(tiering.map((rule) => rule['Prefix']).sort()).toEqual([
      'application/',
      'import/',
      'imports/',
      'report/',
    ]);
    for (const rule of tiering)
      expect(rule).toEqual({
        Id: expect.stringMatching(/^intelligent-tiering-/) as unknown,
        Prefix: rule['Prefix'],
        Status: 'Enabled',
        Transitions: [{ StorageClass: 'INTELLIGENT_TIERING', TransitionInDays: 0 }],
      });
    // Exports expire after a day and are not moved; no rule without a prefix moves them either.
    expect(rules.filter((rule) => rule['Prefix'] === 'exports/')).toEqual([
      expect.objectContaining({ ExpirationInDays: 1 }),
      expect.objectContaining({ ExpiredObjectDeleteMarker: true }),
    ]);
    expect(rules.filter((rule) => rule['Prefix'] === 'exports/' && rule['Transitions'])).toEqual([]);
    // No optional archive tier (those need a restore before a read): the bucket configures none.
    expect(bucket.Properties).not.toHaveProperty('IntelligentTieringConfigurations');
  });

  it('keeps its access logs in a second private, encrypted bucket without ACLs (as the imports and audit archive buckets are)', () => {
    stateful.resourceCountIs('AWS::S3::Bucket', 4);
    for (const bucket of Object.values(stateful.findResources('AWS::S3::Bucket'))) {
      expect(bucket).toMatchObject({
        DeletionPolicy: 'Retain',
        Properties: {
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
          BucketEncryption: expect.anything() as unknown,
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        },
      });
    }
  });

  it('refuses requests without TLS on every bucket (attachments, their logs, imports, audit archive)', () => {
    const denials = statementsOf(stateful, 'AWS::S3::BucketPolicy').filter(
      (statement) => statement.Effect === 'Deny',
    );
    expect(denials).toHaveLength(4);
    for (const denial of denials) {
      expect(denial).toMatchObject({
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      });
    }
    stateful.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: attachmentsBucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets the GraphQL function put and get objects in it, and nothing else', () => {
    const statements = statementsOf(stateless, 'AWS::IAM::Policy', /GraphqlFunction/);
    const s3Statements = statements.filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('s3:')),
    );
    expect(s3Statements).toHaveLength(1);
    const [grant] = s3Statements;
    expect(grant?.Effect).toBe('Allow');
    expect([grant?.Action].flat().sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    // Objects of the attachments bucket only (its ARN comes from the stateful stack), not the bucket itself.
    expect(JSON.stringify(grant?.Resource)).toMatch(/AttachmentsBucket.*\/\*/);
    const allActions = statements.flatMap((statement) => [statement.Action].flat());
    for (const forbidden of [
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:ListBucket',
      's3:PutObjectAcl',
      's3:*',
      '*',
    ]) {
      expect(allActions).not.toContain(forbidden);
    }
  });

  it('tells the function the bucket name', () => {
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ ATTACHMENTS_BUCKET: Match.anyValue() }) },
    });
  });
});

describe('alarms', () => {
  it('raises an alarm on an overdue human stage and on a failed workflow execution', () => {
    stateless.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.event = "stageOverdue" }',
      MetricTransformations: [
        Match.objectLike({ MetricName: 'StagesOverdue', MetricNamespace: 'SmartFactoryAwards' }),
      ],
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'StagesOverdue', Threshold: 1 });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Threshold: 1,
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ExecutionsFailed',
      Namespace: 'AWS/States',
      Threshold: 1,
    });
  });

  it('R9.1: checks every day at 00:10 CST whether a published policy version covers today, and alarms when none does', () => {
    stateless.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(10 16 * * ? *)',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SeedReferenceData'), 'Arn'] } }),
      ],
    });
    stateless.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.event = "noPolicyVersionInForce" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'NoPolicyVersionInForce' })],
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'NoPolicyVersionInForce',
      Threshold: 1,
      Period: 86_400,
    });
  });
});

describe('certification imports (R6.7b)', () => {
  const importFunction = () => {
    const [id] = Object.keys(
      stateless.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: Match.objectLike({ IMPORTS_BUCKET: Match.anyValue() }) } },
      }),
    );
    if (id === undefined) throw new Error('no import function');
    return id;
  };

  it('keeps dropped lists in a private, encrypted, versioned, logged, retained bucket that announces new objects on EventBridge', () => {
    stateful.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: Match.stringLikeRegexp('^ImportsBucket') },
      NotificationConfiguration: { EventBridgeConfiguration: {} },
    });
    stateful.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: Match.anyValue(),
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'imports/' }),
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it('runs the import function for every object created in that bucket, with retries and a dead-letter queue', () => {
    stateless.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [Match.anyValue()] } },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [importFunction(), 'Arn'] },
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 4 }),
        }),
      ],
    });
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ IMPORTS_BUCKET: Match.anyValue() }) },
      DeadLetterConfig: { TargetArn: Match.anyValue() },
      Timeout: 900,
    });
    stateless.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2 });
    stateless.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it('raises alarms on the dead-letter queue and on failed runs', () => {
    // A failed run: Lambda's Errors of every function of the account and Region, this one's included
    // (issue 19: one alarm metric for all functions, not one for each).
    expect(importFunction()).toBeDefined();
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: Match.absent(),
      Threshold: 1,
    });
    // Every queue of the stack is a dead-letter queue, and each has its alarm (the workflow's, the
    // imports', and those of the event consumers).
    const queueAlarms = JSON.stringify(
      stateless.findResources('AWS::CloudWatch::Alarm', {
        Properties: { MetricName: 'ApproximateNumberOfMessagesVisible' },
      }),
    );
    const queues = Object.keys(stateless.findResources('AWS::SQS::Queue'));
    expect(queues.length).toBeGreaterThanOrEqual(2);
    for (const queue of queues) expect(queueAlarms).toContain(`"${queue}"`);
  });

  it('lets the GraphQL function invoke the import function, and the import function only read the lists', () => {
    stateless.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('GraphqlFunction') }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction', Effect: 'Allow' })]),
      },
    });
    const importPolicies = Object.values(
      stateless.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: Match.stringLikeRegexp('CertificationImports') }] },
      }),
    );
    const actions = importPolicies.flatMap((policy) =>
      (
        policy as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } }
      ).Properties.PolicyDocument.Statement.flatMap((statement) => [statement.Action].flat()),
    );
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual(['s3:GetObject', 's3:GetObject']);
    expect(actions).toContain('states:StartExecution');
  });
});

describe('observability (issue 8)', () => {
  it('alarms on every function’s errors and throttles and on DynamoDB throttling, from as few metrics as cover them (issue 19)', () => {
    type AlarmProperties = {
      AlarmDescription: string;
      Namespace?: string;
      MetricName?: string;
      Dimensions?: unknown[];
      Metrics?: {
        Id: string;
        Expression?: string;
        MetricStat?: {
          Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: unknown }[] };
        };
      }[];
    };
    const alarms = Object.values(stateless.findResources('AWS::CloudWatch::Alarm')).map(
      (alarm) => (alarm as { Properties: AlarmProperties }).Properties,
    );
    const read = (alarm: AlarmProperties) =>
      (alarm.Metrics ?? [])
        .filter((entry) => entry.MetricStat !== undefined)
        .map(({ MetricStat }) => ({
          name: MetricStat?.Metric.MetricName,
          dimensions: (MetricStat?.Metric.Dimensions ?? []).map((dimension) =>
            typeof dimension.Value === 'string' ? `${dimension.Name}=${dimension.Value}` : dimension.Name,
          ),
        }));
    // Lambda: Errors of every function of the account and Region (no dimension), one metric for them all.
    const errors = alarms.filter(
      (alarm) => alarm.Namespace === 'AWS/Lambda' && alarm.MetricName === 'Errors',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.Dimensions).toBeUndefined();
    expect(errors[0]?.AlarmDescription).toMatch(/account and Region.*every function of this service/);
    // Throttles of every function but the two that queue bursts by design.
    const throttles = alarms.filter((alarm) =>
      read(alarm).some((metric) => metric.name === 'Throttles' && metric.dimensions.length === 0),
    );
    expect(throttles).toHaveLength(1);
    expect(read(throttles[0] as AlarmProperties)).toEqual([
      { name: 'Throttles', dimensions: [] },
      { name: 'Throttles', dimensions: ['FunctionName'] },
      { name: 'Throttles', dimensions: ['FunctionName'] },
    ]);
    expect(throttles[0]?.Metrics?.find((entry) => entry.Expression)?.Expression).toBe(
      'FILL(all, 0) - FILL(designed0, 0) - FILL(designed1, 0)',
    );
    expect(JSON.stringify(throttles[0]?.Metrics)).toMatch(
      /NotificationsFunction.*ProgrammeStatisticsFunction/,
    );
    // DynamoDB: the base table's read and write throttle events (every operation), Query throttles (indexes
    // included) and each index's write throttle events, which no table-level metric counts.
    const table = alarms.filter((alarm) => alarm.AlarmDescription.startsWith('DynamoDB throttled'));
    expect(table).toHaveLength(1);
    expect(read(table[0] as AlarmProperties)).toEqual([
      { name: 'ReadThrottleEvents', dimensions: ['TableName'] },
      { name: 'WriteThrottleEvents', dimensions: ['TableName'] },
      { name: 'ThrottledRequests', dimensions: ['Operation=Query', 'TableName'] },
      ...['gsi1', 'gsi2', 'gsi3'].map((index) => ({
        name: 'WriteThrottleEvents',
        dimensions: [`GlobalSecondaryIndexName=${index}`, 'TableName'],
      })),
    ]);
    // Every term counts 0 where its metric has no data point: a sum with a missing term is no sum at all.
    expect(table[0]?.Metrics?.find((entry) => entry.Expression)?.Expression).toBe(
      'FILL(tableReads, 0) + FILL(tableWrites, 0) + FILL(queries, 0) + FILL(indexWrites0, 0) + FILL(indexWrites1, 0) + FILL(indexWrites2, 0)',
    );
    // What CloudWatch bills: one alarm metric for each metric an alarm reads.
    const alarmMetrics = alarms.reduce(
      (total, alarm) => total + (alarm.Metrics === undefined ? 1 : read(alarm).length),
      0,
    );
    expect(alarmMetrics).toBe(20);
  });

  it('has no dashboard unless context asks for one (operationsDashboard, issue 19), and then no custom metrics either', () => {
    stateless.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
    expect(stateless.findOutputs('DashboardUrl')).toEqual({});
    // The alarms read no metric of the service's own namespace but the metric filters'.
    const filtered = Object.values(stateless.findResources('AWS::Logs::MetricFilter')).flatMap((filter) =>
      (
        filter as { Properties: { MetricTransformations: { MetricName: string }[] } }
      ).Properties.MetricTransformations.map((transformation) => transformation.MetricName),
    );
    const ownNamespace = Object.values(stateless.findResources('AWS::CloudWatch::Alarm'))
      .map((alarm) => alarm as { Properties: { Namespace?: string; MetricName?: string } })
      .filter((alarm) => alarm.Properties.Namespace === 'SmartFactoryAwards')
      .map((alarm) => alarm.Properties.MetricName);
    expect(ownNamespace.sort()).toEqual([...filtered].sort());
  });

  it('gives every function its own bundle, built from its own entry', () => {
    const functions = Object.entries(stateless.findResources('AWS::Lambda::Function')).filter(([, fn]) =>
      JSON.stringify(fn).includes('index.handler'),
    );
    const keys = functions.map(([, fn]) => JSON.stringify((fn['Properties'] as { Code: unknown }).Code));
    expect(new Set(keys).size).toBe(functions.length);
    // Each staged bundle holds its own handler's code (logged event names are kept by minification).
    const staged = (logicalIdStart: string): string => {
      const entry = functions.find(([id]) => id.startsWith(logicalIdStart));
      const code = (entry?.[1]['Properties'] as { Code: { S3Key: string } } | undefined)?.Code;
      const assetHash = code?.S3Key.replace(/\.zip$/, '') ?? '';
      return readFileSync(join(service.app.outdir, `asset.${assetHash}`, 'index.mjs'), 'utf8');
    };
    expect(staged('GraphqlFunction')).toContain('request body too large');
    expect(staged('CertificationImports')).toContain('certificationImportFailed');
    expect(staged('CertificationImports')).not.toContain('request body too large');
  });

  it('tells every function its Powertools service name and metrics namespace, and to publish no metrics without the dashboard', () => {
    const functions = Object.values(stateless.findResources('AWS::Lambda::Function')).filter((fn) =>
      JSON.stringify(fn).includes('index.handler'),
    );
    expect(functions.length).toBeGreaterThanOrEqual(3);
    for (const fn of functions) {
      expect(fn).toMatchObject({
        Properties: {
          Environment: {
            Variables: {
              POWERTOOLS_SERVICE_NAME: 'smart-factory-awards',
              POWERTOOLS_METRICS_NAMESPACE: 'SmartFactoryAwards',
              // Without the dashboard nothing reads their embedded metrics (issue 19).
              POWERTOOLS_METRICS_DISABLED: 'true',
            },
          },
        },
      });
    }
  });
});

describe('reference data on deployment', () => {
  it('runs the seeding Lambda after each deployment that changes it (a CDK trigger)', () => {
    const [seedFunction] = Object.keys(
      stateless.findResources('AWS::Lambda::Function', {
        Properties: {
          Handler: 'index.handler',
          Environment: { Variables: Match.objectLike({ TABLE_NAME: Match.anyValue() }) },
        },
      }),
    ).filter((id) => id.startsWith('SeedReferenceData'));
    expect(seedFunction).toBeDefined();
    // The trigger invokes the function's current version, synchronously, whenever the function changes.
    stateless.hasResourceProperties('Custom::Trigger', {
      HandlerArn: { Ref: Match.stringLikeRegexp('^SeedReferenceDataFunctionCurrentVersion') },
      InvocationType: 'RequestResponse',
      ExecuteOnHandlerChange: true,
    });
  });
});
