import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { PolicyVersion } from '#domain/policy/policy-version';
import type { ProgrammePorts } from './record-change.ts';

/** The policy versions (R8.1), oldest first. */
export async function readPolicyVersions(
  principal: Principal,
  ports: ProgrammePorts,
): Promise<PolicyVersion[]> {
  authorize(principal, 'readPolicyVersions');
  return (await ports.programme.policyVersions()).sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
}
