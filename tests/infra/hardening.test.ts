import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildServiceApp,
  DEFAULT_LIMITS,
  REVIEWED_WILDCARD_ACTIONS,
  settingsFromContext,
} from '../../infra/app-builder.ts';
import type { ServiceApp } from '../../infra/app-builder.ts';
import { cdkJsonContext, synthesizeService } from '../support/infra.ts';
import { NOTIFICATIONS_CONCURRENCY } from '../../infra/constructs/notifications.ts';
import { PAYMENT_EXPORTS_PREFIX } from '../../infra/constructs/attachments-bucket.ts';
import { DEFAULT_RATE_LIMITS } from '#domain/rate-limits/rate-budget';
import { BANK_FILE_PROFILES } from '#domain/payments/bank-file-profiles';
import { exportKey } from '#use-cases/payments/export';
import { EXPOSED_HEADERS } from '#graphql/rate-limit-headers';

/** Issue 16 item 5: each function's table grant, the export expiry, scoped cdk-nag suppressions, Cognito, limits. */

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** The context `npm run synth` passes (`-c key=value` in package.json's script): a local, offline build. */
const synthScriptContext = (): Record<string, string> => {
  const script = (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts['synth'];
  return Object.fromEntries(
    [...(script ?? '').matchAll(/-c (\w+)=(\S+)/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
};

let service: ServiceApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ service, stateful, stateless } = synthesizeService());
}, 180_000);

/** The statements of the default policy of the role of the function whose logical ID starts with `prefix`. */
function statementsOfFunction(prefix: string): Statement[] {
  const policies = Object.entries(stateless.findResources('AWS::IAM::Policy')).filter(([id]) =>
    id.startsWith(`${prefix}ServiceRoleDefaultPolicy`),
  );
  expect(policies).toHaveLength(1);
  return policies.flatMap(
    ([, policy]) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
        .Statement,
  );
}

const tableStatements = (prefix: string): Statement[] =>
  statementsOfFunction(prefix).filter((statement) =>
    [statement.Action].flat().some((action) => action.startsWith('dynamodb:')),
  );

/** What a function may do on the table: action → the LeadingKeys patterns it is limited to, or 'any'. */
function allowedOnTable(prefix: string): Record<string, string[] | 'any'> {
  const allowed: Record<string, string[] | 'any'> = {};
  for (const statement of tableStatements(prefix)) {
    if (statement.Effect !== 'Allow' || JSON.stringify(statement.Resource).includes('/index/')) continue;
    const keys = (
      statement.Condition as { 'ForAllValues:StringLike'?: { 'dynamodb:LeadingKeys': string[] } } | undefined
    )?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
    for (const action of [statement.Action].flat()) {
      if (action in allowed) throw new Error(`${action} granted twice to ${prefix}`);
      allowed[action] = keys ?? 'any';
    }
  }
  return allowed;
}

const indexesQueried = (prefix: string): string[] =>
  tableStatements(prefix)
    .filter(
      (statement) => statement.Effect === 'Allow' && JSON.stringify(statement.Resource).includes('/index/'),
    )
    .flatMap((statement) => {
      if (statement.Action !== 'dynamodb:Query') throw new Error(`${prefix}: only Query on the indexes`);
      return [...JSON.stringify(statement.Resource).matchAll(/\/index\/(\w+)/g)].map(
        (match) => match[1] ?? '',
      );
    });

const FUNCTIONS = [
  'GraphqlFunction',
  'WorkflowTaskFunction',
  'CertificationImportsFunction',
  'SeedReferenceDataFunction',
  'ProgrammeStatisticsFunction',
  'NotificationsFunction',
];

describe('least privilege on the table, per function', () => {
  it('gives the GraphQL function reads and puts everywhere, updates only to counters (sequences, callers’ rate windows) and idempotency records, deletes only of claims and idempotency records', () => {
    expect(allowedOnTable('GraphqlFunction')).toEqual({
      'dynamodb:GetItem': 'any',
      'dynamodb:BatchGetItem': 'any',
      'dynamodb:Query': 'any',
      'dynamodb:PutItem': 'any',
      'dynamodb:UpdateItem': ['SEQUENCE#*', 'IDEMPOTENCY', 'RATE#*', 'COUNTER#*'],
      'dynamodb:DeleteItem': ['CLAIM#*', 'IDEMPOTENCY'],
    });
    expect(indexesQueried('GraphqlFunction')).toEqual(['gsi1', 'gsi2', 'gsi3']);
  });

  it('gives the workflow task function only the project, its application, its objection tally (R6.4.3), calendar and policy reads, project and audit puts and claim releases', () => {
    expect(allowedOnTable('WorkflowTaskFunction')).toEqual({
      'dynamodb:GetItem': ['PROJECT#*', 'APP#*', 'COUNTER#*', 'CALENDAR#*', 'POLICYV#*'],
      'dynamodb:PutItem': ['PROJECT#*', 'AUDIT#*'],
      'dynamodb:DeleteItem': ['CLAIM#*'],
    });
    expect(indexesQueried('WorkflowTaskFunction')).toEqual(['gsi1']);
  });

  it('gives the import function reads and puts, batch writes only of its report pages, and no update or delete', () => {
    expect(allowedOnTable('CertificationImportsFunction')).toEqual({
      'dynamodb:GetItem': 'any',
      'dynamodb:BatchGetItem': 'any',
      'dynamodb:Query': 'any',
      'dynamodb:PutItem': 'any',
      'dynamodb:BatchWriteItem': ['IMPORT_REPORT#*'],
    });
    expect(indexesQueried('CertificationImportsFunction')).toEqual(['gsi1', 'gsi2', 'gsi3']);
  });

  it('gives the reference-data function only towns, policy versions, their audit records and the legacy policy partition', () => {
    expect(allowedOnTable('SeedReferenceDataFunction')).toEqual({
      'dynamodb:GetItem': ['POLICYV#*'],
      'dynamodb:Query': ['POLICY'],
      'dynamodb:PutItem': ['TOWN', 'POLICYV#*', 'AUDIT#*'],
      'dynamodb:DeleteItem': ['POLICY'],
    });
    expect(indexesQueried('SeedReferenceDataFunction')).toEqual(['gsi1']);
  });

  it('gives the statistics function its counters and markers (issue 17) and reads of the project, certification and policy version an event needs, nothing else', () => {
    expect(allowedOnTable('ProgrammeStatisticsFunction')).toEqual({
      'dynamodb:GetItem': ['PROJECT#*', 'CERT#*', 'POLICYV#*'],
      'dynamodb:PutItem': ['STATSAPPLIED#*'],
      'dynamodb:UpdateItem': ['STATS#*'],
    });
    expect(indexesQueried('ProgrammeStatisticsFunction')).toEqual([]);
  });

  it('gives the notifications function reads of preferences, deliveries and the registry’s contacts and puts of deliveries (issue 17), by key only', () => {
    expect(allowedOnTable('NotificationsFunction')).toEqual({
      'dynamodb:GetItem': ['NOTIFYPREF#*', 'NOTIFY#*', 'ENT#*', 'PROVIDER#*'],
      'dynamodb:PutItem': ['NOTIFY#*'],
    });
    expect(indexesQueried('NotificationsFunction')).toEqual([]);
  });

  it('never grants Scan, ConditionCheckItem, table management or a wildcard, and scopes conditions with ForAllValues', () => {
    for (const prefix of FUNCTIONS) {
      const actions = tableStatements(prefix)
        .filter((statement) => statement.Effect === 'Allow')
        .flatMap((statement) => [statement.Action].flat());
      for (const refused of [
        'dynamodb:Scan',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DeleteTable',
        'dynamodb:*',
      ])
        expect(actions).not.toContain(refused);
      expect(JSON.stringify(tableStatements(prefix))).not.toContain('/index/*');
      // ForAnyValue on an allow would admit a BatchWrite that also touches other partitions.
      expect(
        JSON.stringify(tableStatements(prefix).filter((statement) => statement.Effect === 'Allow')),
      ).not.toContain('ForAnyValue');
    }
  });

  it('keeps every function from updating or deleting audit records (the deny IAM can express)', () => {
    for (const prefix of FUNCTIONS) {
      expect(tableStatements(prefix)).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
          Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
        }),
      );
      // PutItem cannot be denied on AUDIT#* without stopping audit writes: the code's condition guards it.
      const denied = tableStatements(prefix)
        .filter((statement) => statement.Effect === 'Deny')
        .flatMap((statement) => [statement.Action].flat());
      expect(denied).not.toContain('dynamodb:PutItem');
    }
  });
});

