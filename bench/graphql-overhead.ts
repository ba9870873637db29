/**
 * `npm run bench` (part 4): what GraphQL costs, and what a cold start costs.
 *
 * 1. A nested list (100 enterprises with town and eligibility) through the full Apollo server
 *    (`executeOperation`, warm document cache) against the same use cases called directly on the same
 *    data: ratio direct / GraphQL (target ≥ 0.6).
 * 2. The GraphQL Lambda bundle built as CDK builds it (`infra/bundle.ts`: minified, AWS SDK included,
 *    split into chunks): the size of what a cold start loads (target ≤ 1.5 MB) and of the whole bundle,
 *    and the time to import it and build the server, against `node -e 0` (target ≤ 4×).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { systemClock } from '#domain/clock';
import { createAppServices, requestContext } from '#graphql/app-services';
import { createApolloServer } from '#graphql/server';
import { enterpriseEligibilityToday, listEnterprises } from '#use-cases/registry/enterprise-queries';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import { demoEnterprises } from '../local/demo-data.ts';
import { benchDynamo } from './dynamodb.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { localImports } from '../local/local-import-queue.ts';
import { LocalFileStore } from '../local/local-file-store.ts';
import { bundleFunction } from '../infra/bundle.ts';

const REPEATS = 100;
const QUERY = `query { enterprises(first: 100) { edges { node { creditCode name town { code name } eligibility { eligible reasons { rule message } } } } } }`;
const COMMISSION = { kind: 'user', userId: 'bench', role: 'ECONOMIC_COMMISSION' } as const;

async function overhead(): Promise<number> {
  const { dynamo, close } = await benchDynamo();
  try {
    const tableName = `bench-overhead-${Date.now()}`;
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    const documents = createDocumentClient(dynamo);
    await seedDemoData(
      { enterprises: demoEnterprises(300), providers: [] },
      {
        enterprises: new DynamoEnterpriseRepository(documents, tableName),
        providers: new DynamoProviderRepository(documents, tableName),
        clock: systemClock,
      },
    );
    const app = createAppServices({
      mode: 'production',
      dynamo,
      tableName,
      clock: systemClock,
      files: new LocalFileStore(
        mkdtempSync(join(tmpdir(), 'sfa-bench-')),
        new Uint8Array(32),
        () => 'http://127.0.0.1:9',
        systemClock,
      ),
      workflow: () => ({ start: () => Promise.resolve(), completeStage: () => Promise.resolve(false) }),
      imports: localImports(() => undefined),
    });
    const server = createApolloServer({ mode: 'production', logError: () => undefined });
    await server.start();
    const viaGraphql = async () => {
      const result = await server.executeOperation(
        { query: QUERY },
        { contextValue: requestContext(app, COMMISSION) },
      );
      if (result.body.kind !== 'single' || result.body.singleResult.errors)
        throw new Error('the query failed');
    };
    const direct = async () => {
      const page = await listEnterprises(COMMISSION, { first: 100 }, app);
      const towns = await app.towns.getMany([...new Set(page.edges.map((edge) => edge.node.town))]);
      const rows = page.edges.map((edge) => ({
        creditCode: edge.node.creditCode,
        name: edge.node.name,
        town: towns.get(edge.node.town),
        eligibility: enterpriseEligibilityToday(edge.node, app),
      }));
      if (rows.length !== 100) throw new Error('the page is short');
    };
    const time = async (work: () => Promise<void>) => {
      for (let i = 0; i < 5; i += 1) await work(); // warm-up: JIT, document cache, connections
      const started = performance.now();
      for (let i = 0; i < REPEATS; i += 1) await work();
      return (performance.now() - started) / REPEATS;
    };
    const graphqlMs = await time(viaGraphql);
    const directMs = await time(direct);
    await server.stop();
    const ratio = directMs / graphqlMs;
    console.log(`graphql overhead bench: enterprises(first: 100) with town and eligibility, ${REPEATS} runs`);
    console.log(
      `  through Apollo (executeOperation): ${graphqlMs.toFixed(1)} ms; use cases directly: ${directMs.toFixed(1)} ms`,
    );
    console.log(`  ratio direct / GraphQL: ${ratio.toFixed(2)} (target ≥ 0.6)`);
    return ratio;
  } finally {
    await close();
  }
}

function coldStart(): { startBytes: number; ratio: number } {
  const outdir = mkdtempSync(join(tmpdir(), 'sfa-bundle-'));
  const metafile = bundleFunction(process.cwd(), 'functions/handlers/graphql.ts', outdir);
  const totalBytes = Object.values(metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  const entry = join(outdir, 'index.mjs');
  const env = {
    ...process.env,
    // As the function runs: without tsx's loader, which this bench's own process was started with.
    NODE_OPTIONS: '',
    API_MODE: 'production',
    TABLE_NAME: 'bench',
    AWS_REGION: 'cn-north-1',
    ATTACHMENTS_BUCKET: 'bench',
    STATE_MACHINE_ARN: 'arn:aws:states:cn-north-1:000000000000:stateMachine:bench',
    IMPORT_FUNCTION_NAME: 'bench',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
  };
  const run = (args: string[]) => {
    const started = performance.now();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    return performance.now() - started;
  };
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  // Import the handler module (it builds the clients and starts the Apollo server) and answer a first
  // operation, as the first invocation would. Taken in turns with the bare start, so that whatever else
  // the machine is doing weighs on both alike.
  const firstOperation = `const m = await import(${JSON.stringify(entry)}); await m.server.executeOperation({ query: '{ __typename }' }, { contextValue: {} });`;
  const bareRuns: number[] = [];
  const initRuns: number[] = [];
  for (let turn = 0; turn < 11; turn += 1) {
    bareRuns.push(run(['-e', '0']));
    initRuns.push(run(['--input-type=module', '-e', firstOperation]));
  }
  const bare = median(bareRuns);
  const init = median(initRuns);
  // What a cold start loads, as Node loads it (a module hook lists every file): the entry, the chunks it
  // imports, and those the server imports while it starts and answers.
  const loaded = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { registerHooks } from 'node:module';
       const loaded = new Set();
       registerHooks({ load: (url, context, next) => (loaded.add(url), next(url, context)) });
       ${firstOperation}
       console.log(JSON.stringify([...loaded]));`,
    ],
    { env, encoding: 'utf8' },
  );
  const bundleUrl = pathToFileURL(outdir).href;
  const startBytes = (JSON.parse(loaded.trim().split('\n').at(-1) ?? '[]') as string[])
    .filter((url) => url.startsWith(bundleUrl))
    .reduce((sum, url) => sum + statSync(new URL(url)).size, 0);
  const ratio = init / bare;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  console.log(
    `cold start: GraphQL Lambda bundle ${mb(startBytes)} MB minified loaded at start (target ≤ 1.5 MB); ` +
      `${mb(totalBytes)} MB with the chunks loaded when a request needs them`,
  );
  console.log(
    `  node -e 0: ${bare.toFixed(0)} ms; import + build the server: ${init.toFixed(0)} ms — ratio ${ratio.toFixed(2)} (target ≤ 4)`,
  );
  return { startBytes, ratio };
}

const ratio = await overhead();
const cold = coldStart();
if (ratio < 0.6 || cold.startBytes > 1.5 * 1024 * 1024 || cold.ratio > 4) {
  console.log('  one or more targets of issue 8 are not met (see above)');
  process.exitCode = 1;
}
