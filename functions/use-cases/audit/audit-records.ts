import type { AuditOrder } from '#domain/audit/audit-query';
import { parseAuditQuery } from '#domain/audit/audit-query';
import type { AuditFilterInput } from '#domain/audit/audit-query';
import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { Page } from '#domain/validation';
import { pageSize } from '#domain/validation';

/**
 * The audit trail across records: the changes one user made, the changes to one kind of record, the
 * changes of a CST date range, or any combination of the three, newest or oldest first.
 *
 * Input: `filter` (`actorId`, `entityType`, `from`/`to` CST dates, both included, at most
 * MAX_AUDIT_RANGE_DAYS apart; at least one of them), `order`, `first` (1–100), `after`.
 * Output: a page of audit records and the cursor to continue from.
 * Steps: 1. authorize `readAuditRecords` (the commission sees the whole trail); 2. validate the filter,
 * naming each bad field (`['filter', 'to']`…); 3. read one bounded page through the audit indexes.
 * Read-only: nothing in the API changes or deletes audit records.
 */
export async function searchAuditRecords(
  principal: Principal,
  args: {
    readonly filter: AuditFilterInput;
    readonly order?: AuditOrder | null;
    readonly first?: number | null;
    readonly after?: string | null;
  },
  ports: { readonly auditTrail: AuditTrail },
): Promise<Page<AuditRecord>> {
  authorize(principal, 'readAuditRecords');
  const query = parseAuditQuery(args.filter, args.order, ['filter']);
  return ports.auditTrail.search(query, { first: pageSize(args.first), after: args.after });
}
