import { programmeStatistics } from '#use-cases/statistics/programme-statistics';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const statisticsResolvers = {
  Query: {
    programmeStatistics: (_parent, args, { principal, app }) => programmeStatistics(principal, args, app),
  },
} satisfies Resolvers;
