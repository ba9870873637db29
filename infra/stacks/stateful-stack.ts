import { Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { AttachmentsBucket } from '../constructs/attachments-bucket.ts';
import { DataTable } from '../constructs/data-table.ts';
import { Identity } from '../constructs/identity.ts';

export interface StatefulStackProps extends StackProps {
  /** Browser origins of the front ends, allowed to upload and download attachments directly. */
  readonly allowedOrigins: readonly string[];
}

/**
 * What holds state and must outlive deployments: the table, the user pool and the attachments bucket.
 * All are retained.
 */
export class StatefulStack extends Stack {
  readonly table: TableV2;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  readonly attachments: AttachmentsBucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = new DataTable(this, 'Data').table;
    const identity = new Identity(this, 'Identity');
    this.userPool = identity.userPool;
    this.appClient = identity.appClient;
    this.attachments = new AttachmentsBucket(this, 'Attachments', { allowedOrigins: props.allowedOrigins });
  }
}
