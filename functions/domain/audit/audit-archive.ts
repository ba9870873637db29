import { cstDate } from '../time/cst.ts';
import type { AuditRecord } from './audit-record.ts';

/**
 * The write-once copy of the audit trail (issue 17): every audit record, as committed, kept as one object
 * in a bucket under S3 Object Lock in compliance mode, so that no one — not the service, not an
 * administrator, not the account's root user — can change or remove it before its retention ends. The
 * table's own audit items are guarded by IAM only against updates and deletes (README, "What IAM can and
 * cannot guard"); this copy is what an inspector compares them with.
 */

/** Where an audit record goes in the archive: by its CST day, then its id (which is unique). */
export function auditArchiveKey(record: Pick<AuditRecord, 'id' | 'at'>): string {
  const [year, month, day] = cstDate(new Date(record.at)).split('-');
  return `audit/${year}/${month}/${day}/${record.id}.json`;
}

/** The object's body: the record whole, before and after as they were written. */
export function auditArchiveBody(record: AuditRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** The bucket, as the archiver sees it. */
export interface AuditArchive {
  /**
   * Writes the object unless one is already there under the key: `'archived'`, or `'already'` when an
   * earlier delivery of the same record wrote it (the stream delivers at least once). Never overwrites.
   */
  putOnce(key: string, body: string): Promise<'archived' | 'already'>;
}
