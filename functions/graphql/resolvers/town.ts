import { listTowns } from '#use-cases/list-towns';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const townResolvers = {
  Query: {
    towns: (_parent, _args, { principal, app }) => listTowns(principal, app),
  },
} satisfies Resolvers;
