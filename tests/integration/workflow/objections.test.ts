import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Application } from '#domain/applications/application';
import { rewardClaim } from '#domain/applications/application';
import type { Principal } from '#domain/identity/principal';
import type { Objection } from '#domain/workflow/objection';
import type { Project, ProjectStage } from '#domain/workflow/project';
import type { AppServices } from '#graphql/context';
import { recordChange, stamp } from '#use-cases/programme/record-change';
import {
  fileObjection,
  listObjections,
  recordInvestigation,
  screenObjection,
  settleObjection,
} from '#use-cases/workflow/objections';
import { publicityList } from '#use-cases/workflow/projects';
import type { TestTable } from '../../support/dynamo.ts';
import { cstDate } from '#domain/time/cst';
import { closedAfter, DAY } from '../../support/programme.ts';
import { createRegistry, tableSnapshot, user } from '../../support/registry.ts';

/**
 * INTERPRETATION R6.4.3 against DynamoDB Local and the synthesized state machine run locally: objections
 * are received unscreened, screened by the commission one by one (admissible ones investigated, during
 * publicity too; inadmissible ones closed with a reason), each admissible one settled on its own; only
 * unscreened and admissible unsettled objections hold a project back from deliberation, and an upheld one
 * removes it. Publicity runs Monday 2026-11-02 to Friday 2026-11-06 (no holiday): five working days.
 */

const MONDAY = new Date('2026-11-02T01:00:00Z'); // 09:00 CST
let table: TestTable;
let app: AppServices;
let clock: { now(): Date; set(instant: Date): void };
const commission = user('ECONOMIC_COMMISSION');
const anonymous: Principal = { kind: 'anonymous' };

beforeAll(async () => {
  ({ table, app, clock } = await createRegistry(MONDAY));
}, 60_000);
afterAll(async () => table.drop());

