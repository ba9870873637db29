import type { GraphQLScalarLiteralParser, GraphQLScalarValueParser, ValueNode } from 'graphql';
import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { formatCst } from '#domain/time/cst';

/**
 * Input errors say what the value must be in the API's words (issue 18), never the name of the library
 * scalar underneath (`SafeInt cannot represent …`): the same message whether the value came as a variable
 * (then `extensions.fields` names its path, functions/graphql/variable-values.ts) or as a literal in the
 * document.
 */
function shown(value: unknown): string {
  // JSON.stringify answers undefined for undefined and functions.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}

function literalShown(node: ValueNode): string {
  return node.kind === Kind.INT || node.kind === Kind.FLOAT ? node.value : print(node);
}

/** The same check for a variable's value and a literal's, with one message. */
function scalarParsers<T>(
  check: (value: unknown, shownAs: string) => T,
  fromLiteral: (node: ValueNode) => unknown,
): { parseValue: GraphQLScalarValueParser<T>; parseLiteral: GraphQLScalarLiteralParser<T> } {
  return {
    parseValue: (value) => check(value, shown(value)),
    parseLiteral: (node) => {
      try {
        return check(fromLiteral(node), literalShown(node));
      } catch (error) {
        if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: node });
        throw error;
      }
    },
  };
}

const FEN_EXAMPLE = '1 yuan = 100 fen: 1,500 yuan is 150000';

function checkFen(value: unknown, shownAs: string): number {
  if (typeof value === 'string')
    throw new GraphQLError(
      `an amount in fen is a JSON number, not a string (${FEN_EXAMPLE}); got ${shownAs}`,
    );
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new GraphQLError(`an amount in fen must be a whole number of fen (${FEN_EXAMPLE}); got ${shownAs}`);
  if (!Number.isSafeInteger(value))
    throw new GraphQLError(
      `an amount in fen must be between ${-Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (larger numbers lose fen in JSON); got ${shownAs}`,
    );
  return value;
}

/** A literal's own value, for the check: an integer literal as its number, anything else as what it is. */
function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
      return node.value;
    default:
      return print(node);
  }
}

const moneyParsers = scalarParsers(checkFen, (node) =>
  // A float literal stays a float even when it is whole (`150000.0` is not an amount in fen).
  node.kind === Kind.FLOAT ? Number.NaN : literalValue(node),
);

/** Money in integer fen: a safe integer (JSON numbers beyond 2^53 would lose fen), never a fraction. */
export const FenResolver = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  ...moneyParsers,
  name: 'Fen',
  description: 'An amount of money in integer fen (1 yuan = 100 fen).',
});

/** A signed amount in fen (a balance that an override may take below zero). */
export const SafeAmountResolver = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  ...moneyParsers,
  name: 'SafeAmount',
  description: 'A signed amount of money in integer fen.',
});

/** A library scalar's own check, its message replaced by ours. */
function reworded<T>(
  parse: (value: unknown) => T,
  message: (shownAs: string) => string,
): (value: unknown, shownAs: string) => T {
  return (value, shownAs) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof GraphQLError) throw new GraphQLError(message(shownAs));
      throw error;
    }
  };
}

const checkDateTime = reworded(
  (value) => DateTimeResolver.parseValue(value),
  (value) =>
    `an instant is an ISO 8601 date and time with its offset, e.g. "2026-09-28T09:00:00+08:00"; got ${value}`,
);

/**
 * Instants go out in China Standard Time with their offset (`2026-11-30T11:24:13.000+08:00`, R6.4.1),
 * where users think; input takes any RFC 3339 offset, as graphql-scalars' DateTime does.
 */
export const DateTimeCstResolver = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  ...scalarParsers(checkDateTime, (node) => (node.kind === Kind.STRING ? node.value : Number.NaN)),
  serialize: (value) => formatCst(DateTimeResolver.serialize(value)),
});

const checkLocalDate = reworded(
  (value) => LocalDateResolver.parseValue(value),
  (value) =>
    `a date is a calendar date written YYYY-MM-DD (China Standard Time), e.g. "2026-09-28"; got ${value}`,
);

export const LocalDateCstResolver = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  ...scalarParsers(checkLocalDate, (node) => (node.kind === Kind.STRING ? node.value : Number.NaN)),
});

export const scalarResolvers = {
  DateTime: DateTimeCstResolver,
  LocalDate: LocalDateCstResolver,
  Fen: FenResolver,
  SafeAmount: SafeAmountResolver,
};
