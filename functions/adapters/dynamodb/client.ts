import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  readonly region: string;
  /** Set for DynamoDB Local or another DynamoDB-compatible endpoint; unset in AWS. */
  readonly endpoint?: string | undefined;
}

/** Local endpoints need some credentials to sign with; DynamoDB Local accepts any. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const isLocal = connection.endpoint !== undefined && isLoopback(connection.endpoint);
  return new DynamoDBClient({
    region: connection.region,
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
