import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { Conflict, Forbidden, NotFound, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { policyDraftSchema, publishPolicySchema } from '#domain/policy/input-schemas';
import type { PolicyVersion } from '#domain/policy/policy-version';
import { overlappingVersions, policyInForce, requirePolicyInForce } from '#domain/policy/policy-version';
import type { ProgrammeStore } from '#domain/programme-store';
import { cstDate } from '#domain/time/cst';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from './record-change.ts';
import {
  commitChanges,
  everyRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from './record-change.ts';

/** Held by the last version published: publications take it over one after another (R9.1). */
const PUBLICATION_CLAIM = 'POLICY_VERSION_PUBLICATION';

/** Every policy version, drafts included, oldest first (they are few: one or two a year). */
export async function allPolicyVersions(programme: ProgrammeStore): Promise<PolicyVersion[]> {
  return everyRecord(programme, 'PolicyVersion', { pattern: 'all', value: '' });
}

/** R9: the published version in force on a CST date, or a refusal naming the date. */
export async function policyVersionOn(programme: ProgrammeStore, date: string): Promise<PolicyVersion> {
  return requirePolicyInForce(await allPolicyVersions(programme), date);
}

/** The version a notice, application or project names (R8.1: each records the version it was decided under). */
export function namedPolicyVersion(programme: ProgrammeStore, id: string): Promise<PolicyVersion> {
  return requireRecord(programme, 'PolicyVersion', id);
}

/** The policy versions (R8.1), oldest first; drafts only for the commission, which drafts them. */
export async function readPolicyVersions(
  principal: Principal,
  ports: ProgrammePorts,
): Promise<PolicyVersion[]> {
  authorize(principal, 'readPolicyVersions');
  const drafts = principal.kind === 'user' && principal.role === 'ECONOMIC_COMMISSION';
  return (await allPolicyVersions(ports.programme)).filter(
    (version) => drafts || version.status === 'PUBLISHED',
  );
}

/** R9.1: refuses a period that shares a day with a published version's. */
function refuseOverlap(versions: readonly PolicyVersion[], candidate: PolicyVersion): void {
  const overlapping = overlappingVersions(versions, candidate);
  if (overlapping.length > 0) {
    throw new PolicyViolation(
      'R9.1',
      `${candidate.effectiveFrom} to ${candidate.effectiveTo} overlaps ${overlapping
        .map((version) => `${version.id} (${version.effectiveFrom} to ${version.effectiveTo})`)
        .join(', ')}: versions may not overlap; a correction is a new version for the days not yet covered`,
    );
  }
}

/**
 * R8.1, R9.1: the commission drafts a policy version, every setting with the clause behind it.
 *
 * Input: the version's id, title, effective period, citation and settings; `version` to revise one's own
 * or a colleague's draft. Output: the draft.
 * Steps: validate every setting; refuse a period overlapping a published version (checked again at
 * publication); refuse any change to a published version (R9.1: a correction is a new version); save
 * the draft with its audit record.
 */
export async function draftPolicyVersion(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<PolicyVersion> {
  const user = authorizeUser(principal, 'draftPolicyVersion');
  const { version: expectedVersion, ...input } = parseInput(policyDraftSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const versions = await allPolicyVersions(ports.programme);
  const current = versions.find((version) => version.id === input.id);
  if (current?.status === 'PUBLISHED') {
    throw new PolicyViolation(
      'R9.1',
      `${current.id} is published and never changes; draft a new version to correct it`,
    );
  }
  if (current && expectedVersion === undefined)
    throw new Conflict(`a draft ${current.id} exists already; give its version to revise it`);
  if (current && expectedVersion !== undefined) requireVersion(current, expectedVersion);
  const fields = { ...input, demo: false, status: 'DRAFT' as const, draftedBy: user.userId };
  const draft: PolicyVersion = current ? revise(current, fields, now) : { ...fields, ...stamp(now) };
  refuseOverlap(versions, draft);
  return saveRecord(ports, principal, now, 'draftPolicyVersion', 'PolicyVersion', current ?? null, draft);
}

/**
 * R9.1: another commission user publishes a draft (four eyes); from then on it never changes.
 *
 * Steps: the draft exists at the given version; its drafter may not publish it; its period still
 * overlaps no published version; it becomes PUBLISHED with who and when, audited.
 */
export async function publishPolicyVersion(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<PolicyVersion> {
  const user = authorizeUser(principal, 'publishPolicyVersion');
  const input = parseInput(publishPolicySchema, rawInput, ['input']);
  // Read before the versions: the publication takes this claim over from it, so two overlapping drafts
  // published at the same moment cannot both pass the overlap check (the second finds it moved on).
  const lastPublished = await ports.programme.claimOwner(PUBLICATION_CLAIM);
  const versions = await allPolicyVersions(ports.programme);
  const draft = versions.find((version) => version.id === input.id);
  if (!draft) throw new NotFound('PolicyVersion', input.id);
  requireVersion(draft, input.version);
  if (draft.status === 'PUBLISHED') throw new Conflict(`${draft.id} is published already`);
  if (draft.draftedBy === user.userId)
    throw new Forbidden(
      'four eyes: a policy version is published by a commission user other than its drafter',
    );
  refuseOverlap(versions, draft);
  const now = ports.clock.now();
  const published = revise(
    draft,
    { status: 'PUBLISHED', publishedBy: user.userId, publishedAt: now.toISOString() },
    now,
  );
  const change = recordChange(principal, now, 'publishPolicyVersion', 'PolicyVersion', draft, published);
  await commitChanges(ports.programme, [change], {
    claims: [
      {
        name: PUBLICATION_CLAIM,
        ownerId: published.id,
        previousOwnerId: lastPublished,
        conflict: 'another policy version was published at the same moment; reload and try again (R9.1)',
      },
    ],
  });
  return published;
}

/** For `health` and its alarm: whether a published version covers today (CST), and which. */
export async function policyCoverage(
  ports: ProgrammePorts,
): Promise<{ date: string; versionId: string | null }> {
  const date = cstDate(ports.clock.now());
  return { date, versionId: policyInForce(await allPolicyVersions(ports.programme), date)?.id ?? null };
}

/**
 * Seeds a published version unless one with its id exists (reference data, R9; the local demo's
 * continuation). Returns whether it was added.
 */
export async function seedPolicyVersion(
  programme: ProgrammeStore,
  version: Omit<PolicyVersion, 'version' | 'createdAt' | 'updatedAt'>,
  now: Date,
): Promise<boolean> {
  if (await programme.get('PolicyVersion', version.id)) return false;
  try {
    await saveRecord({ programme }, SYSTEM_ACTOR, now, 'seedPolicyVersion', 'PolicyVersion', null, {
      ...version,
      ...stamp(now),
    });
    return true;
  } catch (error) {
    if (error instanceof Conflict) return false; // seeded meanwhile by another start
    throw error;
  }
}

/**
 * The one-off migration of R9.1, run before seeding: a version stored before versions were records
 * (QP-2022, open-ended) becomes the seeded record, with the end its text states, audited with the stored
 * item as `before`; the old item goes in the same transaction. Only versions the seed knows are migrated;
 * any other is reported for an operator.
 */
export async function migrateLegacyPolicyVersions(
  programme: ProgrammeStore,
  seeds: readonly Omit<PolicyVersion, 'version' | 'createdAt' | 'updatedAt'>[],
  now: Date,
): Promise<{ migrated: string[]; unknown: string[] }> {
  const migrated: string[] = [];
  const unknown: string[] = [];
  for (const legacy of await programme.legacyPolicyVersions()) {
    const seed = seeds.find((candidate) => candidate.id === legacy.id);
    if (!seed) {
      unknown.push(legacy.id);
      continue;
    }
    const after: PolicyVersion = { ...seed, ...stamp(now) };
    const audit = auditRecord(SYSTEM_ACTOR, now, {
      operation: 'migratePolicyVersion',
      entityType: 'POLICY_VERSION',
      entityId: legacy.id,
      before: legacy.record,
      after,
    });
    await programme.replaceLegacyPolicyVersion(legacy, {
      writes: [{ kind: 'PolicyVersion', record: after, expectedVersion: null }],
      audits: [audit],
    });
    migrated.push(legacy.id);
  }
  return { migrated, unknown };
}
