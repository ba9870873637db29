import * as z from 'zod';
import { auditRecord } from '#domain/audit/audit-record';
import type { AuditRecord } from '#domain/audit/audit-record';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { standingId } from '#domain/benchmark/certification';
import { Conflict, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { formatFen } from '#domain/money';
import type { FraudFinding } from '#domain/payments/payments';
import { banEnd } from '#domain/payments/payments';
import { namedPolicyVersion } from '../programme/policy-versions.ts';
import type { RecordWrite } from '#domain/programme-store';
import { fenSchema } from '#domain/diagnosis/input-schemas';
import { text } from '#domain/registry/input-schemas';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { parseInput } from '#domain/validation';
import type { Payment } from '#domain/workflow/project';
import { budgetId } from '#domain/workflow/project';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  commitChanges,
  listPage,
  recordChange,
  requireRecord,
  revise,
  stamp,
} from '../programme/record-change.ts';
import type { PaymentPorts } from './batches.ts';
import { applicationCertificationId } from '../benchmark/benchmark-approval.ts';

const isoDate = z.iso.date({ error: 'a date, YYYY-MM-DD' });
const findingSchema = z.object({
  projectId: text(1, 120),
  evidence: text(10, 4000),
  decidedOn: isoDate,
  serious: z.boolean(),
});
const recoverySchema = z.object({
  findingId: text(1, 130),
  amountFen: fenSchema.refine((value) => value > 0, 'must be more than 0'),
  recoveredOn: isoDate,
});

type Change = { write: RecordWrite; audit: AuditRecord };

/**
 * R7.1, R7.2: the commission records that an award was obtained by fraud. What was paid becomes a
 * receivable to recover; payments not yet made are cancelled (their amount returns to the budget); the
 * award no longer counts as already awarded for the tier difference (R5.3); in a serious case the
 * enterprise or provider is barred for three years from the decision date, which eligibility then
 * reports (R4.4) — refusing its next application and its next automatic award.
 */
