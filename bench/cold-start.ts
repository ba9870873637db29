/**
 * `npm run bench` (part 5): a cold start measured to the first real answers (issue 19, B4).
 *
 * Two bundles, both made by `infra/bundle.ts` as CDK makes them (minified ESM, AWS SDK included, chunks):
 * - **the whole handler**, `functions/handlers/graphql.ts` as deployed, answering the two requests a
 *   first screen makes: `enterprises(first: 10)` with each one's town and eligibility, then one audited
 *   mutation (`updateEnterprise` of that enterprise's contacts: its write and its audit record in one
 *   transaction);
 * - **the floor**, `bench/cold-start-floor.ts`: graphql-js, Apollo Server behind its Lambda integration,
 *   this schema and the DynamoDB client, answering one `GetItem`-backed field.
 *
 * Each round starts a fresh `node` for each, and a bare `node -e` that only prints its clock, in turns
 * whose order rotates, so that whatever else the machine is doing weighs on all alike. A child imports its
 * bundle as Lambda's runtime does and invokes `handler` with HTTP API (payload v2) events carrying the JWT
 * authorizer's claims, in the environment Lambda gives the function, against DynamoDB Local; it prints the
 * time from its process's start (`performance.timeOrigin`) to its last answer, and its CPU time. Medians
 * are printed, with the ratio whole / floor (target ≤ 1.5) and each against the bare start, and the bytes
 * a cold start loads: the entry chunk and the chunks it imports statically (target ≤ 1.5 MB, aim ≤ 1 MB).
 * Before the first round DynamoDB Local is warmed with the calls the children make (`warmDynamoDbLocal`).
 * `BENCH_COLD_START_ROUNDS` sets the number of rounds (15).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Metafile } from 'esbuild';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { DynamoRateLedger } from '#adapters/dynamodb/rate-ledger';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { optionalEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { windowAt } from '#domain/rate-limits/rate-budget';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import { bundleFunction, chunksLoadedAtStart } from '../infra/bundle.ts';
import { demoEnterprises } from '../local/demo-data.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { benchDynamo } from './dynamodb.ts';

const ROUNDS = Number(optionalEnv(process.env, 'BENCH_COLD_START_ROUNDS') ?? 15);
/** Calls of each kind the children make, sent to DynamoDB Local before the first round (`warmDynamoDbLocal`). */
const WARM_UP_CALLS = 300;
const MAX_RATIO = 1.5;
const MAX_START_BYTES = 1.5 * 1024 * 1024;
const AIM_START_BYTES = 1024 * 1024;
const COMMISSION_CLAIMS = { sub: 'bench-commission', 'cognito:groups': '[ECONOMIC_COMMISSION]' };

const ENTERPRISES = `query FirstScreen { enterprises(first: 10) { edges { node {
  creditCode name version town { code name } eligibility { eligible reasons { rule message } } } } } }`;
const UPDATE_CONTACTS = `mutation UpdateContacts($input: UpdateEnterpriseInput!) {
  updateEnterprise(input: $input) { creditCode version contacts { name phone } } }`;
const FLOOR_QUERY = `query One($creditCode: ID!) { enterprise(creditCode: $creditCode) { creditCode name } }`;

/** An HTTP API (payload v2) event as API Gateway sends it after its JWT authorizer verified the caller. */
function httpApiEvent(query: string, variables: Record<string, unknown>, requestId: string): unknown {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.9',
        userAgent: 'bench',
      },
      requestId,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '29/Nov/2026:00:00:00 +0000',
      timeEpoch: 1795910400000,
      authorizer: { jwt: { claims: COMMISSION_CLAIMS, scopes: null } },
    },
    body: JSON.stringify({ query, variables }),
    isBase64Encoded: false,
  };
}

/**
 * What a child runs (ESM, no loader of this process): import the bundle as Lambda's runtime does, invoke
 * its handler with each event in turn, refuse any answer that is not a 200 without errors, and print the
 * times since the process started.
 */
