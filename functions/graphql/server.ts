import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApiMode, TrustedDocumentsMode } from '#config/env';
import type { GraphQLContext } from './context.ts';
import type { ErrorLogger } from './format-error.ts';
import { createFormatError } from './format-error.ts';
import { buildApiSchema } from './schema.ts';
import type { RequestObserver } from './observe-plugin.ts';
import { observePlugin } from './observe-plugin.ts';
import { costPlugin } from './cost-plugin.ts';
import { languagePlugin } from './language.ts';
import { trustedDocumentsPlugin } from './trusted-documents.ts';
import { variableValuesPlugin } from './variable-values.ts';

/** The longest document accepted, in tokens: the API's largest screen is a few hundred. */
export const MAX_TOKENS = 2_000;

/**
 * Limits on what one request may ask (GraphQL Armor): how deep (fragments flattened, so depth cannot hide
 * in them), how many aliases, directives and tokens, and a cost. Generous for every operation the API's
 * own examples and screens need; far below what a hostile query needs to hurt. Field suggestions ("did you
 * mean …") would reveal the schema: off in production.
 */
export const ARMOR = (production: boolean): GraphQLArmorConfig => ({
  maxDepth: { n: 10, flattenFragments: true, ignoreIntrospection: !production },
  maxAliases: { n: 15, allowList: [] },
  maxDirectives: { n: 20 },
  // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens` below): Armor's token plugin
  // throws from a parsing hook, which Apollo answers with a 500 instead of a parse error.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20_000, ignoreIntrospection: !production },
  blockFieldSuggestion: { enabled: production },
});

/** `Cache-Control: no-store` on every response. */
const noStore: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

export interface ServerOptions {
  readonly mode: ApiMode;
  readonly logError: ErrorLogger;
  /** Told of each response's refusals and successful mutations (metrics in Lambda). */
  readonly observer?: RequestObserver | undefined;
  /**
   * `required`: only registered operations (trusted documents) are served. Absent or `off`: any operation,
   * registered ids still resolved. The composition roots pass `TRUSTED_DOCUMENTS`.
   */
  readonly trustedDocuments?: TrustedDocumentsMode | undefined;
}

/**
 * The one Apollo Server factory, used by the Lambda handler and by `npm start`. Production mode turns
 * off introspection, field suggestions and stack traces; no mode has Apollo's landing page.
 */
export function createApolloServer({
  mode,
  logError,
  observer,
  trustedDocuments = 'off',
}: ServerOptions): ApolloServer<GraphQLContext> {
  const production = mode === 'production';
  const armor = new ApolloArmor(ARMOR(production)).protect();
  return new ApolloServer<GraphQLContext>({
    schema: buildApiSchema(),
    validationRules: armor.validationRules,
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
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
      // Registered operations only, when required: first, so an unregistered document is never parsed.
      trustedDocumentsPlugin(trustedDocuments),
      // GraphQL Armor is typed against @apollo/server's CommonJS declarations; we load its ESM build: the
      // same interface declared twice, so TypeScript needs telling.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      // Variable values a type refuses answer BAD_USER_INPUT with `extensions.fields` and HTTP 200, as a
      // resolver's InvalidInput does (one shape for every input error), before anything runs.
      variableValuesPlugin(),
      ...(observer ? [observePlugin(observer)] : []),
      // What each request cost in DynamoDB reads, against its own budget (the transports meter each request)
      // and its caller's rate budget, which it charges; a caller past its budget is refused here.
      costPlugin({ logError }),
      // Every response is for its caller only and must never be stored (GET included). Said with one
      // header: Apollo's cache-control plugin, which would say the same, wraps every field's resolver to
      // compute hints this API never gives.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      // Error messages in Chinese for a caller whose Accept-Language prefers it (both are always in
      // `extensions.messageZh` / `messageEn`).
      languagePlugin(),
      // Federated tracing is for subgraphs; this API is not one. Disabled, its code (and protobuf) stays
      // unloaded instead of being imported at every start to find that out.
      ApolloServerPluginInlineTraceDisabled(),
      // No landing page in any mode: Apollo's loads its Sandbox from a CDN (and fails offline). Locally,
      // `/` and `/graphql` opened in a browser go to our own GraphiQL, served from node_modules.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
