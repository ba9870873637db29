import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ATTACHMENT_OWNER_TYPES } from '#domain/attachments/attachment';

export interface AttachmentsBucketProps {
  /** Browser origins of the front ends, which upload and download with pre-signed URLs. */
  readonly allowedOrigins: readonly string[];
}

/**
 * Every bucket of the service: no public access, SSE-S3 encryption, TLS only, no ACLs (the owner owns
 * every object).
 */
export const PRIVATE_BUCKET = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
} as const;

/**
 * Where payment-batch exports are written (functions/use-cases/payments/export.ts: `exports/<batch>/v<n>.csv`),
 * and audit-trail exports (functions/use-cases/audit/export-audit-records.ts: `exports/audit/<id>.csv`).
 * They carry payees' bank accounts and records' before and after, and are only ever fetched through a
 * short-lived link, so they expire after a day, old versions included; asked for again, an export is
 * written anew.
 */
export const PAYMENT_EXPORTS_PREFIX = 'exports/';
const PAYMENT_EXPORT_RETENTION = Duration.days(1);

/**
 * The prefixes of the files kept for good, each moved to S3 Intelligent-Tiering: attachments, under their
 * owner type (functions/use-cases/diagnosis/attachments.ts: `<ownerType lowercased>/<ownerId>/<id>`, so
 * `report/`, `application/` and `import/`), and the reports of certification imports
 * (functions/use-cases/benchmark/certification-imports.ts: `imports/<id>/report-v<n>.csv`, written once and
 * kept). One rule a prefix because a lifecycle rule filters on a prefix and cannot say "all but
 * `exports/`"; a rule for the whole bucket would also move every export the day before it expires, for a
 * transition charge and nothing saved. A key under a prefix not named here simply stays in S3 Standard.
 */
export const KEPT_PREFIXES: readonly string[] = [
  ...ATTACHMENT_OWNER_TYPES.map((ownerType) => `${ownerType.toLowerCase()}/`),
  'imports/',
];

/** Long enough to trace who fetched a file well after the function's own logs (six months) are gone. */
const ACCESS_LOG_RETENTION = Duration.days(365);

/**
 * Where attachment files live (application documents, diagnosis reports, invoices). Private, encrypted,
 * TLS only, versioned so that an overwritten or deleted file can be recovered for 90 days, with server
 * access logs in a bucket of their own. Clients reach it only through URLs the GraphQL function signs;
 * retained when the stack goes, like the table.
 */
export class AttachmentsBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: AttachmentsBucketProps) {
    super(scope, id);
    // Log delivery through a bucket policy for the logging service, not the legacy LogDeliveryWrite ACL:
    // ACLs stay disabled on both buckets (BucketOwnerEnforced). Scoped to this construct.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      // S3 server access logging can deliver only to a bucket with SSE-S3 default encryption, as here.
      ...PRIVATE_BUCKET,
      lifecycleRules: [{ expiration: ACCESS_LOG_RETENTION }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the attachments bucket; logging it too would need yet another bucket, and so on. Only the S3 logging service writes to it.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'attachments/',
      lifecycleRules: [
        // A client that gives up mid-upload leaves parts that are billed but never visible.
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(90) },
        {
          id: 'expire-payment-exports',
          prefix: PAYMENT_EXPORTS_PREFIX,
          expiration: PAYMENT_EXPORT_RETENTION,
          noncurrentVersionExpiration: PAYMENT_EXPORT_RETENTION,
        },
        // Expiring a current version in a versioned bucket leaves a delete marker; remove it once alone.
        {
          id: 'remove-export-delete-markers',
          prefix: PAYMENT_EXPORTS_PREFIX,
          expiredObjectDeleteMarker: true,
        },
        // Files are written once, read while their application is under way and rarely after, yet must
        // open at once for an audit years later (issue 19: they were all billed at S3 Standard). In
        // Intelligent-Tiering a file not read for 30 days costs the Infrequent Access rate, after 90 days
        // the Archive Instant Access rate (about a sixth of Standard), still read in milliseconds with no
        // retrieval fee, and a read brings it back to Frequent Access. The optional Archive Access and Deep
        // Archive Access tiers are left off: a file there needs a restore of hours before it can be read.
        // Moved at once (0 days): Frequent Access costs what Standard does, and the tiers count their own
        // 30 and 90 days from the last read. Objects under 128 KB are not transitioned by a lifecycle rule (and Intelligent-Tiering
        // would neither monitor nor move them, billing them at the Frequent Access rate, which is
        // Standard's): they stay in Standard. Current versions only; old ones expire after 90 days (above).
        ...KEPT_PREFIXES.map((prefix) => ({
          id: `intelligent-tiering-${prefix.replace(/\/$/, '')}`,
          prefix,
          transitions: [
            { storageClass: StorageClass.INTELLIGENT_TIERING, transitionAfter: Duration.days(0) },
          ],
        })),
      ],
      cors: [
        {
          allowedOrigins: [...props.allowedOrigins],
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          // What a pre-signed upload carries besides content-length, which browsers set themselves.
          allowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
          exposedHeaders: ['etag', 'x-amz-checksum-sha256', 'content-disposition'],
          maxAge: 3600,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** The import function reads the lists the commission uploaded (attachments of owner type IMPORT). */
  grantReadLists(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects('import/*')] }),
    );
  }

  /**
   * What the signer of pre-signed URLs needs, and nothing more: a URL carries its signer's permissions,
   * so objects can be written and read (HeadObject is covered by s3:GetObject) but never deleted, listed
   * or shared through ACLs. Written out rather than `grantReadWrite`, which adds delete and list.
   */
  grantPresign(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [this.bucket.arnForObjects('*')],
      }),
    );
  }
}
