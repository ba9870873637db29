import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { Town, TownRepository } from '#domain/towns/town';

/**
 * List the local units (towns, subdistricts, district-owned groups).
 *
 * Input: the caller; output: every unit, active ones first, then by code.
 * Steps: 1. authorize `listTowns` (any signed-in role); 2. read all units; 3. sort.
 */
export async function listTowns(principal: Principal, ports: { towns: TownRepository }): Promise<Town[]> {
  authorize(principal, 'listTowns');
  const towns = await ports.towns.list();
  return towns.sort((a, b) => Number(b.active) - Number(a.active) || a.code.localeCompare(b.code));
}
