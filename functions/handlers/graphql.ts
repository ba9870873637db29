/**
 * Lambda entry point of the GraphQL API. Composition root: config, clients and the Apollo server are built
 * once per container; each request only adds its caller. Two APIs reach this function, and the event's
 * shape says which:
 * - the HTTP API (payload v2, `version: '2.0'`): `/graphql`, every route behind the Cognito JWT
 *   authorizer, whose verified claims name the caller;
 * - the public route's REST API (API Gateway's v1 proxy event), behind AWS WAF: every caller is anonymous,
 *   whatever the request carries, and authorization admits only public operations (R6.4).
 */
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with {
  'resolution-mode': 'require',
};
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  Context,
} from 'aws-lambda';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import { loadedOnFirstUse } from '#adapters/loaded-on-first-use';
import { logger } from '#adapters/observability/logs';
import { principalFromAuthorizerClaims } from '#adapters/identity/request-identity';
import { sourceIpOf } from '#adapters/identity/source-ip';
import { requestMetrics } from '#adapters/observability/request-metrics';
import { loadApiConfig } from '#config/env';
import { systemClock } from '#domain/clock';
import { DomainError } from '#domain/errors';
import { preferredLanguage, render } from '#domain/messages/bilingual';
import { requestBodyTooLarge } from '#domain/messages/transport';
import { createAppServices, requestContext } from '#graphql/app-services';
import type { GraphQLContext } from '#graphql/context';
import { transportError, unauthenticatedRequest } from '#graphql/format-error';
import { createApolloServer } from '#graphql/server';

const config = loadApiConfig(process.env);
/**
 * Powertools' metrics, loaded only when the stack turns them on (with the opt-in Operations dashboard):
 * off, they would publish nothing, and a cold start need not load them (issue 19, B4).
 */
const powertoolsMetrics =
  process.env['POWERTOOLS_METRICS_DISABLED'] === 'true'
    ? undefined
    : await import('#adapters/observability/metrics');
const count = powertoolsMetrics?.count ?? ((): void => undefined);
const app = createAppServices({
  mode: config.mode,
  dynamo: createDynamoClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
  tableName: config.tableName,
  clock: systemClock,
  // S3, Step Functions and Lambda serve a few operations each: their clients load when first needed, so a
  // cold start pays only for DynamoDB.
  files: loadedOnFirstUse(async () => {
    const [{ S3Client }, { S3FileStore }] = await Promise.all([
      import('@aws-sdk/client-s3'),
      import('#adapters/files/s3-file-store'),
    ]);
    const client = new S3Client({ region: config.region });
    return new S3FileStore(client, config.attachmentsBucket, systemClock);
  }),
  workflow: () =>
    loadedOnFirstUse(async () => {
      const [{ SFNClient }, { StepFunctionsWorkflow }] = await Promise.all([
        import('@aws-sdk/client-sfn'),
        import('#adapters/workflow/step-functions-workflow'),
      ]);
      const client = new SFNClient({ region: config.region });
      return new StepFunctionsWorkflow(client, config.stateMachineArn);
    }),
  imports: () =>
    loadedOnFirstUse(async () => {
      const [{ LambdaClient }, { LambdaImportQueue }] = await Promise.all([
        import('@aws-sdk/client-lambda'),
        import('#adapters/imports/lambda-import-queue'),
      ]);
      const client = new LambdaClient({ region: config.region });
      return new LambdaImportQueue(client, config.importFunctionName);
    }),
  telemetry: { count },
  // Each caller's budget of reads per window, charged per request (RATE_LIMIT_* variables).
  rateLimits: config.rateLimits,
});
/**
 * Refusals and the dashboard's mutations, counted for CloudWatch (issue 19: only what is graphed). Without
 * the dashboard the stack switches Powertools' metrics off, and with them the embedded record that carried
 * the refusals' codes: those codes are then logged on a line of their own, so an operator still finds why
 * callers were refused (about 1 % of requests).
 */
const counted = requestMetrics({
  count,
  addMetadata: (key, value) => {
    if (powertoolsMetrics === undefined) logger.info('request refused', { [key]: value });
    else powertoolsMetrics.metrics.addMetadata(key, value);
  },
});

/**
 * Publishes the request's metrics, if it has any: Powertools logs a warning line for every empty
 * publication, which was a log line for every read (issue 19).
 */
function publishMetrics(): void {
  counted.flush();
  const metrics = powertoolsMetrics?.metrics;
  if (metrics?.hasStoredMetrics()) metrics.publishStoredMetrics();
}

