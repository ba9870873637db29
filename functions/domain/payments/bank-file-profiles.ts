import iconv from 'iconv-lite';
import type { FieldIssue } from '../errors.ts';
import { yuanText } from '../money.ts';
import type { Payment } from './payment.ts';

/**
 * Payment-file profiles: the file a bank (or the treasury) takes in to pay a released batch, built to a
 * published interface and checked against it before anything is written. A bureau picks the profile its
 * bank uses when it asks for the file (`bankFileUrl(profile:)`).
 *
 * `CMB_AGENCY_PAYMENT` — 招商银行 代发 (agency payment, business code N03020), the detail record of the
 * firm-bank interface's direct agency payment (AgentRequest, detail SDKATDRQX) as the public CMB firm-bank
 * SDKs carry it:
 *
 * | column | field | type | what we put |
 * |---|---|---|---|
 * | 账号 | ACCNBR | C(1,35) | the account number, digits |
 * | 户名 | CLTNAM | Z(1,62) | the account name, raw (no formula guard: the bank's rules decide) |
 * | 金额 | TRSAMT | M | yuan with two decimals, `\d{1,13}\.\d{2}` |
 * | 系统内标志 | BNKFLG | C(1) | `Y` for an account at 招商银行, else `N` |
 * | 他行户口开户行 | EACBNK | Z(1,62) | the bank and branch (when `N`) |
 * | 他行户口开户地 | EACCTY | Z(1,62) | the account's city (when `N`) |
 * | 注释 | TRSDSP | Z(1,20) | the payment's 支付参考号, which the bank's details echo back |
 *
 * C fields are ASCII; Z fields may hold Chinese and their lengths are GBK bytes (the interface's encoding:
 * a Chinese character is 2 bytes, so 户名 holds 31 of them). A file holds at most 3,000 payments. Written
 * as GBK CSV (CRLF, a header row of the column names), no BOM.
 */

export const BANK_FILE_PROFILES = ['CMB_AGENCY_PAYMENT'] as const;
export type BankFileProfileId = (typeof BANK_FILE_PROFILES)[number];

type FieldType = 'C' | 'Z' | 'M';

interface FieldSpec {
  /** The interface's field name. */
  readonly code: string;
  /** The column's name in the file. */
  readonly label: string;
  readonly type: FieldType;
  /** Most bytes (GBK) the field holds. */
  readonly maxBytes: number;
  /** Always required, or only when the row's condition says so. */
  readonly required: boolean | ((cells: Readonly<Record<string, string>>) => boolean);
  /** Extra rule on the value, with what it means. */
  readonly pattern?: { readonly regex: RegExp; readonly means: string };
  /** Why the field can be empty when it is required, and what to do. */
  readonly whenEmpty?: string;
}

export interface BankFileProfile {
  readonly id: BankFileProfileId;
  /** Its name, for messages and documents. */
  readonly name: string;
  /** Where its rules come from. */
  readonly source: string;
  readonly encoding: 'gbk';
  readonly maxRows: number;
  readonly fields: readonly FieldSpec[];
  /** The file's cells for one payment, by field code (before they are checked). */
  readonly cells: (payment: Payment) => Readonly<Record<string, string>>;
}

export { yuanText } from '../money.ts';

/** Accounts at 招商银行 are paid inside the bank (BNKFLG `Y`). */
const AT_CMB = /招商银行|招行/;
/**
 * INTERPRETATION: the registry keeps an account's bank and branch, not its city; the district's payees are
 * Qingpu enterprises and their providers, whose accounts are kept as in Shanghai. A payee banking in
 * another city has that city named in its bank name, which the bank reads from 他行户口开户行.
 */
export const PAYEE_ACCOUNT_CITY = '上海';

const AMOUNT = {
  regex: /^\d{1,13}\.\d{2}$/,
  means: 'yuan with two decimals, at most 13 digits before the point',
};

