import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord, AuditTrail } from '#domain/audit/audit-record';
import type { Page, PageRequest } from '#domain/validation';
import { queryPage } from './paging.ts';

/** As stored: the record, with before and after kept as the JSON text written in the transaction. */
type AuditItem = Omit<AuditRecord, 'before' | 'after' | 'entityVersion'> & {
  readonly before: string | null;
  readonly after: string | null;
  readonly entityVersion?: number | null;
};

/** Reads one record's audit trail, newest first. The API offers no way to change or delete entries. */
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
      toNode: (raw) => {
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
      },
    });
  }
}
