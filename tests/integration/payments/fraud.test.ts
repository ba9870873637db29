import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { Conflict } from '#domain/errors';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import type { Project } from '#domain/workflow/project';
import type { AppServices } from '#graphql/context';
import { recordFraudFinding } from '#use-cases/payments/fraud';
import { recordChange } from '#use-cases/programme/record-change';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';

/**
 * R7.2 against DynamoDB Local: the ban is written to the registry after the finding (two repositories);
 * when that second write fails, recording the finding again completes the ban — and only then is a
 * repeated finding refused.
 */

const NOW = new Date('2026-11-29T02:00:00Z');
const CODE = '913101180DM95UY1CJ';
let table: TestTable;
let app: AppServices;

beforeAll(async () => {
  ({ table, app } = await createRegistry(NOW));
  await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput({ creditCode: CODE }), app);
  const project: Project = {
    id: 'PRJ-fraud-test',
    path: 'REVIEWED',
    applicationId: 'APP-fraud-test',
    title: '测试项目',
    creditCode: CODE,
    enterpriseName: '上海青禾精密机械有限公司',
    town: 'ZHUJIAJIAO',
    payeeType: 'ENTERPRISE',
    payeeId: CODE,
    payeeName: '上海青禾精密机械有限公司',
    proposedAmountFen: 5_000_000,
    policyVersionId: 'QP-2022',
    stage: 'COMPLETED',
    committedFiscalYear: 2026,
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seedProject', 'Project', null, project);
  await app.programme.commit({ writes: [write], audits: [audit] });
}, 60_000);
afterAll(async () => table.drop());

describe('R7.2 ban after a fraud finding', () => {
  it('completes a ban whose registry write failed when the finding is recorded again, then refuses a repeat', async () => {
    const failing: EnterpriseRepository = Object.create(app.enterprises) as EnterpriseRepository;
    failing.update = () => Promise.reject(new Error('the registry write failed'));
    const input = {
      projectId: 'PRJ-fraud-test',
      evidence: '伪造验收材料，情节严重。',
      decidedOn: '2026-11-20',
      serious: true,
      principalName: '王建国',
    };
    await expect(
      recordFraudFinding(user('ECONOMIC_COMMISSION'), input, { ...app, enterprises: failing }),
    ).rejects.toThrow('the registry write failed');
    expect((await app.enterprises.get(CODE))?.ban).toBeUndefined();

    const finding = await recordFraudFinding(user('ECONOMIC_COMMISSION'), input, app);
    expect(finding.banUntil).toBe('2029-11-20');
    expect((await app.enterprises.get(CODE))?.ban).toMatchObject({ until: '2029-11-20' });

    await expect(recordFraudFinding(user('ECONOMIC_COMMISSION'), input, app)).rejects.toBeInstanceOf(
      Conflict,
    );
  });
});
