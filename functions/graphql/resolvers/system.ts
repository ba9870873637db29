import { health, me, version } from '#use-cases/describe-service';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const systemResolvers = {
  Query: {
    health: (_parent, _args, { app }) => health(app),
    version: (_parent, _args, { principal, app }) => version(principal, app.build),
    me: (_parent, _args, { principal }) => me(principal),
  },
} satisfies Resolvers;
