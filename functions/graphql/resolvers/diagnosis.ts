import { isOverdue } from '#domain/diagnosis/diagnosis';
import { asReport } from '#adapters/dynamodb/read-budget';
import { NotFound } from '#domain/errors';
import { cstDate } from '#domain/time/cst';
import { addIntentionEntry, listIntentionPool } from '#use-cases/diagnosis/intention-pool';
import {
  amendDiagnosisPlan,
  createDiagnosisPlan,
  publishDiagnosisPlan,
  readDiagnosisPlan,
} from '#use-cases/diagnosis/diagnosis-plan';
import {
  assignProvider,
  listAssignments,
  overdueCountsByProvider,
  reassignProvider,
  readableAssignment,
  respondToAssignment,
} from '#use-cases/diagnosis/assignments';
import {
  attachmentDownload,
  completeAttachmentUpload,
  readableAttachment,
  requestAttachmentUpload,
} from '#use-cases/diagnosis/attachments';
import { reportIdFor } from '#use-cases/diagnosis/attachments';
import {
  confirmDiagnosisReport,
  listReports,
  readableReport,
  recordFollowUp,
  submitDiagnosisReport,
} from '#use-cases/diagnosis/reports';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

/** A linked record the caller may not see is shown as absent rather than failing the whole query. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}

export const diagnosisResolvers = {
  Query: {
    intentionPool: async (_parent, args, { principal, app }) =>
      toConnection(await listIntentionPool(principal, args, app)),
    diagnosisPlan: (_parent, { year }, { principal, app }) => readDiagnosisPlan(principal, year, app),
    diagnosisAssignments: async (_parent, args, { principal, app }) =>
      toConnection(await listAssignments(principal, args, app)),
    overdueAssignmentCounts: (_parent, args, { principal, app }) =>
      asReport(() => overdueCountsByProvider(principal, args, app)),
    diagnosisAssignment: (_parent, { id }, { principal, app }) => readableAssignment(principal, id, app),
    diagnosisReports: async (_parent, args, { principal, app }) =>
      toConnection(await listReports(principal, args, app)),
    diagnosisReport: (_parent, { id }, { principal, app }) => readableReport(principal, id, app),
    attachment: (_parent, { id }, { principal, app }) => readableAttachment(principal, id, app),
  },
  Mutation: {
    addIntentionEntry: (_parent, { input }, { principal, app }) => addIntentionEntry(principal, input, app),
    createDiagnosisPlan: (_parent, { input }, { principal, app }) =>
      createDiagnosisPlan(principal, input, app),
    publishDiagnosisPlan: (_parent, args, { principal, app }) => publishDiagnosisPlan(principal, args, app),
    amendDiagnosisPlan: (_parent, { input }, { principal, app }) => amendDiagnosisPlan(principal, input, app),
    assignProvider: (_parent, { input }, { principal, app }) => assignProvider(principal, input, app),
    respondToAssignment: (_parent, { input }, { principal, app }) =>
      respondToAssignment(principal, input, app),
    reassignProvider: (_parent, { input }, { principal, app }) => reassignProvider(principal, input, app),
    requestAttachmentUpload: (_parent, { input }, { principal, app }) =>
      requestAttachmentUpload(principal, input, app),
    completeAttachmentUpload: (_parent, args, { principal, app }) =>
      completeAttachmentUpload(principal, args, app),
    submitDiagnosisReport: (_parent, { input }, { principal, app }) =>
      submitDiagnosisReport(principal, input, app),
    confirmDiagnosisReport: (_parent, { input }, { principal, app }) =>
      confirmDiagnosisReport(principal, input, app),
    recordFollowUp: (_parent, { input }, { principal, app }) => recordFollowUp(principal, input, app),
  },
  DiagnosisAssignment: {
    overdue: (assignment, _args, { app }) => isOverdue(assignment, cstDate(app.clock.now())),
    report: (assignment, _args, { principal, app }) =>
      assignment.status === 'REPORTED'
        ? orNull(readableReport(principal, reportIdFor(assignment.id), app))
        : null,
  },
  DiagnosisReport: {
    reportFile: (report, _args, { principal, app }) =>
      orNull(readableAttachment(principal, report.reportAttachmentId, app)),
  },
  EnterpriseConfirmation: {
    signedPage: (confirmation, _args, { principal, app }) =>
      orNull(readableAttachment(principal, confirmation.signedPageAttachmentId, app)),
  },
  Attachment: {
    downloadUrl: async (attachment, _args, { principal, app }) =>
      (await attachmentDownload(principal, attachment, app))?.url ?? null,
  },
  AttachmentUpload: {
    upload: ({ upload }) => ({ ...upload, headersJson: JSON.stringify(upload.headers) }),
  },
} satisfies Resolvers;
