import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { enterpriseInput } from '../support/registry.ts';

/**
 * The diagnosis programme end to end over HTTP, each step by the role the policy gives it (R6.1, R6.2):
 * pool entry → plan → assignment → report → enterprise confirmation → provider application →
 * enterprise application → town acceptance, with the refusals on the way.
 */

const ENTERPRISE = '913101180DM95UY1CJ'; // Zhujiajiao, eligible
const INELIGIBLE = '91310118QT56L02F4T'; // Zhujiajiao, tax registration outside Qingpu (R4.1)
const JINZE_ENTERPRISE = '91310118CGG2RWLDKB';
const PROVIDER_CODE = '91330100716105852F';
const PROVIDER = `PRV-${PROVIDER_CODE}`;
const YEAR = 2026;
const DAY = 24 * 60 * 60 * 1000;

let api: TestApi;
const token: Record<string, string> = {};

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

async function call(as: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const { body } = await api.query(query, { token: token[as], variables });
  return body;
}

/** The field's data; fails the test with the errors when the call was refused. */
async function ok<T = Record<string, unknown>>(
  as: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await call(as, query, variables);
  if (body.errors) throw new Error(`${as} was refused: ${JSON.stringify(body.errors)}`);
  const [value] = Object.values(body.data ?? {});
  return value as T;
}

/** How a call was refused: code, policy rule and reasons. */
async function refusal(as: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await call(as, query, variables);
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { code: extensions['code'], rule: extensions['rule'], reasons: extensions['reasons'] };
}

