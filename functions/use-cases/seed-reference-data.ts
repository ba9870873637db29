import { POLICY_2022 } from '#domain/policy/policy-version';
import type { PolicyVersion } from '#domain/policy/policy-version';
import { SEED_TOWNS } from '#domain/towns/town';
import type { TownRepository } from '#domain/towns/town';

/**
 * Seed the reference data an empty database needs: the local units of R3.2 and the first policy
 * version (R8.1, R9).
 *
 * Steps: add each seed town and policy version unless one with the same key exists, so that an
 * administrator's later changes survive every restart. Runs at `npm start` and at deployment time, never
 * from a client request.
 */
export async function seedReferenceData(ports: {
  towns: TownRepository;
  policies: { addPolicyVersionIfAbsent(version: PolicyVersion): Promise<boolean> };
}): Promise<{ townsAdded: number; policyVersionsAdded: number }> {
  let townsAdded = 0;
  for (const town of SEED_TOWNS) {
    if (await ports.towns.addIfAbsent(town)) townsAdded += 1;
  }
  const policyVersionsAdded = (await ports.policies.addPolicyVersionIfAbsent(POLICY_2022)) ? 1 : 0;
  return { townsAdded, policyVersionsAdded };
}
