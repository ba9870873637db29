import { authorize, authorizeUser } from '#domain/authorization/policy';
import type { Clock } from '#domain/clock';
import type { Principal, UserPrincipal } from '#domain/identity/principal';

/** Liveness. Public: says nothing about data. */
export function health(clock: Clock): { status: 'ok'; time: Date } {
  return { status: 'ok', time: clock.now() };
}

export interface ServiceVersion {
  readonly service: string;
  readonly version: string;
  readonly mode: string;
}

/** Which build answers. Signed-in roles only: the version helps an attacker more than a visitor. */
export function version(principal: Principal, build: ServiceVersion): ServiceVersion {
  authorize(principal, 'version');
  return build;
}

/** The caller as the API sees them, so a front end can show the right pages. */
export function me(principal: Principal): UserPrincipal {
  return authorizeUser(principal, 'me');
}
