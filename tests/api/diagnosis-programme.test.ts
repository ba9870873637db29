import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import {
  ProgrammeDriver,
  PROVIDER_INPUT,
  ASSIGN,
  CONFIRM,
  DRAFT,
  SUBMIT,
  dateIn,
} from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';
import { checkCharacter } from '#domain/registry/credit-code';

/**
 * The diagnosis programme end to end over HTTP, each step by the role the policy gives it (R6.1, R6.2):
 * pool entry → plan → assignment → report → enterprise confirmation → provider application →
 * enterprise application → town acceptance, with the refusals on the way.
 */

const ENTERPRISE = '913101180DM95UY1CJ'; // Zhujiajiao, eligible
// Zhujiajiao: eligible when pooled (R4.5), its tax registration moves out of Qingpu before it applies (R4.1).
const INELIGIBLE = '91310118QT56L02F4T';
const JINZE_ENTERPRISE = '91310118CGG2RWLDKB';
/** A well-formed credit code nobody registered. */
const UNREGISTERED = `91310118MA1XXXXXX`.concat(checkCharacter('91310118MA1XXXXXX'));
const PROVIDER_CODE = '91330100716105852F';
const PROVIDER = `PRV-${PROVIDER_CODE}`;
const YEAR = 2026;

let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};
const ok = <T = Record<string, unknown>>(as: string, query: string, variables?: Record<string, unknown>) =>
  driver.ok<T>(as, query, variables);
const refusal = (as: string, query: string, variables?: Record<string, unknown>) =>
  driver.refusal(as, query, variables);
const upload = (as: string, ownerType: string, ownerId: string, purpose: string) =>
  driver.upload(as, ownerType, ownerId, purpose);
const diagnose = (creditCode: string) => driver.diagnose(creditCode);
const confirm = (as: string, report: { id: string; version: number }) => driver.confirm(as, report);
const notice = (programme: string, opensInDays: number, materials: { code: string; name: string }[]) =>
  driver.notice(programme, opensInDays, materials);

beforeAll(async () => {
  api = await startTestApi('development');
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token);
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['jinze'] = await api.token({ userId: 'officer-jz', role: 'TOWN_OFFICER', town: 'JINZE' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['enterprise'] = await api.token({
    userId: 'enterprise-1',
    role: 'ENTERPRISE',
    creditCode: ENTERPRISE,
  });
  token['ineligible'] = await api.token({
    userId: 'enterprise-2',
    role: 'ENTERPRISE',
    creditCode: INELIGIBLE,
  });
  const create =
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }';
  await ok('commission', create, { input: enterpriseInput({ creditCode: ENTERPRISE }) });
  await ok('commission', create, {
    input: enterpriseInput({ creditCode: INELIGIBLE, name: '上海淀湖智能装备有限公司' }),
  });
  await ok('commission', create, {
    input: enterpriseInput({ creditCode: JINZE_ENTERPRISE, name: '上海金泽新材料有限公司', town: 'JINZE' }),
  });
  await ok('commission', 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
    input: {
      creditCode: PROVIDER_CODE,
      name: '杭州智能制造诊断服务有限公司',
      ...PROVIDER_INPUT,
    },
  });
}, 60_000);
afterAll(async () => api.close());

