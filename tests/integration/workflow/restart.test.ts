import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedCalendar } from '#use-cases/workflow/calendar';
import { ManualClock } from '#domain/waitable-clock';
import type { Project } from '#domain/workflow/project';
import type { AppServices } from '#graphql/context';
import { recordChange, stamp } from '#use-cases/programme/record-change';
import { createProjectStages } from '#use-cases/workflow/project-stages';
import { setBudget } from '#use-cases/workflow/budget';
import { deliberate } from '#use-cases/workflow/projects';
import type { TestTable } from '../../support/dynamo.ts';
import { closedAfter } from '../../support/programme.ts';
import { createRegistry, user } from '../../support/registry.ts';
import { LocalWorkflowEngine } from '../../../local/workflow/local-workflow-engine.ts';

/**
 * R6.4 publicity survives a restart of `npm start`: a new process resumes the project from its stored
 * stage and carries on, on DynamoDB Local.
 */

let table: TestTable;
let app: AppServices;
const start = new Date('2026-09-28T01:00:00Z');

beforeAll(async () => {
  ({ table, app } = await createRegistry(start));
}, 60_000);
afterAll(async () => table.drop());

async function stageOf(projectId: string, stage: Project['stage']): Promise<Project> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const project = await app.programme.get('Project', projectId);
    if (project?.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${projectId} never reached ${stage}`);
}

describe('restart while waiting in publicity', () => {
  it('a new process resumes the project from publicity and carries it on to deliberation', async () => {
    const project: Project = {
      id: 'PRJ-restart',
      path: 'REVIEWED',
      applicationId: 'APP-restart',
      title: '2026年度智能化改造实施奖励 · 上海测试公司',
      creditCode: '913101180DM95UY1CJ',
      enterpriseName: '上海测试公司',
      town: 'ZHUJIAJIAO',
      payeeType: 'ENTERPRISE',
      payeeId: '913101180DM95UY1CJ',
      payeeName: '上海测试公司',
      proposedAmountFen: 6_000_000,
      policyVersionId: 'QP-2022',
      stage: 'PROPOSED',
      ...stamp(start),
    };
    const commission = user('ECONOMIC_COMMISSION');
    const { write, audit } = recordChange(commission, start, 'proposeProject', 'Project', null, project);
    await app.programme.commit({ writes: [write], audits: [audit] });
    await app.workflow.start(project.id, 'REVIEWED');
    const inPublicity = await stageOf(project.id, 'IN_PUBLICITY');

    // The first process is gone (its clock never moves again); a second one starts on the same table.
    const laterClock = new ManualClock(new Date('2026-10-02T03:00:00Z'));
    const restarted = new LocalWorkflowEngine(
      createProjectStages({
        programme: app.programme,
        clock: laterClock,
        calendar: storedCalendar(app),
      }),
      laterClock,
      (projectId, error) => {
        throw new Error(`${projectId}: ${String(error)}`);
      },
    );
    await expect(restarted.resume(app.programme)).resolves.toBe(1);
    // Publicity keeps the period it opened with, and ends when it was due to.
    laterClock.set(closedAfter(inPublicity.publicity?.endsAt));
    const waiting = await stageOf(project.id, 'DELIBERATION');
    expect(waiting.publicity).toEqual(inPublicity.publicity);

    await setBudget(user('FINANCE'), { fiscalYear: 2026, amountFen: 10_000_000 }, app);
    await deliberate(
      user('PROMOTION_OFFICE'),
      { projectId: project.id, version: waiting.version, approved: true, reason: '同意支持。' },
      { ...app, clock: laterClock, workflow: restarted },
    );
    await stageOf(project.id, 'AWAITING_DOCUMENT');
  });

  it('R6.4.4: a project the commission resumed goes on after a restart from its own stage, under its resumption', async () => {
    const now = new Date('2026-10-20T02:00:00Z');
    const failure = {
      code: 'INTERNAL_SERVER_ERROR' as const,
      message: 'the workflow stopped',
      stage: 'DELIBERATION' as const,
      error: 'States.Timeout',
      at: now.toISOString(),
    };
    const project: Project = {
      id: 'PRJ-resumed',
      path: 'REVIEWED',
      applicationId: 'APP-resumed',
      title: '2026年度智能化改造实施奖励 · 上海测试公司',
      creditCode: '913101180DM95UY1CJ',
      enterpriseName: '上海测试公司',
      town: 'ZHUJIAJIAO',
      payeeType: 'ENTERPRISE',
      payeeId: '913101180DM95UY1CJ',
      payeeName: '上海测试公司',
      proposedAmountFen: 6_000_000,
      policyVersionId: 'QP-2022',
      stage: 'DELIBERATION',
      resumption: {
        count: 1,
        from: 'DELIBERATION',
        reason: '已排除故障。',
        by: 'test-economic_commission',
        at: now.toISOString(),
        version: 1,
        failure,
      },
      ...stamp(now),
    };
    const { write, audit } = recordChange(
      user('ECONOMIC_COMMISSION'),
      now,
      'resumeProject',
      'Project',
      null,
      project,
    );
    await app.programme.commit({ writes: [write], audits: [audit] });
    const clock = new ManualClock(now);
    const restarted = new LocalWorkflowEngine(
      createProjectStages({ programme: app.programme, clock, calendar: storedCalendar(app) }),
      clock,
      (projectId, error) => {
        throw new Error(`${projectId}: ${String(error)}`);
      },
    );
    await restarted.resume(app.programme);
    let waiting: Project | undefined;
    for (let attempt = 0; attempt < 600 && waiting?.waiting?.stage !== 'DELIBERATION'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      waiting = await app.programme.get('Project', project.id);
    }
    expect(waiting?.waiting?.stage).toBe('DELIBERATION');
    // Straight to deliberation: no publicity was opened on the way.
    expect(waiting?.publicity).toBeUndefined();
  });
});
