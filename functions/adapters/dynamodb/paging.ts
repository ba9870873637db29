import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { InvalidInput } from '#domain/errors';
import type { Page } from '#domain/validation';

type Key = Record<string, string>;

/** Cursors are the index key of the last item returned, opaque to clients. */
export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, keyNames: readonly string[]): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      typeof key === 'object' &&
      key !== null &&
      keyNames.every((name) => typeof (key as Key)[name] === 'string') &&
      Object.keys(key).length === keyNames.length
    ) {
      return key as Key;
    }
  } catch {
    // fall through to the input error
  }
  throw new InvalidInput([{ path: ['after'], message: 'not a cursor this query returned' }]);
}

/**
 * A cursor is only good for the query that issued it: the same partition, and within the query's
 * `:before` bound (or its `BETWEEN :lo AND :hi` range). Anything else would make DynamoDB refuse the
 * start key, so it is refused here as bad input.
 */
function boundCursor(
  key: Key,
  keyNames: readonly string[],
  input: { ExpressionAttributeValues?: Record<string, unknown> },
): Key {
  const [partitionName, sortName] =
    keyNames.length === 4 ? [keyNames[2], keyNames[3]] : [keyNames[0], keyNames[1]];
  const values = input.ExpressionAttributeValues ?? {};
  const before = values[':before'];
  const samePartition = partitionName !== undefined && key[partitionName] === values[':pk'];
  const sort = sortName === undefined ? undefined : key[sortName];
  const [lo, hi] = [values[':lo'], values[':hi']];
  const withinBound =
    (typeof before !== 'string' || (sortName !== undefined && (sort ?? '') < before)) &&
    (typeof lo !== 'string' || (sort !== undefined && sort >= lo)) &&
    (typeof hi !== 'string' || (sort !== undefined && sort <= hi));
  if (samePartition && withinBound) return key;
  throw new InvalidInput([{ path: ['after'], message: 'this cursor belongs to another query' }]);
}

/** The most items one page request reads, whatever its filter: a few times the page, at most this. */
export const MAX_ITEMS_READ_PER_PAGE = 500;

/** How many items a page request of `first` may read before it answers with what it found. */
export function itemsReadBound(first: number): number {
  return Math.min(MAX_ITEMS_READ_PER_PAGE, Math.max(100, 5 * (first + 1)));
}

/**
 * Reads one page of a Query, in index order, without Scan: as few requests as the filters allow
 * (one request when nothing is filtered after reading). `accept` filters in memory after DynamoDB's own
 * FilterExpression. A filtered page reads at most `itemsReadBound(first)` items: when a filter matches
 * little, the page answers with what it found (possibly nothing), `hasNextPage: true` and a cursor to
 * continue from, so a page request's work does not grow with the partition. Callers that need every
 * match follow the cursors until `hasNextPage` is false; a short page is not the end.
 */
export async function queryPage<T>(options: {
  readonly documents: DynamoDBDocumentClient;
  readonly input: Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'>;
  /** Attribute names forming an item's position in this index (table and index keys). */
  readonly keyNames: readonly string[];
  readonly first: number;
  readonly after?: string | null | undefined;
  readonly toNode: (item: Record<string, unknown>) => T;
  readonly accept?: ((node: T) => boolean) | undefined;
}): Promise<Page<T>> {
  const filtered = options.accept !== undefined || options.input.FilterExpression !== undefined;
  const bound = itemsReadBound(options.first);
  const positionOf = (item: Record<string, unknown>): Key =>
    Object.fromEntries(options.keyNames.map((name) => [name, String(item[name])]));
  const found: { key: Key; node: T }[] = [];
  let read = 0;
  let startKey: Record<string, unknown> | undefined = options.after
    ? boundCursor(decodeCursor(options.after, options.keyNames), options.keyNames, options.input)
    : undefined;
  do {
    const page = await options.documents.send(
      new QueryCommand({
        ...options.input,
        // One more than asked tells whether a next page exists; filtered reads take bigger bites, never
        // past the page request's bound.
        Limit: filtered ? Math.min(bound - read, Math.max(100, options.first + 1)) : options.first + 1,
        ExclusiveStartKey: startKey,
      }),
    );
    // Items DynamoDB read, matched or not (its FilterExpression applies after reading).
    read += Math.max(page.ScannedCount ?? 0, page.Items?.length ?? 0);
    for (const item of page.Items ?? []) {
      const node = options.toNode(item);
      if (options.accept && !options.accept(node)) continue;
      found.push({ key: positionOf(item), node });
      if (found.length > options.first) break;
    }
    startKey = page.LastEvaluatedKey;
  } while (found.length <= options.first && startKey !== undefined && read < bound);

  const edges = found.slice(0, options.first).map(({ key, node }) => ({ cursor: encodeCursor(key), node }));
  if (found.length <= options.first && startKey !== undefined) {
    // Stopped at the bound before the page was full: continue from the last item read, not returned.
    return { edges, hasNextPage: true, endCursor: encodeCursor(positionOf(startKey)) };
  }
  return { edges, hasNextPage: found.length > options.first, endCursor: edges.at(-1)?.cursor ?? null };
}

/** A page holding at most one item, for scopes that can see a single row. */
export function singleItemPage<T>(node: T | undefined, cursorKey: Key): Page<T> {
  if (node === undefined) return { edges: [], hasNextPage: false, endCursor: null };
  const cursor = encodeCursor(cursorKey);
  return { edges: [{ cursor, node }], hasNextPage: false, endCursor: cursor };
}
