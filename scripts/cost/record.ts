/**
 * The recorded workload behind `npm run cost`: a district's work driven through the GraphQL layer against
 * DynamoDB Local, every DynamoDB request asked for the capacity it consumed (`CapacityMeter`).
 *
 * 1. Setup (not counted): the reference data, the demo policy, a registry of the mix's size.
 * 2. Year (once a year per district): a provider, an expert, a notice, the budget, the diagnosis plan.
 * 3. Application (scaled per application): from the enterprise's registration and intention entry to its
 *    payment — diagnosis, report and confirmation with their uploads, draft, submission, acceptance,
 *    review, proposal and sign-off, publicity (the clock moved past its end), deliberation, the joint
 *    document, the payment batch and the bank's result — on the local runner of the synthesized state
 *    machine, bound to the same task code, which writes through the same client.
 * 4. Import (scaled per import): a certification list uploaded and imported (R6.7b).
 * 5. Reads (scaled by the mix): each page view of the mix's read documents, while a project is in publicity.
 * Then the GraphQL Lambda handler and the pipe's enrichment handler run in-process over the same table,
 * in production mode, to measure what they log per request and how long they take.
 */
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context, DynamoDBRecord } from 'aws-lambda';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { createDocumentClient, createDynamoClient, isLoopback } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';
import { AUDIT_ENTITY, AUDIT_PK_PREFIX } from '#adapters/events/stream-records';
import { signDevToken } from '#adapters/identity/dev-tokens';
import { CLAIMS } from '#adapters/identity/claims';
import { optionalEnv } from '#config/env';
import { EVENT_SOURCE_ENTITY_TYPES } from '#domain/events/from-audit-record';
import type { Role } from '#domain/identity/principal';
import { DEFAULT_RATE_LIMITS } from '#domain/rate-limits/rate-budget';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import {
  certifiedDemoEnterprises,
  demoCreditCode,
  demoEnterprises,
  demoProviders,
} from '../../local/demo-data.ts';
import type { LocalApi } from '../../local/local-api.ts';
import { prepareDatabase, startLocalApi } from '../../local/local-api.ts';
import { MovableClock } from '../../local/movable-clock.ts';
import type { RunningDynamoDbLocal } from '../../local/dynamodb-local.ts';
import { freePort, startDynamoDbLocal } from '../../local/dynamodb-local.ts';
import type { TestApi } from '../../tests/support/api.ts';
import { closedAfter, dateIn, PROVIDER_INPUT, ProgrammeDriver } from '../../tests/support/programme.ts';
import { CapacityMeter } from './capacity-meter.ts';
import type { HandlerSample, Measurement, OperationRecord, Phase, PhaseRecord } from './measurement.ts';
import { itemBytes, PHASES, storedBytes } from './measurement.ts';

const root = new URL('../..', import.meta.url);
/** A Monday (R6.4.1's calendar is loaded for 2026): the clock stands still unless the recorder moves it. */
const START = '2026-09-07T09:00:00.000+08:00';
const YEAR = 2026;
const PROVIDER_CODE = demoCreditCode(990_001, '310104');
const PROVIDER = `PRV-${PROVIDER_CODE}`;

export interface RecordOptions {
  /** Applications to walk from diagnosis to payment (their figures are averaged). */
  readonly applications: number;
  /** Times each read document is asked. */
  readonly readRepeats: number;
  readonly registryEnterprises: number;
  /** The read documents of the mix, by name. */
  readonly readDocuments: readonly string[];
  /** The GraphQL function's environment as the template sets it (strings only). */
  readonly graphqlEnvironment: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
}

interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly town?: string;
  readonly creditCode?: string;
  readonly providerId?: string;
  readonly body?: string;
}

/** The root fields an operation selects (`draftApplication`, `project+application`), or its name. */
export function operationLabel(query: string): { name: string; kind: 'query' | 'mutation' } {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation in the document');
  const fields = operation.selectionSet.selections
    .map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : ''))
    .filter(Boolean);
  return {
    name: fields.join('+'),
    kind: operation.operation === OperationTypeNode.MUTATION ? 'mutation' : 'query',
  };
}

const example = (file: string): string => readFileSync(new URL(`schema/examples/${file}`, root), 'utf8');

/** The read documents of the mix: the front ends' registered operations and two status reads. */
const READ_DOCUMENTS: Record<
  string,
  { query: () => string; actor: string | undefined; variables: (ids: Ids) => Record<string, unknown> }
