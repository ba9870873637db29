import type { DynamoDBRecord } from 'aws-lambda';
import { auditKey } from '#adapters/dynamodb/audited-write';
import type { AuditRecord } from '#domain/audit/audit-record';

/** The stream record of an item as the audited write stores it (before/after as JSON text). */
export function streamRecord(audit: AuditRecord, eventName: 'INSERT' | 'MODIFY' = 'INSERT'): DynamoDBRecord {
  const key = auditKey(audit);
  const text = (value: unknown) => (value === null ? { NULL: true } : { S: JSON.stringify(value) });
  return {
    eventName,
    dynamodb: {
      Keys: { pk: { S: key.pk }, sk: { S: key.sk } },
      NewImage: {
        pk: { S: key.pk },
        sk: { S: key.sk },
        entity: { S: 'AuditRecord' },
        id: { S: audit.id },
        at: { S: audit.at },
        actorId: { S: audit.actorId },
        actorRole: { S: audit.actorRole },
        operation: { S: audit.operation },
        entityType: { S: audit.entityType },
        entityId: { S: audit.entityId },
        before: text(audit.before),
        after: text(audit.after),
        entityVersion: audit.entityVersion === null ? { NULL: true } : { N: String(audit.entityVersion) },
      },
    },
  };
}
