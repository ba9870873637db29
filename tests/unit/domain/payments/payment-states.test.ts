import { describe, expect, it } from 'vitest';
import { DOCUMENT_TRANSITIONS, requireDocumentTransition } from '#domain/payments/disbursement-document';
import { PAYMENT_STATUSES, PAYMENT_TRANSITIONS, requirePaymentTransition } from '#domain/payments/payment';
import { BATCH_TRANSITIONS, banEnd } from '#domain/payments/payments';
import { enterpriseEligibility } from '#domain/registry/eligibility';
import type { Enterprise } from '#domain/registry/enterprise';

describe('payment, batch and document states as tables', () => {
  it('R5.3.1: PAID and CANCELLED are final; a cancelled payment never becomes anything else', () => {
    expect(PAYMENT_TRANSITIONS.PAID).toEqual([]);
    expect(PAYMENT_TRANSITIONS.CANCELLED).toEqual([]);
    for (const next of PAYMENT_STATUSES)
      expect(() => requirePaymentTransition({ id: 'PAY-1', status: 'CANCELLED' }, next, 'R6.6')).toThrow(
        expect.objectContaining({ rule: 'R6.6' }) as Error,
      );
  });

  it('R7.1.1: a payment in a batch can be cancelled (taken out, or refused after a finding) or held (R7.2.1)', () => {
    expect(PAYMENT_TRANSITIONS.IN_BATCH).toEqual(
      expect.arrayContaining(['PAID', 'FAILED', 'CANCELLED', 'HELD']),
    );
    expect(PAYMENT_TRANSITIONS.HELD).toContain('READY');
  });

  it('R6.6: an issued document and a closed batch never change', () => {
    expect(DOCUMENT_TRANSITIONS.ISSUED).toEqual([]);
    expect(BATCH_TRANSITIONS.CLOSED).toEqual([]);
    expect(() => requireDocumentTransition({ id: 'DOC-1', status: 'ISSUED' }, 'ISSUED')).toThrow(
      'document DOC-1 is already ISSUED',
    );
  });
});

describe('R7.2.1: the ban’s end', () => {
  const enterprise = (until: string) =>
    ({
      businessInQingpu: true,
      taxInQingpu: true,
      independentLiability: true,
      wellManaged: true,
      businessStatus: 'NORMAL',
      soundFinancialRecords: true,
      creditStanding: 'GOOD',
      ban: { until, reason: 'R7.2.1 fraud finding FRAUD-X' },
    }) as unknown as Enterprise;

  it('R7.2.1: is the decision’s calendar date banYears later, the first day the unit may apply again', () => {
    const until = banEnd('2026-11-20', 3);
    expect(until).toBe('2029-11-20');
    expect(enterpriseEligibility(enterprise(until), '2029-11-19').eligible).toBe(false);
    expect(enterpriseEligibility(enterprise(until), until).eligible).toBe(true);
  });

  it('R7.2.1: a ban decided on 29 February ends on 1 March when the year has none', () => {
    expect(banEnd('2024-02-29', 3)).toBe('2027-03-01');
    expect(banEnd('2024-02-29', 4)).toBe('2028-02-29');
  });
});
