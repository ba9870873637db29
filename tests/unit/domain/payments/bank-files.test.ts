import { describe, expect, it } from 'vitest';
import {
  bankFileProfile,
  checkBankFile,
  gbkBytes,
  PAYEE_ACCOUNT_CITY,
} from '#domain/payments/bank-file-profiles';
import {
  BANK_RETURN_CODES,
  classifyFailure,
  parseReturnCode,
  returnCodeMeaning,
} from '#domain/payments/bank-return-codes';
import type { Payment } from '#domain/payments/payment';
import {
  MAX_REFERENCE_LENGTH,
  PAYMENT_REFERENCE_PATTERN,
  paymentReference,
} from '#domain/payments/payment-reference';

/**
 * The bank's side of a batch, offline: the 招商银行 代发 profile's checks (rows, GBK bytes, characters,
 * amounts), the short payment reference, and the return codes with what finance does next.
 */

const CMB = bankFileProfile('CMB_AGENCY_PAYMENT');

function payment(index: number, overrides: Partial<Payment> = {}): Payment {
  const id = `PAY-DOC-${index}-PRJ-CERT-${'x'.repeat(60)}-${index}`;
  return {
    id,
    documentId: `DOC-${index}`,
    documentNumber: '青经财拨〔2026〕1号',
    projectId: `PRJ-${index}`,
    payeeType: 'ENTERPRISE',
    payeeId: '913101180DM95UY1CJ',
    payeeName: '上海青禾精密机械有限公司',
    bankAccount: {
      bankName: '中国工商银行上海青浦支行',
      accountName: '上海青禾精密机械有限公司',
      accountNumber: '1001200000123456789',
    },
    amountFen: 100_000_000,
    status: 'IN_BATCH',
    fiscalYear: 2026,
    reference: paymentReference(id, 2026),
    version: 2,
    createdAt: '2026-11-29T02:00:00.000Z',
    updatedAt: '2026-11-29T02:00:00.000Z',
    ...overrides,
  };
}

describe('支付参考号: short, unique, stable', () => {
  it('is QP, the fiscal year and 12 base32 characters: 18, within the 20 a bank remark holds', () => {
    const reference = paymentReference(payment(1).id, 2026);
    expect(reference).toMatch(PAYMENT_REFERENCE_PATTERN);
    expect(reference.length).toBe(18);
    expect(reference.length).toBeLessThanOrEqual(MAX_REFERENCE_LENGTH);
    expect(gbkBytes(reference)).toBe(18);
  });

  it('is the same for the same payment (a batch made again), another variant with a salt', () => {
    const id = payment(1).id;
    expect(paymentReference(id, 2026)).toBe(paymentReference(id, 2026));
    expect(paymentReference(id, 2026, 1)).not.toBe(paymentReference(id, 2026));
    expect(paymentReference(id, 2026, 1)).toMatch(PAYMENT_REFERENCE_PATTERN);
  });

  it('differs between 20,000 payments of a year', () => {
    const references = new Set(
      Array.from({ length: 20_000 }, (_, index) => paymentReference(`PAY-DOC-${index}-PRJ-${index}`, 2026)),
    );
    expect(references.size).toBe(20_000);
  });
});

