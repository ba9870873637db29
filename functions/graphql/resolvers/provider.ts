import { createProvider, updateProvider } from '#use-cases/registry/provider-commands';
import {
  getProvider,
  listProviders,
  providerBankAccount,
  providerContacts,
  providerEligibilityToday,
} from '#use-cases/registry/provider-queries';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const providerResolvers = {
  Query: {
    providers: async (_parent, args, { principal, app }) =>
      toConnection(await listProviders(principal, args, app)),
    provider: (_parent, { id }, { principal, app }) => getProvider(principal, id, app),
  },
  Mutation: {
    createProvider: (_parent, { input }, { principal, app }) => createProvider(principal, input, app),
    updateProvider: (_parent, { input }, { principal, app }) => updateProvider(principal, input, app),
  },
  Provider: {
    qualifications: (provider) => [...provider.qualifications],
    contacts: (provider, _args, { principal }) => [...providerContacts(principal, provider)],
    bankAccount: (provider, _args, { principal }) => providerBankAccount(principal, provider),
    eligibility: (provider, _args, { app }) => {
      const { eligible, reasons } = providerEligibilityToday(provider, app);
      return { eligible, reasons: [...reasons] };
    },
  },
} satisfies Resolvers;
