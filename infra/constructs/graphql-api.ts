import { RemovalPolicy } from 'aws-cdk-lib';
import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface GraphqlApiProps {
  readonly handler: IFunction;
  readonly userPool: UserPool;
  readonly appClient: UserPoolClient;
  /** Origins of the front ends allowed to call the API from a browser. */
  readonly allowedOrigins: readonly string[];
}

export const PRIVATE_ROUTE = '/graphql';
/** R6.4: the publicity list and objection filing are open to the public, so they need a route without the authorizer. */
export const PUBLIC_ROUTE = '/public/graphql';

/**
 * The HTTP API in front of the GraphQL Lambda. `/graphql` requires a Cognito ID token (JWT authorizer);
 * `/public/graphql` has no authorizer and its own, lower throttle; the function treats its callers as
 * anonymous, and authorization admits only the public operations.
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
      },
    });
    this.httpApi.addRoutes({
      path: PRIVATE_ROUTE,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration,
      authorizer,
    });
    this.httpApi.addRoutes({ path: PUBLIC_ROUTE, methods: [HttpMethod.POST], integration });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
    // RouteSettings is a free-form JSON property: CloudFormation's own (capitalised) keys, not CDK's.
    stage.routeSettings = {
      [`POST ${PUBLIC_ROUTE}`]: { ThrottlingBurstLimit: 20, ThrottlingRateLimit: 10 },
    };
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
