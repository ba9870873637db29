import { Validations } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceApp } from '../../infra/app-builder.ts';
import { synthesizeService } from '../support/infra.ts';
import { PUBLIC_STAGE, PUBLIC_STAGE_THROTTLE } from '../../infra/constructs/public-graphql-api.ts';
import {
  PUBLIC_BODY_LIMIT_BYTES,
  PUBLIC_RATE_LIMIT,
  PUBLIC_WEB_ACL_RULES,
} from '../../infra/constructs/public-web-acl.ts';

/**
 * Issue 16: per-IP rate limits at an edge that can enforce them. The public route (R6.4) is a REST API
 * stage with a regional AWS WAF web ACL; the HTTP API keeps only routes behind the Cognito authorizer.
 * Everything here is read from the synthesized template (synthesis also runs cdk-nag).
 */

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };
type Rule = {
  Name: string;
  Priority: number;
  Statement: Record<string, unknown>;
  Action: { Block?: { CustomResponse?: Record<string, unknown> } };
  VisibilityConfig: Record<string, unknown>;
};

const ORIGIN = 'https://awards.example.gov.cn';
let service: ServiceApp;
let stateless: Template;

beforeAll(() => {
  // With the Operations dashboard (context operationsDashboard, off by default: issue 19).
  ({ service, stateless } = synthesizeService({ allowedOrigins: [ORIGIN], operationsDashboard: true }));
}, 180_000);

/** The one resource of a type (failing if there are more or none), with its logical ID. */
function only(type: string): [string, Resource] {
  const found = Object.entries(stateless.findResources(type)) as [string, Resource][];
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0] as [string, Resource];
}

