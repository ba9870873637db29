import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { coerceInputValue, isInputType, isNonNullType, typeFromAST } from 'graphql';
import type { FieldIssue } from '#domain/errors';
import { InvalidInput } from '#domain/errors';
import type { GraphQLContext } from './context.ts';
import { refusedRequest } from './format-error.ts';

/** As graphql-js: past this many, the rest of the variables' problems are not listed. */
const MAX_ISSUES = 50;

/**
 * graphql-js words a field's absence and an unknown field as a message about the parent object; say them
 * about the field itself, so that its path names it.
 */
function issueAt(path: readonly (string | number)[], message: string): FieldIssue {
  const missing = /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/.exec(message);
  if (missing?.[1] !== undefined)
    return { path: [...path, missing[1]], message: `is required (${missing[2] ?? ''})` };
  const unknown = /^Field "(\w+)" is not defined by type "([^"]+)"\./.exec(message);
  if (unknown?.[1] !== undefined)
    return { path: [...path, unknown[1]], message: `is not a field of ${unknown[2] ?? ''}` };
  const nulled = /^Expected non-nullable type "([^"]+)" not to be null\.$/.exec(message);
  if (nulled) return { path, message: `must not be null (${nulled[1] ?? ''})` };
  return { path, message };
}

/**
 * Every problem with a request's variable values, each at its path from the variable's name (e.g.
 * `['input', 'amountFen']` for `$input`), the same checks graphql-js makes before executing (required,
 * non-null, the input object's fields, each scalar's and enum's own parsing), but all of them and with
 * their paths as data instead of inside a message.
 */
export function variableIssues(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  values: Readonly<Record<string, unknown>>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    if (issues.length >= MAX_ISSUES) break;
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // Validation has already refused a variable whose type is unknown or not an input type.
    if (type === undefined || !isInputType(type)) continue;
    if (!Object.hasOwn(values, name)) {
      if (isNonNullType(type) && definition.defaultValue === undefined)
        issues.push({ path: [name], message: `is required (${String(type)})` });
      continue;
    }
    const value = values[name];
    if (value === null) {
      if (isNonNullType(type)) issues.push({ path: [name], message: `must not be null (${String(type)})` });
      continue;
    }
    coerceInputValue(value, type, (path, _invalid, error) => {
      if (issues.length < MAX_ISSUES) issues.push(issueAt([name, ...path], error.message));
    });
  }
  return issues;
}

/**
 * One shape for every input error (issue 18): variable values a scalar, an enum or an input type refuses
 * answer as a resolver's `InvalidInput` does — `BAD_USER_INPUT` with `extensions.fields`
 * (`{ path, message }` each) and HTTP 200 — instead of graphql-js's one message per value with the path
 * inside it and Apollo's HTTP 400. Checked once the operation is known, before anything runs.
 */
export function variableValuesPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, operation, request }) => {
          if (operation === undefined) return Promise.resolve();
          const issues = variableIssues(schema, operation, request.variables ?? {});
          return issues.length > 0
            ? Promise.reject(refusedRequest(new InvalidInput(issues), 200))
            : Promise.resolve();
        },
      }),
  };
}
