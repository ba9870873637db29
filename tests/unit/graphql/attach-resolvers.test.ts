import { buildSchema, graphqlSync, GraphQLError, GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Resolvers } from '#graphql/generated/resolvers-types';
import { attachResolvers } from '#graphql/schema';

const SDL = `scalar Fen
type Query { price(of: Fen!): Fen!  name: String! }`;

/** A scalar that takes and gives integer fen, refusing anything else. */
const Fen = new GraphQLScalarType({
  name: 'Fen',
  serialize: (value) => Number(value),
  parseValue: (value) => {
    if (!Number.isSafeInteger(value)) throw new GraphQLError('fen must be an integer');
    return value;
  },
});

// Any object passes as the generated map (its members are all optional): the test's types are its own.
const map = (value: object): Resolvers => value;

describe('attaching the resolvers to the schema built from the SDL (issue 19, B4)', () => {
  it('sets each field’s resolver and each custom scalar’s parsing', () => {
    const schema = attachResolvers(
      buildSchema(SDL),
      map({ Fen, Query: { price: (_: unknown, args: { of: number }) => args.of * 2, name: () => 'x' } }),
    );
    const run = (variables: Record<string, unknown>) =>
      graphqlSync({ schema, source: 'query($of: Fen!) { price(of: $of) name }', variableValues: variables });
    expect(run({ of: 150_000 })).toEqual({ data: { price: 300_000, name: 'x' } });
    expect(run({ of: 1.5 }).errors?.[0]?.message).toContain('fen must be an integer');
  });

  it('refuses a resolver for a field or a type the schema does not have', () => {
    expect(() => attachResolvers(buildSchema(SDL), map({ Query: { missing: () => 1 } }))).toThrow(
      'a resolver for Query.missing, which the schema does not have',
    );
    expect(() => attachResolvers(buildSchema(SDL), map({ Mutation: { name: () => 1 } }))).toThrow(
      'resolvers for Mutation, which is not an object type or scalar of the schema',
    );
  });
});
