import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';

/**
 * Issue 18: one shape for every input error. A value a scalar, an enum or an input type refuses in the
 * variables answers as a resolver's InvalidInput does: HTTP 200, `BAD_USER_INPUT`, `extensions.fields`
 * naming each value by its path from the variable, in the API's words (never `SafeInt`). A literal written
 * into the document is part of the document: GRAPHQL_VALIDATION_FAILED, HTTP 400, with the same words.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi('development');
  token = await api.token({ userId: 'fin-1', role: 'FINANCE' });
});
afterAll(async () => api.close());

const SET_BUDGET =
  'mutation Set($input: SetBudgetInput!) { setBudget(input: $input) { fiscalYear amountFen } }';

interface FieldError {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

async function setBudget(input: Record<string, unknown>) {
  const { status, body } = await api.query(SET_BUDGET, { token, variables: { input } });
  const error = body.errors?.[0];
  return {
    status,
    body,
    code: error?.extensions?.['code'],
    fields: error?.extensions?.['fields'] as FieldError[] | undefined,
    message: error?.message,
  };
}

describe('malformed amounts in variables (issue 18)', () => {
  it.each([
    ['a fraction', 1500.5, /an amount in fen must be a whole number of fen .*got 1500\.5/],
    ['a string', '150000', /an amount in fen is a JSON number, not a string .*got "150000"/],
    ['beyond 2^53', 2 ** 60, /an amount in fen must be between -9007199254740991 and 9007199254740991/],
  ])('%s answers HTTP 200 BAD_USER_INPUT naming input.amountFen', async (_case, amountFen, message) => {
    const answer = await setBudget({ fiscalYear: 2026, amountFen });
    expect(answer.status).toBe(200);
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.fields).toEqual([
      {
        path: ['input', 'amountFen'],
        message: expect.stringMatching(message) as unknown,
        messageZh: expect.stringMatching(/^金额（分）应/) as unknown,
      },
    ]);
    expect(answer.message).toMatch(/^input\.amountFen: an amount in fen/);
    expect(JSON.stringify(answer.body)).not.toMatch(/SafeInt/);
    expect(answer.body.data).toBeUndefined();
  });

  it('lists every offending value at once: a missing field, an unknown one, a wrong type', async () => {
    const answer = await setBudget({ amountFen: 'lots', year: 2026 });
    expect(answer.status).toBe(200);
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(answer.fields).toEqual(
      expect.arrayContaining([
        { path: ['input', 'fiscalYear'], message: 'is required (Int!)', messageZh: '必填（Int!）' },
        {
          path: ['input', 'year'],
          message: 'is not a field of SetBudgetInput',
          messageZh: '不是 SetBudgetInput 的字段',
        },
        {
          path: ['input', 'amountFen'],
          message: expect.stringMatching(/^an amount in fen/) as unknown,
          messageZh: expect.stringMatching(/^金额（分）应为 JSON 数字/) as unknown,
        },
      ]),
    );
    expect(answer.fields).toHaveLength(3);
  });

  it('a missing or null variable is named by the variable itself', async () => {
    const missing = await api.query(SET_BUDGET, { token, variables: {} });
    expect(missing.status).toBe(200);
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input'], message: 'is required (SetBudgetInput!)' }],
    });
    const nulled = await api.query(SET_BUDGET, { token, variables: { input: null } });
    expect(nulled.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input'], message: 'must not be null (SetBudgetInput!)' }],
    });
  });

  it('has the shape of an input error a resolver finds (InvalidInput), status included', async () => {
    const fromVariables = await api.query(
      'query Page($first: Int) { enterprises(first: $first) { pageInfo { hasNextPage } } }',
      {
        token,
        variables: { first: 2.5 },
      },
    );
    const fromResolver = await api.query(
      'query Page($first: Int) { enterprises(first: $first) { pageInfo { hasNextPage } } }',
      {
        token: await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }),
        variables: { first: 500 },
      },
    );
    for (const answer of [fromVariables, fromResolver]) {
      expect(answer.status).toBe(200);
      const extensions = answer.body.errors?.[0]?.extensions ?? {};
      expect(extensions['code']).toBe('BAD_USER_INPUT');
      expect(extensions['fields']).toEqual([
        { path: ['first'], message: expect.any(String) as unknown, messageZh: expect.any(String) as unknown },
      ]);
      expect(extensions['messageZh']).toMatch(/^输入有误：first：/);
    }
  });

  it('dates and instants say what they must look like', async () => {
    const { status, body } = await api.query(
      'query Records($filter: AuditRecordFilter!) { auditRecords(filter: $filter) { __typename } }',
      { token, variables: { filter: { from: '2026/09/28', to: '2026-09-30' } } },
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['filter', 'from'],
          message: expect.stringMatching(
            /^a date is a calendar date written YYYY-MM-DD .*got "2026\/09\/28"$/,
          ) as unknown,
        },
      ],
    });
  });
});

describe('malformed amounts written into the document', () => {
  it('are refused with the document (HTTP 400, GRAPHQL_VALIDATION_FAILED) in the same words', async () => {
    const { status, body } = await api.query(
      'mutation { setBudget(input: { fiscalYear: 2026, amountFen: 1500.5 }) { fiscalYear } }',
      { token },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(
      /^an amount in fen must be a whole number of fen .*got 1500\.5$/,
    );
  });
});
