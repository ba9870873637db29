/**
 * Authorization, in one place: which principal may run which operation. Every use case calls
 * `authorize` before it touches data; resolvers never decide access themselves. Row-level scope (a town
 * officer's own town, an enterprise's own records) is added here as the registry arrives.
 */
import { Forbidden } from '../errors.ts';
import type { Principal, Role, UserPrincipal } from '../identity/principal.ts';
import { ROLES } from '../identity/principal.ts';

type Rule =
  /** Anyone, signed in or not. Kept to what R6.4 makes public, plus liveness. */
  | { readonly public: true }
  /** Signed-in users acting in one of these roles. */
  | { readonly public: false; readonly roles: readonly Role[] };

const EVERY_ROLE: Rule = { public: false, roles: ROLES };

/** Every operation of the API and who may run it. The authorization matrix test walks this table. */
export const OPERATION_RULES = {
  /** Liveness probe: says nothing about data, so load balancers and monitors may call it unsigned. */
  health: { public: true },
  version: EVERY_ROLE,
  me: EVERY_ROLE,
  listTowns: EVERY_ROLE,
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof OPERATION_RULES;

export function isAllowed(principal: Principal, operation: Operation): boolean {
  const rule: Rule = OPERATION_RULES[operation];
  if (rule.public) return true;
  return principal.kind === 'user' && rule.roles.includes(principal.role);
}

/** Throws `Forbidden` unless the principal may run the operation. */
export function authorize(principal: Principal, operation: Operation): void {
  if (isAllowed(principal, operation)) return;
  throw new Forbidden(
    principal.kind === 'anonymous'
      ? `${operation} needs a signed-in user`
      : `role ${principal.role} may not run ${operation}`,
  );
}

/** For operations that only make sense for a signed-in user. */
export function authorizeUser(principal: Principal, operation: Operation): UserPrincipal {
  authorize(principal, operation);
  if (principal.kind !== 'user') throw new Forbidden(`${operation} needs a signed-in user`);
  return principal;
}
