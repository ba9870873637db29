import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { Provider } from '#domain/registry/provider';
import type { ProviderListQuery, ProviderRepository } from '#domain/registry/repositories';
import type { Page } from '#domain/validation';
import { putWithAudit } from './audited-write.ts';
import { queryPage, singleItemPage } from './paging.ts';
import { searchFilter } from './search-filter.ts';

/**
 * Provider items.
 *   pk `PROVIDER#<id>`, sk `PROVIDER`                get one
 *   gsi1pk `PROVIDER`, gsi1sk `<name>#<id>`          list all, by name
 * The id embeds the credit code, so the primary key alone keeps credit codes unique among providers.
 */
const key = (id: string) => ({ pk: `PROVIDER#${id}`, sk: 'PROVIDER' });

type ProviderItem = Provider & Record<string, unknown>;

const toItem = (provider: Provider): ProviderItem => ({
  ...key(provider.id),
  entity: 'Provider',
  gsi1pk: 'PROVIDER',
  gsi1sk: `${provider.name}#${provider.id}`,
  ...provider,
});

function toProvider(item: Record<string, unknown>): Provider {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _a, gsi1sk: _b, ...provider } = item;
  return provider as unknown as Provider;
}

export class DynamoProviderRepository implements ProviderRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Provider | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: key(id) }));
    return Item ? toProvider(Item) : undefined;
  }

  async list(query: ProviderListQuery): Promise<Page<Provider>> {
    const { scope, filter } = query;
    if (scope.kind === 'assigned') return singleItemPage<never>(undefined, {});
    if (scope.kind === 'provider') {
      const own = query.after ? undefined : await this.get(scope.providerId);
      const visible =
        own &&
        (filter.onRoster === undefined || own.onRoster === filter.onRoster) &&
        (!filter.search?.trim() ||
          own.name.includes(filter.search.trim()) ||
          own.creditCode.startsWith(filter.search.trim().toUpperCase())) &&
        (query.accept?.(own) ?? true)
          ? own
          : undefined;
      return singleItemPage(visible, key(scope.providerId));
    }
    if (scope.kind !== 'all') return singleItemPage<Provider>(undefined, {});
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (filter.onRoster !== undefined) {
      conditions.push('onRoster = :onRoster');
      values[':onRoster'] = filter.onRoster;
    }
    const search = searchFilter(filter.search);
    if (search) {
      conditions.push(search.expression);
      Object.assign(names, search.names);
      Object.assign(values, search.values);
    }
    return queryPage<Provider>({
      documents: this.documents,
      input: {
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PROVIDER', ...values },
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
      },
      keyNames: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
      first: query.first,
      after: query.after,
      toNode: toProvider,
      accept: query.accept,
    });
  }

  create(provider: Provider, audit: AuditRecord): Promise<void> {
    return putWithAudit({
      documents: this.documents,
      tableName: this.tableName,
      item: toItem(provider),
      condition: { expression: 'attribute_not_exists(pk)' },
      audit,
      conflictMessage: `provider ${provider.creditCode} is already registered`,
    });
  }

  update(provider: Provider, expectedVersion: number, audit: AuditRecord): Promise<void> {
    return putWithAudit({
      documents: this.documents,
      tableName: this.tableName,
      item: toItem(provider),
      condition: { expression: 'version = :expected', values: { ':expected': expectedVersion } },
      audit,
      conflictMessage: `provider ${provider.id} was changed by someone else (version ${expectedVersion} is stale); reload and try again`,
    });
  }
}
