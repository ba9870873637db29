import { addResolversToSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { buildASTSchema, parse } from 'graphql';
import { typeDefs } from './generated/type-defs.ts';
import { resolvers } from './resolvers/index.ts';

/**
 * The executable schema, built once per process. Cheaper than Apollo's `typeDefs` + `resolvers` path
 * (graphql-tools' makeExecutableSchema merges the type definitions and rebuilds the schema to attach
 * resolvers): about half the time, at every cold start. The SDL needs no validation here: codegen built
 * a schema from it (checked by `npm test`), and graphql-js validates the schema before the first operation.
 */
export function buildApiSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true });
  return addResolversToSchema({ schema, resolvers, updateResolversInPlace: true });
}
