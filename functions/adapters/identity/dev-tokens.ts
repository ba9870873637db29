import { Unauthenticated } from '#domain/errors';
import type { Role } from '#domain/identity/principal';
import { CLAIMS } from './claims.ts';

/**
 * Development tokens: HS256 JWTs carrying the same claims as Cognito ID tokens, signed with a secret
 * that exists only on the developer's machine. The local server verifies them; the Lambda never does
 * (in AWS the HTTP API's Cognito authorizer verifies tokens), and a server in production mode refuses them.
 */
export const DEV_TOKEN_ISSUER = 'smart-factory-awards/local';
export const DEV_TOKEN_AUDIENCE = 'smart-factory-awards/api';

export interface DevTokenRequest {
  readonly userId: string;
  readonly role: Role;
  readonly town?: string | undefined;
  readonly creditCode?: string | undefined;
  readonly providerId?: string | undefined;
  /** JOINT_REVIEWER: the member body signed for (R3.1.1). */
  readonly body?: string | undefined;
  /** Lifetime in seconds. */
  readonly ttlSeconds: number;
}

/** jose is loaded when a development token is first used: the Lambda, which never sees one, never loads it. */
const jose = () => import('jose');

export async function signDevToken(secret: Uint8Array, request: DevTokenRequest): Promise<string> {
  const { SignJWT } = await jose();
  return new SignJWT({
    [CLAIMS.groups]: [request.role],
    ...(request.town === undefined ? {} : { [CLAIMS.town]: request.town }),
    ...(request.creditCode === undefined ? {} : { [CLAIMS.creditCode]: request.creditCode }),
    ...(request.providerId === undefined ? {} : { [CLAIMS.providerId]: request.providerId }),
    ...(request.body === undefined ? {} : { [CLAIMS.body]: request.body }),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.userId)
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds}s`)
    .sign(secret);
}

/** Returns the verified claims, or throws `Unauthenticated` saying why the token was refused. */
export async function verifyDevToken(secret: Uint8Array, token: string): Promise<unknown> {
  const { errors, jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: DEV_TOKEN_ISSUER,
      audience: DEV_TOKEN_AUDIENCE,
      algorithms: ['HS256'],
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new Unauthenticated('token has expired');
    if (error instanceof errors.JOSEError) throw new Unauthenticated('token is invalid');
    throw error;
  }
}
