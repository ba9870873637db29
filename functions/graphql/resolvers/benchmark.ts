import { highestAward } from '#domain/benchmark/certification';
import { reasonInChinese } from '#domain/benchmark/certification-import';
import { outcomeLabel } from '#domain/messages/imports';
import {
  benchmarkStanding,
  enterpriseCertifications,
  importCertifications,
  importReportDownload,
  importReportLines,
  listImports,
  readableImport,
} from '#use-cases/benchmark/certification-imports';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toConnection } from './connection.ts';

export const benchmarkResolvers = {
  Query: {
    certificationImport: (_parent, { id }, { principal, app }) => readableImport(principal, id, app),
    certificationImports: async (_parent, args, { principal, app }) =>
      toConnection(await listImports(principal, args, app)),
    certifications: (_parent, { creditCode }, { principal, app }) =>
      enterpriseCertifications(principal, creditCode, app),
    benchmarkStanding: (_parent, { creditCode }, { principal, app }) =>
      benchmarkStanding(principal, creditCode, app),
  },
  Mutation: {
    importCertifications: (_parent, { input }, { principal, app }) =>
      importCertifications(principal, input, app),
  },
  CertificationImport: {
    counts: ({ counts }) => ({
      created: counts.CREATED,
      zeroAmount: counts.ZERO_AMOUNT,
      duplicate: counts.DUPLICATE,
      unmatched: counts.UNMATCHED,
      ineligible: counts.INELIGIBLE,
      invalid: counts.INVALID,
    }),
    lines: async (record, args, { principal, app }) =>
      toConnection(await importReportLines(principal, record, args, app)),
    reportCsvUrl: async (record, _args, { principal, app }) =>
      (await importReportDownload(principal, record, app))?.url ?? null,
  },
  ImportLine: {
    outcomeLabel: (line) => outcomeLabel(line.outcome).zh,
    reasonZh: (line) => reasonInChinese(line),
  },
  BenchmarkStanding: {
    highestTier: (standing) => highestAward(standing).tier,
    highestAwardedFen: (standing) => highestAward(standing).amountFen,
  },
} satisfies Resolvers;
