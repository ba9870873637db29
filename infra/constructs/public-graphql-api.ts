import { Duration, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  AuthorizationType,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { Method } from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnSamplingRule } from 'aws-cdk-lib/aws-xray';
import { Construct } from 'constructs';
import { EDGE_REFUSALS } from '#domain/messages/transport';
import { PublicWebAcl } from './public-web-acl.ts';

export interface PublicGraphqlApiProps {
  readonly handler: IFunction;
  /** Origins of the front ends allowed to call the public route from a browser. */
  readonly allowedOrigins: readonly string[];
}

/** The stage is named so that the public URL keeps its path: `https://…/public/graphql`. */
export const PUBLIC_STAGE = 'public';
export const PUBLIC_RESOURCE = 'graphql';
/**
 * Everyone on the public route together (requests per second, and the burst above it): the ceiling that
 * keeps anonymous traffic from taking the function's concurrency from signed-in users. Per address, the
 * web ACL's rate rule (`PUBLIC_RATE_LIMIT`) keeps one client to a tenth of it.
 */
export const PUBLIC_STAGE_THROTTLE = { rateLimit: 10, burstLimit: 20 } as const;

/**
 * X-Ray keeps this share of the public route's requests, with no reservoir (issue 19). X-Ray's default
 * rule keeps the first request of every second and 5 % of the rest, which at a district's rate is nearly
 * every request, about US$0.40 a month of traces per district (`npm run cost`).
 */
export const PUBLIC_TRACE_SAMPLING = { reservoirSize: 0, fixedRate: 0.05 } as const;

/** A GraphQL-shaped error written by API Gateway (a VTL template: `$context.error.messageString` is quoted). */
const gatewayError = (message: string, code: string, messageZh: string): string =>
  `{"errors":[{"message":${message},"extensions":{"code":"${code}","messageZh":${JSON.stringify(messageZh)},"messageEn":${message}}}]}`;

/**
 * The public GraphQL route (R6.4: anyone may read the publicity list and file a real-name objection) on an
 * API Gateway REST API, because AWS WAF can be associated with a REST API stage and not with an HTTP API.
 * `POST /graphql` on the `public` stage proxies to the same function as the HTTP API's `/graphql`; the
 * function treats every request of this shape (API Gateway's v1 proxy event) as anonymous, whatever it
 * carries, and authorization admits only the public operations. No authorizer: the callers are the
 * public.
 *
 * Why a REST API with a regional web ACL rather than CloudFront with a CLOUDFRONT-scope ACL: the ACL
 * associated with the stage sees every request to it, the default execute-api endpoint included, so
 * nothing reaches the public route around it; everything stays in the stack's region (a CLOUDFRONT ACL
 * must be created in us-east-1, which means a second stack and cross-region references, and AWS WAF in
 * the Beijing and Ningxia Regions is regional only); and only the public route pays for it. Behind
 * CloudFront, the HTTP API's execute-api endpoint would have to be disabled so that the edge could not be
 * bypassed, which would close `/graphql` too unless it also moved behind CloudFront.
 *
 * Throttling (`PUBLIC_STAGE_THROTTLE`), access logs in the HTTP API's format plus WAF's verdict, execution
 * logs of errors only (no bodies: objections carry names and contacts), X-Ray tracing of a sample
 * (`PUBLIC_TRACE_SAMPLING`).
 *
 * CORS: the preflight (`OPTIONS`, answered by API Gateway) admits only `allowedOrigins`, so no other site
 * can make its visitors' browsers call the route (Apollo's CSRF prevention refuses requests that need no
 * preflight). Actual answers — the function's, throttling's, WAF's — carry `access-control-allow-origin:
 * *`: they hold only public data, and WAF's static answers cannot name the caller's origin.
 */