describe('payment exports (bank accounts) expire', () => {
  it('are written under the prefix the lifecycle rule names (every kind: people, bank, results template)', () => {
    const batch = { id: 'BATCH-2026-1', version: 3 };
    for (const kind of ['CSV', 'XLSX', 'RESULTS_TEMPLATE', ...BANK_FILE_PROFILES] as const)
      expect(exportKey(batch, kind).startsWith(PAYMENT_EXPORTS_PREFIX)).toBe(true);
  });

  it('expire a day after they are written, old versions and leftover delete markers included, in the attachments bucket the function writes them to', () => {
    const buckets = stateful.findResources('AWS::S3::Bucket', {
      Properties: {
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Id: 'expire-payment-exports',
              Prefix: PAYMENT_EXPORTS_PREFIX,
              ExpirationInDays: 1,
              NoncurrentVersionExpiration: { NoncurrentDays: 1 },
              Status: 'Enabled',
            }),
            Match.objectLike({
              Prefix: PAYMENT_EXPORTS_PREFIX,
              ExpiredObjectDeleteMarker: true,
              Status: 'Enabled',
            }),
          ]),
        },
      },
    });
    const ids = Object.keys(buckets);
    expect(ids).toHaveLength(1);
    // The same bucket the GraphQL function (which writes the exports) is told about.
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          API_MODE: 'production',
          ATTACHMENTS_BUCKET: { 'Fn::ImportValue': Match.stringLikeRegexp(`Ref${ids[0] ?? 'none'}`) },
        }),
      },
    });
  });
});

