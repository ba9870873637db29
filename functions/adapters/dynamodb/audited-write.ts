import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import { cstDate } from '#domain/time/cst';
import { ConcurrentWrite, Conflict } from '#domain/errors';
import type { DomainError } from '#domain/errors';

type Key = Record<string, string>;

/**
 * Audit items: pk `AUDIT#<entityId>`, sk `<ISO time>#<version, 10 digits>#<id>`, so that a Query reads
 * one record's trail newest first, in version order even within one millisecond.
 */
export const auditKey = (record: Pick<AuditRecord, 'entityId' | 'at' | 'id' | 'entityVersion'>) => ({
  pk: `AUDIT#${record.entityId}`,
  sk: `${record.at}#${String(record.entityVersion ?? 0).padStart(10, '0')}#${record.id}`,
});

/**
 * The audit trail across records (KEY-DESIGN.md): gsi1 by the CST month the change was made in
 * (`AUDITMONTH#<yyyy-mm>`), gsi2 by actor (`AUDITACTOR#<actorId>`), gsi3 by entity type
 * (`AUDITTYPE#<type>`), each sorted like the trail itself, so a CST date range is one sort-key range.
 */
export const auditIndexKeys = (
  record: Pick<AuditRecord, 'entityId' | 'at' | 'id' | 'entityVersion' | 'actorId' | 'entityType'>,
) => {
  const { sk } = auditKey(record);
  return {
    gsi1pk: `AUDITMONTH#${cstDate(new Date(record.at)).slice(0, 7)}`,
    gsi1sk: sk,
    gsi2pk: `AUDITACTOR#${record.actorId}`,
    gsi2sk: sk,
    gsi3pk: `AUDITTYPE#${record.entityType}`,
    gsi3sk: sk,
  };
};

interface Guard {
  readonly condition?: string | undefined;
  readonly values?: Record<string, unknown> | undefined;
  readonly names?: Record<string, string> | undefined;
  /** Message of the Conflict when the condition fails. */
  readonly conflict: string;
  /** The error to answer instead of that Conflict when the condition fails (a counter at its limit). */
  readonly refusal?: DomainError | undefined;
}

/** One write of a transaction, with the Conflict message to give when its condition fails. */
export type GuardedWrite =
  | (Guard & { readonly put: Record<string, unknown> })
  | (Guard & { readonly delete: Key })
  | (Guard & { readonly check: Key; readonly condition: string })
  | (Guard & { readonly update: Key; readonly expression: string });

/** The audit record as a write of its own: created once, never overwritten. */
function auditWrite(audit: AuditRecord): GuardedWrite {
  return {
    put: {
      ...auditKey(audit),
      ...auditIndexKeys(audit),
      entity: 'AuditRecord',
      ...audit,
      before: audit.before === null ? null : JSON.stringify(audit.before),
      after: audit.after === null ? null : JSON.stringify(audit.after),
    },
    condition: 'attribute_not_exists(pk)',
    conflict: `audit record ${audit.id} already exists`,
  };
}

/**
 * Writes items and the audit records of the change in one DynamoDB transaction: all or nothing. A failed
 * condition becomes a `Conflict` carrying the message of the write whose condition failed (a duplicate, a
 * stale version, a claim already taken).
 */
export async function writeWithAudit(
  documents: DynamoDBDocumentClient,
  tableName: string,
  changes: readonly GuardedWrite[],
  audits: AuditRecord | readonly AuditRecord[],
): Promise<void> {
  const writes = [...changes, ...[audits].flat().map(auditWrite)];
  const guarded = (write: GuardedWrite) => ({
    TableName: tableName,
    ...(write.condition === undefined ? {} : { ConditionExpression: write.condition }),
    ...(write.values === undefined ? {} : { ExpressionAttributeValues: write.values }),
    ...(write.names === undefined ? {} : { ExpressionAttributeNames: write.names }),
  });
  const items = writes.map((write) =>
    'put' in write
      ? { Put: { ...guarded(write), Item: write.put } }
      : 'delete' in write
        ? { Delete: { ...guarded(write), Key: write.delete } }
        : 'update' in write
          ? { Update: { ...guarded(write), Key: write.update, UpdateExpression: write.expression } }
          : { ConditionCheck: { ...guarded(write), Key: write.check, ConditionExpression: write.condition } },
  );
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const failed =
        error.CancellationReasons?.findIndex((reason) => reason.Code === 'ConditionalCheckFailed') ?? -1;
      const write = writes[failed];
      if (write) throw write.refusal ?? new Conflict(write.conflict);
      // Another transaction was writing the same items at that moment (a double click): nothing was
      // written, and the client may retry.
      if (error.CancellationReasons?.some((reason) => reason.Code === 'TransactionConflict')) {
        throw new ConcurrentWrite(
          'the record was being changed by another request at the same moment; reload and try again',
        );
      }
    }
    throw error;
  }
}

/** The common case: one item, created (unique key) or replaced (expected version), with its audit record. */
export function putWithAudit(options: {
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly item: Record<string, unknown>;
  readonly condition: { readonly expression: string; readonly values?: Record<string, unknown> };
  readonly audit: AuditRecord;
  readonly conflictMessage: string;
}): Promise<void> {
  return writeWithAudit(
    options.documents,
    options.tableName,
    [
      {
        put: options.item,
        condition: options.condition.expression,
        values: options.condition.values,
        conflict: options.conflictMessage,
      },
    ],
    options.audit,
  );
}