const logicalIdOf = (type: string, prefix: string): string => {
  const ids = Object.keys(stateless.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
};

const webAclRules = (): Rule[] => only('AWS::WAFv2::WebACL')[1].Properties['Rules'] as Rule[];
const rule = (name: string): Rule => {
  const found = webAclRules().find((candidate) => candidate.Name === name);
  if (found === undefined) throw new Error(`no web ACL rule ${name}`);
  return found;
};
const customBody = (key: unknown): unknown => {
  const bodies = only('AWS::WAFv2::WebACL')[1].Properties['CustomResponseBodies'] as Record<
    string,
    { ContentType: string; Content: string }
  >;
  const body = bodies[String(key)];
  expect(body?.ContentType).toBe('APPLICATION_JSON');
  return JSON.parse(body?.Content ?? 'null');
};

describe('the public route is a REST API stage that reaches the GraphQL function (R6.4)', () => {
  it('serves POST /graphql on the `public` stage, without an authorizer, through a Lambda proxy to the same function as the HTTP API', () => {
    const graphqlFunction = logicalIdOf('AWS::Lambda::Function', 'GraphqlFunction');
    const [restApi] = only('AWS::ApiGateway::RestApi');
    const [resource, graphqlResource] = only('AWS::ApiGateway::Resource');
    expect(graphqlResource.Properties).toMatchObject({ PathPart: 'graphql', RestApiId: { Ref: restApi } });
    const methods = Object.values(stateless.findResources('AWS::ApiGateway::Method')) as Resource[];
    expect(methods.map((method) => method.Properties['HttpMethod']).sort()).toEqual(['OPTIONS', 'POST']);
    const post = methods.find((method) => method.Properties['HttpMethod'] === 'POST');
    expect(post?.Properties).toMatchObject({
      AuthorizationType: 'NONE',
      ResourceId: { Ref: resource },
      RestApiId: { Ref: restApi },
      Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' },
    });
    expect(JSON.stringify(post?.Properties['Integration'])).toContain(
      `{"Fn::GetAtt":["${graphqlFunction}","Arn"]}`,
    );
    // The HTTP API's integration: the same function, payload v2 (the function trusts claims only there).
    const [, httpIntegration] = only('AWS::ApiGatewayV2::Integration');
    expect(httpIntegration.Properties).toMatchObject({
      IntegrationUri: { 'Fn::GetAtt': [graphqlFunction, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
  });

  it('lets API Gateway invoke the function only from the public stage’s POST /graphql and the HTTP API’s /graphql (no console test-invoke, which skips WAF)', () => {
    const graphqlFunction = logicalIdOf('AWS::Lambda::Function', 'GraphqlFunction');
    const [restApi] = only('AWS::ApiGateway::RestApi');
    const [stage] = only('AWS::ApiGateway::Stage');
    const [httpApi] = only('AWS::ApiGatewayV2::Api');
    const sources = (Object.values(stateless.findResources('AWS::Lambda::Permission')) as Resource[])
      .filter(
        (permission) =>
          JSON.stringify(permission.Properties['FunctionName']).includes(`"${graphqlFunction}"`) &&
          permission.Properties['Principal'] === 'apigateway.amazonaws.com',
      )
      .map((permission) => JSON.stringify(permission.Properties['SourceArn']));
    const restSource = `{"Ref":"${restApi}"},"/",{"Ref":"${stage}"},"/POST/graphql"`;
    const httpSource = `{"Ref":"${httpApi}"},"/*/*/graphql"`;
    expect(sources.filter((source) => source.includes(restSource))).toHaveLength(1);
    expect(sources.filter((source) => !source.includes(restSource) && !source.includes(httpSource))).toEqual(
      [],
    );
    expect(sources.join()).not.toContain('test-invoke-stage');
  });

  it('leaves nothing anonymous on the HTTP API: every route has the Cognito JWT authorizer', () => {
    const routes = Object.values(stateless.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route.Properties['AuthorizationType']).toBe('JWT');
      expect(route.Properties['AuthorizerId']).toBeDefined();
    }
    expect(routes.map((route) => route.Properties['RouteKey'])).not.toContain('POST /public/graphql');
  });

  it('is a regional endpoint, throttled for everyone together, with access logs carrying the source IP and WAF’s verdict, and error-only execution logs without bodies', () => {
    expect(only('AWS::ApiGateway::RestApi')[1].Properties['EndpointConfiguration']).toEqual({
      Types: ['REGIONAL'],
    });
    const [, stage] = only('AWS::ApiGateway::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: PUBLIC_STAGE,
      TracingEnabled: true,
      MethodSettings: [
        {
          HttpMethod: '*',
          ResourcePath: '/*',
          ThrottlingRateLimit: 10,
          ThrottlingBurstLimit: 20,
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
        },
      ],
    });
    expect(PUBLIC_STAGE_THROTTLE).toEqual({ rateLimit: 10, burstLimit: 20 });
    const accessLog = stage.Properties['AccessLogSetting'] as { DestinationArn: unknown; Format: string };
    expect(accessLog.DestinationArn).toBeDefined();
    expect(JSON.parse(accessLog.Format)).toMatchObject({
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      status: '$context.status',
      waf: '$context.wafResponseCode',
    });
  });

  it('admits only the front ends’ origins at the preflight, and answers throttling with a GraphQL-shaped RATE_LIMITED', () => {
    const options = (Object.values(stateless.findResources('AWS::ApiGateway::Method')) as Resource[]).find(
      (method) => method.Properties['HttpMethod'] === 'OPTIONS',
    );
    expect(JSON.stringify(options?.Properties['Integration'])).toContain(
      `"method.response.header.Access-Control-Allow-Origin":"'${ORIGIN}'"`,
    );
    const throttled = (
      Object.values(stateless.findResources('AWS::ApiGateway::GatewayResponse')) as Resource[]
    ).find((response) => response.Properties['ResponseType'] === 'THROTTLED');
    expect(throttled?.Properties['StatusCode']).toBe('429');
    const template = (throttled?.Properties['ResponseTemplates'] as Record<string, string>)[
      'application/json'
    ];
    expect(JSON.parse(template ?? 'null')).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', messageZh: '公共接口繁忙，请几秒后再试。' } }],
    });
  });

  it('outputs the public URL: the REST API’s default endpoint, the `public` stage, /graphql', () => {
    const [restApi] = only('AWS::ApiGateway::RestApi');
    const [stage] = only('AWS::ApiGateway::Stage');
    const outputs = stateless.toJSON() as { Outputs: Record<string, { Value: unknown }> };
    expect(outputs.Outputs['PublicGraphqlUrl']?.Value).toEqual({
      'Fn::Join': [
        '',
        [
          'https://',
          { Ref: restApi },
          '.execute-api.',
          { Ref: 'AWS::Region' },
          '.',
          { Ref: 'AWS::URLSuffix' },
          '/',
          { Ref: stage },
          '/graphql',
        ],
      ],
    });
    // No second, stage-only URL for the same API.
    expect(JSON.stringify(Object.keys(outputs.Outputs))).not.toMatch(/RestApiEndpoint/);
  });
});

describe('the web ACL on the public stage (AWS WAF, regional)', () => {
  it('is associated with the public stage itself, so every request to it — the default execute-api endpoint included — passes through the ACL', () => {
    const [webAcl, acl] = only('AWS::WAFv2::WebACL');
    const [restApi] = only('AWS::ApiGateway::RestApi');
    const [stage] = only('AWS::ApiGateway::Stage');
    const [, association] = only('AWS::WAFv2::WebACLAssociation');
    expect(acl.Properties['Scope']).toBe('REGIONAL');
    expect(association.Properties['WebACLArn']).toEqual({ 'Fn::GetAtt': [webAcl, 'Arn'] });
    expect(association.Properties['ResourceArn']).toEqual({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':apigateway:',
          { Ref: 'AWS::Region' },
          '::/restapis/',
          { Ref: restApi },
          '/stages/',
          { Ref: stage },
        ],
      ],
    });
    // The REST API keeps its default endpoint: the association, not a second door, is the protection.
    expect(only('AWS::ApiGateway::RestApi')[1].Properties['DisableExecuteApiEndpoint']).toBeUndefined();
  });

  it('limits each source IP to 300 requests per 5 minutes, first of all rules so it counts every request, blocking with 429 and a JSON RATE_LIMITED body', () => {
    expect(PUBLIC_RATE_LIMIT).toEqual({ requests: 300, windowSeconds: 300 });
    const rateLimit = rule(PUBLIC_WEB_ACL_RULES.rateLimit);
    expect(rateLimit.Priority).toBe(Math.min(...webAclRules().map((candidate) => candidate.Priority)));
    expect(rateLimit.Statement).toEqual({
      RateBasedStatement: { AggregateKeyType: 'IP', Limit: 300, EvaluationWindowSec: 300 },
    });
    const response = rateLimit.Action.Block?.CustomResponse;
    expect(response).toMatchObject({
      ResponseCode: 429,
      ResponseHeaders: expect.arrayContaining([
        { Name: 'retry-after', Value: '300' },
        { Name: 'access-control-allow-origin', Value: '*' },
        { Name: 'access-control-expose-headers', Value: 'retry-after' },
      ]) as unknown,
    });
    expect(customBody(response?.['CustomResponseBodyKey'])).toEqual({
      errors: [
        {
          message: expect.any(String) as unknown,
          // Issue 18: both languages, as the function's errors.
          extensions: {
            code: 'RATE_LIMITED',
            messageZh: '来自您所在网络地址的请求过多，请几分钟后再试。',
            messageEn: expect.any(String) as unknown,
          },
        },
      ],
    });
  });

  it('refuses bodies over 16 KB (larger ones match as oversize), the body size API Gateway forwards to WAF, with 413 and the function’s BAD_REQUEST body', () => {
    expect(PUBLIC_BODY_LIMIT_BYTES).toBe(16_384);
    const bodySize = rule(PUBLIC_WEB_ACL_RULES.bodySize);
    expect(bodySize.Statement).toEqual({
      SizeConstraintStatement: {
        FieldToMatch: { Body: { OversizeHandling: 'MATCH' } },
        ComparisonOperator: 'GT',
        Size: 16_384,
        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      },
    });
    expect(only('AWS::WAFv2::WebACL')[1].Properties['AssociationConfig']).toEqual({
      RequestBody: { API_GATEWAY: { DefaultSizeInspectionLimit: 'KB_16' } },
    });
    const response = bodySize.Action.Block?.CustomResponse;
    expect(response?.['ResponseCode']).toBe(413);
    expect(customBody(response?.['CustomResponseBodyKey'])).toEqual({
      errors: [
        {
          message: 'request body too large',
          extensions: {
            code: 'BAD_REQUEST',
            messageZh: '请求内容过大（上限 16 KB），请缩小请求',
            messageEn: 'request body too large',
          },
        },
      ],
    });
  });

  it('allows by default, with CloudWatch metrics and sampled requests for the ACL and each rule, and only these two rules (issue 19: US$5 + 2 × US$1 a month, list price)', () => {
    const [, acl] = only('AWS::WAFv2::WebACL');
    expect(acl.Properties['DefaultAction']).toEqual({ Allow: {} });
    for (const visibility of [
      acl.Properties['VisibilityConfig'],
      ...webAclRules().map((r) => r.VisibilityConfig),
    ])
      expect(visibility).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    expect(webAclRules().map((candidate) => candidate.Name)).toEqual([
      PUBLIC_WEB_ACL_RULES.rateLimit,
      PUBLIC_WEB_ACL_RULES.bodySize,
    ]);
    expect(JSON.stringify(acl.Properties)).not.toContain('ManagedRuleGroupStatement');
  });
});

