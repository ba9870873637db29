import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { KeyAttribute } from '#adapters/dynamodb/table-design';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';

const toAttribute = (key: KeyAttribute): Attribute => ({
  name: key.name,
  type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

export interface DataTableProps {
  /**
   * The most request units per second the table (and each index, which inherits them) serves on demand:
   * past them DynamoDB throttles rather than bills, so a flood of requests costs a bounded amount.
   */
  readonly maxReadRequestUnits: number;
  readonly maxWriteRequestUnits: number;
}

/**
 * The single table, built from the same design `npm start` uses for DynamoDB Local
 * (functions/adapters/dynamodb/table-design.ts; key layouts in KEY-DESIGN.md beside it).
 * On-demand with a maximum throughput, point-in-time recovery, deletion protection, encrypted, retained when the stack goes.
 * Its stream (new images) carries the audit records domain events are taken from (infra/constructs/domain-events.ts).
 */
export class DataTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: toAttribute(TABLE_DESIGN.partitionKey),
      sortKey: toAttribute(TABLE_DESIGN.sortKey),
      globalSecondaryIndexes: TABLE_DESIGN.globalIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: toAttribute(index.partitionKey),
        sortKey: toAttribute(index.sortKey),
        // Explicit rather than inherited: every index is bounded as the table is.
        maxReadRequestUnits: props.maxReadRequestUnits,
        maxWriteRequestUnits: props.maxWriteRequestUnits,
      })),
      billing: Billing.onDemand({
        maxReadRequestUnits: props.maxReadRequestUnits,
        maxWriteRequestUnits: props.maxWriteRequestUnits,
      }),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: TABLE_DESIGN.timeToLiveAttribute,
      dynamoStream: StreamViewType[TABLE_DESIGN.streamViewType],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
