import type { Resolvers } from '../generated/resolvers-types.ts';
import { enterpriseResolvers } from './enterprise.ts';
import { LAZY_GROUPS } from './lazy-groups.ts';
import type { ResolverMap } from './loaded-on-first-call.ts';
import { loadedOnFirstCall, mergeResolverMaps } from './loaded-on-first-call.ts';
import { policyResolvers } from './policy.ts';
import { providerResolvers } from './provider.ts';
import { scalarResolvers } from './scalars.ts';
import { systemResolvers } from './system.ts';
import { townResolvers } from './town.ts';

/** The groups a first screen uses (issue 19, B4), loaded with the function. */
const atStart: Resolvers = {
  Query: {
    ...systemResolvers.Query,
    ...townResolvers.Query,
    ...enterpriseResolvers.Query,
    ...providerResolvers.Query,
    ...policyResolvers.Query,
  },
  Mutation: {
    ...enterpriseResolvers.Mutation,
    ...providerResolvers.Mutation,
    ...policyResolvers.Mutation,
  },
  Enterprise: enterpriseResolvers.Enterprise,
  Provider: providerResolvers.Provider,
};

const onFirstCall = Object.values(LAZY_GROUPS).map((group) => loadedOnFirstCall(group.load, group.fields));

/**
 * Every resolver of the schema. The stand-ins of the groups loaded on first call are typed as graphql-js
 * field resolvers, not as the generated `Resolvers` (each group's own module is checked against those):
 * hence the cast of the merged map.
 */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...(mergeResolverMaps(atStart as ResolverMap, ...onFirstCall) as Resolvers),
};
