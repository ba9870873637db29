import type { Page } from '#domain/validation';

/** A domain page as a Relay connection. */
export function toConnection<T>(page: Page<T>) {
  return { edges: page.edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
