import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { Page } from '#domain/validation';
import { pageSize } from '#domain/validation';

/**
 * The audit trail of one record (enterprise credit code or provider id), newest first. Read-only:
 * the API has no operation that changes or deletes audit records.
 */
export function readAuditTrail(
  principal: Principal,
  args: { entityId: string; first?: number | null; after?: string | null },
  ports: { auditTrail: AuditTrail },
): Promise<Page<AuditRecord>> {
  authorize(principal, 'readAuditTrail');
  return ports.auditTrail.list(args.entityId.trim().toUpperCase(), {
    first: pageSize(args.first),
    after: args.after,
  });
}
