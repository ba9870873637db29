import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from '#adapters/identity/dev-tokens';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('development');
});
afterAll(async () => api.close());

describe('GraphQL over HTTP, development mode', () => {
  it('answers the towns query for a signed-in town officer', async () => {
    const token = await api.token({ userId: 'officer', role: 'TOWN_OFFICER', town: 'LIANTANG' });
    const { status, body } = await api.query('{ towns { code name kind active } }', { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const towns = body.data?.['towns'] as { code: string; name: string }[];
    expect(towns).toHaveLength(11);
    expect(towns).toContainEqual({ code: 'LIANTANG', name: '练塘镇', kind: 'TOWN', active: true });
  });

  it('tells the caller who they are', async () => {
    const token = await api.token({
      userId: 'ent-user',
      role: 'ENTERPRISE',
      creditCode: '91330100716105852F',
    });
    const { body } = await api.query('{ me { userId role creditCode town } }', { token });
    expect(body.data?.['me']).toEqual({
      userId: 'ent-user',
      role: 'ENTERPRISE',
      creditCode: '91330100716105852F',
      town: null,
    });
  });

  it('answers health without a token', async () => {
    const { body } = await api.query('{ health { status } }');
    expect(body.data?.['health']).toEqual({ status: 'ok' });
  });

  it('gives an anonymous caller FORBIDDEN on a protected field', async () => {
    const { status, body } = await api.query('{ towns { code } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.path).toEqual(['towns']);
    expect(body.data).toBeNull();
  });

  it('rejects a tampered token with UNAUTHENTICATED (HTTP 401)', async () => {
    const token = await api.token({ userId: 'u', role: 'FINANCE' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, 'cognito:groups': ['ECONOMIC_COMMISSION'] }),
    ).toString('base64url');
    const { status, body } = await api.query('{ towns { code } }', {
      token: `${header}.${forged}.${signature}`,
    });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('rejects an expired token with UNAUTHENTICATED', async () => {
    const token = await api.token({ userId: 'u', role: 'FINANCE', ttlSeconds: -60 });
    const { status, body } = await api.query('{ health { status } }', { token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/expired/);
  });

  it('issue 16 item 6: rejects a well-signed token without exp with UNAUTHENTICATED (HTTP 401)', async () => {
    const token = await api.signWithDevSecret((secret) =>
      new SignJWT({ 'cognito:groups': ['ECONOMIC_COMMISSION'] })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('forever')
        .setIssuer(DEV_TOKEN_ISSUER)
        .setAudience(DEV_TOKEN_AUDIENCE)
        .setIssuedAt()
        .sign(secret),
    );
    const { status, body } = await api.query('{ towns { code } }', { token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/expiry/);
    expect(body.data).toBeUndefined();
  });

  it('allows introspection locally, for tools and GraphiQL', async () => {
    const { body } = await api.query('{ __schema { queryType { name } } }');
    expect(body.data?.['__schema']).toEqual({ queryType: { name: 'Query' } });
  });

  it('answers a malformed query with a GraphQL error code, not a crash', async () => {
    const { status, body } = await api.query('{ towns { code ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('GraphQL over HTTP, production mode', () => {
  let production: TestApi;
  beforeAll(async () => {
    production = await startTestApi('production');
  });
  afterAll(async () => production.close());

  it('refuses development tokens', async () => {
    const token = await production.token({ userId: 'u', role: 'ECONOMIC_COMMISSION' });
    const { status, body } = await production.query('{ towns { code } }', { token });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses introspection and hides stack traces', async () => {
    const { body } = await production.query('{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const { body } = await production.query('{ town { code } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
