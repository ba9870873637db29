import { template, words } from './bilingual.ts';

/**
 * What the transports answer before a request reaches the API (issue 18): the function's own 413, and the
 * public route's edge. Apart from the errors' catalogue so that only the bundles that answer them carry them.
 */

/** A request whose body is over a limit (the function's, the public route's), refused before it is read. */
export const requestBodyTooLarge = template<{ readonly limit: string }>(
  ({ limit }) => `请求内容过大（上限 ${limit}），请缩小请求`,
  () => 'request body too large',
);

/**
 * What the public route's edge answers for itself (web ACL, API Gateway), in the GraphQL error shape: the
 * English in `message` (the edge cannot read Accept-Language), both in extensions.
 */
export const EDGE_REFUSALS = {
  tooManyFromAddress: words(
    '来自您所在网络地址的请求过多，请几分钟后再试。',
    'Too many requests from your network address; wait a few minutes and try again.',
  ),
  publicRouteBusy: words(
    '公共接口繁忙，请几秒后再试。',
    'The public route is busy; try again in a few seconds.',
  ),
  /** API Gateway's own 4xx, whose English it writes itself. */
  gatewayRefused: '请求未被接受（API 网关）。详细说明见 messageEn。',
  /** API Gateway's own 5xx. */
  gatewayFailed: '服务暂时不可用，请稍后再试。详细说明见 messageEn。',
} as const;