let applications = 0;
/** A submitted application holding its one-per place (R6.3.1), as its project's origin. */
async function seedApplication(id: string): Promise<Application> {
  const now = clock.now();
  const application: Application = {
    id,
    noticeId: 'NTC-OBJ',
    programme: 'DIAGNOSIS_REWARD',
    applicantType: 'PROVIDER',
    applicantId: 'PRV-OBJ',
    providerId: 'PRV-OBJ',
    applicantName: '测试诊断服务有限公司',
    creditCode: `9131011800000${String((applications += 1)).padStart(4, '0')}X`,
    enterpriseName: '上海测试智能科技有限公司',
    town: 'ZHUJIAJIAO',
    planYear: 2026,
    reportId: `RPT-${id}`,
    requestedAmountFen: 2_000_000,
    status: 'SUBMITTED',
    policyVersionId: 'QP-2022',
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const { write, audit } = recordChange(SYSTEM_ACTOR, now, 'seed', 'Application', null, application);
  await app.programme.commit({
    writes: [write],
    audits: [audit],
    claims: [{ name: rewardClaim(application), ownerId: application.id, conflict: 'taken' }],
  });
  return application;
}

function project(id: string, changes: Partial<Project> = {}): Project {
  return {
    id,
    path: 'REVIEWED',
    applicationId: `APP-${id}`,
    title: '2026年度智能化诊断奖励 · 测试诊断服务有限公司',
    creditCode: '913101180DM95UY1CJ',
    enterpriseName: '上海测试智能科技有限公司',
    town: 'ZHUJIAJIAO',
    payeeType: 'PROVIDER',
    payeeId: 'PRV-OBJ',
    payeeName: '测试诊断服务有限公司',
    proposedAmountFen: 2_000_000,
    policyVersionId: 'QP-2022',
    stage: 'PROPOSED',
    ...stamp(clock.now()),
    ...changes,
  };
}

async function seedProject(record: Project): Promise<void> {
  const { write, audit } = recordChange(commission, clock.now(), 'seed', 'Project', null, record);
  await app.programme.commit({ writes: [write], audits: [audit] });
}

async function stageOf(projectId: string, stage: ProjectStage): Promise<Project> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const found = await app.programme.get('Project', projectId);
    if (found?.stage === stage) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${projectId} never reached ${stage}`);
}

/** A proposed project whose workflow has opened its publicity now. */
async function inPublicity(id: string): Promise<Project> {
  await seedApplication(`APP-${id}`);
  await seedProject(project(id));
  await app.workflow.start(id, 'REVIEWED');
  return stageOf(id, 'IN_PUBLICITY');
}

/** A project in publicity without a workflow (for filing only): its window runs three more days. */
async function seededInPublicity(id: string): Promise<void> {
  const now = clock.now();
  const endsAt = new Date(now.getTime() + 3 * DAY);
  await seedProject(
    project(id, {
      stage: 'IN_PUBLICITY',
      publicity: {
        startDate: cstDate(now),
        endDate: cstDate(new Date(endsAt.getTime() - 1)),
        endsAt: endsAt.toISOString(),
      },
    }),
  );
}

const objectionFrom = (projectId: string, objectorContact: string) => ({
  projectId,
  objectorName: '王五',
  objectorContact,
  reason: '该企业申报情况与实际不符。',
});

let contacts = 0;
/** Files an objection from a contact of its own (or the one given); resolves with it as stored. */
async function file(projectId: string, contact?: string): Promise<Objection> {
  const objectorContact = contact ?? `1390000${String((contacts += 1)).padStart(4, '0')}`;
  await fileObjection(
    anonymous,
    { projectId, objectorName: '张三', objectorContact, reason: '申报材料与实际情况不符，请核查。' },
    app,
  );
  const page = await listObjections(commission, { projectId, first: 100 }, app);
  const filed = page.edges.map((edge) => edge.node).find((node) => node.objectorContact === objectorContact);
  if (!filed) throw new Error(`no objection from ${objectorContact}`);
  return filed;
}

const admit = (objection: Objection) =>
  screenObjection(
    commission,
    { objectionId: objection.id, version: objection.version, admissible: true, reason: '实名，理由具体。' },
    app,
  );
const screenOut = (objection: Objection, reasonCode = 'UNREACHABLE_CONTACT') =>
  screenObjection(
    commission,
    {
      objectionId: objection.id,
      version: objection.version,
      admissible: false,
      reasonCode,
      reason: '电话为空号，无法联系异议人。',
    },
    app,
  );
const settle = (objection: Objection, outcome: 'UPHELD' | 'DISMISSED') =>
  settleObjection(
    commission,
    { objectionId: objection.id, version: objection.version, outcome, finding: '经现场核查得出结论。' },
    app,
  );

/** Waits a little for the workflow, then says where the project stands: a project that must wait waits. */
async function stillAt(projectId: string, stage: ProjectStage): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await app.programme.get('Project', projectId))?.stage).toBe(stage);
}

describe('R6.4.3 screening and disposition', () => {
  it('R6.4.3: a new objection is RECEIVED; screened admissible while publicity runs it is UNDER_INVESTIGATION, then settled DISMISSED with its finding; each change is audited', async () => {
    const { id } = await inPublicity('PRJ-OBJ-SCREEN');
    const received = await file(id);
    expect(received).toMatchObject({ status: 'RECEIVED', version: 1 });
    expect(received.screening).toBeUndefined();

    const screened = await admit(received);
    expect(screened).toMatchObject({
      status: 'UNDER_INVESTIGATION',
      version: 2,
      screening: { admissible: true, reason: '实名，理由具体。', by: 'test-economic_commission' },
    });
    // The project is still in publicity: an admissible objection opens its investigation at once.
    expect((await app.programme.get('Project', id))?.stage).toBe('IN_PUBLICITY');

    const settled = await settle(screened, 'DISMISSED');
    expect(settled).toMatchObject({
      status: 'DISMISSED',
      version: 3,
      disposition: { outcome: 'DISMISSED', finding: '经现场核查得出结论。' },
    });
    const trail = await app.auditTrail.list(received.id, { first: 10 });
    expect(trail.edges.map((edge) => edge.node.operation)).toEqual([
      'settleObjection',
      'screenObjection',
      'fileObjection',
    ]);
    expect(await app.programme.counter(`OBJECTIONS#${id}`)).toEqual({ received: 1, pending: 0 });
  });

  it('R6.4.3: screened once, settled once, only when admissible; a stale version is CONFLICT; the same screening sent again changes nothing', async () => {
    await seededInPublicity('PRJ-OBJ-RULES');
    const received = await file('PRJ-OBJ-RULES');
    await expect(settle(received, 'UPHELD')).rejects.toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.3',
    });
    await expect(
      screenObjection(
        commission,
        { objectionId: received.id, version: 1, admissible: false, reason: '没有说明原因代码。' },
        app,
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: ['input', 'reasonCode'] }] });
    await expect(
      screenObjection(
        commission,
        { objectionId: received.id, version: 1, admissible: true, reasonCode: 'ABUSIVE', reason: '矛盾。' },
        app,
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: ['input', 'reasonCode'] }] });

    const closed = await screenOut(received, 'ABUSIVE');
    expect(closed).toMatchObject({
      status: 'INADMISSIBLE',
      screening: { admissible: false, reasonCode: 'ABUSIVE', reason: '电话为空号，无法联系异议人。' },
    });
    // Sent again (a lost answer): recognised, nothing written.
    expect(await screenOut(received, 'ABUSIVE')).toEqual(closed);
    // Screened differently at the old version: the objection moved on.
    await expect(admit(received)).rejects.toMatchObject({ code: 'CONFLICT' });
    // Screened out is final.
    await expect(admit(closed)).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.4.3' });
    await expect(settle(closed, 'DISMISSED')).rejects.toMatchObject({ rule: 'R6.4.3' });
    expect((await app.auditTrail.list(received.id, { first: 10 })).edges).toHaveLength(2);
    expect(await app.programme.counter('OBJECTIONS#PRJ-OBJ-RULES')).toEqual({ received: 1, pending: 0 });
  });

  it('R6.4.3: only the commission screens and settles', async () => {
    await seededInPublicity('PRJ-OBJ-ROLES');
    const received = await file('PRJ-OBJ-ROLES');
    for (const principal of [anonymous, user('FINANCE'), user('PROMOTION_OFFICE'), user('JOINT_REVIEWER')]) {
      await expect(
        screenObjection(
          principal,
          { objectionId: received.id, version: 1, admissible: true, reason: '可以。' },
          app,
        ),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        settleObjection(
          principal,
          { objectionId: received.id, version: 1, outcome: 'DISMISSED', finding: '不成立。' },
          app,
        ),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listObjections(principal, { projectId: 'PRJ-OBJ-ROLES' }, app)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('R6.4.3 limits on filing, kept in the application', () => {
  it('R6.4.3: a project receives at most 50 objections; the 51st is refused with OBJECTION_LIMIT_REACHED and nothing is written', async () => {
    await seededInPublicity('PRJ-OBJ-FULL');
    for (let index = 0; index < 50; index += 1)
      await fileObjection(
        anonymous,
        objectionFrom('PRJ-OBJ-FULL', `1370000${String(index).padStart(4, '0')}`),
        app,
      );
    const before = await tableSnapshot(table);
    await expect(
      fileObjection(anonymous, objectionFrom('PRJ-OBJ-FULL', '13799999999'), app),
    ).rejects.toMatchObject({
      code: 'OBJECTION_LIMIT_REACHED',
      rule: 'R6.4.3',
      limit: 'PER_PROJECT',
      max: 50,
    });
    expect(await tableSnapshot(table)).toBe(before);
    expect(await app.programme.counter('OBJECTIONS#PRJ-OBJ-FULL')).toEqual({ received: 50, pending: 50 });
    // Screening does not make room: the limit counts what the project received.
    const [first] = (await listObjections(commission, { projectId: 'PRJ-OBJ-FULL', first: 1 }, app)).edges;
    await screenOut(first?.node as Objection);
    await expect(
      fileObjection(anonymous, objectionFrom('PRJ-OBJ-FULL', '13799999999'), app),
    ).rejects.toMatchObject({ code: 'OBJECTION_LIMIT_REACHED', limit: 'PER_PROJECT' });
  });

  it('R6.4.3: 60 filings at the same moment to a project with room for 50: exactly 50 are received and 10 refused', async () => {
    await seededInPublicity('PRJ-OBJ-FLOOD');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, (_, index) =>
        fileObjection(
          anonymous,
          objectionFrom('PRJ-OBJ-FLOOD', `1360000${String(index).padStart(4, '0')}`),
          app,
        ),
      ),
    );
    const refused = outcomes.flatMap((outcome): unknown[] =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(50);
    expect(refused).toHaveLength(10);
    for (const reason of refused)
      expect(reason).toMatchObject({ code: 'OBJECTION_LIMIT_REACHED', limit: 'PER_PROJECT' });
    const listed = await listObjections(commission, { projectId: 'PRJ-OBJ-FLOOD', first: 100 }, app);
    expect(listed.edges).toHaveLength(50);
    expect(await app.programme.counter('OBJECTIONS#PRJ-OBJ-FLOOD')).toEqual({ received: 50, pending: 50 });
  });

  it('R6.4.3: one contact files at most 5 objections a CST day across projects; the 6th is refused, nothing written; the next day it files again; still one per project', async () => {
    const projects = Array.from({ length: 7 }, (_, index) => `PRJ-OBJ-CONTACT-${index}`);
    for (const id of projects) await seededInPublicity(id);
    for (const id of projects.slice(0, 5))
      await fileObjection(anonymous, objectionFrom(id, '13811112222'), app);
    const before = await tableSnapshot(table);
    // The same contact written another way is the same contact.
    await expect(
      fileObjection(anonymous, objectionFrom(projects[5] ?? '', '+86 138-1111-2222'), app),
    ).rejects.toMatchObject({
      code: 'OBJECTION_LIMIT_REACHED',
      rule: 'R6.4.3',
      limit: 'PER_CONTACT_PER_DAY',
      max: 5,
    });
    expect(await tableSnapshot(table)).toBe(before);
    // Another contact is not held back by it.
    await fileObjection(anonymous, objectionFrom(projects[5] ?? '', 'wangwu@example.com'), app);
    // The next CST day (00:00 CST is 16:00 UTC): five more, but never twice to the same project.
    clock.set(new Date(Date.parse(`${cstDate(clock.now())}T16:00:00Z`)));
    await fileObjection(anonymous, objectionFrom(projects[5] ?? '', '13811112222'), app);
    await expect(
      fileObjection(anonymous, objectionFrom(projects[0] ?? '', '138 1111 2222'), app),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('R6.4.3: one contact filing to 8 projects at the same moment: exactly 5 are received', async () => {
    const projects = Array.from({ length: 8 }, (_, index) => `PRJ-OBJ-BURST-${index}`);
    for (const id of projects) await seededInPublicity(id);
    const outcomes = await Promise.allSettled(
      projects.map((id) => fileObjection(anonymous, objectionFrom(id, 'burst@example.com'), app)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.flatMap((outcome): unknown[] =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    expect(refused).toHaveLength(3);
    for (const reason of refused)
      expect(reason).toMatchObject({ code: 'OBJECTION_LIMIT_REACHED', limit: 'PER_CONTACT_PER_DAY' });
    let received = 0;
    for (const id of projects) received += (await app.programme.counter(`OBJECTIONS#${id}`))['received'] ?? 0;
    expect(received).toBe(5);
  });
});

describe('R6.4.3 only admissible objections hold a project back', () => {
  it('R6.4.3: a project with only inadmissible objections goes to deliberation when publicity ends, without an investigation', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-INADMISSIBLE');
    await screenOut(await file(id), 'NO_REAL_NAME');
    await screenOut(await file(id), 'DUPLICATE');
    clock.set(closedAfter(publicity?.endsAt));
    const deliberation = await stageOf(id, 'DELIBERATION');
    expect(deliberation.decisions?.INVESTIGATION).toBeUndefined();
    expect(deliberation.waiting?.stage).toBe('DELIBERATION');
  });

  it('R6.4.3: an objection still unscreened when publicity ends sends the project to investigation, which ends when it is screened out', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-UNSCREENED');
    const received = await file(id);
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'INVESTIGATION');
    await stillAt(id, 'INVESTIGATION');
    await screenOut(received);
    const deliberation = await stageOf(id, 'DELIBERATION');
    expect(deliberation.decisions?.INVESTIGATION).toEqual({ upheld: false });
  });

  it('R6.4.3: one admissible and one inadmissible objection: the project waits in investigation until the admissible one is settled', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-MIXED');
    const admissible = await admit(await file(id));
    await screenOut(await file(id), 'OTHER');
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'INVESTIGATION');
    await stillAt(id, 'INVESTIGATION');
    await settle(admissible, 'DISMISSED');
    await stageOf(id, 'DELIBERATION');
    expect(await app.programme.counter(`OBJECTIONS#${id}`)).toEqual({ received: 2, pending: 0 });
  });

  it('R6.4.3: the last two objections settled at the same moment: the investigation ends, never stuck', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-RACE');
    const first = await admit(await file(id));
    const second = await admit(await file(id));
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'INVESTIGATION');
    await Promise.all([settle(first, 'DISMISSED'), settle(second, 'DISMISSED')]);
    expect((await stageOf(id, 'DELIBERATION')).decisions?.INVESTIGATION).toEqual({ upheld: false });
  });

  it('R6.4, R6.3.1: an upheld objection removes the project, whatever else is pending, and frees its application’s place', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-UPHELD');
    const admissible = await admit(await file(id));
    await file(id); // still unscreened: it does not matter once one is upheld
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'INVESTIGATION');
    const application = await app.programme.get('Application', `APP-${id}`);
    expect(await app.programme.claimOwner(rewardClaim(application as Application))).toBe(`APP-${id}`);
    await settle(admissible, 'UPHELD');
    const removed = await stageOf(id, 'REMOVED');
    expect(removed.decisions?.INVESTIGATION).toEqual({ upheld: true });
    expect(await app.programme.claimOwner(rewardClaim(application as Application))).toBeUndefined();
  });

  it('R6.4.3: upheld while publicity runs, the project leaves the publicity list and takes no more objections; the workflow removes it when publicity closes', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-UPHELD-EARLY');
    const listed = async () =>
      (await publicityList(anonymous, { first: 100 }, app)).edges.map((edge) => edge.node.projectId);
    expect(await listed()).toContain(id);
    await settle(await admit(await file(id)), 'UPHELD');
    expect(await listed()).not.toContain(id);
    await expect(file(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.programme.get('Project', id))?.stage).toBe('IN_PUBLICITY');
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'REMOVED');
  });

  it('R6.4.3: an objection stored OPEN before screening existed is unscreened: it holds the project back until screened', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-LEGACY');
    const now = clock.now();
    const legacy: Objection = {
      id: 'OBJ-LEGACY',
      projectId: id,
      objectorName: '李四',
      objectorContact: 'lisi@example.com',
      reason: '旧版本系统中提出的异议。',
      status: 'OPEN',
      ...stamp(now),
    };
    const { write, audit } = recordChange(anonymous, now, 'fileObjection', 'Objection', null, legacy);
    await app.programme.commit({ writes: [write], audits: [audit] });
    expect((await listObjections(commission, { projectId: id, status: 'RECEIVED' }, app)).edges).toHaveLength(
      1,
    );
    clock.set(closedAfter(publicity?.endsAt));
    await stageOf(id, 'INVESTIGATION');
    await stillAt(id, 'INVESTIGATION');
    await settle(await admit(legacy), 'DISMISSED');
    await stageOf(id, 'DELIBERATION');
  });

  it('R6.4.3: the bulk disposition is refused while an objection is unscreened, then settles every admissible one', async () => {
    const { id, publicity } = await inPublicity('PRJ-OBJ-BULK');
    const unscreened = await file(id);
    const admissible = [await admit(await file(id)), await admit(await file(id))];
    clock.set(closedAfter(publicity?.endsAt));
    const waiting = await stageOf(id, 'INVESTIGATION');
    const bulk = { projectId: id, version: waiting.version, upheld: false, finding: '经核查，异议不成立。' };
    await expect(recordInvestigation(commission, bulk, app)).rejects.toMatchObject({ rule: 'R6.4.3' });
    await screenOut(unscreened);
    await stillAt(id, 'INVESTIGATION');
    const current = await app.programme.get('Project', id);
    await recordInvestigation(commission, { ...bulk, version: current?.version }, app);
    await stageOf(id, 'DELIBERATION');
    for (const objection of admissible)
      expect(await app.programme.get('Objection', objection.id)).toMatchObject({
        status: 'DISMISSED',
        disposition: { outcome: 'DISMISSED', finding: '经核查，异议不成立。' },
      });
  });
});