describe('what operators see', () => {
  it('names the web ACL after the stack and shows what each rule blocked, and the public route’s traffic, on the Operations dashboard', () => {
    const [, acl] = only('AWS::WAFv2::WebACL');
    expect(acl.Properties['Name']).toBe('SmartFactoryAwards-test-Stateless-public-graphql');
    const [, dashboard] = only('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties['DashboardBody']);
    // Dimensions come sorted by name: Region, Rule, WebACL.
    for (const ruleName of Object.values(PUBLIC_WEB_ACL_RULES))
      expect(body).toMatch(
        new RegExp(
          `AWS/WAFV2[^\\]]+BlockedRequests[^\\]]+Rule[^\\]]+${ruleName}[^\\]]+WebACL[^\\]]+SmartFactoryAwards-test-Stateless-public-graphql`,
        ),
      );
    expect(body).toContain('Public route requests and errors');
    // With the dashboard, the functions publish the metrics it graphs.
    const functions = Object.values(stateless.findResources('AWS::Lambda::Function')).filter((fn) =>
      JSON.stringify(fn).includes('POWERTOOLS_SERVICE_NAME'),
    );
    expect(functions.length).toBeGreaterThanOrEqual(8);
    for (const fn of functions) expect(JSON.stringify(fn)).not.toContain('POWERTOOLS_METRICS_DISABLED');
    expect(body).toContain('DynamoDB throttled requests');
  });
});

describe('cdk-nag on the public route', () => {
  /** Paths (below the stateless stack) where a rule matching `id` is acknowledged. */
  const acknowledgedAt = (id: RegExp): string[] =>
    service.app.node
      .findAll()
      .filter((node) =>
        node.node.metadata.some(
          (entry) =>
            entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY &&
            Object.keys(entry.data as Record<string, string>).some((key) => id.test(key)),
        ),
      )
      .map((node) => node.node.path.replace(/^SmartFactoryAwards-test-Stateless\/?/, ''));

  it('acknowledges the missing authorizer on the public POST method only, and never the web ACL check (APIG3)', () => {
    expect(acknowledgedAt(/AwsSolutions-APIG4|AwsSolutions-COG4/)).toEqual([
      'PublicApi/RestApi/Default/graphql/POST',
    ]);
    expect(acknowledgedAt(/AwsSolutions-APIG3/)).toEqual([]);
    expect(acknowledgedAt(/AwsSolutions-APIG2/)).toEqual(['PublicApi/RestApi/Resource']);
  });
});
