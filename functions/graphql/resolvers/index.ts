import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { systemResolvers } from './system.ts';
import { townResolvers } from './town.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: {
    ...systemResolvers.Query,
    ...townResolvers.Query,
  },
};
