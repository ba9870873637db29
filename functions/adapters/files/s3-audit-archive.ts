import { PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AuditArchive } from '#domain/audit/audit-archive';

/**
 * The audit archive bucket (Object Lock, compliance mode: its default retention applies to every object
 * written). `If-None-Match: *` makes the write conditional on no object being there, so a record
 * delivered twice is written once and the second write answers 412, which is not an error here. The
 * SHA-256 checksum is what S3 requires of a write to a bucket with Object Lock.
 */
export class S3AuditArchive implements AuditArchive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async putOnce(key: string, body: string): Promise<'archived' | 'already'> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: 'application/json; charset=utf-8',
          IfNoneMatch: '*',
          ChecksumAlgorithm: 'SHA256',
        }),
      );
      return 'archived';
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412) return 'already';
      throw error;
    }
  }
}
