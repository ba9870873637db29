import { Unauthenticated } from '#domain/errors';
import { ANONYMOUS } from '#domain/identity/principal';
import type { Principal } from '#domain/identity/principal';
import { principalFromClaims } from './claims.ts';
import { verifyDevToken } from './dev-tokens.ts';

/**
 * Who sent a request, per transport. In AWS the authorizer has already verified the token and passes
 * its claims; the public route has no authorizer and so no claims. Locally the server verifies the
 * development token in the Authorization header itself.
 */
export function principalFromAuthorizerClaims(claims: Record<string, unknown> | undefined): Principal {
  return claims === undefined ? ANONYMOUS : principalFromClaims(claims);
}

export async function principalFromDevBearer(
  authorization: string | undefined,
  secret: Uint8Array,
): Promise<Principal> {
  if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw new Unauthenticated('Authorization header must be "Bearer <token>"');
  return principalFromClaims(await verifyDevToken(secret, match[1]));
}
