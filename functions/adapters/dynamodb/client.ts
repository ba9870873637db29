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

/**
 * How long, in ms, a call in AWS may wait to connect to DynamoDB (issue 19). Without a limit a connection
 * that never opens holds the call until the Lambda times out, and with it every request that waits on that
 * call: the process's list of towns, a caller's lease claim. A connection past the limit fails, and the
 * SDK retries the call on a new one; nothing was sent, so no write can happen twice. There is no limit on
 * the answer: a retried attempt after one would repeat a conditional write that may have been made (an
 * idempotency record's in-progress put would then answer IN_PROGRESS to its own request, a window's `ADD`
 * would charge twice). Not set against a loopback endpoint (DynamoDB Local), which answers or refuses at once.
 */
export const DYNAMODB_CONNECTION_TIMEOUT_MS = 1_000;

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const isLocal = connection.endpoint !== undefined && isLoopback(connection.endpoint);
  return new DynamoDBClient({
    region: connection.region,
    maxAttempts: DYNAMODB_MAX_ATTEMPTS,
    ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
    ...(isLocal
      ? { credentials: LOCAL_CREDENTIALS }
      : { requestHandler: { connectionTimeout: DYNAMODB_CONNECTION_TIMEOUT_MS } }),
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