const CMB_AGENCY_PAYMENT: BankFileProfile = {
  id: 'CMB_AGENCY_PAYMENT',
  name: '招商银行代发（N03020）',
  source:
    'CMB firm-bank interface, direct agency payment AgentRequest (detail SDKATDRQX), as in the public CMB firm-bank SDKs',
  encoding: 'gbk',
  maxRows: 3000,
  fields: [
    {
      code: 'ACCNBR',
      label: '账号',
      type: 'C',
      maxBytes: 35,
      required: true,
      pattern: { regex: /^[0-9A-Za-z]+$/, means: 'letters and digits only' },
    },
    { code: 'CLTNAM', label: '户名', type: 'Z', maxBytes: 62, required: true },
    { code: 'TRSAMT', label: '金额', type: 'M', maxBytes: 16, required: true, pattern: AMOUNT },
    {
      code: 'BNKFLG',
      label: '系统内标志',
      type: 'C',
      maxBytes: 1,
      required: true,
      pattern: { regex: /^[YN]$/, means: 'Y or N' },
    },
    {
      code: 'EACBNK',
      label: '他行户口开户行',
      type: 'Z',
      maxBytes: 62,
      required: (cells) => cells['BNKFLG'] === 'N',
    },
    {
      code: 'EACCTY',
      label: '他行户口开户地',
      type: 'Z',
      maxBytes: 62,
      required: (cells) => cells['BNKFLG'] === 'N',
    },
    {
      code: 'TRSDSP',
      label: '注释',
      type: 'Z',
      maxBytes: 20,
      required: true,
      whenEmpty:
        'is empty: the payment has no 支付参考号 (it was batched before references were given); pay this batch from its XLSX as before, later batches carry references',
    },
  ],
  cells: (payment) => {
    const account = payment.bankAccount;
    const atCmb = account !== null && AT_CMB.test(account.bankName);
    return {
      ACCNBR: account?.accountNumber ?? '',
      CLTNAM: account?.accountName ?? '',
      TRSAMT: yuanText(payment.amountFen),
      BNKFLG: account === null ? '' : atCmb ? 'Y' : 'N',
      EACBNK: account === null || atCmb ? '' : account.bankName,
      EACCTY: account === null || atCmb ? '' : PAYEE_ACCOUNT_CITY,
      TRSDSP: payment.reference ?? '',
    };
  },
};

const PROFILES: Readonly<Record<BankFileProfileId, BankFileProfile>> = { CMB_AGENCY_PAYMENT };

export const bankFileProfile = (id: BankFileProfileId): BankFileProfile => PROFILES[id];

/** Bytes a value takes in GBK; undefined when a character has no GBK encoding. */
export function gbkBytes(value: string): number | undefined {
  const bytes = iconv.encode(value, 'gbk');
  return iconv.decode(bytes, 'gbk') === value ? bytes.length : undefined;
}

// Control characters (line breaks, tabs): a bank file's field holds none.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const ASCII = /^[\u0020-\u007e]*$/;

/** One field's problems, in words that name the field and say what the bank allows. */
function fieldProblem(
  spec: FieldSpec,
  value: string,
  cells: Readonly<Record<string, string>>,
): string | null {
  const required = typeof spec.required === 'function' ? spec.required(cells) : spec.required;
  if (value === '') return required ? (spec.whenEmpty ?? 'is empty; the bank requires it') : null;
  if (CONTROL.test(value)) return 'holds a line break or control character';
  if (spec.type !== 'Z' && !ASCII.test(value)) return 'must be ASCII (a C field)';
  const bytes = gbkBytes(value);
  if (bytes === undefined) return 'holds a character GBK cannot encode';
  if (bytes > spec.maxBytes)
    return `is ${bytes} GBK bytes; the bank allows at most ${spec.maxBytes}${spec.type === 'Z' ? ` (${Math.floor(spec.maxBytes / 2)} Chinese characters)` : ''}`;
  if (spec.pattern !== undefined && !spec.pattern.regex.test(value))
    return `"${value}" is not ${spec.pattern.means}`;
  return null;
}

/** At most this many problems are listed; the count says how many more there were. */
const MAX_LISTED = 50;

export interface BankFileCheck {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Every problem, by file line (the header is line 1) and field; empty when the file may be written. */
  readonly issues: readonly FieldIssue[];
}

/**
 * The file's rows for the payments, in order, each checked against the profile: nothing is to be written
 * unless `issues` is empty. An issue's path is `['bankFile', <line>, <field code>]`; its message names the
 * line, the 序号, the payment's reference, the column and what the bank allows.
 */
export function checkBankFile(profile: BankFileProfile, payments: readonly Payment[]): BankFileCheck {
  const issues: FieldIssue[] = [];
  let unlisted = 0;
  if (payments.length > profile.maxRows)
    issues.push({
      path: ['bankFile', 'rows'],
      message: `${payments.length} payments: a ${profile.name} file holds at most ${profile.maxRows}; make batches of at most ${profile.maxRows} (createPaymentBatch maxCount)`,
    });
  const rows = payments.map((payment, index) => {
    const line = index + 2;
    const cells = profile.cells(payment);
    for (const spec of profile.fields) {
      const problem = fieldProblem(spec, cells[spec.code] ?? '', cells);
      if (problem === null) continue;
      if (issues.length >= MAX_LISTED) {
        unlisted += 1;
        continue;
      }
      issues.push({
        path: ['bankFile', line, spec.code],
        message: `line ${line} (序号 ${index + 1}, ${payment.reference ?? payment.id}): ${spec.label} ${spec.code} ${problem}`,
      });
    }
    return profile.fields.map((spec) => cells[spec.code] ?? '');
  });
  if (unlisted > 0)
    issues.push({ path: ['bankFile'], message: `and ${unlisted} more problems of the same kinds` });
  return { header: profile.fields.map((spec) => spec.label), rows, issues };
}

/** The checked rows as the profile's file: CSV in its encoding, CRLF, no BOM. */
export function encodeBankFile(profile: BankFileProfile, csv: string): Uint8Array {
  return new Uint8Array(iconv.encode(csv, profile.encoding));
}
