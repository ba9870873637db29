import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLinesWritten, startBundledGraphql } from '../support/bundled-graphql.ts';
import type { BundledGraphql, GraphqlHandler } from '../support/bundled-graphql.ts';

let handler: GraphqlHandler;
let bundled: BundledGraphql;

beforeAll(async () => {
  // As the stack deploys it without the Operations dashboard (issue 19): no embedded metrics.
  bundled = await startBundledGraphql('graphql-bundle', { POWERTOOLS_METRICS_DISABLED: 'true' });
  ({ handler } = bundled);
}, 60_000);
afterAll(() => bundled.stop());

/**
 * An HTTP API (payload v2) event as API Gateway sends it; `claims` only where the JWT authorizer ran (in
 * AWS, on every route: the HTTP API has no public route any more).
 */
function httpApiEvent(
  query: string,
  route: '/graphql',
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

/**
 * A REST API proxy event (API Gateway's v1 shape) as the public route's stage sends it: `POST /graphql` on
 * stage `public`, after its web ACL. `authorizer` lets a test forge what no authorizer put there.
 */
function publicRouteEvent(
  query: string,
  headers: Record<string, string> = {},
  authorizer: unknown = null,
): APIGatewayProxyEvent {
  const allHeaders = { 'Content-Type': 'application/json', ...headers };
  return {
    resource: '/graphql',
    path: '/graphql',
    httpMethod: 'POST',
    headers: allHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(allHeaders).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'restapi',
      authorizer: authorizer as APIGatewayProxyEvent['requestContext']['authorizer'],
      domainName: 'restapi.execute-api.cn-north-1.amazonaws.com.cn',
      httpMethod: 'POST',
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: '203.0.113.9',
        user: null,
        userAgent: 'test',
        userArn: null,
      },
      path: '/public/graphql',
      protocol: 'HTTP/1.1',
      requestId: 'request-2',
      requestTimeEpoch: 1795910400000,
      resourceId: 'abc123',
      resourcePath: '/graphql',
      stage: 'public',
    },
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
  };
}

