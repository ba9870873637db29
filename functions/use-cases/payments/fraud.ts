import * as z from 'zod';
import { auditRecord } from '#domain/audit/audit-record';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { Conflict, PolicyViolation, UnreachableCaseError } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { formatFen } from '#domain/money';
import { budgetId } from '#domain/payments/budget';
import type { Payment } from '#domain/payments/payment';
import { paymentId, requirePaymentTransition } from '#domain/payments/payment';
import type { FraudFinding } from '#domain/payments/payments';
import { banEnd, findingBan, findingId } from '#domain/payments/payments';
import { fenSchema } from '#domain/diagnosis/input-schemas';
import { name, text } from '#domain/registry/input-schemas';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { parseInput } from '#domain/validation';
import type { Project } from '#domain/workflow/project';
import { withheldByFinding } from '#domain/workflow/document-decision';
import type { Workflow } from '#domain/workflow/workflow-port';
import { namedPolicyVersion } from '../programme/policy-versions.ts';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  commitChanges,
  listPage,
  recordChange,
  requireRecord,
  revise,
  stamp,
} from '../programme/record-change.ts';
import type { Change, EventChanges } from './award-changes.ts';
import { budgetMove, leaveOpenBatch, present, voidAward } from './award-changes.ts';
import type { PaymentPorts } from './batches.ts';
import { holdOtherPayments } from './holds.ts';

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const isoDate = z.lazy(() => z.iso.date({ error: 'a date, YYYY-MM-DD' }));
const findingSchema = z.lazy(() =>
  z.object({
    projectId: text(1, 120),
    evidence: text(10, 4000),
    decidedOn: isoDate,
    serious: z.boolean(),
    /** 主要负责人 (R7.1: the unit and its principal are held responsible). */
    principalName: name(2, 50),
  }),
);
const recoverySchema = z.lazy(() =>
  z.object({
    findingId: text(1, 130),
    amountFen: fenSchema.refine((value) => value > 0, 'must be more than 0'),
    recoveredOn: isoDate,
  }),
);

type FindingInput = z.infer<typeof findingSchema>;

/** Stages a finding has nothing to act on: the project was never awarded anything. */
const NEVER_AWARDED: readonly Project['stage'][] = ['REMOVED', 'REJECTED'];

/**
 * R7.1, R7.1.1, R7.2.1: the commission records that an award was obtained by fraud, at any stage of its
 * project, naming the unit's principal; from then on nothing more of that project is paid.
 *
 * Input: project, evidence, decision date (not in the future), serious or not, the principal.
 * Output: the finding.
 * Steps — the first four in one transaction with an audit record each (retried from the start when one of
 * the records moved meanwhile):
 * 1. the project is marked (an unapproved one can no longer be approved, an approved one is left out of
 *    any disbursement document, and an approved one not yet in a document gives its commitment back); one
 *    waiting for its joint disbursement document has that stage decided as withheld, and once the
 *    transaction is committed the workflow is told, so the project ends WITHHELD instead of waiting (and
 *    being flagged overdue) for ever;
 * 2. its payment: not yet in a batch → cancelled; in a batch not yet released → taken out of it and
 *    cancelled; at the bank → marked, for the bank's result to settle (paid: a receivable of exactly what
 *    was paid; refused: cancelled); already paid → the receivable; the commitment of what is cancelled
 *    goes back to the budget (R2.2);
 * 3. the award stops counting for R5.3 (the standing, R5.3.1);
 * 4. the finding itself, with the ban's end when serious (the policy version's `banYears` from the
 *    decision date, R7.2.1);
 * 5. serious: the unit is barred in the registry, and the payments of its other projects are held, in
 *    chunks that fit DynamoDB's transactions; the finding says `completed: false` until all are done, and
 *    recording it again completes them. A second finding on the project is refused (CONFLICT).
 */
export async function recordFraudFinding(
  principal: Principal,
  rawInput: unknown,
  ports: FindingPorts,
): Promise<FraudFinding> {
  const user = authorizeUser(principal, 'recordFraudFinding');
  const input = parseInput(findingSchema, rawInput, ['input']);
  if (input.decidedOn > cstDate(ports.clock.now()))
    throw new PolicyViolation('R7.1', 'a finding is recorded once it is decided, not before');
  for (let attempt = 0; ; attempt += 1) {
    const recorded = await ports.programme.get('FraudFinding', findingId(input.projectId));
    if (recorded) {
      if (recorded.completed === false || (recorded.serious && (await banMissing(recorded, ports))))
        return completeFinding(principal, recorded, ports);
      throw new Conflict(
        `a fraud finding on ${input.projectId} is already recorded (${recorded.id}); a project has one finding`,
      );
    }
    const { finding, changes, releases, endWait } = await findingChanges(
      principal,
      user.userId,
      input,
      ports,
    );
    try {
      await commitChanges(ports.programme, changes, { releases });
    } catch (error) {
      // A record the finding walks moved meanwhile (a bank result, a batch, the workflow): walk again.
      if (!(error instanceof Conflict) || attempt >= 4) throw error;
      continue;
    }
    // Told after the commit; a completion lost here is made good when the stage's timeout makes the
    // workflow wait again, which finds the decision recorded.
    if (endWait) await ports.workflow.completeStage(endWait.token, endWait.decision);
    return finding.completed === false ? completeFinding(principal, finding, ports) : finding;
  }
}

