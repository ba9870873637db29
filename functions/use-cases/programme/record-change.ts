import { auditRecord } from '#domain/audit/audit-record';
import type { Actor, AuditEntityType, AuditRecord } from '#domain/audit/audit-record';
import type { Clock } from '#domain/clock';
import { authorizeRole, isAllowed } from '#domain/authorization/policy';
import type { Operation, Resource } from '#domain/authorization/policy';
import { Conflict, NotFound } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { pageSize, parseId } from '#domain/validation';
import type {
  ChangeSet,
  ListRequest,
  ProgrammeRecords,
  ProgrammeStore,
  RecordKind,
  RecordWrite,
} from '#domain/programme-store';
import type { Page } from '#domain/validation';
import { render } from '#domain/messages/bilingual';
import { REFUSALS } from '#domain/messages/refusals';

const AUDIT_TYPES: Record<RecordKind, AuditEntityType> = {
  IntentionEntry: 'INTENTION_ENTRY',
  DiagnosisPlan: 'DIAGNOSIS_PLAN',
  DiagnosisAssignment: 'DIAGNOSIS_ASSIGNMENT',
  DiagnosisReport: 'DIAGNOSIS_REPORT',
  ApplicationNotice: 'APPLICATION_NOTICE',
  Application: 'APPLICATION',
  Attachment: 'ATTACHMENT',
  Project: 'PROJECT',
  Objection: 'OBJECTION',
  DisbursementDocument: 'DISBURSEMENT_DOCUMENT',
  Payment: 'PAYMENT',
  Budget: 'BUDGET',
  HolidayArrangement: 'HOLIDAY_ARRANGEMENT',
  Expert: 'EXPERT',
  Certification: 'CERTIFICATION',
  BenchmarkStanding: 'BENCHMARK_STANDING',
  CertificationImport: 'CERTIFICATION_IMPORT',
  PaymentBatch: 'PAYMENT_BATCH',
  FraudFinding: 'FRAUD_FINDING',
  PolicyVersion: 'POLICY_VERSION',
};

/** The ports every programme use case works through. */
export interface ProgrammePorts {
  readonly programme: ProgrammeStore;
  readonly clock: Clock;
}

/**
 * One record's change, ready for `commit`: the write (create when `before` is null, else an update
 * against `before`'s version) and its audit record.
 */
export function recordChange<K extends RecordKind>(
  principal: Actor,
  now: Date,
  operation: string,
  kind: K,
  before: ProgrammeRecords[K] | null,
  after: ProgrammeRecords[K],
): { write: RecordWrite<K>; audit: AuditRecord } {
  return {
    write: { kind, record: after, expectedVersion: before === null ? null : before.version },
    audit: auditRecord(principal, now, {
      operation,
      entityType: AUDIT_TYPES[kind],
      entityId: after.id,
      before: before === null ? null : withoutSecrets(before),
      after: withoutSecrets(after),
    }),
  };
}

/** Records one change with its audit record: the common case of a use case that changes one record. */
export async function saveRecord<K extends RecordKind>(
  ports: Pick<ProgrammePorts, 'programme'>,
  principal: Actor,
  now: Date,
  operation: string,
  kind: K,
  before: ProgrammeRecords[K] | null,
  after: ProgrammeRecords[K],
): Promise<ProgrammeRecords[K]> {
  const { write, audit } = recordChange(principal, now, operation, kind, before, after);
  await ports.programme.commit({ writes: [write], audits: [audit] });
  return after;
}

/**
 * A record the caller may read: the role must hold the read operation at all (else FORBIDDEN), and a row
 * outside the caller's scope is reported as NOT_FOUND, like a row that does not exist.
 */
export async function readableRecord<K extends RecordKind>(
  principal: Principal,
  operation: Operation,
  kind: K,
  rawId: string,
  resourceOf: (record: ProgrammeRecords[K]) => Resource,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<ProgrammeRecords[K]> {
  authorizeRole(principal, operation);
  const id = parseId(rawId, ['id']);
  const record = await ports.programme.get(kind, id);
  if (!record || !isAllowed(principal, operation, resourceOf(record))) throw new NotFound(kind, id);
  return record;
}

/** Workflow task tokens are never shown, not even in the audit trail. */
function withoutSecrets(record: object): object {
  if (!('taskToken' in record)) return record;
  const { taskToken: _token, ...rest } = record as { taskToken?: unknown };
  return rest;
}

/** The next version of a record: the changed fields, version + 1, updatedAt now. */
export function revise<T extends { readonly version: number; readonly updatedAt: string }>(
  record: T,
  changes: Partial<T>,
  now: Date,
): T {
  return { ...record, ...changes, version: record.version + 1, updatedAt: now.toISOString() };
}

/** A new record's bookkeeping fields. */
export function stamp(now: Date): { version: 1; createdAt: string; updatedAt: string } {
  return { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() };
}

/** Writes changes (each with its audit record) in one transaction, with the claims they take or give up. */
export function commitChanges(
  store: ProgrammeStore,
  changes: readonly { readonly write: RecordWrite; readonly audit: AuditRecord }[],
  extra: Pick<ChangeSet, 'claims' | 'releases'> = {},
): Promise<void> {
  return store.commit({
    writes: changes.map((change) => change.write),
    audits: changes.map((change) => change.audit),
    ...extra,
  });
}

/** A page of a listing, as a query's `first` and `after` ask for it. */
export function listPage<K extends RecordKind>(
  store: ProgrammeStore,
  kind: K,
  pattern: ListRequest<K>['pattern'],
  value: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<ProgrammeRecords[K]>> {
  return store.list(kind, { pattern, value, first: pageSize(args.first), after: args.after });
}

/** Every record of a listing, page after page: for the short lists a use case reads whole. */
export async function everyRecord<K extends RecordKind>(
  store: ProgrammeStore,
  kind: K,
  request: Omit<ListRequest<K>, 'first' | 'after'>,
): Promise<ProgrammeRecords[K][]> {
  const records: ProgrammeRecords[K][] = [];
  let after: string | null = null;
  do {
    const page: Page<ProgrammeRecords[K]> = await store.list(kind, { ...request, first: 100, after });
    records.push(...page.edges.map((edge) => edge.node));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  return records;
}

export async function requireRecord<K extends RecordKind>(
  store: ProgrammeStore,
  kind: K,
  id: string,
): Promise<ProgrammeRecords[K]> {
  const record = await store.get(kind, id);
  if (!record) throw new NotFound(kind, id);
  return record;
}

/** Refuses a change made against a version that is no longer current (the write is conditional too). */
export function requireVersion(
  record: { readonly id: string; readonly version: number },
  version: number,
): void {
  if (record.version !== version) {
    throw new Conflict(
      render(REFUSALS.staleVersion, { record: record.id, version: record.version, expected: version }),
    );
  }
}
