import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '#domain/errors';

export type ErrorLogger = (entry: { correlationId: string; error: unknown }) => void;

/**
 * The one place where errors become what clients see. Domain errors keep their code and details;
 * errors GraphQL itself raised (parse, validation, variable coercion) keep theirs; anything else is
 * masked as INTERNAL_SERVER_ERROR with a correlation id that finds the full error in the logs.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...original.details() },
      };
    }
    // Apollo gives every error it did not expect INTERNAL_SERVER_ERROR; any other code was set on purpose
    // (parse, validation and coercion errors, or ours). Codes, not `instanceof`: graphql-js can be loaded
    // twice (ESM and CommonJS builds), and its classes then differ.
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    const correlationId = randomUUID();
    log({ correlationId, error: original });
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}

/** An identity failure before any resolver runs: the whole request is refused with HTTP 401. */
export function unauthenticatedRequest(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, http: { status: 401 } },
  });
}

/**
 * A request refused as a whole before any resolver runs (rate limit, unregistered operation): its code and
 * details as a domain error's, and its HTTP status.
 */
export function refusedRequest(error: DomainError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details(), http: { status } },
  });
}
