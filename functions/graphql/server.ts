import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApiMode } from '#config/env';
import type { GraphQLContext } from './context.ts';
import type { ErrorLogger } from './format-error.ts';
import { createFormatError } from './format-error.ts';
import { typeDefs } from './generated/type-defs.ts';
import { resolvers } from './resolvers/index.ts';

export interface ServerOptions {
  readonly mode: ApiMode;
  readonly logError: ErrorLogger;
}

/**
 * The one Apollo Server factory, used by the Lambda handler and by `npm start`. Production mode turns
 * off introspection, field suggestions, stack traces and the landing page.
 */
export function createApolloServer({ mode, logError }: ServerOptions): ApolloServer<GraphQLContext> {
  const production = mode === 'production';
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The composition root owns shutdown (npm start stops DynamoDB Local after the server); Apollo's own
    // signal handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logError),
    plugins: [
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
    ],
  });
}
