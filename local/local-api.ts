import type { IncomingMessage } from 'node:http';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '#adapters/dynamodb/ensure-table';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';
import { principalFromDevBearer } from '#adapters/identity/request-identity';
import type { ApiMode, TrustedDocumentsMode } from '#config/env';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import type { Clock } from '#domain/clock';
import type { WaitableClock } from '#domain/waitable-clock';
import type { ImportJob } from '#domain/benchmark/import-queue';
import { DomainError, Unauthenticated } from '#domain/errors';
import { ANONYMOUS } from '#domain/identity/principal';
import type { Principal } from '#domain/identity/principal';
import { createAppServices, requestContext } from '#graphql/app-services';
import { unauthenticatedRequest } from '#graphql/format-error';
import { preferredLanguage } from '#domain/messages/bilingual';
import { createApolloServer } from '#graphql/server';
import { seedReferenceData } from '#use-cases/seed-reference-data';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { backfillAuditIndexesOnce } from '../scripts/audit-index-backfill.ts';
import { backfillStatisticsOnce } from '../scripts/statistics-backfill.ts';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import { countEvent } from '#use-cases/statistics/count-event';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { systemClock } from '#domain/clock';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import { seedPolicyVersion } from '#use-cases/programme/policy-versions';
import { DEMO_CONTINUATION } from './demo-policy.ts';
import { certifiedDemoEnterprises, demoEnterprises, demoProviders } from './demo-data.ts';
import { randomBytes } from 'node:crypto';
import type { LocalHttpServer } from './http-server.ts';
import { handleFileRequest, LocalFileStore } from './local-file-store.ts';
import { LocalWorkflowEngine, localWorkflow } from './workflow/local-workflow-engine.ts';
import { startLocalHttpServer } from './http-server.ts';
import { LocalImportQueue } from './local-import-queue.ts';
import type { ChildProcessImportOptions } from './import-process/child-process-import-queue.ts';
import { ChildProcessImportQueue, connectionOf } from './import-process/child-process-import-queue.ts';
import { handleGraphiqlRequest } from './graphiql-page.ts';
import { MovableClock } from './movable-clock.ts';
import { LocalEventPublisher } from './event-publisher.ts';
import { localNotifications } from './notifications.ts';
import { NOTIFYING_KINDS } from '#domain/notifications/routing';

/**
 * Creates the table from the shared design if needed, seeds reference data, runs the one-off migrations
 * (the audit indexes of issue 17), and with `demo` the demonstration registry when it is empty; safe to
 * repeat.
 */
export async function prepareDatabase(
  dynamo: DynamoDBClient,
  tableName: string,
  options: {
    readonly demo: boolean;
    readonly clock: Clock;
    /** The demo continuation of the 2022 rules (R9.1, labelled demo data); on with `demo`. */
    readonly demoPolicy?: boolean;
  } = { demo: false, clock: systemClock },
): Promise<{ townsAdded: number; demoEnterprises: number; demoProviders: number }> {
  await ensureTable(dynamo, tableName, TABLE_DESIGN);
  const documents = createDocumentClient(dynamo);
  const programme = new DynamoProgrammeStore(documents, tableName);
  const { townsAdded } = await seedReferenceData({
    towns: new DynamoTownRepository(documents, tableName),
    programme,
    clock: options.clock,
  });
  // Issue 17's one-off migration: audit records written before the cross-record indexes get them.
  await backfillAuditIndexesOnce(documents, tableName, options.clock.now());
  // Issue 17's programme statistics: counted from the events of every record that existed before them.
  await backfillStatisticsOnce(documents, tableName, options.clock.now());
  if (options.demoPolicy ?? options.demo)
    await seedPolicyVersion(programme, DEMO_CONTINUATION, options.clock.now());
  if (!options.demo) return { townsAdded, demoEnterprises: 0, demoProviders: 0 };
  const seeded = await seedDemoData(
    { enterprises: [...demoEnterprises(), ...certifiedDemoEnterprises()], providers: demoProviders() },
    {
      enterprises: new DynamoEnterpriseRepository(documents, tableName),
      providers: new DynamoProviderRepository(documents, tableName),
      clock: options.clock,
    },
  );
  return { townsAdded, demoEnterprises: seeded.enterprises, demoProviders: seeded.providers };
}

/**
 * Who sent a local request. Development tokens are honoured only in development mode: a server started
 * in production mode refuses every token it cannot have had verified by Cognito.
 */
async function localPrincipal(
  req: IncomingMessage,
  mode: ApiMode,
  devSecret: Uint8Array,
): Promise<Principal> {
  const authorization = req.headers.authorization;
  if (mode === 'production') {
    if (authorization === undefined) return ANONYMOUS;
    throw new Unauthenticated('development tokens are not accepted in production mode');
  }
  return principalFromDevBearer(authorization, devSecret);
}

/**
 * Where the local server runs the imports requested through it: each in a child process of its own, as
 * AWS runs them outside the API (the default, and what `npm start` does), or in the server's process
 * (API tests that need imports fast, and clocks a child cannot follow).
 */
export type LocalImports =
  | ({ readonly in: 'child-process' } & Pick<
      ChildProcessImportOptions,
      'heapLimitMb' | 'holdRun' | 'onRunEnded'
    >)
  | { readonly in: 'server-process' };

/** The local server, and its imports' queue (tests wait for it to be idle). */
export interface LocalApi extends LocalHttpServer {
  readonly imports: { idle(): Promise<void> };
  /** The domain-event publisher reading the table's stream (`events: true`): subscribe, or read `recent()`. */
  readonly events: LocalEventPublisher | undefined;
}

