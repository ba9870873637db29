import type { ProgrammeDriver } from './programme.ts';
import { DRAFT, PROVIDER_INPUT, SUBMIT } from './programme.ts';
import { enterpriseInput } from './registry.ts';

/**
 * The reviewed path's first steps over HTTP, for the tests that walk it on a moved clock: one enterprise of
 * Zhujiajiao (with a bank account), one roster provider, one expert, the year's diagnosis plan; then an
 * implementation-reward application accepted by the town and reviewed (R6.2.2, R6.3), ready to propose.
 * Actors: `commission`, `provider`, `enterprise`, `zhujiajiao` (town officer), `expert` (userId expert-1).
 */
export interface ReviewedPath {
  readonly enterprise: string;
  readonly providerCreditCode: string;
  readonly provider: string;
}

export const REVIEWED_PATH: ReviewedPath = {
  enterprise: '913101180DM95UY1CJ',
  providerCreditCode: '91330100716105852F',
  provider: 'PRV-91330100716105852F',
};

export async function setUpReviewedPath(driver: ProgrammeDriver, path = REVIEWED_PATH): Promise<void> {
  await driver.ok(
    'commission',
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    {
      input: enterpriseInput({
        creditCode: path.enterprise,
        name: '上海时钟智能制造有限公司',
        bankAccount: {
          bankName: '中国银行',
          accountName: '上海时钟智能制造有限公司',
          accountNumber: '6216600000001',
        },
      }),
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    {
      input: {
        creditCode: path.providerCreditCode,
        name: '杭州智能制造诊断服务有限公司',
        ...PROVIDER_INPUT,
      },
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    {
      input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
    },
  );
  await driver.plan([path.enterprise]);
}

/** Returns the id of an application accepted by its town and reviewed by an expert, ready to propose. */
export async function reviewedApplication(driver: ProgrammeDriver, path = REVIEWED_PATH): Promise<string> {
  const report = await driver.diagnose(path.enterprise);
  await driver.confirm('enterprise', report);
  const notice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
  const draft = await driver.ok<{ id: string; version: number }>('enterprise', DRAFT, {
    input: {
      noticeId: notice,
      reportId: report.id,
      requestedAmountFen: 9_000_000,
      investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
    },
  });
  const submitted = await driver.ok<{ id: string; version: number }>('enterprise', SUBMIT, {
    input: { id: draft.id, version: draft.version },
  });
  const applicationId = submitted.id;
  let { version } = await driver.ok<{ version: number }>(
    'zhujiajiao',
    'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { version } }',
    { input: { id: applicationId, version: submitted.version } },
  );
  ({ version } = await driver.ok<{ version: number }>(
    'commission',
    'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { version } }',
    { input: { applicationId, version, passed: true, reasons: '材料齐全。' } },
  ));
  ({ version } = await driver.ok<{ version: number }>(
    'commission',
    'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
    { input: { applicationId, version, expertId: 'expert-1' } },
  ));
  await driver.ok(
    'expert',
    'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }',
    {
      input: { applicationId, version, score: 86, opinion: '实施效果明显，投入真实。' },
    },
  );
  return applicationId;
}
