import { auditRecord } from '#domain/audit/audit-record';
import { authorize, authorizeRole, isAllowed, roleHolds } from '#domain/authorization/policy';
import type { Operation } from '#domain/authorization/policy';
import { Conflict, NotFound, PolicyViolation } from '#domain/errors';
import { render } from '#domain/messages/bilingual';
import { REFUSALS } from '#domain/messages/refusals';
import { inProgrammeClaim } from '#domain/diagnosis/diagnosis';
import type { Principal } from '#domain/identity/principal';
import { changedFields, withoutUndefined } from '#domain/registry/changes';
import type { Enterprise } from '#domain/registry/enterprise';
import { createEnterpriseSchema, updateEnterpriseSchema } from '#domain/registry/input-schemas';
import type { CreateEnterpriseInput, UpdateEnterpriseInput } from '#domain/registry/input-schemas';
import { enterpriseResource } from '#domain/registry/resources';
import { parseInput } from '#domain/validation';
import type { RegistryPorts } from './ports.ts';
import { requireActiveTown } from './ports.ts';

type Patch = Omit<UpdateEnterpriseInput, 'creditCode' | 'version'>;

const UPDATE_OPERATIONS: readonly Operation[] = [
  'updateEnterpriseRecord',
  'updateEnterpriseContacts',
  'updateEnterpriseBankAccount',
];

/** Which operation (and so which grant) a changed field needs. */
function operationFor(field: keyof Patch): Operation {
  switch (field) {
    case 'contacts':
      return 'updateEnterpriseContacts';
    case 'bankAccount':
      return 'updateEnterpriseBankAccount';
    default:
      return 'updateEnterpriseRecord';
  }
}

/** Builds a new enterprise record from validated input (no I/O). */
export function newEnterprise(input: CreateEnterpriseInput, now: Date): Enterprise {
  const at = now.toISOString();
  return withoutUndefined({
    ...input,
    contacts: input.contacts ?? [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
}

/**
 * Register an enterprise.
 *
 * Input: CreateEnterpriseInput. Output: the stored enterprise.
 * Steps: 1. validate (credit code with its check character, lengths, formats); 2. authorize creation
 * for the enterprise's town, and bank details separately; 3. the town must exist and be active;
 * 4. write the enterprise and its audit record in one transaction (a registered code → CONFLICT).
 */
export async function createEnterprise(
  principal: Principal,
  rawInput: unknown,
  ports: Pick<RegistryPorts, 'enterprises' | 'towns' | 'clock'>,
): Promise<Enterprise> {
  const input = parseInput(createEnterpriseSchema, rawInput, ['input']);
  const resource = enterpriseResource(input);
  authorize(principal, 'createEnterprise', resource);
  if (input.bankAccount !== undefined) authorize(principal, 'updateEnterpriseBankAccount', resource);
  await requireActiveTown(ports.towns, input.town, ['input', 'town']);
  const now = ports.clock.now();
  const enterprise = newEnterprise(input, now);
  await ports.enterprises.create(
    enterprise,
    auditRecord(principal, now, {
      operation: 'createEnterprise',
      entityType: 'ENTERPRISE',
      entityId: enterprise.creditCode,
      before: null,
      after: enterprise,
    }),
  );
  return enterprise;
}

/**
 * Apply a validated patch to an enterprise the caller has already been allowed to see: checks each
 * changed field's grant (a town officer may not move an enterprise out of their town), the version,
 * and writes the new record with its audit record. Returns the current record untouched when nothing
 * changes. Shared by `updateEnterprise` and the CSV import.
 */
export async function applyEnterprisePatch(
  principal: Principal,
  current: Enterprise,
  patch: Patch,
  expectedVersion: number,
  operation: string,
  ports: Pick<RegistryPorts, 'enterprises' | 'towns' | 'clock' | 'programme'>,
  townPath: readonly (string | number)[],
): Promise<Enterprise> {
  // Every field sent needs its grant, changed or not: otherwise "unchanged" would confirm a value the
  // caller may not read (a guessed bank account).
  const present = (Object.keys(patch) as (keyof Patch)[]).filter((field) => patch[field] !== undefined);
  for (const field of present) authorize(principal, operationFor(field), enterpriseResource(current));
  // Enterprise has every field of the patch; its arrays are merely readonly.
  const changed = changedFields<Patch>(current as unknown as Patch, patch);
  if (patch.town !== undefined && changed.includes('town')) {
    authorize(principal, 'updateEnterpriseRecord', enterpriseResource({ ...current, town: patch.town }));
    await requireActiveTown(ports.towns, patch.town, townPath);
    if (await ports.programme.claimOwner(inProgrammeClaim(current.creditCode))) {
      throw new PolicyViolation(
        'R3.2',
        `${current.name} has diagnosis-programme records kept by ${current.town}; it cannot be moved to another town until those records are moved with it`,
      );
    }
  }
  if (expectedVersion !== current.version) {
    throw new Conflict(
      render(REFUSALS.staleVersion, {
        record: `enterprise ${current.creditCode}`,
        version: current.version,
        expected: expectedVersion,
      }),
    );
  }
  if (changed.length === 0) return current;
  const now = ports.clock.now();
  const next = withoutUndefined({
    ...current,
    ...Object.fromEntries(changed.map((field) => [field, patch[field]])),
    version: current.version + 1,
    updatedAt: now.toISOString(),
  });
  await ports.enterprises.update(
    next,
    current.version,
    auditRecord(principal, now, {
      operation,
      entityType: 'ENTERPRISE',
      entityId: current.creditCode,
      before: current,
      after: next,
    }),
  );
  return next;
}

/**
 * Change an enterprise.
 *
 * Input: UpdateEnterpriseInput (credit code, the version it was made against, changed fields).
 * Output: the enterprise after the change.
 * Steps: 1. validate; 2. read it (outside the caller's scope → NOT_FOUND); 3. authorize each changed
 * field group (record / contacts / bank account); 4. refuse a stale version with CONFLICT; 5. write it and
 * its audit record in one transaction conditioned on the version, so that of two concurrent updates of
 * the same version exactly one wins.
 */
export async function updateEnterprise(
  principal: Principal,
  rawInput: unknown,
  ports: Pick<RegistryPorts, 'enterprises' | 'towns' | 'clock' | 'programme'>,
): Promise<Enterprise> {
  if (!UPDATE_OPERATIONS.some((operation) => roleHolds(principal, operation))) {
    authorizeRole(principal, 'updateEnterpriseRecord');
  }
  const { creditCode, version, ...patch } = parseInput(updateEnterpriseSchema, rawInput, ['input']);
  const current = await ports.enterprises.get(creditCode);
  // Callers who may not see the record learn nothing about it, not even that it exists.
  if (!current || !isAllowed(principal, 'readEnterprise', enterpriseResource(current))) {
    throw new NotFound('Enterprise', creditCode);
  }
  return applyEnterprisePatch(principal, current, patch, version, 'updateEnterprise', ports, [
    'input',
    'town',
  ]);
}
