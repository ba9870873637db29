import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { optionalEnv } from '#config/env';
import type { RunningDynamoDbLocal } from '../local/dynamodb-local.ts';
import { freePort, startDynamoDbLocal } from '../local/dynamodb-local.ts';

/** DynamoDB for a bench: the endpoint in DYNAMODB_ENDPOINT, or an in-memory DynamoDB Local for the run. */
export async function benchDynamo(): Promise<{ dynamo: DynamoDBClient; close: () => Promise<void> }> {
  const external = optionalEnv(process.env, 'DYNAMODB_ENDPOINT');
  let local: RunningDynamoDbLocal | undefined;
  if (external === undefined) local = await startDynamoDbLocal({ port: await freePort() });
  const dynamo = createDynamoClient({ endpoint: external ?? local?.endpoint, region: 'local' });
  return {
    dynamo,
    close: async () => {
      dynamo.destroy();
      await local?.stop();
    },
  };
}
