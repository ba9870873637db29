import { UnreachableCaseError } from '../errors.ts';

/**
 * What a bank said about one payment, as a typed code, and what finance does next. Banks report a failed
 * payment as free text (招商银行's 代发 details: status `S`/`F` and a 结果描述); the results file carries the
 * code (结果代码), or the code is read from the text by the words banks use.
 */

export const BANK_RETURN_CODES = [
  'SUCCESS',
  'ACCOUNT_CLOSED',
  'ACCOUNT_NOT_FOUND',
  'NAME_MISMATCH',
  'ACCOUNT_FROZEN',
  'OTHER',
] as const;
export type BankReturnCode = (typeof BANK_RETURN_CODES)[number];

export const FINANCE_ACTIONS = [
  'NONE',
  'CORRECT_ACCOUNT',
  'CONFIRM_ACCOUNT_NAME',
  'CONTACT_PAYEE',
  'CONTACT_BANK',
] as const;
export type FinanceAction = (typeof FINANCE_ACTIONS)[number];

export interface ReturnCodeMeaning {
  readonly code: BankReturnCode;
  /** The words a results file or a clerk uses for it. */
  readonly label: string;
  readonly action: FinanceAction;
  /** What finance does, in Chinese and English. */
  readonly zh: string;
  readonly en: string;
}

/** The mapping finance works from (docs/finance.md prints it). */
export function returnCodeMeaning(code: BankReturnCode): ReturnCodeMeaning {
  switch (code) {
    case 'SUCCESS':
      return {
        code,
        label: '成功',
        action: 'NONE',
        zh: '已支付，无需处理。',
        en: 'Paid: nothing to do.',
      };
    case 'ACCOUNT_CLOSED':
      return {
        code,
        label: '账户已销户',
        action: 'CORRECT_ACCOUNT',
        zh: '请收款单位提供新的收款账户，更正登记的银行账户后再入批次。',
        en: 'Ask the payee for its new account, correct the account on record, then batch the payment again.',
      };
    case 'ACCOUNT_NOT_FOUND':
      return {
        code,
        label: '账号不存在',
        action: 'CORRECT_ACCOUNT',
        zh: '核对银行账号（多为录入错误），更正登记的银行账户后再入批次。',
        en: 'Check the account number (usually mistyped), correct the account on record, then batch it again.',
      };
    case 'NAME_MISMATCH':
      return {
        code,
        label: '户名不符',
        action: 'CONFIRM_ACCOUNT_NAME',
        zh: '请收款单位确认银行预留户名，更正登记的账户名称后再入批次。',
        en: 'Have the payee confirm the account name the bank holds, correct it on record, then batch it again.',
      };
    case 'ACCOUNT_FROZEN':
      return {
        code,
        label: '账户冻结',
        action: 'CONTACT_PAYEE',
        zh: '联系收款单位：账户解冻后再建批次，或登记其提供的新账户（下一批次按登记账户支付）。',
        en: 'Contact the payee: make the next batch once the account is unfrozen, or record the new account it gives (the next batch pays the account on record).',
      };
    case 'OTHER':
      return {
        code,
        label: '其他',
        action: 'CONTACT_BANK',
        zh: '向银行查询失败原因，再决定是否重新入批次。',
        en: 'Ask the bank why it failed before batching it again.',
      };
    default:
      throw new UnreachableCaseError(code);
  }
}

/** Words banks use in a failure's text, most specific first. */
const FAILURE_WORDS: readonly (readonly [BankReturnCode, RegExp])[] = [
  ['ACCOUNT_CLOSED', /销户|已注销|账户已关闭|帐户已关闭|account closed/i],
  [
    'ACCOUNT_NOT_FOUND',
    /账号不存在|帐号不存在|账户不存在|帐户不存在|无此账|无此帐|账号错误|帐号错误|no such account/i,
  ],
  ['NAME_MISMATCH', /户名不符|户名不一致|户名错误|户名有误|名称不符|name mismatch/i],
  ['ACCOUNT_FROZEN', /冻结|止付|frozen/i],
];

/** A failure's code from the bank's text: one of the failure codes, `OTHER` when no word matches. */
export function classifyFailure(text: string): Exclude<BankReturnCode, 'SUCCESS'> {
  for (const [code, words] of FAILURE_WORDS)
    if (words.test(text)) return code as Exclude<BankReturnCode, 'SUCCESS'>;
  return 'OTHER';
}

/** A results file's 结果代码 cell: the code itself or its Chinese label; undefined when it is neither. */
export function parseReturnCode(cell: string): BankReturnCode | undefined {
  const value = cell.trim();
  const upper = value.toUpperCase();
  return BANK_RETURN_CODES.find((code) => code === upper || returnCodeMeaning(code).label === value);
}
