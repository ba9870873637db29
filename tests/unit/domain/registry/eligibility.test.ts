import { describe, expect, it } from 'vitest';
import { enterpriseEligibility, providerEligibility } from '#domain/registry/eligibility';
import type { Eligibility } from '#domain/registry/eligibility';
import type { Enterprise } from '#domain/registry/enterprise';
import type { Provider } from '#domain/registry/provider';

const TODAY = '2025-06-15';

/** A complete enterprise that meets every condition; tests override what they need. */
function enterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    creditCode: '914403001922038216',
    name: '上海青浦示范智能制造有限公司',
    town: 'ZHUJIAJIAO',
    registeredAddress: '上海市青浦区朱家角镇示范路1号',
    businessInQingpu: true,
    taxInQingpu: true,
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
    principalName: '张三',
    contacts: [{ name: '李四', phone: '13800000000', email: 'lisi@example.com' }],
    version: 1,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  };
}

/** A complete provider on the roster that meets every condition. */
function provider(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'PRV-91330100716105852F',
    creditCode: '91330100716105852F',
    name: '杭州示范诊断服务有限公司',
    onRoster: true,
    rosterSince: '2024-03-01',
    qualifications: ['智能制造能力成熟度评估'],
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
    contacts: [{ name: '王五', phone: '13900000000' }],
    version: 1,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  };
}

const rules = (eligibility: Eligibility): string[] => eligibility.reasons.map((reason) => reason.rule);

