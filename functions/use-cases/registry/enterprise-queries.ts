import { authorize, authorizeRole, isAllowed, listScope } from '#domain/authorization/policy';
import { Forbidden, NotFound } from '#domain/errors';
import { render } from '#domain/messages/bilingual';
import { REFUSALS } from '#domain/messages/refusals';
import type { Principal } from '#domain/identity/principal';
import type { Enterprise } from '#domain/registry/enterprise';
import { enterpriseEligibility } from '#domain/registry/eligibility';
import type { Eligibility } from '#domain/registry/eligibility';
import { creditCodeSchema, enterpriseFilterSchema } from '#domain/registry/input-schemas';
import { enterpriseResource } from '#domain/registry/resources';
import type { BankAccount, Contact } from '#domain/registry/registry-subject';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { RegistryPorts } from './ports.ts';

/**
 * List the enterprises the caller may see, by name.
 *
 * Input: page size (1–100), cursor, filter (town, status, eligibility, name/code search).
 * Output: one page. Steps: 1. the caller's list scope (a town officer: their town whatever the filter
 * asks; an enterprise user: itself); 2. validate paging and filter; 3. query the matching index; the
 * eligibility filter is R4.4's check as of today (CST).
 */
export async function listEnterprises(
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: unknown },
  ports: Pick<RegistryPorts, 'enterprises' | 'clock'>,
): Promise<Page<Enterprise>> {
  const scope = listScope(principal, 'readEnterprise');
  const first = pageSize(args.first);
  const { eligible, ...filter } = parseInput(enterpriseFilterSchema, args.filter ?? {}, ['filter']);
  const today = cstDate(ports.clock.now());
  return ports.enterprises.list({
    scope,
    filter,
    first,
    after: args.after,
    accept:
      eligible === undefined
        ? undefined
        : (enterprise) => enterpriseEligibility(enterprise, today).eligible === eligible,
  });
}

/**
 * One enterprise. A record outside the caller's scope is reported as NOT_FOUND, so that scope does not
 * reveal which credit codes are registered.
 */
export async function getEnterprise(
  principal: Principal,
  rawCreditCode: string,
  ports: Pick<RegistryPorts, 'enterprises'>,
): Promise<Enterprise> {
  authorizeRole(principal, 'readEnterprise');
  const creditCode = parseInput(creditCodeSchema, rawCreditCode, ['creditCode']);
  const enterprise = await ports.enterprises.get(creditCode);
  if (!enterprise || !isAllowed(principal, 'readEnterprise', enterpriseResource(enterprise))) {
    throw new NotFound('Enterprise', creditCode);
  }
  return enterprise;
}

/** Contact data: the commission, the enterprise's town officer and the enterprise itself. */
export function enterpriseContacts(principal: Principal, enterprise: Enterprise): readonly Contact[] {
  authorize(principal, 'readEnterpriseContacts', enterpriseResource(enterprise));
  return enterprise.contacts;
}

/** Bank details: FINANCE, the commission and the enterprise itself; nobody else, not even its town. */
export function enterpriseBankAccount(principal: Principal, enterprise: Enterprise): BankAccount | null {
  if (!isAllowed(principal, 'readEnterpriseBankAccount', enterpriseResource(enterprise))) {
    throw new Forbidden(render(REFUSALS.bankDetailsHidden, { subject: 'enterprise' }));
  }
  return enterprise.bankAccount ?? null;
}

/** R4.4: eligibility as of today (CST), with every failing condition. */
export function enterpriseEligibilityToday(
  enterprise: Enterprise,
  ports: Pick<RegistryPorts, 'clock'>,
): Eligibility {
  return enterpriseEligibility(enterprise, cstDate(ports.clock.now()));
}
