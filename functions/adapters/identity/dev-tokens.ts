import { Unauthenticated } from '#domain/errors';
import type { Role } from '#domain/identity/principal';
import { CLAIMS } from './claims.ts';

/**
 * Development tokens: HS256 JWTs carrying the same claims as Cognito ID tokens, signed with a secret
 * that exists only on the developer's machine. The local server verifies them; the Lambda never does
 * (in AWS the HTTP API's Cognito authorizer verifies tokens), and a server in production mode refuses them.
 * Every token expires: one without `exp` is refused (issue 16 item 6), and `npm run token` caps the lifetime.
 */
export const DEV_TOKEN_ISSUER = 'smart-factory-awards/local';
export const DEV_TOKEN_AUDIENCE = 'smart-factory-awards/api';

/** The longest lifetime `npm run token` signs: 7 days. */
export const MAX_DEV_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface DevTokenRequest {
  readonly userId: string;
  readonly role: Role;
  readonly town?: string | undefined;
  readonly creditCode?: string | undefined;
  readonly providerId?: string | undefined;
  /** JOINT_REVIEWER: the member body signed for (R3.1.1). */
  readonly body?: string | undefined;
  /** Lifetime in seconds: always given, so every token carries `exp`. */
  readonly ttlSeconds: number;
}

/** jose is loaded when a development token is first used: the Lambda, which never sees one, never loads it. */
const loadJose = () => import('jose');
let joseModule: ReturnType<typeof loadJose> | undefined;
const jose = () => (joseModule ??= loadJose());

/**
 * Tokens this process has verified, by secret: a client sends the same token with every request, so its
 * signature and claims are checked once, and its expiry at every use (an expired one is verified again,
 * and refused as before). At most this many per secret, the oldest forgotten first.
 */
const VERIFIED_TOKENS = 1_000;
type Verified = Map<string, { readonly exp: number; readonly payload: unknown }>;
const verified = new WeakMap<Uint8Array, Verified>();

function remember(secret: Uint8Array, token: string, payload: { exp?: unknown; nbf?: unknown }): void {
  // A token not yet valid (nbf) is left to jose at every use.
  if (typeof payload.exp !== 'number' || payload.nbf !== undefined) return;
  let tokens = verified.get(secret);
  if (tokens === undefined) {
    tokens = new Map() as Verified;
    verified.set(secret, tokens);
  }
  if (tokens.size >= VERIFIED_TOKENS) tokens.delete(tokens.keys().next().value ?? '');
  tokens.set(token, { exp: payload.exp, payload: Object.freeze(payload) });
}

export async function signDevToken(secret: Uint8Array, request: DevTokenRequest): Promise<string> {
  if (!Number.isFinite(request.ttlSeconds))
    throw new RangeError('a development token needs a finite lifetime');
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
  // As jose checks `exp`: good while the current second is before it.
  const known = verified.get(secret)?.get(token);
  if (known !== undefined && known.exp > Math.floor(Date.now() / 1000)) return known.payload;
  const { errors, jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: DEV_TOKEN_ISSUER,
      audience: DEV_TOKEN_AUDIENCE,
      algorithms: ['HS256'],
      // A token without an expiry would be good forever.
      requiredClaims: ['exp'],
    });
    remember(secret, token, payload);
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new Unauthenticated('token has expired');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') {
      throw new Unauthenticated('token has no valid expiry (exp)');
    }
    if (error instanceof errors.JOSEError) throw new Unauthenticated('token is invalid');
    throw error;
  }
}
