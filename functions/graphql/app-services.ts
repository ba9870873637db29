import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { BUILD_INFO } from '#config/build-info';
import type { ApiMode } from '#config/env';
import type { Clock } from '#domain/clock';
import type { AppServices } from './context.ts';

/** Wires the adapters behind the domain's ports. Called once per process by a composition root. */
export function createAppServices(options: {
  readonly mode: ApiMode;
  readonly dynamo: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
}): AppServices {
  const documents = createDocumentClient(options.dynamo);
  return {
    build: { ...BUILD_INFO, mode: options.mode },
    clock: options.clock,
    towns: new DynamoTownRepository(documents, options.tableName),
  };
}
