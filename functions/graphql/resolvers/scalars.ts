import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { formatCst } from '#domain/time/cst';

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

/**
 * Instants go out in China Standard Time with their offset (`2026-11-30T11:24:13.000+08:00`, R6.4.1),
 * where users think; input takes any RFC 3339 offset, as graphql-scalars' DateTime does.
 */
export const DateTimeCstResolver = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => formatCst(DateTimeResolver.serialize(value)),
});

export const scalarResolvers = {
  DateTime: DateTimeCstResolver,
  LocalDate: LocalDateResolver,
  Fen: FenResolver,
  SafeAmount: SafeAmountResolver,
};