async function invoke(event: APIGatewayProxyEvent | APIGatewayProxyEventV2) {
  const result = await handler(event, {} as Context);
  return {
    statusCode: result.statusCode,
    headers: result.headers ?? {},
    body: JSON.parse(result.body) as {
      data?: Record<string, unknown> | null;
      errors?: { message?: string; extensions?: Record<string, unknown> }[];
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

  it('treats callers of the public route (REST API, v1 event) as anonymous: liveness yes, protected fields FORBIDDEN (R6.4)', async () => {
    const health = await invoke(publicRouteEvent('{ health { status } }'));
    expect(health.statusCode).toBe(200);
    expect(health.body.data?.['health']).toEqual({ status: 'ok' });
    const towns = await invoke(publicRouteEvent('{ towns { code } }'));
    expect(towns.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const me = await invoke(publicRouteEvent('{ me { role } }'));
    expect(me.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('serves the public operations on the public route: the publicity list, and objections reach their use case (R6.4)', async () => {
    const { statusCode, body } = await invoke(
      publicRouteEvent('{ publicity { edges { node { projectId } } } }'),
    );
    expect(statusCode).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['publicity']).toEqual({ edges: [] });
    // Admitted for anonymous callers: refused only because the project does not exist.
    const objection = await invoke(
      publicRouteEvent(`mutation { fileObjection(input: { projectId: "PRJ-NONE", objectorName: "张三",
        objectorContact: "zhangsan@example.cn", reason: "申报材料与实际情况不符，请调查。" }) { received } }`),
    );
    expect(objection.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('ignores a bearer token and any authorizer context on the public route: only the HTTP API’s authorizer can vouch for a caller', async () => {
    const bearer = await invoke(publicRouteEvent('{ towns { code } }', { Authorization: 'Bearer whatever' }));
    expect(bearer.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // Claims where the HTTP API's JWT authorizer would put them, in a v1 event: still anonymous.
    const forged = await invoke(
      publicRouteEvent(
        '{ towns { code } me { role } }',
        {},
        {
          jwt: { claims: { sub: 'commission-user', 'cognito:groups': '[ECONOMIC_COMMISSION]' } },
          claims: { sub: 'commission-user', 'cognito:groups': '[ECONOMIC_COMMISSION]' },
        },
      ),
    );
    expect(forged.body.data).toBeNull();
    expect(forged.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('treats an HTTP API event that no authorizer vouched for as anonymous', async () => {
    const { body } = await invoke(httpApiEvent('{ towns { code } }', '/graphql'));
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('lets browsers read the public route’s answers (any origin: the preflight admits only the front ends), and adds no CORS header on the HTTP API, which sets its own', async () => {
    const open = await invoke(publicRouteEvent('{ health { status } }'));
    expect(open.headers['access-control-allow-origin']).toBe('*');
    expect(open.headers['content-type']).toMatch(/^application\/json/);
    const signedIn = await invoke(
      httpApiEvent('{ health { status } }', '/graphql', {
        sub: 'commission-user',
        'cognito:groups': '[ECONOMIC_COMMISSION]',
      }),
    );
    expect(signedIn.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over 1 MB before parsing it (413), on either API', async () => {
    const padding = `# ${'x'.repeat(1_100_000)}`;
    const open = await invoke(publicRouteEvent(`{ health { status } } ${padding}`));
    expect(open.statusCode).toBe(413);
    expect(open.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect(open.body.errors?.[0]?.extensions?.['messageZh']).toBe('请求内容过大（上限 1 MB），请缩小请求');
    expect(open.headers['access-control-allow-origin']).toBe('*');
    const signedIn = await invoke(
      httpApiEvent(
        `{ health { status } } ${padding}`,
        '/graphql',
        { sub: 'commission-user' },
        {
          'accept-language': 'zh-CN,zh;q=0.9',
        },
      ),
    );
    expect(signedIn.statusCode).toBe(413);
    expect(signedIn.body.errors?.[0]?.message).toBe('请求内容过大（上限 1 MB），请缩小请求');
  });

  it('answers errors in Chinese to a caller whose Accept-Language prefers it, on either API (issue 18)', async () => {
    const chinese = await invoke(publicRouteEvent('{ nothing }', { 'Accept-Language': 'zh-CN' }));
    expect(chinese.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(chinese.body.errors?.[0]?.message).toMatch(
      /^查询语句不符合接口定义。详细说明（英文）：Cannot query field/,
    );
    expect(chinese.body.errors?.[0]?.extensions?.['messageEn']).toMatch(/^Cannot query field "nothing"/);
    const english = await invoke(
      httpApiEvent('{ nothing }', '/graphql', {
        sub: 'commission-user',
        'cognito:groups': '[ECONOMIC_COMMISSION]',
      }),
    );
    expect(english.body.errors?.[0]?.message).toMatch(/^Cannot query field "nothing"/);
    expect(english.body.errors?.[0]?.extensions?.['messageZh']).toMatch(/^查询语句不符合接口定义/);
    // Refused before Apollo's pipeline (claims without a role): the language is chosen where it is refused.
    const roleless = await invoke(
      httpApiEvent(
        '{ health { status } }',
        '/graphql',
        { sub: 'commission-user' },
        { 'accept-language': 'zh' },
      ),
    );
    expect(roleless.statusCode).toBe(401);
    expect(roleless.body.errors?.[0]?.message).toMatch(
      /^未登录或登录已失效，请重新登录。详细说明（英文）：token must/,
    );
    expect(roleless.body.errors?.[0]?.extensions?.['messageEn']).toMatch(
      /^token must carry exactly one role/,
    );
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
      expect(body.errors?.[0]?.message).toMatch(/clock control exists only on a local development server/);
    }
  });

  it('writes instants in China time, +08:00', async () => {
    const { body } = await invoke(publicRouteEvent('{ health { time } }'));
    expect((body.data?.['health'] as { time: string }).time).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/,
    );
  });

  it('logs the codes of a refused request on a line of its own when metrics are off (issue 19: no dashboard, no embedded record to carry them)', async () => {
    const lines = await jsonLinesWritten(() => invoke(publicRouteEvent('{ towns { code } }')));
    expect(lines.filter((line) => '_aws' in line)).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({ message: 'request refused', rejectedCodes: 'FORBIDDEN' }),
    );
  });

  it('refuses introspection and stack traces in production', async () => {
    const { body } = await invoke(publicRouteEvent('{ __schema { types { name } } }'));
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
  });
});
