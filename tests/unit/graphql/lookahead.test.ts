import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '#graphql/context';
import { createLoaders } from '#graphql/loaders';
import { createApolloServer } from '#graphql/server';

/**
 * Finance's pull (issue 19, B5): `paymentBatch` asked for nothing but a page of its payments reads the
 * page alone (the batch too when the page is empty); asked for more, it starts reading the page beside its
 * own read of the batch. A page is read once; the answers, refusals included, are the same.
 */
const FINANCE = { kind: 'user', userId: 'fin-1', role: 'FINANCE' } as const;
const NOW = '2026-11-30T00:00:00.000Z';
const BATCH = {
  id: 'BATCH-1',
  status: 'OPEN',
  filter: {},
  paymentCount: 1,
  totalFen: 100,
  paidCount: 0,
  paidFen: 0,
  failedCount: 0,
  createdBy: 'fin-2',
  version: 1,
  createdAt: NOW,
  updatedAt: NOW,
};
const PAYMENT = { id: 'PAY-1', payeeName: '上海青禾精密机械有限公司', amountFen: 100 };

function harness(batch: typeof BATCH | null, principal: object) {
  const events: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const programme = {
    get: async (kind: string, id: string) => {
      events.push(`get ${kind} ${id}`);
      await gate;
      events.push('got');
      return batch ?? undefined;
    },
    list: (kind: string, request: { value: string; first: number; after?: string | null }) => {
      events.push(`list ${kind} ${request.value} ${request.first} ${request.after ?? '-'}`);
      // A batch that does not exist has no payments.
      return Promise.resolve(
        batch === null
          ? { edges: [], hasNextPage: false, endCursor: null }
          : { edges: [{ cursor: 'c1', node: PAYMENT }], hasNextPage: false, endCursor: 'c1' },
      );
    },
  };
  const app = { programme, clock: { now: () => new Date(NOW) } };
  const contextValue = {
    principal,
    app,
    loaders: createLoaders({ towns: { getMany: () => Promise.resolve(new Map()) } } as never),
  } as unknown as GraphQLContext;
  return { events, release, contextValue };
}

async function run(query: string, batch: typeof BATCH | null = BATCH, principal: object = FINANCE) {
  const server = createApolloServer({ mode: 'development', logError: () => undefined });
  await server.start();
  const { events, release, contextValue } = harness(batch, principal);
  const answer = server.executeOperation({ query }, { contextValue });
  // The batch's read is held until everything the request could start has started.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const beforeBatch = [...events];
  release();
  const result = await answer;
  await server.stop();
  if (result.body.kind !== 'single') throw new Error('expected a single result');
  return { beforeBatch, events, result: result.body.singleResult };
}

const PAGE = '{ edges { node { payment { id amountFen } } } pageInfo { hasNextPage endCursor } }';

describe('paymentBatch { payments } (lookahead)', () => {
  const fragment = (fields: string) =>
    `{ paymentBatch(id: " BATCH-1 ") { ... on PaymentBatch { ${fields} } } }`;

  it('the pull: reads the page alone, once, and answers as when the batch is read too', async () => {
    const pull = await run(`{ paymentBatch(id: " BATCH-1 ") { id payments(first: 100) ${PAGE} } }`);
    expect(pull.events).toEqual(['list Payment BATCH-1 100 -']);
    // Under a fragment the batch is read, and the page after it, as every nested field is.
    const after = await run(fragment(`id payments(first: 100) ${PAGE}`));
    expect(after.beforeBatch).toEqual(['get PaymentBatch BATCH-1']);
    expect(after.events.filter((event) => event.startsWith('list'))).toHaveLength(1);
    expect(pull.result).toEqual(after.result);
    expect(pull.result.errors).toBeUndefined();
  });

  it('asked for more of the batch, reads the page beside it, once', async () => {
    const ahead = await run(`{ paymentBatch(id: "BATCH-1") { status payments(first: 100) ${PAGE} } }`);
    expect(ahead.beforeBatch).toEqual(['get PaymentBatch BATCH-1', 'list Payment BATCH-1 100 -']);
    expect(ahead.events.filter((event) => event.startsWith('list'))).toHaveLength(1);
    expect(ahead.result).toEqual((await run(fragment(`status payments(first: 100) ${PAGE}`))).result);
  });

  it('reads each page asked for once, by its own arguments', async () => {
    const { beforeBatch, events } = await run(
      `{ paymentBatch(id: "BATCH-1") { a: payments(first: 5) ${PAGE} b: payments(first: 5) ${PAGE} c: payments(first: 2, after: "x") ${PAGE} } }`,
    );
    expect(beforeBatch.slice(1).sort()).toEqual(['list Payment BATCH-1 2 x', 'list Payment BATCH-1 5 -']);
    expect(events.filter((event) => event.startsWith('list'))).toHaveLength(2);
  });

  it('a missing batch (an empty page) is read, and NOT_FOUND at paymentBatch', async () => {
    const { events, result } = await run(
      `{ paymentBatch(id: "BATCH-9") { payments(first: 10) ${PAGE} } }`,
      null,
    );
    expect(events).toEqual(['list Payment BATCH-9 10 -', 'get PaymentBatch BATCH-9', 'got']);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['paymentBatch'], 'NOT_FOUND'],
    ]);
  });

  it('refuses a role that may not read payments at paymentBatch, as before', async () => {
    const enterprise = {
      kind: 'user',
      userId: 'ent-1',
      role: 'ENTERPRISE',
      creditCode: '913101180DM95UY1CJ',
    };
    const pull = await run(
      `{ paymentBatch(id: "BATCH-1") { payments(first: 10) ${PAGE} } }`,
      BATCH,
      enterprise,
    );
    const read = await run(fragment(`payments(first: 10) ${PAGE}`), BATCH, enterprise);
    expect(pull.result).toEqual(read.result);
    expect(pull.result.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['paymentBatch'], 'FORBIDDEN'],
    ]);
    expect(pull.events.filter((event) => event.startsWith('list'))).toEqual([]);
  });

  it('starts nothing for arguments the field refuses, nor for an id the batch refuses', async () => {
    const refused = await run(`{ paymentBatch(id: "BATCH-1") { payments(first: "x") ${PAGE} } }`);
    expect(refused.events).toEqual([]);
    const blank = await run(`{ paymentBatch(id: "  ") { payments(first: 10) ${PAGE} } }`);
    expect(blank.events.filter((event) => event.startsWith('list'))).toEqual([]);
    expect(blank.result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
