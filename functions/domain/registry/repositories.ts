import type { AuditRecord } from '../audit/audit-record.ts';
import type { ListScope } from '../authorization/policy.ts';
import type { Page, PageRequest } from '../validation.ts';
import type { Enterprise, EnterpriseFilter } from './enterprise.ts';
import type { Provider } from './provider.ts';

/** Ports of the registry. Every write carries its audit record and is atomic with it. */

export interface EnterpriseListQuery extends PageRequest {
  readonly scope: ListScope;
  readonly filter: Omit<EnterpriseFilter, 'eligible'>;
  /** Applied after reading (e.g. eligibility as of today); pages stay full. */
  readonly accept?: ((enterprise: Enterprise) => boolean) | undefined;
}

export interface EnterpriseRepository {
  get(creditCode: string): Promise<Enterprise | undefined>;
  getMany(creditCodes: readonly string[]): Promise<Map<string, Enterprise>>;
  list(query: EnterpriseListQuery): Promise<Page<Enterprise>>;
  /** Throws `Conflict` when the credit code is already registered. */
  create(enterprise: Enterprise, audit: AuditRecord): Promise<void>;
  /** Throws `Conflict` unless the stored version is still `expectedVersion`. */
  update(enterprise: Enterprise, expectedVersion: number, audit: AuditRecord): Promise<void>;
}

export interface ProviderFilterQuery {
  readonly onRoster?: boolean | undefined;
  readonly search?: string | undefined;
}

export interface ProviderListQuery extends PageRequest {
  readonly scope: ListScope;
  readonly filter: ProviderFilterQuery;
  readonly accept?: ((provider: Provider) => boolean) | undefined;
}

export interface ProviderRepository {
  get(id: string): Promise<Provider | undefined>;
  list(query: ProviderListQuery): Promise<Page<Provider>>;
  create(provider: Provider, audit: AuditRecord): Promise<void>;
  update(provider: Provider, expectedVersion: number, audit: AuditRecord): Promise<void>;
}