const CHILD = `
const { entry, events } = JSON.parse(process.env.COLD_START_RUN);
const { handler } = await import(entry);
const imported = performance.now();
const context = {
  callbackWaitsForEmptyEventLoop: true, functionName: 'graphql', functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:graphql', memoryLimitInMB: '1024',
  awsRequestId: 'cold-start', logGroupName: '/aws/lambda/graphql', logStreamName: 'bench',
  getRemainingTimeInMillis: () => 15000, done() {}, fail() {}, succeed() {},
};
const answers = [];
for (const event of events) {
  const result = await handler(event, context);
  const body = JSON.parse(result.body);
  if (result.statusCode !== 200 || body.errors) {
    console.error(JSON.stringify(result));
    process.exit(2);
  }
  answers.push(performance.now());
}
const { user, system } = process.cpuUsage();
process.stdout.write('\\nCOLD_START ' + JSON.stringify({ imported, answers, cpu: (user + system) / 1000 }) + '\\n');
process.exit(0);
`;
/** The bare start: nothing but the time since the process started. */
const BARE = `const { user, system } = process.cpuUsage(); process.stdout.write('\\nCOLD_START ' + JSON.stringify({ imported: performance.now(), answers: [performance.now()], cpu: (user + system) / 1000 }) + '\\n')`;

interface Sample {
  /** Process start → the module is imported (the handler's init, in Lambda's terms). */
  readonly imported: number;
  /** Process start → each answer. */
  readonly answers: readonly number[];
  /** Process start → the last answer: the figure the targets are about. */
  readonly toLast: number;
  /** From the parent: spawn → exit. */
  readonly wall: number;
  /** CPU time of the child (user + system) by its last answer: less sensitive to the machine's load. */
  readonly cpu: number;
}

interface Variant {
  readonly name: string;
  readonly args: () => string[];
  readonly env: () => Record<string, string>;
  readonly samples: Sample[];
}

