import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  readonly region: string;
  /** Set for DynamoDB Local or another DynamoDB-compatible endpoint; unset in AWS. */
  readonly endpoint?: string | undefined;
}

/** Local endpoints need some credentials to sign with; DynamoDB Local accepts any. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Throttled requests are retried with back-off (the SDK's standard strategy: throttling errors only, and a
 * transaction keeps its idempotency token across attempts), up to this many attempts: a burst of throttling
 * slows an import down rather than failing it.
 */
export const DYNAMODB_MAX_ATTEMPTS = 8;

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const isLocal = connection.endpoint !== undefined && isLoopback(connection.endpoint);
  return new DynamoDBClient({
    region: connection.region,
    maxAttempts: DYNAMODB_MAX_ATTEMPTS,
    ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
    ...(isLocal ? { credentials: LOCAL_CREDENTIALS } : {}),
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}

export function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}
