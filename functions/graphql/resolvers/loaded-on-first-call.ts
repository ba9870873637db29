import type { GraphQLFieldResolver } from 'graphql';
import { loadOnce } from '#adapters/loaded-on-first-use';
import type { GraphQLContext } from '../context.ts';

/** A group's resolvers as its module exports them: type → field → resolver. */
export type ResolverGroup = Readonly<Record<string, Readonly<Record<string, unknown>>>>;
/** The fields a group resolves, named without loading it: type → field names. */
export type GroupFields = Readonly<Record<string, readonly string[]>>;
type FieldResolver = GraphQLFieldResolver<unknown, GraphQLContext>;
export type ResolverMap = Record<string, Record<string, FieldResolver>>;

/**
 * Stands in for a group of resolvers whose module (and the use cases, parsers and writers it imports) loads
 * on the first call of one of its fields, not at every Lambda cold start (issue 19, B4: a first screen
 * needs the registry's groups only, and each group left out of the bundle's start is code the runtime
 * need not compile before the first answer). The first call of any field waits for the module; once it is
 * loaded, a field calls its resolver directly, so a synchronous resolver stays synchronous. A failed load
 * is not remembered: the next call tries again.
 */
export function loadedOnFirstCall(load: () => Promise<ResolverGroup>, fields: GroupFields): ResolverMap {
  let group: ResolverGroup | undefined;
  const loaded = loadOnce(async () => (group = await load()));
  const standIn =
    (type: string, field: string): FieldResolver =>
    (parent, args, context, info) =>
      group === undefined
        ? loaded().then((resolvers) => resolverOf(resolvers, type, field)(parent, args, context, info))
        : resolverOf(group, type, field)(parent, args, context, info);
  return Object.fromEntries(
    Object.entries(fields).map(([type, names]) => [
      type,
      Object.fromEntries(names.map((field) => [field, standIn(type, field)])),
    ]),
  );
}

function resolverOf(group: ResolverGroup, type: string, field: string): FieldResolver {
  const resolver = group[type]?.[field];
  // The field lists are checked against the groups by a test; this guards a list edited without it.
  if (typeof resolver !== 'function') throw new Error(`${type}.${field} has no resolver in its group`);
  return resolver as FieldResolver;
}

/** The union of resolver maps: a type's fields may come from more than one group. */
export function mergeResolverMaps(...maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}