export async function recordFraudFinding(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<FraudFinding> {
  const user = authorizeUser(principal, 'recordFraudFinding');
  const input = parseInput(findingSchema, rawInput, ['input']);
  const project = await requireRecord(ports.programme, 'Project', input.projectId);
  if (input.decidedOn > cstDate(ports.clock.now()))
    throw new PolicyViolation('R7.1', 'a finding is recorded once it is decided, not before');
  const id = `FRAUD-${project.id}`;
  const recorded = await ports.programme.get('FraudFinding', id);
  if (recorded) {
    // Recorded already: only a ban the first recording did not get to write is completed now.
    if (recorded.serious && (await banMissing(recorded, ports))) {
      await ban(principal, recorded, ports);
      return recorded;
    }
    throw new Conflict(`a fraud finding on ${project.id} is already recorded`);
  }
  const documentId = project.decisions?.DISBURSEMENT_DOCUMENT?.['documentId'];
  const payment =
    typeof documentId === 'string'
      ? await ports.programme.get('Payment', `PAY-${documentId}-${project.id}`)
      : undefined;
  if (payment?.status === 'IN_BATCH')
    throw new Conflict(
      `payment ${payment.id} is at the bank in batch ${payment.batchId ?? ''}: record its result first`,
    );
  const now = ports.clock.now();
  const paidFen = payment?.status === 'PAID' ? payment.amountFen : 0;
  const cancelled =
    payment && payment.status !== 'PAID' && payment.status !== 'CANCELLED' ? payment : undefined;
  const fiscalYear = project.committedFiscalYear ?? Number(input.decidedOn.slice(0, 4));
  const finding: FraudFinding = {
    id,
    projectId: project.id,
    payeeType: project.payeeType,
    payeeId: project.payeeId,
    payeeName: project.payeeName,
    evidence: input.evidence,
    decidedOn: input.decidedOn,
    serious: input.serious,
    // R7.2.1: the ban's length is the project's policy version's.
    banUntil: input.serious
      ? banEnd(input.decidedOn, (await namedPolicyVersion(ports.programme, project.policyVersionId)).banYears)
      : undefined,
    paidFen,
    recoveredFen: 0,
    recoveries: [],
    cancelledPaymentIds: cancelled ? [cancelled.id] : [],
    fiscalYear,
    recordedBy: user.userId,
    ...stamp(now),
  };
  const changes: Change[] = [
    recordChange(principal, now, 'recordFraudFinding', 'FraudFinding', null, finding),
  ];
  if (cancelled) {
    changes.push(
      recordChange(
        principal,
        now,
        'cancelPaymentForFraud',
        'Payment',
        cancelled,
        revise<Payment>(cancelled, { status: 'CANCELLED', cancelReason: `R7.1 fraud finding ${id}` }, now),
      ),
    );
    const budget = await ports.programme.get('Budget', budgetId(fiscalYear));
    if (budget) {
      changes.push(
        recordChange(
          principal,
          now,
          'releaseCommitment',
          'Budget',
          budget,
          revise(budget, { committedFen: budget.committedFen - cancelled.amountFen }, now),
        ),
      );
    }
  }
  // R5.3: an award recovered under R7 no longer counts as already awarded.
  const standing = await ports.programme.get('BenchmarkStanding', standingId(project.creditCode));
  const certificationId =
    project.certificationId ??
    (project.benchmark && project.applicationId !== undefined
      ? applicationCertificationId(project.benchmark.level, project.applicationId)
      : undefined);
  if (
    standing &&
    certificationId !== undefined &&
    standing.awards.some((award) => award.certificationId === certificationId)
  ) {
    const awards = standing.awards.map((award) =>
      award.certificationId === certificationId ? { ...award, status: 'RECOVERED' as const } : award,
    );
    changes.push(
      recordChange(
        principal,
        now,
        'revokeBenchmarkAward',
        'BenchmarkStanding',
        standing,
        revise(standing, { awards }, now),
      ),
    );
  }
  await commitChanges(ports.programme, changes);
  if (finding.banUntil !== undefined) await ban(principal, finding, ports);
  return finding;
}

/**
 * R7.2 on the registry record — its own transaction, after the finding's (two repositories). Repeatable:
 * a payee already barred at least as long is left as it is, so a finding whose ban was interrupted is
 * completed by recording it again.
 */
async function ban(principal: Principal, finding: FraudFinding, ports: PaymentPorts): Promise<void> {
  const until = finding.banUntil;
  if (until === undefined) return;
  const now = ports.clock.now();
  const banned = { until, reason: `R7.1 fraud finding ${finding.id} decided on ${finding.decidedOn}` };
  const change = <T extends { version: number; ban?: { until: string } | undefined }>(subject: T) => ({
    after: { ...subject, ban: banned, version: subject.version + 1, updatedAt: now.toISOString() },
    needed: subject.ban === undefined || subject.ban.until < until,
  });
  if (finding.payeeType === 'ENTERPRISE') {
    const enterprise = await requireRecord_(
      ports.enterprises.get(finding.payeeId),
      'Enterprise',
      finding.payeeId,
    );
    const { after, needed } = change(enterprise);
    if (!needed) return;
    await ports.enterprises.update(
      after,
      enterprise.version,
      auditRecord(principal, now, {
        operation: 'banEnterprise',
        entityType: 'ENTERPRISE',
        entityId: enterprise.creditCode,
        before: enterprise,
        after,
      }),
    );
    return;
  }
  const provider = await requireRecord_(ports.providers.get(finding.payeeId), 'Provider', finding.payeeId);
  const { after, needed } = change(provider);
  if (!needed) return;
  await ports.providers.update(
    after,
    provider.version,
    auditRecord(principal, now, {
      operation: 'banProvider',
      entityType: 'PROVIDER',
      entityId: provider.id,
      before: provider,
      after,
    }),
  );
}

async function banMissing(finding: FraudFinding, ports: PaymentPorts): Promise<boolean> {
  const subject =
    finding.payeeType === 'ENTERPRISE'
      ? await ports.enterprises.get(finding.payeeId)
      : await ports.providers.get(finding.payeeId);
  return subject !== undefined && (subject.ban === undefined || subject.ban.until < (finding.banUntil ?? ''));
}

async function requireRecord_<T>(found: Promise<T | undefined>, kind: string, id: string): Promise<T> {
  const record = await found;
  if (record === undefined) throw new PolicyViolation('R7.2', `${kind} ${id} is no longer in the registry`);
  return record;
}

/** R7.1: money recovered on a finding; it returns to the budget of the award's fiscal year (R2.2). */
export async function recordRecovery(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<FraudFinding> {
  const user = authorizeUser(principal, 'recordRecovery');
  const input = parseInput(recoverySchema, rawInput, ['input']);
  const finding = await requireRecord(ports.programme, 'FraudFinding', input.findingId);
  const outstanding = finding.paidFen - finding.recoveredFen;
  if (input.amountFen > outstanding)
    throw new PolicyViolation(
      'R7.1',
      `only ${formatFen(outstanding)} yuan is still to be recovered on ${finding.id}`,
    );
  const now = ports.clock.now();
  const next = revise(
    finding,
    {
      recoveredFen: finding.recoveredFen + input.amountFen,
      recoveries: [
        ...finding.recoveries,
        { amountFen: input.amountFen, recoveredOn: input.recoveredOn, by: user.userId },
      ],
    },
    now,
  );
  const budget = await requireRecord(ports.programme, 'Budget', budgetId(finding.fiscalYear));
  const changes: Change[] = [
    recordChange(principal, now, 'recordRecovery', 'FraudFinding', finding, next),
    recordChange(
      principal,
      now,
      'recover',
      'Budget',
      budget,
      revise(budget, { recoveredFen: budget.recoveredFen + input.amountFen }, now),
    ),
  ];
  await commitChanges(ports.programme, changes);
  return next;
}

export async function listFraudFindings(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<FraudFinding>> {
  authorize(principal, 'recordRecovery');
  return listPage(ports.programme, 'FraudFinding', 'all', '', args);
}
