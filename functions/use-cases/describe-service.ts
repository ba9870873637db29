import { authorize, authorizeUser } from '#domain/authorization/policy';
import type { ProgrammePorts } from './programme/record-change.ts';
import { policyCoverage } from './programme/policy-versions.ts';
import type { Principal, UserPrincipal } from '#domain/identity/principal';

/**
 * Liveness, and whether a published policy version covers today (R9.1: nothing is guessed, so a gap must
 * be seen). Public: it says nothing about data beyond which published version is in force.
 */
export async function health(
  ports: ProgrammePorts,
): Promise<{ status: 'ok'; time: Date; today: string; policyVersionInForce: string | null }> {
  const { date, versionId } = await policyCoverage(ports);
  return { status: 'ok', time: ports.clock.now(), today: date, policyVersionInForce: versionId };
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
