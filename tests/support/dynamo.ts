import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDynamoClient, isLoopback } from '#adapters/dynamodb/client';
import { ensureTable } from '#adapters/dynamodb/ensure-table';
import { TABLE_DESIGN } from '#adapters/dynamodb/table-design';

export interface TestTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly endpoint: string;
  drop(): Promise<void>;
}

/** A fresh table, built from the production design, on the run's local DynamoDB. */
export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamodbEndpoint');
  if (!isLoopback(endpoint)) throw new Error(`refusing to run against non-local DynamoDB ${endpoint}`);
  const client = createDynamoClient({ endpoint, region: 'local' });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName, TABLE_DESIGN);
  return {
    client,
    tableName,
    endpoint,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}
