import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowAt } from '#domain/rate-limits/rate-budget';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import { jsonLinesWritten, startBundledGraphql } from '../support/bundled-graphql.ts';
import type { BundledGraphql, GraphqlHandler } from '../support/bundled-graphql.ts';

/**
 * Issue 16 in the Lambda handler, bundled as deployed (production mode, DynamoDB Local), configured as a
 * stage would configure it: a small anonymous budget and TRUSTED_DOCUMENTS=required. The window is a day
 * (aligned to midnight UTC), so that the system clock this module runs on cannot reset it mid-test.
 */

let handler: GraphqlHandler;
let bundled: BundledGraphql;

beforeAll(async () => {
  bundled = await startBundledGraphql('rate-bundle', {
    RATE_LIMIT_WINDOW_SECONDS: '86400',
    RATE_LIMIT_USER_POINTS: '50',
    RATE_LIMIT_ANONYMOUS_POINTS: '3',
    TRUSTED_DOCUMENTS: 'required',
  });
  ({ handler } = bundled);
}, 60_000);
afterAll(() => bundled.stop());

/** A registered operation's id, by operation name. */
const documentId = (name: string): string => {
  const entry = Object.entries(manifest as Record<string, string>).find(([, text]) =>
    text.startsWith(`query ${name}`),
  );
  if (entry === undefined) throw new Error(`no registered operation ${name}`);
  return entry[0];
};

/** The HTTP API's payload v2, as its JWT authorizer passes a signed-in user. */
function signedInEvent(body: unknown, sub: string, sourceIp: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp, userAgent: 'test' },
      requestId: `request-${sub}`,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '30/Nov/2026:00:00:00 +0000',
      timeEpoch: 1795996800000,
      authorizer: { jwt: { claims: { sub, 'cognito:groups': '[ECONOMIC_COMMISSION]' }, scopes: null } },
    } as APIGatewayProxyEventV2['requestContext'],
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/** The public route's REST API v1 proxy event: anonymous, from `sourceIp`. */
function publicEvent(body: unknown, sourceIp: string): APIGatewayProxyEvent {
  const headers = { 'Content-Type': 'application/json' };
  return {
    resource: '/graphql',
    path: '/graphql',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: { 'Content-Type': ['application/json'] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      httpMethod: 'POST',
      identity: { sourceIp, userAgent: 'test' },
      path: '/public/graphql',
      requestId: `request-${sourceIp}`,
      resourcePath: '/graphql',
      stage: 'public',
    } as APIGatewayProxyEvent['requestContext'],
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

async function invoke(event: APIGatewayProxyEvent | APIGatewayProxyEventV2) {
  const result = await handler(event, {} as Context);
  return {
    statusCode: result.statusCode,
    headers: Object.fromEntries(
      Object.entries(result.headers ?? {}).map(([key, value]) => [key.toLowerCase(), String(value)]),
    ),
    body: JSON.parse(result.body) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: Record<string, unknown> }[];
      extensions?: { cost?: { dynamodbReads: number; rateLimit?: Record<string, unknown> } };
    },
  };
}

const resetEpoch = (): string => String(windowAt(new Date(), 86_400).reset.getTime() / 1000);

describe('Lambda handler: cost, rate budget and trusted documents (issue 16)', () => {
  it('tells a signed-in user (by subject) what a registered operation cost and what is left, in extensions.cost and X-RateLimit-* headers', async () => {
    const { statusCode, headers, body } = await invoke(
      signedInEvent({ documentId: documentId('TownDashboard') }, 'commission-rate', '198.51.100.10'),
    );
    expect(statusCode).toBe(200);
    expect(body.errors).toBeUndefined();
    const reads = body.extensions?.cost?.dynamodbReads ?? 0;
    const charged = Math.max(1, reads);
    expect(body.extensions?.cost?.rateLimit).toMatchObject({
      cost: charged,
      limit: 50,
      used: charged,
      remaining: 50 - charged,
    });
    expect(headers).toMatchObject({
      'x-ratelimit-limit': '50',
      'x-ratelimit-used': String(charged),
      'x-ratelimit-remaining': String(50 - charged),
      'x-ratelimit-reset': resetEpoch(),
      'cache-control': 'no-store',
    });
    expect(headers['retry-after']).toBeUndefined();
  });

  it('charges anonymous callers of the public route by source address: past its budget 429 RATE_LIMITED with Retry-After, readable cross-origin; another address is served', async () => {
    const publicity = { documentId: documentId('PublicityPage') };
    for (let n = 1; n <= 3; n += 1) {
      const answer = await invoke(publicEvent(publicity, '198.51.100.20'));
      expect(answer.statusCode).toBe(200);
      expect(answer.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-used': String(n) });
    }
    const refused = await invoke(publicEvent(publicity, '198.51.100.20'));
    expect(refused.statusCode).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3 });
    expect(refused.body.data).toBeUndefined();
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(refused.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': resetEpoch(),
      'access-control-allow-origin': '*',
      'access-control-expose-headers':
        'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Reset, Retry-After',
    });
    const other = await invoke(publicEvent(publicity, '198.51.100.21'));
    expect(other.statusCode).toBe(200);
    expect(other.headers['x-ratelimit-used']).toBe('1');
    // A signed-in user calling from the exhausted address has a budget of their own.
    const user = await invoke(
      signedInEvent({ documentId: documentId('TownDashboard') }, 'commission-other', '198.51.100.20'),
    );
    expect(user.statusCode).toBe(200);
    expect(user.headers['x-ratelimit-limit']).toBe('50');
  });

  it('refuses an unregistered operation (TRUSTED_DOCUMENTS=required) with OPERATION_NOT_REGISTERED, with its budget headers', async () => {
    const answer = await invoke(
      publicEvent({ query: '{ publicity(first: 1) { edges { cursor } } }' }, '198.51.100.30'),
    );
    expect(answer.statusCode).toBe(403);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_NOT_REGISTERED');
    expect(answer.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-used': '1' });
  });

  it('with Powertools’ metrics on (the stack’s opt-in dashboard), counts a refusal in an embedded metric record carrying its code, not on a line of its own (issue 19)', async () => {
    const lines = await jsonLinesWritten(() =>
      invoke(publicEvent({ query: '{ towns { code } }' }, '198.51.100.40')),
    );
    const records = lines.filter((line) => '_aws' in line);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ Rejected: 1, rejectedCodes: 'OPERATION_NOT_REGISTERED' });
    expect(lines.filter((line) => line['message'] === 'request refused')).toEqual([]);
  });
});
