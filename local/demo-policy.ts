import type { PolicyVersion, PolicySettingName } from '#domain/policy/policy-version';
import { CLAUSES_2022, SETTINGS_2022 } from '#domain/policy/policy-version';

const DEMO_CLAUSES = Object.fromEntries(
  Object.entries(CLAUSES_2022).map(([name, clause]) => [name, `演示：沿用 2022 年细则 ${clause}`]),
) as Record<PolicySettingName, string>;

/**
 * Demo data only (R9.1): the 2022 rules expired on 2022-12-31, and the documents that succeeded them are
 * not in this repository. So that the local demo and the tests work in 2023–2028, `npm start` seeds this
 * continuation of the 2022 settings, labelled as demonstration data and never as a real document. A
 * deployment never receives it: there, a district publishes its current document as a version.
 */
export const DEMO_CONTINUATION: Omit<PolicyVersion, 'version' | 'createdAt' | 'updatedAt'> = {
  id: 'DEMO-2023-2028',
  title: '【演示数据】延续 2022 年细则的设置（非正式文件） · demo data, not a real document',
  effectiveFrom: '2023-01-01',
  effectiveTo: '2028-12-31',
  citation: {
    issuingBody: '演示数据（非发文机关）',
    title: '演示数据：延续《青浦区推进企业智能化改造和智能工厂建设实施细则（试行）》的设置',
    publishedOn: '2023-01-01',
    clauses: DEMO_CLAUSES,
  },
  demo: true,
  status: 'PUBLISHED',
  draftedBy: 'system',
  publishedBy: 'system',
  ...SETTINGS_2022,
};
