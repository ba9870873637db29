import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import { ManualClock } from '#domain/waitable-clock';
import manifest from '../../client/generated/persisted-documents.json' with { type: 'json' };
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * Issue 16 over HTTP (the local server, the same Apollo server as the Lambda): what each response tells
 * its caller about cost and budget (extensions.cost, X-RateLimit-* headers), each caller's rate budget
 * (users by subject, anonymous callers by address), refusal past it before any work, the window's reset on
 * a clock the test moves (no sleeps), concurrent requests that cannot overspend, CORS, and trusted
 * documents in both modes.
 */

const LIMITS: RateLimits = { windowSeconds: 60, userPoints: 40, anonymousPoints: 6 };
// 50 s before its window resets at 02:04:00Z (10:04 in China).
const START = new Date('2026-11-30T02:03:10.000Z');

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | undefined>;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: Cost };
  };
}
interface Cost {
  dynamodbReads: number;
  budget: number;
  remaining: number;
  reportReads: number;
  rateLimit: { cost: number; limit: number; used: number; remaining: number; resetAt: string };
}

/** One HTTP request, from a loopback address of the test's choosing (an anonymous caller's identity). */
function send(
  url: string,
  options: {
    readonly body?: unknown;
    readonly token?: string;
    readonly from?: string;
    readonly method?: 'GET' | 'POST' | 'OPTIONS';
    readonly search?: string;
    readonly headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const target = new URL(url);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${options.search ?? ''}`,
        method: options.method ?? 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([key, value]) => [key, [value ?? []].flat().join(', ')]),
            ),
            body: text === '' ? {} : (JSON.parse(text) as Answer['body']),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const epochSeconds = (iso: string): string => String(Date.parse(iso) / 1000);
const codeOf = (answer: Answer): unknown => answer.body.errors?.[0]?.extensions?.['code'];

/** A registered operation's id (`sha256:<hex>`) and text, by operation name. */
function registered(name: string): { id: string; text: string } {
  const entry = Object.entries(manifest as Record<string, string>).find(([, text]) =>
    new RegExp(`^(query|mutation) ${name}\\b`).test(text),
  );
  if (entry === undefined) throw new Error(`no registered operation ${name}`);
  return { id: entry[0], text: entry[1] };
}

let api: TestApi;
let clock: ManualClock;
beforeAll(async () => {
  clock = new ManualClock(START);
  api = await startTestApi('development', clock, { rateLimits: LIMITS });
}, 60_000);
afterAll(async () => api.close());

let users = 0;
/** A signed-in commission user of its own: each test starts with a whole budget. */
const newCommissionUser = (): Promise<string> =>
  api.token({ userId: `rate-user-${(users += 1)}`, role: 'ECONOMIC_COMMISSION' });

describe('what each response tells its caller (issue 16)', () => {
  it('reports the request’s reads against its budget and the caller’s rate budget in extensions.cost, and the same in X-RateLimit-* headers', async () => {
    const token = await newCommissionUser();
    const first = await send(api.url, {
      token,
      body: { query: '{ enterprises(first: 10) { edges { node { creditCode } } } towns { code } }' },
    });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const cost = first.body.extensions?.cost;
    const charged = Math.max(1, (cost?.dynamodbReads ?? 0) + (cost?.reportReads ?? 0));
    expect(cost?.dynamodbReads).toBeGreaterThanOrEqual(2);
    expect(cost).toMatchObject({ budget: 200, remaining: 200 - (cost?.dynamodbReads ?? 0) });
    expect(cost?.rateLimit).toEqual({
      cost: charged,
      limit: 40,
      used: charged,
      remaining: 40 - charged,
      resetAt: '2026-11-30T10:04:00.000+08:00',
    });
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '40',
      'x-ratelimit-used': String(charged),
      'x-ratelimit-remaining': String(40 - charged),
      // Epoch seconds, as GitHub's.
      'x-ratelimit-reset': epochSeconds('2026-11-30T02:04:00.000Z'),
    });
    expect(first.headers['retry-after']).toBeUndefined();
    // A request that reads nothing still costs a point; the window's count goes on.
    const second = await send(api.url, { token, body: { query: '{ __typename }' } });
    expect(second.body.extensions?.cost).toMatchObject({
      dynamodbReads: 0,
      rateLimit: { cost: 1, used: charged + 1, remaining: 39 - charged },
    });
    expect(second.headers['x-ratelimit-used']).toBe(String(charged + 1));
  });

  it('charges a refusal before admission (a syntax error) its point, and says so', async () => {
    const token = await newCommissionUser();
    const broken = await send(api.url, { token, body: { query: '{ towns { code ' } });
    expect(broken.status).toBe(400);
    expect(codeOf(broken)).toBe('GRAPHQL_PARSE_FAILED');
    expect(broken.body.extensions?.cost?.rateLimit).toMatchObject({ cost: 1, used: 1, remaining: 39 });
    expect(broken.headers['x-ratelimit-remaining']).toBe('39');
  });
});

describe('each caller’s rate budget (issue 16)', () => {
  it('charges anonymous callers by source address, with the smaller anonymous budget, and users by subject, apart from them', async () => {
    const cheap = { query: '{ __typename }' };
    for (let n = 1; n <= 6; n += 1) {
      const answer = await send(api.url, { from: '127.0.0.1', body: cheap });
      expect(answer.status).toBe(200);
      expect(answer.headers).toMatchObject({ 'x-ratelimit-limit': '6', 'x-ratelimit-used': String(n) });
    }
    expect(codeOf(await send(api.url, { from: '127.0.0.1', body: cheap }))).toBe('RATE_LIMITED');
    // Another address: a budget of its own.
    const other = await send(api.url, { from: '127.0.0.2', body: cheap });
    expect(other.status).toBe(200);
    expect(other.headers).toMatchObject({ 'x-ratelimit-limit': '6', 'x-ratelimit-used': '1' });
    // A signed-in user on the exhausted address: charged by subject, with the user budget.
    const user = await send(api.url, { from: '127.0.0.1', token: await newCommissionUser(), body: cheap });
    expect(user.status).toBe(200);
    expect(user.headers).toMatchObject({ 'x-ratelimit-limit': '40', 'x-ratelimit-used': '1' });
  });

  it('lets no more concurrent requests in than the budget has points: each admitted on a point a conditional update granted', async () => {
    const token = await newCommissionUser();
    const answers = await Promise.all(
      Array.from({ length: 55 }, () => send(api.url, { token, body: { query: '{ __typename }' } })),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(40);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(15);
    for (const answer of refused) expect(codeOf(answer)).toBe('RATE_LIMITED');
  });

  it('refuses a caller past its budget before any work (429, RATE_LIMITED, Retry-After): a refused mutation writes nothing, and is not charged; the window’s reset brings the budget back', async () => {
    const token = await newCommissionUser();
    // Spend the window: the last admitted request may take it past its limit (the work was done).
    let remaining = 40;
    while (remaining > 0) {
      const spent = await send(api.url, { token, body: { query: '{ towns { code } __typename }' } });
      remaining = Number(spent.headers['x-ratelimit-remaining']);
    }
    const before = await tableSnapshot(api.table, { ignoringPrefixes: ['RATE#'] });
    const window = await createDocumentClient(api.table.client).send(
      new GetCommand({
        TableName: api.table.tableName,
        Key: { pk: `RATE#user:rate-user-${users}`, sk: 'WINDOW#2026-11-30T02:03:00.000Z' },
      }),
    );
    const used = Number(window.Item?.['used']);
    expect(used).toBeGreaterThanOrEqual(40);

    clock.set(new Date('2026-11-30T02:03:35.200Z'));
    const refused = await send(api.url, {
      token,
      body: {
        query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
        variables: { input: enterpriseInput() },
      },
    });
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    // (development mode adds a stack trace)
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 40,
      resetAt: '2026-11-30T10:04:00.000+08:00',
      retryAfterSeconds: 25,
    });
    expect(refused.headers).toMatchObject({
      'retry-after': '25',
      'x-ratelimit-limit': '40',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': epochSeconds('2026-11-30T02:04:00.000Z'),
      'cache-control': 'no-store',
    });
    expect(refused.body.extensions?.cost).toMatchObject({
      dynamodbReads: 0,
      rateLimit: { cost: 0, limit: 40, used, remaining: 0 },
    });
    expect(await tableSnapshot(api.table, { ignoringPrefixes: ['RATE#'] })).toBe(before);

    // The window resets: the same caller has its whole budget in the next one.
    clock.set(new Date('2026-11-30T02:04:00.000Z'));
    const next = await send(api.url, { token, body: { query: '{ towns { code } }' } });
    expect(next.status).toBe(200);
    const charged = next.body.extensions?.cost?.rateLimit.cost ?? 0;
    expect(next.headers).toMatchObject({
      'x-ratelimit-used': String(charged),
      'x-ratelimit-remaining': String(40 - charged),
      'x-ratelimit-reset': epochSeconds('2026-11-30T02:05:00.000Z'),
    });
    expect(next.headers['retry-after']).toBeUndefined();
  });
});