describe('diagnosis programme over HTTP (R6.1, R6.2)', () => {
  const POOL = `mutation($input: IntentionEntryInput!) { addIntentionEntry(input: $input) { id town } }`;
  const pool = (creditCode: string) => ({
    input: {
      year: YEAR,
      creditCode,
      contactName: '李经理',
      contactPhone: '021-59701234',
      needs: '产线数字化诊断',
    },
  });

  it('R6.1.1: a town officer pools enterprises of their own town only, once each', async () => {
    expect(await ok('zhujiajiao', POOL, pool(ENTERPRISE))).toEqual({
      id: `${YEAR}#${ENTERPRISE}`,
      town: 'ZHUJIAJIAO',
    });
    await ok('zhujiajiao', POOL, pool(INELIGIBLE));
    // Issue 16 item 4: another town's enterprise is answered as an unregistered one (BAD_USER_INPUT), not
    // FORBIDDEN, so the answer does not tell a town officer whether another town registered the code.
    expect((await refusal('zhujiajiao', POOL, pool(JINZE_ENTERPRISE))).code).toBe('BAD_USER_INPUT');
    expect((await refusal('jinze', POOL, pool(ENTERPRISE))).code).toBe('BAD_USER_INPUT');
    expect((await refusal('jinze', POOL, pool(UNREGISTERED))).code).toBe('BAD_USER_INPUT');
    expect((await refusal('zhujiajiao', POOL, pool(ENTERPRISE))).code).toBe('CONFLICT');
    const mine = await ok<{ edges: unknown[] }>(
      'jinze',
      `{ intentionPool(year: ${YEAR}) { edges { node { id } } } }`,
    );
    expect(mine.edges).toEqual([]);
  });

  it('R6.1.1, R6.1.3: the commission draws the plan from the pool and publishes it', async () => {
    const entries = [ENTERPRISE, INELIGIBLE].map((creditCode) => ({ creditCode, targetDate: dateIn(60) }));
    const outsidePool = await refusal(
      'commission',
      'mutation($input: CreateDiagnosisPlanInput!) { createDiagnosisPlan(input: $input) { id } }',
      { input: { year: YEAR, entries: [{ creditCode: JINZE_ENTERPRISE, targetDate: dateIn(60) }] } },
    );
    expect(outsidePool).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.1.1' });
    const plan = await ok<{ version: number }>(
      'commission',
      'mutation($input: CreateDiagnosisPlanInput!) { createDiagnosisPlan(input: $input) { version status } }',
      { input: { year: YEAR, entries } },
    );
    const unpublished = await refusal('commission', ASSIGN, {
      input: { year: YEAR, creditCode: ENTERPRISE, providerId: PROVIDER, deadline: dateIn(30) },
    });
    expect(unpublished).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.1.3' });
    expect(
      await ok(
        'commission',
        `mutation { publishDiagnosisPlan(year: ${YEAR}, version: ${plan.version}) { status entries { creditCode } } }`,
      ),
    ).toEqual({ status: 'PUBLISHED', entries: [{ creditCode: ENTERPRISE }, { creditCode: INELIGIBLE }] });
  });

  let report: { id: string; version: number };
  let diagnosisNotice: string;

  it('R6.2.1: a provider cannot claim the diagnosis reward before the enterprise confirms the report', async () => {
    report = await diagnose(ENTERPRISE);
    diagnosisNotice = await notice('DIAGNOSIS_REWARD', 0, []);
    const draft = await ok<{ id: string; version: number; requestedAmountFen: number }>('provider', DRAFT, {
      input: { noticeId: diagnosisNotice, reportId: report.id },
    });
    expect(draft.requestedAmountFen).toBe(2_000_000); // R5.1a: 20,000 yuan
    expect(
      await refusal('provider', SUBMIT, { input: { id: draft.id, version: draft.version } }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.2.1',
    });
  });

  it('R6.2.1: the enterprise confirms with its registered principal and the signed page; then the provider applies', async () => {
    const wrongSigner = await refusal('enterprise', CONFIRM, {
      input: {
        reportId: report.id,
        version: report.version,
        principalName: '张三',
        signedPageAttachmentId: await upload('enterprise', 'REPORT', report.id, 'SIGNED_PAGE'),
      },
    });
    expect(wrongSigner).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.2.1' });
    expect(
      (
        await refusal('provider', CONFIRM, {
          input: { reportId: report.id, version: 1, principalName: '王建国', signedPageAttachmentId: 'x' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    await confirm('enterprise', report);
    const drafts = await ok<{ edges: { node: { id: string; version: number } }[] }>(
      'provider',
      '{ applications(status: DRAFT) { edges { node { id version } } } }',
    );
    const [draft] = drafts.edges;
    expect(
      await ok('provider', SUBMIT, { input: { id: draft?.node.id, version: draft?.node.version } }),
    ).toMatchObject({
      status: 'SUBMITTED',
    });
  });

  it('R5.1a: a second diagnosis reward for the same enterprise in the same plan is refused', async () => {
    const second = await ok<{ id: string; version: number }>('provider', DRAFT, {
      input: { noticeId: diagnosisNotice, reportId: report.id },
    });
    expect(
      await refusal('provider', SUBMIT, { input: { id: second.id, version: second.version } }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R5.1a',
    });
  });

  let implementation: { id: string; version: number };

  it('R5.1b: an implementation reward above 100,000 yuan is refused; materials must be complete (R6.2.0)', async () => {
    const implementationNotice = await notice('IMPLEMENTATION_REWARD', 0, [
      { code: 'INVESTMENT_EVIDENCE', name: '实施投入凭证' },
    ]);
    const investment = { totalInvestmentFen: 350_000_000, description: 'MES与AGV实施' };
    expect(
      await refusal('enterprise', DRAFT, {
        input: {
          noticeId: implementationNotice,
          reportId: report.id,
          requestedAmountFen: 10_000_001,
          investment,
        },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.1b' });
    implementation = await ok('enterprise', DRAFT, {
      input: {
        noticeId: implementationNotice,
        reportId: report.id,
        requestedAmountFen: 10_000_000,
        investment,
      },
    });
    expect(
      await refusal('enterprise', SUBMIT, {
        input: { id: implementation.id, version: implementation.version },
      }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.2.0',
    });
    await upload('enterprise', 'APPLICATION', implementation.id, 'INVESTMENT_EVIDENCE');
    implementation = await ok('enterprise', SUBMIT, {
      input: { id: implementation.id, version: implementation.version },
    });
    expect(implementation).toMatchObject({ status: 'SUBMITTED' });
  });

  it('R6.2.0: a report of one plan year cannot be applied under another year’s notice', async () => {
    const nextYear = await ok<{ id: string }>(
      'commission',
      'mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id } }',
      {
        input: {
          programme: 'DIAGNOSIS_REWARD',
          title: '2027年度诊断奖励申报',
          eligibleApplicants: '入库服务商',
          requiredMaterials: [],
          opensAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
          closesAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString(),
          planYear: YEAR + 1,
        },
      },
    );
    expect(
      await refusal('provider', DRAFT, { input: { noticeId: nextYear.id, reportId: report.id } }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.2.0',
    });
  });

  it('R6.2.0: nothing is submitted outside the notice’s window', async () => {
    const later = await notice('IMPLEMENTATION_REWARD', 10, []);
    const draft = await ok<{ id: string; version: number }>('enterprise', DRAFT, {
      input: {
        noticeId: later,
        reportId: report.id,
        requestedAmountFen: 5_000_000,
        investment: { totalInvestmentFen: 100_000_000, description: '二期' },
      },
    });
    expect(
      await refusal('enterprise', SUBMIT, { input: { id: draft.id, version: draft.version } }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.2.0',
    });
  });

  it('R4.4: an ineligible enterprise is refused at submission with every failing condition', async () => {
    const ineligibleReport = await diagnose(INELIGIBLE);
    await confirm('ineligible', ineligibleReport);
    const { version } = await ok<{ version: number }>(
      'commission',
      `{ enterprise(creditCode: "${INELIGIBLE}") { version } }`,
    );
    await ok(
      'commission',
      'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }',
      {
        input: { creditCode: INELIGIBLE, version, taxInQingpu: false },
      },
    );
    const openNotice = await notice('IMPLEMENTATION_REWARD', 0, []);
    const draft = await ok<{ id: string; version: number }>('ineligible', DRAFT, {
      input: {
        noticeId: openNotice,
        reportId: ineligibleReport.id,
        requestedAmountFen: 5_000_000,
        investment: { totalInvestmentFen: 80_000_000, description: '产线改造' },
      },
    });
    expect(await refusal('ineligible', SUBMIT, { input: { id: draft.id, version: draft.version } })).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R4.4',
      reasons: [
        { rule: 'R4.1', message: 'tax registration is not in Qingpu', messageZh: '财税户管地不在青浦' },
      ],
    });
  });

  it('R6.2.2: the enterprise’s own town accepts its application; an officer of another town cannot', async () => {
    const ACCEPT =
      'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status acceptedAt } }';
    const input = { id: implementation.id, version: implementation.version };
    expect((await refusal('jinze', ACCEPT, { input })).code).toBe('NOT_FOUND');
    expect((await refusal('enterprise', ACCEPT, { input })).code).toBe('FORBIDDEN');
    expect(await ok('zhujiajiao', ACCEPT, { input })).toMatchObject({ status: 'ACCEPTED' });
    const trail = await ok<{
      edges: { node: { operation: string; actorRole: string; entityType: string } }[];
    }>(
      'commission',
      `{ auditTrail(entityId: "${implementation.id}") { edges { node { operation actorRole entityType } } } }`,
    );
    expect(trail.edges.every((edge) => edge.node.entityType === 'APPLICATION')).toBe(true);
    expect(trail.edges.map((edge) => [edge.node.operation, edge.node.actorRole])).toEqual([
      ['acceptApplication', 'TOWN_OFFICER'],
      ['submitApplication', 'ENTERPRISE'],
      ['draftApplication', 'ENTERPRISE'],
    ]);
  });

  it('lets the commission, but not another town, download the report file', async () => {
    const query = `{ diagnosisReport(id: "${report.id}") { reportFile { downloadUrl } } }`;
    const { reportFile } = await ok<{ reportFile: { downloadUrl: string } }>('commission', query);
    const download = await fetch(reportFile.downloadUrl);
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('REPORT_FILE');
    expect((await refusal('jinze', query)).code).toBe('NOT_FOUND');
  });
});