/** The payment the project's disbursement document created, if it has been issued. */
async function projectPayment(project: Project, ports: ProgrammePorts): Promise<Payment | undefined> {
  const documentId = project.decisions?.DISBURSEMENT_DOCUMENT?.['documentId'];
  return typeof documentId === 'string'
    ? ports.programme.get('Payment', paymentId(documentId, project.id))
    : undefined;
}

/** A finding also ends the workflow's wait for the project's joint disbursement document (R7.1.1). */
export type FindingPorts = PaymentPorts & { readonly workflow: Workflow };

/** The document stage a finding decides as withheld: the task token to complete and the decision. */
interface EndWait {
  readonly token: string;
  readonly decision: Record<string, unknown>;
}

/**
 * R7.1.1, step 1: the project marked with its finding; one waiting for its joint disbursement document
 * (no document decided yet) has that stage decided as withheld in the same change.
 */
function markedProject(project: Project, id: string): { changes: Partial<Project>; endWait?: EndWait } {
  const token = project.taskToken;
  if (
    project.waiting?.stage !== 'DISBURSEMENT_DOCUMENT' ||
    token === undefined ||
    project.decisions?.DISBURSEMENT_DOCUMENT !== undefined
  )
    return { changes: { fraudFindingId: id } };
  const decision = withheldByFinding(id);
  return {
    changes: { fraudFindingId: id, decisions: { ...project.decisions, DISBURSEMENT_DOCUMENT: decision } },
    endWait: { token, decision },
  };
}

/** What a new finding changes, for its one transaction (steps 1–4). */
async function findingChanges(
  principal: Principal,
  userId: string,
  input: FindingInput,
  ports: PaymentPorts,
): Promise<EventChanges & { finding: FraudFinding; endWait?: EndWait | undefined }> {
  const project = await requireRecord(ports.programme, 'Project', input.projectId);
  if (NEVER_AWARDED.includes(project.stage))
    throw new PolicyViolation(
      'R7.1.1',
      `project ${project.id} was ${project.stage}: it obtained no support for a finding to act on`,
    );
  const now = ports.clock.now();
  const id = findingId(project.id);
  const marked = markedProject(project, id);
  const payment = await projectPayment(project, ports);
  const settlement = await paymentSettlement(principal, now, id, project, payment, ports);
  const policy = await namedPolicyVersion(ports.programme, project.policyVersionId);
  const finding: FraudFinding = {
    id,
    projectId: project.id,
    payeeType: project.payeeType,
    payeeId: project.payeeId,
    payeeName: project.payeeName,
    principalName: input.principalName,
    evidence: input.evidence,
    decidedOn: input.decidedOn,
    serious: input.serious,
    banUntil: input.serious ? banEnd(input.decidedOn, policy.banYears) : undefined,
    paidFen: settlement.paidFen,
    recoveredFen: 0,
    recoveries: [],
    cancelledPaymentIds: settlement.cancelledPaymentIds,
    atBankPaymentId: settlement.atBankPaymentId,
    releasedCommitmentFen: settlement.releasedCommitmentFen,
    heldPaymentCount: 0,
    completed: !input.serious,
    fiscalYear: payment?.fiscalYear ?? project.committedFiscalYear ?? Number(input.decidedOn.slice(0, 4)),
    recordedBy: userId,
    ...stamp(now),
  };
  const changes: Change[] = [
    recordChange(principal, now, 'recordFraudFinding', 'FraudFinding', null, finding),
    recordChange(
      principal,
      now,
      'markProjectFraud',
      'Project',
      project,
      revise(project, marked.changes, now),
    ),
    ...settlement.changes,
    ...[await voidAward(principal, now, project, 'RECOVERED', ports.programme)].filter(present),
  ];
  return { finding, changes, releases: settlement.releases, endWait: marked.endWait };
}

interface Settlement extends EventChanges {
  readonly paidFen: number;
  readonly cancelledPaymentIds: string[];
  readonly atBankPaymentId?: string | undefined;
  readonly releasedCommitmentFen?: number | undefined;
}

