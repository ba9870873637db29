import { describe, expect, it } from 'vitest';
import { createEnterpriseSchema } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import { InvalidInput } from '#domain/errors';
import { enterpriseInput } from '../../../support/registry.ts';

/** Issue 16 item 7: names and bank account names are NFC, on one line, visible and without bidi overrides. */
const base = {
  ...enterpriseInput({ contacts: [{ name: '李经理' }] }),
  bankAccount: {
    bankName: '中国工商银行青浦支行',
    accountName: '上海青禾精密机械有限公司',
    accountNumber: '1001234567890123',
  },
};

function issuesFor(patch: Record<string, unknown>) {
  try {
    parseInput(createEnterpriseSchema, { ...base, ...patch }, ['input']);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  }
}

describe('issue 16 item 7: text hygiene of names', () => {
  it('accepts ordinary names', () => {
    expect(issuesFor({})).toEqual([]);
  });

  it.each([
    ['NUL', 'ACME\u0000Ltd'],
    ['BEL', 'ACME\u0007Ltd'],
    ['a newline', 'ACME\nLtd'],
    ['a carriage return', 'ACME\rLtd'],
    ['a line separator', 'ACME\u2028Ltd'],
  ])('refuses %s in the enterprise name, at input.name', (_what, value) => {
    expect(issuesFor({ name: value })).toEqual([
      { path: 'input.name', message: 'no control characters or line breaks' },
    ]);
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control U+%s in the bank account name, at input.bankAccount.accountName',
    (mark) => {
      expect(issuesFor({ bankAccount: { ...base.bankAccount, accountName: `上海${mark}有限公司` } })).toEqual(
        [
          {
            path: 'input.bankAccount.accountName',
            message: 'no bidirectional override characters (U+202A–U+202E, U+2066–U+2069)',
          },
        ],
      );
    },
  );

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['joiners and a BOM', '\u200C\u200D\uFEFF'],
    ['Hangul fillers', '\u3164\u3164'],
    ['a word joiner between ideographic spaces', '\u3000\u2060\u3000x'.slice(0, 3)],
  ])('refuses a name of only %s', (_what, value) => {
    expect(issuesFor({ principalName: value })).toEqual([
      { path: 'input.principalName', message: 'only invisible characters' },
    ]);
  });

  it('refuses an invisible-only contact name at its path', () => {
    expect(issuesFor({ contacts: [{ name: '\u200B' }] })).toEqual([
      { path: 'input.contacts.0.name', message: 'only invisible characters' },
    ]);
  });

  it('stores names NFC-normalised: e + U+0301 becomes é (U+00E9)', () => {
    const parsed = parseInput(createEnterpriseSchema, { ...base, name: 'Cafe\u0301 Ltd' }, ['input']);
    expect(parsed.name).toBe('Caf\u00E9 Ltd');
    expect(parsed.name).toHaveLength(8);
  });
});
