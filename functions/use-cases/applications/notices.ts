import type { ApplicationNotice } from '#domain/applications/application';
import { noticeSchema } from '#domain/applications/input-schemas';
import { authorize } from '#domain/authorization/policy';
import { PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { saveRecord, stamp } from '../programme/record-change.ts';
import { policyVersionOn } from '../programme/policy-versions.ts';

/**
 * Publish an application notice (R6.2.0): programme, who may apply, the required materials and the
 * window (instants, judged in China Standard Time). The notice names its policy version (R8.1, R9.1):
 * the one given, which must be published and in force on the notice's publication date (today, CST), or
 * else the version in force today; a day no version covers is refused (R9). Amounts, caps and rules of
 * every application under the notice come from that version.
 */
export async function publishApplicationNotice(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<ApplicationNotice> {
  authorize(principal, 'publishApplicationNotice');
  const input = parseInput(noticeSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const { policyVersionId, ...notice_ } = input;
  const policy = await policyVersionOn(ports.programme, cstDate(now));
  if (policyVersionId !== undefined && policyVersionId !== policy.id) {
    throw new PolicyViolation(
      'R9.1',
      `a notice names the policy version in force on its publication date ${cstDate(now)}, which is ${policy.id}, not ${policyVersionId}`,
    );
  }
  const notice: ApplicationNotice = {
    ...notice_,
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