describe('cdk-nag suppressions of IAM5 wildcards', () => {
  /** Every acknowledgement of a rule whose id matches, by the path of the construct it was made on. */
  const acknowledgements = (rule: RegExp): { path: string; reason: string }[] =>
    service.app.node.findAll().flatMap((node) =>
      node.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
        .filter(([id]) => rule.test(id))
        .map(([, reason]) => ({ path: node.node.path, reason })),
    );

  it('has no IAM5 acknowledgement on the app or a stack: only on the policies that grant *, each with its reason', () => {
    const scoped = acknowledgements(/AwsSolutions-IAM5\[Resource::\*\]/);
    expect(scoped.map((ack) => ack.path.replace(/^SmartFactoryAwards-test-/, '')).sort()).toEqual([
      'Stateless/ApprovalWorkflow/StateMachine/Role/DefaultPolicy',
      'Stateless/AuditArchiver/Archiver/Function/ServiceRole/DefaultPolicy',
      'Stateless/CertificationImports/Function/Function/ServiceRole/DefaultPolicy',
      'Stateless/DomainEvents/Enrichment/Function/ServiceRole/DefaultPolicy',
      'Stateless/GraphqlFunction/Function/ServiceRole/DefaultPolicy',
      'Stateless/Notifications/Function/Function/ServiceRole/DefaultPolicy',
      'Stateless/ProgrammeStatistics/Function/Function/ServiceRole/DefaultPolicy',
      'Stateless/SeedReferenceData/Function/ServiceRole/DefaultPolicy',
      'Stateless/WorkflowTaskFunction/Function/ServiceRole/DefaultPolicy',
    ]);
    for (const ack of scoped) expect(ack.reason).toMatch(/xray:PutTraceSegments \(X-Ray/);
    expect(scoped.find((ack) => ack.path.includes('GraphqlFunction'))?.reason).toContain(
      'states:SendTaskSuccess',
    );
    expect(scoped.find((ack) => ack.path.includes('Notifications'))?.reason).toContain(
      'sns:Publish (a text message',
    );
    const stackWide = acknowledgements(/IAM5/).filter(
      (ack) => ack.path === '' || service.app.node.children.some((stack) => stack.node.path === ack.path),
    );
    expect(stackWide).toEqual([]);
  });

  it('grants on Resource * only the reviewed actions that have no resource-level permissions', () => {
    for (const template of [stateful, stateless]) {
      for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
        const statements = (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } })
          .Properties.PolicyDocument.Statement;
        for (const statement of statements.filter((candidate) => candidate.Resource === '*'))
          for (const action of [statement.Action].flat())
            expect(Object.keys(REVIEWED_WILDCARD_ACTIONS)).toContain(action);
      }
    }
  });

  it('still fails synthesis on a new wildcard grant anywhere (cdk-nag is not silenced stack-wide)', () => {
    const probe = buildServiceApp(
      { stage: 'probe', allowedOrigins: ['https://a.example'] },
      new App({ context: cdkJsonContext() }),
    );
    const careless = new Role(probe.stateless, 'Careless', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    careless.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    expect(() => probe.app.synth()).toThrow(/AwsSolutions-IAM5/);
  }, 120_000);
});

