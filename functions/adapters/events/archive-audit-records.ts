import { auditArchiveBody, auditArchiveKey } from '#domain/audit/audit-archive';
import type { AuditArchive } from '#domain/audit/audit-archive';
import type { StreamRecordLike } from './stream-records.ts';
import { auditRecordFromImage, isAuditInsert } from './stream-records.ts';

export interface ArchiveOutcome {
  readonly archived: number;
  readonly already: number;
  /** Indexes of the records that could not be archived (the batch is retried from the first of them). */
  readonly failed: readonly number[];
}

/**
 * Copies the audit records of a batch of stream records into the write-once archive, each once whatever
 * how often it is delivered. Records that are not audit insertions are skipped (in AWS the event source
 * mapping's filter already leaves them out). A record that cannot be read or written is reported, and the
 * records after it are not attempted, so that the stream retries from it in order.
 */
export async function archiveAuditRecords(
  records: readonly StreamRecordLike[],
  archive: AuditArchive,
): Promise<ArchiveOutcome> {
  let archived = 0;
  let already = 0;
  for (const [index, record] of records.entries()) {
    const image = record.dynamodb?.NewImage;
    if (!isAuditInsert(record) || image === undefined) continue;
    try {
      const audit = auditRecordFromImage(image);
      const outcome = await archive.putOnce(auditArchiveKey(audit), auditArchiveBody(audit));
      if (outcome === 'archived') archived += 1;
      else already += 1;
    } catch {
      return { archived, already, failed: [index] };
    }
  }
  return { archived, already, failed: [] };
}
