import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { AlarmNotifications } from '../constructs/alarm-notifications.ts';
import { AttachmentsBucket } from '../constructs/attachments-bucket.ts';
import { DataTable } from '../constructs/data-table.ts';
import { Identity } from '../constructs/identity.ts';
import { AuditArchiveBucket } from '../constructs/audit-archive-bucket.ts';
import { ImportsBucket } from '../constructs/imports-bucket.ts';
import type { Bucket } from 'aws-cdk-lib/aws-s3';

export interface StatefulStackProps extends StackProps {
  /** Browser origins of the front ends, allowed to upload and download attachments directly. */
  readonly allowedOrigins: readonly string[];
  /** Where Cognito may send users after sign-in and sign-out (authorization-code flow). */
  readonly callbackUrls: readonly string[];
  readonly logoutUrls: readonly string[];
  /** The prefix of the Cognito domain serving the sign-in pages. */
  readonly authDomainPrefix: string;
  /** The table's maximum on-demand request units per second. */
  readonly tableMaxReadRequestUnits: number;
  readonly tableMaxWriteRequestUnits: number;
  /** Who the alarm topic notifies (context `alarmEmails`, `alarmSmsNumbers`). */
  readonly alarmEmails: readonly string[];
  readonly alarmSmsNumbers: readonly string[];
  /** Years each record of the write-once audit archive is locked. */
  readonly auditArchiveRetentionYears: number;
}

/**
 * What holds state and must outlive deployments: the table, the user pool, the attachments bucket and
 * the bucket of lists to import. All are retained.
 */
export class StatefulStack extends Stack {
  readonly table: TableV2;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  readonly attachments: AttachmentsBucket;
  readonly imports: ImportsBucket;
  /** The write-once copy of the audit trail (S3 Object Lock, compliance mode). */
  readonly auditArchive: Bucket;
  /** The topic every alarm of the app notifies (`NotifyOnAlarms`, applied in app-builder). */
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = new DataTable(this, 'Data', {
      maxReadRequestUnits: props.tableMaxReadRequestUnits,
      maxWriteRequestUnits: props.tableMaxWriteRequestUnits,
    }).table;
    const identity = new Identity(this, 'Identity', {
      callbackUrls: props.callbackUrls,
      logoutUrls: props.logoutUrls,
      domainPrefix: props.authDomainPrefix,
    });
    new CfnOutput(this, 'SignInBaseUrl', {
      value: identity.signInBaseUrl,
      description: 'Cognito sign-in pages (authorization-code flow with PKCE) for the front ends',
    });
    this.userPool = identity.userPool;
    this.appClient = identity.appClient;
    this.attachments = new AttachmentsBucket(this, 'Attachments', { allowedOrigins: props.allowedOrigins });
    this.imports = new ImportsBucket(this, 'Imports', { accessLogs: this.attachments.accessLogs });
    this.auditArchive = new AuditArchiveBucket(this, 'AuditArchive', {
      retentionYears: props.auditArchiveRetentionYears,
      accessLogs: this.attachments.accessLogs,
    }).bucket;
    new CfnOutput(this, 'AuditArchiveBucketName', {
      value: this.auditArchive.bucketName,
      description:
        'Write-once copy of the audit trail (Object Lock, compliance mode), audit/<CST yyyy/mm/dd>/<id>.json',
    });
    this.alarmTopic = new AlarmNotifications(this, 'AlarmNotifications', {
      emails: props.alarmEmails,
      smsNumbers: props.alarmSmsNumbers,
    }).topic;
    // Issue 18: what operators need after a deployment (README, "Deploying").
    new CfnOutput(this, 'ImportsBucketName', {
      value: this.imports.bucket.bucketName,
      description: 'Drop municipal and national certification lists here (any key) to import them',
    });
    new CfnOutput(this, 'AttachmentsBucketName', {
      value: this.attachments.bucket.bucketName,
      description: 'Uploaded materials, import files and payment exports (exports/ expire after a day)',
    });
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'The DynamoDB table (TABLE_NAME for npm run migrate:audit-index)',
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarmTopic.topicArn,
      description: 'SNS topic every alarm notifies; subscribe more with aws sns subscribe',
    });
  }
}
