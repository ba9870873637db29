import { readFileSync } from 'node:fs';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#domain/errors';

/**
 * Issue 18: the front-end guide's error tables list every code a client can meet, and only those: the
 * API's own (`ErrorCode`, mirrored by `enum ErrorCode` in the schema) and Apollo Server's refusals of a
 * request as a whole. PERSISTED_QUERY_NOT_SUPPORTED is Apollo's answer when persisted queries are turned
 * off, which this server never does.
 */
const SERVER_CODES = Object.values(ApolloServerErrorCode).filter(
  (code) => code !== ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
);

function documentedCodes(): string[] {
  const guide = readFileSync('docs/front-end.md', 'utf8');
  const section = guide.slice(
    guide.indexOf('\n## Errors\n'),
    guide.indexOf('\n## ', guide.indexOf('\n## Errors\n') + 1),
  );
  return [...section.matchAll(/^\| `([A-Z_]+)` +\|/gm)].flatMap((match) => (match[1] ? [match[1]] : []));
}

describe('documented error codes (issue 18)', () => {
  it('the guide lists every code the API and the server emit, each once, and nothing else', () => {
    const documented = documentedCodes();
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(
      [...new Set([...Object.values(ErrorCode), ...SERVER_CODES])].sort(),
    );
  });

  it('GRAPHQL_VALIDATION_FAILED and the other request refusals are among them', () => {
    expect(documentedCodes()).toEqual(
      expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']),
    );
  });

  it('the schema’s enum ErrorCode is the domain’s ErrorCode', () => {
    const schema = buildSchema(readFileSync('client/schema.graphql', 'utf8'));
    const type = schema.getType('ErrorCode');
    expect(isEnumType(type)).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(values.sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
