import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, PolicyViolation } from '#domain/errors';
import type { AppServices } from '#graphql/context';
import { addIntentionEntry } from '#use-cases/diagnosis/intention-pool';
import { createDiagnosisPlan, publishDiagnosisPlan } from '#use-cases/diagnosis/diagnosis-plan';
import {
  assignProvider,
  listAssignments,
  overdueCountsByProvider,
  reassignProvider,
  respondToAssignment,
} from '#use-cases/diagnosis/assignments';
import { createEnterprise, updateEnterprise } from '#use-cases/registry/enterprise-commands';
import { createProvider } from '#use-cases/registry/provider-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { PROVIDER_INPUT } from '../../support/programme.ts';
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';

/** R6.1.3 matching with deadlines, on DynamoDB Local with a clock the test moves. */

let table: TestTable;
let app: AppServices;
let clock: { set(instant: Date): void };
const commission = user('ECONOMIC_COMMISSION');
const FIRST = '913101180DM95UY1CJ';
const SECOND = '91310118QT56L02F4T';
const PROVIDER_A = 'PRV-91330100716105852F';
const PROVIDER_B = 'PRV-914403001922038216';
const OFF_ROSTER = 'PRV-9144030071526726XG';

beforeAll(async () => {
  // 2026-11-29 10:00 in China Standard Time.
  ({ table, app, clock } = await createRegistry(new Date('2026-11-29T02:00:00Z')));
  for (const creditCode of [FIRST, SECOND]) {
    await createEnterprise(
      commission,
      enterpriseInput({ creditCode, name: `企业${creditCode.slice(-4)}` }),
      app,
    );
    await addIntentionEntry(
      commission,
      { year: 2026, creditCode, contactName: '李', contactPhone: '021-59701234', needs: '诊断' },
      app,
    );
  }
  await createProvider(
    commission,
    { ...PROVIDER_INPUT, creditCode: '91330100716105852F', name: '甲诊断公司' },
    app,
  );
  await createProvider(
    commission,
    { ...PROVIDER_INPUT, creditCode: '914403001922038216', name: '乙诊断公司' },
    app,
  );
  await createProvider(
    commission,
    {
      ...PROVIDER_INPUT,
      onRoster: false,
      rosterSince: undefined,
      creditCode: '9144030071526726XG',
      name: '丙未入库公司',
    },
    app,
  );
  const plan = await createDiagnosisPlan(
    commission,
    { year: 2026, entries: [FIRST, SECOND].map((creditCode) => ({ creditCode, targetDate: '2026-12-31' })) },
    app,
  );
  await publishDiagnosisPlan(commission, { year: 2026, version: plan.version }, app);
}, 60_000);
afterAll(async () => table.drop());

const assign = (creditCode: string, providerId: string, deadline: string) =>
  assignProvider(commission, { year: 2026, creditCode, providerId, deadline }, app);

describe('matching with deadlines (R6.1.3)', () => {
  it('R6.1.2: refuses a provider that is not on the roster, naming the rule', async () => {
    const attempt = assign(FIRST, OFF_ROSTER, '2026-12-10');
    await expect(attempt).rejects.toThrow(PolicyViolation);
    await expect(attempt).rejects.toMatchObject({
      rule: 'R6.1.2',
      reasons: [{ rule: 'R6.1.2', message: 'is not on the provider roster' }],
    });
  });

  it('gives an enterprise at most one open assignment', async () => {
    await assign(FIRST, PROVIDER_A, '2026-12-10');
    await expect(assign(FIRST, PROVIDER_B, '2026-12-10')).rejects.toThrow(Conflict);
  });

  it('shows an open assignment as overdue from the day after its deadline, in China Standard Time', async () => {
    const provider = user('PROVIDER', { providerId: PROVIDER_A });
    // 2026-12-10 23:30 CST is still the deadline day (15:30 UTC).
    clock.set(new Date('2026-12-10T15:30:00Z'));
    expect((await listAssignments(provider, { year: 2026, overdueOnly: true }, app)).edges).toEqual([]);
    // 2026-12-11 00:30 CST (2026-12-10 16:30 UTC): one day late.
    clock.set(new Date('2026-12-10T16:30:00Z'));
    const overdue = await listAssignments(provider, { year: 2026, overdueOnly: true }, app);
    expect(overdue.edges.map((edge) => [edge.node.creditCode, edge.node.deadline])).toEqual([
      [FIRST, '2026-12-10'],
    ]);
    await expect(overdueCountsByProvider(commission, { year: 2026 }, app)).resolves.toEqual([
      { providerId: PROVIDER_A, providerName: '甲诊断公司', overdue: 1 },
    ]);
  });

  it('lets the commission reassign an overdue assignment, which clears it from the overdue count', async () => {
    const [late] = (await listAssignments(commission, { year: 2026, overdueOnly: true }, app)).edges;
    const replacement = await reassignProvider(
      commission,
      {
        assignmentId: late?.node.id,
        version: late?.node.version,
        providerId: PROVIDER_B,
        deadline: '2026-12-20',
      },
      app,
    );
    expect(replacement).toMatchObject({ providerId: PROVIDER_B, status: 'PENDING', deadline: '2026-12-20' });
    await expect(overdueCountsByProvider(commission, { year: 2026 }, app)).resolves.toEqual([]);
    const all = await listAssignments(commission, { year: 2026 }, app);
    expect(all.edges.map((edge) => [edge.node.providerId, edge.node.status]).sort()).toEqual([
      [PROVIDER_A, 'REASSIGNED'],
      [PROVIDER_B, 'PENDING'],
    ]);
  });

  it('a declined assignment needs a reason and frees the enterprise for another provider', async () => {
    const offered = await assign(SECOND, PROVIDER_B, '2026-12-30');
    const providerB = user('PROVIDER', { providerId: PROVIDER_B });
    await expect(
      respondToAssignment(providerB, { assignmentId: offered.id, version: 1, accept: false }, app),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const declined = await respondToAssignment(
      providerB,
      { assignmentId: offered.id, version: 1, accept: false, reason: '档期已满' },
      app,
    );
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '档期已满' });
    await expect(assign(SECOND, PROVIDER_A, '2026-12-30')).resolves.toMatchObject({ status: 'PENDING' });
  });

  it('R3.2: refuses to move an enterprise whose programme records its town keeps', async () => {
    const enterprise = await app.enterprises.get(FIRST);
    await expect(
      updateEnterprise(commission, { creditCode: FIRST, version: enterprise?.version, town: 'XUJING' }, app),
    ).rejects.toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R3.2' });
  });

  it('lets a provider answer only its own assignments', async () => {
    const [open] = (
      await listAssignments(user('PROVIDER', { providerId: PROVIDER_A }), { year: 2026 }, app)
    ).edges.filter((edge) => edge.node.status === 'PENDING');
    await expect(
      respondToAssignment(
        user('PROVIDER', { providerId: PROVIDER_B }),
        { assignmentId: open?.node.id, version: 1, accept: true },
        app,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