> = {
  EnterpriseHistory: {
    query: () => example('enterprise-history.graphql'),
    actor: 'enterprise-1',
    variables: (ids) => ({ creditCode: ids.enterprise, code: ids.enterprise }),
  },
  ApplicationStatus: {
    query: () =>
      `query ApplicationStatus($id: ID!) { application(id: $id) { id status version programme requestedAmountFen
        submittedAt acceptedAt materials { id purpose status fileName } } }`,
    actor: 'enterprise-1',
    variables: (ids) => ({ id: ids.application }),
  },
  TownDashboard: {
    query: () => example('town-dashboard.graphql'),
    actor: 'zhujiajiao',
    variables: () => ({}),
  },
  PublicityPage: { query: () => example('publicity-page.graphql'), actor: undefined, variables: () => ({}) },
  ProjectStatus: {
    query: () =>
      `query ProjectStatus($id: ID!) { project(id: $id) { id stage version proposedAmountFen
        waiting { stage since overdue } publicity { startDate endDate endsAt } } }`,
    actor: 'commission',
    variables: (ids) => ({ id: ids.projectInPublicity }),
  },
  ProjectObjections: {
    query: () => example('project-objections.graphql'),
    actor: 'commission',
    variables: (ids) => ({ projectId: ids.projectInPublicity }),
  },
  FinanceBatchPull: {
    query: () => example('finance-batch-pull.graphql'),
    actor: 'finance',
    variables: (ids) => ({ id: ids.batch }),
  },
  ImportReport: {
    query: () => example('import-report.graphql'),
    actor: 'commission',
    variables: (ids) => ({ id: ids.import }),
  },
};

/** Read documents that ask for pre-signed S3 links (an export, a report file). */
const SIGNS_S3_LINKS = new Set(['FinanceBatchPull', 'ImportReport']);

interface Ids {
  enterprise: string;
  application: string;
  projectInPublicity: string;
  batch: string;
  import: string;
}

/** A complete enterprise of Zhujiajiao with a bank account (payments need one). */
function enterpriseInput(creditCode: string, index: number): Record<string, unknown> {
  return {
    creditCode,
    name: `上海计费样本${index}智能制造有限公司`,
    town: 'ZHUJIAJIAO',
    registeredAddress: `上海市青浦区朱家角镇沪青平公路${index}号`,
    businessInQingpu: true,
    taxInQingpu: true,
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
    principalName: '王建国',
    contacts: [{ name: '李经理', phone: '021-59701234' }],
    bankAccount: {
      bankName: '中国银行',
      accountName: `上海计费样本${index}智能制造有限公司`,
      accountNumber: `62166000${index}`,
    },
  };
}

/** Sizes and audit records of everything in the table now (the recorder's own scan, not counted). */
async function tableCensus(
  dynamo: DynamoDBClient,
  tableName: string,
): Promise<{ bytes: number; filtered: number; audit: number; auditBytes: number }> {
  const indexKeys = TABLE_DESIGN.globalIndexes.map((index) => index.partitionKey.name);
  const eventSources = new Set<string>(EVENT_SOURCE_ENTITY_TYPES());
  let bytes = 0;
  let filtered = 0;
  let audit = 0;
  let auditBytes = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new ScanCommand({ TableName: tableName, ...(start ? { ExclusiveStartKey: start as never } : {}) }),
    );
    for (const item of page.Items ?? []) {
      bytes += storedBytes(item, indexKeys);
      if (item['pk']?.S?.startsWith(AUDIT_PK_PREFIX) !== true || item['entity']?.S !== AUDIT_ENTITY) continue;
      audit += 1;
      auditBytes += itemBytes(item);
      if (eventSources.has(item['entityType']?.S ?? '')) filtered += 1;
    }
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return { bytes, filtered, audit, auditBytes };
}

/** Runs `run` with stdout and stderr captured (what a Lambda's log group would receive), and times it. */
async function captured<T>(run: () => Promise<T>): Promise<{ value: T; text: string; ms: number }> {
  const chunks: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const capture = (chunk: unknown): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  };
  process.stdout.write = capture;
  process.stderr.write = capture;
  const started = performance.now();
  try {
    const value = await run();
    return { value, text: chunks.join(''), ms: performance.now() - started };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/**
 * What the Lambda service itself logs per invocation of a function with active tracing (text format):
 * START, END and REPORT (with its X-Ray line), rendered with realistic values.
 */
export function platformLines(durationMs: number, memoryMb: number): string[] {
  const id = randomUUID();
  const trace = `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
  return [
    `START RequestId: ${id} Version: $LATEST`,
    `END RequestId: ${id}`,
    `REPORT RequestId: ${id}\tDuration: ${durationMs.toFixed(2)} ms\tBilled Duration: ${Math.ceil(durationMs)} ms\tMemory Size: ${memoryMb} MB\tMax Memory Used: 187 MB\t\nXRAY TraceId: ${trace}\tSegmentId: ${randomBytes(8).toString('hex')}\tSampled: true\t`,
  ];
}

/** A Lambda context as the runtime passes it (its deprecated callbacks left out). */
function lambdaContext(functionName: string, memoryMb: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/11/30/[$LATEST]${randomBytes(16).toString('hex')}`,
    getRemainingTimeInMillis: () => 15_000,
  } as Context;
}

