import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Conflict, InProgress } from '#domain/errors';
import type { Idempotency } from '#domain/idempotency';

/** How long a key is remembered: a client retrying within a day gets the first answer. */
const KEEP_SECONDS = 24 * 60 * 60;

/** How long a request may run before a retry under its key is let through. */
const IN_PROGRESS_MS = 2 * 60 * 1000;

function idempotencyConfig(): IdempotencyConfig {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: '[operation, key]',
    payloadValidationJmesPath: 'request',
    expiresAfterSeconds: KEEP_SECONDS,
    throwOnNoIdempotencyKey: true,
  });
  // Outside a Lambda invocation there is no deadline to read: a request still in progress after two
  // minutes (its process died) no longer blocks a retry under the same key.
  config.registerLambdaContext({ getRemainingTimeInMillis: () => IN_PROGRESS_MS } as Context);
  return config;
}

/**
 * Idempotency records in the single table with Powertools for AWS Lambda: pk `IDEMPOTENCY`, sk the
 * hashed operation, caller and key; the table's TTL attribute `expiresAt` removes them after a day.
 */
export class DynamoIdempotency implements Idempotency {
  private readonly store: DynamoDBPersistenceLayer;

  constructor(dynamo: DynamoDBClient, tableName: string) {
    this.store = new DynamoDBPersistenceLayer({
      tableName,
      awsSdkV3Client: dynamo,
      keyAttr: 'pk',
      sortKeyAttr: 'sk',
      staticPkValue: 'IDEMPOTENCY',
      expiryAttr: 'expiresAt',
    });
  }

  async once<T>(
    operation: string,
    key: string,
    request: Record<string, unknown>,
    work: () => Promise<T>,
  ): Promise<T> {
    // The payload only names the request (its key, and a hash of it to validate); the work is the closure's.
    const once: (payload: { operation: string; key: string; request: unknown }) => Promise<T> = () => work();
    const run = makeIdempotent(once, {
      persistenceStore: this.store,
      keyPrefix: 'smart-factory-awards',
      config: idempotencyConfig(),
    });
    try {
      return await run({ operation, key, request });
    } catch (error) {
      if (error instanceof IdempotencyAlreadyInProgressError)
        throw new InProgress(
          `the request with idempotency key "${key}" is still being processed; ask again shortly`,
        );
      if (error instanceof IdempotencyValidationError)
        throw new Conflict(`the idempotency key "${key}" was already used for a different request`);
      throw error;
    }
  }
}