function run(variant: Variant): Sample {
  const started = performance.now();
  const child = spawnSync(process.execPath, variant.args(), { env: variant.env(), encoding: 'utf8' });
  const wall = performance.now() - started;
  const line = child.stdout
    .split('\n')
    .find((text) => text.startsWith('COLD_START '))
    ?.slice('COLD_START '.length);
  if (child.status !== 0 || line === undefined)
    throw new Error(`${variant.name} failed (${String(child.status)}): ${child.stderr}${child.stdout}`);
  const { imported, answers, cpu } = JSON.parse(line) as {
    imported: number;
    answers: number[];
    cpu: number;
  };
  return { imported, answers, toLast: answers.at(-1) ?? imported, wall, cpu };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The bytes a cold start loads before any request: the entry chunk and what it imports statically. */
function startBytes(metafile: Metafile): { start: number; total: number } {
  const outputs = metafile.outputs;
  const loaded = chunksLoadedAtStart(metafile);
  const sum = (paths: Iterable<string>) =>
    [...paths].reduce((total, path) => total + (outputs[path]?.bytes ?? 0), 0);
  return { start: sum(loaded), total: sum(Object.keys(outputs)) };
}

/** The bytes of the bundle's files one run of the child loads by its last answer (a module hook lists them). */
function bytesLoadedBy(outdir: string, env: Record<string, string>): number {
  const hook = `import { registerHooks } from 'node:module';
    const loaded = new Set();
    registerHooks({ load: (url, context, next) => (loaded.add(url), next(url, context)) });
    process.on('exit', () => process.stdout.write('\\nLOADED ' + JSON.stringify([...loaded]) + '\\n'));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `${hook}\n${CHILD}`], {
    env,
    encoding: 'utf8',
  });
  const line = child.stdout.split('\n').find((text) => text.startsWith('LOADED '));
  if (line === undefined) throw new Error(`the loading run failed: ${child.stderr}`);
  const bundleUrl = pathToFileURL(outdir).href;
  return (JSON.parse(line.slice('LOADED '.length)) as string[])
    .filter((url) => url.startsWith(bundleUrl))
    .reduce((sum, url) => sum + statSync(new URL(url)).size, 0);
}

/**
 * Sends DynamoDB Local `WARM_UP_CALLS` calls of each kind a child makes (GetItem, Query of the table and
 * of gsi1, the rate ledger's conditional UpdateItem, a TransactWriteItems of two conditional puts), on
 * keys of their own, before any child runs. The emulator is a JVM that compiles its hot paths as it
 * serves: on this machine a cold one answered a GetItem in 3.3 ms and a two-put transaction in 10 ms, and
 * only after some 200 calls of each kind came down to 1.4 and 4 ms. The children make five calls and the
 * floor one, so an emulator warming up during the rounds would weigh on the ratio; DynamoDB in AWS has no
 * such warm-up.
 */
async function warmDynamoDbLocal(
  documents: DynamoDBDocumentClient,
  tableName: string,
  creditCode: string,
): Promise<void> {
  const enterprises = new DynamoEnterpriseRepository(documents, tableName);
  const towns = new DynamoTownRepository(documents, tableName);
  const ledger = new DynamoRateLedger(documents, tableName);
  for (let call = 0; call < WARM_UP_CALLS; call += 1) {
    await enterprises.get(creditCode);
    await towns.list();
    await documents.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        Limit: 11,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ENT' },
      }),
    );
    await ledger.claim('bench-warm-up', windowAt(new Date(), 60), 1, Number.MAX_SAFE_INTEGER);
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: { pk: 'BENCH-WARM-UP', sk: 'RECORD', version: call + 1 },
              ConditionExpression: 'attribute_not_exists(pk) OR version = :expected',
              ExpressionAttributeValues: { ':expected': call },
            },
          },
          {
            Put: {
              TableName: tableName,
              Item: { pk: 'BENCH-WARM-UP', sk: `AUDIT#${String(call).padStart(4, '0')}` },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  }
}

async function main(): Promise<void> {
  const load = loadavg().map((value) => value.toFixed(1));
  const wholeDir = mkdtempSync(join(tmpdir(), 'sfa-cold-whole-'));
  const floorDir = mkdtempSync(join(tmpdir(), 'sfa-cold-floor-'));
  const wholeBytes = startBytes(bundleFunction(process.cwd(), 'functions/handlers/graphql.ts', wholeDir));
  const floorBytes = startBytes(bundleFunction(process.cwd(), 'bench/cold-start-floor.ts', floorDir));

  const { dynamo, endpoint, close } = await benchDynamo();
  try {
    const tableName = `bench-cold-start-${Date.now()}`;
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    const documents = createDocumentClient(dynamo);
    const enterprises = new DynamoEnterpriseRepository(documents, tableName);
    const seeded = demoEnterprises(30);
    await seedDemoData(
      { enterprises: seeded, providers: [] },
      { enterprises, providers: new DynamoProviderRepository(documents, tableName), clock: systemClock },
    );
    const target = seeded[0]?.creditCode ?? '';

    // What Lambda gives the function (`infra/constructs/service-function.ts`, the stateless stack) for a
    // request its caller did not sample for X-Ray (the signed-in route cannot be traced; the public route
    // samples 5 %): a function that loads Powertools' Tracer has it on. Only DynamoDB is local.
    const lambdaEnv = (outdir: string): Record<string, string> => ({
      PATH: process.env['PATH'] ?? '',
      NODE_OPTIONS: '',
      TZ: ':UTC',
      LANG: 'en_US.UTF-8',
      LAMBDA_TASK_ROOT: outdir,
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_FUNCTION_NAME: 'graphql',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/graphql',
      AWS_LAMBDA_LOG_STREAM_NAME: 'bench',
      _X_AMZN_TRACE_ID: 'Root=1-67a1b2c3-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0',
      AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
      AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
      AWS_REGION: 'cn-north-1',
      AWS_DEFAULT_REGION: 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_SESSION_TOKEN: 'bench',
      POWERTOOLS_SERVICE_NAME: 'smart-factory-awards',
      POWERTOOLS_METRICS_NAMESPACE: 'SmartFactoryAwards',
      // As the stack sets it without the opt-in Operations dashboard (infra/stacks/stateless-stack.ts).
      POWERTOOLS_METRICS_DISABLED: 'true',
      API_MODE: 'production',
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: endpoint,
      ATTACHMENTS_BUCKET: 'bench-attachments',
      STATE_MACHINE_ARN: 'arn:aws-cn:states:cn-north-1:123456789012:stateMachine:bench',
      IMPORT_FUNCTION_NAME: 'bench-import',
    });
    let phone = 0;
    const wholeEvents = async (): Promise<unknown[]> => {
      // The enterprise's current version, as the first screen would have read it (not timed).
      const version = (await enterprises.get(target))?.version ?? 1;
      phone += 1;
      const contacts = [{ name: '冷启动', phone: `021-5970${String(phone % 10_000).padStart(4, '0')}` }];
      return [
        httpApiEvent(ENTERPRISES, {}, 'cold-start-1'),
        httpApiEvent(UPDATE_CONTACTS, { input: { creditCode: target, version, contacts } }, 'cold-start-2'),
      ];
    };
    const floorEvents = [httpApiEvent(FLOOR_QUERY, { creditCode: target }, 'cold-start-1')];
    const childEnv = (outdir: string, events: unknown[]) => ({
      ...lambdaEnv(outdir),
      COLD_START_RUN: JSON.stringify({ entry: pathToFileURL(join(outdir, 'index.mjs')).href, events }),
    });

    let nextWholeEvents = await wholeEvents();
    const bare: Variant = {
      name: 'node -e',
      args: () => ['-e', BARE],
      env: () => lambdaEnv(tmpdir()),
      samples: [],
    };
    const floor: Variant = {
      name: 'floor',
      args: () => ['--input-type=module', '-e', CHILD],
      env: () => childEnv(floorDir, floorEvents),
      samples: [],
    };
    const whole: Variant = {
      name: 'whole handler',
      args: () => ['--input-type=module', '-e', CHILD],
      env: () => childEnv(wholeDir, nextWholeEvents),
      samples: [],
    };
    const variants = [bare, floor, whole];
    await warmDynamoDbLocal(documents, tableName, seeded[1]?.creditCode ?? target);
    // One round first, not counted: the disk cache.
    for (const variant of variants) {
      run(variant);
      if (variant === whole) nextWholeEvents = await wholeEvents();
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = variants.map((_, index) => variants[(index + round) % variants.length]);
      for (const variant of round % 2 === 0 ? order : order.reverse()) {
        if (!variant) continue;
        variant.samples.push(run(variant));
        if (variant === whole) nextWholeEvents = await wholeEvents();
      }
    }
    const wholeLoaded = bytesLoadedBy(wholeDir, childEnv(wholeDir, nextWholeEvents));

    const figure = (variant: Variant) => ({
      toLast: median(variant.samples.map((sample) => sample.toLast)),
      imported: median(variant.samples.map((sample) => sample.imported)),
      wall: median(variant.samples.map((sample) => sample.wall)),
      cpu: median(variant.samples.map((sample) => sample.cpu)),
      answers: [0, 1].map((index) =>
        median(
          variant.samples.map(
            (sample) => (sample.answers[index] ?? 0) - (sample.answers[index - 1] ?? sample.imported),
          ),
        ),
      ),
    });
    const [b, f, w] = [figure(bare), figure(floor), figure(whole)];
    const ratio = w.toLast / f.toLast;
    const pairedRatio = median(
      whole.samples.map((sample, index) => sample.toLast / (floor.samples[index]?.toLast ?? sample.toLast)),
    );
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    console.log(
      `cold start bench (issue 19, B4): ${ROUNDS} rounds in turns, medians; Node ${process.version}, ` +
        `${String(availableParallelism())} CPUs, load average ${load.join(' ')} at start, ` +
        `${loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')} at the end`,
    );
    const row = (label: string, figures: typeof b, steps: string) =>
      console.log(
        `  ${label.padEnd(38)}${ms(figures.toLast).padStart(7)}  ${`${(figures.toLast / b.toLast).toFixed(1)}×`.padStart(6)}` +
          `${ms(figures.cpu).padStart(9)}${ms(figures.wall).padStart(9)}   ${steps}`,
      );
    console.log(
      `  ${''.padEnd(38)}${'to last'.padStart(7)}  ${'× node'.padStart(6)}${'CPU'.padStart(9)}${'spawn→exit'.padStart(11)} steps`,
    );
    row('node -e (bare start)', b, 'its first line');
    row(
      'floor: one GetItem-backed field',
      f,
      `import + build ${ms(f.imported)}, answer +${ms(f.answers[0] ?? 0)}`,
    );
    row(
      'whole handler: page + audited write',
      w,
      `import + build ${ms(w.imported)}, enterprises(first: 10) +${ms(w.answers[0] ?? 0)}, ` +
        `updateEnterprise +${ms(w.answers[1] ?? 0)}`,
    );
    console.log(
      `  whole / floor: ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO}) ${verdict(ratio <= MAX_RATIO)}` +
        ` [each round's own ratio, median: ${pairedRatio.toFixed(2)}; CPU: ${(w.cpu / f.cpu).toFixed(2)}]`,
    );
    console.log(
      `  loaded at start (entry + static imports): whole ${mb(wholeBytes.start)} (target ≤ 1.5 MB, aim ≤ 1 MB) ` +
        `${verdict(wholeBytes.start <= MAX_START_BYTES)}${wholeBytes.start <= AIM_START_BYTES ? ', aim met' : ''}; ` +
        `floor ${mb(floorBytes.start)}`,
    );
    console.log(
      `  whole handler: ${mb(wholeLoaded)} loaded by its last answer, ${mb(wholeBytes.total)} bundled in all`,
    );
    if (ratio > MAX_RATIO || wholeBytes.start > MAX_START_BYTES) process.exitCode = 1;
  } finally {
    await close();
    rmSync(wholeDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

await main();
