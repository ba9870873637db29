import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { closedAfter, ProgrammeDriver, SUBMIT } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';

/**
 * R6.7a and R6.7c over HTTP: benchmark titles applied for, reviewed (district titles) or sent straight to
 * deliberation (lighthouse), and awarded at approval the R5.3 difference against the enterprise's
 * standing as it is then. Amounts from R5.2: tier 2 workshop 200,000, tier 3 district factory 500,000,
 * tier 4 municipal factory 1,000,000, tier 6 lighthouse 5,000,000 yuan.
 */

const YUAN = 100;
const YEAR = 2026;
const clock = new ManualClock(new Date('2026-11-02T01:00:00Z')); // Monday 09:00 CST
const FIRST = '913101180DM95UY1CJ';
const SECOND = '91310118QT56L02F4T';
let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};

const DRAFT = `mutation($input: DraftApplicationInput!) {
  draftApplication(input: $input) { id version status requestedAmountFen benchmarkTitle } }`;
const DELIBERATE =
  'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage proposedAmountFen } }';
const PROJECT =
  'query($id: ID!) { project(id: $id) { stage version proposedAmountFen publicity { endsAt } } }';

interface ProjectView {
  stage: string;
  version: number;
  proposedAmountFen: number;
  publicity: { endsAt: string } | null;
}