/** An app built as `npm run synth -- -c …` builds it: cdk.json's context, the script's, plus `overrides`. */
function appFromContext(overrides: Record<string, string>): ServiceApp {
  const app = new App({ context: { ...cdkJsonContext(), ...synthScriptContext(), ...overrides } });
  return buildServiceApp(settingsFromContext(app), app);
}

const settingsWith = (overrides: Record<string, string>) =>
  settingsFromContext(new App({ context: { ...cdkJsonContext(), ...synthScriptContext(), ...overrides } }));

/** Reserved concurrency of each function whose logical ID starts with one of the names. */
const reservedConcurrency = (template: Template): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([id]) => FUNCTIONS.some((prefix) => id.startsWith(prefix.replace(/Function$/, ''))))
      .map(([id, resource]) => [
        FUNCTIONS.find((prefix) => id.startsWith(prefix.replace(/Function$/, ''))) ?? id,
        (resource as { Properties: { ReservedConcurrentExecutions?: number } }).Properties
          .ReservedConcurrentExecutions,
      ]),
  );

const tableLimits = (template: Template) => {
  const [table] = Object.values(template.findResources('AWS::DynamoDB::GlobalTable')) as {
    Properties: {
      WriteOnDemandThroughputSettings?: { MaxWriteRequestUnits: number };
      GlobalSecondaryIndexes: { WriteOnDemandThroughputSettings?: { MaxWriteRequestUnits: number } }[];
      Replicas: {
        ReadOnDemandThroughputSettings?: { MaxReadRequestUnits: number };
        GlobalSecondaryIndexes?: { ReadOnDemandThroughputSettings?: { MaxReadRequestUnits: number } }[];
      }[];
    };
  }[];
  const properties = table?.Properties;
  return {
    tableWrite: properties?.WriteOnDemandThroughputSettings?.MaxWriteRequestUnits,
    indexWrites: properties?.GlobalSecondaryIndexes.map(
      (index) => index.WriteOnDemandThroughputSettings?.MaxWriteRequestUnits,
    ),
    tableRead: properties?.Replicas[0]?.ReadOnDemandThroughputSettings?.MaxReadRequestUnits,
    indexReads: properties?.Replicas[0]?.GlobalSecondaryIndexes?.map(
      (index) => index.ReadOnDemandThroughputSettings?.MaxReadRequestUnits,
    ),
  };
};

describe('Cognito app client', () => {
  const client = (template: Template) => {
    const [only] = Object.values(template.findResources('AWS::Cognito::UserPoolClient')) as {
      Properties: Record<string, unknown>;
    }[];
    return only?.Properties ?? {};
  };

  it('uses the authorization-code flow only (no implicit, no client credentials), with OpenID scopes', () => {
    expect(client(stateful)).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      GenerateSecret: false,
    });
    expect(JSON.stringify(client(stateful))).not.toMatch(/example\.com|implicit|client_credentials/);
  });

  it('sends users back only to the callback and logout URLs given in context (-c callbackUrls=… -c logoutUrls=…)', () => {
    const deployed = appFromContext({
      callbackUrls:
        'https://awards.jiangyin.gov.cn/auth/callback, https://admin.jiangyin.gov.cn/auth/callback',
      logoutUrls: 'https://awards.jiangyin.gov.cn/',
      graphqlConcurrency: '80',
      workflowTaskConcurrency: 'none',
      importConcurrency: '1',
      seedConcurrency: '1',
      tableMaxReadRequestUnits: '1200',
      tableMaxWriteRequestUnits: '300',
      authDomainPrefix: 'jiangyin-awards',
    });
    const deployedStateful = Template.fromStack(deployed.stateful);
    // The code flow's sign-in pages: a Cognito domain with the prefix given, its URL an output.
    deployedStateful.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'jiangyin-awards' });
    expect(JSON.stringify(deployedStateful.findOutputs('SignInBaseUrl'))).toMatch(
      /HostedDomain.*amazoncognito\.com/,
    );
    expect(client(deployedStateful)).toMatchObject({
      CallbackURLs: [
        'https://awards.jiangyin.gov.cn/auth/callback',
        'https://admin.jiangyin.gov.cn/auth/callback',
      ],
      LogoutURLs: ['https://awards.jiangyin.gov.cn/'],
    });
    // The same build: limits from context (checked here to build one app fewer).
    expect(tableLimits(deployedStateful)).toEqual({
      tableWrite: 300,
      indexWrites: [300, 300, 300],
      tableRead: 1200,
      indexReads: [1200, 1200, 1200],
    });
    expect(reservedConcurrency(Template.fromStack(deployed.stateless))).toEqual({
      GraphqlFunction: 80,
      WorkflowTaskFunction: undefined,
      CertificationImportsFunction: 1,
      SeedReferenceDataFunction: 1,
      ProgrammeStatisticsFunction: 2,
      NotificationsFunction: NOTIFICATIONS_CONCURRENCY,
    });
  }, 120_000);

  it('takes the callback URLs npm run synth gives for local development, and refuses a missing or non-https one', () => {
    expect(settingsWith({}).callbackUrls).toEqual(['http://localhost:5173/']);
    const { callbackUrls: _, ...context } = { ...cdkJsonContext(), ...synthScriptContext() };
    expect(() => settingsFromContext(new App({ context }))).toThrow(
      /context "callbackUrls" is required.*-c callbackUrls=https:\/\/.*npm run deploy -- -c stage=/,
    );
    expect(() => settingsWith({ callbackUrls: 'http://awards.jiangyin.gov.cn/' })).toThrow(/callbackUrls/);
    expect(() => settingsWith({ logoutUrls: 'javascript:alert(1)' })).toThrow(/logoutUrls/);
  });

  it('serves sign-in pages on a Cognito domain named from the stage unless context names one, refusing a prefix Cognito would', () => {
    stateful.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'qingpu-smart-factory-test',
    });
    expect(() => settingsWith({ authDomainPrefix: 'Qingpu_Awards' })).toThrow(/authDomainPrefix/);
    expect(() => settingsWith({ authDomainPrefix: 'qingpu-cognito' })).toThrow(/authDomainPrefix/);
  });
});

