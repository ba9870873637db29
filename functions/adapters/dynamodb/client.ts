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
 * How long one attempt may wait on DynamoDB in AWS, in ms. Without a limit a call on a connection that
 * hangs waits until the Lambda times out, and with it every request that waits on that call: the process's
 * list of towns, a caller's lease claim (issue 19). An attempt past its limit fails with `TimeoutError`,
 * which the SDK retries on a new connection like any transient error (a transaction keeps its idempotency
 * token). DynamoDB answers in milliseconds; these are far above it. Not set against a loopback endpoint:
 * DynamoDB Local on a busy machine can stall for seconds, and a retried conditional write would then
 * answer as a conflict a change it made.
 */
export const DYNAMODB_TIMEOUTS = { connectionTimeout: 1_000, requestTimeout: 5_000 } as const;

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const isLocal = connection.endpoint !== undefined && isLoopback(connection.endpoint);
  return new DynamoDBClient({
    region: connection.region,
    maxAttempts: DYNAMODB_MAX_ATTEMPTS,
    ...(connection.endpoint === undefined ? {} : { endpoint: connection.endpoint }),
    ...(isLocal
      ? { credentials: LOCAL_CREDENTIALS }
      : { requestHandler: { ...DYNAMODB_TIMEOUTS, throwOnRequestTimeout: true } }),
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
