import { asReport } from '#adapters/dynamodb/read-budget';
import {
  countersignDisbursementDocument,
  documentPayments,
  draftDisbursementDocument,
  listDisbursementDocuments,
} from '#use-cases/workflow/disbursement-documents';
import {
  deliberate,
  fileObjection,
  listObjections,
  listProjects,
  overdueStages,
  paymentAmountExplanation,
  projectAmountExplanation,
  proposeProject,
  proposeProjects,
  publicityList,
  readableProject,
  recordInvestigation,
  resumeProject,
  signOffProject,
} from '#use-cases/workflow/projects';
import { readFailure } from '#domain/workflow/failure';
import { budgetSummary, overrideBudget, setBudget } from '#use-cases/workflow/budget';
import { calendarYears, loadHolidayArrangement } from '#use-cases/workflow/calendar';
import { remainingBudget } from '#domain/payments/budget';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const workflowResolvers = {
  Query: {
    publicity: async (_parent, args, { principal, app }) =>
      toConnection(await publicityList(principal, args, app)),
    projects: async (_parent, args, { principal, app }) =>
      toConnection(await listProjects(principal, args, app)),
    project: (_parent, { id }, { principal, app }) => readableProject(principal, id, app),
    overdueStages: (_parent, _args, { principal, app }) => asReport(() => overdueStages(principal, app)),
    objections: (_parent, { projectId }, { principal, app }) => listObjections(principal, projectId, app),
    budget: (_parent, { fiscalYear }, { principal, app }) => budgetSummary(principal, fiscalYear, app),
    calendarYears: (_parent, _args, { principal, app }) => calendarYears(principal, app),
    disbursementDocuments: async (_parent, args, { principal, app }) =>
      toConnection(await listDisbursementDocuments(principal, args, app)),
  },
  Mutation: {
    setBudget: (_parent, { input }, { principal, app }) => setBudget(principal, input, app),
    overrideBudget: (_parent, { input }, { principal, app }) => overrideBudget(principal, input, app),
    loadHolidayArrangement: (_parent, { input }, { principal, app }) =>
      loadHolidayArrangement(principal, input, app),
    proposeProject: (_parent, { input }, { principal, app }) => proposeProject(principal, input, app),
    proposeProjects: (_parent, { input }, { principal, app }) => proposeProjects(principal, input, app),
    signOffProject: (_parent, { input }, { principal, app }) => signOffProject(principal, input, app),
    fileObjection: (_parent, { input }, { principal, app }) => fileObjection(principal, input, app),
    recordInvestigation: (_parent, { input }, { principal, app }) =>
      recordInvestigation(principal, input, app),
    deliberate: (_parent, { input }, { principal, app }) => deliberate(principal, input, app),
    resumeProject: (_parent, { input }, { principal, app }) => resumeProject(principal, input, app),
    draftDisbursementDocument: (_parent, { input }, { principal, app }) =>
      draftDisbursementDocument(principal, input, app),
    countersignDisbursementDocument: (_parent, args, { principal, app }) =>
      countersignDisbursementDocument(principal, args, app),
  },
  Project: {
    // Older records keep the failure as the state machine's JSON string: read into the same shape.
    failure: (project) => readFailure(project) ?? null,
    signOffs: (project) => [...(project.signOffs ?? [])],
    amountExplanation: (project, _args, { app }) => projectAmountExplanation(project, app),
  },
  DisbursementDocument: {
    payments: (document, _args, { principal, app }) => documentPayments(principal, document, app),
  },
  Payment: {
    hasBankAccount: (payment) => payment.bankAccount !== null,
    amountExplanation: (payment, _args, { app }) => paymentAmountExplanation(payment, app),
  },
  Budget: {
    remainingFen: (budget) => remainingBudget(budget),
  },
} satisfies Resolvers;