describe('enterpriseEligibility', () => {
  it('R4.1, R4.3, R7.2: an enterprise meeting every condition is eligible with no reasons', () => {
    expect(enterpriseEligibility(enterprise(), TODAY)).toEqual({ eligible: true, reasons: [] });
  });

  it('R4.1: refuses an enterprise whose actual place of business is outside Qingpu', () => {
    const result = enterpriseEligibility(enterprise({ businessInQingpu: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.1']);
    expect(result.reasons[0]?.message).toMatch(/place of business/);
  });

  it('R4.1: refuses an enterprise whose tax registration is outside Qingpu', () => {
    const result = enterpriseEligibility(enterprise({ taxInQingpu: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.1']);
    expect(result.reasons[0]?.message).toMatch(/tax registration/);
  });

  it('R4.1, R4.4: names business place and tax registration as two separate reasons', () => {
    const result = enterpriseEligibility(enterprise({ businessInQingpu: false, taxInQingpu: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.1', 'R4.1']);
    const messages = result.reasons.map((reason) => reason.message);
    expect(messages).toEqual([
      expect.stringMatching(/place of business/),
      expect.stringMatching(/tax registration/),
    ]);
  });

  it('R4.3: refuses an enterprise that cannot bear civil liability independently', () => {
    const result = enterpriseEligibility(enterprise({ independentLiability: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.3']);
  });

  it('R4.3: refuses an enterprise that is not run in an orderly way', () => {
    const result = enterpriseEligibility(enterprise({ wellManaged: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.3']);
  });

  it.each(['ABNORMAL', 'DEREGISTERED', 'REVOKED'] as const)(
    'R4.3: refuses an enterprise whose business status is %s',
    (businessStatus) => {
      const result = enterpriseEligibility(enterprise({ businessStatus }), TODAY);
      expect(result.eligible).toBe(false);
      expect(rules(result)).toEqual(['R4.3']);
      expect(result.reasons[0]?.message).toContain(businessStatus);
    },
  );

  it('R4.3: refuses an enterprise whose financial records are not sound', () => {
    const result = enterpriseEligibility(enterprise({ soundFinancialRecords: false }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.3']);
  });

  it('R4.3: refuses an enterprise whose credit standing is POOR', () => {
    const result = enterpriseEligibility(enterprise({ creditStanding: 'POOR' }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R4.3']);
  });

  it('R7.2: refuses an enterprise on the day before its three-year ban ends', () => {
    const result = enterpriseEligibility(
      enterprise({ ban: { until: '2025-06-16', reason: '虚报冒领专项资金' } }),
      '2025-06-15',
    );
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R7.2']);
    expect(result.reasons[0]?.message).toContain('2025-06-16');
  });

  it('R7.2: an enterprise is eligible again on the ban.until day itself', () => {
    const result = enterpriseEligibility(
      enterprise({ ban: { until: '2025-06-16', reason: '虚报冒领专项资金' } }),
      '2025-06-16',
    );
    expect(result).toEqual({ eligible: true, reasons: [] });
  });

  it('R7.2: an enterprise is eligible after its ban has ended', () => {
    const result = enterpriseEligibility(
      enterprise({ ban: { until: '2024-12-31', reason: '虚报冒领专项资金' } }),
      '2025-01-01',
    );
    expect(result).toEqual({ eligible: true, reasons: [] });
  });

  it('R7.2: refuses an enterprise across a year boundary while the ban runs', () => {
    const result = enterpriseEligibility(
      enterprise({ ban: { until: '2026-01-01', reason: '虚报冒领专项资金' } }),
      '2025-12-31',
    );
    expect(rules(result)).toEqual(['R7.2']);
  });

  it('R4.4: names every failing condition when several fail at once', () => {
    const result = enterpriseEligibility(
      enterprise({
        taxInQingpu: false,
        creditStanding: 'POOR',
        ban: { until: '2027-01-01', reason: '骗取补贴' },
      }),
      TODAY,
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(3);
    expect(rules(result)).toEqual(['R4.1', 'R4.3', 'R7.2']);
  });

  it('R4.4: names all eight failing conditions of R4.1, R4.3 and R7.2 together', () => {
    const result = enterpriseEligibility(
      enterprise({
        businessInQingpu: false,
        taxInQingpu: false,
        independentLiability: false,
        wellManaged: false,
        businessStatus: 'REVOKED',
        soundFinancialRecords: false,
        creditStanding: 'POOR',
        ban: { until: '2027-01-01', reason: '骗取补贴' },
      }),
      TODAY,
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(8);
    expect(rules(result)).toEqual(['R4.1', 'R4.1', 'R4.3', 'R4.3', 'R4.3', 'R4.3', 'R4.3', 'R7.2']);
    // Every reason says something different: none is a duplicate of another.
    expect(new Set(result.reasons.map((reason) => reason.message)).size).toBe(8);
  });
});

describe('providerEligibility', () => {
  it('R4.2, R4.3, R6.1.2, R7.2: a provider on the roster meeting every condition is eligible', () => {
    expect(providerEligibility(provider(), TODAY)).toEqual({ eligible: true, reasons: [] });
  });

  it('R4.2: asks no Qingpu location of a provider, so there is no R4.1 reason', () => {
    // A provider from Hangzhou: even location flags carried along are not looked at.
    const outsideQingpu = { ...provider(), businessInQingpu: false, taxInQingpu: false };
    const result = providerEligibility(outsideQingpu, TODAY);
    expect(result).toEqual({ eligible: true, reasons: [] });
    expect(rules(result)).not.toContain('R4.1');
  });

  it('R6.1.2: refuses a provider that is not on the roster', () => {
    const result = providerEligibility(provider({ onRoster: false, rosterSince: undefined }), TODAY);
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R6.1.2']);
  });

  it('R4.3: refuses a provider that cannot bear civil liability independently', () => {
    expect(rules(providerEligibility(provider({ independentLiability: false }), TODAY))).toEqual(['R4.3']);
  });

  it('R4.3: refuses a provider that is not run in an orderly way', () => {
    expect(rules(providerEligibility(provider({ wellManaged: false }), TODAY))).toEqual(['R4.3']);
  });

  it.each(['ABNORMAL', 'DEREGISTERED', 'REVOKED'] as const)(
    'R4.3: refuses a provider whose business status is %s',
    (businessStatus) => {
      const result = providerEligibility(provider({ businessStatus }), TODAY);
      expect(result.eligible).toBe(false);
      expect(rules(result)).toEqual(['R4.3']);
    },
  );

  it('R4.3: refuses a provider whose financial records are not sound', () => {
    expect(rules(providerEligibility(provider({ soundFinancialRecords: false }), TODAY))).toEqual(['R4.3']);
  });

  it('R4.3: refuses a provider whose credit standing is POOR', () => {
    expect(rules(providerEligibility(provider({ creditStanding: 'POOR' }), TODAY))).toEqual(['R4.3']);
  });

  it('R7.2: refuses a banned provider on the day before ban.until', () => {
    const result = providerEligibility(
      provider({ ban: { until: '2025-06-16', reason: '出具虚假诊断报告' } }),
      '2025-06-15',
    );
    expect(result.eligible).toBe(false);
    expect(rules(result)).toEqual(['R7.2']);
  });

  it('R7.2: a provider is eligible again on the ban.until day itself', () => {
    const result = providerEligibility(
      provider({ ban: { until: '2025-06-16', reason: '出具虚假诊断报告' } }),
      '2025-06-16',
    );
    expect(result).toEqual({ eligible: true, reasons: [] });
  });

  it('R4.4: names every failing condition of a provider (R6.1.2, R4.3, R7.2)', () => {
    const result = providerEligibility(
      provider({
        onRoster: false,
        wellManaged: false,
        businessStatus: 'ABNORMAL',
        ban: { until: '2027-01-01', reason: '出具虚假诊断报告' },
      }),
      TODAY,
    );
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(4);
    expect(rules(result)).toEqual(['R6.1.2', 'R4.3', 'R4.3', 'R7.2']);
  });
});
