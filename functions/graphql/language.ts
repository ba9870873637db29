import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { preferredLanguage } from '#domain/messages/bilingual';
import type { GraphQLContext } from './context.ts';

/** An error's `message` in Chinese, when the formatter gave it one (every error has one: format-error.ts). */
function inChinese(error: GraphQLFormattedError): GraphQLFormattedError {
  const zh = error.extensions?.['messageZh'];
  return typeof zh === 'string' ? { ...error, message: zh } : error;
}

/**
 * The language of error messages (issue 18): a caller whose `Accept-Language` prefers Chinese (`zh`,
 * `zh-CN`, `zh-Hans`…) reads each error's `message` in Chinese; any other caller in English. Either way
 * `extensions.messageZh` and `extensions.messageEn` carry both. Requests refused before Apollo's pipeline
 * (a failed identity) choose their language where they are refused (`unauthenticatedRequest`).
 */
export function languagePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: ({ request }) => {
      const language = preferredLanguage(request.http?.headers.get('accept-language'));
      if (language !== 'zh') return Promise.resolve();
      return Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind === 'single' && response.body.singleResult.errors)
            response.body.singleResult.errors = response.body.singleResult.errors.map(inChinese);
          return Promise.resolve();
        },
      });
    },
  };
}
