import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { Enterprise } from '#domain/registry/enterprise';
import { alreadyRegisteredMessage } from '#domain/registry/enterprise';
import type { EnterpriseListQuery, EnterpriseRepository } from '#domain/registry/repositories';
import type { Page } from '#domain/validation';
import { putWithAudit } from './audited-write.ts';
import { batchGet } from './batch-get.ts';
import { queryPage, singleItemPage } from './paging.ts';
import { searchFilter } from './search-filter.ts';

/**
 * Enterprise items.
 *   pk `ENT#<creditCode>`, sk `ENT`                    get one / batch get (DataLoader)
 *   gsi1pk `ENT`, gsi1sk `<name>#<creditCode>`         list all, by name
 *   gsi2pk `ENT_TOWN#<town>`, gsi2sk `<name>#<code>`   list one town, by name
 */
const key = (creditCode: string) => ({ pk: `ENT#${creditCode}`, sk: 'ENT' });

type EnterpriseItem = Enterprise & Record<string, unknown>;

function toItem(enterprise: Enterprise): EnterpriseItem {
  const byName = `${enterprise.name}#${enterprise.creditCode}`;
  return {
    ...key(enterprise.creditCode),
    entity: 'Enterprise',
    gsi1pk: 'ENT',
    gsi1sk: byName,
    gsi2pk: `ENT_TOWN#${enterprise.town}`,
    gsi2sk: byName,
    ...enterprise,
  };
}

function toEnterprise(item: Record<string, unknown>): Enterprise {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    gsi1pk: _a,
    gsi1sk: _b,
    gsi2pk: _c,
    gsi2sk: _d,
    ...enterprise
  } = item;
  return enterprise as unknown as Enterprise;
}

export class DynamoEnterpriseRepository implements EnterpriseRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(creditCode: string): Promise<Enterprise | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: key(creditCode) }),
    );
    return Item ? toEnterprise(Item) : undefined;
  }

  async getMany(creditCodes: readonly string[]): Promise<Map<string, Enterprise>> {
    const items = await batchGet(this.documents, this.tableName, [...new Set(creditCodes)].map(key));
    return new Map(items.map(toEnterprise).map((enterprise) => [enterprise.creditCode, enterprise]));
  }

  async list(query: EnterpriseListQuery): Promise<Page<Enterprise>> {
    const { scope, filter } = query;
    if (scope.kind === 'assigned') return singleItemPage<never>(undefined, {});
    if (scope.kind === 'provider') return singleItemPage<Enterprise>(undefined, {});
    if (scope.kind === 'enterprise') {
      const own = query.after ? undefined : await this.get(scope.creditCode);
      const visible = own && matches(own, filter) && (query.accept?.(own) ?? true) ? own : undefined;
      return singleItemPage(visible, key(scope.creditCode));
    }
    const town = scope.kind === 'town' ? scope.town : filter.town;
    if (scope.kind === 'town' && filter.town !== undefined && filter.town !== scope.town) {
      // A town officer filtering for another town sees nothing of it.
      return singleItemPage<Enterprise>(undefined, {});
    }
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (filter.businessStatus !== undefined) {
      conditions.push('businessStatus = :status');
      values[':status'] = filter.businessStatus;
    }
    const search = searchFilter(filter.search);
    if (search) {
      conditions.push(search.expression);
      Object.assign(names, search.names);
      Object.assign(values, search.values);
    }
    const index = town === undefined ? { name: 'gsi1', pk: 'ENT' } : { name: 'gsi2', pk: `ENT_TOWN#${town}` };
    return queryPage<Enterprise>({
      documents: this.documents,
      input: {
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: `${index.name}pk = :pk`,
        ExpressionAttributeValues: { ':pk': index.pk, ...values },
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
      },
      keyNames: ['pk', 'sk', `${index.name}pk`, `${index.name}sk`],
      first: query.first,
      after: query.after,
      toNode: toEnterprise,
      accept: query.accept,
    });
  }

  create(enterprise: Enterprise, audit: AuditRecord): Promise<void> {
    return putWithAudit({
      documents: this.documents,
      tableName: this.tableName,
      item: toItem(enterprise),
      condition: { expression: 'attribute_not_exists(pk)' },
      audit,
      conflictMessage: alreadyRegisteredMessage(enterprise.creditCode),
    });
  }

  update(enterprise: Enterprise, expectedVersion: number, audit: AuditRecord): Promise<void> {
    return putWithAudit({
      documents: this.documents,
      tableName: this.tableName,
      item: toItem(enterprise),
      condition: { expression: 'version = :expected', values: { ':expected': expectedVersion } },
      audit,
      conflictMessage: `enterprise ${enterprise.creditCode} was changed by someone else (version ${expectedVersion} is stale); reload and try again`,
    });
  }
}

function matches(enterprise: Enterprise, filter: EnterpriseListQuery['filter']): boolean {
  if (filter.town !== undefined && enterprise.town !== filter.town) return false;
  if (filter.businessStatus !== undefined && enterprise.businessStatus !== filter.businessStatus)
    return false;
  const search = filter.search?.trim();
  if (search)
    return enterprise.name.includes(search) || enterprise.creditCode.startsWith(search.toUpperCase());
  return true;
}