describe('reserved concurrency and table throughput (issue 16)', () => {
  it('reserves concurrency for every function by default, which is also its ceiling', () => {
    expect(reservedConcurrency(stateless)).toEqual({
      GraphqlFunction: DEFAULT_LIMITS.reservedConcurrency.graphql,
      WorkflowTaskFunction: DEFAULT_LIMITS.reservedConcurrency.workflowTask,
      CertificationImportsFunction: DEFAULT_LIMITS.reservedConcurrency.import,
      SeedReferenceDataFunction: DEFAULT_LIMITS.reservedConcurrency.seedReferenceData,
      ProgrammeStatisticsFunction: 2, // ProgrammeStatisticsProps.reservedConcurrentExecutions
      NotificationsFunction: NOTIFICATIONS_CONCURRENCY,
    });
  });

  it('bounds the table’s and every index’s on-demand reads and writes by default', () => {
    const { tableMaxReadRequestUnits: read, tableMaxWriteRequestUnits: write } = DEFAULT_LIMITS;
    expect(tableLimits(stateful)).toEqual({
      tableWrite: write,
      indexWrites: [write, write, write],
      tableRead: read,
      indexReads: [read, read, read],
    });
  });

  it('refuses a malformed limit in context, naming the key', () => {
    expect(() => settingsWith({ graphqlConcurrency: '0' })).toThrow(/graphqlConcurrency/);
    expect(() => settingsWith({ importConcurrency: 'lots' })).toThrow(/importConcurrency/);
    expect(() => settingsWith({ tableMaxReadRequestUnits: 'none' })).toThrow(/tableMaxReadRequestUnits/);
    expect(settingsWith({ seedConcurrency: 'none' }).reservedConcurrency).toEqual({
      seedReferenceData: null,
    });
  });
});

