import * as z from 'zod';
import { authorizeUser } from '#domain/authorization/policy';
import { Conflict, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { Payment } from '#domain/payments/payment';
import { requirePaymentTransition } from '#domain/payments/payment';
import type { FraudFinding } from '#domain/payments/payments';
import { findingBan } from '#domain/payments/payments';
import { sameBan } from '#domain/registry/registry-subject';
import type { Claim } from '#domain/programme-store';
import { text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import {
  commitChanges,
  everyRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
} from '../programme/record-change.ts';
import type { Change } from './award-changes.ts';
import { leaveOpenBatch } from './award-changes.ts';
import type { PaymentPorts } from './batches.ts';

/**
 * Payments held under R7.2.1 for the commission to release: one transaction holds at most this many, with
 * their audit records, the batches they leave (with theirs), their claims and the finding's count — at
 * most 15 + 15 + 1 writes, as many audit records and 15 claims: 77 of DynamoDB's 100 items.
 */
const HOLDS_PER_TRANSACTION = 15;

/** Statuses a serious finding holds a payment of the unit's other projects from (at the bank: the bank's). */
const HOLDABLE = ['READY', 'HELD', 'FAILED', 'IN_BATCH'] as const;

/**
 * R7.2.1: the payments of the unit's other projects, approved before the ban, are held from the moment of
 * the finding — those not yet in a batch, and those in a batch not yet released (taken out of it). A payment
 * at the bank is settled by the bank (refused, the next batch holds it for the ban, R4.4). Done in chunks,
 * each one transaction with the finding's count (conditioned on its version, so two completions never
 * both hold a payment); interrupted, recording the finding again carries on from what is left.
 */
export async function holdOtherPayments(
  principal: Principal,
  finding: FraudFinding,
  ports: PaymentPorts,
): Promise<FraudFinding> {
  let current = finding;
  for (let round = 0; ; round += 1) {
    const pending = await paymentsToHold(current, ports);
    if (pending.length === 0) return current;
    try {
      for (let start = 0; start < pending.length; start += HOLDS_PER_TRANSACTION)
        current = await holdChunk(
          principal,
          current,
          pending.slice(start, start + HOLDS_PER_TRANSACTION),
          ports,
        );
    } catch (error) {
      // A payment moved meanwhile (a batch took it, a result came in): look again at what is left.
      if (!(error instanceof Conflict) || round >= 10) throw error;
      current = await requireRecord(ports.programme, 'FraudFinding', finding.id);
    }
  }
}

/** R7.2.1: a release lifts the hold of the finding (or the ban) it was given for, not a later one's. */
const releasedFrom = (payment: Payment, finding: FraudFinding): boolean =>
  payment.banRelease !== undefined &&
  (payment.banRelease.findingId === finding.id || sameBan(payment.banRelease.ban, findingBan(finding)));

async function paymentsToHold(finding: FraudFinding, ports: PaymentPorts): Promise<Payment[]> {
  const found = (
    await Promise.all(
      HOLDABLE.map((status) =>
        everyRecord(ports.programme, 'Payment', {
          pattern: 'byStatus',
          value: status,
          accept: (payment) =>
            payment.payeeType === finding.payeeType &&
            payment.payeeId === finding.payeeId &&
            payment.projectId !== finding.projectId &&
            payment.findingStop === undefined &&
            // Released by the commission from this finding's ban: lifted for this payment for good.
            !releasedFrom(payment, finding),
        }),
      ),
    )
  ).flat();
  const batchIds = found.flatMap((payment) => (payment.status === 'IN_BATCH' ? [payment.batchId ?? ''] : []));
  const batches = await ports.programme.getMany('PaymentBatch', batchIds);
  return found
    .filter(
      (payment) => payment.status !== 'IN_BATCH' || batches.get(payment.batchId ?? '')?.status === 'OPEN',
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function holdChunk(
  principal: Principal,
  finding: FraudFinding,
  chunk: readonly Payment[],
  ports: PaymentPorts,
): Promise<FraudFinding> {
  const now = ports.clock.now();
  const holdReason = `R7.2.1: held by serious fraud finding ${finding.id} on project ${finding.projectId} (barred until ${finding.banUntil ?? ''}); the commission releases or cancels it`;
  const changes: Change[] = chunk.map((payment) => {
    requirePaymentTransition(payment, 'HELD', 'R7.2.1');
    return recordChange(
      principal,
      now,
      'holdPaymentForBan',
      'Payment',
      payment,
      revise(
        payment,
        {
          status: 'HELD',
          holdReason,
          findingStop: { findingId: finding.id, rule: 'R7.2.1' },
          banHold: undefined,
          batchId: undefined,
        },
        now,
      ),
    );
  });
  const releases: Omit<Claim, 'conflict'>[] = [];
  const inBatches = new Map<string, Payment[]>();
  for (const payment of chunk)
    if (payment.status === 'IN_BATCH' && payment.batchId !== undefined)
      inBatches.set(payment.batchId, [...(inBatches.get(payment.batchId) ?? []), payment]);
  const batches = await ports.programme.getMany('PaymentBatch', [...inBatches.keys()]);
  for (const [batchId, leaving] of inBatches) {
    const batch = batches.get(batchId);
    if (!batch) throw new Conflict(`batch ${batchId} was not found; look again`);
    const left = leaveOpenBatch(principal, now, batch, leaving);
    changes.push(...left.changes);
    releases.push(...left.releases);
  }
  const counted = revise(finding, { heldPaymentCount: (finding.heldPaymentCount ?? 0) + chunk.length }, now);
  changes.push(recordChange(principal, now, 'holdPaymentsForBan', 'FraudFinding', finding, counted));
  await commitChanges(ports.programme, changes, { releases });
  return counted;
}

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const releaseSchema = z.lazy(() =>
  z.object({
    paymentId: text(1, 200),
    version: z.number().int().min(1),
    reason: text(5, 1000),
  }),
);

/**
 * R7.2.1: the commission releases a payment held because of a ban — held by a serious finding on another
 * project of its unit, or by a batch's check of the ban (R4.4) — with a reason. The R7.2 hold is lifted for
 * this payment only (later batches no longer hold it for the ban; any other cause still holds it); the
 * payment is READY again. Audited with the reason.
 */
export async function releaseHeldPayment(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<Payment> {
  const user = authorizeUser(principal, 'releaseHeldPayment');
  const input = parseInput(releaseSchema, rawInput, ['input']);
  const payment = await requireRecord(ports.programme, 'Payment', input.paymentId);
  requireVersion(payment, input.version);
  const heldForBan =
    payment.status === 'HELD' && (payment.findingStop?.rule === 'R7.2.1' || payment.banHold !== undefined);
  if (!heldForBan)
    throw new PolicyViolation(
      'R7.2.1',
      payment.status === 'HELD'
        ? `payment ${payment.id} is held for another cause (${payment.holdReason ?? ''}): it is released by fixing that cause`
        : `payment ${payment.id} is ${payment.status}, not held for a ban`,
    );
  requirePaymentTransition(payment, 'READY', 'R7.2.1');
  // The ban lifted for this payment: the payee's as it stands now (what a batch checks, R4.4), and the
  // holding finding's (what that finding's holds check).
  const stop = payment.findingStop?.rule === 'R7.2.1' ? payment.findingStop : undefined;
  const payee =
    payment.payeeType === 'ENTERPRISE'
      ? await ports.enterprises.get(payment.payeeId)
      : await ports.providers.get(payment.payeeId);
  const ban = payee?.ban ?? payment.banHold;
  const now = ports.clock.now();
  const released = revise(
    payment,
    {
      status: 'READY',
      holdReason: undefined,
      findingStop: undefined,
      banHold: undefined,
      banRelease: {
        reason: input.reason,
        by: user.userId,
        at: now.toISOString(),
        findingId: stop?.findingId,
        ban,
      },
    },
    now,
  );
  await commitChanges(ports.programme, [
    recordChange(principal, now, 'releaseHeldPayment', 'Payment', payment, released),
  ]);
  return released;
}
