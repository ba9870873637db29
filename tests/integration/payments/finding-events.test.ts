import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Application } from '#domain/applications/application';
import type { Principal } from '#domain/identity/principal';
import type { Payment } from '#domain/payments/payment';
import type { ChangeSet, ProgrammeStore } from '#domain/programme-store';
import type { Project } from '#domain/workflow/project';
import type { AppServices } from '#graphql/context';
import { auditRecord } from '#domain/audit/audit-record';
import { createPaymentBatch } from '#use-cases/payments/batches';
import { recordFraudFinding } from '#use-cases/payments/fraud';
import { releaseHeldPayment } from '#use-cases/payments/holds';
import { recordChange } from '#use-cases/programme/record-change';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { deliberate, proposeProject, signOffProject } from '#use-cases/workflow/projects';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, tableSnapshot, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * R7.1.1 and R7.2.1 against DynamoDB Local: a project with a finding cannot be approved; a serious
 * finding holds the unit's other payments in chunks that each fit one transaction (≤ 100 items, audit
 * records included), and a finding interrupted half-way is completed by recording it again.
 */

const NOW = new Date('2026-11-29T02:00:00Z');
const A = demoCreditCode(820_001);
const B = demoCreditCode(820_002);
const OTHER_PAYMENTS = 40;
let table: TestTable;
let app: AppServices;

const project = (id: string, creditCode: string, overrides: Partial<Project> = {}): Project => ({
  id,
  path: 'REVIEWED',
  applicationId: `APP-${id}`,
  title: '测试项目',
  creditCode,
  enterpriseName: '上海测试智能科技有限公司',
  town: 'ZHUJIAJIAO',
  payeeType: 'ENTERPRISE',
  payeeId: creditCode,
  payeeName: '上海测试智能科技有限公司',
  proposedAmountFen: 10_000_000,
  policyVersionId: 'QP-2022',
  stage: 'COMPLETED',
  version: 1,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  ...overrides,
});

const payment = (index: number): Payment => ({
  id: `PAY-DOC-E-PRJ-E-${String(index).padStart(3, '0')}`,
  documentId: 'DOC-E',
  documentNumber: '青经财拨〔2026〕9号',
  projectId: `PRJ-E-${String(index).padStart(3, '0')}`,
  payeeType: 'ENTERPRISE',
  payeeId: B,
  payeeName: '上海测试智能科技有限公司',
  bankAccount: { bankName: '中国银行', accountName: '测试', accountNumber: '6216600000000001' },
  amountFen: 100_000,
  status: 'READY',
  fiscalYear: 2026,
  version: 1,
  createdAt: new Date(NOW.getTime() + index).toISOString(),
  updatedAt: NOW.toISOString(),
});

/** A provider's diagnosis reward application, reviewed and ready to be proposed (R6.3). */
const application = (id: string, creditCode: string): Application => ({
  id,
  noticeId: 'NTC-TEST',
  programme: 'DIAGNOSIS_REWARD',
  applicantType: 'PROVIDER',
  applicantId: 'PRV-TEST',
  applicantName: '测试诊断服务有限公司',
  creditCode,
  enterpriseName: '上海测试智能科技有限公司',
  town: 'ZHUJIAJIAO',
  planYear: 2026,
  requestedAmountFen: 2_000_000,
  status: 'SUBMITTED',
  policyVersionId: 'QP-2022',
  review: {
    preliminary: { passed: true, outcome: 'PASSED', reasons: '材料齐全。', by: 'c', at: NOW.toISOString() },
    experts: [
      { expertId: 'expert-1', assignedAt: NOW.toISOString(), score: 88, reviewedAt: NOW.toISOString() },
    ],
  },
  version: 1,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});

async function seed(
  kind: 'Project' | 'Payment' | 'Application',
  record: Project | Payment | Application,
): Promise<void> {
  const { write, audit } =
    kind === 'Project'
      ? recordChange(SYSTEM_ACTOR, NOW, 'seed', 'Project', null, record as Project)
      : kind === 'Application'
        ? recordChange(SYSTEM_ACTOR, NOW, 'seed', 'Application', null, record as Application)
        : recordChange(SYSTEM_ACTOR, NOW, 'seed', 'Payment', null, record as Payment);
  await app.programme.commit({ writes: [write], audits: [audit] });
}

beforeAll(async () => {
  ({ table, app } = await createRegistry(NOW));
  await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput({ creditCode: A }), app);
  await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput({ creditCode: B }), app);
  await seed(
    'Project',
    project('PRJ-DELIBERATING', A, {
      stage: 'DELIBERATION',
      waiting: { stage: 'DELIBERATION', since: NOW.toISOString(), overdue: false },
      taskToken: 'token-deliberation',
    }),
  );
  await seed('Project', project('PRJ-FOUND', B));
  for (let index = 0; index < OTHER_PAYMENTS; index += 1) await seed('Payment', payment(index));
}, 120_000);
afterAll(async () => table.drop());

