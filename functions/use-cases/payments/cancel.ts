import * as z from 'zod';
import { authorize } from '#domain/authorization/policy';
import { PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { Payment } from '#domain/payments/payment';
import { requirePaymentTransition } from '#domain/payments/payment';
import { text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import {
  commitChanges,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
} from '../programme/record-change.ts';
import type { Change } from './award-changes.ts';
import { budgetMove, present, voidAward } from './award-changes.ts';
import type { PaymentPorts } from './batches.ts';

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const cancelSchema = z.lazy(() =>
  z.object({
    paymentId: text(1, 200),
    version: z.number().int().min(1),
    reason: text(5, 1000),
  }),
);

/**
 * The commission cancels a payment, with a reason; cancelling is final (R5.3.1).
 *
 * Input: the payment, the version read, the reason. Output: the cancelled payment.
 * Steps, in one transaction with an audit record each:
 * 1. the payment becomes CANCELLED with the reason (READY, HELD or FAILED; in a batch or paid: refused,
 *    R6.6);
 * 2. its amount's commitment goes back to the budget of its fiscal year (R2.2);
 * 3. its award is void: it stops counting as "already awarded" for R5.3, so the enterprise's next title
 *    pays the difference from what still counts (R5.3.1).
 * A payment that should only wait (no bank account, a ban) is held instead, never cancelled by the system.
 */
export async function cancelPayment(
  principal: Principal,
  rawInput: unknown,
  ports: PaymentPorts,
): Promise<Payment> {
  authorize(principal, 'cancelPayment');
  const input = parseInput(cancelSchema, rawInput, ['input']);
  const payment = await requireRecord(ports.programme, 'Payment', input.paymentId);
  requireVersion(payment, input.version);
  // Finance's batch is finance's: a payment in one (open or at the bank) is cancelled only once the bank
  // has refused it; only a fraud finding takes a payment out of an open batch (R7.1.1).
  if (payment.status === 'IN_BATCH')
    throw new PolicyViolation(
      'R6.6',
      `payment ${payment.id} is in batch ${payment.batchId ?? ''}: it can be cancelled before it is batched, or once the bank has refused it`,
    );
  requirePaymentTransition(payment, 'CANCELLED', 'R6.6');
  const now = ports.clock.now();
  const cancelled = revise(
    payment,
    { status: 'CANCELLED', cancelReason: input.reason, holdReason: undefined },
    now,
  );
  const changes: Change[] = [recordChange(principal, now, 'cancelPayment', 'Payment', payment, cancelled)];
  const project = await ports.programme.get('Project', payment.projectId);
  changes.push(
    ...[
      await budgetMove(
        principal,
        now,
        'releaseCommitment',
        payment.fiscalYear,
        { committedFen: -payment.amountFen },
        ports.programme,
      ),
      project ? await voidAward(principal, now, project, 'CANCELLED', ports.programme) : undefined,
    ].filter(present),
  );
  await commitChanges(ports.programme, changes);
  return cancelled;
}
