import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '#domain/errors';
import type { Bilingual, Language } from '#domain/messages/bilingual';
import { internalError, withEnglishDetail } from '#domain/messages/errors';

export type ErrorLogger = (entry: { correlationId: string; error: unknown }) => void;

/**
 * Every error says what is wrong in Chinese and in English (issue 18): `extensions.messageZh` and
 * `extensions.messageEn` always, and `message` in the language the caller asked for (English unless its
 * `Accept-Language` prefers Chinese: functions/graphql/language.ts chooses, after this formatter).
 */
const inBoth = (messages: Bilingual): { messageZh: string; messageEn: string } => ({
  messageZh: messages.zh,
  messageEn: messages.en,
});

/**
 * The one place where errors become what clients see. Domain errors keep their code and details;
 * errors GraphQL itself raised (parse, validation, variable coercion) keep theirs; anything else is
 * masked as INTERNAL_SERVER_ERROR with a correlation id that finds the full error in the logs. Each one
 * carries its message in both languages.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const messages = original.messages();
      return {
        message: messages.en,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...original.details(), ...inBoth(messages) },
      };
    }
    // Apollo gives every error it did not expect INTERNAL_SERVER_ERROR; any other code was set on purpose
    // (parse, validation and coercion errors, or ours). Codes, not `instanceof`: graphql-js can be loaded
    // twice (ESM and CommonJS builds), and its classes then differ.
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // A request refused as a whole (below) already says both; graphql-js's own errors get the code's
      // Chinese with their English beside it.
      if (typeof formatted.extensions?.['messageZh'] === 'string') return formatted;
      const messages = { zh: withEnglishDetail.zh({ code, en: formatted.message }), en: formatted.message };
      return { ...formatted, extensions: { ...formatted.extensions, ...inBoth(messages) } };
    }
    const correlationId = randomUUID();
    log({ correlationId, error: original });
    return {
      message: internalError.en({ correlationId }),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        correlationId,
        ...inBoth({ zh: internalError.zh({ correlationId }), en: internalError.en({ correlationId }) }),
      },
    };
  };
}

/**
 * An identity failure before any resolver runs: the whole request is refused with HTTP 401. No plugin sees
 * it, so its `message` is in the caller's language here (`preferredLanguage` of its Accept-Language).
 */
export function unauthenticatedRequest(error: DomainError, language: Language = 'en'): GraphQLError {
  const messages = error.messages();
  return new GraphQLError(messages[language], {
    extensions: { code: error.code, ...inBoth(messages), http: { status: 401 } },
  });
}

/**
 * An error refused by a transport before Apollo reads the request (an oversized body), as JSON: the same
 * shape and both languages as Apollo's errors.
 */
export function transportError(code: string, messages: Bilingual, language: Language): GraphQLFormattedError {
  return { message: messages[language], extensions: { code, ...inBoth(messages) } };
}

/**
 * A request refused as a whole before any resolver runs (rate limit, unregistered operation): its code and
 * details as a domain error's, its message in both languages, and its HTTP status.
 */
export function refusedRequest(error: DomainError, status: number): GraphQLError {
  const messages = error.messages();
  return new GraphQLError(messages.en, {
    extensions: { code: error.code, ...error.details(), ...inBoth(messages), http: { status } },
  });
}
