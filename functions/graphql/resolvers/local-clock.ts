import { moveLocalClock, readLocalClock } from '#use-cases/local-clock';
import type { Resolvers } from '../generated/resolvers-types.ts';

/** A local development server's clock (`npm run clock`); production refuses both fields. */
export const localClockResolvers = {
  Query: {
    localClock: (_parent, _args, { principal, app }) => readLocalClock(principal, app),
  },
  Mutation: {
    moveLocalClock: (_parent, { input }, { principal, app }) => moveLocalClock(principal, input, app),
  },
} satisfies Resolvers;
