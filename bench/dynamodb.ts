import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { signDevToken } from '#adapters/identity/dev-tokens';
import type { Role } from '#domain/identity/principal';
import { systemWaitableClock } from '#domain/waitable-clock';
import type { LocalHttpServer } from '../local/http-server.ts';
import { startLocalApi } from '../local/local-api.ts';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { optionalEnv } from '#config/env';
import type { RunningDynamoDbLocal } from '../local/dynamodb-local.ts';
import { freePort, startDynamoDbLocal } from '../local/dynamodb-local.ts';

/**
 * DynamoDB for a bench: the endpoint in DYNAMODB_ENDPOINT, or an in-memory DynamoDB Local for the run;
 * `endpoint` for the processes a bench starts.
 */
export async function benchDynamo(): Promise<{
  dynamo: DynamoDBClient;
  endpoint: string;
  close: () => Promise<void>;
}> {
  const external = optionalEnv(process.env, 'DYNAMODB_ENDPOINT');
  let local: RunningDynamoDbLocal | undefined;
  if (external === undefined) local = await startDynamoDbLocal({ port: await freePort() });
  const endpoint = external ?? local?.endpoint;
  if (endpoint === undefined) throw new Error('no DynamoDB endpoint');
  const dynamo = createDynamoClient({ endpoint, region: 'local' });
  return {
    dynamo,
    endpoint,
    close: async () => {
      dynamo.destroy();
      await local?.stop();
    },
  };
}

/** The real local server over a bench's table, and a development token for one role on it. */
export async function startBenchApi(
  dynamo: DynamoDBClient,
  tableName: string,
  caller: { readonly userId: string; readonly role: Role },
): Promise<{ api: LocalHttpServer; token: string }> {
  const devSecret = new Uint8Array(randomBytes(32));
  const api = await startLocalApi({
    mode: 'development',
    dynamo,
    tableName,
    devSecret,
    clock: systemWaitableClock,
    host: '127.0.0.1',
    port: 0,
    filesDir: mkdtempSync(join(tmpdir(), 'sfa-bench-files-')),
    logError: () => undefined,
  });
  const token = await signDevToken(devSecret, { ...caller, ttlSeconds: 600 });
  return { api, token };
}
