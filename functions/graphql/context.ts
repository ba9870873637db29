import type { AuditTrail } from '#domain/audit/audit-record';
import type { StatutoryCalendar } from '#domain/calendar/statutory-calendar';
import type { Clock } from '#domain/clock';
import type { ClockControl } from '#domain/clock-control';
import type { FileStore } from '#domain/files/file-store';
import type { ProgrammeStore } from '#domain/programme-store';
import type { Workflow } from '#domain/workflow/workflow-port';
import type { ImportQueue } from '#domain/benchmark/import-queue';
import type { Idempotency } from '#domain/idempotency';
import type { NotificationStore } from '#domain/notifications/delivery';
import type { Principal } from '#domain/identity/principal';
import type { StatisticsReader } from '#domain/statistics/statistics-port';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import type { TownRepository } from '#domain/towns/town';
import type { ServiceVersion } from '#use-cases/describe-service';
import type { ReferenceTowns } from '#use-cases/reference-towns';
import type { Loaders } from './loaders.ts';
import type { Telemetry } from '#domain/telemetry';
import type { RateLimiter } from '#use-cases/rate-limits/rate-limiter';

/** Adapters and settings built once per process by a composition root (Lambda handler or `npm start`). */
export interface AppServices {
  readonly build: ServiceVersion;
  readonly clock: Clock;
  /** Moving the clock: a local development server only (`npm start -- --clock`); never in production. */
  readonly clockControl?: ClockControl | undefined;
  readonly towns: TownRepository;
  /** Every town as this process last read it (at most five minutes old): for showing records' towns. */
  readonly referenceTowns: ReferenceTowns;
  readonly enterprises: EnterpriseRepository;
  readonly providers: ProviderRepository;
  readonly auditTrail: AuditTrail;
  readonly programme: ProgrammeStore;
  /** The programme statistics' counters (issue 17), kept by the statistics consumer; read here. */
  readonly statistics: StatisticsReader;
  /** The statutory holiday arrangements bundled with the service (chinese-days); loaded years win (R6.4.2). */
  readonly statutoryCalendar: StatutoryCalendar;
  readonly files: FileStore;
  readonly workflow: Workflow;
  /** Where imports requested through the API run (the import Lambda, or this process locally). */
  readonly imports: ImportQueue;
  /** Requests that must happen once under a client's key (payment batches and results). */
  readonly idempotency: Idempotency;
  /** Notification preferences and deliveries (issue 17): read and chosen through the API. */
  readonly notifications: NotificationStore;
  /** Counts for operators (metrics in Lambda). */
  readonly telemetry: Telemetry;
  /**
   * Each caller's rate budget, charged by the HTTP transports' requests (Lambda and `npm start`); absent
   * where the API is called in-process (tests calling `executeOperation`, benches).
   */
  readonly rateLimiter?: RateLimiter | undefined;
}

/** Per request: the caller and their request's loaders, plus the process-wide services. */
export interface GraphQLContext {
  readonly principal: Principal;
  readonly app: AppServices;
  readonly loaders: Loaders;
  /** The address the request came from (API Gateway's, or the local server's socket): anonymous callers' rate key. */
  readonly sourceIp?: string | undefined;
}
