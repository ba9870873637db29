import { banDetail, listBans } from '#use-cases/payments/bans';
import { asReport, BULK_READ_LIMIT } from '#adapters/dynamodb/read-budget';
import { cancelPayment } from '#use-cases/payments/cancel';
import { releaseHeldPayment } from '#use-cases/payments/holds';
import {
  batchPayments,
  createPaymentBatch,
  listPaymentBatches,
  listPayments,
  readablePaymentBatch,
  submitPaymentBatch,
} from '#use-cases/payments/batches';
import { exportBankFile, exportPaymentBatch, exportResultsTemplate } from '#use-cases/payments/export';
import { returnCodeMeaning } from '#domain/payments/bank-return-codes';
import { listFraudFindings, recordFraudFinding, recordRecovery } from '#use-cases/payments/fraud';
import { reconcile } from '#use-cases/payments/reconciliation';
import { recordPaymentResult, uploadPaymentResults } from '#use-cases/payments/results';
import type { PaymentBatch } from '#domain/payments/payments';
import { parseId } from '#domain/validation';
import type { Resolvers } from '../generated/resolvers-types.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from './connection.ts';
import { onlySelects, selectedArguments } from './lookahead.ts';

/** What finance's pull asks of a batch: its payments (and id), nothing the batch's own record holds but its id. */
const PULL_FIELDS = new Set(['id', 'payments', '__typename']);

interface PageArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
}

/** The id as the use case reads it, or none when it refuses it. */
function parsedId(raw: string): string | undefined {
  try {
    return parseId(raw, ['id']);
  } catch {
    return undefined;
  }
}

/** A page of a batch's payments, read once per request (`paymentBatch` may have started it already). */
function batchPaymentsPage(batchId: string, args: PageArgs, { principal, app, loaders }: GraphQLContext) {
  return loaders.batchPayments.once(JSON.stringify([batchId, args.first ?? null, args.after ?? null]), () =>
    batchPayments(principal, { id: batchId }, args, app),
  );
}

export const paymentResolvers = {
  Query: {
    paymentBatches: async (_parent, args, { principal, app }) =>
      toConnection(await listPaymentBatches(principal, args, app)),
    paymentBatch: async (_parent, { id }, context, info) => {
      const batchId = parsedId(id);
      const pages = batchId === undefined ? [] : selectedArguments(info, 'payments');
      // Finance's pull asks for nothing of the batch but a page of its payments: a page with payments in it
      // shows the batch exists (a payment names only a batch already written, and no batch is ever
      // deleted), so the batch itself is read only for an empty page. Refusals (a role without
      // readPayments, a bad cursor) are answered by the path below, where they were.
      const [page] = pages;
      if (
        batchId !== undefined &&
        page !== undefined &&
        pages.length === 1 &&
        onlySelects(info, PULL_FIELDS)
      ) {
        const found = await batchPaymentsPage(batchId, page as PageArgs, context).catch(() => undefined);
        if (found !== undefined && found.edges.length > 0) return { id: batchId } as PaymentBatch;
      }
      const batch = readablePaymentBatch(context.principal, id, context.app);
      // Otherwise the page is read beside the batch, not after it. Should the batch be missing or
      // unreadable, the answer is its error all the same.
      if (batchId !== undefined)
        for (const args of pages)
          batchPaymentsPage(batchId, args as PageArgs, context).catch(() => undefined);
      return batch;
    },
    payments: async (_parent, args, { principal, app }) =>
      toConnection(await listPayments(principal, args, app)),
    fraudFindings: async (_parent, args, { principal, app }) =>
      toConnection(await listFraudFindings(principal, args, app)),
    reconciliation: (_parent, { fiscalYear }, { principal, app }) =>
      asReport(() => reconcile(principal, fiscalYear, app)),
    bans: async (_parent, args, { principal, app }) => toConnection(await listBans(principal, args, app)),
  },
  Mutation: {
    createPaymentBatch: (_parent, { input }, { principal, app }) =>
      asReport(() => createPaymentBatch(principal, input, app), BULK_READ_LIMIT),
    submitPaymentBatch: (_parent, args, { principal, app }) => submitPaymentBatch(principal, args, app),
    recordPaymentResult: (_parent, { input }, { principal, app }) =>
      recordPaymentResult(principal, input, app),
    uploadPaymentResults: (_parent, { input }, { principal, app }) =>
      asReport(() => uploadPaymentResults(principal, input, app), BULK_READ_LIMIT),
    cancelPayment: (_parent, { input }, { principal, app }) => cancelPayment(principal, input, app),
    recordFraudFinding: (_parent, { input }, { principal, app }) =>
      asReport(() => recordFraudFinding(principal, input, app), BULK_READ_LIMIT),
    recordRecovery: (_parent, { input }, { principal, app }) => recordRecovery(principal, input, app),
    releaseHeldPayment: (_parent, { input }, { principal, app }) => releaseHeldPayment(principal, input, app),
  },
  PaymentBatch: {
    payments: async (batch, args, context) => toConnection(await batchPaymentsPage(batch.id, args, context)),
    exportUrl: async (batch, { format }, { principal, app }) =>
      (await asReport(() => exportPaymentBatch(principal, batch, format, app))).url,
    bankFileUrl: async (batch, { profile }, { principal, app }) =>
      (await asReport(() => exportBankFile(principal, batch, profile, app))).url,
    resultsTemplateUrl: async (batch, _args, { principal, app }) =>
      (await asReport(() => exportResultsTemplate(principal, batch, app))).url,
  },
  PaymentResultsReport: {
    // A report replayed under an idempotency key stored before refusals were typed has none.
    failures: (report) => (report as { failures?: typeof report.failures }).failures ?? [],
  },
  BatchPayment: {
    payment: (payment) => payment,
    account: (payment) => payment.bankAccount,
  },
  Payment: {
    fraudFindingId: (payment) => payment.findingStop?.findingId ?? null,
    banReleaseReason: (payment) => payment.banRelease?.reason ?? null,
    bankReturnCode: (payment) => (payment.status === 'FAILED' ? (payment.failureCode ?? 'OTHER') : null),
    financeAction: (payment) =>
      payment.status === 'FAILED' ? returnCodeMeaning(payment.failureCode ?? 'OTHER').action : null,
  },
  DisbursementLine: {
    withheldByFindingId: (line) => line.withheld?.findingId ?? null,
    withheldReason: (line) => line.withheld?.reason ?? null,
  },
  FraudFinding: {
    principalName: (finding, _args, { principal }) => banDetail(principal, finding, 'principalName'),
    evidence: (finding, _args, { principal }) => banDetail(principal, finding, 'evidence') ?? '',
    heldPaymentCount: (finding) => finding.heldPaymentCount ?? 0,
    completed: (finding) => finding.completed !== false,
  },
  BanEntry: {
    principalName: (ban, _args, { principal }) => banDetail(principal, ban, 'principalName'),
    evidence: (ban, _args, { principal }) => banDetail(principal, ban, 'evidence') ?? '',
  },
} satisfies Resolvers;