/** R7.1.1, step 2: what the finding does to the project's payment (or, before one, its commitment). */
async function paymentSettlement(
  principal: Principal,
  now: Date,
  id: string,
  project: Project,
  payment: Payment | undefined,
  ports: PaymentPorts,
): Promise<Settlement> {
  const none = { changes: [], releases: [], paidFen: 0, cancelledPaymentIds: [] };
  if (payment === undefined) {
    // Approved, not yet in an issued document: its commitment goes back; the document will leave it out.
    if (project.committedFiscalYear === undefined) return none;
    const budget = await budgetMove(
      principal,
      now,
      'releaseCommitment',
      project.committedFiscalYear,
      { committedFen: -project.proposedAmountFen },
      ports.programme,
    );
    return { ...none, changes: [budget].filter(present), releasedCommitmentFen: project.proposedAmountFen };
  }
  const stop = { findingId: id, rule: 'R7.1.1' } as const;
  const cancel = async (extra: EventChanges = { changes: [], releases: [] }): Promise<Settlement> => {
    requirePaymentTransition(payment, 'CANCELLED', 'R7.1.1');
    const cancelled = revise(
      payment,
      {
        status: 'CANCELLED',
        cancelReason: `R7.1.1: fraud finding ${id}`,
        findingStop: stop,
        batchId: undefined,
        holdReason: undefined,
      },
      now,
    );
    const budget = await budgetMove(
      principal,
      now,
      'releaseCommitment',
      payment.fiscalYear,
      { committedFen: -payment.amountFen },
      ports.programme,
    );
    return {
      ...none,
      changes: [
        recordChange(principal, now, 'cancelPaymentForFraud', 'Payment', payment, cancelled),
        ...extra.changes,
        ...[budget].filter(present),
      ],
      releases: extra.releases,
      cancelledPaymentIds: [payment.id],
    };
  };
  switch (payment.status) {
    case 'PAID':
      return { ...none, paidFen: payment.amountFen };
    case 'CANCELLED':
      return none;
    case 'READY':
    case 'HELD':
    case 'FAILED':
      return cancel();
    case 'IN_BATCH': {
      const batch = await requireRecord(ports.programme, 'PaymentBatch', payment.batchId ?? '');
      if (batch.status === 'OPEN') return cancel(leaveOpenBatch(principal, now, batch, [payment]));
      // At the bank: recorded now; the bank's result settles it (results.ts).
      const marked = revise(payment, { findingStop: stop }, now);
      return {
        ...none,
        changes: [recordChange(principal, now, 'markPaymentFraudAtBank', 'Payment', payment, marked)],
        atBankPaymentId: payment.id,
      };
    }
    default:
      throw new UnreachableCaseError(payment.status);
  }
}

/** Step 5: the ban and the holds of a serious finding, then the finding marked complete. Repeatable. */
async function completeFinding(
  principal: Principal,
  finding: FraudFinding,
  ports: PaymentPorts,
): Promise<FraudFinding> {
  if (finding.serious) await ban(principal, finding, ports);
  const current = finding.serious ? await holdOtherPayments(principal, finding, ports) : finding;
  if (current.completed !== false) return current;
  const now = ports.clock.now();
  const done = revise(current, { completed: true }, now);
  await commitChanges(ports.programme, [
    recordChange(principal, now, 'completeFraudFinding', 'FraudFinding', current, done),
  ]);
  return done;
}

/**
 * R7.2.1 on the registry record — its own transaction, after the finding's (two repositories). Repeatable:
 * a payee already barred at least as long is left as it is, so a finding whose ban was interrupted is
 * completed by recording it again.
 */
async function ban(principal: Principal, finding: FraudFinding, ports: PaymentPorts): Promise<void> {
  const banned = findingBan(finding);
  if (banned === undefined) return;
  const { until } = banned;
  const now = ports.clock.now();
  const change = <T extends { version: number; ban?: { until: string } | undefined }>(subject: T) => ({
    after: { ...subject, ban: banned, version: subject.version + 1, updatedAt: now.toISOString() },
    needed: subject.ban === undefined || subject.ban.until < until,
  });
  if (finding.payeeType === 'ENTERPRISE') {
    const enterprise = await registered(
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
  const provider = await registered(ports.providers.get(finding.payeeId), 'Provider', finding.payeeId);
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

async function registered<T>(found: Promise<T | undefined>, kind: string, id: string): Promise<T> {
  const record = await found;
  if (record === undefined) throw new PolicyViolation('R7.2', `${kind} ${id} is no longer in the registry`);
  return record;
}

/**
 * R7.1: money recovered on a finding, against its receivable (what was paid for the project); it returns
 * to the budget of the award's fiscal year (R2.2).
 */
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
      `only ${formatFen(outstanding)} yuan is still to be recovered on ${finding.id}${
        finding.atBankPaymentId === undefined
          ? ''
          : ` (payment ${finding.atBankPaymentId} is at the bank: its result is recorded first)`
      }`,
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
  await commitChanges(ports.programme, [
    recordChange(principal, now, 'recordRecovery', 'FraudFinding', finding, next),
    recordChange(
      principal,
      now,
      'recover',
      'Budget',
      budget,
      revise(budget, { recoveredFen: budget.recoveredFen + input.amountFen }, now),
    ),
  ]);
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
