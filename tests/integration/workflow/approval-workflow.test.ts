import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, PolicyViolation } from '#domain/errors';
import { describeFailure, STAGE_REFUSED } from '#domain/workflow/failure';
import { ManualClock } from '#domain/waitable-clock';
import type { HumanStage } from '#domain/workflow/human-stages';
import type { ProjectStages } from '#domain/workflow/project-stages-port';
import { synthesizeWorkflowDefinition } from '../../../infra/workflow-definition.ts';
import { LocalWorkflow } from '../../../local/workflow/local-workflow.ts';

/**
 * The synthesized approval workflow (R6.3–R6.6, R6.8) run locally through each of its paths. The stages
 * here only record what the workflow asked of them, so that the test sees the flow itself; the project
 * records behind the stages are tested on their own.
 */

const DAY = 24 * 60 * 60 * 1000;
let definition: Record<string, unknown>;
beforeAll(() => {
  definition = synthesizeWorkflowDefinition();
}, 60_000);

class RecordingStages implements ProjectStages {
  readonly log: string[] = [];
  readonly tokens = new Map<HumanStage, string>();
  constructor(
    private readonly clock: ManualClock,
    private readonly objection: boolean,
  ) {}
  openPublicity(projectId: string) {
    this.log.push(`openPublicity ${projectId}`);
    return Promise.resolve({ endsAt: new Date(this.clock.now().getTime() + 7 * DAY).toISOString() });
  }
  closePublicity() {
    this.log.push('closePublicity');
    return Promise.resolve({ objectionOpen: this.objection });
  }
  awaitDecision(_projectId: string, stage: HumanStage, token: string) {
    this.log.push(`await ${stage}`);
    this.tokens.set(stage, token);
    return Promise.resolve(undefined);
  }
  flagOverdue(_projectId: string, stage: HumanStage) {
    this.log.push(`overdue ${stage}`);
    return Promise.resolve();
  }
  removeProject() {
    this.log.push('removeProject');
    return Promise.resolve();
  }
  recordRejection() {
    this.log.push('recordRejection');
    return Promise.resolve();
  }
  completeProject() {
    this.log.push('completeProject');
    return Promise.resolve();
  }
  recordZeroAward() {
    this.log.push('recordZeroAward');
    return Promise.resolve();
  }
  withholdProject() {
    this.log.push('withholdProject');
    return Promise.resolve();
  }
  readonly failures: unknown[] = [];
  recordFailure(_projectId: string, error: unknown) {
    this.failures.push(error);
    this.log.push(`recordFailure ${JSON.stringify(error)}`);
    return Promise.resolve();
  }
}

