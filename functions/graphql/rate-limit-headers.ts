/**
 * The response headers that tell an HTTP caller its rate budget, as GitHub's API names them: the budget
 * of the window, what is left of it, what was used, and when it resets (epoch seconds); `Retry-After`
 * (seconds) on a refusal. Browsers let a page read them only when CORS exposes them: the HTTP API's CORS
 * configuration (infra/constructs/graphql-api.ts), the local server's, and every answer of the function
 * (`Access-Control-Expose-Headers`, for routes whose CORS headers the function writes) list them.
 */
export const RATE_LIMIT_HEADERS = {
  limit: 'X-RateLimit-Limit',
  remaining: 'X-RateLimit-Remaining',
  used: 'X-RateLimit-Used',
  reset: 'X-RateLimit-Reset',
  retryAfter: 'Retry-After',
} as const;

/** What CORS must expose for a page to read its rate budget. */
export const EXPOSED_HEADERS: readonly string[] = Object.values(RATE_LIMIT_HEADERS);
