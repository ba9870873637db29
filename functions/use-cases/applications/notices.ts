import type { ApplicationNotice } from '#domain/applications/application';
import { noticeSchema } from '#domain/applications/input-schemas';
import { authorize } from '#domain/authorization/policy';
import { PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { policyInForce } from '#domain/policy/policy-version';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { saveRecord, stamp } from '../programme/record-change.ts';

/**
 * Publish an application notice (R6.2.0): programme, who may apply, the required materials and the
 * window (instants, judged in China Standard Time). The notice records the policy version in force on
 * the day its window opens (R8.1); amounts and caps come from that version.
 */
export async function publishApplicationNotice(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<ApplicationNotice> {
  authorize(principal, 'publishApplicationNotice');
  const input = parseInput(noticeSchema, rawInput, ['input']);
  const opensOn = cstDate(new Date(input.opensAt));
  const policy = policyInForce(await ports.programme.policyVersions(), opensOn);
  if (!policy) throw new PolicyViolation('R8.1', `no policy version is in force on ${opensOn}`);
  const now = ports.clock.now();
  const notice: ApplicationNotice = {
    ...input,
    id: `NTC-${crypto.randomUUID()}`,
    policyVersionId: policy.id,
    ...stamp(now),
  };
  await saveRecord(ports, principal, now, 'publishApplicationNotice', 'ApplicationNotice', null, notice);
  return notice;
}

/** Every notice, by opening time: any signed-in role may read them. */
export async function listApplicationNotices(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<ApplicationNotice>> {
  authorize(principal, 'readApplicationNotices');
  return ports.programme.list('ApplicationNotice', {
    pattern: 'all',
    value: '',
    first: pageSize(args.first),
    after: args.after,
  });
}
