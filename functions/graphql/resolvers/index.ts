import type { Resolvers } from '../generated/resolvers-types.ts';
import { applicationResolvers } from './application.ts';
import { auditResolvers } from './audit.ts';
import { benchmarkResolvers } from './benchmark.ts';
import { paymentResolvers } from './payments.ts';
import { diagnosisResolvers } from './diagnosis.ts';
import { localClockResolvers } from './local-clock.ts';
import { notificationResolvers } from './notifications.ts';
import { enterpriseResolvers } from './enterprise.ts';
import { policyResolvers } from './policy.ts';
import { providerResolvers } from './provider.ts';
import { scalarResolvers } from './scalars.ts';
import { statisticsResolvers } from './statistics.ts';
import { systemResolvers } from './system.ts';
import { townResolvers } from './town.ts';
import { workflowResolvers } from './workflow.ts';

const { Query: diagnosisQuery, Mutation: diagnosisMutation, ...diagnosisTypes } = diagnosisResolvers;
const { Query: applicationQuery, Mutation: applicationMutation, ...applicationTypes } = applicationResolvers;

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    ...systemResolvers.Query,
    ...townResolvers.Query,
    ...enterpriseResolvers.Query,
    ...providerResolvers.Query,
    ...auditResolvers.Query,
    ...policyResolvers.Query,
    ...diagnosisQuery,
    ...applicationQuery,
    ...workflowResolvers.Query,
    ...benchmarkResolvers.Query,
    ...paymentResolvers.Query,
    ...statisticsResolvers.Query,
    ...localClockResolvers.Query,
    ...notificationResolvers.Query,
  },
  Mutation: {
    ...auditResolvers.Mutation,
    ...enterpriseResolvers.Mutation,
    ...providerResolvers.Mutation,
    ...policyResolvers.Mutation,
    ...diagnosisMutation,
    ...applicationMutation,
    ...workflowResolvers.Mutation,
    ...benchmarkResolvers.Mutation,
    ...paymentResolvers.Mutation,
    ...localClockResolvers.Mutation,
    ...notificationResolvers.Mutation,
  },
  Enterprise: enterpriseResolvers.Enterprise,
  Provider: providerResolvers.Provider,
  AuditRecord: auditResolvers.AuditRecord,
  ...diagnosisTypes,
  ...applicationTypes,
  DisbursementDocument: workflowResolvers.DisbursementDocument,
  Payment: { ...workflowResolvers.Payment, ...paymentResolvers.Payment },
  DisbursementLine: paymentResolvers.DisbursementLine,
  FraudFinding: paymentResolvers.FraudFinding,
  BanEntry: paymentResolvers.BanEntry,
  Budget: workflowResolvers.Budget,
  CertificationImport: benchmarkResolvers.CertificationImport,
  ImportLine: benchmarkResolvers.ImportLine,
  BenchmarkStanding: benchmarkResolvers.BenchmarkStanding,
  PaymentBatch: paymentResolvers.PaymentBatch,
  BatchPayment: paymentResolvers.BatchPayment,
  Notification: notificationResolvers.Notification,
};
