import type { GroupFields, ResolverGroup } from './loaded-on-first-call.ts';

/** Every group below, loaded at once by the first call of any of their fields. */
const loadedLater = () => import('./loaded-later.ts');

/** A group of resolvers loaded on first use: how to load it, and the fields it resolves. */
export interface LazyGroup {
  readonly load: () => Promise<ResolverGroup>;
  readonly fields: GroupFields;
}

/**
 * The groups a first screen does not need (issue 19, B4), loaded all together on the first call of any
 * of their fields. The registry's groups (enterprises, providers, towns, policy versions, the system's fields) and
 * the scalars stay in the bundle's start. The field lists must match what each module exports:
 * tests/unit/graphql/lazy-groups.test.ts loads every group and compares.
 */
export const LAZY_GROUPS = {
  application: {
    load: async () => (await loadedLater()).applicationResolvers,
    fields: {
      Query: ['experts', 'applicationNotices', 'applications', 'application'],
      Mutation: [
        'publishApplicationNotice',
        'draftApplication',
        'updateApplicationDraft',
        'submitApplication',
        'withdrawApplication',
        'acceptApplication',
        'returnApplication',
        'preliminaryReview',
        'refuseApplication',
        'registerExpert',
        'assignExpert',
        'declareConflict',
        'recordExpertReview',
      ],
      Application: ['preliminaryReview', 'enterpriseName', 'benchmarkTitle', 'expertReviews', 'materials'],
    },
  },
  audit: {
    load: async () => (await loadedLater()).auditResolvers,
    fields: {
      Query: ['auditTrail', 'auditRecords'],
      Mutation: ['exportAuditRecords'],
      AuditRecord: ['before', 'after'],
    },
  },
  benchmark: {
    load: async () => (await loadedLater()).benchmarkResolvers,
    fields: {
      Query: ['certificationImport', 'certificationImports', 'certifications', 'benchmarkStanding'],
      Mutation: ['importCertifications'],
      CertificationImport: ['counts', 'lines', 'reportCsvUrl'],
      ImportLine: ['outcomeLabel', 'reasonZh'],
      BenchmarkStanding: ['highestTier', 'highestAwardedFen'],
    },
  },
  diagnosis: {
    load: async () => (await loadedLater()).diagnosisResolvers,
    fields: {
      Query: [
        'intentionPool',
        'diagnosisPlan',
        'diagnosisAssignments',
        'overdueAssignmentCounts',
        'diagnosisAssignment',
        'diagnosisReports',
        'diagnosisReport',
        'attachment',
      ],
      Mutation: [
        'addIntentionEntry',
        'createDiagnosisPlan',
        'publishDiagnosisPlan',
        'amendDiagnosisPlan',
        'assignProvider',
        'respondToAssignment',
        'reassignProvider',
        'requestAttachmentUpload',
        'completeAttachmentUpload',
        'submitDiagnosisReport',
        'confirmDiagnosisReport',
        'recordFollowUp',
      ],
      DiagnosisAssignment: ['overdue', 'report'],
      DiagnosisReport: ['reportFile'],
      EnterpriseConfirmation: ['signedPage'],
      Attachment: ['downloadUrl'],
      AttachmentUpload: ['upload'],
    },
  },
  localClock: {
    load: async () => (await loadedLater()).localClockResolvers,
    fields: { Query: ['localClock'], Mutation: ['moveLocalClock'] },
  },
  notifications: {
    load: async () => (await loadedLater()).notificationResolvers,
    fields: {
      Query: ['notifications', 'notificationPreferences'],
      Mutation: ['setNotificationPreferences'],
      Notification: ['id', 'title', 'body', 'titleEn', 'bodyEn', 'to'],
    },
  },
  payments: {
    load: async () => (await loadedLater()).paymentResolvers,
    fields: {
      Query: ['paymentBatches', 'paymentBatch', 'payments', 'fraudFindings', 'reconciliation', 'bans'],
      Mutation: [
        'createPaymentBatch',
        'submitPaymentBatch',
        'recordPaymentResult',
        'uploadPaymentResults',
        'cancelPayment',
        'recordFraudFinding',
        'recordRecovery',
        'releaseHeldPayment',
      ],
      PaymentBatch: ['payments', 'exportUrl', 'bankFileUrl', 'resultsTemplateUrl'],
      PaymentResultsReport: ['failures'],
      BatchPayment: ['payment', 'account'],
      Payment: ['fraudFindingId', 'banReleaseReason', 'bankReturnCode', 'financeAction'],
      DisbursementLine: ['withheldByFindingId', 'withheldReason'],
      FraudFinding: ['principalName', 'evidence', 'heldPaymentCount', 'completed'],
      BanEntry: ['principalName', 'evidence'],
    },
  },
  statistics: {
    load: async () => (await loadedLater()).statisticsResolvers,
    fields: { Query: ['programmeStatistics'] },
  },
  workflow: {
    load: async () => (await loadedLater()).workflowResolvers,
    fields: {
      Query: [
        'publicity',
        'projects',
        'project',
        'overdueStages',
        'objections',
        'budget',
        'calendarYears',
        'disbursementDocuments',
      ],
      Mutation: [
        'setBudget',
        'overrideBudget',
        'loadHolidayArrangement',
        'proposeProject',
        'proposeProjects',
        'signOffProject',
        'fileObjection',
        'screenObjection',
        'settleObjection',
        'recordInvestigation',
        'deliberate',
        'resumeProject',
        'draftDisbursementDocument',
        'countersignDisbursementDocument',
      ],
      Project: ['failure', 'signOffs', 'amountExplanation'],
      Objection: ['status', 'finding'],
      DisbursementDocument: ['payments'],
      Payment: ['hasBankAccount', 'amountExplanation'],
      Budget: ['remainingFen'],
    },
  },
} as const satisfies Record<string, LazyGroup>;
