import { describe, expect, it } from 'vitest';
import { archiveAuditRecords } from '#adapters/events/archive-audit-records';
import { auditArchiveKey } from '#domain/audit/audit-archive';
import type { AuditArchive } from '#domain/audit/audit-archive';
import { auditRecord, SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { AuditRecord } from '#domain/audit/audit-record';
import { streamRecord } from '../../../support/stream-records.ts';

/**
 * Issue 17: the write-once audit archive. The bucket is a fake with S3's conditional-write answer (an
 * object already under the key is never replaced), so this proves the archiver's own logic only; the
 * bucket's lock is asserted on the synthesized template (tests/infra/audit-archive.test.ts).
 */
class FakeArchive implements AuditArchive {
  readonly objects = new Map<string, string>();
  failOn: string | undefined;

  putOnce(key: string, body: string): Promise<'archived' | 'already'> {
    if (key === this.failOn) return Promise.reject(new Error('S3 unavailable'));
    if (this.objects.has(key)) return Promise.resolve('already');
    this.objects.set(key, body);
    return Promise.resolve('archived');
  }
}

const record = (at: string, entityId: string): AuditRecord =>
  auditRecord(SYSTEM_ACTOR, new Date(at), {
    operation: 'createEnterprise',
    entityType: 'ENTERPRISE',
    entityId,
    before: null,
    after: { creditCode: entityId, version: 1 },
  });

describe('the audit archiver (issue 17)', () => {
  it('files a record under its China Standard Time day: 23:30 CST on 12-01 is 12-01, 00:30 CST on 12-02 is 12-02', () => {
    const late = record('2026-12-01T15:30:00.000Z', 'A');
    const early = record('2026-12-01T16:30:00.000Z', 'B');
    expect(auditArchiveKey(late)).toBe(`audit/2026/12/01/${late.id}.json`);
    expect(auditArchiveKey(early)).toBe(`audit/2026/12/02/${early.id}.json`);
  });

  it('writes each inserted audit record once, whole, however often the stream delivers it', async () => {
    const archive = new FakeArchive();
    const first = record('2026-12-01T02:00:00.000Z', 'A');
    const second = record('2026-12-01T03:00:00.000Z', 'B');
    const batch = [streamRecord(first), streamRecord(second)];
    expect(await archiveAuditRecords(batch, archive)).toEqual({ archived: 2, already: 0, failed: [] });
    expect(await archiveAuditRecords(batch, archive)).toEqual({ archived: 0, already: 2, failed: [] });
    expect(archive.objects.size).toBe(2);
    expect(JSON.parse(archive.objects.get(auditArchiveKey(first)) ?? '')).toEqual(first);
  });

  it('skips what is not an audit insertion (a modified item)', async () => {
    const archive = new FakeArchive();
    const outcome = await archiveAuditRecords(
      [streamRecord(record('2026-12-01T02:00:00.000Z', 'A'), 'MODIFY')],
      archive,
    );
    expect(outcome).toEqual({ archived: 0, already: 0, failed: [] });
    expect(archive.objects.size).toBe(0);
  });

  it('reports the first record it could not write and attempts none after it, so the stream retries in order', async () => {
    const archive = new FakeArchive();
    const records = ['A', 'B', 'C'].map((id, hour) => record(`2026-12-01T0${hour}:00:00.000Z`, id));
    archive.failOn = auditArchiveKey(records[1] as AuditRecord);
    const outcome = await archiveAuditRecords(
      records.map((audit) => streamRecord(audit)),
      archive,
    );
    expect(outcome).toEqual({ archived: 1, already: 0, failed: [1] });
    expect([...archive.objects.keys()]).toEqual([auditArchiveKey(records[0] as AuditRecord)]);
  });
});
