/**
 * The address a request came from, as API Gateway saw it (the TCP peer, or what the edge in front of it
 * vouches for): `requestContext.http.sourceIp` in the HTTP API's payload v2, `requestContext.identity.sourceIp`
 * in the REST API's v1 proxy event. Never a header the caller wrote (`X-Forwarded-For` can say anything).
 * Anonymous callers' rate budgets are keyed by it.
 */
export function sourceIpOf(event: { readonly requestContext?: unknown }): string | undefined {
  const context = event.requestContext as
    { http?: { sourceIp?: unknown }; identity?: { sourceIp?: unknown } } | undefined;
  const address = context?.http?.sourceIp ?? context?.identity?.sourceIp;
  return typeof address === 'string' && address !== '' ? address : undefined;
}