/** Lets the runner reach its next waiting point. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function until(stages: RecordingStages, stage: HumanStage): Promise<string> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const token = stages.tokens.get(stage);
    if (token) {
      stages.tokens.delete(stage);
      return token;
    }
    await settle();
  }
  throw new Error(`the workflow never reached ${stage}: ${stages.log.join(' → ')}`);
}

function setUp(objection = false) {
  const clock = new ManualClock(new Date('2026-09-28T01:00:00Z'));
  const stages = new RecordingStages(clock, objection);
  return { clock, stages, workflow: new LocalWorkflow(definition, stages, clock, 0) };
}

async function afterPublicity(clock: ManualClock): Promise<void> {
  await settle();
  clock.advance(7 * DAY);
}

describe('approval workflow, synthesized by CDK and run locally (R6.8)', () => {
  it('reviewed path, clean pass: publicity → deliberation → disbursement document → completed', async () => {
    const { clock, stages, workflow } = setUp();
    const run = workflow.start('P-1', { projectId: 'P-1', path: 'REVIEWED' });
    await afterPublicity(clock);
    expect(workflow.sendTaskSuccess(await until(stages, 'DELIBERATION'), { approved: true })).toBe(true);
    expect(
      workflow.sendTaskSuccess(await until(stages, 'DISBURSEMENT_DOCUMENT'), { documentId: 'D-1' }),
    ).toBe(true);
    await expect(run).resolves.toMatchObject({
      projectId: 'P-1',
      deliberation: { approved: true },
      document: { documentId: 'D-1' },
    });
    expect(stages.log).toEqual([
      'openPublicity P-1',
      'closePublicity',
      'await DELIBERATION',
      'await DISBURSEMENT_DOCUMENT',
      'completeProject',
    ]);
  });

  it('waits for the whole publicity period before closing it (R6.4)', async () => {
    const { clock, stages, workflow } = setUp();
    void workflow.start('P-2', { projectId: 'P-2', path: 'REVIEWED' });
    await settle();
    clock.advance(7 * DAY - 1);
    await settle();
    expect(stages.log).toEqual(['openPublicity P-2']);
    clock.advance(1);
    await until(stages, 'DELIBERATION');
    expect(stages.log).toEqual(['openPublicity P-2', 'closePublicity', 'await DELIBERATION']);
  });

  it('objection dismissed: investigation, then deliberation goes on', async () => {
    const { clock, stages, workflow } = setUp(true);
    const run = workflow.start('P-3', { projectId: 'P-3', path: 'REVIEWED' });
    await afterPublicity(clock);
    workflow.sendTaskSuccess(await until(stages, 'INVESTIGATION'), { upheld: false });
    workflow.sendTaskSuccess(await until(stages, 'DELIBERATION'), { approved: true });
    workflow.sendTaskSuccess(await until(stages, 'DISBURSEMENT_DOCUMENT'), { documentId: 'D-3' });
    await run;
    expect(stages.log).toContain('await INVESTIGATION');
    expect(stages.log.at(-1)).toBe('completeProject');
  });

  it('objection upheld: the project is removed and goes no further (R6.4)', async () => {
    const { clock, stages, workflow } = setUp(true);
    const run = workflow.start('P-4', { projectId: 'P-4', path: 'REVIEWED' });
    await afterPublicity(clock);
    workflow.sendTaskSuccess(await until(stages, 'INVESTIGATION'), { upheld: true });
    await run;
    expect(stages.log).toEqual([
      'openPublicity P-4',
      'closePublicity',
      'await INVESTIGATION',
      'removeProject',
    ]);
  });

  it('rejected in deliberation: the rejection is recorded and nothing is disbursed (R6.5)', async () => {
    const { clock, stages, workflow } = setUp();
    const run = workflow.start('P-5', { projectId: 'P-5', path: 'REVIEWED' });
    await afterPublicity(clock);
    workflow.sendTaskSuccess(await until(stages, 'DELIBERATION'), { approved: false });
    await run;
    expect(stages.log.slice(-2)).toEqual(['await DELIBERATION', 'recordRejection']);
    expect(stages.log).not.toContain('await DISBURSEMENT_DOCUMENT');
  });

  it('automatic path (R6.7b) goes straight to the disbursement document; lighthouse (R6.7c) to deliberation', async () => {
    const automatic = setUp();
    const run = automatic.workflow.start('A-1', { projectId: 'A-1', path: 'AUTOMATIC' });
    automatic.workflow.sendTaskSuccess(await until(automatic.stages, 'DISBURSEMENT_DOCUMENT'), {
      documentId: 'D-9',
    });
    await run;
    expect(automatic.stages.log).toEqual(['await DISBURSEMENT_DOCUMENT', 'completeProject']);
    const lighthouse = setUp();
    void lighthouse.workflow.start('L-1', { projectId: 'L-1', path: 'LIGHTHOUSE' });
    await until(lighthouse.stages, 'DELIBERATION');
    expect(lighthouse.stages.log).toEqual(['await DELIBERATION']);
  });

  it('R7.1.1: a document stage a fraud finding decided as withheld ends WITHHELD, never completed', async () => {
    const { stages, workflow } = setUp();
    const run = workflow.start('A-3', { projectId: 'A-3', path: 'AUTOMATIC' });
    workflow.sendTaskSuccess(await until(stages, 'DISBURSEMENT_DOCUMENT'), {
      withheld: true,
      findingId: 'FRAUD-A-3',
      rule: 'R7.1.1',
    });
    await run;
    expect(stages.log).toEqual(['await DISBURSEMENT_DOCUMENT', 'withholdProject']);
  });

  it('a callback delivered twice is a no-op the second time', async () => {
    const { stages, workflow } = setUp();
    const run = workflow.start('A-2', { projectId: 'A-2', path: 'AUTOMATIC' });
    const token = await until(stages, 'DISBURSEMENT_DOCUMENT');
    expect(workflow.sendTaskSuccess(token, { documentId: 'D-2' })).toBe(true);
    expect(workflow.sendTaskSuccess(token, { documentId: 'D-2' })).toBe(false);
    await run;
    expect(stages.log.filter((entry) => entry === 'completeProject')).toHaveLength(1);
  });

  it('a human stage that waits past its timeout is flagged overdue and keeps waiting', async () => {
    const { clock, stages, workflow } = setUp();
    const run = workflow.start('L-2', { projectId: 'L-2', path: 'LIGHTHOUSE' });
    const first = await until(stages, 'DELIBERATION');
    clock.advance(31 * DAY);
    const second = await until(stages, 'DELIBERATION');
    expect(stages.log).toEqual(['await DELIBERATION', 'overdue DELIBERATION', 'await DELIBERATION']);
    expect(workflow.sendTaskSuccess(first, { approved: true })).toBe(false);
    workflow.sendTaskSuccess(second, { approved: false });
    await run;
    expect(stages.log.at(-1)).toBe('recordRejection');
  });

  it('refuses to start the same project twice', () => {
    const { workflow } = setUp();
    void workflow.start('P-9', { projectId: 'P-9', path: 'AUTOMATIC' });
    expect(() => workflow.start('P-9', { projectId: 'P-9', path: 'AUTOMATIC' })).toThrow(Conflict);
  });

  it('a failing stage is caught, recorded, and ends the execution as failed', async () => {
    const clock = new ManualClock(new Date('2026-09-28T01:00:00Z'));
    const stages = new RecordingStages(clock, false);
    let attempts = 0;
    stages.openPublicity = () => {
      attempts += 1;
      return Promise.reject(new Error('the 2027 holiday arrangement is not loaded'));
    };
    const workflow = new LocalWorkflow(definition, stages, clock, 0);
    await expect(workflow.start('P-10', { projectId: 'P-10', path: 'REVIEWED' })).rejects.toThrow();
    // Tried once and retried three times (the stages are idempotent), then recorded as failed.
    expect(attempts).toBe(4);
    expect(stages.log).toHaveLength(1);
    expect(stages.log[0]).toMatch(/^recordFailure .*2027 holiday arrangement/);
  });

  it('R6.4.4: a refusal (a domain error) is tried once, never retried, and recorded with its code and rule', async () => {
    const clock = new ManualClock(new Date('2026-12-28T02:00:00Z'));
    const stages = new RecordingStages(clock, false);
    let attempts = 0;
    stages.openPublicity = () => {
      attempts += 1;
      return Promise.reject(new PolicyViolation('R6.4.2', 'the holiday arrangement for 2027 is not loaded'));
    };
    const workflow = new LocalWorkflow(definition, stages, clock, 0);
    await expect(workflow.start('P-11', { projectId: 'P-11', path: 'REVIEWED' })).rejects.toThrow();
    expect(attempts).toBe(1);
    expect(stages.failures).toHaveLength(1);
    expect(stages.failures[0]).toMatchObject({ Error: STAGE_REFUSED });
    expect(describeFailure(stages.failures[0], 'PUBLICITY', clock.now())).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.2',
      message: 'the holiday arrangement for 2027 is not loaded',
      stage: 'PUBLICITY',
      error: STAGE_REFUSED,
      at: '2026-12-28T02:00:00.000Z',
    });
  });

  it('R6.4.4: a resumed execution starts at the stage it failed at, whatever its path', async () => {
    const publicity = setUp();
    void publicity.workflow.start('R-1_r1', { projectId: 'R-1', path: 'REVIEWED', resumeFrom: 'PUBLICITY' });
    await afterPublicity(publicity.clock);
    await until(publicity.stages, 'DELIBERATION');
    expect(publicity.stages.log).toEqual(['openPublicity R-1', 'closePublicity', 'await DELIBERATION']);

    const investigation = setUp();
    const run = investigation.workflow.start('R-2_r1', {
      projectId: 'R-2',
      path: 'REVIEWED',
      resumeFrom: 'INVESTIGATION',
    });
    investigation.workflow.sendTaskSuccess(await until(investigation.stages, 'INVESTIGATION'), {
      upheld: true,
    });
    await run;
    expect(investigation.stages.log).toEqual(['await INVESTIGATION', 'removeProject']);

    const deliberation = setUp();
    void deliberation.workflow.start('R-3_r2', {
      projectId: 'R-3',
      path: 'REVIEWED',
      resumeFrom: 'DELIBERATION',
    });
    await until(deliberation.stages, 'DELIBERATION');
    expect(deliberation.stages.log).toEqual(['await DELIBERATION']);

    const document = setUp();
    void document.workflow.start('R-4_r1', {
      projectId: 'R-4',
      path: 'LIGHTHOUSE',
      resumeFrom: 'DISBURSEMENT_DOCUMENT',
    });
    await until(document.stages, 'DISBURSEMENT_DOCUMENT');
    expect(document.stages.log).toEqual(['await DISBURSEMENT_DOCUMENT']);

    const first = setUp();
    void first.workflow.start('R-5', { projectId: 'R-5', path: 'LIGHTHOUSE', resumeFrom: 'START' });
    await until(first.stages, 'DELIBERATION');
    expect(first.stages.log).toEqual(['await DELIBERATION']);
  });
});
