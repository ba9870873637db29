import { CLAUSES_2022, SETTINGS_2022 } from '#domain/policy/policy-version';

/**
 * A complete policy-version draft (R9.1): the 2022 settings and clauses under a new id and period;
 * override what a test is about.
 */
export function policyDraftInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'QP-2041',
    title: '测试政策版本（测试数据）',
    effectiveFrom: '2041-01-01',
    effectiveTo: '2041-12-31',
    citation: {
      issuingBody: '上海市青浦区经济委员会',
      title: '测试文件（测试数据）',
      documentNumber: '青经规〔2040〕1号',
      publishedOn: '2040-12-20',
      clauses: { ...CLAUSES_2022 },
    },
    ...structuredClone(SETTINGS_2022),
    ...overrides,
  };
}
