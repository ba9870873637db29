import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { closedAfter, DRAFT, ProgrammeDriver, PROVIDER_INPUT, SUBMIT } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';
import { demoCreditCode } from '../../local/demo-data.ts';

/**
 * Publicity and approval over HTTP (R6.3–R6.6), driven by the synthesized state machine run locally on a
 * clock the test moves: Monday 2026-09-28 09:00 in China Standard Time, so that publicity spans the
 * National Day holiday as in the policy's example (R6.4.1).
 */

const YEAR = 2026;
const PROVIDER = 'PRV-91330100716105852F';
const clock = new ManualClock(new Date('2026-09-28T01:00:00Z'));
let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};

const PROJECT = `query($id: ID!) { project(id: $id) { id stage version waiting { stage overdue } publicity { startDate endDate endsAt } } }`;

interface ProjectView {
  id: string;
  stage: string;
  version: number;
  publicity: { startDate: string; endDate: string; endsAt: string } | null;
}

/** The workflow runs in the background: wait until the project reaches `stage`. */
async function reach(projectId: string, stage: string): Promise<ProjectView> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const project = await driver.ok<ProjectView>('commission', PROJECT, { id: projectId });
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}`);
}

const PROPOSE =
  'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id stage version } }';
const OBJECT = 'mutation($input: FileObjectionInput!) { fileObjection(input: $input) { received } }';
const INVESTIGATE =
  'mutation($input: RecordInvestigationInput!) { recordInvestigation(input: $input) { stage } }';
const SCREEN =
  'mutation($input: ScreenObjectionInput!) { screenObjection(input: $input) { status version } }';
const SETTLE =
  'mutation($input: SettleObjectionInput!) { settleObjection(input: $input) { status version } }';
const OBJECTIONS = `query($projectId: ID!) { objections(projectId: $projectId) {
  edges { node { id version objectorName status } } } }`;

interface ObjectionView {
  id: string;
  version: number;
  objectorName: string;
  status: string;
}

/** A project's objections as the commission lists them, oldest first. */
async function objectionsOf(projectId: string): Promise<ObjectionView[]> {
  const page = await driver.ok<{ edges: { node: ObjectionView }[] }>('commission', OBJECTIONS, { projectId });
  return page.edges.map((edge) => edge.node);
}
const DELIBERATE = 'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage } }';

const ENTERPRISES = {
  first: '913101180DM95UY1CJ',
  second: '91310118QT56L02F4T',
  third: '91310118CGG2RWLDKB',
  fourth: '91310118JKR1X7KE0J',
  fifth: '913101180RBGLAAH9E',
  sixth: demoCreditCode(820_006),
} as const;

beforeAll(async () => {
  api = await startTestApi('development', clock);
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['commission2'] = await api.token({ userId: 'commission-2', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['promotion'] = await api.token({ userId: 'promotion-1', role: 'PROMOTION_OFFICE' });
  token['finance'] = await api.token({ userId: 'finance-1', role: 'FINANCE' });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  token['expert2'] = await api.token({ userId: 'expert-2', role: 'EXPERT' });
  const create =
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }';
  for (const [name, creditCode] of Object.entries(ENTERPRISES)) {
    token[name] = await api.token({ userId: `enterprise-${name}`, role: 'ENTERPRISE', creditCode });
    await driver.ok('commission', create, {
      input: enterpriseInput({ creditCode, name: `上海${name}智能制造有限公司` }),
    });
  }
  await driver.ok(
    'commission',
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    {
      input: { creditCode: '91330100716105852F', name: '杭州智能制造诊断服务有限公司', ...PROVIDER_INPUT },
    },
  );
  await driver.plan(Object.values(ENTERPRISES));
  const REGISTER = 'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }';
  await driver.ok('commission', REGISTER, {
    input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
  });
  await driver.ok('commission', REGISTER, {
    input: { expertId: 'expert-2', name: '周工', specialty: '工业软件', affiliations: [] },
  });
  await driver.ok('commission', REGISTER, {
    input: { expertId: 'expert-3', name: '吴总工', specialty: '精益生产', affiliations: [ENTERPRISES.fifth] },
  });
  // R2.2: 100,000 yuan for 2026.
  await driver.ok(
    'finance',
    'mutation { setBudget(input: { fiscalYear: 2026, amountFen: 10000000 }) { amountFen } }',
  );
}, 120_000);
afterAll(async () => api.close());

describe('publicity and approval (R6.3–R6.6), over HTTP with the local workflow', () => {
  let projectId: string;

  it('R6.3, R6.4.1: a proposed project goes into publicity for 5 working days across the National Day holiday', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.first, 'first');
    const over = await driver.refusal('commission', PROPOSE, {
      input: { applicationId, proposedAmountFen: 9_000_001 },
    });
    expect(over).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.1b' });
    // R3.1.1: the commission proposes, a DRC joint reviewer signs off, and only then does it start.
    projectId = (await driver.propose(applicationId, 8_000_000)).id;
    const project = await reach(projectId, 'IN_PUBLICITY');
    // Once under way, the same application cannot be proposed again.
    expect(
      (
        await driver.refusal('commission', PROPOSE, {
          input: { applicationId, proposedAmountFen: 8_000_000 },
        })
      ).code,
    ).toBe('CONFLICT');
    expect(project.publicity).toEqual({
      startDate: '2026-09-28',
      endDate: '2026-10-09',
      // 24:00 China time of the fifth working day, written in China time (the same instant as 16:00Z).
      endsAt: '2026-10-10T00:00:00.000+08:00',
    });
  });

  it('R6.4: anyone sees the publicity list, with nothing private', async () => {
    const { body } = await api.query(
      '{ publicity { edges { node { projectId enterpriseName proposedAmountFen startDate endDate } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(
      (body.data?.['publicity'] as { edges: { node: unknown }[] }).edges.map((edge) => edge.node),
    ).toEqual([
      {
        projectId,
        enterpriseName: '上海first智能制造有限公司',
        proposedAmountFen: 8_000_000,
        startDate: '2026-09-28',
        endDate: '2026-10-09',
      },
    ]);
  });

  it('R6.4: objections are real-name; the objector is shown to the commission only', async () => {
    const anonymous = await api.query(OBJECT, {
      variables: { input: { projectId, objectorName: '', objectorContact: '', reason: '' } },
    });
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const filed = await api.query(OBJECT, {
      variables: {
        input: {
          projectId,
          objectorName: '张三',
          objectorContact: '13800000000',
          reason: '该企业实际投入与申报不符，请核查。',
        },
      },
    });
    expect(filed.body.data?.['fileObjection']).toEqual({ received: true });
    const again = await api.query(OBJECT, {
      variables: {
        input: {
          projectId,
          objectorName: '张三',
          objectorContact: '13800000000',
          reason: '重复提交同一异议，请核查。',
        },
      },
    });
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await driver.refusal('finance', OBJECTIONS, { projectId })).code).toBe('FORBIDDEN');
    // R6.4.3: received, for the commission to screen.
    expect(
      (await objectionsOf(projectId)).map(({ objectorName, status }) => ({ objectorName, status })),
    ).toEqual([{ objectorName: '张三', status: 'RECEIVED' }]);
  });

  it('R6.4.1: objections are accepted until 24:00 China time of the last day, then the objection is investigated', async () => {
    clock.set(new Date('2026-10-09T15:59:00Z')); // 23:59 CST on 10-09
    const late = await api.query(OBJECT, {
      variables: {
        input: {
          projectId,
          objectorName: '李四',
          objectorContact: 'lisi@example.com',
          reason: '最后一分钟提出的异议。',
        },
      },
    });
    expect(late.body.data?.['fileObjection']).toEqual({ received: true });
    clock.set(new Date('2026-10-09T16:00:00Z')); // 24:00 CST: publicity is over
    const atMidnight = await api.query(OBJECT, {
      variables: {
        input: {
          projectId,
          objectorName: '赵七',
          objectorContact: 'zhaoqi@example.com',
          reason: '公示结束零点整提出的异议。',
        },
      },
    });
    expect(atMidnight.body.errors?.[0]?.extensions).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.1',
    });
    clock.set(closedAfter('2026-10-09T16:00:00.000Z'));
    const investigation = await reach(projectId, 'INVESTIGATION');
    const tooLate = await api.query(OBJECT, {
      variables: {
        input: {
          projectId,
          objectorName: '王五',
          objectorContact: 'wangwu@example.com',
          reason: '公示结束后提出的异议。',
        },
      },
    });
    expect(tooLate.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // R6.4.3: the bulk disposition is refused while an objection is unscreened.
    const unscreened = await driver.refusal('commission', INVESTIGATE, {
      input: { projectId, version: investigation.version, upheld: false, finding: '经核查，投入属实。' },
    });
    expect(unscreened).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.3' });
    const [first, last] = await objectionsOf(projectId);
    await driver.ok('commission', SCREEN, {
      input: {
        objectionId: first?.id,
        version: first?.version,
        admissible: true,
        reason: '实名，理由具体。',
      },
    });
    await driver.ok('commission', SCREEN, {
      input: {
        objectionId: last?.id,
        version: last?.version,
        admissible: false,
        reasonCode: 'UNREACHABLE_CONTACT',
        reason: '邮箱退信，无法联系异议人。',
      },
    });
    await driver.ok('commission', INVESTIGATE, {
      input: { projectId, version: investigation.version, upheld: false, finding: '经核查，投入属实。' },
    });
    await reach(projectId, 'DELIBERATION');
    expect((await objectionsOf(projectId)).map((objection) => objection.status)).toEqual([
      'DISMISSED',
      'INADMISSIBLE',
    ]);
  });

  it('R6.5, R6.6: deliberation approves; the commission drafts and finance countersigns the document; the project completes', async () => {
    const deliberation = await reach(projectId, 'DELIBERATION');
    expect(
      (
        await driver.refusal('commission', DELIBERATE, {
          input: { projectId, version: deliberation.version, approved: true, reason: '同意' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    await driver.ok('promotion', DELIBERATE, {
      input: { projectId, version: deliberation.version, approved: true, reason: '符合政策，同意支持。' },
    });
    const replay = await driver.refusal('promotion', DELIBERATE, {
      input: { projectId, version: deliberation.version, approved: true, reason: '重复提交。' },
    });
    expect(replay.code).toBe('CONFLICT');
    await reach(projectId, 'AWAITING_DOCUMENT');
    const document = await driver.ok<{ id: string; version: number; totalFen: number }>(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version totalFen } }',
      { input: { projectIds: [projectId] } },
    );
    expect(document.totalFen).toBe(8_000_000);
    const COUNTERSIGN = `mutation { countersignDisbursementDocument(id: "${document.id}", version: ${document.version}) { status documentNumber countersignedBy } }`;
    expect((await driver.refusal('commission2', COUNTERSIGN)).code).toBe('FORBIDDEN');
    expect(await driver.ok('finance', COUNTERSIGN)).toEqual({
      status: 'ISSUED',
      documentNumber: '青经财拨〔2026〕1号',
      countersignedBy: 'finance-1',
    });
    await reach(projectId, 'COMPLETED');
    // Issuing created exactly one payment for the project, and a second countersignature creates none.
    expect((await driver.refusal('finance', COUNTERSIGN)).code).toBe('CONFLICT');
    const issued = await driver.ok<{ payments: unknown[] }>(
      'finance',
      `{ disbursementDocuments { edges { node { payments { projectId amountFen status documentNumber hasBankAccount } } } } }`,
    );
    expect(issued).toEqual({
      edges: [
        {
          node: {
            payments: [
              {
                projectId,
                amountFen: 8_000_000,
                status: 'READY',
                documentNumber: '青经财拨〔2026〕1号',
                hasBankAccount: false,
              },
            ],
          },
        },
      ],
    });
  });

  it('R6.4, R6.4.3: an upheld objection removes the project, whatever is still unscreened (proposed in a list signed off all or nothing); the 51st objection is refused with OBJECTION_LIMIT_REACHED', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.second, 'second');
    clock.set(new Date('2026-10-12T01:00:00Z')); // Monday 09:00 CST
    const LIST = 'mutation($input: ProposeProjectsInput!) { proposeProjects(input: $input) { id } }';
    // One bad line refuses the whole list: nothing is proposed.
    const refused = await driver.refusal('commission', LIST, {
      input: {
        items: [
          { applicationId, proposedAmountFen: 5_000_000 },
          { applicationId: 'APP-unknown', proposedAmountFen: 1 },
        ],
      },
    });
    expect(refused.code).toBe('NOT_FOUND');
    expect((await driver.refusal('commission', `{ project(id: "PRJ-${applicationId}") { id } }`)).code).toBe(
      'NOT_FOUND',
    );
    expect(
      await driver.ok('commission', LIST, {
        input: { items: [{ applicationId, proposedAmountFen: 5_000_000 }] },
      }),
    ).toEqual([{ id: `PRJ-${applicationId}` }]);
    const id = `PRJ-${applicationId}`;
    await driver.signOff(id, 1);
    const inPublicity = await reach(id, 'IN_PUBLICITY');
    await api.query(OBJECT, {
      variables: {
        input: {
          projectId: id,
          objectorName: '赵六',
          objectorContact: '13900000000',
          reason: '该企业存在弄虚作假行为。',
        },
      },
    });
    // R6.4.3: 49 more from as many contacts fill the project's 50; the next is refused, with the limit.
    const flood = (index: number) =>
      api.query(OBJECT, {
        variables: {
          input: {
            projectId: id,
            objectorName: '孙八',
            objectorContact: `1350000${String(index).padStart(4, '0')}`,
            reason: '批量提交的异议内容。',
          },
        },
      });
    for (let index = 0; index < 49; index += 1)
      expect((await flood(index)).body.data?.['fileObjection']).toEqual({ received: true });
    expect((await flood(49)).body.errors?.[0]?.extensions).toEqual({
      code: 'OBJECTION_LIMIT_REACHED',
      rule: 'R6.4.3',
      limit: 'PER_PROJECT',
      max: 50,
      messageZh: '该项目收到的异议已达上限（50 件），本次异议未予登记（R6.4.3）',
      messageEn: expect.any(String) as unknown,
    });
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    await reach(id, 'INVESTIGATION');
    const [objection] = await objectionsOf(id);
    const screened = await driver.ok<{ version: number }>('commission', SCREEN, {
      input: { objectionId: objection?.id, version: objection?.version, admissible: true, reason: '实名。' },
    });
    await driver.ok('commission', SETTLE, {
      input: {
        objectionId: objection?.id,
        version: screened.version,
        outcome: 'UPHELD',
        finding: '异议成立。',
      },
    });
    const removed = await reach(id, 'REMOVED');
    expect(removed.publicity?.endDate).toBe(inPublicity.publicity?.endDate);
  });

  it('R2.2: an approval beyond the remaining budget is refused until the commission records an override', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.third, 'third');
    clock.set(new Date('2026-10-19T01:00:00Z'));
    const id = (await driver.propose(applicationId, 4_000_000)).id;
    const inPublicity = await reach(id, 'IN_PUBLICITY');
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    const deliberation = await reach(id, 'DELIBERATION');
    const approve = {
      input: { projectId: id, version: deliberation.version, approved: true, reason: '同意支持。' },
    };
    // 80,000 of 100,000 yuan are committed: 40,000 more does not fit.
    expect(await driver.refusal('promotion', DELIBERATE, approve)).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R2.2',
    });
    expect(
      (
        await driver.refusal(
          'finance',
          'mutation { setBudget(input: { fiscalYear: 2026, amountFen: 7000000 }) { amountFen } }',
        )
      ).rule,
    ).toBe('R2.2');
    await driver.ok(
      'commission',
      'mutation($input: OverrideBudgetInput!) { overrideBudget(input: $input) { version } }',
      {
        input: { fiscalYear: 2026, projectId: id, reason: '区政府专题会议同意追加。' },
      },
    );
    // Deliberation waits past its 20-day limit: the stage is flagged and listed, and still waits.
    clock.advance(21 * 24 * 60 * 60 * 1000);
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const listed = await driver.ok<{ id: string; waiting: { overdue: boolean } }[]>(
        'commission',
        '{ overdueStages { id waiting { overdue } } }',
      );
      if (listed.some((project) => project.id === id)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await driver.ok('commission', '{ overdueStages { id stage waiting { stage overdue } } }')).toEqual(
      [{ id, stage: 'DELIBERATION', waiting: { stage: 'DELIBERATION', overdue: true } }],
    );
    const stillWaiting = await reach(id, 'DELIBERATION');
    await driver.ok('promotion', DELIBERATE, { input: { ...approve.input, version: stillWaiting.version } });
    await reach(id, 'AWAITING_DOCUMENT');
    expect(
      await driver.ok(
        'finance',
        '{ budget(fiscalYear: 2026) { amountFen committedFen remainingFen overrides { projectId } } }',
      ),
    ).toEqual({
      amountFen: 10_000_000,
      committedFen: 12_000_000,
      remainingFen: -2_000_000,
      overrides: [{ projectId: id }],
    });
  });

  it('R6.5: a project rejected in deliberation gets no disbursement document', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.fourth, 'fourth');
    clock.set(new Date('2026-10-26T01:00:00Z'));
    const id = (await driver.propose(applicationId, 4_000_000)).id;
    const inPublicity = await reach(id, 'IN_PUBLICITY');
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    const deliberation = await reach(id, 'DELIBERATION');
    await driver.ok('promotion', DELIBERATE, {
      input: { projectId: id, version: deliberation.version, approved: false, reason: '实施效果不足。' },
    });
    await reach(id, 'REJECTED');
    const draft = await driver.refusal(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id } }',
      { input: { projectIds: [id] } },
    );
    expect(draft).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.6' });
  });
  it('R6.3.1: a project rejected in deliberation frees its application’s one-per place: a corrected application is filed while the notice is open', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.sixth, 'sixth');
    clock.set(new Date('2026-11-02T01:00:00Z'));
    const id = (await driver.propose(applicationId, 4_000_000)).id;
    const inPublicity = await reach(id, 'IN_PUBLICITY');
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    const deliberation = await reach(id, 'DELIBERATION');
    const { noticeId, reportId } = await driver.ok<{ noticeId: string; reportId: string }>(
      'commission',
      `{ application(id: "${applicationId}") { noticeId reportId } }`,
    );
    const corrected = await driver.ok<{ id: string; version: number }>('sixth', DRAFT, {
      input: {
        noticeId,
        reportId,
        requestedAmountFen: 5_000_000,
        investment: { totalInvestmentFen: 400_000_000, description: 'MES（更正）' },
      },
    });
    // While the project is under way, the report's place (R5.1b: one per report) is still taken.
    expect(
      await driver.refusal('sixth', SUBMIT, { input: { id: corrected.id, version: corrected.version } }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.1b' });
    await driver.ok('promotion', DELIBERATE, {
      input: { projectId: id, version: deliberation.version, approved: false, reason: '投入核算有误。' },
    });
    await reach(id, 'REJECTED');
    const resubmitted = await driver.ok<{ id: string; status: string }>('sixth', SUBMIT, {
      input: { id: corrected.id, version: corrected.version },
    });
    expect(resubmitted).toMatchObject({ id: corrected.id, status: 'SUBMITTED' });
  });
  it('R6.3: a project is proposed only after its preliminary review and an expert evaluation; a conflicted expert takes no part', async () => {
    const applicationId = await driver.implementationApplication(ENTERPRISES.fifth, 'fifth', false);
    const PROPOSE_INPUT = { input: { applicationId, proposedAmountFen: 1_000_000 } };
    expect(await driver.refusal('commission', PROPOSE, PROPOSE_INPUT)).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.3',
    });
    const read = `{ application(id: "${applicationId}") { version preliminaryReview { passed } } }`;
    // Not assigned: the expert sees nothing of it.
    expect((await driver.refusal('expert', read)).code).toBe('NOT_FOUND');
    const version = async () => (await driver.ok<{ version: number }>('commission', read)).version;
    await driver.ok(
      'commission',
      'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { version } }',
      {
        input: { applicationId, version: await version(), passed: true, reasons: '材料齐全。' },
      },
    );
    // R6.3: an expert linked to the enterprise is never assigned to its application.
    expect(
      await driver.refusal(
        'commission',
        'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
        {
          input: { applicationId, version: await version(), expertId: 'expert-3' },
        },
      ),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.3' });
    for (const expertId of ['expert-2', 'expert-1']) {
      await driver.ok(
        'commission',
        'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
        {
          input: { applicationId, version: await version(), expertId },
        },
      );
    }
    await driver.ok(
      'expert2',
      'mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { declared } }',
      {
        input: { applicationId, version: await version(), reason: '曾为该企业提供咨询服务。' },
      },
    );
    expect((await driver.refusal('expert2', read)).code).toBe('NOT_FOUND');
    const SCORE = 'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }';
    expect(
      (
        await driver.refusal('expert2', SCORE, {
          input: { applicationId, version: await version(), score: 90, opinion: '回避后不应评分。' },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(await driver.refusal('commission', PROPOSE, PROPOSE_INPUT)).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.3',
    });
    expect(await driver.ok('expert', read)).toMatchObject({ preliminaryReview: { passed: true } });
    await driver.ok('expert', SCORE, {
      input: { applicationId, version: await version(), score: 78, opinion: '投入真实，效果一般。' },
    });
    const reviews = `{ application(id: "${applicationId}") { expertReviews { expertId conflict score } } }`;
    expect(await driver.ok('commission', reviews)).toEqual({
      expertReviews: [
        { expertId: 'expert-2', conflict: '曾为该企业提供咨询服务。', score: null },
        { expertId: 'expert-1', conflict: null, score: 78 },
      ],
    });
    expect((await driver.refusal('fifth', reviews)).code).toBe('FORBIDDEN');
    const proposed = await driver.ok<{ id: string; version: number }>('commission', PROPOSE, PROPOSE_INPUT);
    expect(proposed).toMatchObject({ stage: 'AWAITING_SIGN_OFF' });
    expect(await driver.signOff(proposed.id, proposed.version)).toMatchObject({ stage: 'PROPOSED' });
  });
});
