import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import { AUDIT_ENTITY, AUDIT_PK_PREFIX } from '#adapters/events/stream-records';
import type { AuditRecord } from '#domain/audit/audit-record';
import { EVENT_SOURCE_ENTITY_TYPES, eventFromAuditRecord } from '#domain/events/from-audit-record';
import { countEvent } from '#use-cases/statistics/count-event';

// Lives beside the operator's script, outside functions/: no Lambda may Scan (infra/constructs/table-grants.ts),
// so this runs only in `npm start` and with an operator's credentials (`npm run migrate:statistics`).

/** Marks the backfill as done, so that `npm start` does not scan the table again. */
export const STATISTICS_MIGRATION_KEY = { pk: 'MIGRATION#STATISTICS', sk: 'MIGRATION' } as const;

export interface StatisticsBackfill {
  /** Audit records read (of the entity types events come from). */
  readonly records: number;
  /** Events they stand for that count for something. */
  readonly counted: number;
  /** Of those, already counted before (by the live consumer, or an earlier run): unchanged. */
  readonly duplicates: number;
  /** Records that could not be counted (their error is logged); the run is then not marked done. */
  readonly failed: number;
}

/**
 * The one-off rebuild of the programme statistics (issue 17) from the records that existed before them:
 * every audit record is turned into its event with the same derivation as the pipe
 * (`eventFromAuditRecord`), and each event is counted with the same use case as the live consumer
 * (`countEvent`). An event id is its audit record's id, and a counted event leaves a marker in the same
 * transaction as its counters, so the backfill and the live consumer can run at once, and the backfill
 * again, without counting anything twice: the counters end as if every event had been delivered once.
 *
 * Finding the records needs a Scan, which no function is granted: in AWS an operator runs it once after
 * deploying the statistics (`npm run migrate:statistics`, docs/operators.md); `npm start` runs it on its
 * local table until done.
 */
export async function backfillStatistics(
  documents: DynamoDBDocumentClient,
  tableName: string,
  options: {
    readonly onProgress?: (progress: StatisticsBackfill) => void;
    readonly onError?: (record: string, error: unknown) => void;
    /** Events counted at once (each is one small transaction). */
    readonly concurrency?: number;
  } = {},
): Promise<StatisticsBackfill> {
  const statistics = new DynamoStatistics(documents, tableName);
  const ports = { counters: statistics, facts: statistics };
  const limit = pLimit(options.concurrency ?? 8);
  const types = EVENT_SOURCE_ENTITY_TYPES();
  const progress = { records: 0, counted: 0, duplicates: 0, failed: 0 };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: `begins_with(pk, :audit) AND entity = :entity AND entityType IN (${types
          .map((_, index) => `:t${index}`)
          .join(', ')})`,
        ExpressionAttributeValues: {
          ':audit': AUDIT_PK_PREFIX,
          ':entity': AUDIT_ENTITY,
          ...Object.fromEntries(types.map((type, index) => [`:t${index}`, type])),
        },
        ExclusiveStartKey: startKey,
      }),
    );
    await Promise.all(
      (page.Items ?? []).map((item) =>
        limit(async () => {
          progress.records += 1;
          try {
            const event = eventFromAuditRecord(auditRecordOf(item));
            if (event === undefined) return;
            const outcome = await countEvent(event, ports);
            if (outcome === 'counted') progress.counted += 1;
            if (outcome === 'duplicate') progress.duplicates += 1;
          } catch (error) {
            progress.failed += 1;
            options.onError?.(String(item['pk']), error);
          }
        }),
      ),
    );
    options.onProgress?.({ ...progress });
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return { ...progress };
}

/** An audit item as stored: before and after are the JSON text written in the change's transaction. */
function auditRecordOf(item: Record<string, unknown>): AuditRecord {
  const state = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  return {
    id: String(item['id']),
    at: String(item['at']),
    actorId: String(item['actorId']),
    actorRole: String(item['actorRole']),
    operation: String(item['operation']),
    entityType: item['entityType'] as AuditRecord['entityType'],
    entityId: String(item['entityId']),
    before: state(item['before'] ?? null),
    after: state(item['after'] ?? null),
    entityVersion: typeof item['entityVersion'] === 'number' ? item['entityVersion'] : null,
  };
}

/**
 * Runs the backfill unless a previous run on this table finished (its marker item), then leaves the
 * marker — unless some records could not be counted, so that the next start tries again. For `npm start`:
 * repeated starts cost one GetItem.
 */
export async function backfillStatisticsOnce(
  documents: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
  onError: (record: string, error: unknown) => void = (record, error) =>
    console.warn(`statistics backfill: ${record} not counted:`, error),
): Promise<StatisticsBackfill | undefined> {
  const done = await documents.send(
    new GetCommand({ TableName: tableName, Key: STATISTICS_MIGRATION_KEY, ConsistentRead: true }),
  );
  if (done.Item !== undefined) return undefined;
  const result = await backfillStatistics(documents, tableName, { onError });
  if (result.failed === 0) await markStatisticsBackfilled(documents, tableName, now, result);
  return result;
}

/** The marker that the statistics were rebuilt on this table. */
export async function markStatisticsBackfilled(
  documents: DynamoDBDocumentClient,
  tableName: string,
  now: Date,
  result: StatisticsBackfill,
): Promise<void> {
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...STATISTICS_MIGRATION_KEY, entity: 'Migration', completedAt: now.toISOString(), ...result },
    }),
  );
}
