/**
 * The write-once audit archive (issue 17): an event source mapping reads the table's stream, keeps only
 * inserted audit records (its filter), and hands them here; each is written once into the archive bucket
 * (S3 Object Lock, compliance mode). A record that cannot be archived is reported as the batch's failure,
 * so Lambda retries from it (bisecting), then sends its position to the dead-letter queue (alarmed).
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { archiveAuditRecords } from '#adapters/events/archive-audit-records';
import { S3AuditArchive } from '#adapters/files/s3-audit-archive';
import { logger } from '#adapters/observability/powertools';
import { requireEnv } from '#config/env';

const archive = new S3AuditArchive(new S3Client({}), requireEnv(process.env, 'AUDIT_ARCHIVE_BUCKET'));

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const outcome = await archiveAuditRecords(event.Records, archive);
  // No custom metric: the dead-letter queue's depth is what is alarmed (issue 19 counts metric names).
  logger.info('audit records archived', { ...outcome, records: event.Records.length });
  return {
    batchItemFailures: outcome.failed.map((index) => ({
      itemIdentifier: event.Records[index]?.dynamodb?.SequenceNumber ?? '',
    })),
  };
}
