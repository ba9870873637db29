import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '#adapters/calendar/statutory-arrangements';
import { ManualClock } from '#domain/waitable-clock';
import type { Project } from '#domain/workflow/project';
import { createAppServices } from '#graphql/app-services';
import type { AppServices } from '#graphql/context';
import { recordChange, stamp } from '#use-cases/programme/record-change';
import { storedCalendar } from '#use-cases/workflow/calendar';
import { createProjectStages } from '#use-cases/workflow/project-stages';
import { localImports } from '../../local/local-import-queue.ts';
import { LocalWorkflowEngine } from '../../local/workflow/local-workflow-engine.ts';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { testFileStore } from '../support/files.ts';
import { closedAfter, ProgrammeDriver, PROVIDER_INPUT } from '../support/programme.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * R6.4.4 over HTTP, in the situation that made it urgent: Monday 2026-12-28 10:00 China time, when five
 * working days of publicity (R6.4.1: 12-28, 29, 30, 31, then 2027-01-01) reach 2027, whose holiday
 * arrangement `chinese-days` does not have (R6.4.2). A proposal is refused then, with nothing written; a
 * project whose workflow failed there (proposed as before the early check) shows why, is not retried,
 * and is resumed by the commission once 2027 is loaded (here from the test-data calendar fixture).
 */

const YEAR = 2026;
const PROVIDER = 'PRV-91330100716105852F';
const clock = new ManualClock(new Date('2026-12-28T02:00:00Z'));
let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};
const ENTERPRISES = { first: '913101180DM95UY1CJ', second: '91310118QT56L02F4T' } as const;
const applications: Record<string, string> = {};

const PROPOSE = 'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id stage } }';
const PROPOSE_LIST =
  'mutation($input: ProposeProjectsInput!) { proposeProjects(input: $input) { id stage } }';
const RESUME =
  'mutation($input: ResumeProjectInput!) { resumeProject(input: $input) { id stage version resumption { count from reason by } } }';
const PROJECT = `query($id: ID!) { project(id: $id) {
  id stage version publicity { startDate endDate endsAt }
  failure { code rule message stage at }
  resumption { count from reason by failure { code rule stage } }
} }`;
const LOAD_YEAR = `mutation($input: HolidayArrangementInput!) { loadHolidayArrangement(input: $input) { outcome } }`;

interface ProjectView {
  id: string;
  stage: string;
  version: number;
  publicity: { startDate: string; endDate: string; endsAt: string } | null;
  failure: { code: string; rule: string | null; message: string; stage: string; at: string } | null;
  resumption: { count: number; from: string; reason: string; by: string } | null;
}