const finding = (projectId: string, serious: boolean) => ({
  projectId,
  evidence: '伪造申报材料，经核查属实。',
  decidedOn: '2026-11-20',
  serious,
  principalName: '孙负责',
});

describe('R7.1.1 before approval', () => {
  it('R7.1.1: a project with a finding cannot be approved at deliberation; nothing is written', async () => {
    const recorded = await recordFraudFinding(
      user('ECONOMIC_COMMISSION'),
      finding('PRJ-DELIBERATING', false),
      app,
    );
    expect(recorded).toMatchObject({ principalName: '孙负责', paidFen: 0, completed: true });
    const current = await app.programme.get('Project', 'PRJ-DELIBERATING');
    expect(current?.fraudFindingId).toBe(recorded.id);
    const before = await tableSnapshot(table);
    await expect(
      deliberate(
        user('PROMOTION_OFFICE'),
        { projectId: 'PRJ-DELIBERATING', version: current?.version, approved: true, reason: '同意支持' },
        app,
      ),
    ).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R7.1.1' });
    expect(await tableSnapshot(table)).toBe(before);
  });
});

describe('R7.1.1 a finding before the sign-off', () => {
  const drc: Principal = { ...user('JOINT_REVIEWER'), body: 'DRC' } as Principal;

  it('R7.1.1: a project with a finding while it waits for the sign-off cannot be signed off; nothing is written', async () => {
    await seed(
      'Project',
      project('PRJ-SIGNING', A, {
        path: 'LIGHTHOUSE',
        stage: 'AWAITING_SIGN_OFF',
        signOffs: [{ body: 'ECONOMIC_COMMISSION', by: 'commission-1', at: NOW.toISOString() }],
      }),
    );
    const recorded = await recordFraudFinding(
      user('ECONOMIC_COMMISSION'),
      finding('PRJ-SIGNING', false),
      app,
    );
    const current = await app.programme.get('Project', 'PRJ-SIGNING');
    const before = await tableSnapshot(table);
    await expect(
      signOffProject(drc, { projectId: 'PRJ-SIGNING', version: current?.version }, app),
    ).rejects.toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R7.1.1',
      message: expect.stringContaining(recorded.id) as string,
    });
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('R7.1.1: a PROPOSED project whose workflow never started is not started again once it has a finding; nothing is written', async () => {
    await seed('Application', application('APP-RESTART', A));
    await seed(
      'Project',
      project('PRJ-APP-RESTART', A, {
        applicationId: 'APP-RESTART',
        path: 'LIGHTHOUSE',
        stage: 'PROPOSED',
        proposedAmountFen: 2_000_000,
      }),
    );
    await recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-APP-RESTART', false), app);
    const before = await tableSnapshot(table);
    await expect(
      proposeProject(user('ECONOMIC_COMMISSION'), { applicationId: 'APP-RESTART' }, app),
    ).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R7.1.1' });
    expect(await tableSnapshot(table)).toBe(before);
  });
});

describe('R7.2.1 holds within DynamoDB limits', () => {
  it('R7.2.1: holds the unit’s other payments in transactions of at most 100 items; interrupted, recording the finding again completes it', async () => {
    const sizes: number[] = [];
    let commits = 0;
    const counting = (failAt: number | undefined): ProgrammeStore => {
      const store = Object.create(app.programme) as ProgrammeStore;
      store.commit = (changes: ChangeSet) => {
        commits += 1;
        sizes.push(
          changes.writes.length +
            changes.audits.length +
            (changes.claims?.length ?? 0) +
            (changes.releases?.length ?? 0),
        );
        if (commits === failAt) return Promise.reject(new Error('the connection dropped'));
        return app.programme.commit(changes);
      };
      return store;
    };
    // The finding (1), the ban is in the registry, then holds of 15 each: the third commit fails.
    await expect(
      recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-FOUND', true), {
        ...app,
        programme: counting(3),
      }),
    ).rejects.toThrow('the connection dropped');
    const interrupted = await app.programme.get('FraudFinding', 'FRAUD-PRJ-FOUND');
    expect(interrupted).toMatchObject({ completed: false, heldPaymentCount: 15 });
    expect((await app.enterprises.get(B))?.ban?.until).toBe('2029-11-20');

    const completed = await recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-FOUND', true), {
      ...app,
      programme: counting(undefined),
    });
    expect(completed).toMatchObject({
      completed: true,
      heldPaymentCount: OTHER_PAYMENTS,
      banUntil: '2029-11-20',
    });
    const held = await app.programme.list('Payment', { pattern: 'byStatus', value: 'HELD', first: 100 });
    expect(held.edges).toHaveLength(OTHER_PAYMENTS);
    expect(held.edges.every((edge) => edge.node.findingStop?.findingId === completed.id)).toBe(true);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);

    // Complete now: a further recording is refused, nothing written.
    const before = await tableSnapshot(table);
    await expect(
      recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-FOUND', true), app),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await tableSnapshot(table)).toBe(before);
  });
});

