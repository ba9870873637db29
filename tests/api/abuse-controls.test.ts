import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKENS } from '#graphql/server';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * Hostile requests against the real server (production mode, as deployed): each is refused before any
 * resolver runs, with a GraphQL error code, and changes nothing.
 */

let api: TestApi;
let commissionToken: string;
let development: TestApi;

const codesOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).map((error) => error.extensions?.['code']);
const messagesOf = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((error) => error.message).join(' | ');

beforeAll(async () => {
  api = await startTestApi('production');
  // Development mode serves tokens (production refuses them): the controls that need a signed-in caller.
  development = await startTestApi('development');
  commissionToken = await development.token({ userId: 'ec', role: 'ECONOMIC_COMMISSION' });
}, 60_000);
afterAll(async () => {
  await api.close();
  await development.close();
});

describe('GraphQL abuse controls (GraphQL Armor, graphql-js limits, Apollo settings)', () => {
  it('refuses a query whose depth hides in nested fragments', async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, level) => `fragment L${level} on __Type { ofType { ${level < 11 ? `...L${level + 1}` : 'name'} } }`,
    ).join('\n');
    const { status, body } = await api.query(`{ __schema { types { ...L0 } } }\n${fragments}`);
    expect(status).toBe(400);
    expect(codesOf(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(messagesOf(body)).toMatch(/depth limit of 10 exceeded/i);
  });

  it('refuses more than 15 aliases, also when they sit in a fragment', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, index) => `a${index}: publicity { pageInfo { hasNextPage } }`,
    ).join(' ');
    const { status, body } = await api.query(`{ ...F } fragment F on Query { ${aliases} }`);
    expect(status).toBe(400);
    expect(messagesOf(body)).toMatch(/aliases limit of 15 exceeded/i);
  });

  it('refuses a fragment bomb by its cost, though it is short and shallow', async () => {
    const spread = (name: string) => Array.from({ length: 10 }, () => `...${name}`).join(' ');
    const query = `{ ...A }
      fragment A on Query { ${spread('B')} }
      fragment B on Query { ${spread('C')} }
      fragment C on Query { ${spread('D')} }
      fragment D on Query { publicity { edges { node { projectId title enterpriseName proposedAmountFen } } } }`;
    const { status, body } = await api.query(query);
    expect(status).toBe(400);
    expect(messagesOf(body)).toMatch(/cost limit of 20000 exceeded/i);
  });

  it(`refuses a document of more than ${MAX_TOKENS} tokens at parse time`, async () => {
    const fields = Array.from({ length: MAX_TOKENS }, () => '__typename').join(' ');
    const { status, body } = await api.query(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(codesOf(body)).toContain('GRAPHQL_PARSE_FAILED');
    expect(messagesOf(body)).toMatch(/Document contains more (than|that) 2000 tokens/);
  });

  it('refuses more than 20 directives', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    const { status, body } = await api.query(`{ publicity ${directives} { pageInfo { hasNextPage } } }`);
    expect(status).toBe(400);
    expect(messagesOf(body)).toMatch(/directives limit of 20 exceeded/i);
  });

  it('answers nothing to batched requests, to a GET without a preflight header (CSRF), or to an oversized body', async () => {
    const origin = api.url;
    const batched = await fetch(origin, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health }' }, { query: '{ health }' }]),
    });
    expect(batched.status).toBe(400);
    const csrf = await fetch(`${origin}?query=${encodeURIComponent('{ health }')}`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/);
    const huge = await fetch(origin, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
  });

  it('caps page sizes at 100', async () => {
    const { body } = await api.query('{ publicity(first: 1000) { pageInfo { hasNextPage } } }');
    expect(codesOf(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses 16 aliased mutations at once, writing nothing', async () => {
    const before = await tableSnapshot(development.table);
    const mutations = Array.from(
      { length: 16 },
      (_, index) => `m${index}: createEnterprise(input: $input) { creditCode }`,
    ).join(' ');
    const { status, body } = await development.query(
      `mutation($input: CreateEnterpriseInput!) { ${mutations} }`,
      {
        token: commissionToken,
        variables: { input: enterpriseInput() },
      },
    );
    expect(status).toBe(400);
    expect(messagesOf(body)).toMatch(/aliases limit/i);
    expect(await tableSnapshot(development.table)).toBe(before);
  });

  it('masks an internal fault behind a correlation id in production', async () => {
    // A resolver fault: the table is gone (as if DynamoDB failed), so the read throws an unexpected error.
    const broken = await startTestApi('production');
    await broken.table.drop();
    const { body } = await broken.query('{ publicity { pageInfo { hasNextPage } } }');
    await broken.close().catch(() => undefined);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/ResourceNotFound|stack/i);
  });
});