function claimsOf(actor: Actor): Record<string, string> {
  return {
    sub: actor.userId,
    [CLAIMS.groups]: `[${actor.role}]`,
    ...(actor.town === undefined ? {} : { [CLAIMS.town]: actor.town }),
    ...(actor.creditCode === undefined ? {} : { [CLAIMS.creditCode]: actor.creditCode }),
    ...(actor.providerId === undefined ? {} : { [CLAIMS.providerId]: actor.providerId }),
    ...(actor.body === undefined ? {} : { [CLAIMS.body]: actor.body }),
  };
}

/** An HTTP API (payload v2) event with the JWT authorizer's claims, as API Gateway sends it. */
function httpApiEvent(body: string, claims: Record<string, string>): APIGatewayProxyEventV2 {
  const requestId = randomBytes(8).toString('base64');
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'api',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 'Mozilla/5.0',
      },
      requestId,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '30/Nov/2026:02:00:00 +0000',
      timeEpoch: Date.now(),
      authorizer: { jwt: { claims, scopes: null } },
    } as APIGatewayProxyEventV2['requestContext'],
    body,
    isBase64Encoded: false,
  };
}

/** The public route's REST API proxy event (v1), anonymous. */
function publicRouteEvent(body: string): APIGatewayProxyEvent {
  const headers = { 'Content-Type': 'application/json' };
  return {
    resource: '/graphql',
    path: '/graphql',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: { 'Content-Type': ['application/json'] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'restapi',
      authorizer: null,
      domainName: 'restapi.execute-api.us-east-1.amazonaws.com',
      httpMethod: 'POST',
      identity: {
        sourceIp: '203.0.113.10',
        userAgent: 'Mozilla/5.0',
      } as APIGatewayProxyEvent['requestContext']['identity'],
      path: '/public/graphql',
      protocol: 'HTTP/1.1',
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: 'res',
      resourcePath: '/graphql',
      stage: 'public',
    },
    body,
    isBase64Encoded: false,
  };
}

type GraphqlHandler = (
  event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
  context: Context,
) => Promise<{ statusCode: number; body: string }>;

