import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { meterReads } from '#adapters/dynamodb/read-budget';
import { DynamoAuditTrail } from '#adapters/dynamodb/audit-trail';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoNotificationStore } from '#adapters/dynamodb/notification-store';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { loadedOnFirstUse } from '#adapters/loaded-on-first-use';
import { DynamoRateLedger } from '#adapters/dynamodb/rate-ledger';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import { BUILD_INFO } from '#config/build-info';
import type { ApiMode } from '#config/env';
import type { Clock } from '#domain/clock';
import type { ClockControl } from '#domain/clock-control';
import type { FileStore } from '#domain/files/file-store';
import type { ProgrammeStore } from '#domain/programme-store';
import type { Workflow } from '#domain/workflow/workflow-port';
import type { ImportQueue } from '#domain/benchmark/import-queue';
import type { Telemetry } from '#domain/telemetry';
import { noTelemetry } from '#domain/telemetry';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import { RateLimiter } from '#use-cases/rate-limits/rate-limiter';
import { ReferenceTowns } from '#use-cases/reference-towns';
import type { AppServices, GraphQLContext } from './context.ts';
import { createLoaders } from './loaders.ts';

/** Wires the adapters behind the domain's ports. Called once per process by a composition root. */
export function createAppServices(options: {
  readonly mode: ApiMode;
  readonly dynamo: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
  /** The movable clock of a local development server (`npm start -- --clock`); none in production. */
  readonly clockControl?: ClockControl | undefined;
  /** S3 in AWS, a local folder for `npm start` and the tests. */
  readonly files: FileStore;
  /** Step Functions in AWS, the local runner on one machine; built over the services' records. */
  readonly workflow: (services: { readonly programme: ProgrammeStore; readonly clock: Clock }) => Workflow;
  /** The import Lambda in AWS; locally the process itself, running imports over these same services. */
  readonly imports: (services: Omit<AppServices, 'imports' | 'build'>) => ImportQueue;
  /** Metrics in Lambda; none by default. */
  readonly telemetry?: Telemetry;
  /** Each caller's rate budget (the HTTP transports' composition roots give it); none: no rate limit. */
  readonly rateLimits?: RateLimits | undefined;
}): AppServices {
  // Each GraphQL request's reads count against its budget (the transports give each request its meter).
  meterReads(options.dynamo);
  const documents = createDocumentClient(options.dynamo);
  const programme = new DynamoProgrammeStore(documents, options.tableName);
  const towns = new DynamoTownRepository(documents, options.tableName);
  const services = {
    clock: options.clock,
    clockControl: options.mode === 'production' ? undefined : options.clockControl,
    // Powertools' idempotency utility serves the money operations only: it loads on their first call, not
    // at every cold start (issue 19, B4).
    idempotency: loadedOnFirstUse(async () => {
      const { DynamoIdempotency } = await import('#adapters/dynamodb/idempotency');
      return new DynamoIdempotency(options.dynamo, options.tableName);
    }),
    towns,
    referenceTowns: new ReferenceTowns(towns),
    enterprises: new DynamoEnterpriseRepository(documents, options.tableName),
    providers: new DynamoProviderRepository(documents, options.tableName),
    auditTrail: new DynamoAuditTrail(documents, options.tableName),
    notifications: new DynamoNotificationStore(documents, options.tableName),
    programme,
    statistics: new DynamoStatistics(documents, options.tableName),
    statutoryCalendar: chineseDaysCalendar,
    files: options.files,
    workflow: options.workflow({ programme, clock: options.clock }),
    telemetry: options.telemetry ?? noTelemetry,
    rateLimiter:
      options.rateLimits === undefined
        ? undefined
        : new RateLimiter(
            new DynamoRateLedger(documents, options.tableName),
            options.clock,
            options.rateLimits,
          ),
  };
  return { ...services, build: { ...BUILD_INFO, mode: options.mode }, imports: options.imports(services) };
}

/** The context of one request: its caller (and where it came from) and fresh loaders over the shared services. */
export function requestContext(
  app: AppServices,
  principal: GraphQLContext['principal'],
  sourceIp?: string,
): GraphQLContext {
  return { principal, app, loaders: createLoaders(app), sourceIp };
}