/** The whole API on one machine: the production server factory behind the local HTTP transport. */
export async function startLocalApi(options: {
  readonly mode: ApiMode;
  readonly dynamo: DynamoDBClient;
  readonly tableName: string;
  readonly devSecret: Uint8Array;
  readonly clock: WaitableClock;
  readonly host: string;
  readonly port: number;
  readonly logError?: (entry: { correlationId: string; error: unknown }) => void;
  /** Where uploaded attachments are kept (the local stand-in for the S3 bucket). */
  readonly filesDir: string;
  /** In a child process each (the default). */
  readonly imports?: LocalImports | undefined;
  /** Each caller's rate budget (`npm start`: RATE_LIMIT_* variables); none: requests are not rate limited. */
  readonly rateLimits?: RateLimits | undefined;
  /** TRUSTED_DOCUMENTS (`npm start`: off unless the variable says `required`). */
  readonly trustedDocuments?: TrustedDocumentsMode | undefined;
  /**
   * Publish domain events (issue 17) from the table's stream, as the pipe does in AWS: on for `npm start`;
   * off by default, so that API tests do not poll the stream (the events tests start their own publisher).
   */
  readonly events?: boolean | undefined;
}): Promise<LocalApi> {
  let baseUrl = '';
  const files = new LocalFileStore(
    options.filesDir,
    new Uint8Array(randomBytes(32)),
    () => baseUrl,
    options.clock,
  );
  const workflow = localWorkflow(options.clock, (projectId, error) =>
    (options.logError ?? ((entry) => console.error(`[workflow ${projectId}]`, entry.error)))({
      correlationId: projectId,
      error,
    }),
  );
  const logImportError = (job: ImportJob, error: unknown): void =>
    (options.logError ?? ((entry) => console.error(`[import ${job.importId}]`, entry.error)))({
      correlationId: job.importId,
      error,
    });
  const importsIn = options.imports ?? { in: 'child-process' };
  const stores = {
    ...(await connectionOf(options.dynamo)),
    tableName: options.tableName,
    filesDir: options.filesDir,
  };
  let imports: LocalImportQueue | ChildProcessImportQueue | undefined;
  const app = createAppServices({
    ...options,
    files,
    workflow,
    imports: (services) =>
      (imports =
        importsIn.in === 'server-process'
          ? new LocalImportQueue(services, logImportError)
          : new ChildProcessImportQueue(services, { ...importsIn, stores, onError: logImportError })),
    // `npm start -- --clock`: the commission may move it (`npm run clock`); createAppServices drops it in production mode.
    clockControl: options.clock instanceof MovableClock ? options.clock : undefined,
  });
  // After a restart, projects whose execution was under way continue from the stage they were in.
  if (app.workflow instanceof LocalWorkflowEngine) await app.workflow.resume(app.programme);
  const apollo = createApolloServer({
    mode: options.mode,
    logError: options.logError ?? ((entry) => console.error(`[error ${entry.correlationId}]`, entry.error)),
    trustedDocuments: options.trustedDocuments,
  });
  const server = await startLocalHttpServer({
    apollo,
    host: options.host,
    port: options.port,
    otherRoutes: async (req, res) =>
      (await handleGraphiqlRequest(req, res, options)) || handleFileRequest(files, req, res),
    context: async (req) => {
      try {
        return requestContext(
          app,
          await localPrincipal(req, options.mode, options.devSecret),
          req.socket.remoteAddress,
        );
      } catch (error) {
        if (error instanceof DomainError)
          throw unauthenticatedRequest(error, preferredLanguage(req.headers['accept-language']));
        throw error;
      }
    },
  });
  baseUrl = new URL(server.url).origin;
  const events =
    options.events === true
      ? new LocalEventPublisher({
          dynamo: options.dynamo,
          tableName: options.tableName,
          onError: (error, event) =>
            (options.logError ?? ((entry) => console.error(`[events ${entry.correlationId}]`, entry.error)))({
              correlationId: event?.id ?? 'stream',
              error,
            }),
        })
      : undefined;
  // Issue 17: the programme statistics count every event, as the statistics Lambda does in AWS.
  const statistics = new DynamoStatistics(createDocumentClient(options.dynamo), options.tableName);
  events?.subscribe(async (event) => {
    await countEvent(event, { counters: statistics, facts: statistics });
  });
  // Issue 17: notifications, as the notifications Lambda sends them in AWS, into the local outbox.
  const notifications = localNotifications({
    dynamo: options.dynamo,
    tableName: options.tableName,
    clock: options.clock,
    onParked: (delivery) =>
      (options.logError ?? ((entry) => console.error(`[notifications ${entry.correlationId}]`, entry.error)))(
        {
          correlationId: delivery.eventId,
          error: new Error(
            `notification parked: ${delivery.recipient} ${delivery.channel}: ${delivery.parkedReason}`,
          ),
        },
      ),
  });
  events?.subscribe(async (event) => {
    await notifications.deliver(event);
  }, NOTIFYING_KINDS);
  await events?.start();
  const queue = imports;
  if (queue === undefined) throw new Error('createAppServices built no import queue');
  return {
    url: server.url,
    imports: queue,
    events,
    // No request can start an import once the server has stopped; then the imports' processes stop, and
    // the publisher stops once it has delivered what they committed.
    close: async () => {
      await server.close();
      await queue.close();
      await events?.caughtUp(5_000).catch(() => undefined);
      await events?.stop();
    },
  };
}
