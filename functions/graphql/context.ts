import type { Clock } from '#domain/clock';
import type { Principal } from '#domain/identity/principal';
import type { TownRepository } from '#domain/towns/town';
import type { ServiceVersion } from '#use-cases/describe-service';

/** Adapters and settings built once per process by a composition root (Lambda handler or `npm start`). */
export interface AppServices {
  readonly build: ServiceVersion;
  readonly clock: Clock;
  readonly towns: TownRepository;
}

/** Per request: the caller, plus the process-wide services. */
export interface GraphQLContext {
  readonly principal: Principal;
  readonly app: AppServices;
}
