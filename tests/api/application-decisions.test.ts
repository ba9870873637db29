import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ASSIGN, DRAFT, ProgrammeDriver, PROVIDER_INPUT, SUBMIT } from '../support/programme.ts';
import { policyDraftInput } from '../support/policy.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * The decisions of 2026-11-30 on the applications side, over HTTP on a clock the test moves (Monday
 * 2026-11-30 09:00 CST): R6.3.1 (the preliminary review returns or refuses; a refused or withdrawn
 * application frees its place), R4.5 (the diagnosed enterprise meets R4.1 when the reward is applied for),
 * R6.1.2.1 (a provider taken off the roster keeps the reward of a diagnosis assigned while on it),
 * R5.1b.1 (an implementation reward under a later year's notice, within the policy's window), and what
 * an expert and the public read back (R6.3, R6.4).
 */

const YEAR = 2026;
const PROVIDER = 'PRV-91330100716105852F';
const LEAVING = 'PRV-914403001922038216';
const CORRECTED = '913101180DM95UY1CJ';
const MOVED_AWAY = '91310118QT56L02F4T';
const ROSTER = '91310118JKR1X7KE0J';
const LATE = '913101180RBGLAAH9E';
const NAMES: Record<string, string> = {
  [CORRECTED]: '上海更正智能制造有限公司',
  [MOVED_AWAY]: '上海迁出精密机械有限公司',
  [ROSTER]: '上海名录智能装备有限公司',
  [LATE]: '上海延期实施科技有限公司',
};

const clock = new ManualClock(new Date('2026-11-30T01:00:00Z'));
let api: TestApi;
let driver: ProgrammeDriver;
let leavingDriver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};
/** LATE's 2026 report, confirmed: its provider applies under R6.1.2.1, the enterprise later under R5.1b.1. */
let lateReport: { id: string; version: number };

const PRELIMINARY =
  'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { id status version returnReason preliminaryReview { passed outcome reasons } } }';
const REFUSE =
  'mutation($input: RefuseApplicationInput!) { refuseApplication(input: $input) { id status version preliminaryReview { passed outcome reasons } } }';
const ACCEPT =
  'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { id status version } }';
const WITHDRAW =
  'mutation($input: ApplicationVersionInput!) { withdrawApplication(input: $input) { id status version } }';
const UPDATE =
  'mutation($input: UpdateApplicationDraftInput!) { updateApplicationDraft(input: $input) { id status version } }';

interface Versioned {
  id: string;
  version: number;
  status?: string;
}

const investment = { totalInvestmentFen: 400_000_000, description: 'MES与AGV实施' };

async function implementationDraft(noticeId: string, reportId: string, as = 'corrected'): Promise<Versioned> {
  return driver.ok<Versioned>(as, DRAFT, {
    input: { noticeId, reportId, requestedAmountFen: 9_000_000, investment },
  });
}

async function submitted(draft: Versioned, as = 'corrected'): Promise<Versioned> {
  return driver.ok<Versioned>(as, SUBMIT, { input: { id: draft.id, version: draft.version } });
}

/** An implementation-reward notice of `year`, published now and open for two weeks. */
const implementationNotice = async (year: number): Promise<string> =>
  (
    await driver.ok<{ id: string }>(
      'commission',
      'mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id } }',
      {
        input: {
          programme: 'IMPLEMENTATION_REWARD',
          title: `${year}年度智能化改造实施奖励申报`,
          eligibleApplicants: '完成诊断并实施的企业',
          requiredMaterials: [],
          opensAt: new Date(clock.now().getTime() - 60 * 60 * 1000).toISOString(),
          closesAt: new Date(clock.now().getTime() + 14 * 24 * 60 * 60 * 1000).toISOString(),
          planYear: year,
        },
      },
    )
  ).id;

const auditOperations = async (entityId: string): Promise<string[]> =>
  (
    await driver.ok<{ edges: { node: { operation: string } }[] }>(
      'commission',
      `{ auditTrail(entityId: "${entityId}") { edges { node { operation } } } }`,
    )
  ).edges.map((edge) => edge.node.operation);