export class PublicGraphqlApi extends Construct {
  readonly restApi: RestApi;
  readonly postMethod: Method;
  readonly webAcl: PublicWebAcl;
  /** `https://<id>.execute-api.<region>.<suffix>/public/graphql`. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: PublicGraphqlApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.restApi = new RestApi(this, 'RestApi', {
      restApiName: `${Stack.of(this).stackName}-public`,
      description: 'smart-factory-awards public GraphQL route (R6.4), behind AWS WAF',
      endpointTypes: [EndpointType.REGIONAL],
      // REST API logging needs the account's API Gateway CloudWatch role (one per account and region).
      // Retained, so that deleting this stack does not turn logging off for other APIs of the account.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: PUBLIC_STAGE,
        throttlingRateLimit: PUBLIC_STAGE_THROTTLE.rateLimit,
        throttlingBurstLimit: PUBLIC_STAGE_THROTTLE.burstLimit,
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.httpMethod $context.resourcePath',
            status: '$context.status',
            latency: '$context.integrationLatency',
            waf: '$context.wafResponseCode',
          }),
        ),
      },
    });

    const resource = this.restApi.root.addResource(PUBLIC_RESOURCE, {
      defaultCorsPreflightOptions: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: ['POST', 'OPTIONS'],
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
        // Fewer preflights per visitor (each is a request to the route; browsers cap this at 2 h or less).
        maxAge: Duration.hours(2),
      },
    });
    this.postMethod = resource.addMethod(
      'POST',
      // Proxy integration: the function receives API Gateway's v1 event. No test-invoke permission: the
      // console's test call would skip the stage, and its web ACL.
      new LambdaIntegration(props.handler, { allowTestInvoke: false }),
      { authorizationType: AuthorizationType.NONE },
    );

    // API Gateway's own answers (throttled, unknown path, oversized, integration failure) in the same
    // GraphQL error shape as the function's, readable by browsers.
    const anyOrigin = { 'Access-Control-Allow-Origin': "'*'" };
    this.restApi.addGatewayResponse('Throttled', {
      type: ResponseType.THROTTLED,
      statusCode: '429',
      responseHeaders: anyOrigin,
      templates: {
        'application/json': gatewayError(
          JSON.stringify(EDGE_REFUSALS.publicRouteBusy.en),
          'RATE_LIMITED',
          EDGE_REFUSALS.publicRouteBusy.zh,
        ),
      },
    });
    this.restApi.addGatewayResponse('Default4xx', {
      type: ResponseType.DEFAULT_4XX,
      responseHeaders: anyOrigin,
      templates: {
        'application/json': gatewayError(
          '$context.error.messageString',
          'BAD_REQUEST',
          EDGE_REFUSALS.gatewayRefused,
        ),
      },
    });
    this.restApi.addGatewayResponse('Default5xx', {
      type: ResponseType.DEFAULT_5XX,
      responseHeaders: anyOrigin,
      templates: {
        'application/json': gatewayError(
          '$context.error.messageString',
          'INTERNAL_SERVER_ERROR',
          EDGE_REFUSALS.gatewayFailed,
        ),
      },
    });

    // The stage is traced (tracingEnabled) by this rule rather than X-Ray's default one; the function behind
    // it traces what the stage sampled (PassThrough).
    new CfnSamplingRule(this, 'TraceSampling', {
      samplingRule: {
        ruleName: Names.uniqueResourceName(this, { maxLength: 32 }),
        priority: 100,
        ...PUBLIC_TRACE_SAMPLING,
        serviceName: `${this.restApi.restApiName}/${PUBLIC_STAGE}`,
        serviceType: 'AWS::ApiGateway::Stage',
        host: '*',
        httpMethod: '*',
        urlPath: '*',
        resourceArn: '*',
        version: 1,
      },
    });

    this.webAcl = new PublicWebAcl(this, 'WebAcl', { stage: this.restApi.deploymentStage });
    this.url = this.restApi.urlForPath(`/${PUBLIC_RESOURCE}`);
    // The stack outputs the route's URL (`PublicGraphqlUrl`); the stage URL CDK adds would be a second,
    // incomplete one.
    this.restApi.node.tryRemoveChild('Endpoint');
  }
}
