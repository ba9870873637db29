import type { Actor, AuditRecord } from '#domain/audit/audit-record';
import type { BenchmarkAward } from '#domain/benchmark/tier-difference';
import { standingId } from '#domain/benchmark/certification';
import { PolicyViolation } from '#domain/errors';
import type { Budget } from '#domain/payments/budget';
import { budgetId } from '#domain/payments/budget';
import type { Payment } from '#domain/payments/payment';
import type { PaymentBatch } from '#domain/payments/payments';
import { openBatchClaim, requireBatchTransition } from '#domain/payments/payments';
import type { Claim, ProgrammeStore, RecordWrite } from '#domain/programme-store';
import type { Project } from '#domain/workflow/project';
import { applicationCertificationId } from '../benchmark/benchmark-approval.ts';
import { recordChange, revise } from '../programme/record-change.ts';

/**
 * What the events of an award's life (a cancelled payment, a fraud finding, a bank result after a
 * finding) change besides the payment itself, each as a change for the event's one transaction: the
 * budget (R2.2), the open batch a payment leaves, and the enterprise's standing (R5.3.1).
 */

export type Change = { readonly write: RecordWrite; readonly audit: AuditRecord };

/** Everything one event writes, and the claims it gives up, in one transaction. */
export interface EventChanges {
  readonly changes: Change[];
  readonly releases: Omit<Claim, 'conflict'>[];
}

/** R2.2: the budget of a fiscal year moved by `delta` (absent budget: nothing to move). */
export async function budgetMove(
  actor: Actor,
  now: Date,
  operation: string,
  fiscalYear: number | undefined,
  delta: Partial<Pick<Budget, 'committedFen' | 'disbursedFen' | 'recoveredFen'>>,
  programme: ProgrammeStore,
): Promise<Change | undefined> {
  if (fiscalYear === undefined) return undefined;
  const budget = await programme.get('Budget', budgetId(fiscalYear));
  if (!budget) return undefined;
  return recordChange(
    actor,
    now,
    operation,
    'Budget',
    budget,
    revise(
      budget,
      {
        committedFen: budget.committedFen + (delta.committedFen ?? 0),
        disbursedFen: budget.disbursedFen + (delta.disbursedFen ?? 0),
        recoveredFen: budget.recoveredFen + (delta.recoveredFen ?? 0),
      },
      now,
    ),
  );
}

/**
 * R6.6: payments leave a batch not yet released (a finding, a cancellation): its count and total drop,
 * their claims are given up, and a batch left empty is closed. Refused for a released batch: its
 * payments are at the bank, and only the bank's result settles them.
 */
export function leaveOpenBatch(
  actor: Actor,
  now: Date,
  batch: PaymentBatch,
  leaving: readonly Payment[],
): EventChanges {
  if (batch.status !== 'OPEN')
    throw new PolicyViolation(
      'R6.6',
      `batch ${batch.id} is ${batch.status}: its payments are at the bank, and the bank's result settles them`,
    );
  const paymentCount = batch.paymentCount - leaving.length;
  const emptied = paymentCount === 0;
  if (emptied) requireBatchTransition(batch, 'CLOSED');
  const after = revise(
    batch,
    {
      paymentCount,
      totalFen: leaving.reduce((total, payment) => total - payment.amountFen, batch.totalFen),
      ...(emptied ? { status: 'CLOSED' as const, closedAt: now.toISOString() } : {}),
    },
    now,
  );
  return {
    changes: [recordChange(actor, now, 'removeFromPaymentBatch', 'PaymentBatch', batch, after)],
    releases: leaving.map((payment) => ({ name: openBatchClaim(payment.id), ownerId: batch.id })),
  };
}

/** The certification whose award a project pays, if it is a benchmark award (R5.3). */
export function awardCertificationId(
  project: Pick<Project, 'certificationId' | 'benchmark' | 'applicationId'>,
): string | undefined {
  return (
    project.certificationId ??
    (project.benchmark && project.applicationId !== undefined
      ? applicationCertificationId(project.benchmark.level, project.applicationId)
      : undefined)
  );
}

/**
 * R5.3.1: the project's award stops counting as "already awarded" — the enterprise's standing, recomputed
 * from its counting awards (`highestAward` reads only AWARDED ones), in the event's transaction. Nothing
 * when the project pays no benchmark award or the award no longer counts.
 */
export async function voidAward(
  actor: Actor,
  now: Date,
  project: Pick<Project, 'creditCode' | 'certificationId' | 'benchmark' | 'applicationId'>,
  status: Exclude<BenchmarkAward['status'], 'AWARDED'>,
  programme: ProgrammeStore,
): Promise<Change | undefined> {
  const certificationId = awardCertificationId(project);
  if (certificationId === undefined) return undefined;
  const standing = await programme.get('BenchmarkStanding', standingId(project.creditCode));
  if (
    !standing?.awards.some((award) => award.certificationId === certificationId && award.status === 'AWARDED')
  )
    return undefined;
  const awards = standing.awards.map((award) =>
    award.certificationId === certificationId ? { ...award, status } : award,
  );
  return recordChange(
    actor,
    now,
    status === 'CANCELLED' ? 'voidBenchmarkAward' : 'revokeBenchmarkAward',
    'BenchmarkStanding',
    standing,
    revise(standing, { awards }, now),
  );
}

export const present = <T>(value: T | undefined): value is T => value !== undefined;