beforeAll(async () => {
  api = await startTestApi('development', clock);
  const now = () => clock.now().getTime();
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, now);
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['commission2'] = await api.token({ userId: 'commission-2', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['leaving'] = await api.token({ userId: 'provider-2', role: 'PROVIDER', providerId: LEAVING });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  token['public'] = undefined;
  for (const [creditCode, as] of [
    [CORRECTED, 'corrected'],
    [MOVED_AWAY, 'movedAway'],
    [ROSTER, 'roster'],
    [LATE, 'late'],
  ] as const) {
    token[as] = await api.token({ userId: `enterprise-${as}`, role: 'ENTERPRISE', creditCode });
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      { input: enterpriseInput({ creditCode, name: NAMES[creditCode] }) },
    );
  }
  for (const [creditCode, name] of [
    ['91330100716105852F', '杭州智能制造诊断服务有限公司'],
    ['914403001922038216', '深圳退库诊断服务有限公司'],
  ] as const) {
    await driver.ok(
      'commission',
      'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
      { input: { creditCode, name, ...PROVIDER_INPUT } },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    { input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] } },
  );
  await driver.plan([CORRECTED, MOVED_AWAY, ROSTER, LATE]);
  leavingDriver = new ProgrammeDriver(api, YEAR, LEAVING, { ...token, provider: token['leaving'] }, now);
}, 120_000);
afterAll(async () => api.close());

describe('R6.3.1: the preliminary review returns an application for correction or refuses it', () => {
  let notice: string;
  let report: { id: string; version: number };
  let application: Versioned;

  it('R6.3.1: an enterprise application accepted by its town is returned, corrected, and goes back through its town', async () => {
    report = await driver.diagnose(CORRECTED);
    await driver.confirm('corrected', report);
    notice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
    application = await submitted(await implementationDraft(notice, report.id));
    application = await driver.ok<Versioned>('zhujiajiao', ACCEPT, {
      input: { id: application.id, version: application.version },
    });
    const returned = await driver.ok<Versioned & { returnReason: string }>('commission', PRELIMINARY, {
      input: {
        applicationId: application.id,
        version: application.version,
        passed: false,
        reasons: '投入凭证与报告不符，请更正。',
      },
    });
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: '投入凭证与报告不符，请更正。',
      preliminaryReview: { passed: false, outcome: 'RETURNED' },
    });
    const corrected = await driver.ok<Versioned>('corrected', UPDATE, {
      input: { id: application.id, version: returned.version, requestedAmountFen: 8_000_000 },
    });
    application = await submitted(corrected);
    expect(application.status).toBe('SUBMITTED');
    // Back through its town (R6.2.2): the commission cannot review it before the town accepts it again.
    expect(
      await driver.refusal('commission', PRELIMINARY, {
        input: { applicationId: application.id, version: application.version, passed: true, reasons: '通过' },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.3' });
    application = await driver.ok<Versioned>('zhujiajiao', ACCEPT, {
      input: { id: application.id, version: application.version },
    });
    expect(application.status).toBe('ACCEPTED');
    expect(await auditOperations(application.id)).toEqual([
      'acceptApplication',
      'submitApplication',
      'updateApplicationDraft',
      'preliminaryReview',
      'acceptApplication',
      'submitApplication',
      'draftApplication',
    ]);
  });

  it('R6.3.1: refusing needs reasons, the commission and an application waiting for its preliminary review; a refused refusal writes nothing', async () => {
    const before = await tableSnapshot(api.table);
    const noReasons = await driver.call('commission', REFUSE, {
      input: { applicationId: application.id, version: application.version, reasons: ' ' },
    });
    expect(noReasons.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'reasons'] }],
    });
    const refuse = (as: string, target: Versioned, reasons = '不符合条件') =>
      driver.refusal(as, REFUSE, {
        input: { applicationId: target.id, version: target.version, reasons },
      });
    expect((await refuse('zhujiajiao', application)).code).toBe('FORBIDDEN');
    expect((await refuse('commission', { ...application, version: application.version - 1 })).code).toBe(
      'CONFLICT',
    );
    expect(await tableSnapshot(api.table)).toBe(before);
    const otherDraft = await implementationDraft(notice, report.id);
    const snapshot = await tableSnapshot(api.table);
    expect(await refuse('commission', otherDraft)).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.3.1',
    });
    expect(await tableSnapshot(api.table)).toBe(snapshot);
    await driver.ok('corrected', WITHDRAW, { input: { id: otherDraft.id, version: otherDraft.version } });
  });

  it('R6.3.1: a refused application frees its one-per-report place: a corrected one is filed while the notice is open', async () => {
    const refused = await driver.ok<Versioned>('commission', REFUSE, {
      input: {
        applicationId: application.id,
        version: application.version,
        reasons: '实施内容与诊断报告无关，不予支持。',
      },
    });
    expect(refused).toMatchObject({
      status: 'REFUSED',
      preliminaryReview: { passed: false, outcome: 'REFUSED', reasons: '实施内容与诊断报告无关，不予支持。' },
    });
    expect((await auditOperations(application.id))[0]).toBe('refuseApplication');
    // Refused is final: it is not corrected, resubmitted or withdrawn.
    expect(
      await driver.refusal('corrected', SUBMIT, { input: { id: refused.id, version: refused.version } }),
    ).toMatchObject({ code: 'POLICY_VIOLATION' });
    const again = await submitted(await implementationDraft(notice, report.id));
    expect(again.status).toBe('SUBMITTED');
    application = again;
  });

  it('R6.3.1: an application withdrawn after its town accepted it frees its place too', async () => {
    const accepted = await driver.ok<Versioned>('zhujiajiao', ACCEPT, {
      input: { id: application.id, version: application.version },
    });
    expect(
      await driver.ok<Versioned>('corrected', WITHDRAW, {
        input: { id: accepted.id, version: accepted.version },
      }),
    ).toMatchObject({ status: 'WITHDRAWN' });
    expect((await submitted(await implementationDraft(notice, report.id))).status).toBe('SUBMITTED');
  });
});

