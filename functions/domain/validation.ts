import type * as z from 'zod';
import { InvalidInput } from './errors.ts';
import { zodIssueZh } from './messages/field-issues.ts';

/**
 * Parses input with a zod schema; on failure throws `InvalidInput` naming every offending field by its
 * path from the GraphQL argument (e.g. `['input', 'contacts', 0, 'phone']`), in English and in Chinese.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  path: readonly (string | number)[],
): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new InvalidInput(
    parsed.error.issues.map((issue) => ({
      path: [
        ...path,
        ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
      ],
      message: issue.message,
      messageZh: zodIssueZh(issue),
    })),
  );
}

/** The longest id the API issues: a payment's (`PAY-` + its document's id + its project's id), about 90. */
const MAX_ID_LENGTH = 200;

/** Ids in arguments: bounded, so that no oversized key ever reaches the database. */
export function parseId(raw: string, path: readonly (string | number)[]): string {
  const id = raw.trim();
  if (id.length < 1 || id.length > MAX_ID_LENGTH)
    throw new InvalidInput([{ path, message: `an id has 1 to ${MAX_ID_LENGTH} characters` }]);
  return id;
}

/** A page size between 1 and 100 (anything larger is refused rather than silently capped). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new InvalidInput([{ path: ['first'], message: 'first must be between 1 and 100' }]);
  }
  return size;
}

export interface Page<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface PageRequest {
  readonly first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  readonly after?: string | null | undefined;
}