describe('the table calls the grants were derived from', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  const code = new Map(sources('functions').map((file) => [file, readFileSync(join(root, file), 'utf8')]));

  it('are still the ones in functions/adapters/dynamodb (a new call needs its grant in infra/constructs/table-grants.ts)', () => {
    const calls: Record<string, string[]> = {};
    for (const [file, text] of code) {
      const found = [...text.matchAll(/new (\w+?)(?:Item)?Command\(/g)]
        .map((match) => match[1] ?? '')
        .filter((name) =>
          /^(Get|BatchGet|Query|Scan|Put|Update|Delete|BatchWrite|TransactWrite|TransactGet|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)$/.test(
            name,
          ),
        );
      if (found.length > 0) calls[relative('functions', file)] = [...new Set(found)].sort();
    }
    expect(calls).toEqual({
      'adapters/dynamodb/audited-write.ts': ['TransactWrite'],
      'adapters/dynamodb/batch-get.ts': ['BatchGet', 'BatchWrite', 'Query'],
      'adapters/dynamodb/enterprise-repository.ts': ['Get'],
      'adapters/dynamodb/notification-store.ts': ['Get', 'Put'],
      'adapters/dynamodb/paging.ts': ['Query'],
      'adapters/dynamodb/programme-store.ts': ['Get', 'Update'],
      'adapters/dynamodb/provider-repository.ts': ['Get'],
      'adapters/dynamodb/rate-ledger.ts': ['Update'],
      'adapters/dynamodb/statistics-store.ts': ['Get', 'Query', 'TransactWrite'],
      'adapters/dynamodb/town-repository.ts': ['Get', 'Put'],
    });
  });

  it('delete only claims and legacy policy versions, update only counters, batch-write only report pages', () => {
    const store = code.get(join('functions', 'adapters', 'dynamodb', 'programme-store.ts')) ?? '';
    const deletes = [...code.values()].flatMap((text) =>
      [...text.matchAll(/^\s*delete: (.+)$/gm)].map((m) => m[1]),
    );
    expect(deletes).toEqual([
      'claimKey(release.name),',
      '{ pk: LEGACY_POLICY_PK, sk: `POLICY#${legacy.effectiveFrom}#${legacy.id}` },',
    ]);
    expect(store).toContain(
      "const claimKey = (name: string): Key => ({ pk: `CLAIM#${name}`, sk: 'CLAIM' });",
    );
    expect(store).toContain("const LEGACY_POLICY_PK = 'POLICY';");
    expect(store).toMatch(
      /new UpdateCommand\(\{\s+TableName: this.tableName,\s+Key: \{ pk: `SEQUENCE#\$\{name\}`/,
    );
    expect([...code.values()].flatMap((text) => [...text.matchAll(/batchWrite\(/g)]).length).toBe(2); // definition + report pages
    expect(store).toContain('pk: `IMPORT_REPORT#${importId}`');
  });
});

describe('each caller’s rate budget and trusted documents, from context (issue 16)', () => {
  const graphqlEnvironment = (template: Template): Record<string, unknown> => {
    const [graphql] = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([id]) => id.startsWith('GraphqlFunction'))
      .map(
        ([, resource]) =>
          (resource as { Properties: { Environment: { Variables: Record<string, unknown> } } }).Properties
            .Environment.Variables,
      );
    return graphql ?? {};
  };

  it('serves any operation by default, with the documented default budgets', () => {
    expect(graphqlEnvironment(stateless)).toMatchObject({
      TRUSTED_DOCUMENTS: 'off',
      RATE_LIMIT_WINDOW_SECONDS: String(DEFAULT_RATE_LIMITS.windowSeconds),
      RATE_LIMIT_USER_POINTS: String(DEFAULT_RATE_LIMITS.userPoints),
      RATE_LIMIT_ANONYMOUS_POINTS: String(DEFAULT_RATE_LIMITS.anonymousPoints),
    });
  });

  it('takes -c trustedDocuments=required and the budgets from context', () => {
    const deployed = appFromContext({
      trustedDocuments: 'required',
      rateLimitWindowSeconds: '300',
      rateLimitUserPoints: '20000',
      rateLimitAnonymousPoints: '1000',
    });
    expect(graphqlEnvironment(Template.fromStack(deployed.stateless))).toMatchObject({
      TRUSTED_DOCUMENTS: 'required',
      RATE_LIMIT_WINDOW_SECONDS: '300',
      RATE_LIMIT_USER_POINTS: '20000',
      RATE_LIMIT_ANONYMOUS_POINTS: '1000',
    });
  }, 120_000);

  it('refuses a malformed setting in context, naming the key', () => {
    expect(() => settingsWith({ trustedDocuments: 'yes' })).toThrow(/trustedDocuments/);
    expect(() => settingsWith({ rateLimitUserPoints: '0' })).toThrow(/rateLimitUserPoints/);
    expect(() => settingsWith({ rateLimitWindowSeconds: '90000' })).toThrow(/rateLimitWindowSeconds/);
    expect(settingsWith({ rateLimitAnonymousPoints: '100' }).rateLimits).toEqual({ anonymousPoints: 100 });
  });

  it('lets the front ends’ pages read the rate-limit headers through the HTTP API’s CORS', () => {
    stateless.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ ExposeHeaders: [...EXPOSED_HEADERS] }),
    });
  });
});
