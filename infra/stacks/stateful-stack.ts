import { Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { DataTable } from '../constructs/data-table.ts';
import { Identity } from '../constructs/identity.ts';

/** What holds state and must outlive deployments: the table and the user pool. Both are retained. */
export class StatefulStack extends Stack {
  readonly table: TableV2;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.table = new DataTable(this, 'Data').table;
    const identity = new Identity(this, 'Identity');
    this.userPool = identity.userPool;
    this.appClient = identity.appClient;
  }
}
