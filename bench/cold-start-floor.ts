/**
 * The floor of a cold start, for `bench/cold-start.ts` (issue 19, B4): the least a Lambda handler of the
 * required stack does — graphql-js, Apollo Server behind its Lambda integration, this API's whole schema
 * (the generated type definitions), the DynamoDB client — answering one field backed by one `GetItem`.
 * Bundled exactly as the real function is (`infra/bundle.ts`). It is as lean as that stack allows: the
 * schema is built the cheap way the real one is (`buildASTSchema`, no graphql-tools merge), and Apollo's
 * optional plugins are off, as the real handler has them; what the real handler does beyond this (its
 * resolvers, use cases, authorization, rate limits, metering, limits, logs and metrics) is what the bench
 * weighs against it.
 */
import type { ApolloServer as CommonJsApolloServer } from '@apollo/server' with {
  'resolution-mode': 'require',
};
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildASTSchema, parse } from 'graphql';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { optionalEnv, requireEnv } from '#config/env';
import { typeDefs } from '#graphql/generated/type-defs';

const tableName = requireEnv(process.env, 'TABLE_NAME');
// The DynamoDB client as the real handler makes it (the same credentials against DynamoDB Local).
const documents = createDocumentClient(
  createDynamoClient({
    region: requireEnv(process.env, 'AWS_REGION'),
    endpoint: optionalEnv(process.env, 'DYNAMODB_ENDPOINT'),
  }),
);

const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true });
const enterprise = schema.getQueryType()?.getFields()['enterprise'];
if (!enterprise) throw new Error('the schema has no Query.enterprise');
// One GetItem on the enterprise's item; the type's fields resolve from the item's attributes.
enterprise.resolve = async (_source, args: { creditCode: string }) => {
  const answer = await documents.send(
    new GetCommand({ TableName: tableName, Key: { pk: `ENT#${args.creditCode}`, sk: 'ENT' } }),
  );
  return answer.Item;
};

const server = new ApolloServer({
  schema,
  plugins: [
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginLandingPageDisabled(),
  ],
});

export const handler = startServerAndCreateLambdaHandler(
  // Typed against @apollo/server's CommonJS declarations; the bundle loads its ESM build (see the handler).
  server as unknown as CommonJsApolloServer,
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
);
