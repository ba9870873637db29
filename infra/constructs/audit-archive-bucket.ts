import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Bucket, ObjectLockRetention } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PRIVATE_BUCKET } from './attachments-bucket.ts';

/**
 * How long each archived audit record is locked, by default: 30 years, the longest period 《会计档案管理办法》
 * (财政部 国家档案局令第79号) sets for accounting vouchers and books, which the trail of subsidy payments
 * supports. Compliance mode cannot be shortened once set, so a district choosing less passes
 * `-c auditArchiveRetentionYears=…` before the first deployment.
 */
export const DEFAULT_AUDIT_ARCHIVE_RETENTION_YEARS = 30;

/** Where archived records are written (functions/domain/audit/audit-archive.ts, `auditArchiveKey`). */
export const AUDIT_ARCHIVE_PREFIX = 'audit/';

export interface AuditArchiveBucketProps {
  readonly retentionYears: number;
  /** Where its server access logs go (the attachments' access-log bucket, under `audit-archive/`). */
  readonly accessLogs: IBucket;
}

/**
 * The write-once copy of the audit trail (issue 17): S3 Object Lock in compliance mode with a default
 * retention, so every object written is locked for that long against every user, root included;
 * versioned (Object Lock requires it), private, encrypted, TLS only, logged and retained.
 */
export class AuditArchiveBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: AuditArchiveBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(365 * props.retentionYears)),
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'audit-archive/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