describe('R6.4.3 the commission’s list of a project’s objections', () => {
  it('R6.4.3: objections(projectId, first, after) pages oldest first with cursors, optionally by status', async () => {
    await seededInPublicity('PRJ-OBJ-PAGES');
    const filed: Objection[] = [];
    for (let index = 0; index < 5; index += 1) {
      filed.push(await file('PRJ-OBJ-PAGES'));
      clock.set(new Date(clock.now().getTime() + 1000));
    }
    await screenOut(filed[1] as Objection);
    await admit(filed[3] as Objection);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await listObjections(commission, { projectId: 'PRJ-OBJ-PAGES', first: 2, after }, app);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.hasNextPage ? page.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(seen).toEqual(filed.map((objection) => objection.id));
    expect(pages).toBe(3);
    const received = await listObjections(
      commission,
      { projectId: 'PRJ-OBJ-PAGES', status: 'RECEIVED' },
      app,
    );
    expect(received.edges.map((edge) => edge.node.id)).toEqual([filed[0]?.id, filed[2]?.id, filed[4]?.id]);
    const inadmissible = await listObjections(
      commission,
      { projectId: 'PRJ-OBJ-PAGES', status: 'INADMISSIBLE' },
      app,
    );
    expect(inadmissible.edges.map((edge) => edge.node.id)).toEqual([filed[1]?.id]);
    await expect(
      listObjections(commission, { projectId: 'PRJ-OBJ-PAGES', first: 101 }, app),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      listObjections(commission, { projectId: 'PRJ-OBJ-OTHER', after: received.endCursor }, app),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
