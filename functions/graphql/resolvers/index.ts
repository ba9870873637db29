import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { auditResolvers } from './audit.ts';
import { enterpriseResolvers } from './enterprise.ts';
import { providerResolvers } from './provider.ts';
import { systemResolvers } from './system.ts';
import { townResolvers } from './town.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  Query: {
    ...systemResolvers.Query,
    ...townResolvers.Query,
    ...enterpriseResolvers.Query,
    ...providerResolvers.Query,
    ...auditResolvers.Query,
  },
  Mutation: {
    ...enterpriseResolvers.Mutation,
    ...providerResolvers.Mutation,
  },
  Enterprise: enterpriseResolvers.Enterprise,
  Provider: providerResolvers.Provider,
  AuditRecord: auditResolvers.AuditRecord,
};
