import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, requestContext } from '#graphql/app-services';
import { createApolloServer } from '#graphql/server';
import { systemWaitableClock } from '#domain/waitable-clock';
import { localImports } from '../../local/local-import-queue.ts';
import { MovableClock } from '../../local/movable-clock.ts';
import { localWorkflow } from '../../local/workflow/local-workflow-engine.ts';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { testFileStore } from '../support/files.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { user } from '../support/registry.ts';
import { REVIEWED_PATH, reviewedApplication, setUpReviewedPath } from '../support/reviewed-path.ts';

/**
 * The local server's movable clock over HTTP (`npm start -- --clock`, `npm run clock`): read and moved by
 * the commission only, forward only, audited, refused in production; the workflow's waits and stage
 * timeouts follow it. The clock is stopped (speed 0) so that nothing moves but what the test moves.
 */

const START = '2026-09-28T09:00:00.000+08:00'; // a Monday, as in R6.4.1's example
const YEAR = 2026;
const { provider: PROVIDER, enterprise: ENTERPRISE } = REVIEWED_PATH;
const clock = new MovableClock(new Date(START), 0);
let api: TestApi;
let driver: ProgrammeDriver;
const token: Record<string, string | undefined> = {};

const READ = '{ localClock { now speed } }';
const MOVE = 'mutation($input: MoveLocalClockInput!) { moveLocalClock(input: $input) { now speed } }';
const PROJECT =
  'query($id: ID!) { project(id: $id) { stage waiting { stage overdue } publicity { endsAt } } }';

interface ProjectView {
  stage: string;
  waiting: { stage: string; overdue: boolean } | null;
  publicity: { endsAt: string } | null;
}

