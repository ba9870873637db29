import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  Context,
} from 'aws-lambda';
import { vi } from 'vitest';
import { systemClock } from '#domain/clock';
import { bundleFunction } from '../../infra/bundle.ts';
import { prepareDatabase } from '../../local/local-api.ts';
import type { TestTable } from './dynamo.ts';
import { createTestTable } from './dynamo.ts';

export type GraphqlHandler = (
  event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResult>;

export interface BundledGraphql {
  readonly table: TestTable;
  readonly handler: GraphqlHandler;
  stop(): Promise<void>;
}

/**
 * The GraphQL function as CDK deploys it (bundled, minified, split into chunks, AWS SDK included), in the
 * environment the stack gives it (API_MODE=production) plus `environment`, pointed at a fresh DynamoDB
 * Local table with the reference data. The bundle goes under node_modules, so that the test runner leaves
 * it to Node as the Lambda runtime would.
 */
export async function startBundledGraphql(
  name: string,
  environment: Record<string, string> = {},
): Promise<BundledGraphql> {
  const table = await createTestTable();
  await prepareDatabase(table.client, table.tableName, { demo: false, demoPolicy: true, clock: systemClock });
  const stage: Record<string, string> = {
    API_MODE: 'production',
    TABLE_NAME: table.tableName,
    AWS_REGION: 'cn-north-1',
    DYNAMODB_ENDPOINT: table.endpoint,
    ATTACHMENTS_BUCKET: 'attachments-test',
    STATE_MACHINE_ARN: 'arn:aws:states:cn-north-1:000000000000:stateMachine:test',
    IMPORT_FUNCTION_NAME: 'import-certifications',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    ...environment,
  };
  for (const [key, value] of Object.entries(stage)) vi.stubEnv(key, value);
  const bundleDir = join(process.cwd(), 'node_modules', '.cache', `sfa-${name}-${String(process.pid)}`);
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(bundleDir, { recursive: true });
  bundleFunction(process.cwd(), 'functions/handlers/graphql.ts', bundleDir);
  const module = (await import(pathToFileURL(join(bundleDir, 'index.mjs')).href)) as {
    handler: GraphqlHandler;
  };
  return {
    table,
    handler: module.handler,
    async stop() {
      vi.unstubAllEnvs();
      rmSync(bundleDir, { recursive: true, force: true });
      await table.drop();
    },
  };
}

/**
 * The JSON lines (logs, embedded metric records) the handler writes to standard output while `work` runs,
 * as Lambda would ship them to CloudWatch Logs.
 */
export async function jsonLinesWritten(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    write.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
