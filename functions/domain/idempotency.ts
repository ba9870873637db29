/**
 * Port: a request that must happen once, named by a key its client chose (creating a payment batch,
 * recording payment results). The first request's result is kept and replayed for the same key; the same
 * key with a different request is refused (CONFLICT); a duplicate arriving while the first is still
 * running is refused as IN_PROGRESS. A failed request keeps nothing, so it may be tried again.
 */
export interface Idempotency {
  once<T>(
    operation: string,
    key: string,
    request: Record<string, unknown>,
    work: () => Promise<T>,
  ): Promise<T>;
}
