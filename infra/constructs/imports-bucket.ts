import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { PRIVATE_BUCKET } from './attachments-bucket.ts';
import { Construct } from 'constructs';

export interface ImportsBucketProps {
  /** Where its server access logs go (the attachments' access-log bucket, under `imports/`). */
  readonly accessLogs: IBucket;
}

/**
 * Where operators drop the municipal and national lists (R6.7b): each new object is announced on
 * EventBridge, whose rule (in the stateless stack) runs the import Lambda — so that the bucket, which is
 * state, does not depend on the function, which is code. Private, encrypted, TLS only, versioned,
 * logged and retained, like the attachments bucket; a list is kept a year after it is replaced.
 */
export class ImportsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: ImportsBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      eventBridgeEnabled: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'imports/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(365) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** The import function reads the lists; it never writes, deletes or lists them. */
  grantRead(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects('*')] }),
    );
  }
}
