import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '#graphql/context';
import { LAZY_GROUPS } from '#graphql/resolvers/lazy-groups';
import type { GroupFields, ResolverGroup } from '#graphql/resolvers/loaded-on-first-call';
import { loadedOnFirstCall, mergeResolverMaps } from '#graphql/resolvers/loaded-on-first-call';

/** A group as its module exports it, reduced to type → field names. */
const namesOf = (group: ResolverGroup): Record<string, string[]> =>
  Object.fromEntries(Object.entries(group).map(([type, fields]) => [type, Object.keys(fields)]));

const context = {} as GraphQLContext;
const info = {} as GraphQLResolveInfo;

describe('resolver groups loaded on first call (issue 19, B4)', () => {
  it.each(Object.entries(LAZY_GROUPS))(
    'the %s group names exactly the fields its module resolves',
    async (_name, group) => {
      const loaded = await group.load();
      const fields: GroupFields = group.fields;
      const listed = Object.fromEntries(Object.entries(fields).map(([type, names]) => [type, [...names]]));
      expect(listed).toEqual(namesOf(loaded));
    },
  );

  it('loads its module once, on the first call, and then calls a synchronous resolver synchronously', async () => {
    let loads = 0;
    const group = loadedOnFirstCall(
      () => {
        loads += 1;
        return Promise.resolve({ Query: { twice: (_parent: unknown, args: { n: number }) => args.n * 2 } });
      },
      { Query: ['twice'] },
    );
    const twice = group['Query']?.['twice'];
    expect(loads).toBe(0);
    await expect(twice?.(undefined, { n: 2 }, context, info)).resolves.toBe(4);
    expect(twice?.(undefined, { n: 3 }, context, info)).toBe(6);
    expect(loads).toBe(1);
  });

  it('tries the load again on the next call after a failed one', async () => {
    let attempts = 0;
    const group = loadedOnFirstCall(
      () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new Error('chunk not found'))
          : Promise.resolve({ Query: { one: () => 1 } });
      },
      { Query: ['one'] },
    );
    const one = group['Query']?.['one'];
    await expect(one?.(undefined, {}, context, info)).rejects.toThrow('chunk not found');
    await expect(one?.(undefined, {}, context, info)).resolves.toBe(1);
  });

  it('says which field a group lacks instead of resolving it to nothing', async () => {
    const group = loadedOnFirstCall(() => Promise.resolve({ Query: {} }), { Query: ['missing'] });
    await expect(group['Query']?.['missing']?.(undefined, {}, context, info)).rejects.toThrow(
      'Query.missing has no resolver in its group',
    );
  });

  it('merges the fields of one type that two groups resolve (Payment: workflow and payments)', () => {
    const merged = mergeResolverMaps(
      ...[LAZY_GROUPS.workflow, LAZY_GROUPS.payments].map((group) =>
        loadedOnFirstCall(group.load, group.fields),
      ),
    );
    expect(Object.keys(merged['Payment'] ?? {}).sort()).toEqual(
      [...LAZY_GROUPS.workflow.fields.Payment, ...LAZY_GROUPS.payments.fields.Payment].sort(),
    );
  });
});
