import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { Page } from '#domain/validation';
import { pageSize, parseId } from '#domain/validation';

/**
 * The audit trail of one record (a credit code, a provider id, or a programme record's id), newest
 * first. Read-only: the API has no operation that changes or deletes audit records.
 */
export function readAuditTrail(
  principal: Principal,
  args: { entityId: string; first?: number | null; after?: string | null },
  ports: { auditTrail: AuditTrail },
): Promise<Page<AuditRecord>> {
  authorize(principal, 'readAuditTrail');
  const id = parseId(args.entityId, ['entityId']);
  // Credit codes are stored upper-case and typed in any case; other ids are kept exactly as issued.
  const entityId = /^[0-9a-z]{18}$/i.test(id) ? id.toUpperCase() : id;
  return ports.auditTrail.list(entityId, { first: pageSize(args.first), after: args.after });
}
