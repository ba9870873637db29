import { authorize, authorizeRole, isAllowed, listScope } from '#domain/authorization/policy';
import { Forbidden, NotFound } from '#domain/errors';
import { render } from '#domain/messages/bilingual';
import { REFUSALS } from '#domain/messages/refusals';
import type { Principal } from '#domain/identity/principal';
import { providerEligibility } from '#domain/registry/eligibility';
import type { Eligibility } from '#domain/registry/eligibility';
import { providerFilterSchema } from '#domain/registry/input-schemas';
import type { Provider } from '#domain/registry/provider';
import type { BankAccount, Contact } from '#domain/registry/registry-subject';
import { providerResource } from '#domain/registry/resources';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseId, parseInput } from '#domain/validation';
import type { RegistryPorts } from './ports.ts';

/**
 * List the providers the caller may see, by name (a provider user: itself only).
 * Steps: list scope; validate paging and filter; query; eligibility (R6.1.2, R4.3, R7.2) as of today.
 */
export async function listProviders(
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: unknown },
  ports: Pick<RegistryPorts, 'providers' | 'clock'>,
): Promise<Page<Provider>> {
  const scope = listScope(principal, 'readProvider');
  const first = pageSize(args.first);
  const { eligible, ...filter } = parseInput(providerFilterSchema, args.filter ?? {}, ['filter']);
  const today = cstDate(ports.clock.now());
  return ports.providers.list({
    scope,
    filter,
    first,
    after: args.after,
    accept:
      eligible === undefined
        ? undefined
        : (provider) => providerEligibility(provider, today).eligible === eligible,
  });
}

/** One provider; outside the caller's scope it is NOT_FOUND. */
export async function getProvider(
  principal: Principal,
  id: string,
  ports: Pick<RegistryPorts, 'providers'>,
): Promise<Provider> {
  authorizeRole(principal, 'readProvider');
  const provider = await ports.providers.get(parseId(id, ['id']).toUpperCase());
  if (!provider || !isAllowed(principal, 'readProvider', providerResource(provider)))
    throw new NotFound('Provider', id);
  return provider;
}

export function providerContacts(principal: Principal, provider: Provider): readonly Contact[] {
  authorize(principal, 'readProviderContacts', providerResource(provider));
  return provider.contacts;
}

export function providerBankAccount(principal: Principal, provider: Provider): BankAccount | null {
  if (!isAllowed(principal, 'readProviderBankAccount', providerResource(provider))) {
    throw new Forbidden(render(REFUSALS.bankDetailsHidden, { subject: 'provider' }));
  }
  return provider.bankAccount ?? null;
}

export function providerEligibilityToday(
  provider: Provider,
  ports: Pick<RegistryPorts, 'clock'>,
): Eligibility {
  return providerEligibility(provider, cstDate(ports.clock.now()));
}
