import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';

/** Item reads and writes, including transactions; no table management, no Scan. */
const DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * Least privilege for a function that works on the table's data: the actions above on the table and on
 * each of its named indexes (no `index/*` wildcard). Transactions need no action of their own.
 */
export function grantTableData(grantee: IGrantable, table: TableV2): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: DATA_ACTIONS,
      resources: [
        table.tableArn,
        ...TABLE_DESIGN.globalIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      ],
    }),
  );
  // Audit records are written once, inside the change's transaction, and never changed or deleted:
  // even code running with this role cannot update or delete an item whose partition is an audit trail.
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.DENY,
      actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
    }),
  );
}
