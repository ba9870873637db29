import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import type { AuditQuery } from '#domain/audit/audit-query';
import { monthsOf, rangeInstants } from '#domain/audit/audit-query';
import { InvalidInput } from '#domain/errors';
import type { Page, PageRequest } from '#domain/validation';
import { writeWithAudit } from './audited-write.ts';
import { decodeCursor, queryPage } from './paging.ts';

/** As stored: the record, with before and after kept as the JSON text written in the transaction. */
type AuditItem = Omit<AuditRecord, 'before' | 'after' | 'entityVersion'> & {
  readonly before: string | null;
  readonly after: string | null;
  readonly entityVersion?: number | null;
};

function toRecord(raw: Record<string, unknown>): AuditRecord {
  const item = raw as AuditItem;
  return {
    id: item.id,
    at: item.at,
    actorId: item.actorId,
    actorRole: item.actorRole,
    operation: item.operation,
    entityType: item.entityType,
    entityId: item.entityId,
    // Stored as JSON text so that the item keeps exactly what was written, whatever its shape.
    before: item.before,
    after: item.after,
    entityVersion: item.entityVersion ?? null,
  };
}

/** Where a cross-record query reads (KEY-DESIGN.md): the index and the partitions, in reading order. */
interface IndexPlan {
  readonly index: 'gsi1' | 'gsi2' | 'gsi3';
  readonly partitions: readonly string[];
  /** Filter the index key cannot serve (an entity type read through the actor index). */
  readonly filter?: { readonly expression: string; readonly values: Record<string, unknown> };
}

function planFor(query: AuditQuery): IndexPlan {
  if (query.actorId !== undefined)
    return {
      index: 'gsi2',
      partitions: [`AUDITACTOR#${query.actorId}`],
      ...(query.entityType === undefined
        ? {}
        : { filter: { expression: 'entityType = :type', values: { ':type': query.entityType } } }),
    };
  if (query.entityType !== undefined) return { index: 'gsi3', partitions: [`AUDITTYPE#${query.entityType}`] };
  if (query.dates === undefined)
    throw new InvalidInput([{ path: ['filter'], message: 'give an actorId, an entityType or a date range' }]);
  const months = monthsOf(query.dates).map((month) => `AUDITMONTH#${month}`);
  return { index: 'gsi1', partitions: query.order === 'NEWEST_FIRST' ? months.reverse() : months };
}

/**
 * Reads audit records: one record's trail (by its partition), or records across records through the
 * audit indexes. The API offers no way to change or delete entries; `append` only ever creates one.
 */
export class DynamoAuditTrail implements AuditTrail {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  list(entityId: string, page: PageRequest): Promise<Page<AuditRecord>> {
    return queryPage<AuditRecord>({
      documents: this.documents,
      input: {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `AUDIT#${entityId}` },
        ScanIndexForward: false,
      },
      keyNames: ['pk', 'sk'],
      first: page.first,
      after: page.after,
      toNode: toRecord,
    });
  }

  /**
   * One page across records. An actor or a type is one index partition (a date range narrows its sort
   * key); a date range alone walks the CST months it touches (at most four for 92 days), one after the
   * other, each read as a bounded page (`queryPage`), so a page costs at most a few Queries whatever the
   * table holds. Cursors are the last record's index position; a cursor of another query is refused.
   */
  async search(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>> {
    const plan = planFor(query);
    const keyNames = ['pk', 'sk', `${plan.index}pk`, `${plan.index}sk`];
    const range = query.dates === undefined ? undefined : rangeInstants(query.dates);
    const input = (partition: string): Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'> => ({
      TableName: this.tableName,
      IndexName: plan.index,
      KeyConditionExpression:
        range === undefined
          ? `${plan.index}pk = :pk`
          : `${plan.index}pk = :pk AND ${plan.index}sk BETWEEN :lo AND :hi`,
      ExpressionAttributeValues: {
        ':pk': partition,
        // The sort key starts with the ISO instant: [start, end) of the CST dates. A change at exactly `end`
        // sorts after `end` itself (`<end>#…`), so BETWEEN leaves it out.
        ...(range === undefined ? {} : { ':lo': range.start, ':hi': range.end }),
        ...plan.filter?.values,
      },
      ...(plan.filter === undefined ? {} : { FilterExpression: plan.filter.expression }),
      ScanIndexForward: query.order === 'OLDEST_FIRST',
    });
    const partitionKey = `${plan.index}pk`;
    const start =
      page.after === null || page.after === undefined
        ? 0
        : plan.partitions.indexOf(decodeCursor(page.after, keyNames)[partitionKey] ?? '');
    if (start < 0)
      throw new InvalidInput([{ path: ['after'], message: 'this cursor belongs to another query' }]);

    const edges: { cursor: string; node: AuditRecord }[] = [];
    for (let index = start; index < plan.partitions.length; index += 1) {
      const wanted = page.first - edges.length;
      const found = await queryPage<AuditRecord>({
        documents: this.documents,
        input: input(plan.partitions[index] ?? ''),
        keyNames,
        // A full page still asks the next month for one record: is there a next page?
        first: Math.max(wanted, 1),
        after: index === start ? page.after : undefined,
        toNode: toRecord,
      });
      if (wanted === 0) {
        if (found.edges.length > 0 || found.hasNextPage)
          return { edges, hasNextPage: true, endCursor: edges.at(-1)?.cursor ?? null };
        continue;
      }
      edges.push(...found.edges);
      // Stopped at the page size or at the read bound: continue from where this partition stopped.
      if (found.hasNextPage) return { edges, hasNextPage: true, endCursor: found.endCursor };
    }
    return { edges, hasNextPage: false, endCursor: edges.at(-1)?.cursor ?? null };
  }

  append(record: AuditRecord): Promise<void> {
    return writeWithAudit(this.documents, this.tableName, [], record);
  }
}
