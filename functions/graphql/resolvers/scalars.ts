import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Money in integer fen: a safe integer (JSON numbers beyond 2^53 would lose fen), never a fraction. */
export const FenResolver = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'Fen',
  description: 'An amount of money in integer fen (1 yuan = 100 fen).',
});

/** A signed amount in fen (a balance that an override may take below zero). */
export const SafeAmountResolver = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'SafeAmount',
  description: 'A signed amount of money in integer fen.',
});

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  Fen: FenResolver,
  SafeAmount: SafeAmountResolver,
};
