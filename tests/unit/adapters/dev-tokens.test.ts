import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { principalFromDevBearer } from '#adapters/identity/request-identity';
import {
  DEV_TOKEN_AUDIENCE,
  DEV_TOKEN_ISSUER,
  signDevToken,
  verifyDevToken,
} from '#adapters/identity/dev-tokens';
import { Unauthenticated } from '#domain/errors';

const secret = new Uint8Array(randomBytes(32));

describe('development tokens', () => {
  it('round-trips the claims of a town officer', async () => {
    const token = await signDevToken(secret, {
      userId: 'officer-1',
      role: 'TOWN_OFFICER',
      town: 'JINZE',
      ttlSeconds: 60,
    });
    await expect(principalFromDevBearer(`Bearer ${token}`, secret)).resolves.toEqual({
      kind: 'user',
      userId: 'officer-1',
      role: 'TOWN_OFFICER',
      town: 'JINZE',
    });
  });

  it('treats a request without Authorization as anonymous', async () => {
    await expect(principalFromDevBearer(undefined, secret)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('refuses a tampered token', async () => {
    const token = await signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: 60 });
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'u', 'cognito:groups': ['ECONOMIC_COMMISSION'], exp: 9_999_999_999 }),
    ).toString('base64url');
    await expect(verifyDevToken(secret, `${header}.${forgedPayload}.${signature}`)).rejects.toThrow(
      new Unauthenticated('token is invalid'),
    );
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signDevToken(new Uint8Array(randomBytes(32)), {
      userId: 'u',
      role: 'FINANCE',
      ttlSeconds: 60,
    });
    await expect(verifyDevToken(secret, token)).rejects.toThrow(Unauthenticated);
  });

  it('refuses an expired token', async () => {
    const token = await signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: -120 });
    await expect(verifyDevToken(secret, token)).rejects.toThrow(new Unauthenticated('token has expired'));
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    await expect(principalFromDevBearer('Basic dXNlcjpwYXNz', secret)).rejects.toThrow(Unauthenticated);
  });

  /** Issue 16 item 6: a correctly signed token that never expires is refused like any bad token. */
  const withoutExp = (claims: Record<string, unknown> = {}) =>
    new SignJWT({ 'cognito:groups': ['ECONOMIC_COMMISSION'], ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('u')
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(DEV_TOKEN_AUDIENCE)
      .setIssuedAt()
      .sign(secret);

  it('issue 16 item 6: refuses a well-signed token without exp', async () => {
    const token = await withoutExp();
    await expect(verifyDevToken(secret, token)).rejects.toThrow(
      new Unauthenticated('token has no valid expiry (exp)'),
    );
    await expect(principalFromDevBearer(`Bearer ${token}`, secret)).rejects.toThrow(Unauthenticated);
  });

  it('issue 16 item 6: refuses a token whose exp is not a number of seconds', async () => {
    const token = await withoutExp({ exp: 'never' });
    await expect(verifyDevToken(secret, token)).rejects.toThrow(Unauthenticated);
  });

  it('issue 16 item 6: every signed token carries exp, iat + its lifetime', async () => {
    const token = await signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: 3600 });
    const claims = (await verifyDevToken(secret, token)) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(3600);
    await expect(
      signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow(RangeError);
  });

  describe('a token verified once (issue 19, B5: every request of a client sends the same token)', () => {
    afterEach(() => vi.useRealTimers());

    it('is still refused once it expires, and only by the secret that signed it', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const token = await signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: 2 });
      const claims = await verifyDevToken(secret, token);
      await expect(verifyDevToken(secret, token)).resolves.toEqual(claims);
      await expect(verifyDevToken(new Uint8Array(randomBytes(32)), token)).rejects.toThrow(
        new Unauthenticated('token is invalid'),
      );
      vi.setSystemTime(Date.now() + 3_000);
      await expect(verifyDevToken(secret, token)).rejects.toThrow(new Unauthenticated('token has expired'));
    });

    it('does not make a tampered copy good', async () => {
      const token = await signDevToken(secret, { userId: 'u', role: 'FINANCE', ttlSeconds: 60 });
      await verifyDevToken(secret, token);
      const [header, payload, signature] = token.split('.');
      await expect(verifyDevToken(secret, `${header}.${payload}.${signature}x`)).rejects.toThrow(
        new Unauthenticated('token is invalid'),
      );
    });
  });
});
