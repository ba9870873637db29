import type { ApolloServerPlugin } from '@apollo/server';
import { currentReadMeter } from '#adapters/dynamodb/read-budget';
import type { GraphQLContext } from './context.ts';

/**
 * Tells each caller what the request cost and what budget it had, as GitHub's and Shopify's GraphQL APIs
 * do: `extensions.cost = { dynamodbReads, budget, remaining, reportReads }` (reports
 * read under their own limit, counted apart). Then closes the request's meter, so that
 * work it started in the background (a local workflow, an import) is not counted against it.
 */
export const costPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        const meter = currentReadMeter();
        if (meter === undefined) return Promise.resolve();
        meter.closed = true;
        if (response.body.kind === 'single') {
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              dynamodbReads: meter.reads,
              budget: meter.budget,
              remaining: meter.remaining,
              reportReads: meter.reportReads,
            },
          };
        }
        return Promise.resolve();
      },
    }),
};