describe('招商银行 代发 profile (CMB firm-bank AgentRequest detail): checked before a byte is written', () => {
  it('writes a row per payment in the interface’s field order, the raw name, yuan with two decimals and the reference in 注释', () => {
    const first = payment(1, {
      bankAccount: {
        bankName: '招商银行上海分行',
        accountName: '+1+2 有限公司',
        accountNumber: '6225880230001175',
      },
      amountFen: 10_250,
    });
    const second = payment(2);
    const check = checkBankFile(CMB, [first, second]);
    expect(check.issues).toEqual([]);
    expect(check.header).toEqual([
      '账号',
      '户名',
      '金额',
      '系统内标志',
      '他行户口开户行',
      '他行户口开户地',
      '注释',
    ]);
    expect(check.rows).toEqual([
      ['6225880230001175', '+1+2 有限公司', '102.50', 'Y', '', '', first.reference],
      [
        '1001200000123456789',
        '上海青禾精密机械有限公司',
        '1000000.00',
        'N',
        '中国工商银行上海青浦支行',
        PAYEE_ACCOUNT_CITY,
        second.reference,
      ],
    ]);
  });

  it('refuses a name over 62 GBK bytes, naming its line, 序号 and field', () => {
    const longName = `上海${'青'.repeat(26)}有限公司`; // 32 characters: 64 GBK bytes
    const check = checkBankFile(CMB, [
      payment(1),
      payment(2, {
        bankAccount: {
          bankName: '招商银行上海分行',
          accountName: longName,
          accountNumber: '6225880230001175',
        },
      }),
    ]);
    expect(check.issues).toEqual([
      {
        path: ['bankFile', 3, 'CLTNAM'],
        message: expect.stringMatching(
          /^line 3 \(序号 2, QP2026\w{12}\): 户名 CLTNAM is 64 GBK bytes; the bank allows at most 62 \(31 Chinese characters\)$/,
        ) as unknown,
      },
    ]);
  });

  it('refuses characters GBK cannot carry, line breaks, a non-digit account and a missing reference', () => {
    const check = checkBankFile(CMB, [
      payment(1, {
        bankAccount: { bankName: '中国银行', accountName: '上海𠮷祥有限公司', accountNumber: '6216-6000' },
      }),
      payment(2, {
        bankAccount: {
          bankName: '中国银行\n上海',
          accountName: '上海测试有限公司',
          accountNumber: '6216600000000000',
        },
        reference: undefined,
      }),
    ]);
    expect(check.issues.map((issue) => issue.path)).toEqual([
      ['bankFile', 2, 'ACCNBR'],
      ['bankFile', 2, 'CLTNAM'],
      ['bankFile', 3, 'EACBNK'],
      ['bankFile', 3, 'TRSDSP'],
    ]);
    expect(check.issues.map((issue) => issue.message).join('\n')).toMatch(
      /账号 ACCNBR "6216-6000" is not letters and digits only[\s\S]*户名 CLTNAM holds a character GBK cannot encode[\s\S]*他行户口开户行 EACBNK holds a line break[\s\S]*注释 TRSDSP is empty/,
    );
  });

  it('refuses an amount past 13 digits of yuan', () => {
    const check = checkBankFile(CMB, [payment(1, { amountFen: 10 ** 15 })]);
    expect(check.issues).toEqual([expect.objectContaining({ path: ['bankFile', 2, 'TRSAMT'] }) as unknown]);
  });

  it('refuses more than 3,000 rows in one file', () => {
    const payments = Array.from({ length: 3001 }, (_, index) => payment(index));
    const check = checkBankFile(CMB, payments);
    expect(check.issues).toEqual([
      {
        path: ['bankFile', 'rows'],
        message: expect.stringContaining(
          '3001 payments: a 招商银行代发（N03020） file holds at most 3000',
        ) as unknown,
      },
    ]);
    expect(checkBankFile(CMB, payments.slice(0, 3000)).issues).toEqual([]);
  });
});

describe('bank return codes: typed, each mapped to what finance does', () => {
  it('maps every code to an action and advice', () => {
    const actions = Object.fromEntries(
      BANK_RETURN_CODES.map((code) => [code, returnCodeMeaning(code).action]),
    );
    expect(actions).toEqual({
      SUCCESS: 'NONE',
      ACCOUNT_CLOSED: 'CORRECT_ACCOUNT',
      ACCOUNT_NOT_FOUND: 'CORRECT_ACCOUNT',
      NAME_MISMATCH: 'CONFIRM_ACCOUNT_NAME',
      ACCOUNT_FROZEN: 'CONTACT_PAYEE',
      OTHER: 'CONTACT_BANK',
    });
    for (const code of BANK_RETURN_CODES) expect(returnCodeMeaning(code).zh).not.toBe('');
  });

  it('reads the code from the words banks use for a refusal', () => {
    expect(classifyFailure('账户已销户')).toBe('ACCOUNT_CLOSED');
    expect(classifyFailure('收款账号不存在')).toBe('ACCOUNT_NOT_FOUND');
    expect(classifyFailure('户名不符')).toBe('NAME_MISMATCH');
    expect(classifyFailure('账户已冻结')).toBe('ACCOUNT_FROZEN');
    expect(classifyFailure('系统繁忙')).toBe('OTHER');
  });

  it('parses a 结果代码 cell given as the code or its Chinese label', () => {
    expect(parseReturnCode('name_mismatch')).toBe('NAME_MISMATCH');
    expect(parseReturnCode('户名不符')).toBe('NAME_MISMATCH');
    expect(parseReturnCode('成功')).toBe('SUCCESS');
    expect(parseReturnCode('退票')).toBeUndefined();
  });
});