describe('leases on the window (issue 19)', () => {
  let leased: TestApi;
  beforeAll(async () => {
    leased = await startTestApi('development', new ManualClock(START), {
      rateLimits: { windowSeconds: 60, userPoints: 6000, anonymousPoints: 600 },
    });
  }, 60_000);
  afterAll(async () => leased.close());

  it('serves a caller’s requests from one claimed block, with no write of their own, and reports the window’s used as if each were charged', async () => {
    const token = await leased.token({ userId: 'leased-user', role: 'ECONOMIC_COMMISSION' });
    let used = 0;
    for (let n = 0; n < 8; n += 1) {
      const answer = await send(leased.url, { token, body: { query: '{ towns { code } }' } });
      expect(answer.status).toBe(200);
      const cost = answer.body.extensions?.cost?.rateLimit.cost ?? 0;
      used += cost;
      expect(answer.headers).toMatchObject({
        'x-ratelimit-used': String(used),
        'x-ratelimit-remaining': String(6000 - used),
      });
    }
    // The window's item holds the instance's first block (a hundredth of 6,000), claimed once.
    const window = await createDocumentClient(leased.table.client).send(
      new GetCommand({
        TableName: leased.table.tableName,
        Key: { pk: 'RATE#user:leased-user', sk: 'WINDOW#2026-11-30T02:03:00.000Z' },
      }),
    );
    expect(used).toBeLessThanOrEqual(60);
    expect(window.Item?.['used']).toBe(60);
  });
});

