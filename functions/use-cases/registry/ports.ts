import type { Clock } from '#domain/clock';
import type { ProgrammeStore } from '#domain/programme-store';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import type { TownRepository } from '#domain/towns/town';
import { InvalidInput } from '#domain/errors';

/** The ports the registry use cases work through. */
export interface RegistryPorts {
  readonly enterprises: EnterpriseRepository;
  readonly providers: ProviderRepository;
  readonly towns: TownRepository;
  readonly clock: Clock;
  /** Whether an enterprise takes part in the diagnosis programme (its records keep its town). */
  readonly programme: Pick<ProgrammeStore, 'claimOwner'>;
}

/** An enterprise can only be placed in an existing, active local unit (R3.2). */
export async function requireActiveTown(
  towns: TownRepository,
  code: string,
  path: readonly (string | number)[],
): Promise<void> {
  const town = await towns.get(code);
  if (!town) throw new InvalidInput([{ path, message: `no local unit has the code ${code}` }]);
  if (!town.active) throw new InvalidInput([{ path, message: `local unit ${code} is no longer active` }]);
}
