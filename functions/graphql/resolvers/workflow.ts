import { asReport } from '#adapters/dynamodb/read-budget';
import {
  countersignDisbursementDocument,
  documentPayments,
  draftDisbursementDocument,
  listDisbursementDocuments,
} from '#use-cases/workflow/disbursement-documents';
import {
  fileObjection,
  listObjections,
  recordInvestigation,
  screenObjection,
  settleObjection,
} from '#use-cases/workflow/objections';
import {
  deliberate,
  listProjects,
  overdueStages,
  paymentAmountExplanation,
  projectAmountExplanation,
  proposeProject,
  proposeProjects,
  publicityList,
  readableProject,
  resumeProject,
  signOffProject,
} from '#use-cases/workflow/projects';
import { readFailure } from '#domain/workflow/failure';
import { statusOf } from '#domain/workflow/objection';
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
    objections: async (_parent, args, { principal, app }) =>
      toConnection(await listObjections(principal, args, app)),
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
    screenObjection: (_parent, { input }, { principal, app }) => screenObjection(principal, input, app),
    settleObjection: (_parent, { input }, { principal, app }) => settleObjection(principal, input, app),
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
  Objection: {
    // Objections stored before screening (R6.4.3) read OPEN: unscreened, that is RECEIVED.
    status: (objection) => statusOf(objection),
    finding: (objection) => objection.disposition?.finding ?? objection.finding ?? null,
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