describe('R4.5, R6.1.2.1: the diagnosis reward', () => {
  let rewardNotice: string;

  it('R4.5: a provider is not rewarded for diagnosing an enterprise that no longer meets R4.1, and nothing is written', async () => {
    const report = await driver.diagnose(MOVED_AWAY);
    await driver.confirm('movedAway', report);
    rewardNotice = await driver.notice('DIAGNOSIS_REWARD', 0, []);
    const draft = await driver.ok<Versioned>('provider', DRAFT, {
      input: { noticeId: rewardNotice, reportId: report.id },
    });
    const { version } = await driver.ok<{ version: number }>(
      'commission',
      `{ enterprise(creditCode: "${MOVED_AWAY}") { version } }`,
    );
    await driver.ok(
      'commission',
      'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }',
      { input: { creditCode: MOVED_AWAY, version, businessInQingpu: false } },
    );
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('provider', SUBMIT, { input: { id: draft.id, version: draft.version } }),
    ).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R4.5',
      reasons: [
        {
          rule: 'R4.1',
          message: 'actual place of business is not in Qingpu',
          messageZh: '实际经营地不在青浦',
        },
      ],
    });
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  let rosterApplication: Versioned;

  it('R6.1.2.1: a provider taken off the roster keeps the reward for a diagnosis assigned while on it, and gets no new assignment', async () => {
    const report = await leavingDriver.diagnose(ROSTER);
    await driver.confirm('roster', report);
    const { version } = await driver.ok<{ version: number }>(
      'commission',
      `{ provider(id: "${LEAVING}") { version } }`,
    );
    await driver.ok(
      'commission',
      'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version } }',
      { input: { id: LEAVING, version, onRoster: false } },
    );
    expect(
      await driver.refusal('commission', ASSIGN, {
        input: { year: YEAR, creditCode: LATE, providerId: LEAVING, deadline: '2026-12-31' },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.1.2' });
    const draft = await driver.ok<Versioned>('leaving', DRAFT, {
      input: { noticeId: rewardNotice, reportId: report.id },
    });
    rosterApplication = await driver.ok<Versioned>('leaving', SUBMIT, {
      input: { id: draft.id, version: draft.version },
    });
    expect(rosterApplication.status).toBe('SUBMITTED');
  });

  it('R6.1.2.1: R4.3 is still checked when the reward is applied for', async () => {
    lateReport = await driver.diagnose(LATE);
    const report = lateReport;
    await driver.confirm('late', report);
    const draft = await driver.ok<Versioned>('provider', DRAFT, {
      input: { noticeId: rewardNotice, reportId: report.id },
    });
    const { version } = await driver.ok<{ version: number }>(
      'commission',
      `{ provider(id: "${PROVIDER}") { version } }`,
    );
    const revoke = (businessStatus: string, at: number) =>
      driver.ok(
        'commission',
        'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version } }',
        { input: { id: PROVIDER, version: at, businessStatus } },
      );
    await revoke('REVOKED', version);
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('provider', SUBMIT, { input: { id: draft.id, version: draft.version } }),
    ).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R4.4',
      reasons: [
        {
          rule: 'R4.3',
          message: 'business status is REVOKED, not NORMAL',
          messageZh: '经营状态为「吊销」，不是「存续/正常」',
        },
      ],
    });
    expect(await tableSnapshot(api.table)).toBe(before);
    await revoke('NORMAL', version + 1);
  });

  it('R6.3: an expert who records a review reads it back in the answer, and only their own', async () => {
    let { version } = await driver.ok<{ version: number }>('commission', PRELIMINARY, {
      input: {
        applicationId: rosterApplication.id,
        version: rosterApplication.version,
        passed: true,
        reasons: '材料齐全。',
      },
    });
    ({ version } = await driver.ok<{ version: number }>(
      'commission',
      'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
      { input: { applicationId: rosterApplication.id, version, expertId: 'expert-1' } },
    ));
    const answer = await driver.call(
      'expert',
      'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version expertReviews { expertId score opinion } } }',
      { input: { applicationId: rosterApplication.id, version, score: 88, opinion: '诊断扎实，建议支持。' } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.['recordExpertReview']).toMatchObject({
      expertReviews: [{ expertId: 'expert-1', score: 88, opinion: '诊断扎实，建议支持。' }],
    });
    // The applicant never sees the experts' evaluations.
    expect(
      (
        await driver.call(
          'leaving',
          `{ application(id: "${rosterApplication.id}") { expertReviews { score } } }`,
        )
      ).errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');
  });

  it('R6.4: the public publicity list names the diagnosed enterprise of a diagnosis reward, not a credit code', async () => {
    // R5.5: a diagnosis reward is fixed; the commission proposes it and a member body signs off (R3.1.1).
    const project = await driver.propose(rosterApplication.id);
    await driver.waitForStage(project.id, 'IN_PUBLICITY');
    const { body } = await api.query('{ publicity { edges { node { projectId enterpriseName } } } }');
    expect(body.errors).toBeUndefined();
    expect(
      (body.data?.['publicity'] as { edges: { node: unknown }[] }).edges.map((edge) => edge.node),
    ).toEqual([{ projectId: project.id, enterpriseName: NAMES[ROSTER] }]);
    expect(
      await driver.ok(
        'commission',
        `{ application(id: "${rosterApplication.id}") { applicantName enterpriseName } }`,
      ),
    ).toEqual({ applicantName: '深圳退库诊断服务有限公司', enterpriseName: NAMES[ROSTER] });
  });
});

describe('R5.1b.1: the implementation reward under a later year’s notice', () => {
  it('R5.1b.1: a 2026 report is applied for under a notice published in 2027, and refused under one of 2029 (window of two years)', async () => {
    const report = lateReport;
    // 2027-03-01 09:00 CST: the enterprise finished implementing in the following year.
    clock.set(new Date('2027-03-01T01:00:00Z'));
    const notice2027 = await implementationNotice(2027);
    const draft = await implementationDraft(notice2027, report.id, 'late');
    expect((await submitted(draft, 'late')).status).toBe('SUBMITTED');

    // A version for 2029 (the demo continuation ends in 2028), with the default two-year window.
    await driver.ok(
      'commission',
      'mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { id } }',
      {
        input: policyDraftInput({
          id: 'QP-2029-TEST',
          effectiveFrom: '2029-01-01',
          effectiveTo: '2029-12-31',
        }),
      },
    );
    await driver.ok(
      'commission2',
      'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { id } }',
      { input: { id: 'QP-2029-TEST', version: 1 } },
    );
    clock.set(new Date('2029-03-01T01:00:00Z'));
    const notice2029 = await implementationNotice(2029);
    // Two years on, the earlier tests' projects are flagged overdue by their workflows meanwhile.
    const unrelated = { ignoringPrefixes: ['PROJECT#', 'AUDIT#PRJ-'] };
    const before = await tableSnapshot(api.table, unrelated);
    expect(
      await driver.refusal('late', DRAFT, {
        input: { noticeId: notice2029, reportId: report.id, requestedAmountFen: 9_000_000, investment },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.1b.1' });
    expect(await tableSnapshot(api.table, unrelated)).toBe(before);
  });
});
