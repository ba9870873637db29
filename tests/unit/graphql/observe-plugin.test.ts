import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#domain/identity/principal';
import type { GraphQLContext } from '#graphql/context';
import { createApolloServer } from '#graphql/server';

/** What operators count: every refusal by its code (the observer feeds the Lambda's metrics). */
describe('request observer', () => {
  it('reports each refusal of a response by its error code', async () => {
    const rejected: string[] = [];
    const server = createApolloServer({
      mode: 'production',
      logError: () => undefined,
      observer: { rejected: (code) => rejected.push(code), mutated: () => undefined },
    });
    await server.start();
    // No resolver reaches the services here: authorization and validation refuse first.
    const contextValue = { principal: ANONYMOUS, app: {}, loaders: {} } as unknown as GraphQLContext;
    await server.executeOperation({ query: '{ towns { code } }' }, { contextValue });
    await server.executeOperation({ query: '{ town { code } }' }, { contextValue });
    await server.stop();
    expect(rejected).toEqual(['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED']);
  });
});