/** The workflow runs in the background: poll (bounded) until the project is as `done` says. */
async function until(projectId: string, done: (project: ProjectView) => boolean): Promise<ProjectView> {
  let project: ProjectView | undefined;
  for (let attempt = 0; attempt < 500; attempt += 1) {
    project = await driver.ok<ProjectView>('commission', PROJECT, { id: projectId });
    if (done(project)) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} stayed ${JSON.stringify(project)}`);
}

beforeAll(async () => {
  api = await startTestApi('development', clock);
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
  token['finance'] = await api.token({ userId: 'finance-1', role: 'FINANCE' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['enterprise'] = await api.token({ userId: 'ent-1', role: 'ENTERPRISE', creditCode: ENTERPRISE });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
}, 120_000);
afterAll(async () => api.close());

describe('the local clock (npm start -- --clock, npm run clock)', () => {
  it('shows the server’s time in China time and its speed, to the commission only', async () => {
    expect(await driver.ok('commission', READ)).toEqual({ now: START, speed: 0 });
    for (const as of ['finance', 'zhujiajiao', 'enterprise', 'anonymous']) {
      expect((await driver.refusal(as, READ)).code).toBe('FORBIDDEN');
      expect((await driver.refusal(as, MOVE, { input: { advanceBy: '+1d' } })).code).toBe('FORBIDDEN');
    }
    expect(clock.now().toISOString()).toBe('2026-09-28T01:00:00.000Z');
  });

  it('moves forward by a duration or to an instant given in any offset, and sets the speed', async () => {
    expect(await driver.ok('commission', MOVE, { input: { advanceBy: '+3h' } })).toEqual({
      now: '2026-09-28T12:00:00.000+08:00',
      speed: 0,
    });
    expect(await driver.ok('commission', MOVE, { input: { to: '2026-09-28T05:30:00Z' } })).toEqual({
      now: '2026-09-28T13:30:00.000+08:00',
      speed: 0,
    });
    expect(await driver.ok('commission', MOVE, { input: { speed: 60 } })).toMatchObject({ speed: 60 });
    const stopped = await driver.ok<{ now: string; speed: number }>('commission', MOVE, {
      input: { speed: 0 },
    });
    expect(stopped.speed).toBe(0);
    expect(Date.parse(stopped.now)).toBeGreaterThanOrEqual(Date.parse('2026-09-28T13:30:00.000+08:00'));
    // Back where the rest of the file expects it: a whole minute on, still stopped.
    await driver.ok('commission', MOVE, { input: { to: '2026-09-28T13:31:00+08:00' } });
  });

  it('never moves back, and names every malformed field (BAD_USER_INPUT), leaving the clock as it was', async () => {
    const before = clock.now().toISOString();
    const back = await driver.call('commission', MOVE, { input: { to: '2026-09-28T09:00:00+08:00' } });
    expect(back.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'to'] }],
    });
    expect(back.errors?.[0]?.message).toContain(
      'the clock is at 2026-09-28T13:31:00.000+08:00 and never moves back',
    );
    for (const input of [
      {},
      { advanceBy: '-5d' },
      { advanceBy: '5 days' },
      { advanceBy: '1d', to: '2027-01-01T00:00:00+08:00' },
      { speed: -1 },
      { speed: 1e9 },
    ]) {
      expect((await driver.refusal('commission', MOVE, { input })).code).toBe('BAD_USER_INPUT');
    }
    expect(clock.now().toISOString()).toBe(before);
  });

  it('leaves an audit record of every move, before and after, by whom', async () => {
    const trail = await driver.ok<{ edges: { node: Record<string, unknown> }[] }>(
      'commission',
      '{ auditTrail(entityId: "LOCAL_CLOCK", first: 10) { edges { node { at actorId actorRole operation entityType before after } } } }',
    );
    expect(trail.edges).toHaveLength(5);
    expect(trail.edges.at(-1)?.node).toMatchObject({
      at: START,
      actorId: 'commission-1',
      actorRole: 'ECONOMIC_COMMISSION',
      operation: 'moveLocalClock',
      entityType: 'LOCAL_CLOCK',
    });
    const first = trail.edges.at(-1)?.node as { before: string; after: string };
    expect(JSON.parse(first.before)).toEqual({ now: START, speed: 0 });
    expect(JSON.parse(first.after)).toMatchObject({ now: '2026-09-28T12:00:00.000+08:00', speed: 0 });
  });

  it('R6.4.1, R6.5: moving the clock past publicity’s end completes the Wait, and past a stage’s limit flags it overdue', async () => {
    await setUpReviewedPath(driver);
    const applicationId = await reviewedApplication(driver);
    const { id } = await driver.propose(applicationId, 8_000_000);
    const inPublicity = await until(id, (project) => project.stage === 'IN_PUBLICITY');
    expect(inPublicity.publicity?.endsAt).toBe('2026-10-10T00:00:00.000+08:00');
    // 10-01 to 10-07 are holidays: five working days end at 24:00 on 10-09. A minute short, it still waits.
    await driver.ok('commission', MOVE, { input: { to: '2026-10-09T23:59:00+08:00' } });
    expect((await driver.ok<ProjectView>('commission', PROJECT, { id })).stage).toBe('IN_PUBLICITY');
    await driver.ok('commission', MOVE, { input: { advanceBy: '+2m' } });
    const deliberation = await until(id, (project) => project.stage === 'DELIBERATION');
    expect(deliberation.waiting).toEqual({ stage: 'DELIBERATION', overdue: false });
    // Deliberation has 20 days: three weeks on, the stage is flagged overdue and still waits.
    await driver.ok('commission', MOVE, { input: { advanceBy: '+21d' } });
    const overdue = await until(id, (project) => project.waiting?.overdue === true);
    expect(overdue).toMatchObject({
      stage: 'DELIBERATION',
      waiting: { stage: 'DELIBERATION', overdue: true },
    });
  });
});

describe('clock control in production mode', () => {
  it('is refused to the commission itself with FORBIDDEN, saying it exists only on a local development server', async () => {
    // The server the Lambda runs (production mode) over the same table, given a movable clock all the same.
    const app = createAppServices({
      mode: 'production',
      dynamo: api.table.client,
      tableName: api.table.tableName,
      clock: systemWaitableClock,
      clockControl: new MovableClock(new Date(START), 0),
      files: testFileStore(),
      workflow: localWorkflow(systemWaitableClock, () => undefined),
      imports: localImports(() => undefined),
    });
    const server = createApolloServer({ mode: 'production', logError: () => undefined });
    await server.start();
    try {
      const contextValue = requestContext(app, user('ECONOMIC_COMMISSION'));
      for (const [query, variables] of [
        [READ, {}],
        [MOVE, { input: { advanceBy: '+5d' } }],
        [MOVE, { input: { speed: 100 } }],
      ] as const) {
        const response = await server.executeOperation({ query, variables }, { contextValue });
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        expect(result?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
        expect(result?.errors?.[0]?.message).toMatch(
          /clock control exists only on a local development server/,
        );
      }
    } finally {
      await server.stop();
    }
  });
});
