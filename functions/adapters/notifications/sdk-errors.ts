import { NotSent } from '#domain/notifications/delivery';

/**
 * An AWS SDK error the service itself answered with (it carries the HTTP status of the answer): the
 * provider did not take the message, so it may be tried again (`NotSent`). Anything else — a timeout, a
 * dropped connection — leaves the outcome unknown and is thrown as it is.
 */
export function asNotSent(error: unknown): unknown {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  if (error instanceof Error && typeof status === 'number') return new NotSent(error.name, { cause: error });
  return error;
}

/**
 * The clients' settings for a send: one try per call (the consumer retries what the provider refused, and
 * only that: the SDK would also retry a request whose answer was lost, sending it twice) and bounded waits.
 */
export const SEND_CLIENT_SETTINGS = {
  maxAttempts: 1,
  requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 },
} as const;
