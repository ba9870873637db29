import { SEED_TOWNS } from '#domain/towns/town';
import type { TownRepository } from '#domain/towns/town';

/**
 * Seed the reference data an empty database needs (the local units of R3.2).
 *
 * Input: the town repository; output: how many towns were added.
 * Steps: add each seed town unless its code exists, so that an administrator's later changes survive
 * every restart. Runs at `npm start` and at deployment time, never from a client request.
 */
export async function seedReferenceData(ports: { towns: TownRepository }): Promise<{ townsAdded: number }> {
  let townsAdded = 0;
  for (const town of SEED_TOWNS) {
    if (await ports.towns.addIfAbsent(town)) townsAdded += 1;
  }
  return { townsAdded };
}
