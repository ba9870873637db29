import type { Clock } from '#domain/clock';
import { POLICY_2022 } from '#domain/policy/policy-version';
import type { ProgrammeStore } from '#domain/programme-store';
import { SEED_TOWNS } from '#domain/towns/town';
import type { TownRepository } from '#domain/towns/town';
import { migrateLegacyPolicyVersions, seedPolicyVersion } from './programme/policy-versions.ts';

/**
 * Seed the reference data an empty database needs: the local units of R3.2 and the first policy
 * version (R8.1, R9) with the period its text states.
 *
 * Steps: migrate policy versions stored before versions were records (R9.1's one-off migration, which
 * sets QP-2022's end), then add each seed town and policy version unless one with the same key exists,
 * so that an administrator's later changes survive every restart. Runs at `npm start` and at deployment
 * time, never from a client request. Nothing later than QP-2022 is guessed: a district publishes its
 * current document as a version of its own.
 */
export async function seedReferenceData(ports: {
  towns: TownRepository;
  programme: ProgrammeStore;
  clock: Clock;
}): Promise<{ townsAdded: number; policyVersionsAdded: number; policyVersionsMigrated: string[] }> {
  let townsAdded = 0;
  for (const town of SEED_TOWNS) {
    if (await ports.towns.addIfAbsent(town)) townsAdded += 1;
  }
  const now = ports.clock.now();
  const { migrated } = await migrateLegacyPolicyVersions(ports.programme, [POLICY_2022], now);
  const policyVersionsAdded = (await seedPolicyVersion(ports.programme, POLICY_2022, now)) ? 1 : 0;
  return { townsAdded, policyVersionsAdded, policyVersionsMigrated: migrated };
}
