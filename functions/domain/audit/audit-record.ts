import type { Principal } from '../identity/principal.ts';
import type { Page, PageRequest } from '../validation.ts';
import type { AuditQuery } from './audit-query.ts';

export const AUDIT_ENTITY_TYPES = [
  'ENTERPRISE',
  'PROVIDER',
  'INTENTION_ENTRY',
  'DIAGNOSIS_PLAN',
  'DIAGNOSIS_ASSIGNMENT',
  'DIAGNOSIS_REPORT',
  'APPLICATION_NOTICE',
  'APPLICATION',
  'ATTACHMENT',
  'PROJECT',
  'OBJECTION',
  'DISBURSEMENT_DOCUMENT',
  'PAYMENT',
  'BUDGET',
  'HOLIDAY_ARRANGEMENT',
  'EXPERT',
  'CERTIFICATION',
  'BENCHMARK_STANDING',
  'CERTIFICATION_IMPORT',
  'PAYMENT_BATCH',
  'FRAUD_FINDING',
  'LOCAL_CLOCK',
  'POLICY_VERSION',
  'AUDIT_EXPORT',
  'NOTIFICATION_PREFERENCES',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The actor of changes made by the system itself (seeding reference and demo data). */
export const SYSTEM_ACTOR = { actorId: 'system', actorRole: 'SYSTEM' } as const;

/** The actor of the workflow's own stage changes (opening publicity, flagging a stage overdue…). */
export const WORKFLOW_ACTOR = { actorId: 'workflow', actorRole: 'SYSTEM' } as const;

export type Actor = Principal | { readonly actorId: string; readonly actorRole: 'SYSTEM' };

/** One change: who, in which role, when, what, before and after. Immutable once written. */
export interface AuditRecord {
  readonly id: string;
  /** ISO instant. */
  readonly at: string;
  readonly actorId: string;
  readonly actorRole: string;
  readonly operation: string;
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  /**
   * The version of the record the change produced, when the record is versioned: orders a record's
   * trail even when two changes share a millisecond.
   */
  readonly entityVersion: number | null;
}

export interface AuditChange {
  readonly operation: string;
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The audit record of a change made by `principal` (a signed-in user) or by the system. */
export function auditRecord(actor: Actor, at: Date, change: AuditChange): AuditRecord {
  const who =
    'kind' in actor
      ? actor.kind === 'user'
        ? { actorId: actor.userId, actorRole: actor.role }
        : { actorId: 'anonymous', actorRole: 'ANONYMOUS' }
      : actor;
  const version = (change.after as { version?: unknown } | null)?.version;
  return {
    id: crypto.randomUUID(),
    at: at.toISOString(),
    ...who,
    ...change,
    entityVersion: typeof version === 'number' ? version : null,
  };
}

/**
 * Port: reading the audit trail. Changes write their audit records inside each repository's transactions;
 * `append` is for an action that changes no record but is itself audited (an export of the trail).
 */
export interface AuditTrail {
  /** One record's trail, newest first. */
  list(entityId: string, page: PageRequest): Promise<Page<AuditRecord>>;
  /** Records across entities: by actor, entity type and CST date range, in the query's order. */
  search(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>>;
  /** Writes one audit record on its own, once (never overwriting one). */
  append(record: AuditRecord): Promise<void>;
}