export const server = createApolloServer({
  mode: config.mode,
  logError: (entry) =>
    logger.error('internal error', { correlationId: entry.correlationId, error: entry.error as Error }),
  observer: counted,
  // TRUSTED_DOCUMENTS=required: registered operations only (the stack passes it from context).
  trustedDocuments: config.trustedDocuments,
});

/** An event from either API: the HTTP API's payload v2, or the public REST API's v1 proxy event. */
export type GatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

/**
 * Only the HTTP API sends payload v2, and only it has the authorizer: anything else is the public route's
 * (and is served as anonymous, so an unexpected shape fails closed).
 */
const isHttpApiEvent = (event: GatewayEvent): event is APIGatewayProxyEventV2 =>
  'version' in event && event.version === '2.0';

/** The claims the HTTP API's JWT authorizer verified; none on the public route, whatever it was sent. */
function verifiedClaims(event: GatewayEvent): Record<string, unknown> | undefined {
  if (!isHttpApiEvent(event)) return undefined;
  const gateway = event.requestContext as typeof event.requestContext & {
    authorizer?: { jwt?: { claims?: Record<string, unknown> } };
  };
  return gateway.authorizer?.jwt?.claims;
}

/**
 * A request header, whatever its case (the REST API keeps the client's; the HTTP API lowers it). A REST
 * event without headers may carry `null`, whatever its type says.
 */
const headerOf = (event: GatewayEvent, name: string): string | undefined =>
  Object.entries((event.headers as Record<string, string | undefined> | null) ?? {}).find(
    ([key]) => key.toLowerCase() === name,
  )?.[1];

const httpApiRequests = handlers.createAPIGatewayProxyEventV2RequestHandler();
const restApiRequests = handlers.createAPIGatewayProxyEventRequestHandler();
/**
 * Both shapes through one Apollo server (it can be started once): each event is parsed by its own
 * parser; the two integrations write the same result (`statusCode`, `headers`, `body`), valid for both.
 */
const gatewayRequests: handlers.RequestHandler<GatewayEvent, APIGatewayProxyResult> = {
  fromEvent: (event) =>
    isHttpApiEvent(event) ? httpApiRequests.fromEvent(event) : restApiRequests.fromEvent(event),
  toSuccessResult: restApiRequests.toSuccessResult,
  toErrorResult: restApiRequests.toErrorResult,
};

const apolloHandler = startServerAndCreateLambdaHandler(
  // The integration is typed against @apollo/server's CommonJS declarations and we load its ESM build:
  // the same class declared twice, so TypeScript needs telling.
  server as unknown as CommonJsApolloServer<GraphQLContext>,
  gatewayRequests,
  {
    context: ({ event }): Promise<GraphQLContext> => {
      try {
        return Promise.resolve(
          requestContext(app, principalFromAuthorizerClaims(verifiedClaims(event)), sourceIpOf(event)),
        );
      } catch (error) {
        if (error instanceof DomainError)
          throw unauthenticatedRequest(error, preferredLanguage(headerOf(event, 'accept-language')));
        throw error;
      }
    },
  },
);

/**
 * Answers of the public route are readable by any origin: they hold only public data, and the REST API's
 * preflight (which admits only the front ends' origins) is what keeps other sites from calling it.
 * The HTTP API adds its own CORS headers.
 */
const withPublicCors = (event: GatewayEvent, result: APIGatewayProxyResult): APIGatewayProxyResult =>
  isHttpApiEvent(event)
    ? result
    : { ...result, headers: { ...result.headers, 'access-control-allow-origin': '*' } };

/** The largest request body served (the HTTP API itself would take 10 MB): the same limit as locally. */
const MAX_BODY_BYTES = 1_000_000;

/** Refuses an oversized body before Apollo parses it; every other request goes to Apollo. */
export const handler = async (event: GatewayEvent, context: Context): Promise<APIGatewayProxyResult> => {
  const body = event.body ?? '';
  const size = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) : Buffer.byteLength(body);
  logger.addContext(context);
  logger.appendKeys({ correlationId: event.requestContext.requestId });
  if (size > MAX_BODY_BYTES) {
    counted.rejected('BODY_TOO_LARGE');
    publishMetrics();
    return withPublicCors(event, {
      statusCode: 413,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        errors: [
          transportError(
            'BAD_REQUEST',
            render(requestBodyTooLarge, { limit: '1 MB' }),
            preferredLanguage(headerOf(event, 'accept-language')),
          ),
        ],
      }),
    });
  }
  try {
    // The integration answers through its promise (it never calls back).
    // Each request's DynamoDB reads are metered against its budget (extensions.cost).
    const result = (await withReadMeter(new ReadMeter(), () =>
      apolloHandler(event, context, () => undefined),
    )) as APIGatewayProxyResult;
    return withPublicCors(event, result);
  } finally {
    publishMetrics();
  }
};