export async function recordWorkload(options: RecordOptions): Promise<Measurement> {
  const endpoint = optionalEnv(process.env, 'DYNAMODB_ENDPOINT');
  if (endpoint !== undefined && !isLoopback(endpoint))
    throw new Error(`npm run cost records against DynamoDB Local only, not ${endpoint}`);
  // DynamoDB Local for the run (in memory), or the local endpoint in DYNAMODB_ENDPOINT.
  let local: RunningDynamoDbLocal | undefined;
  if (endpoint === undefined) local = await startDynamoDbLocal({ port: await freePort() });
  const endpointUrl = endpoint ?? local?.endpoint ?? '';
  const dynamo = createDynamoClient({ endpoint: endpointUrl, region: 'local' });
  const tableName = `cost-${Date.now()}`;
  const filesDir = mkdtempSync(join(tmpdir(), 'sfa-cost-files-'));
  const clock = new MovableClock(new Date(START), 0);
  const meter = new CapacityMeter();
  const operations = new Map<string, OperationRecord>();
  const phases = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      {
        domainEvents: 0,
        eventsByKind: {},
        auditRecords: 0,
        auditBytes: 0,
        filteredRecords: 0,
        storedBytes: 0,
      },
    ]),
  ) as Record<Phase, PhaseRecord>;
  let phase: Phase | undefined;
  let server: LocalApi | undefined;
  try {
    // 1. Setup, not counted: reference data, the demo policy, the registry.
    options.log(`setting up DynamoDB Local: a registry of ${options.registryEnterprises} enterprises`);
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock });
    const documents = createDocumentClient(dynamo);
    await seedDemoData(
      {
        enterprises: [...demoEnterprises(options.registryEnterprises), ...certifiedDemoEnterprises()],
        providers: demoProviders(),
      },
      {
        enterprises: new DynamoEnterpriseRepository(documents, tableName),
        providers: new DynamoProviderRepository(documents, tableName),
        clock,
      },
    );
    meter.attach(dynamo);
    const devSecret = new Uint8Array(randomBytes(32));
    server = await startLocalApi({
      mode: 'development',
      dynamo,
      tableName,
      devSecret,
      clock,
      host: '127.0.0.1',
      port: 0,
      filesDir,
      imports: { in: 'server-process' },
      // The deployed function's rate budgets: an instance's claim of a block of its caller's window is a write.
      rateLimits: DEFAULT_RATE_LIMITS,
      events: true,
      logError: (entry) => options.log(`  (server error ${entry.correlationId}: ${String(entry.error)})`),
    });
    const api = server;
    api.events?.subscribe((event) => {
      if (phase === undefined) return;
      phases[phase].domainEvents += 1;
      phases[phase].eventsByKind[event.kind] = (phases[phase].eventsByKind[event.kind] ?? 0) + 1;
    });
    await api.events?.caughtUp(30_000);
    let census = await tableCensus(dynamo, tableName);
    /** Closes the phase under way: its events delivered, what it stored and the audit records it added. */
    const enterPhase = async (next: Phase | undefined): Promise<void> => {
      await meter.settled();
      await api.events?.caughtUp(30_000);
      const now = await tableCensus(dynamo, tableName);
      if (phase !== undefined) {
        phases[phase].storedBytes += now.bytes - census.bytes;
        phases[phase].filteredRecords += now.filtered - census.filtered;
        phases[phase].auditRecords += now.audit - census.audit;
        phases[phase].auditBytes += now.auditBytes - census.auditBytes;
      }
      census = now;
      phase = next;
    };

    const actors: Record<string, Actor> = {
      commission: { userId: 'cost-commission', role: 'ECONOMIC_COMMISSION' },
      zhujiajiao: { userId: 'cost-officer', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' },
      provider: { userId: 'cost-provider', role: 'PROVIDER', providerId: PROVIDER },
      expert: { userId: 'expert-1', role: 'EXPERT' },
      promotion: { userId: 'cost-promotion', role: 'PROMOTION_OFFICE' },
      finance: { userId: 'cost-finance', role: 'FINANCE' },
      finance2: { userId: 'cost-finance-2', role: 'FINANCE' },
      drc: { userId: 'cost-drc', role: 'JOINT_REVIEWER', body: 'DRC' },
    };
    const enterprises = Array.from({ length: options.applications }, (_, index) =>
      demoCreditCode(700_000 + index),
    );
    enterprises.forEach((creditCode, index) => {
      actors[`enterprise-${index + 1}`] = {
        userId: `cost-enterprise-${index + 1}`,
        role: 'ENTERPRISE',
        creditCode,
      };
    });
    const tokens: Record<string, string | undefined> = {};
    for (const [name, actor] of Object.entries(actors))
      tokens[name] = await signDevToken(devSecret, { ...actor, ttlSeconds: 4 * 3600 });

    /** Every call of the driver: timed, its answer sized, its DynamoDB units (and what it set off) charged to it. */
    let harness = false;
    const record = (
      name: string,
      kind: OperationRecord['kind'],
      route: OperationRecord['route'],
    ): OperationRecord => {
      if (phase === undefined) throw new Error(`${name} called outside a phase`);
      const key = `${phase}:${name}`;
      const existing = operations.get(key);
      if (existing) return existing;
      const created: OperationRecord = {
        name,
        phase,
        kind,
        route,
        calls: 0,
        refused: 0,
        readUnits: 0,
        writeUnits: 0,
        dynamoRequests: 0,
        durationMs: 0,
        responseBytes: 0,
        uploads: 0,
      };
      operations.set(key, created);
      return created;
    };
    const query = async (
      text: string,
      request: { token?: string; variables?: Record<string, unknown>; name?: string } = {},
    ): Promise<{ status: number; body: never }> => {
      const label = operationLabel(text);
      const name = request.name ?? label.name;
      const previous = meter.label;
      meter.label = harness ? undefined : `op:${name}`;
      const started = performance.now();
      const response = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(request.token === undefined ? {} : { authorization: `Bearer ${request.token}` }),
        },
        body: JSON.stringify({ query: text, variables: request.variables }),
      });
      const body = await response.text();
      const elapsed = performance.now() - started;
      await meter.settled();
      meter.label = previous;
      const parsed = JSON.parse(body) as { errors?: unknown[] };
      if (!harness) {
        const entry = record(name, label.kind, request.token === undefined ? 'public' : 'private');
        const used = meter.take(`op:${name}`);
        entry.calls += 1;
        entry.refused += parsed.errors === undefined ? 0 : 1;
        entry.readUnits += used.readUnits;
        entry.writeUnits += used.writeUnits;
        entry.dynamoRequests += used.requests;
        entry.durationMs += elapsed;
        entry.responseBytes += Buffer.byteLength(body);
        if (name === 'requestAttachmentUpload') entry.uploads += 1;
      }
      return { status: response.status, body: parsed as never };
    };
    const testApi = {
      url: api.url,
      query,
      token: (request: Actor) => signDevToken(devSecret, { ...request, ttlSeconds: 4 * 3600 }),
    } as unknown as TestApi;
    const driver = new ProgrammeDriver(testApi, YEAR, PROVIDER, tokens, () => clock.now().getTime());
    const as = <T>(actor: string, text: string, variables: Record<string, unknown> = {}): Promise<T> =>
      driver.ok<T>(actor, text, variables);
    const check = async <T>(
      actor: string,
      text: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> => {
      harness = true;
      try {
        return await driver.ok<T>(actor, text, variables);
      } finally {
        harness = false;
      }
    };
    const waitForStage = async (projectId: string, stage: string): Promise<void> => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const project = await check<{ stage: string }>(
          'commission',
          'query($id: ID!) { project(id: $id) { stage } }',
          {
            id: projectId,
          },
        );
        if (project.stage === stage) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`project ${projectId} never reached ${stage}`);
    };
    /** Time passing: the clock moved to `to`, and what the workflow does then charged to `name`. */
    const timePasses = async (name: string, to: Date): Promise<void> => {
      meter.label = `op:${name}`;
      const started = performance.now();
      clock.move({ to });
      await meter.settled(400);
      const elapsed = performance.now() - started;
      meter.label = undefined;
      const entry = record(name, 'time', 'none');
      const used = meter.take(`op:${name}`);
      entry.calls += 1;
      entry.readUnits += used.readUnits;
      entry.writeUnits += used.writeUnits;
      entry.dynamoRequests += used.requests;
      entry.durationMs += elapsed;
    };

    // 2. The year's setup.
    await enterPhase('year');
    options.log('year: provider, expert, notice, budget');
    await as(
      'commission',
      'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
      {
        input: { creditCode: PROVIDER_CODE, name: '杭州智能制造诊断服务有限公司', ...PROVIDER_INPUT },
      },
    );
    await as(
      'commission',
      'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
      {
        input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
      },
    );
    const notice = await as<{ id: string }>(
      'commission',
      'mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id } }',
      {
        input: {
          programme: 'IMPLEMENTATION_REWARD',
          title: `${YEAR}年度智能化改造实施奖励申报`,
          eligibleApplicants: '完成诊断并实施的企业',
          requiredMaterials: [],
          opensAt: new Date(clock.now().getTime() - 3_600_000).toISOString(),
          closesAt: new Date(clock.now().getTime() + 90 * 86_400_000).toISOString(),
          planYear: YEAR,
        },
      },
    );
    await as(
      'finance',
      `mutation { setBudget(input: { fiscalYear: ${YEAR}, amountFen: 10000000000 }) { amountFen } }`,
    );

    // 3a. Each application's enterprise is registered and enters the intention pool; the year's plan takes them.
    await enterPhase('application');
    for (const [index, creditCode] of enterprises.entries()) {
      await as(
        'commission',
        'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
        {
          input: enterpriseInput(creditCode, index + 1),
        },
      );
      await as(
        'commission',
        'mutation($input: IntentionEntryInput!) { addIntentionEntry(input: $input) { id } }',
        {
          input: {
            year: YEAR,
            creditCode,
            contactName: '李经理',
            contactPhone: '021-59701234',
            needs: '产线数字化诊断',
          },
        },
      );
    }
    await enterPhase('year');
    const plan = await as<{ version: number }>(
      'commission',
      'mutation($input: CreateDiagnosisPlanInput!) { createDiagnosisPlan(input: $input) { version } }',
      {
        input: {
          year: YEAR,
          entries: enterprises.map((creditCode) => ({
            creditCode,
            targetDate: dateIn(60, clock.now().getTime()),
          })),
        },
      },
    );
    await as(
      'commission',
      `mutation { publishDiagnosisPlan(year: ${YEAR}, version: ${plan.version}) { status } }`,
    );
    await enterPhase('application');

    const ids: Partial<Ids> = {};
    // 3b. Each application from diagnosis to payment; the last one stops in publicity for the reads.
    const walk = async (index: number, stopInPublicity: boolean): Promise<string> => {
      const enterprise = `enterprise-${index + 1}`;
      const creditCode = enterprises[index] ?? '';
      options.log(
        `application ${index + 1} of ${options.applications}: diagnosis to ${stopInPublicity ? 'publicity' : 'payment'}`,
      );
      const report = await driver.diagnose(creditCode);
      await driver.confirm(enterprise, report);
      const draft = await as<{ id: string; version: number }>(
        enterprise,
        'mutation($input: DraftApplicationInput!) { draftApplication(input: $input) { id version } }',
        {
          input: {
            noticeId: notice.id,
            reportId: report.id,
            requestedAmountFen: 9_000_000,
            investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
          },
        },
      );
      const submitted = await as<{ id: string }>(
        enterprise,
        'mutation($input: ApplicationVersionInput!) { submitApplication(input: $input) { id version } }',
        { input: { id: draft.id, version: draft.version } },
      );
      await driver.review(submitted.id, 'zhujiajiao');
      const project = await driver.propose(submitted.id, 8_000_000);
      await waitForStage(project.id, 'IN_PUBLICITY');
      ids.enterprise ??= creditCode;
      ids.application ??= submitted.id;
      if (stopInPublicity) return project.id;
      await finish(project.id);
      return project.id;
    };
    const finish = async (projectId: string): Promise<void> => {
      const { publicity } = await check<{ publicity: { endsAt: string } }>(
        'commission',
        'query($id: ID!) { project(id: $id) { publicity { endsAt } } }',
        { id: projectId },
      );
      await timePasses('⏱ publicity ends', closedAfter(publicity.endsAt));
      await waitForStage(projectId, 'DELIBERATION');
      const { version } = await check<{ version: number }>(
        'commission',
        'query($id: ID!) { project(id: $id) { version } }',
        {
          id: projectId,
        },
      );
      await as('promotion', 'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage } }', {
        input: { projectId, version, approved: true, reason: '符合政策，同意支持。' },
      });
      await waitForStage(projectId, 'AWAITING_DOCUMENT');
      const document = await as<{ id: string; version: number }>(
        'commission',
        'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
        { input: { projectIds: [projectId] } },
      );
      await as(
        'finance',
        `mutation { countersignDisbursementDocument(id: "${document.id}", version: ${document.version}) { status } }`,
      );
      await waitForStage(projectId, 'COMPLETED');
      const batch = await as<{ id: string; version: number }>(
        'finance',
        'mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id version } }',
        { input: { idempotencyKey: `cost-batch-${projectId}` } },
      );
      await as(
        'finance2',
        'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
        {
          id: batch.id,
          version: batch.version,
        },
      );
      const payments = await as<{ payments: { edges: { node: { payment: { id: string } } }[] } }>(
        'finance',
        'query($id: ID!) { paymentBatch(id: $id) { payments(first: 10) { edges { node { payment { id } } } } } }',
        { id: batch.id },
      );
      ids.batch ??= batch.id;
      for (const [index, edge] of payments.payments.edges.entries())
        await as(
          'finance',
          'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { status } }',
          {
            input: {
              idempotencyKey: `cost-result-${batch.version}-${index}-${randomUUID()}`,
              paymentId: edge.node.payment.id,
              result: {
                paid: true,
                bankReference: `BOC-COST-${randomBytes(6).toString('hex')}`,
                paidOn: clock.now().toISOString().slice(0, 10),
              },
            },
          },
        );
    };
    for (let index = 0; index < options.applications - 1; index += 1) await walk(index, false);

    // 4. A certification list imported (R6.7b): upload, import, the run to its end.
    await enterPhase('import');
    options.log('import: a certification list');
    const list = readFileSync(new URL('tests/fixtures/certifications-sample.csv', root));
    const attachmentId = await driver.upload(
      'commission',
      'IMPORT',
      'CERTIFICATION_LIST',
      'CERTIFICATION_LIST',
      {
        content: list,
        fileName: 'certifications.csv',
        contentType: 'text/csv',
      },
    );
    const importStarted = performance.now();
    // The run goes on after the answer: everything until the queue is idle is charged to the import.
    meter.label = 'op:importCertifications';
    const started = await as<{ id: string }>(
      'commission',
      'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
      { input: { attachmentId } },
    );
    await api.imports.idle();
    await meter.settled();
    meter.label = undefined;
    const importMs = performance.now() - importStarted;
    const importRun = operations.get('import:importCertifications');
    if (importRun) {
      const used = meter.take('op:importCertifications');
      importRun.readUnits += used.readUnits;
      importRun.writeUnits += used.writeUnits;
      importRun.dynamoRequests += used.requests;
    }
    const imported = await check<{ totalLines: number; counts: { created: number } }>(
      'commission',
      'query($id: ID!) { certificationImport(id: $id) { totalLines counts { created } } }',
      { id: started.id },
    );
    ids.import = started.id;

    // 5. The last application to publicity, then the reads of the mix while it is there, then to payment.
    await enterPhase('application');
    const last = await walk(options.applications - 1, true);
    ids.projectInPublicity = last;
    await enterPhase('read');
    options.log(`reads: ${options.readDocuments.length} documents × ${options.readRepeats}`);
    for (const name of options.readDocuments) {
      const document = READ_DOCUMENTS[name];
      if (document === undefined) throw new Error(`the mix reads ${name}, which the recorder does not know`);
      const variables = document.variables(ids as Ids);
      for (let repeat = 0; repeat < options.readRepeats; repeat += 1) {
        const token = document.actor === undefined ? undefined : tokens[document.actor];
        const { body } = await query(document.query(), {
          ...(token === undefined ? {} : { token }),
          variables,
          name,
        });
        const errors = (body as { errors?: unknown[] }).errors;
        if (errors !== undefined) throw new Error(`${name} was refused: ${JSON.stringify(errors)}`);
      }
    }
    await enterPhase('application');
    await finish(last);
    await enterPhase(undefined);

    // 6. The Lambda handlers in-process, production mode, over the same table.
    options.log('the GraphQL and enrichment Lambda handlers in-process');
    const handlers = await sampleHandlers(dynamo, tableName, endpointUrl, options, actors, ids as Ids);
    return {
      version: 1,
      recordedAt: new Date().toISOString(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
      node: process.version,
      commit: execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim(),
      applications: options.applications,
      operations: [...operations.values()],
      phases,
      import: { lines: imported.totalLines, awardsCreated: imported.counts.created, durationMs: importMs },
      ...handlers,
    };
  } finally {
    await server?.close();
    rmSync(filesDir, { recursive: true, force: true });
    dynamo.destroy();
    await local?.stop();
  }
}

