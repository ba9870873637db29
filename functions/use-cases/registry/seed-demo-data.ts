import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Clock } from '#domain/clock';
import type { Enterprise } from '#domain/registry/enterprise';
import type { Provider } from '#domain/registry/provider';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';

export interface DemoData {
  readonly enterprises: readonly Omit<Enterprise, 'version' | 'createdAt' | 'updatedAt'>[];
  readonly providers: readonly Omit<Provider, 'version' | 'createdAt' | 'updatedAt'>[];
}

/**
 * Fill an empty registry with demonstration records, so that a front-end developer sees real-looking
 * pages at once. Does nothing when any enterprise exists. Each record is written with a SYSTEM audit
 * record, like any other change.
 */
export async function seedDemoData(
  data: DemoData,
  ports: { enterprises: EnterpriseRepository; providers: ProviderRepository; clock: Clock },
): Promise<{ enterprises: number; providers: number }> {
  const probe = await ports.enterprises.list({ scope: { kind: 'all' }, filter: {}, first: 1 });
  if (probe.edges.length > 0) return { enterprises: 0, providers: 0 };
  const now = ports.clock.now();
  const stamp = { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  for (const record of data.enterprises) {
    const enterprise: Enterprise = { ...record, ...stamp };
    const change = {
      operation: 'seedDemoData',
      entityType: 'ENTERPRISE',
      entityId: enterprise.creditCode,
      before: null,
      after: enterprise,
    } as const;
    await ports.enterprises.create(enterprise, auditRecord(SYSTEM_ACTOR, now, change));
  }
  for (const record of data.providers) {
    const provider: Provider = { ...record, ...stamp };
    if (await ports.providers.get(provider.id)) continue;
    const change = {
      operation: 'seedDemoData',
      entityType: 'PROVIDER',
      entityId: provider.id,
      before: null,
      after: provider,
    } as const;
    await ports.providers.create(provider, auditRecord(SYSTEM_ACTOR, now, change));
  }
  return { enterprises: data.enterprises.length, providers: data.providers.length };
}
