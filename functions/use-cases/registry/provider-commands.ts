import { auditRecord } from '#domain/audit/audit-record';
import { authorize, authorizeRole, isAllowed, roleHolds } from '#domain/authorization/policy';
import type { Operation } from '#domain/authorization/policy';
import { Conflict, InvalidInput, NotFound } from '#domain/errors';
import { render } from '#domain/messages/bilingual';
import { REFUSALS } from '#domain/messages/refusals';
import type { Principal } from '#domain/identity/principal';
import { changedFields, withoutUndefined } from '#domain/registry/changes';
import { createProviderSchema, updateProviderSchema } from '#domain/registry/input-schemas';
import type { UpdateProviderInput } from '#domain/registry/input-schemas';
import type { Provider } from '#domain/registry/provider';
import { providerIdFor } from '#domain/registry/provider';
import { providerResource } from '#domain/registry/resources';
import { parseInput } from '#domain/validation';
import type { RegistryPorts } from './ports.ts';

type Patch = Omit<UpdateProviderInput, 'id' | 'version'>;

const UPDATE_OPERATIONS: readonly Operation[] = [
  'updateProviderRecord',
  'updateProviderProfile',
  'updateProviderContacts',
  'updateProviderBankAccount',
];

function operationFor(field: keyof Patch): Operation {
  switch (field) {
    case 'qualifications':
      return 'updateProviderProfile';
    case 'contacts':
      return 'updateProviderContacts';
    case 'bankAccount':
      return 'updateProviderBankAccount';
    default:
      return 'updateProviderRecord';
  }
}

/**
 * Register a provider (ECONOMIC_COMMISSION). Steps: validate (a provider on the roster needs its
 * roster date, R6.1.2); authorize; write it with its audit record (a registered credit code → CONFLICT).
 */
export async function createProvider(
  principal: Principal,
  rawInput: unknown,
  ports: Pick<RegistryPorts, 'providers' | 'clock'>,
): Promise<Provider> {
  authorize(principal, 'createProvider');
  const input = parseInput(createProviderSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const at = now.toISOString();
  const provider: Provider = withoutUndefined({
    ...input,
    id: providerIdFor(input.creditCode),
    qualifications: input.qualifications ?? [],
    contacts: input.contacts ?? [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
  await ports.providers.create(
    provider,
    auditRecord(principal, now, {
      operation: 'createProvider',
      entityType: 'PROVIDER',
      entityId: provider.id,
      before: null,
      after: provider,
    }),
  );
  return provider;
}

/**
 * Change a provider. Steps: validate; read (outside scope → NOT_FOUND); authorize each changed field
 * group (record and roster: the commission; qualifications, contacts, bank account: also the provider
 * itself); refuse a stale version; keep R6.1.2's roster date consistent; write with audit, conditioned
 * on the version.
 */
export async function updateProvider(
  principal: Principal,
  rawInput: unknown,
  ports: Pick<RegistryPorts, 'providers' | 'clock'>,
): Promise<Provider> {
  if (!UPDATE_OPERATIONS.some((operation) => roleHolds(principal, operation)))
    authorizeRole(principal, 'updateProviderRecord');
  const { id, version, ...patch } = parseInput(updateProviderSchema, rawInput, ['input']);
  const current = await ports.providers.get(id.toUpperCase());
  if (!current || !isAllowed(principal, 'readProvider', providerResource(current)))
    throw new NotFound('Provider', id);
  const changed = changedFields<Patch>(current as unknown as Patch, patch);
  for (const field of changed) authorize(principal, operationFor(field), providerResource(current));
  if (version !== current.version) {
    throw new Conflict(
      render(REFUSALS.staleVersion, {
        record: `provider ${current.id}`,
        version: current.version,
        expected: version,
      }),
    );
  }
  if (changed.length === 0) return current;
  const now = ports.clock.now();
  const next: Provider = withoutUndefined({
    ...current,
    ...Object.fromEntries(changed.map((field) => [field, patch[field]])),
    version: current.version + 1,
    updatedAt: now.toISOString(),
  });
  if (next.onRoster && next.rosterSince === undefined) {
    throw new InvalidInput([
      {
        path: ['input', 'rosterSince'],
        message: 'a provider on the roster needs the date it joined (R6.1.2)',
      },
    ]);
  }
  await ports.providers.update(
    next,
    current.version,
    auditRecord(principal, now, {
      operation: 'updateProvider',
      entityType: 'PROVIDER',
      entityId: current.id,
      before: current,
      after: next,
    }),
  );
  return next;
}
