import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from './context.ts';

/** What the server reports of each request, for metrics: refusals by code, mutations that succeeded. */
export interface RequestObserver {
  rejected(code: string): void;
  mutated(field: string): void;
}

/**
 * Tells the observer, once a response is ready, which error codes it carries (FORBIDDEN, BAD_USER_INPUT,
 * POLICY_VIOLATION… — the rejected requests operators watch) and which mutations ran without error.
 */
export function observePlugin(observer: RequestObserver): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, operation }) => {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.['code'];
            observer.rejected(typeof code === 'string' ? code : 'UNKNOWN');
          }
          if (errors.length === 0 && operation?.operation === OperationTypeNode.MUTATION) {
            for (const selection of operation.selectionSet.selections)
              if (selection.kind === Kind.FIELD) observer.mutated(selection.name.value);
          }
          return Promise.resolve();
        },
      }),
  };
}
