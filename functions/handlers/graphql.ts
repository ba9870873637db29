/**
 * Lambda entry point of the GraphQL API (API Gateway HTTP API, payload v2). Composition root: config,
 * clients and the Apollo server are built once per container; each request only adds its caller.
 * Both routes reach this function: `/graphql` behind the Cognito JWT authorizer, and `/public/graphql`
 * without one, where every caller is anonymous and authorization admits only public operations.
 */
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with {
  'resolution-mode': 'require',
};
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import { loadedOnFirstUse } from '#adapters/loaded-on-first-use';
import { count, logger, metrics, tracer } from '#adapters/observability/powertools';
import { principalFromAuthorizerClaims } from '#adapters/identity/request-identity';
import { loadApiConfig } from '#config/env';
import { systemClock } from '#domain/clock';
import { DomainError } from '#domain/errors';
import { createAppServices, requestContext } from '#graphql/app-services';
import type { GraphQLContext } from '#graphql/context';
import { unauthenticatedRequest } from '#graphql/format-error';
import { createApolloServer } from '#graphql/server';

const config = loadApiConfig(process.env);
const app = createAppServices({
  mode: config.mode,
  dynamo: tracer.captureAWSv3Client(
    createDynamoClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
  ),
  tableName: config.tableName,
  clock: systemClock,
  // S3, Step Functions and Lambda serve a few operations each: their clients load when first needed, so a
  // cold start pays only for DynamoDB.
  files: loadedOnFirstUse(async () => {
    const [{ S3Client }, { S3FileStore }] = await Promise.all([
      import('@aws-sdk/client-s3'),
      import('#adapters/files/s3-file-store'),
    ]);
    const client = tracer.captureAWSv3Client(new S3Client({ region: config.region }));
    return new S3FileStore(client, config.attachmentsBucket, systemClock);
  }),
  workflow: () =>
    loadedOnFirstUse(async () => {
      const [{ SFNClient }, { StepFunctionsWorkflow }] = await Promise.all([
        import('@aws-sdk/client-sfn'),
        import('#adapters/workflow/step-functions-workflow'),
      ]);
      const client = tracer.captureAWSv3Client(new SFNClient({ region: config.region }));
      return new StepFunctionsWorkflow(client, config.stateMachineArn);
    }),
  imports: () =>
    loadedOnFirstUse(async () => {
      const [{ LambdaClient }, { LambdaImportQueue }] = await Promise.all([
        import('@aws-sdk/client-lambda'),
        import('#adapters/imports/lambda-import-queue'),
      ]);
      const client = tracer.captureAWSv3Client(new LambdaClient({ region: config.region }));
      return new LambdaImportQueue(client, config.importFunctionName);
    }),
  telemetry: { count },
});
export const server = createApolloServer({
  mode: config.mode,
  logError: (entry) =>
    logger.error('internal error', { correlationId: entry.correlationId, error: entry.error as Error }),
  observer: {
    rejected: (code) => count(`Rejected_${code}`),
    mutated: (field) => count(`Mutation_${field}`),
  },
});

const apolloHandler = startServerAndCreateLambdaHandler(
  // The integration is typed against @apollo/server's CommonJS declarations and we load its ESM build:
  // the same class declared twice, so TypeScript needs telling.
  server as unknown as CommonJsApolloServer<GraphQLContext>,
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    context: ({ event }): Promise<GraphQLContext> => {
      const gateway = event.requestContext as typeof event.requestContext & {
        authorizer?: { jwt?: { claims?: Record<string, unknown> } };
      };
      try {
        return Promise.resolve(
          requestContext(app, principalFromAuthorizerClaims(gateway.authorizer?.jwt?.claims)),
        );
      } catch (error) {
        if (error instanceof DomainError) throw unauthenticatedRequest(error);
        throw error;
      }
    },
  },
);

/** The largest request body served (the HTTP API itself would take 10 MB): the same limit as locally. */
const MAX_BODY_BYTES = 1_000_000;

/** Refuses an oversized body before Apollo parses it; every other request goes to Apollo. */
export const handler = async (
  ...[event, context, callback]: Parameters<typeof apolloHandler>
): Promise<APIGatewayProxyStructuredResultV2> => {
  const body = event.body ?? '';
  const size = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) : Buffer.byteLength(body);
  logger.addContext(context);
  logger.appendKeys({ correlationId: event.requestContext.requestId });
  if (size > MAX_BODY_BYTES) {
    count('Rejected_BODY_TOO_LARGE');
    metrics.publishStoredMetrics();
    return {
      statusCode: 413,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        errors: [{ message: 'request body too large', extensions: { code: 'BAD_REQUEST' } }],
      }),
    };
  }
  try {
    // The integration answers through its promise (it never calls back).
    // Each request's DynamoDB reads are metered against its budget (extensions.cost).
    return (await withReadMeter(new ReadMeter(), () =>
      apolloHandler(event, context, callback),
    )) as APIGatewayProxyStructuredResultV2;
  } finally {
    metrics.publishStoredMetrics();
  }
};
