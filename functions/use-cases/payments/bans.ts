import { authorize } from '#domain/authorization/policy';
import type { Principal } from '#domain/identity/principal';
import type { BanEntry, FraudFinding } from '#domain/payments/payments';
import type { Page } from '#domain/validation';
import { pageSize } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';

const banOf = (finding: FraudFinding): BanEntry => ({
  findingId: finding.id,
  payeeType: finding.payeeType,
  payeeId: finding.payeeId,
  payeeName: finding.payeeName,
  rule: 'R7.2',
  decidedOn: finding.decidedOn,
  until: finding.banUntil ?? '',
  principalName: finding.principalName ?? null,
  evidence: finding.evidence,
});

/**
 * R7.2.1: the bans serious findings imposed, oldest first, for the district's roles (and its other special
 * funds): the unit, the decision date, the first date it may apply again, the rule. Lapsed bans stay on
 * the list, with their dates.
 */
export async function listBans(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<BanEntry>> {
  authorize(principal, 'readBans');
  const page = await ports.programme.list('FraudFinding', {
    pattern: 'all',
    value: '',
    first: pageSize(args.first),
    after: args.after,
    accept: (finding) => finding.serious && finding.banUntil !== undefined,
  });
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: banOf(edge.node) })) };
}

/** R7.2.1: the principal and the evidence behind a ban are the commission's only. */
export function banDetail(
  principal: Principal,
  record: { readonly principalName?: string | null | undefined; readonly evidence: string },
  field: 'principalName' | 'evidence',
): string | null {
  authorize(principal, 'readBanDetails');
  return record[field] ?? null;
}
