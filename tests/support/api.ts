import { randomBytes } from 'node:crypto';
import { signDevToken } from '#adapters/identity/dev-tokens';
import type { DevTokenRequest } from '#adapters/identity/dev-tokens';
import type { ApiMode, TrustedDocumentsMode } from '#config/env';
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import type { WaitableClock } from '#domain/waitable-clock';
import { systemWaitableClock } from '#domain/waitable-clock';
import type { LocalImports } from '../../local/local-api.ts';
import type { LocalEventPublisher } from '../../local/event-publisher.ts';
import { prepareDatabase, startLocalApi } from '../../local/local-api.ts';
import type { TestTable } from './dynamo.ts';
import { createTestTable } from './dynamo.ts';
import { tempFilesDir } from './files.ts';

export interface GraphqlResponse {
  readonly status: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestApi {
  readonly url: string;
  readonly table: TestTable;
  readonly loggedErrors: unknown[];
  token(request: Omit<DevTokenRequest, 'ttlSeconds'> & { ttlSeconds?: number }): Promise<string>;
  /** A token built by the test itself with the server's development secret (to send claims `token` never would). */
  signWithDevSecret(sign: (secret: Uint8Array) => Promise<string>): Promise<string>;
  query(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<GraphqlResponse>;
  /** Resolves when every import submitted so far has finished. */
  importsIdle(): Promise<void>;
  /** The server's domain-event publisher, when started with `events: true` (as `npm start` does). */
  readonly events: LocalEventPublisher | undefined;
  close(): Promise<void>;
}

/**
 * The real local server (same Apollo factory as the Lambda) over HTTP, on a fresh DynamoDB Local table.
 * Imports run in the server's process unless `imports` says otherwise (`npm start` runs each in a child
 * process: tests/api/import-isolation.test.ts and tests/api/certification-import.test.ts go that way).
 */
export async function startTestApi(
  mode: ApiMode = 'development',
  clock: WaitableClock = systemWaitableClock,
  options: {
    readonly imports?: LocalImports;
    /** A rate budget per caller (tests/api/rate-limits.test.ts); none by default, as for in-process calls. */
    readonly rateLimits?: RateLimits;
    readonly trustedDocuments?: TrustedDocumentsMode;
    /** Publish domain events from the table's stream (issue 17), as `npm start` does; off by default. */
    readonly events?: boolean;
  } = {},
): Promise<TestApi> {
  const table = await createTestTable();
  await prepareDatabase(table.client, table.tableName, { demo: false, demoPolicy: true, clock });
  const devSecret = new Uint8Array(randomBytes(32));
  const loggedErrors: unknown[] = [];
  const server = await startLocalApi({
    mode,
    dynamo: table.client,
    tableName: table.tableName,
    devSecret,
    clock,
    host: '127.0.0.1',
    port: 0,
    logError: (entry) => loggedErrors.push(entry),
    filesDir: tempFilesDir(),
    imports: options.imports ?? { in: 'server-process' },
    rateLimits: options.rateLimits,
    trustedDocuments: options.trustedDocuments,
    events: options.events,
  });
  return {
    url: server.url,
    table,
    loggedErrors,
    token: (request) => signDevToken(devSecret, { ttlSeconds: 600, ...request }),
    signWithDevSecret: (sign) => sign(devSecret),
    query: async (query, options = {}) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse['body'] };
    },
    importsIdle: () => server.imports.idle(),
    events: server.events,
    close: async () => {
      await server.close();
      await table.drop();
    },
  };
}
