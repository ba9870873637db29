import {
  draftPolicyVersion,
  publishPolicyVersion,
  readPolicyVersions,
} from '#use-cases/programme/policy-versions';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const policyResolvers = {
  Query: {
    policyVersions: (_parent, _args, { principal, app }) => readPolicyVersions(principal, app),
  },
  Mutation: {
    draftPolicyVersion: (_parent, { input }, { principal, app }) => draftPolicyVersion(principal, input, app),
    publishPolicyVersion: (_parent, { input }, { principal, app }) =>
      publishPolicyVersion(principal, input, app),
  },
} satisfies Resolvers;
