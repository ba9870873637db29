import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { AttributeDefinition, DynamoDBClient, GlobalSecondaryIndex } from '@aws-sdk/client-dynamodb';
import type { GlobalIndexDesign, TableDesign } from './table-design.ts';

const toGsi = (index: GlobalIndexDesign): GlobalSecondaryIndex => ({
  IndexName: index.indexName,
  KeySchema: [
    { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
    { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
});

function attributeDefinitions(design: TableDesign): AttributeDefinition[] {
  const keys = [
    design.partitionKey,
    design.sortKey,
    ...design.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type }));
}

/**
 * Creates the table from the shared design when it is missing, and adds any index the design gained
 * since (one at a time, as DynamoDB requires) and its stream if it has none yet. Used by `npm start` and
 * the integration tests; in AWS CloudFormation owns the table.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  design: TableDesign,
): Promise<'created' | 'existing'> {
  let existingIndexes: string[];
  let streamed: boolean;
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    existingIndexes = (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName ?? '');
    streamed = Table?.StreamSpecification?.StreamEnabled === true;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(design),
        KeySchema: [
          { AttributeName: design.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: design.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: design.globalIndexes.map(toGsi),
        StreamSpecification: { StreamEnabled: true, StreamViewType: design.streamViewType },
      }),
    );
    await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: design.timeToLiveAttribute, Enabled: true },
      }),
    );
    return 'created';
  }
  // A table made before the design had its stream (a developer's .data/dynamodb) gets it now.
  if (!streamed)
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        StreamSpecification: { StreamEnabled: true, StreamViewType: design.streamViewType },
      }),
    );
  for (const index of design.globalIndexes.filter((i) => !existingIndexes.includes(i.indexName))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions(design),
        GlobalSecondaryIndexUpdates: [{ Create: toGsi(index) }],
      }),
    );
  }
  return 'existing';
}
