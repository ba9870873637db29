import type { TestProject } from 'vitest/node';
import { isLoopback } from '#adapters/dynamodb/client';
import type { RunningDynamoDbLocal } from '../../local/dynamodb-local.ts';
import { freePort, startDynamoDbLocal } from '../../local/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

let running: RunningDynamoDbLocal | undefined;

/**
 * Integration tests run against real DynamoDB: an in-memory DynamoDB Local started here, or the endpoint
 * in DYNAMODB_ENDPOINT, which must be on this machine so that no test can touch AWS by accident.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['DYNAMODB_ENDPOINT'];
  if (external !== undefined && external !== '') {
    if (!isLoopback(external)) {
      throw new Error(`tests refuse to run against ${external}: DYNAMODB_ENDPOINT must be a local endpoint`);
    }
    project.provide('dynamodbEndpoint', external);
    return async () => {};
  }
  running = await startDynamoDbLocal({ port: await freePort() });
  project.provide('dynamodbEndpoint', running.endpoint);
  return async () => {
    await running?.stop();
  };
}
