import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { currentReadMeter } from '#adapters/dynamodb/read-budget';
import { RateLimited } from '#domain/errors';
import type { RateBudget } from '#domain/rate-limits/rate-budget';
import { rateCallerOf } from '#domain/rate-limits/rate-budget';
import { formatCst } from '#domain/time/cst';
import type { Admission } from '#use-cases/rate-limits/rate-limiter';
import type { GraphQLContext } from './context.ts';
import type { ErrorLogger } from './format-error.ts';
import { refusedRequest } from './format-error.ts';
import { EXPOSED_HEADERS, RATE_LIMIT_HEADERS } from './rate-limit-headers.ts';
import { refusedAsUnregistered } from './trusted-documents.ts';

/**
 * Tells each caller what the request cost and what budget it has left, as GitHub's and Shopify's GraphQL
 * APIs do, and charges the caller's rate budget (where the composition root gave one):
 *
 * - `extensions.cost = { dynamodbReads, budget, remaining, reportReads }`: the request's DynamoDB reads
 *   against its own budget (reports read under their own limit, counted apart); then the request's meter
 *   is closed, so that work it started in the background (a local workflow, an import) is not its cost;
 * - `extensions.cost.rateLimit = { cost, limit, used, remaining, resetAt }`: the caller's budget for the
 *   window, after this request's charge (its reads, reports' included, at least 1 point), with HTTP headers
 *   `X-RateLimit-Limit/-Remaining/-Used/-Reset` (epoch seconds, as GitHub);
 * - a caller whose window is used up is refused once the operation is known, before any resolver runs,
 *   DynamoDB read or write: `RATE_LIMITED`, HTTP 429, `Retry-After` in seconds.
 */
export function costPlugin(options: { readonly logError: ErrorLogger }): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: ({ contextValue, request }) => {
      const limiter = contextValue.app.rateLimiter;
      const caller = rateCallerOf(contextValue.principal, contextValue.sourceIp);
      let admission: Admission | undefined;
      return Promise.resolve({
        didResolveOperation: async () => {
          // An unregistered document is refused by its own plugin (and charged as a refusal, below).
          if (limiter === undefined || refusedAsUnregistered(request)) return;
          admission = await limiter.admit(caller);
          if (!admission.admitted)
            throw refusedRequest(
              new RateLimited(
                admission.limit,
                formatCst(admission.window.reset),
                admission.retryAfterSeconds,
              ),
              429,
            );
        },
        willSendResponse: async ({ response }) => {
          const meter = currentReadMeter();
          if (meter !== undefined) meter.closed = true;
          let rate: RateBudget | undefined;
          if (limiter !== undefined) {
            const reads = meter === undefined ? 0 : meter.reads + meter.reportReads;
            try {
              rate = await limiter.settle(admission, caller, reads);
            } catch (error) {
              // The answer (perhaps of a committed change) goes out all the same, without its budget.
              options.logError({ correlationId: randomUUID(), error });
            }
          }
          const headers = response.http.headers;
          if (rate !== undefined) {
            headers.set(RATE_LIMIT_HEADERS.limit.toLowerCase(), String(rate.limit));
            headers.set(RATE_LIMIT_HEADERS.remaining.toLowerCase(), String(rate.remaining));
            headers.set(RATE_LIMIT_HEADERS.used.toLowerCase(), String(rate.used));
            headers.set(
              RATE_LIMIT_HEADERS.reset.toLowerCase(),
              String(Math.floor(rate.reset.getTime() / 1000)),
            );
            if (admission !== undefined && !admission.admitted)
              headers.set(RATE_LIMIT_HEADERS.retryAfter.toLowerCase(), String(admission.retryAfterSeconds));
            // For routes whose CORS headers the function writes itself (the HTTP API answers CORS with its
            // own configuration, which lists the same headers).
            headers.set('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
          }
          if (response.body.kind !== 'single' || (meter === undefined && rate === undefined)) return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              ...(meter === undefined
                ? {}
                : {
                    dynamodbReads: meter.reads,
                    budget: meter.budget,
                    remaining: meter.remaining,
                    reportReads: meter.reportReads,
                  }),
              ...(rate === undefined
                ? {}
                : {
                    rateLimit: {
                      cost: rate.cost,
                      limit: rate.limit,
                      used: rate.used,
                      remaining: rate.remaining,
                      resetAt: formatCst(rate.reset),
                    },
                  }),
            },
          };
        },
      });
    },
  };
}
