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
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaImportQueue } from '#adapters/imports/lambda-import-queue';
import { StepFunctionsWorkflow } from '#adapters/workflow/step-functions-workflow';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { S3FileStore } from '#adapters/files/s3-file-store';
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
  dynamo: createDynamoClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
  tableName: config.tableName,
  clock: systemClock,
  files: new S3FileStore(new S3Client({ region: config.region }), config.attachmentsBucket, systemClock),
  workflow: () => new StepFunctionsWorkflow(new SFNClient({ region: config.region }), config.stateMachineArn),
  imports: () =>
    new LambdaImportQueue(new LambdaClient({ region: config.region }), config.importFunctionName),
});
export const server = createApolloServer({
  mode: config.mode,
  logError: (entry) => {
    console.error(JSON.stringify({ level: 'ERROR', ...entry, error: String(entry.error) }));
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
export const handler: typeof apolloHandler = (event, context, callback) => {
  const body = event.body ?? '';
  const size = event.isBase64Encoded ? Math.floor((body.length * 3) / 4) : Buffer.byteLength(body);
  if (size > MAX_BODY_BYTES) {
    return Promise.resolve({
      statusCode: 413,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        errors: [{ message: 'request body too large', extensions: { code: 'BAD_REQUEST' } }],
      }),
    });
  }
  return apolloHandler(event, context, callback);
};
