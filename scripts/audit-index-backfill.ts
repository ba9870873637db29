import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import { auditIndexKeys } from '#adapters/dynamodb/audited-write';

// Lives beside the operator's script, outside functions/: no Lambda may Scan or update audit items
// (infra/constructs/table-grants.ts), so this runs only in `npm start` and with an operator's credentials.

/** Marks the backfill as done, so that `npm start` does not scan the table again. */
export const AUDIT_INDEX_MIGRATION_KEY = { pk: 'MIGRATION#AUDIT_INDEX', sk: 'MIGRATION' } as const;

export interface AuditIndexBackfill {
  /** Audit items read that lacked the index attributes. */
  readonly found: number;
  /** Of those, how many this run gave them (the rest were given them meanwhile by another run). */
  readonly indexed: number;
}

/**
 * The one-off migration of issue 17: audit records written before the trail could be read across records
 * get the index attributes (`gsi1…gsi3`, see `auditIndexKeys`) their record implies. Only those attributes
 * are set, and only where absent (`attribute_not_exists(gsi1pk)`), so the recorded change — who, when, what,
 * before, after — is never touched, and a second run (or two at once) changes nothing.
 *
 * Finding them needs a Scan, which no function of the service is granted and which IAM denies together
 * with updates of `AUDIT#*` items: in AWS an operator runs it once with their own credentials
 * (`npm run migrate:audit-index`, docs/operators.md); `npm start` runs it on its local table until done.
 */
export async function backfillAuditIndexes(
  documents: DynamoDBDocumentClient,
  tableName: string,
  onProgress: (progress: AuditIndexBackfill) => void = () => undefined,
): Promise<AuditIndexBackfill> {
  let found = 0;
  let indexed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(pk, :audit) AND attribute_not_exists(gsi1pk)',
        ExpressionAttributeValues: { ':audit': 'AUDIT#' },
        ProjectionExpression: 'pk, sk, id, #at, actorId, entityType, entityId, entityVersion',
        ExpressionAttributeNames: { '#at': 'at' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      found += 1;
      const record = item as Pick<
        AuditRecord,
        'id' | 'at' | 'actorId' | 'entityType' | 'entityId' | 'entityVersion'
      > & { pk: string; sk: string };
      const keys = auditIndexKeys({ ...record, entityVersion: record.entityVersion ?? null });
      try {
        await documents.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: record.pk, sk: record.sk },
            UpdateExpression:
              'SET gsi1pk = :g1pk, gsi1sk = :g1sk, gsi2pk = :g2pk, gsi2sk = :g2sk, gsi3pk = :g3pk, gsi3sk = :g3sk',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
            ExpressionAttributeValues: {
              ':g1pk': keys.gsi1pk,
              ':g1sk': keys.gsi1sk,
              ':g2pk': keys.gsi2pk,
              ':g2sk': keys.gsi2sk,
              ':g3pk': keys.gsi3pk,
              ':g3sk': keys.gsi3sk,
            },
          }),
        );
        indexed += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    onProgress({ found, indexed });
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return { found, indexed };
}

/**
 * Runs the backfill unless a previous run on this table finished (its marker item), then leaves the
 * marker. For `npm start`: repeated starts cost one GetItem.
 */
export async function backfillAuditIndexesOnce(
  documents: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
): Promise<AuditIndexBackfill | undefined> {
  const done = await documents.send(
    new GetCommand({ TableName: tableName, Key: AUDIT_INDEX_MIGRATION_KEY, ConsistentRead: true }),
  );
  if (done.Item !== undefined) return undefined;
  const result = await backfillAuditIndexes(documents, tableName);
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...AUDIT_INDEX_MIGRATION_KEY, entity: 'Migration', completedAt: now.toISOString(), ...result },
    }),
  );
  return result;
}
