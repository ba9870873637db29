import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleFunction } from '../../infra/bundle.ts';
import { prepareDatabase } from '../../local/local-api.ts';
import { systemClock } from '#domain/clock';
import type { TestTable } from '../support/dynamo.ts';
import { createTestTable } from '../support/dynamo.ts';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

let table: TestTable;
let handler: Handler;
// Under node_modules, so that the test runner leaves the bundle to Node as the Lambda runtime would.
const bundleDir = join(process.cwd(), 'node_modules', '.cache', `sfa-graphql-bundle-${String(process.pid)}`);

beforeAll(async () => {
  table = await createTestTable();
  await prepareDatabase(table.client, table.tableName, { demo: false, demoPolicy: true, clock: systemClock });
  // The environment the CDK stack gives the function (API_MODE=production), pointed at DynamoDB Local.
  vi.stubEnv('API_MODE', 'production');
  vi.stubEnv('TABLE_NAME', table.tableName);
  vi.stubEnv('AWS_REGION', 'cn-north-1');
  vi.stubEnv('DYNAMODB_ENDPOINT', table.endpoint);
  vi.stubEnv('ATTACHMENTS_BUCKET', 'attachments-test');
  vi.stubEnv('STATE_MACHINE_ARN', 'arn:aws:states:cn-north-1:000000000000:stateMachine:test');
  vi.stubEnv('IMPORT_FUNCTION_NAME', 'import-certifications');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
  // The function as CDK deploys it: bundled, minified, split into chunks, AWS SDK included.
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(bundleDir, { recursive: true });
  bundleFunction(process.cwd(), 'functions/handlers/graphql.ts', bundleDir);
  const module = (await import(pathToFileURL(join(bundleDir, 'index.mjs')).href)) as { handler: Handler };
  handler = module.handler;
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(bundleDir, { recursive: true, force: true });
  await table.drop();
});

/** An HTTP API (payload v2) event as API Gateway sends it; `claims` only where the JWT authorizer ran. */
function httpApiEvent(
  query: string,
  route: '/graphql' | '/public/graphql',
  claims?: Record<string, string>,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 {
  const requestContext = {
    accountId: '123456789012',
    apiId: 'api',
    domainName: 'api.example.com',
    domainPrefix: 'api',
    http: { method: 'POST', path: route, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
    requestId: 'request-1',
    routeKey: `POST ${route}`,
    stage: '$default',
    time: '29/Nov/2026:00:00:00 +0000',
    timeEpoch: 1795910400000,
    ...(claims === undefined ? {} : { authorizer: { jwt: { claims, scopes: null } } }),
  };
  return {
    version: '2.0',
    routeKey: `POST ${route}`,
    rawPath: route,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    requestContext,
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
  };
}

async function invoke(event: APIGatewayProxyEventV2) {
  const result = await handler(event, {} as Context);
  return {
    statusCode: result.statusCode,
    headers: result.headers ?? {},
    body: JSON.parse(result.body ?? '{}') as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: Record<string, unknown> }[];
    },
  };
}

describe('Lambda handler, bundled as deployed (production configuration, DynamoDB Local)', () => {
  it('serves a caller the Cognito authorizer verified, never to be stored, with groups as API Gateway passes them', async () => {
    const { statusCode, headers, body } = await invoke(
      httpApiEvent('{ towns { code } me { role } version { mode } }', '/graphql', {
        sub: 'commission-user',
        'cognito:groups': '[ECONOMIC_COMMISSION]',
      }),
    );
    expect(statusCode).toBe(200);
    expect(headers['cache-control']).toBe('no-store');
    expect(body.data?.['towns']).toHaveLength(11);
    expect(body.data?.['me']).toEqual({ role: 'ECONOMIC_COMMISSION' });
    expect(body.data?.['version']).toEqual({ mode: 'production' });
  });

  it('treats callers of the public route as anonymous: liveness yes, protected fields FORBIDDEN', async () => {
    const health = await invoke(httpApiEvent('{ health { status } }', '/public/graphql'));
    expect(health.body.data?.['health']).toEqual({ status: 'ok' });
    const towns = await invoke(httpApiEvent('{ towns { code } }', '/public/graphql'));
    expect(towns.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('ignores a bearer token on the public route: only the authorizer can vouch for a caller', async () => {
    const { body } = await invoke(
      httpApiEvent('{ towns { code } }', '/public/graphql', undefined, { authorization: 'Bearer whatever' }),
    );
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a body over 1 MB before parsing it (413)', async () => {
    const event = httpApiEvent(`{ health { status } } # ${'x'.repeat(1_100_000)}`, '/public/graphql');
    const { statusCode } = await invoke(event);
    expect(statusCode).toBe(413);
  });

  it('loads the S3 client when a request first needs it, and signs an upload to the attachments bucket', async () => {
    const { statusCode, body } = await invoke(
      httpApiEvent(
        `mutation { requestAttachmentUpload(input: { ownerType: IMPORT, ownerId: "CERTIFICATION_LIST",
          purpose: "CERTIFICATION_LIST", fileName: "list.csv", contentType: "text/csv", sizeBytes: 120,
          sha256Base64: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" }) { upload { url method } } }`,
        '/graphql',
        { sub: 'commission-user', 'cognito:groups': '[ECONOMIC_COMMISSION]' },
      ),
    );
    expect(statusCode).toBe(200);
    expect(body.errors).toBeUndefined();
    const upload = (body.data?.['requestAttachmentUpload'] as { upload: { url: string; method: string } })
      .upload;
    expect(upload.method).toBe('PUT');
    expect(new URL(upload.url).hostname).toMatch(/^attachments-test\.s3\./);
  });

  it('refuses every form of clock control, to the commission too: it exists only on a local development server', async () => {
    for (const query of [
      '{ localClock { now speed } }',
      'mutation { moveLocalClock(input: { advanceBy: "+5d" }) { now } }',
      'mutation { moveLocalClock(input: { to: "2030-01-01T00:00:00+08:00", speed: 60 }) { now } }',
    ]) {
      const { body } = await invoke(
        httpApiEvent(query, '/graphql', {
          sub: 'commission-user',
          'cognito:groups': '[ECONOMIC_COMMISSION]',
        }),
      );
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect((body.errors?.[0] as { message?: string } | undefined)?.message).toMatch(
        /clock control exists only on a local development server/,
      );
    }
  });

  it('writes instants in China time, +08:00', async () => {
    const { body } = await invoke(httpApiEvent('{ health { time } }', '/public/graphql'));
    expect((body.data?.['health'] as { time: string }).time).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/,
    );
  });

  it('refuses introspection and stack traces in production', async () => {
    const { body } = await invoke(httpApiEvent('{ __schema { types { name } } }', '/public/graphql'));
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
  });
});
