import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { ensureTable } from '#adapters/dynamodb/ensure-table';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';

const client = createDynamoClient({ endpoint: inject('dynamodbEndpoint'), region: 'local' });
const created: string[] = [];
afterAll(async () => {
  for (const TableName of created) await client.send(new DeleteTableCommand({ TableName }));
  client.destroy();
});

async function describeTable(TableName: string) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName }));
  return Table;
}

describe('ensureTable (DynamoDB Local)', () => {
  it('creates the table with the keys and indexes of the shared design, on demand', async () => {
    const name = `ensure-${randomUUID()}`;
    created.push(name);
    await expect(ensureTable(client, name, TABLE_DESIGN)).resolves.toBe('created');
    const table = await describeTable(name);
    expect(table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect((table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual([
      'gsi1',
      'gsi2',
      'gsi3',
    ]);
  });

  it('leaves an existing table as it is when run again', async () => {
    const name = `ensure-${randomUUID()}`;
    created.push(name);
    await ensureTable(client, name, TABLE_DESIGN);
    await expect(ensureTable(client, name, TABLE_DESIGN)).resolves.toBe('existing');
  });

  it('adds the indexes an older table lacks', async () => {
    const name = `ensure-${randomUUID()}`;
    created.push(name);
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
    await ensureTable(client, name, TABLE_DESIGN);
    const table = await describeTable(name);
    expect((table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual([
      'gsi1',
      'gsi2',
      'gsi3',
    ]);
    // Issue 17: and the stream domain events are read from.
    expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });

  it('creates the table with its stream of new images (issue 17: domain events are read from it)', async () => {
    const name = `ensure-${randomUUID()}`;
    created.push(name);
    await ensureTable(client, name, TABLE_DESIGN);
    const table = await describeTable(name);
    expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
    expect(table?.LatestStreamArn).toMatch(/stream/);
  });
});
