import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Town } from '#domain/towns/town';
import type { GraphQLContext } from '#graphql/context';
import { createLoaders } from '#graphql/loaders';
import { createApolloServer } from '#graphql/server';
import { ReferenceTowns } from '#use-cases/reference-towns';

/**
 * Towns shown with records come from a per-process list read at most every five minutes, and a page of
 * enterprises showing towns starts that read beside its own Query (issue 19, B4).
 */
const town = (code: string, name = code): Town => ({
  code,
  name,
  nameEn: code,
  kind: 'TOWN',
  active: true,
});

function countingTowns(list: Town[]) {
  const reads: string[] = [];
  let fail = false;
  return {
    reads,
    failNext: () => (fail = true),
    list: async () => {
      reads.push('list');
      await Promise.resolve();
      if (fail) {
        fail = false;
        throw new Error('throttled');
      }
      return [...list];
    },
    getMany: async (codes: readonly string[]) => {
      reads.push(`getMany ${codes.join(',')}`);
      await Promise.resolve();
      return new Map(list.filter((t) => codes.includes(t.code)).map((t) => [t.code, t]));
    },
  };
}

// A test that hangs under fake timers must not leave them to the tests after it.
afterEach(() => {
  vi.useRealTimers();
});

describe('ReferenceTowns', () => {
  it('reads the towns once for concurrent callers and again only after its expiry', async () => {
    let now = 0;
    const towns = countingTowns([town('JINZE')]);
    const cache = new ReferenceTowns(towns, 300_000, () => now);
    const [a, b] = await Promise.all([cache.all(), cache.all()]);
    expect(a).toBe(b);
    expect(a.get('JINZE')?.name).toBe('JINZE');
    now = 299_999;
    await cache.all();
    expect(towns.reads).toEqual(['list']);
    now = 300_000;
    await cache.all();
    expect(towns.reads).toEqual(['list', 'list']);
  });

  it('answers a town at once once the list is read, and not after its expiry (the caller then reads again)', async () => {
    let now = 0;
    const towns = countingTowns([town('JINZE', '金泽镇')]);
    const cache = new ReferenceTowns(towns, 300_000, () => now);
    expect(cache.known('JINZE')).toBeUndefined();
    const reading = cache.all();
    // Not before the read has answered.
    expect(cache.known('JINZE')).toBeUndefined();
    await reading;
    expect(cache.known('JINZE')?.name).toBe('金泽镇');
    expect(cache.known('ZHUJIAJIAO')).toBeUndefined();
    now = 300_000;
    expect(cache.known('JINZE')).toBeUndefined();
    expect(towns.reads).toEqual(['list']);
  });

  it('keeps no failed read: the next caller reads again', async () => {
    const towns = countingTowns([town('JINZE')]);
    const cache = new ReferenceTowns(towns, 300_000, () => 0);
    towns.failNext();
    await expect(cache.all()).rejects.toThrow('throttled');
    expect((await cache.all()).has('JINZE')).toBe(true);
    expect(towns.reads).toEqual(['list', 'list']);
  });

  it('stops waiting for a read that never answers after its deadline, keeps nothing, and reads anew', async () => {
    vi.useFakeTimers();
    let answered = false;
    const hung = {
      calls: 0,
      signals: [] as (AbortSignal | undefined)[],
      list(options?: { signal?: AbortSignal }): Promise<Town[]> {
        this.calls += 1;
        this.signals.push(options?.signal);
        // The first read never answers (a request lost on a live connection); the next one does.
        return this.calls === 1 ? new Promise<Town[]>(() => undefined) : Promise.resolve([town('JINZE')]);
      },
    };
    const cache = new ReferenceTowns(hung, 300_000, () => 0, 5_000);
    const waiting = cache.all().then(
      () => (answered = true),
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(4_999);
    expect(answered).toBe(false);
    expect(hung.signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    // The read is told to stop (the SDK drops the request and its socket), not only no longer waited for.
    expect(hung.signals[0]?.aborted).toBe(true);
    expect(await waiting).toEqual(new Error('the list of towns: no answer within 5000 ms'));
    expect((await cache.all()).has('JINZE')).toBe(true);
    expect(hung.calls).toBe(2);
  }, 10_000);
});

describe('the town loader', () => {
  it('answers from the list and reads only the codes it lacks (a town added since), in one batch', async () => {
    const listed = countingTowns([town('JINZE'), town('BAIHE')]);
    const referenceTowns = new ReferenceTowns(listed, 300_000, () => 0);
    await referenceTowns.all();
    listed.reads.length = 0;
    const table = countingTowns([town('JINZE'), town('BAIHE'), town('NEWTOWN')]);
    const loaders = createLoaders({ towns: table as never, referenceTowns });
    const answers = await Promise.all(
      ['JINZE', 'NEWTOWN', 'BAIHE', 'NOWHERE'].map((code) => loaders.town.load(code)),
    );
    expect(answers.map((answer) => answer?.code)).toEqual(['JINZE', 'NEWTOWN', 'BAIHE', undefined]);
    expect([...listed.reads, ...table.reads]).toEqual(['getMany NEWTOWN,NOWHERE']);
  });

  it('reads the page’s own codes when the list cannot be read, rather than failing every town of the page', async () => {
    const listed = countingTowns([town('JINZE')]);
    listed.failNext();
    const referenceTowns = new ReferenceTowns(listed, 300_000, () => 0);
    const table = countingTowns([town('JINZE'), town('BAIHE')]);
    const loaders = createLoaders({ towns: table as never, referenceTowns });
    const answers = await Promise.all(['JINZE', 'BAIHE'].map((code) => loaders.town.load(code)));
    expect(answers.map((answer) => answer?.code)).toEqual(['JINZE', 'BAIHE']);
    expect([...listed.reads, ...table.reads]).toEqual(['list', 'getMany JINZE,BAIHE']);
  });
});

describe('enterprises { edges { node { town } } } (lookahead)', () => {
  const COMMISSION = { kind: 'user', userId: 'ec-1', role: 'ECONOMIC_COMMISSION' } as const;
  const ENTERPRISE = { creditCode: '91310118MA1JL0000X', name: '上海青禾', town: 'JINZE' };

  async function run(query: string) {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const towns = countingTowns([town('JINZE', '金泽镇')]);
    const referenceTowns = new ReferenceTowns(
      { list: () => (events.push('towns'), towns.list()) },
      300_000,
      () => 0,
    );
    const app = {
      clock: { now: () => new Date('2026-11-30T00:00:00.000Z') },
      referenceTowns,
      enterprises: {
        list: async () => {
          events.push('page');
          await gate;
          return { edges: [{ cursor: 'c1', node: ENTERPRISE }], hasNextPage: false, endCursor: 'c1' };
        },
      },
    };
    const contextValue = {
      principal: COMMISSION,
      app,
      loaders: createLoaders({ towns: towns as never, referenceTowns }),
    } as unknown as GraphQLContext;
    const server = createApolloServer({ mode: 'development', logError: () => undefined });
    await server.start();
    const answer = server.executeOperation({ query }, { contextValue });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforePage = [...events];
    release();
    const result = await answer;
    await server.stop();
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    return { beforePage, events, reads: towns.reads, result: result.body.singleResult };
  }

  it('reads the towns beside the page, once, and answers as without it', async () => {
    const ahead = await run('{ enterprises(first: 10) { edges { node { creditCode town { name } } } } }');
    expect([...ahead.beforePage].sort()).toEqual(['page', 'towns']);
    expect(ahead.reads).toEqual(['list']);
    expect(ahead.result.errors).toBeUndefined();
    // Under a fragment the towns are read after the page, as every nested field is.
    const after = await run(
      '{ enterprises(first: 10) { edges { node { creditCode ... on Enterprise { town { name } } } } } }',
    );
    expect(after.beforePage).toEqual(['page']);
    expect(after.reads).toEqual(['list']);
    expect(after.result.data).toEqual(ahead.result.data);
    expect(ahead.result.data).toEqual({
      enterprises: { edges: [{ node: { creditCode: ENTERPRISE.creditCode, town: { name: '金泽镇' } } }] },
    });
  });

  it('reads no town for a page that shows none', async () => {
    const plain = await run('{ enterprises(first: 10) { edges { node { creditCode } } } }');
    expect(plain.events).toEqual(['page']);
    expect(plain.result.errors).toBeUndefined();
  });
});