describe('CORS for front ends in development (issue 16)', () => {
  it('answers a local origin’s preflight and lets its pages read the rate-limit headers; other origins get no CORS headers', async () => {
    const preflight = await send(api.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');

    const answer = await send(api.url, {
      from: '127.0.0.3',
      headers: { origin: 'http://localhost:5173' },
      body: { query: '{ __typename }' },
    });
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(answer.headers['access-control-expose-headers']?.split(', ')).toEqual([
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Used',
      'X-RateLimit-Reset',
      'Retry-After',
    ]);

    const foreign = await send(api.url, {
      from: '127.0.0.3',
      headers: { origin: 'https://elsewhere.example' },
      body: { query: '{ __typename }' },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('trusted documents (issue 16)', () => {
  let required: TestApi;
  beforeAll(async () => {
    required = await startTestApi('development', new ManualClock(START), {
      trustedDocuments: 'required',
      rateLimits: { ...LIMITS, anonymousPoints: 1000, userPoints: 1000 },
    });
  }, 60_000);
  afterAll(async () => required.close());

  const publicity = registered('PublicityPage');
  const hex = publicity.id.slice('sha256:'.length);

  it('required: serves a registered operation named by documentId (POST or GET), by Apollo’s sha256Hash, or sent as its exact text', async () => {
    expect(createHash('sha256').update(publicity.text).digest('hex')).toBe(hex);
    const answers = [
      await send(required.url, { body: { documentId: publicity.id, variables: { first: 5 } } }),
      await send(required.url, {
        method: 'GET',
        search: `?documentId=${encodeURIComponent(publicity.id)}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
      await send(required.url, {
        body: { extensions: { persistedQuery: { version: 1, sha256Hash: hex } }, variables: { first: 5 } },
      }),
      await send(required.url, { body: { query: publicity.text } }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['publicity']).toMatchObject({ edges: [] });
      expect(answer.headers['x-ratelimit-limit']).toBe('1000');
    }
  });

  it('required: refuses any other text with OPERATION_NOT_REGISTERED (403) before parsing it, writing nothing, charged as a refusal', async () => {
    const token = await required.token({ userId: 'trusted-commission', role: 'ECONOMIC_COMMISSION' });
    const before = await tableSnapshot(required.table, { ignoringPrefixes: ['RATE#'] });
    const mutation = await send(required.url, {
      token,
      body: {
        query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
        variables: { input: enterpriseInput() },
      },
    });
    expect(mutation.status).toBe(403);
    expect(codeOf(mutation)).toBe('OPERATION_NOT_REGISTERED');
    expect(mutation.body.data).toBeUndefined();
    expect(mutation.body.extensions?.cost?.rateLimit).toMatchObject({ cost: 1, used: 1 });
    expect(mutation.headers['x-ratelimit-used']).toBe('1');
    expect(await tableSnapshot(required.table, { ignoringPrefixes: ['RATE#'] })).toBe(before);
    // A registered text with a character changed is another document; a broken one is never parsed.
    for (const query of [`${publicity.text} `, '{ towns { code ']) {
      const answer = await send(required.url, { token, body: { query } });
      expect(answer.status).toBe(403);
      expect(codeOf(answer)).toBe('OPERATION_NOT_REGISTERED');
    }
  });

  it('required: refuses an unknown id with OPERATION_NOT_REGISTERED (404), as documentId or as Apollo’s hash', async () => {
    const unknown = 'f'.repeat(64);
    for (const body of [
      { documentId: `sha256:${unknown}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } },
    ]) {
      const answer = await send(required.url, { body });
      expect(answer.status).toBe(404);
      expect(codeOf(answer)).toBe('OPERATION_NOT_REGISTERED');
      expect(answer.headers['x-ratelimit-limit']).toBe('1000');
    }
  });

  it('off (the local default): serves any text, still resolves registered ids, and leaves unknown Apollo hashes to automatic persisted queries', async () => {
    const text = await send(api.url, {
      from: '127.0.0.4',
      body: { query: '{ publicity(first: 1) { edges { cursor } } }' },
    });
    expect(text.status).toBe(200);
    const byId = await send(api.url, { from: '127.0.0.4', body: { documentId: publicity.id } });
    expect(byId.status).toBe(200);
    expect(byId.body.data?.['publicity']).toMatchObject({ edges: [] });
    const unknownHash = await send(api.url, {
      from: '127.0.0.4',
      body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } },
    });
    expect(codeOf(unknownHash)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const unknownId = await send(api.url, {
      from: '127.0.0.4',
      body: { documentId: `sha256:${'e'.repeat(64)}` },
    });
    expect(unknownId.status).toBe(404);
    expect(codeOf(unknownId)).toBe('OPERATION_NOT_REGISTERED');
  });
});
