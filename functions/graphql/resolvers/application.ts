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
import {
  assignExpert,
  declareConflict,
  expertReviewsOf,
  listExperts,
  preliminaryReview,
  refuseApplication,
  registerExpert,
  recordExpertReview,
} from '#use-cases/applications/review';
import { preliminaryOutcome } from '#domain/applications/application';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const applicationResolvers = {
  Query: {
    experts: (_parent, _args, { principal, app }) => listExperts(principal, app),
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
    preliminaryReview: (_parent, { input }, { principal, app }) => preliminaryReview(principal, input, app),
    refuseApplication: (_parent, { input }, { principal, app }) => refuseApplication(principal, input, app),
    registerExpert: (_parent, { input }, { principal, app }) => registerExpert(principal, input, app),
    assignExpert: (_parent, { input }, { principal, app }) => assignExpert(principal, input, app),
    declareConflict: (_parent, { input }, { principal, app }) => declareConflict(principal, input, app),
    recordExpertReview: (_parent, { input }, { principal, app }) => recordExpertReview(principal, input, app),
  },
  Application: {
    preliminaryReview: ({ review }) =>
      review?.preliminary ? { ...review.preliminary, outcome: preliminaryOutcome(review.preliminary) } : null,
    enterpriseName: (application) => application.enterpriseName ?? null,
    benchmarkTitle: (application) => application.benchmark?.title ?? null,
    expertReviews: (application, _args, { principal }) => [...expertReviewsOf(principal, application)],
    materials: (application, _args, { principal, app }) => applicationMaterials(principal, application, app),
  },
} satisfies Resolvers;
