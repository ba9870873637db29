import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import { Conflict } from '#domain/errors';

/**
 * Audit items: pk `AUDIT#<entityId>`, sk `<ISO time>#<version, 10 digits>#<id>`, so that a Query reads
 * one record's trail newest first, in version order even within one millisecond.
 */
export const auditKey = (record: Pick<AuditRecord, 'entityId' | 'at' | 'id' | 'entityVersion'>) => ({
  pk: `AUDIT#${record.entityId}`,
  sk: `${record.at}#${String(record.entityVersion ?? 0).padStart(10, '0')}#${record.id}`,
});

/**
 * Writes an item and its audit record in one DynamoDB transaction: both or neither. `condition` guards
 * the item (uniqueness on creation, the expected version on update); when it fails, `conflictMessage`
 * becomes a `Conflict`.
 */
export async function putWithAudit(options: {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly item: Record<string, unknown>;
  readonly condition: { readonly expression: string; readonly values?: Record<string, unknown> };
  readonly audit: AuditRecord;
  readonly conflictMessage: string;
}): Promise<void> {
  const { audit } = options;
  try {
    await options.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: options.tableName,
              Item: options.item,
              ConditionExpression: options.condition.expression,
              ExpressionAttributeValues: options.condition.values,
            },
          },
          {
            Put: {
              TableName: options.tableName,
              Item: {
                ...auditKey(audit),
                entity: 'AuditRecord',
                ...audit,
                before: audit.before === null ? null : JSON.stringify(audit.before),
                after: audit.after === null ? null : JSON.stringify(audit.after),
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (
      error instanceof TransactionCanceledException &&
      error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
    ) {
      throw new Conflict(options.conflictMessage);
    }
    throw error;
  }
}
