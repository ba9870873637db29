import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import { formatFen } from '#domain/money';
import { budgetId } from '#domain/payments/budget';
import type { Payment } from '#domain/payments/payment';
import { PAYMENT_STATUSES } from '#domain/payments/payment';
import type { Project } from '#domain/workflow/project';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { everyRecord } from '../programme/record-change.ts';

export interface Reconciliation {
  readonly fiscalYear: number;
  /** Awards approved in the year (committed against its budget when approved). */
  readonly approvedFen: number;
  readonly paidFen: number;
  /** Approved and not yet paid: awaiting a document, ready, held, in a batch, or failed. */
  readonly pendingFen: number;
  /** Cancelled payments, and approved awards a fraud finding stopped before their document (R7.1.1). */
  readonly cancelledFen: number;
  readonly budgetCommittedFen: number | null;
  readonly budgetDisbursedFen: number | null;
  readonly batchesChecked: number;
  /** Every difference found; never fixed here, only reported. */
  readonly mismatches: readonly string[];
}

/**
 * R2.2, R6.6: for a fiscal year, approved awards = paid + pending + cancelled, the budget's committed and
 * disbursed agree with them, and every batch's totals agree with its payments' results. Any mismatch is
 * reported, never silently fixed.
 */
export async function reconcile(
  principal: Principal,
  fiscalYear: number,
  ports: ProgrammePorts,
): Promise<Reconciliation> {
  authorize(principal, 'readPayments');
  const payments = (
    await Promise.all(
      PAYMENT_STATUSES.map((status) =>
        everyRecord(ports.programme, 'Payment', { pattern: 'byStatus', value: status }),
      ),
    )
  ).flat();
  const approved = (
    await Promise.all(
      // WITHHELD: approved, then stopped by a finding before its document (its commitment given back).
      (['AWAITING_DOCUMENT', 'COMPLETED', 'WITHHELD'] as const).map((stage) =>
        everyRecord(ports.programme, 'Project', {
          pattern: 'byStage',
          value: stage,
          accept: (project: Project) => project.committedFiscalYear === fiscalYear,
        }),
      ),
    )
  ).flat();
  // R7.1.1: an approved award a finding stopped before its document gave its commitment back.
  const stopped = new Set(
    (await everyRecord(ports.programme, 'FraudFinding', { pattern: 'all', value: '' })).map(
      (finding) => finding.projectId,
    ),
  );
  const byProject = new Map(
    payments
      .filter((payment) => payment.fiscalYear === fiscalYear)
      .map((payment) => [payment.projectId, payment]),
  );
  const sum = (items: readonly { amount: number }[]) => items.reduce((total, item) => total + item.amount, 0);
  const classified = approved.map((project) => {
    const payment = byProject.get(project.id);
    return {
      amount: payment?.amountFen ?? project.proposedAmountFen,
      status: payment?.status ?? (stopped.has(project.id) ? 'CANCELLED' : 'AWAITING_DOCUMENT'),
    };
  });
  const approvedFen = sum(classified);
  const paidFen = sum(classified.filter((item) => item.status === 'PAID'));
  const cancelledFen = sum(classified.filter((item) => item.status === 'CANCELLED'));
  const pendingFen = approvedFen - paidFen - cancelledFen;
  const mismatches: string[] = [];
  for (const payment of byProject.values()) {
    if (!approved.some((project) => project.id === payment.projectId))
      mismatches.push(
        `payment ${payment.id} pays project ${payment.projectId}, which is not an approved award of ${fiscalYear}`,
      );
  }
  const budget = await ports.programme.get('Budget', budgetId(fiscalYear));
  if (budget) {
    if (budget.committedFen !== approvedFen - cancelledFen)
      mismatches.push(
        `budget committed ${formatFen(budget.committedFen)} ≠ approved ${formatFen(approvedFen)} less cancelled ${formatFen(cancelledFen)}`,
      );
    if (budget.disbursedFen !== paidFen)
      mismatches.push(`budget disbursed ${formatFen(budget.disbursedFen)} ≠ paid ${formatFen(paidFen)}`);
  } else if (approvedFen > 0) mismatches.push(`awards were approved in ${fiscalYear} but it has no budget`);
  const batches = await everyRecord(ports.programme, 'PaymentBatch', { pattern: 'all', value: '' });
  for (const batch of batches) mismatches.push(...batchMismatches(batch, payments));
  return {
    fiscalYear,
    approvedFen,
    paidFen,
    pendingFen,
    cancelledFen,
    budgetCommittedFen: budget?.committedFen ?? null,
    budgetDisbursedFen: budget?.disbursedFen ?? null,
    batchesChecked: batches.length,
    mismatches,
  };
}

/** A batch's totals against what its payments say happened in it. */
function batchMismatches(
  batch: {
    id: string;
    paymentCount: number;
    totalFen: number;
    paidFen: number;
    paidCount: number;
    failedCount: number;
  },
  payments: readonly Payment[],
): string[] {
  let total = 0;
  let count = 0;
  let paid = 0;
  let paidCount = 0;
  let failedCount = 0;
  for (const payment of payments) {
    const attempts = (payment.attempts ?? []).filter((attempt) => attempt.batchId === batch.id);
    const inBatch = payment.status === 'IN_BATCH' && payment.batchId === batch.id;
    if (attempts.length === 0 && !inBatch) continue;
    count += 1;
    total += payment.amountFen;
    if (attempts.some((attempt) => attempt.paid)) {
      paid += payment.amountFen;
      paidCount += 1;
    } else if (attempts.length > 0) failedCount += 1;
  }
  const found: string[] = [];
  if (count !== batch.paymentCount || total !== batch.totalFen)
    found.push(
      `batch ${batch.id} lists ${batch.paymentCount} payments of ${formatFen(batch.totalFen)}; its payments say ${count} of ${formatFen(total)}`,
    );
  if (paid !== batch.paidFen || paidCount !== batch.paidCount || failedCount !== batch.failedCount)
    found.push(
      `batch ${batch.id} records ${batch.paidCount} paid (${formatFen(batch.paidFen)}) and ${batch.failedCount} failed; its payments say ${paidCount} (${formatFen(paid)}) and ${failedCount}`,
    );
  return found;
}