describe('R7.2.1 a release lifts the hold of one ban only', () => {
  const C = demoCreditCode(820_003);
  const D = demoCreditCode(820_004);
  const release = async (id: string): Promise<Payment> => {
    const held = await app.programme.get('Payment', id);
    return releaseHeldPayment(
      user('ECONOMIC_COMMISSION'),
      { paymentId: id, version: held?.version, reason: '该项目经核查与违规事项无关。' },
      app,
    );
  };
  const other = (id: string, creditCode: string, documentId = 'DOC-E'): Payment => ({
    ...payment(0),
    id,
    documentId,
    projectId: `PRJ-${id}`,
    payeeId: creditCode,
  });

  it('R7.2.1: a payment released from one serious finding’s hold is held by a later serious finding against the same unit', async () => {
    await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput({ creditCode: C }), app);
    await seed('Project', project('PRJ-C1', C));
    await seed('Project', project('PRJ-C2', C));
    await seed('Payment', other('PAY-C-OTHER', C));
    await recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-C1', true), app);
    expect(await app.programme.get('Payment', 'PAY-C-OTHER')).toMatchObject({
      status: 'HELD',
      findingStop: { findingId: 'FRAUD-PRJ-C1', rule: 'R7.2.1' },
    });
    expect(await release('PAY-C-OTHER')).toMatchObject({
      status: 'READY',
      banRelease: { findingId: 'FRAUD-PRJ-C1' },
    });
    await recordFraudFinding(
      user('ECONOMIC_COMMISSION'),
      { ...finding('PRJ-C2', true), decidedOn: '2026-11-25' },
      app,
    );
    expect(await app.programme.get('Payment', 'PAY-C-OTHER')).toMatchObject({
      status: 'HELD',
      findingStop: { findingId: 'FRAUD-PRJ-C2', rule: 'R7.2.1' },
    });
  });

  it('R7.2.1: a batch holds a payment for its payee’s ban (recorded as the ban, not read from the reason); released, it is batched under that ban but held again under a later one', async () => {
    await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput({ creditCode: D }), app);
    await seed('Project', project('PRJ-D1', D));
    await recordFraudFinding(user('ECONOMIC_COMMISSION'), finding('PRJ-D1', true), app);
    // Issued after the finding: the batch's check of the ban (R4.4) holds it.
    await seed('Payment', other('PAY-D-LATER', D, 'DOC-D'));
    const batch = (key: string) =>
      createPaymentBatch(user('FINANCE'), { idempotencyKey: `batch-d-${key}`, documentId: 'DOC-D' }, app);
    await expect(batch('first')).rejects.toMatchObject({ rule: 'R6.6' });
    const ban = (await app.enterprises.get(D))?.ban;
    expect(await app.programme.get('Payment', 'PAY-D-LATER')).toMatchObject({ status: 'HELD', banHold: ban });
    expect(await release('PAY-D-LATER')).toMatchObject({ status: 'READY', banRelease: { ban } });

    // A later ban of the unit (another finding's, written to the registry): the release does not cover it.
    const enterprise = await app.enterprises.get(D);
    if (!enterprise) throw new Error('no enterprise');
    const later = {
      ...enterprise,
      ban: { until: '2030-01-01', reason: 'R7.2.1 fraud finding FRAUD-PRJ-D2 decided on 2027-01-01' },
      version: enterprise.version + 1,
    };
    await app.enterprises.update(
      later,
      enterprise.version,
      auditRecord(SYSTEM_ACTOR, NOW, {
        operation: 'banEnterprise',
        entityType: 'ENTERPRISE',
        entityId: D,
        before: enterprise,
        after: later,
      }),
    );
    await expect(batch('second')).rejects.toMatchObject({ rule: 'R6.6' });
    expect(await app.programme.get('Payment', 'PAY-D-LATER')).toMatchObject({
      status: 'HELD',
      banHold: later.ban,
    });
    expect(await release('PAY-D-LATER')).toMatchObject({ status: 'READY', banRelease: { ban: later.ban } });
    expect(await batch('third')).toMatchObject({ paymentCount: 1 });
  });
});