/** Upload a file the way a browser does: sign, PUT to the pre-signed URL, confirm. */
async function upload(as: string, ownerType: string, ownerId: string, purpose: string): Promise<string> {
  const content = Buffer.from(`%PDF-1.7 ${purpose} for ${ownerId}`);
  const signed = await ok<{
    attachment: { id: string };
    upload: { url: string; method: string; headersJson: string };
  }>(
    as,
    `mutation($input: RequestAttachmentUploadInput!) {
      requestAttachmentUpload(input: $input) { attachment { id } upload { url method headersJson } }
    }`,
    {
      input: {
        ownerType,
        ownerId,
        purpose,
        fileName: `${purpose.toLowerCase()}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: content.length,
        sha256Base64: createHash('sha256').update(content).digest('base64'),
      },
    },
  );
  const put = await fetch(signed.upload.url, {
    method: signed.upload.method,
    headers: JSON.parse(signed.upload.headersJson) as Record<string, string>,
    body: content,
  });
  expect(put.status).toBe(200);
  await ok(as, 'mutation($id: ID!) { completeAttachmentUpload(id: $id) { status } }', {
    id: signed.attachment.id,
  });
  return signed.attachment.id;
}

const ASSIGN = `mutation($input: AssignProviderInput!) { assignProvider(input: $input) { id version status } }`;
const RESPOND = `mutation($input: RespondToAssignmentInput!) { respondToAssignment(input: $input) { status version } }`;
const SUBMIT_REPORT = `mutation($input: SubmitDiagnosisReportInput!) { submitDiagnosisReport(input: $input) { id version status } }`;
const CONFIRM = `mutation($input: ConfirmDiagnosisReportInput!) { confirmDiagnosisReport(input: $input) { status version confirmation { principalName signedPage { status } } } }`;
const DRAFT = `mutation($input: DraftApplicationInput!) { draftApplication(input: $input) { id version status requestedAmountFen } }`;
const SUBMIT = `mutation($input: ApplicationVersionInput!) { submitApplication(input: $input) { id version status } }`;

function dateIn(days: number): string {
  return new Date(Date.now() + 8 * 60 * 60 * 1000 + days * DAY).toISOString().slice(0, 10);
}

/** Assignment → acceptance → report with its file, for one planned enterprise. Returns the report. */
async function diagnose(creditCode: string): Promise<{ id: string; version: number }> {
  const assignment = await ok<{ id: string; version: number }>('commission', ASSIGN, {
    input: { year: YEAR, creditCode, providerId: PROVIDER, deadline: dateIn(30) },
  });
  await ok('provider', RESPOND, {
    input: { assignmentId: assignment.id, version: assignment.version, accept: true },
  });
  const reportId = assignment.id.replace(/^ASG-/, 'RPT-');
  const reportAttachmentId = await upload('provider', 'REPORT', reportId, 'REPORT_FILE');
  return ok<{ id: string; version: number }>('provider', SUBMIT_REPORT, {
    input: {
      assignmentId: assignment.id,
      summary: '产线自动化程度低，建议引入MES与AGV。',
      recommendedMeasures: ['部署MES系统', '引入AGV物流'],
      estimatedInvestmentFen: 300_000_000,
      reportAttachmentId,
    },
  });
}

async function confirm(as: string, report: { id: string; version: number }): Promise<void> {
  const signedPageAttachmentId = await upload(as, 'REPORT', report.id, 'SIGNED_PAGE');
  await ok(as, CONFIRM, {
    input: { reportId: report.id, version: report.version, principalName: '王建国', signedPageAttachmentId },
  });
}

async function notice(
  programme: string,
  opensInDays: number,
  requiredMaterials: { code: string; name: string }[],
): Promise<string> {
  const published = await ok<{ id: string }>(
    'commission',
    `mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id policyVersionId } }`,
    {
      input: {
        programme,
        title: `${YEAR}年度智能化改造${programme === 'DIAGNOSIS_REWARD' ? '诊断' : '实施'}奖励申报`,
        eligibleApplicants: programme === 'DIAGNOSIS_REWARD' ? '入库服务商' : '完成诊断并实施的企业',
        requiredMaterials,
        opensAt: new Date(Date.now() + opensInDays * DAY - 60 * 60 * 1000).toISOString(),
        closesAt: new Date(Date.now() + (opensInDays + 14) * DAY).toISOString(),
        planYear: YEAR,
      },
    },
  );
  return published.id;
}

beforeAll(async () => {
  api = await startTestApi('development');
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
    input: enterpriseInput({ creditCode: INELIGIBLE, name: '上海淀湖智能装备有限公司', taxInQingpu: false }),
  });
  await ok('commission', create, {
    input: enterpriseInput({ creditCode: JINZE_ENTERPRISE, name: '上海金泽新材料有限公司', town: 'JINZE' }),
  });
  await ok('commission', 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', {
    input: {
      creditCode: PROVIDER_CODE,
      name: '杭州智能制造诊断服务有限公司',
      onRoster: true,
      rosterSince: '2025-03-01',
      independentLiability: true,
      wellManaged: true,
      businessStatus: 'NORMAL',
      soundFinancialRecords: true,
      creditStanding: 'GOOD',
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
    expect((await refusal('zhujiajiao', POOL, pool(JINZE_ENTERPRISE))).code).toBe('FORBIDDEN');
    expect((await refusal('jinze', POOL, pool(ENTERPRISE))).code).toBe('FORBIDDEN');
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
      reasons: [{ rule: 'R4.1', message: 'tax registration is not in Qingpu' }],
    });
  });

  it('R6.2.2: the enterprise’s own town accepts its application; an officer of another town cannot', async () => {
    const ACCEPT =
      'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status acceptedAt } }';
    const input = { id: implementation.id, version: implementation.version };
    expect((await refusal('jinze', ACCEPT, { input })).code).toBe('NOT_FOUND');
    expect((await refusal('enterprise', ACCEPT, { input })).code).toBe('FORBIDDEN');
    expect(await ok('zhujiajiao', ACCEPT, { input })).toMatchObject({ status: 'ACCEPTED' });
    const trail = await ok<{ edges: { node: { operation: string; actorRole: string } }[] }>(
      'commission',
      `{ auditTrail(entityId: "${implementation.id}") { edges { node { operation actorRole } } } }`,
    );
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
