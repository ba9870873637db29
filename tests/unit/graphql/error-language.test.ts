import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PolicyViolation } from '#domain/errors';
import type { GraphQLContext } from '#graphql/context';
import { createFormatError, unauthenticatedRequest } from '#graphql/format-error';
import { Unauthenticated } from '#domain/errors';
import { languagePlugin } from '#graphql/language';

/**
 * Issue 18: every GraphQL error carries its message in Chinese and in English (`extensions.messageZh`,
 * `extensions.messageEn`), and `message` is in the language the caller's Accept-Language prefers (English
 * by default), whatever raised it: a domain error, graphql-js's validation, or an internal error.
 */

const server = new ApolloServer<GraphQLContext>({
  typeDefs: 'type Query { refused: String, broken: String, echo(n: Int!): Int }',
  resolvers: {
    Query: {
      refused: () => {
        throw new PolicyViolation('R6.6', 'batch B-1 is already CLOSED');
      },
      broken: () => {
        throw new Error('table missing');
      },
      echo: (_parent, { n }: { n: number }) => n,
    },
  },
  formatError: createFormatError(() => undefined),
  plugins: [languagePlugin()],
});

async function errorOf(query: string, acceptLanguage?: string): Promise<GraphQLFormattedError | undefined> {
  const headers = new HeaderMap(acceptLanguage === undefined ? [] : [['accept-language', acceptLanguage]]);
  const response = await server.executeOperation(
    { query, http: { method: 'POST', headers, search: '', body: {} } },
    { contextValue: {} as GraphQLContext },
  );
  return response.body.kind === 'single' ? response.body.singleResult.errors?.[0] : undefined;
}

describe('error messages in both languages (issue 18)', () => {
  it('a domain error: English by default, both in extensions', async () => {
    const error = await errorOf('{ refused }');
    expect(error?.message).toBe('batch B-1 is already CLOSED');
    expect(error?.extensions).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R6.6',
      messageZh: '不符合政策规定（R6.6 资金拨付）。详细说明（英文）：batch B-1 is already CLOSED',
      messageEn: 'batch B-1 is already CLOSED',
    });
  });

  it.each(['zh', 'zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8'])(
    'Accept-Language %s: the message in Chinese',
    async (header) => {
      const error = await errorOf('{ refused }', header);
      expect(error?.message).toBe(
        '不符合政策规定（R6.6 资金拨付）。详细说明（英文）：batch B-1 is already CLOSED',
      );
      expect(error?.extensions?.['messageEn']).toBe('batch B-1 is already CLOSED');
    },
  );

  it('English stays English when the caller prefers it', async () => {
    expect((await errorOf('{ refused }', 'en-US,en;q=0.9,zh;q=0.5'))?.message).toBe(
      'batch B-1 is already CLOSED',
    );
  });

  it('graphql-js’s own errors get their code’s Chinese with the English beside it', async () => {
    const error = await errorOf('{ nothing }', 'zh-CN');
    expect(error?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/^查询语句不符合接口定义。详细说明（英文）：Cannot query field "nothing"/);
    expect(error?.extensions?.['messageEn']).toMatch(/^Cannot query field "nothing"/);
  });

  it('an internal error is masked in both languages, with its correlation id', async () => {
    const error = await errorOf('{ broken }', 'zh');
    const correlationId = error?.extensions?.['correlationId'] as string;
    expect(error?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.message).toBe(`服务器内部错误（错误编号 ${correlationId}，请提供给运维人员查询日志）`);
    expect(error?.extensions?.['messageEn']).toBe('Internal server error');
    expect(JSON.stringify(error)).not.toContain('table missing');
  });

  it('a failed identity, refused before any plugin runs, is in the language asked where it is refused', () => {
    const refused = unauthenticatedRequest(new Unauthenticated('token has expired'), 'zh');
    expect(refused.message).toBe('未登录或登录已失效，请重新登录。详细说明（英文）：token has expired');
    expect(refused.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageZh: refused.message,
      messageEn: 'token has expired',
      http: { status: 401 },
    });
  });
});
