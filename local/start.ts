/**
 * `npm start`: the whole API on this machine. Starts DynamoDB Local (unless DYNAMODB_ENDPOINT names
 * another endpoint), creates the table from the design CDK deploys, seeds reference data, and serves
 * GraphQL at http://localhost:4000/graphql. Ctrl-C stops everything, DynamoDB Local included.
 *
 *   npm start                    data kept in .data/dynamodb across restarts
 *   npm start -- --in-memory     a throw-away database
 *   npm start -- --clock 2026-12-28T10:00+08:00 [--speed 60]
 *                                the server's clock starts at that instant (at 60× real speed); move it
 *                                forward while it runs with `npm run clock -- +5d` (local/clock.ts)
 *
 * Environment: PORT (4000), DYNAMODB_LOCAL_PORT (8000), DYNAMODB_ENDPOINT, TABLE_NAME; as in AWS,
 * RATE_LIMIT_WINDOW_SECONDS (60), RATE_LIMIT_USER_POINTS (6000), RATE_LIMIT_ANONYMOUS_POINTS (600) and
 * TRUSTED_DOCUMENTS (off; `required` serves only the registered operations).
 */
import { parseArgs } from 'node:util';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { loadRateLimits, loadTrustedDocumentsMode, optionalEnv } from '#config/env';
import { loadOrCreateDevSecret } from './dev-secret.ts';
import type { RunningDynamoDbLocal } from './dynamodb-local.ts';
import { assertPortFree, LocalSetupError, startDynamoDbLocal } from './dynamodb-local.ts';
import { prepareDatabase, startLocalApi } from './local-api.ts';
import { LOCAL_PATHS } from './paths.ts';
import { startClock } from './start-clock.ts';

const REQUIRED_NODE_MAJOR = 22;

function portFrom(name: string, fallback: number): number {
  const raw = optionalEnv(process.env, name);
  const port = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new LocalSetupError(`${name} must be a port number, got "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < REQUIRED_NODE_MAJOR) {
    throw new LocalSetupError(
      `Node.js ${REQUIRED_NODE_MAJOR} is required and this is ${process.version}: run "npm install" then "npm start" (npm scripts use the project's own Node ${REQUIRED_NODE_MAJOR}).`,
    );
  }
  const { values } = parseArgs({
    options: {
      'in-memory': { type: 'boolean', default: false },
      clock: { type: 'string' },
      speed: { type: 'string' },
    },
  });
  // One clock for everything this process does: the API, the workflow, imports and demo seeding.
  const time = startClock({
    clock: values.clock,
    speed: values.speed,
    savedAt: values['in-memory'] ? undefined : LOCAL_PATHS.clock,
  });
  const port = portFrom('PORT', 4000);
  // Read before anything starts: a malformed value stops here, naming the variable.
  const rateLimits = loadRateLimits(process.env);
  const trustedDocuments = loadTrustedDocumentsMode(process.env);
  const tableName = optionalEnv(process.env, 'TABLE_NAME') ?? 'smart-factory-awards-local';
  const externalEndpoint = optionalEnv(process.env, 'DYNAMODB_ENDPOINT');

  await assertPortFree(port, 'GraphQL API', 'PORT');
  let dynamoLocal: RunningDynamoDbLocal | undefined;
  if (externalEndpoint === undefined) {
    const localPort = portFrom('DYNAMODB_LOCAL_PORT', 8000);
    dynamoLocal = await startDynamoDbLocal({
      port: localPort,
      ...(values['in-memory'] ? {} : { dataDir: LOCAL_PATHS.dynamodbData }),
    });
  }
  const endpoint = externalEndpoint ?? dynamoLocal?.endpoint;
  const dynamo = createDynamoClient({
    endpoint,
    region: optionalEnv(process.env, 'AWS_REGION') ?? 'cn-north-1',
  });

  let shuttingDown = false;
  const stopDatabase = async (): Promise<void> => {
    time.save();
    dynamo.destroy();
    await dynamoLocal?.stop();
  };
  try {
    const seeded = await prepareDatabase(dynamo, tableName, { demo: true, clock: time.clock });
    const api = await startLocalApi({
      mode: 'development',
      dynamo,
      tableName,
      devSecret: loadOrCreateDevSecret(),
      clock: time.clock,
      host: '127.0.0.1',
      port,
      filesDir: LOCAL_PATHS.files,
      // Issue 17: domain events from the table's stream (imports run in their own processes emit them too).
      events: true,
      rateLimits,
      trustedDocuments,
    });
    const shutdown = (signal: string): void => {
      if (shuttingDown) return;
      shuttingDown = true;
      console.log(`\n${signal}: stopping the API and DynamoDB Local…`);
      void api
        .close()
        .then(stopDatabase)
        .then(() => process.exit(0));
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    console.log(
      [
        '',
        `smart-factory-awards API ready at ${api.url}`,
        `  data:   ${externalEndpoint ?? (values['in-memory'] ? 'DynamoDB Local, in memory' : `DynamoDB Local, ${LOCAL_PATHS.dynamodbData}`)} (table ${tableName}${seeded.townsAdded > 0 ? `, seeded ${seeded.townsAdded} towns` : ''}${seeded.demoEnterprises > 0 ? `, ${seeded.demoEnterprises} demo enterprises and ${seeded.demoProviders} providers` : ''})`,
        `  clock:  ${time.describe()}`,
        `  limits: ${rateLimits.userPoints} reads per ${rateLimits.windowSeconds} s per user, ${rateLimits.anonymousPoints} per anonymous address; trusted documents ${trustedDocuments}`,
        `  events: published from the table's stream as changes commit (docs/events.md)`,
        `  notify: e-mails and SMS go to the local outbox, read with the notifications query (docs/front-end.md)`,
        `  ui:     ${new URL('/', api.url).href}   (GraphiQL 5, offline: role and town picker, Explorer, the example operations as tabs)`,
        `  token:  npm run token -- --role ECONOMIC_COMMISSION     (other roles: npm run token -- --help)`,
        `  try:    curl -s ${api.url} -H 'content-type: application/json' -H "authorization: Bearer $(npm run -s token -- --role ECONOMIC_COMMISSION)" -d '{"query":"{ towns { code name } }"}'`,
        '  stop:   Ctrl-C',
        '',
      ].join('\n'),
    );
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof LocalSetupError ? `npm start: ${error.message}` : error);
  process.exit(1);
});
