import { RemovalPolicy } from 'aws-cdk-lib';
import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EXPOSED_HEADERS } from '#graphql/rate-limit-headers';

export interface GraphqlApiProps {
  readonly handler: IFunction;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  /** Origins of the front ends allowed to call the API from a browser. */
  readonly allowedOrigins: readonly string[];
}

export const PRIVATE_ROUTE = '/graphql';

/**
 * The HTTP API in front of the GraphQL Lambda, for signed-in users: its only route, `/graphql`, requires
 * a Cognito ID token (JWT authorizer), so nothing anonymous reaches the function through it. The public
 * operations (R6.4) are served by `PublicGraphqlApi`, a REST API stage behind AWS WAF, because WAF cannot
 * be attached to an HTTP API; leaving an unauthorized route here would be a way around its rate limits.
 */
export class GraphqlApi extends Construct {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('Integration', props.handler);
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      userPoolClients: [props.appClient],
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'smart-factory-awards GraphQL API',
      corsPreflight: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
        // The caller's rate budget, readable by the front ends' pages (X-RateLimit-*, Retry-After).
        exposeHeaders: [...EXPOSED_HEADERS],
      },
    });
    this.httpApi.addRoutes({
      path: PRIVATE_ROUTE,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration,
      authorizer,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.integrationLatency',
        user: '$context.authorizer.claims.sub',
      }),
    };
  }
}