async function reach(projectId: string, stage: string): Promise<ProjectView> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const project = await driver.ok<ProjectView>('commission', PROJECT, { id: projectId });
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}`);
}

async function version(applicationId: string): Promise<number> {
  return (
    await driver.ok<{ version: number }>('commission', `{ application(id: "${applicationId}") { version } }`)
  ).version;
}

/** Draft and submit a benchmark application of `as` for `title`. */
async function apply(
  as: string,
  notice: string,
  title: string,
): Promise<{ id: string; requestedAmountFen: number }> {
  const draft = await driver.ok<{ id: string; version: number }>(as, DRAFT, {
    input: { noticeId: notice, title },
  });
  return driver.ok(as, SUBMIT.replace('{ id version status }', '{ id version status requestedAmountFen }'), {
    input: { id: draft.id, version: draft.version },
  });
}

/** R6.2.2, R6.3: town acceptance, preliminary review, one expert's evaluation. */
async function acceptAndReview(applicationId: string): Promise<void> {
  await driver.ok(
    'zhujiajiao',
    'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
    {
      input: { id: applicationId, version: await version(applicationId) },
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { version } }',
    {
      input: { applicationId, version: await version(applicationId), passed: true, reasons: '材料齐全。' },
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
    {
      input: { applicationId, version: await version(applicationId), expertId: 'expert-1' },
    },
  );
  await driver.ok(
    'expert',
    'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }',
    {
      input: {
        applicationId,
        version: await version(applicationId),
        score: 90,
        opinion: '达到区级标杆要求。',
      },
    },
  );
}

/** Proposed (a title's amount is R5.3's, never typed in, R5.5) and signed off (R3.1.1), through publicity, waiting for deliberation. */
async function toDeliberation(applicationId: string): Promise<ProjectView & { id: string }> {
  const { id } = await driver.propose(applicationId);
  const inPublicity = await reach(id, 'IN_PUBLICITY');
  clock.set(closedAfter(inPublicity.publicity?.endsAt));
  return { id, ...(await reach(id, 'DELIBERATION')) };
}

const standingOf = (creditCode: string) =>
  driver.ok<{ highestTier: number; awards: { tier: number; amountFen: number }[] }>(
    'commission',
    'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier awards { tier amountFen } } }',
    { code: creditCode },
  );

let districtNotice = '';
let lighthouseNotice = '';

beforeAll(async () => {
  api = await startTestApi('development', clock);
  driver = new ProgrammeDriver(api, YEAR, 'PRV-none', token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['promotion'] = await api.token({ userId: 'promotion-1', role: 'PROMOTION_OFFICE' });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: 'PRV-none' });
  for (const [name, creditCode] of [
    ['first', FIRST],
    ['second', SECOND],
  ] as const) {
    token[name] = await api.token({ userId: `enterprise-${name}`, role: 'ENTERPRISE', creditCode });
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput({ creditCode, name: `上海${name}智能制造有限公司` }),
      },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    {
      input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
    },
  );
  await driver.ok(
    'commission',
    'mutation { setBudget(input: { fiscalYear: 2026, amountFen: 1000000000 }) { amountFen } }',
  );
  districtNotice = await driver.notice('DISTRICT_BENCHMARK', 0, []);
  lighthouseNotice = await driver.notice('LIGHTHOUSE', 0, []);
}, 120_000);
afterAll(async () => api.close());

describe('R6.7a district benchmark titles (reviewed path) and R6.7c lighthouse factories', () => {
  it('refuses a title of another programme, and a provider applying for a title', async () => {
    expect(
      await driver.refusal('first', DRAFT, {
        input: { noticeId: districtNotice, title: 'LIGHTHOUSE_FACTORY' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await driver.refusal('provider', DRAFT, {
        input: { noticeId: districtNotice, title: 'SMART_WORKSHOP' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('R6.7a: a district workshop goes through review and publicity; approval records the title and awards tier 2 (200,000 yuan)', async () => {
    const application = await apply('first', districtNotice, 'SMART_WORKSHOP');
    expect(application.requestedAmountFen).toBe(200_000 * YUAN);
    await acceptAndReview(application.id);
    const project = await toDeliberation(application.id);
    const approved = await driver.ok<{ stage: string; proposedAmountFen: number }>('promotion', DELIBERATE, {
      input: { projectId: project.id, version: project.version, approved: true, reason: '同意。' },
    });
    expect(approved.proposedAmountFen).toBe(200_000 * YUAN);
    await reach(project.id, 'AWAITING_DOCUMENT');
    expect(await standingOf(FIRST)).toEqual({
      highestTier: 2,
      awards: [{ tier: 2, amountFen: 200_000 * YUAN }],
    });
    const [certification] = await driver.ok<
      { source: { kind: string; applicationId: string }; outcome: { awardFen: number } }[]
    >(
      'first',
      'query($code: String!) { certifications(creditCode: $code) { source { kind applicationId } outcome { awardFen } } }',
      { code: FIRST },
    );
    expect(certification).toEqual({
      source: { kind: 'APPLICATION', applicationId: application.id },
      outcome: { awardFen: 200_000 * YUAN },
    });
  });

  it('R6.7c: a lighthouse application goes straight to deliberation and is awarded 5,000,000 − 200,000 yuan', async () => {
    const application = await apply('first', lighthouseNotice, 'LIGHTHOUSE_FACTORY');
    expect(application.requestedAmountFen).toBe(4_800_000 * YUAN);
    const { id } = await driver.propose(application.id);
    const project = await reach(id, 'DELIBERATION');
    expect(project.publicity).toBeNull();
    await driver.ok('promotion', DELIBERATE, {
      input: { projectId: id, version: project.version, approved: true, reason: '同意。' },
    });
    await reach(id, 'AWAITING_DOCUMENT');
    expect((await standingOf(FIRST)).awards.map((award) => award.tier)).toEqual([2, 6]);
  });

  it('the difference is worked out again at approval: a higher tier recorded meanwhile leaves nothing to pay, and the title is recorded at 0 (R5.3, R5.3.1)', async () => {
    const application = await apply('second', districtNotice, 'SMART_FACTORY');
    expect(application.requestedAmountFen).toBe(500_000 * YUAN);
    await acceptAndReview(application.id);
    const project = await toDeliberation(application.id);
    // Meanwhile the municipal list makes the enterprise a municipal smart factory (tier 4).
    const list = `企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号\n上海second智能制造有限公司,${SECOND},市级智能工厂,上海市经济和信息化委员会,2026-10-01,SH-ZNGC-2026-901\n`;
    const attachmentId = await driver.upload(
      'commission',
      'IMPORT',
      'CERTIFICATION_LIST',
      'CERTIFICATION_LIST',
      {
        content: Buffer.from(list, 'utf8'),
        fileName: 'municipal.csv',
        contentType: 'text/csv',
      },
    );
    const started = await driver.ok<{ id: string }>(
      'commission',
      'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
      { input: { attachmentId } },
    );
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const status = await driver.ok<{ status: string }>(
        'commission',
        `{ certificationImport(id: "${started.id}") { status } }`,
      );
      if (status.status === 'COMPLETED') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await standingOf(SECOND)).highestTier).toBe(4);
    // R5.3.1: approved, the title is recorded at 0 with its reason; nothing is committed or paid.
    const approved = await driver.ok<{ stage: string; proposedAmountFen: number }>('promotion', DELIBERATE, {
      input: { projectId: project.id, version: project.version, approved: true, reason: '同意。' },
    });
    expect(approved.proposedAmountFen).toBe(0);
    await reach(project.id, 'ZERO_AWARD_RECORDED');
    // The district factory (tier 3) is recorded at 0 beside the municipal one (tier 4) that covers it.
    expect((await standingOf(SECOND)).awards).toEqual([
      { tier: 4, amountFen: 1_000_000 * YUAN },
      { tier: 3, amountFen: 0 },
    ]);
    // R5.3.1: a title below what it holds is still applied for and reviewed, at 0 (the title is what the
    // review confers); once signed off it is recorded at 0 with the reason (tests/api/proposal-sign-off).
    const draft = await driver.ok<{ id: string; version: number }>('second', DRAFT, {
      input: { noticeId: districtNotice, title: 'SMART_WORKSHOP' },
    });
    expect(
      await driver.ok('second', SUBMIT.replace('{ id version status }', '{ status requestedAmountFen }'), {
        input: { id: draft.id, version: draft.version },
      }),
    ).toEqual({ status: 'SUBMITTED', requestedAmountFen: 0 });
  });
});
