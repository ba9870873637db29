import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { buildASTSchema, GraphQLScalarType, isObjectType, isScalarType, parse } from 'graphql';
import type { Resolvers } from './generated/resolvers-types.ts';
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
  return attachResolvers(schema, resolvers);
}

/**
 * Attaches the resolvers to the schema in place, as graphql-js has them: each object field's `resolve`,
 * and each custom scalar's serializing and parsing. graphql-tools' `addResolversToSchema` also copied the
 * scalars' descriptions (graphql-scalars' English ones over the SDL's bilingual text), URLs and extensions,
 * which nothing reads, and then walked the whole schema again (re-coercing every argument's default value,
 * healing type references) for what this schema does not have — no interface or union to resolve, no
 * default of a custom scalar but an empty list: 4 ms of every cold start (issue 19, B4). A resolver for a
 * type or field the schema lacks is refused, as graphql-tools refused it.
 */
export function attachResolvers(schema: GraphQLSchema, map: Resolvers): GraphQLSchema {
  for (const [typeName, typeResolvers] of Object.entries(map) as [string, unknown][]) {
    const type = schema.getType(typeName);
    if (isScalarType(type) && typeResolvers instanceof GraphQLScalarType) {
      type.serialize = typeResolvers.serialize;
      type.parseValue = typeResolvers.parseValue;
      type.parseLiteral = typeResolvers.parseLiteral;
      continue;
    }
    if (!isObjectType(type) || typeof typeResolvers !== 'object' || typeResolvers === null)
      throw new Error(`resolvers for ${typeName}, which is not an object type or scalar of the schema`);
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(typeResolvers)) {
      const field = fields[fieldName];
      if (field === undefined || typeof resolve !== 'function')
        throw new Error(`a resolver for ${typeName}.${fieldName}, which the schema does not have`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
