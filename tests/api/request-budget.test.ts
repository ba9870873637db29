import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { REQUEST_READ_BUDGET } from '#adapters/dynamodb/read-budget';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { seedEnterprises } from '../support/registry.ts';
import { demoEnterprises } from '../../local/demo-data.ts';

/** The registry at several times the demo's size: a filter matching nothing must not read all of it. */
const ENTERPRISES = 2500;

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi('development');
  token = await api.token({ userId: 'ec', role: 'ECONOMIC_COMMISSION' });
  const enterprises = new DynamoEnterpriseRepository(
    createDocumentClient(api.table.client),
    api.table.tableName,
  );
  const now = new Date();
  const records = demoEnterprises(ENTERPRISES);
  await seedEnterprises(enterprises, records, now);
}, 180_000);
afterAll(async () => api.close());

const costOf = (body: { extensions?: Record<string, unknown> }) =>
  body.extensions?.['cost'] as { dynamodbReads: number; budget: number; remaining: number } | undefined;

describe('each GraphQL request has a budget of DynamoDB reads, reported in extensions.cost', () => {
  it('15 aliases of enterprises(first: 1, filter: {search: "不存在"}) over 2,500 enterprises stay within the budget: each answers an empty page with a cursor', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, index) =>
        `a${index}: enterprises(first: 1, filter: { search: "不存在" }) { edges { node { creditCode } } pageInfo { hasNextPage endCursor } }`,
    ).join('\n');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    });
    const body = (await response.json()) as {
      data?: Record<
        string,
        { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
      >;
      errors?: unknown[];
      extensions?: Record<string, unknown>;
    };
    expect(body.errors).toBeUndefined();
    for (const page of Object.values(body.data ?? {})) {
      expect(page.edges).toEqual([]);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(typeof page.pageInfo.endCursor).toBe('string');
    }
    const cost = costOf(body);
    expect(cost?.budget).toBe(REQUEST_READ_BUDGET);
    // One bounded Query per alias, not 2,500 items' worth each.
    expect(cost?.dynamodbReads).toBeGreaterThanOrEqual(15);
    expect(cost?.dynamodbReads).toBeLessThanOrEqual(30);
    expect(cost?.remaining).toBe(REQUEST_READ_BUDGET - (cost?.dynamodbReads ?? 0));
  });

  it('a normal query reports what it cost and what is left', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ enterprises(first: 10) { edges { node { creditCode town { name } } } } }',
      }),
    });
    const body = (await response.json()) as { errors?: unknown[]; extensions?: Record<string, unknown> };
    expect(body.errors).toBeUndefined();
    const cost = costOf(body);
    expect(cost?.budget).toBe(REQUEST_READ_BUDGET);
    expect(cost?.remaining).toBe(REQUEST_READ_BUDGET - (cost?.dynamodbReads ?? 0));
    expect(cost?.dynamodbReads).toBeGreaterThanOrEqual(1);
    expect(cost?.dynamodbReads).toBeLessThanOrEqual(5);
  });
});