async function reach(projectId: string, stage: string): Promise<ProjectView> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const project = await driver.ok<ProjectView>('commission', PROJECT, { id: projectId });
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}`);
}

beforeAll(async () => {
  api = await startTestApi('development', clock);
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  for (const [name, creditCode] of Object.entries(ENTERPRISES)) {
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
  await driver.plan(Object.values(ENTERPRISES));
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    { input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] } },
  );
  for (const [name, creditCode] of Object.entries(ENTERPRISES))
    applications[name] = await driver.implementationApplication(creditCode, name);
}, 180_000);
afterAll(async () => api.close());

/**
 * A second process on the server's table whose workflow runs the same stages, counting each time
 * OpenPublicity is invoked; it starts a project as `proposeProject` did before R6.4.4 (written, then
 * started, nothing computed first).
 */
function formerProposal(): { app: AppServices; openings: () => number } {
  let openings = 0;
  const app = createAppServices({
    mode: 'development',
    dynamo: api.table.client,
    tableName: api.table.tableName,
    clock,
    files: testFileStore(clock),
    workflow: ({ programme }) => {
      const stages = createProjectStages({
        programme,
        clock,
        calendar: storedCalendar({ programme, statutoryCalendar: chineseDaysCalendar }),
      });
      const counting = Object.assign(Object.create(stages) as typeof stages, {
        openPublicity: (projectId: string) => {
          openings += 1;
          return stages.openPublicity(projectId);
        },
      });
      return new LocalWorkflowEngine(counting, clock, () => undefined);
    },
    imports: localImports(() => undefined),
  });
  return { app, openings: () => openings };
}

describe('R6.4.4: refuse early, resume cleanly (publicity reaching 2027, not loaded)', () => {
  it('R6.4.2, R6.4.4: proposeProject and proposeProjects are refused, naming 2027, and nothing is written', async () => {
    const before = await tableSnapshot(api.table);
    const single = await driver.call('commission', PROPOSE, {
      input: { applicationId: applications['first'], proposedAmountFen: 8_000_000 },
    });
    expect(single.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.2' });
    expect(single.errors?.[0]?.message).toMatch(/5-working-day publicity .*2027 is not loaded/);
    const list = await driver.call('commission', PROPOSE_LIST, {
      input: {
        items: [
          { applicationId: applications['first'], proposedAmountFen: 8_000_000 },
          { applicationId: applications['second'], proposedAmountFen: 8_000_000 },
        ],
      },
    });
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.2' });
    expect(list.errors?.[0]?.message).toMatch(/^item 1: .*2027/);
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  let failedId: string;

  it('R6.4.4: a project whose publicity failed to open shows code, rule, message and stage, and was tried once', async () => {
    const former = formerProposal();
    const commission = {
      kind: 'user',
      userId: 'commission-1',
      role: 'ECONOMIC_COMMISSION',
    } as const;
    const now = clock.now();
    const project: Project = {
      id: `PRJ-${applications['first']}`,
      path: 'REVIEWED',
      applicationId: applications['first'],
      title: '2026年度智能化改造实施奖励 · 上海first智能制造有限公司',
      creditCode: ENTERPRISES.first,
      enterpriseName: '上海first智能制造有限公司',
      town: 'ZHUJIAJIAO',
      payeeType: 'ENTERPRISE',
      payeeId: ENTERPRISES.first,
      payeeName: '上海first智能制造有限公司',
      proposedAmountFen: 8_000_000,
      policyVersionId: (await former.app.programme.get('Application', applications['first'] ?? ''))
        ?.policyVersionId as string,
      stage: 'PROPOSED',
      ...stamp(now),
    };
    const { write, audit } = recordChange(commission, now, 'proposeProject', 'Project', null, project);
    await former.app.programme.commit({ writes: [write], audits: [audit] });
    await former.app.workflow.start(project.id, project.path);
    failedId = project.id;

    const failed = await reach(failedId, 'FAILED');
    expect(failed.failure).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.2',
      message: expect.stringMatching(/holiday arrangement for 2027 is not loaded/) as unknown,
      stage: 'PUBLICITY',
      at: expect.stringMatching(/^2026-12-28T(10:00:00(\.000)?\+08:00|02:00:00\.000Z)$/) as unknown,
    });
    // A refusal is not retried: OpenPublicity ran once (the retrier of States.TaskFailed would have made it 4).
    expect(former.openings()).toBe(1);
    const trail = await driver.ok<{ edges: { node: { operation: string } }[] }>(
      'commission',
      `{ auditTrail(entityId: "${failedId}", first: 100) { edges { node { operation } } } }`,
    );
    expect(trail.edges.map((edge) => edge.node.operation).reverse()).toEqual([
      'proposeProject',
      'recordFailure',
    ]);
  });

  it('R6.4.4: proposing it again says it failed and how to resume it; resuming is refused while 2027 is unknown', async () => {
    const again = await driver.call('commission', PROPOSE, {
      input: { applicationId: applications['first'], proposedAmountFen: 8_000_000 },
    });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/failed: the commission resumes it \(resumeProject\)/);

    const failed = await reach(failedId, 'FAILED');
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal('commission', RESUME, {
        input: { projectId: failedId, version: failed.version, reason: '2027年节假日安排已发布。' },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.2' });
    expect(
      await driver.refusal('zhujiajiao', RESUME, {
        input: { projectId: failedId, version: failed.version, reason: '2027年节假日安排已发布。' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('R6.4.4, R6.4.1: once 2027 is loaded, resumeProject reopens publicity (12-28 to 2027-01-04) and it goes on to deliberation, once; the refused proposal is proposed again', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/calendar-2027.test-data.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    expect(await driver.ok('commission', LOAD_YEAR, { input: fixture })).toEqual({ outcome: 'LOADED' });

    const failed = await reach(failedId, 'FAILED');
    expect(
      await driver.refusal('commission', RESUME, {
        input: { projectId: failedId, version: failed.version - 1, reason: '2027年节假日安排已载入。' },
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    const resumed = await driver.ok<ProjectView>('commission', RESUME, {
      input: { projectId: failedId, version: failed.version, reason: '2027年节假日安排已载入。' },
    });
    expect(resumed).toMatchObject({
      stage: 'PROPOSED',
      version: failed.version + 1,
      resumption: { count: 1, from: 'PUBLICITY', reason: '2027年节假日安排已载入。', by: 'commission-1' },
    });
    // Delivered twice: the second finds the project moved on, and starts nothing.
    expect(
      await driver.refusal('commission', RESUME, {
        input: { projectId: failedId, version: failed.version, reason: '2027年节假日安排已载入。' },
      }),
    ).toMatchObject({ code: 'CONFLICT' });

    const inPublicity = await reach(failedId, 'IN_PUBLICITY');
    // Mon 12-28, Tue 29, Wed 30, Thu 31; 2027-01-01 to 01-03 off (the fixture); Mon 01-04 is day 5.
    expect(inPublicity.publicity).toEqual({
      startDate: '2026-12-28',
      endDate: '2027-01-04',
      endsAt: expect.stringMatching(
        /^(2027-01-05T00:00:00(\.000)?\+08:00|2027-01-04T16:00:00\.000Z)$/,
      ) as unknown,
    });
    // The refused proposal of the same day is proposed again now, with the same period.
    await driver.propose(applications['second'] ?? '', 8_000_000);
    const second = await reach(`PRJ-${applications['second']}`, 'IN_PUBLICITY');
    expect(second.publicity).toMatchObject({ startDate: '2026-12-28', endDate: '2027-01-04' });
    expect(inPublicity.failure).toBeNull();
    expect(inPublicity.resumption).toMatchObject({
      failure: { code: 'POLICY_VIOLATION', rule: 'R6.4.2', stage: 'PUBLICITY' },
    });

    clock.set(closedAfter('2027-01-04T16:00:00.000Z'));
    await reach(failedId, 'DELIBERATION');
    const trail = await driver.ok<{
      edges: { node: { operation: string; actorId: string; after: string } }[];
    }>(
      'commission',
      `{ auditTrail(entityId: "${failedId}", first: 100) { edges { node { operation actorId after } } } }`,
    );
    const operations = trail.edges.map((edge) => edge.node.operation).reverse();
    expect(operations.slice(0, 4)).toEqual([
      'proposeProject',
      'recordFailure',
      'resumeProject',
      'openPublicity',
    ]);
    expect(operations.filter((operation) => operation === 'resumeProject')).toHaveLength(1);
    expect(operations.filter((operation) => operation === 'openPublicity')).toHaveLength(1);
    const resume = trail.edges.find((edge) => edge.node.operation === 'resumeProject')?.node;
    expect(resume?.actorId).toBe('commission-1');
    expect(resume?.after).toContain('2027年节假日安排已载入。');
  });
});
