import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { closedAfter, DRAFT, ProgrammeDriver, PROVIDER_INPUT, SUBMIT } from '../support/programme.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * The proposal side of issue 15 over HTTP: fixed and capped amounts (R5.5), the joint review group's
 * sign-off (R3.1.1), a district title that pays 0 (R5.3.1), and amounts that explain themselves.
 * Amounts of QP-2022's settings: diagnosis reward 20,000 yuan, implementation cap 100,000 yuan, tier 2
 * district workshop 200,000, tier 3 district factory 500,000 yuan.
 */

const YUAN = 100;
const YEAR = 2026;
const PROVIDER = 'PRV-91330100716105852F';
const FIRST = '913101180DM95UY1CJ';
const SECOND = '91310118QT56L02F4T';
const THIRD = '91310118CGG2RWLDKB';
const clock = new ManualClock(new Date('2026-11-02T01:00:00Z')); // Monday 09:00 CST
let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};

const EXPLANATION = `amountExplanation { rule policyVersionId amountFen provisional requestedAmountFen capFen
  tier tierAmountFen standingTierBefore alreadyAwardedFen zeroReason zh en }`;
const PROJECT_FIELDS = `id stage version proposedAmountFen publicity { endsAt } signOffs { body by } ${EXPLANATION}`;
const PROPOSE = `mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { ${PROJECT_FIELDS} } }`;
const SIGN_OFF = `mutation($input: SignOffProjectInput!) { signOffProject(input: $input) { ${PROJECT_FIELDS} } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
const DELIBERATE = `mutation($input: DeliberateInput!) { deliberate(input: $input) { ${PROJECT_FIELDS} } }`;

interface Explanation {
  rule: string;
  policyVersionId: string;
  amountFen: number;
  provisional: boolean;
  requestedAmountFen: number | null;
  capFen: number | null;
  tier: number | null;
  tierAmountFen: number | null;
  standingTierBefore: number | null;
  alreadyAwardedFen: number | null;
  zeroReason: string | null;
  zh: string;
  en: string;
}
interface ProjectView {
  id: string;
  stage: string;
  version: number;
  proposedAmountFen: number;
  publicity: { endsAt: string } | null;
  signOffs: { body: string; by: string }[];
  amountExplanation: Explanation | null;
}

async function reach(projectId: string, stage: string): Promise<ProjectView> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const project = await driver.ok<ProjectView>('commission', PROJECT, { id: projectId });
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function submitted(as: string, input: Record<string, unknown>): Promise<{ id: string }> {
  const draft = await driver.ok<{ id: string; version: number }>(as, DRAFT, { input });
  return driver.ok(as, SUBMIT, { input: { id: draft.id, version: draft.version } });
}

const standingOf = (creditCode: string) =>
  driver.ok<{ highestTier: number }>(
    'commission',
    'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier } }',
    { code: creditCode },
  );

let diagnosisApplication = '';
let implementationApplication = '';
let districtNotice = '';

beforeAll(async () => {
  api = await startTestApi('development', clock);
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['promotion'] = await api.token({ userId: 'promotion-1', role: 'PROMOTION_OFFICE' });
  token['finance'] = await api.token({ userId: 'finance-1', role: 'FINANCE' });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  token['drc'] = await api.token({ userId: 'drc-1', role: 'JOINT_REVIEWER', body: 'DRC' });
  token['drc2'] = await api.token({ userId: 'drc-2', role: 'JOINT_REVIEWER', body: 'DRC' });
  token['stc'] = await api.token({ userId: 'stc-1', role: 'JOINT_REVIEWER', body: 'STC' });
  token['bureau'] = await api.token({ userId: 'bureau-1', role: 'JOINT_REVIEWER', body: 'FINANCE_BUREAU' });
  token['nobody'] = await api.token({ userId: 'jr-x', role: 'JOINT_REVIEWER' });
  for (const [name, creditCode] of [
    ['first', FIRST],
    ['second', SECOND],
    ['third', THIRD],
  ] as const) {
    token[name] = await api.token({ userId: `enterprise-${name}`, role: 'ENTERPRISE', creditCode });
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      { input: enterpriseInput({ creditCode, name: `上海${name}智能制造有限公司` }) },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    { input: { creditCode: '91330100716105852F', name: '杭州智能制造诊断服务有限公司', ...PROVIDER_INPUT } },
  );
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    { input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] } },
  );
  await driver.ok(
    'commission',
    'mutation { setBudget(input: { fiscalYear: 2026, amountFen: 1000000000 }) { amountFen } }',
  );
  await driver.plan([FIRST]);
  const report = await driver.diagnose(FIRST);
  await driver.confirm('first', report);
  const diagnosisNotice = await driver.notice('DIAGNOSIS_REWARD', 0, []);
  const implementationNotice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
  districtNotice = await driver.notice('DISTRICT_BENCHMARK', 0, []);
  diagnosisApplication = (await submitted('provider', { noticeId: diagnosisNotice, reportId: report.id })).id;
  await driver.review(diagnosisApplication);
  implementationApplication = (
    await submitted('first', {
      noticeId: implementationNotice,
      reportId: report.id,
      requestedAmountFen: 90_000 * YUAN,
      investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
    })
  ).id;
  await driver.review(implementationApplication, 'zhujiajiao');
}, 180_000);
afterAll(async () => api.close());

describe('R5.5 fixed and capped amounts', () => {
  it('R5.5, R5.1a: a diagnosis reward takes no typed amount (1 fen is refused, nothing written); it is the version’s 20,000 yuan, explained', async () => {
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('commission', PROPOSE, {
        input: { applicationId: diagnosisApplication, proposedAmountFen: 1 },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.5' });
    expect(await tableSnapshot(api.table)).toBe(before);

    const project = await driver.ok<ProjectView>('commission', PROPOSE, {
      input: { applicationId: diagnosisApplication },
    });
    expect(project.proposedAmountFen).toBe(20_000 * YUAN);
    expect(project.amountExplanation).toMatchObject({
      rule: 'R5.1a',
      policyVersionId: expect.any(String) as string,
      amountFen: 20_000 * YUAN,
      provisional: false,
    });
    expect(project.amountExplanation?.zh).toContain('20,000.00 元');
    expect(project.amountExplanation?.en).toContain('fixed at 20,000.00 yuan');
  });

  it('R5.1b: a reviewed amount is a whole amount > 0 within the lesser of the request and the cap; over it, 0, or none is refused and nothing written', async () => {
    const before = await tableSnapshot(api.table);
    for (const proposedAmountFen of [90_000 * YUAN + 1, 0]) {
      expect(
        await driver.refusal('commission', PROPOSE, {
          input: { applicationId: implementationApplication, proposedAmountFen },
        }),
      ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.1b' });
    }
    const missing = await driver.call('commission', PROPOSE, {
      input: { applicationId: implementationApplication },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'proposedAmountFen'] }],
    });
    expect(await tableSnapshot(api.table)).toBe(before);

    const project = await driver.ok<ProjectView>('commission', PROPOSE, {
      input: { applicationId: implementationApplication, proposedAmountFen: 80_000 * YUAN },
    });
    expect(project.amountExplanation).toMatchObject({
      rule: 'R5.1b',
      amountFen: 80_000 * YUAN,
      requestedAmountFen: 90_000 * YUAN,
      capFen: 100_000 * YUAN,
      provisional: false,
    });
    expect(project.amountExplanation?.en).toContain(
      'within the lesser of the 90,000.00 yuan requested and the 100,000.00 yuan cap',
    );
  });
});

describe('R3.1.1 the joint review group signs off', () => {
  it('R3.1.1: a proposal waits for the other member bodies; nothing starts, nothing is public', async () => {
    const project = await driver.ok<ProjectView>('commission', PROJECT, {
      id: `PRJ-${implementationApplication}`,
    });
    expect(project).toMatchObject({
      stage: 'AWAITING_SIGN_OFF',
      publicity: null,
      signOffs: [{ body: 'ECONOMIC_COMMISSION', by: 'commission-1' }],
    });
    await settle();
    expect((await driver.ok<ProjectView>('commission', PROJECT, { id: project.id })).stage).toBe(
      'AWAITING_SIGN_OFF',
    );
    const { body } = await api.query('{ publicity { edges { node { projectId } } } }');
    expect(body.data?.['publicity']).toEqual({ edges: [] });
  });

  it('R3.1.1: the finance role, the commission again, a reviewer without a body and a stale version are refused, nothing written', async () => {
    const id = `PRJ-${implementationApplication}`;
    const { version } = await driver.ok<ProjectView>('commission', PROJECT, { id });
    const before = await tableSnapshot(api.table);
    expect(await driver.refusal('finance', SIGN_OFF, { input: { projectId: id, version } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await driver.refusal('commission', SIGN_OFF, { input: { projectId: id, version } })).toMatchObject(
      { code: 'FORBIDDEN' },
    );
    const nobody = await driver.call('nobody', SIGN_OFF, { input: { projectId: id, version } });
    expect(nobody.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(nobody.errors?.[0]?.message).toContain('custom:body');
    expect(
      await driver.refusal('drc', SIGN_OFF, { input: { projectId: id, version: version + 1 } }),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('R3.1.1: a DRC joint reviewer’s sign-off completes it and starts the workflow; the same body twice is refused', async () => {
    const id = `PRJ-${implementationApplication}`;
    const { version } = await driver.ok<ProjectView>('commission', PROJECT, { id });
    const signed = await driver.ok<ProjectView>('drc', SIGN_OFF, { input: { projectId: id, version } });
    expect(signed.signOffs).toEqual([
      { body: 'ECONOMIC_COMMISSION', by: 'commission-1' },
      { body: 'DRC', by: 'drc-1' },
    ]);
    const inPublicity = await reach(id, 'IN_PUBLICITY');
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('drc2', SIGN_OFF, { input: { projectId: id, version: inPublicity.version } }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R3.1.1' });
    expect(
      await driver.refusal('stc', SIGN_OFF, { input: { projectId: id, version: inPublicity.version } }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R3.1.1' });
    expect(await tableSnapshot(api.table)).toBe(before);
    const trail = await driver.ok<{ edges: { node: { operation: string; actorId: string } }[] }>(
      'commission',
      `{ auditTrail(entityId: "${id}") { edges { node { operation actorId } } } }`,
    );
    expect(trail.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { operation: 'proposeProject', actorId: 'commission-1' },
        { operation: 'signOffProject', actorId: 'drc-1' },
      ]),
    );
  });

  it('R3.1.1: the Finance Bureau signs as a joint reviewer (the diagnosis reward)', async () => {
    const id = `PRJ-${diagnosisApplication}`;
    const { version } = await driver.ok<ProjectView>('commission', PROJECT, { id });
    await driver.ok('bureau', SIGN_OFF, { input: { projectId: id, version } });
    expect((await reach(id, 'IN_PUBLICITY')).signOffs.map((signOff) => signOff.body)).toEqual([
      'ECONOMIC_COMMISSION',
      'FINANCE_BUREAU',
    ]);
  });
});

describe('R5.5, R5.3: benchmark titles are fixed awards, their difference computed at approval', () => {
  it('R5.5: a district factory takes no typed amount; publicity shows the difference as provisional; approval pays all of it', async () => {
    const application = await submitted('second', { noticeId: districtNotice, title: 'SMART_FACTORY' });
    await driver.review(application.id, 'zhujiajiao');
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('commission', PROPOSE, {
        input: { applicationId: application.id, proposedAmountFen: 100_000 * YUAN },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R5.5' });
    expect(await tableSnapshot(api.table)).toBe(before);

    const proposed = await driver.ok<ProjectView>('commission', PROPOSE, {
      input: { applicationId: application.id },
    });
    expect(proposed.proposedAmountFen).toBe(500_000 * YUAN);
    expect(proposed.amountExplanation).toMatchObject({
      rule: 'R5.3',
      provisional: true,
      tier: 3,
      tierAmountFen: 500_000 * YUAN,
      standingTierBefore: 0,
      alreadyAwardedFen: 0,
      amountFen: 500_000 * YUAN,
    });
    await driver.ok('stc', SIGN_OFF, { input: { projectId: proposed.id, version: proposed.version } });
    const inPublicity = await reach(proposed.id, 'IN_PUBLICITY');
    const { body } = await api.query(
      `{ publicity { edges { node { projectId proposedAmountFen amountProvisional amountExplanation { rule provisional tier zh en } } } } }`,
    );
    const entries = (
      body.data?.['publicity'] as { edges: { node: { projectId: string } & Record<string, unknown> }[] }
    ).edges.map((edge) => edge.node);
    expect(entries.find((entry) => entry.projectId === proposed.id)).toMatchObject({
      proposedAmountFen: 500_000 * YUAN,
      amountProvisional: true,
      amountExplanation: { rule: 'R5.3', provisional: true, tier: 3 },
    });
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    const waiting = await reach(proposed.id, 'DELIBERATION');
    const approved = await driver.ok<ProjectView>('promotion', DELIBERATE, {
      input: { projectId: proposed.id, version: waiting.version, approved: true, reason: '同意。' },
    });
    expect(approved.proposedAmountFen).toBe(500_000 * YUAN);
    expect(approved.amountExplanation).toMatchObject({
      rule: 'R5.3',
      provisional: false,
      amountFen: 500_000 * YUAN,
    });
    await reach(proposed.id, 'AWAITING_DOCUMENT');
    expect(await standingOf(SECOND)).toEqual({ highestTier: 3 });
  });

  it('R5.3.1: a district title that pays 0 is reviewed, confirmed by the sign-off at 0 with the reason, and ends without publicity, deliberation or payment', async () => {
    const application = await submitted('second', { noticeId: districtNotice, title: 'SMART_WORKSHOP' });
    await driver.review(application.id, 'zhujiajiao');
    const proposed = await driver.ok<ProjectView>('commission', PROPOSE, {
      input: { applicationId: application.id },
    });
    expect(proposed).toMatchObject({ stage: 'AWAITING_SIGN_OFF', proposedAmountFen: 0 });
    expect(proposed.amountExplanation).toMatchObject({
      rule: 'R5.3',
      amountFen: 0,
      tier: 2,
      standingTierBefore: 3,
      alreadyAwardedFen: 500_000 * YUAN,
      zeroReason: expect.stringContaining('R5.3') as string,
    });
    const recorded = await driver.ok<ProjectView>('drc', SIGN_OFF, {
      input: { projectId: proposed.id, version: proposed.version },
    });
    expect(recorded).toMatchObject({
      stage: 'ZERO_AWARD_RECORDED',
      proposedAmountFen: 0,
      publicity: null,
      amountExplanation: { provisional: false, amountFen: 0 },
    });
    await settle();
    expect((await driver.ok<ProjectView>('commission', PROJECT, { id: proposed.id })).stage).toBe(
      'ZERO_AWARD_RECORDED',
    );
    const certifications = await driver.ok<
      {
        title: string;
        source: { applicationId: string | null };
        outcome: { awardFen: number; zeroReason: string | null };
      }[]
    >(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { title source { applicationId } outcome { awardFen zeroReason } } }',
      { code: SECOND },
    );
    expect(certifications.find((item) => item.source.applicationId === application.id)).toMatchObject({
      title: 'SMART_WORKSHOP',
      outcome: { awardFen: 0, zeroReason: expect.stringContaining('R5.3') as string },
    });
    expect(await standingOf(SECOND)).toEqual({ highestTier: 3 });
  });
});

describe('R5.3.1 at approval: a title whose difference fell to 0 since the sign-off', () => {
  it('R5.3.1: is recorded at 0 with the reason when approved, and ends ZERO_AWARD_RECORDED without document, payment or commitment', async () => {
    const workshop = await submitted('first', { noticeId: districtNotice, title: 'SMART_WORKSHOP' });
    await driver.review(workshop.id, 'zhujiajiao');
    const factory = await submitted('first', { noticeId: districtNotice, title: 'SMART_FACTORY' });
    await driver.review(factory.id, 'zhujiajiao');
    const ends: string[] = [];
    for (const application of [workshop, factory]) {
      const proposed = await driver.ok<ProjectView>('commission', PROPOSE, {
        input: { applicationId: application.id },
      });
      expect(proposed.proposedAmountFen).toBeGreaterThan(0);
      await driver.ok('stc', SIGN_OFF, { input: { projectId: proposed.id, version: proposed.version } });
      ends.push((await reach(proposed.id, 'IN_PUBLICITY')).publicity?.endsAt ?? '');
    }
    clock.set(closedAfter(ends.sort().at(-1)));
    const [workshopId, factoryId] = [`PRJ-${workshop.id}`, `PRJ-${factory.id}`];
    const waitingFactory = await reach(factoryId, 'DELIBERATION');
    await driver.ok('promotion', DELIBERATE, {
      input: { projectId: factoryId, version: waitingFactory.version, approved: true, reason: '同意。' },
    });
    expect(await standingOf(FIRST)).toEqual({ highestTier: 3 });

    const budget = () =>
      driver.ok<{ committedFen: number }>('commission', `{ budget(fiscalYear: ${YEAR}) { committedFen } }`);
    const committed = (await budget()).committedFen;
    const waitingWorkshop = await reach(workshopId, 'DELIBERATION');
    const approved = await driver.ok<ProjectView>('promotion', DELIBERATE, {
      input: { projectId: workshopId, version: waitingWorkshop.version, approved: true, reason: '同意。' },
    });
    expect(approved).toMatchObject({
      proposedAmountFen: 0,
      amountExplanation: {
        provisional: false,
        amountFen: 0,
        standingTierBefore: 3,
        zeroReason: expect.stringContaining('R5.3') as string,
      },
    });
    await reach(workshopId, 'ZERO_AWARD_RECORDED');
    await settle();
    expect((await driver.ok<ProjectView>('commission', PROJECT, { id: workshopId })).stage).toBe(
      'ZERO_AWARD_RECORDED',
    );
    expect((await budget()).committedFen).toBe(committed);
    const certifications = await driver.ok<
      { title: string; source: { applicationId: string | null }; outcome: { awardFen: number } }[]
    >(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { title source { applicationId } outcome { awardFen } } }',
      { code: FIRST },
    );
    expect(certifications.find((item) => item.source.applicationId === workshop.id)).toMatchObject({
      title: 'SMART_WORKSHOP',
      outcome: { awardFen: 0 },
    });
    expect(await standingOf(FIRST)).toEqual({ highestTier: 3 });
  });
});

describe('R6.4.4 at the last sign-off: the window is checked before anything starts', () => {
  it('R6.4.2, R6.4.4: a sign-off whose publicity would reach an unloaded year is refused naming it, nothing written; the project still waits', async () => {
    clock.set(new Date('2026-12-10T01:00:00Z')); // Thursday 09:00 CST: publicity ends within 2026
    const notice = await driver.notice('DISTRICT_BENCHMARK', 0, []);
    const application = await submitted('third', { noticeId: notice, title: 'SMART_WORKSHOP' });
    await driver.review(application.id, 'zhujiajiao');
    const proposed = await driver.ok<ProjectView>('commission', PROPOSE, {
      input: { applicationId: application.id },
    });
    expect(proposed).toMatchObject({ stage: 'AWAITING_SIGN_OFF', proposedAmountFen: 200_000 * YUAN });
    clock.set(new Date('2026-12-28T02:00:00Z')); // Monday 10:00 CST: five working days reach 2027
    const before = await tableSnapshot(api.table);
    const refused = await driver.call('stc', SIGN_OFF, {
      input: { projectId: proposed.id, version: proposed.version },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.2' });
    expect(refused.errors?.[0]?.message).toMatch(/2027/);
    expect(await tableSnapshot(api.table)).toBe(before);
    expect((await driver.ok<ProjectView>('commission', PROJECT, { id: proposed.id })).stage).toBe(
      'AWAITING_SIGN_OFF',
    );
  });
});