async function sampleHandlers(
  dynamo: DynamoDBClient,
  tableName: string,
  endpoint: string,
  options: RecordOptions,
  actors: Record<string, Actor>,
  ids: Ids,
): Promise<Pick<Measurement, 'graphqlHandler' | 'enrichment' | 'logCompressionRatio'>> {
  // The function's environment from the template, pointed at DynamoDB Local; the tracer stays off here.
  Object.assign(process.env, {
    ...options.graphqlEnvironment,
    API_MODE: 'production',
    TABLE_NAME: tableName,
    AWS_REGION: 'us-east-1',
    DYNAMODB_ENDPOINT: endpoint,
    ATTACHMENTS_BUCKET: 'attachments',
    STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:123456789012:stateMachine:approval',
    IMPORT_FUNCTION_NAME: 'import',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    POWERTOOLS_TRACE_ENABLED: 'false',
  });
  const { handler } = (await import('../../functions/handlers/graphql.ts')) as unknown as {
    handler: GraphqlHandler;
  };
  const memoryMb = 1024;
  const samples = new Map<HandlerSample['outcome'], HandlerSample>();
  const allLogs: string[] = [];
  const invoke = async (
    outcome: HandlerSample['outcome'],
    event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
  ) => {
    process.env['_X_AMZN_TRACE_ID'] =
      `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=1`;
    const { value, text, ms } = await captured(() => handler(event, lambdaContext('graphql', memoryMb)));
    const parsed = JSON.parse(value.body) as { errors?: unknown[] };
    const actual: HandlerSample['outcome'] = parsed.errors !== undefined ? 'refused' : outcome;
    if (actual !== outcome)
      throw new Error(`handler sample: expected ${outcome}, got ${value.body.slice(0, 300)}`);
    const sample = samples.get(outcome) ?? {
      outcome,
      requests: 0,
      logBytes: 0,
      logLines: 0,
      emfLines: 0,
      durationMs: 0,
      example: [],
    };
    const logged = lines(text);
    if (sample.requests === 0) sample.example = logged.map((line) => line.slice(0, 400));
    sample.requests += 1;
    sample.logBytes += logged.reduce((sum, line) => sum + Buffer.byteLength(line), 0);
    sample.logLines += logged.length;
    sample.emfLines += logged.filter((line) => line.includes('"_aws"')).length;
    sample.durationMs += ms;
    samples.set(outcome, sample);
    allLogs.push(...logged);
  };
  // One cold start first (not sampled), as every new container pays it once.
  await captured(() =>
    handler(
      httpApiEvent(
        JSON.stringify({ query: '{ health { status } }' }),
        claimsOf(actors['commission'] as Actor),
      ),
      lambdaContext('graphql', memoryMb),
    ),
  );
  for (let repeat = 0; repeat < 3; repeat += 1) {
    for (const name of options.readDocuments) {
      const document = READ_DOCUMENTS[name];
      // Documents that sign S3 links cannot be answered without S3: the other reads stand for them.
      if (document === undefined || SIGNS_S3_LINKS.has(name)) continue;
      const body = JSON.stringify({ query: document.query(), variables: document.variables(ids) });
      const actor = document.actor === undefined ? undefined : actors[document.actor];
      await invoke(
        'query',
        actor === undefined ? publicRouteEvent(body) : httpApiEvent(body, claimsOf(actor)),
      );
    }
    const commission = claimsOf(actors['commission'] as Actor);
    const creditCode = demoCreditCode(800_000 + repeat);
    await invoke(
      'mutation',
      httpApiEvent(
        JSON.stringify({
          query:
            'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
          variables: { input: enterpriseInput(creditCode, 800 + repeat) },
        }),
        commission,
      ),
    );
    await invoke(
      'refused',
      httpApiEvent(
        JSON.stringify({
          query:
            'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
          variables: { input: enterpriseInput('NOT-A-CREDIT-CODE', 900 + repeat) },
        }),
        commission,
      ),
    );
  }
  const meanMs =
    [...samples.values()].reduce((sum, sample) => sum + sample.durationMs, 0) /
    Math.max(
      1,
      [...samples.values()].reduce((sum, sample) => sum + sample.requests, 0),
    );
  const platform = platformLines(meanMs, memoryMb);

  // The enrichment: each audit record the pipe's filter passes, one batch each (a district's rate).
  const { handler: enrich } = (await import('../../functions/handlers/domain-events.ts')) as unknown as {
    handler: (records: DynamoDBRecord[]) => Promise<unknown[]>;
  };
  const eventSources = new Set<string>(EVENT_SOURCE_ENTITY_TYPES());
  const audit = await dynamo.send(
    new ScanCommand({
      TableName: tableName,
      FilterExpression: 'begins_with(pk, :audit) AND entity = :entity',
      ExpressionAttributeValues: { ':audit': { S: AUDIT_PK_PREFIX }, ':entity': { S: AUDIT_ENTITY } },
    }),
  );
  const records = (audit.Items ?? [])
    .filter((item) => eventSources.has(item['entityType']?.S ?? ''))
    .slice(-30);
  let enrichmentBytes = 0;
  let enrichmentLines = 0;
  let enrichmentMs = 0;
  for (const item of records) {
    const record = {
      eventID: randomUUID(),
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: Date.now() / 1000,
        Keys: { pk: item['pk'], sk: item['sk'] },
        NewImage: item,
        SequenceNumber: String(Date.now()),
        SizeBytes: 1000,
        StreamViewType: 'NEW_IMAGE',
      },
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/data/stream/2026-11-30T00:00:00.000',
    } as unknown as DynamoDBRecord;
    const { text, ms } = await captured(() => enrich([record]));
    const logged = lines(text);
    enrichmentBytes += logged.reduce((sum, line) => sum + Buffer.byteLength(line), 0);
    enrichmentLines += logged.length;
    enrichmentMs += ms;
    allLogs.push(...logged);
  }
  const raw = Buffer.from(allLogs.join('\n'));
  return {
    graphqlHandler: {
      platformBytes: platform.reduce((sum, line) => sum + Buffer.byteLength(line), 0),
      platformLines: platform.length,
      samples: [...samples.values()],
    },
    enrichment: {
      invocations: records.length,
      logBytes: enrichmentBytes,
      logLines: enrichmentLines,
      durationMs: enrichmentMs,
    },
    logCompressionRatio: raw.length === 0 ? 1 : gzipSync(raw).length / raw.length,
  };
}
