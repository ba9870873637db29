import {
  applicationMaterials,
  decideAcceptance,
  draftApplication,
  listApplications,
  readableApplication,
  submitApplication,
  updateApplicationDraft,
  withdrawApplication,
} from '#use-cases/applications/applications';
import { listApplicationNotices, publishApplicationNotice } from '#use-cases/applications/notices';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const applicationResolvers = {
  Query: {
    applicationNotices: async (_parent, args, { principal, app }) =>
      toConnection(await listApplicationNotices(principal, args, app)),
    applications: async (_parent, args, { principal, app }) =>
      toConnection(await listApplications(principal, args, app)),
    application: (_parent, { id }, { principal, app }) => readableApplication(principal, id, app),
  },
  Mutation: {
    publishApplicationNotice: (_parent, { input }, { principal, app }) =>
      publishApplicationNotice(principal, input, app),
    draftApplication: (_parent, { input }, { principal, app }) => draftApplication(principal, input, app),
    updateApplicationDraft: (_parent, { input }, { principal, app }) =>
      updateApplicationDraft(principal, input, app),
    submitApplication: (_parent, { input }, { principal, app }) => submitApplication(principal, input, app),
    withdrawApplication: (_parent, { input }, { principal, app }) =>
      withdrawApplication(principal, input, app),
    acceptApplication: (_parent, { input }, { principal, app }) =>
      decideAcceptance(principal, input, true, app),
    returnApplication: (_parent, { input }, { principal, app }) =>
      decideAcceptance(principal, input, false, app),
  },
  Application: {
    materials: (application, _args, { principal, app }) => applicationMaterials(principal, application, app),
  },
} satisfies Resolvers;
