import { asReport, BULK_READ_LIMIT } from '#adapters/dynamodb/read-budget';
import { createEnterprise, updateEnterprise } from '#use-cases/registry/enterprise-commands';
import {
  enterpriseBankAccount,
  enterpriseContacts,
  enterpriseEligibilityToday,
  getEnterprise,
  listEnterprises,
} from '#use-cases/registry/enterprise-queries';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';
import { selectsPath } from './lookahead.ts';

export const enterpriseResolvers = {
  Query: {
    enterprises: async (_parent, args, { principal, app }, info) => {
      // A page showing towns starts reading them beside its own Query (issue 19, B4); Enterprise.town
      // takes them from the process's list (one read at most every five minutes).
      if (selectsPath(info, ['edges', 'node', 'town'])) app.referenceTowns.all().catch(() => undefined);
      return toConnection(await listEnterprises(principal, args, app));
    },
    enterprise: (_parent, { creditCode }, { principal, app }) => getEnterprise(principal, creditCode, app),
  },
  Mutation: {
    createEnterprise: (_parent, { input }, { principal, app }) => createEnterprise(principal, input, app),
    updateEnterprise: (_parent, { input }, { principal, app }) => updateEnterprise(principal, input, app),
    importEnterprises: (_parent, { csv }, { principal, app }) =>
      asReport(async () => {
        // With its CSV parser, loaded when a list is imported, not at every cold start (issue 19, B4).
        const { importEnterprises } = await import('#use-cases/registry/import-enterprises');
        return importEnterprises(principal, csv, app);
      }, BULK_READ_LIMIT),
  },
  Enterprise: {
    town: (enterprise, _args, { app, loaders }) =>
      app.referenceTowns.known(enterprise.town) ??
      loaders.town.load(enterprise.town).then((town) => {
        if (!town)
          throw new Error(`enterprise ${enterprise.creditCode} refers to unknown town ${enterprise.town}`);
        return town;
      }),
    contacts: (enterprise, _args, { principal }) => [...enterpriseContacts(principal, enterprise)],
    bankAccount: (enterprise, _args, { principal }) => enterpriseBankAccount(principal, enterprise),
    eligibility: (enterprise, _args, { app }) => {
      const { eligible, reasons } = enterpriseEligibilityToday(enterprise, app);
      return { eligible, reasons: [...reasons] };
    },
  },
} satisfies Resolvers;
