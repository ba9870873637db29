import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { principalFromDevBearer } from '#adapters/identity/request-identity';
import { signDevToken, verifyDevToken } from '#adapters/identity/dev-tokens';
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
});
