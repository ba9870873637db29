import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { policyDraftInput } from '../support/policy.ts';
import { tableSnapshot } from '../support/registry.ts';

/**
 * R8.1, R9, R9.1 over HTTP: policy versions are data, drafted by one commission user and published by
 * another; published versions never change and never overlap; a date no version covers is refused.
 * The test table carries QP-2022 (2022-03-02 to 2022-12-31) and the local demo continuation
 * (2023-01-01 to 2028-12-31), as `npm start` seeds them.
 */

const DRAFT = `mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { id version status draftedBy } }`;
const PUBLISH = `mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { id version status publishedBy publishedAt } }`;
const NOTICE = `mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id policyVersionId } }`;

const clock = new ManualClock(new Date('2026-11-30T02:00:00Z'));
let api: TestApi;
let drafter: string;
let publisher: string;
let town: string;

beforeAll(async () => {
  api = await startTestApi('development', clock);
  drafter = await api.token({ userId: 'ec-drafter', role: 'ECONOMIC_COMMISSION' });
  publisher = await api.token({ userId: 'ec-publisher', role: 'ECONOMIC_COMMISSION' });
  town = await api.token({ userId: 'town', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
});
afterAll(async () => api.close());

const call = async (token: string, query: string, input: Record<string, unknown>) =>
  (await api.query(query, { token, variables: { input } })).body;
const refusal = (body: Awaited<ReturnType<typeof call>>) => body.errors?.[0]?.extensions ?? {};

function noticeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    programme: 'DIAGNOSIS_REWARD',
    title: '智能化诊断奖励申报',
    eligibleApplicants: '入库服务商',
    requiredMaterials: [{ code: 'REPORT', name: '诊断报告' }],
    opensAt: '2041-03-01T09:00:00+08:00',
    closesAt: '2041-03-31T17:00:00+08:00',
    planYear: 2041,
    ...overrides,
  };
}

describe('R9.1: drafting and publishing a policy version', () => {
  it('one commission user drafts, the same user may not publish, another publishes; then it is in force', async () => {
    const drafted = await call(drafter, DRAFT, policyDraftInput({ id: 'QP-2041' }));
    expect(drafted.data?.['draftPolicyVersion']).toEqual({
      id: 'QP-2041',
      version: 1,
      status: 'DRAFT',
      draftedBy: 'ec-drafter',
    });
    // Others see only published versions.
    const seenByTown = (await api.query('{ policyVersions { id } }', { token: town })).body.data?.[
      'policyVersions'
    ] as { id: string }[];
    expect(seenByTown.map((version) => version.id)).toEqual(['QP-2022', 'DEMO-2023-2028']);

    expect(refusal(await call(drafter, PUBLISH, { id: 'QP-2041', version: 1 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const published = await call(publisher, PUBLISH, { id: 'QP-2041', version: 1 });
    expect(published.data?.['publishPolicyVersion']).toMatchObject({
      id: 'QP-2041',
      version: 2,
      status: 'PUBLISHED',
      publishedBy: 'ec-publisher',
      publishedAt: expect.any(String) as unknown,
    });
    const trail = await api.query(
      '{ auditTrail(entityId: "QP-2041") { edges { node { operation actorId } } } }',
      { token: drafter },
    );
    expect(trail.body.data?.['auditTrail']).toEqual({
      edges: [
        { node: { operation: 'publishPolicyVersion', actorId: 'ec-publisher' } },
        { node: { operation: 'draftPolicyVersion', actorId: 'ec-drafter' } },
      ],
    });
  });

  it('R9.1: a published version never changes; a correction is a new version', async () => {
    const before = await tableSnapshot(api.table);
    const body = await call(drafter, DRAFT, policyDraftInput({ id: 'QP-2041', version: 2, banYears: 5 }));
    expect(refusal(body)).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R9.1' });
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('R9.1: a period overlapping a published version is refused, naming it, and nothing is written', async () => {
    const before = await tableSnapshot(api.table);
    const body = await call(
      drafter,
      DRAFT,
      policyDraftInput({ id: 'QP-2028', effectiveFrom: '2028-07-01', effectiveTo: '2029-06-30' }),
    );
    expect(refusal(body)).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R9.1' });
    expect(body.errors?.[0]?.message).toContain('DEMO-2023-2028');
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('R9.1: of two overlapping drafts only the first published goes through', async () => {
    await call(
      drafter,
      DRAFT,
      policyDraftInput({ id: 'QP-2045A', effectiveFrom: '2045-01-01', effectiveTo: '2045-12-31' }),
    );
    await call(
      drafter,
      DRAFT,
      policyDraftInput({ id: 'QP-2045B', effectiveFrom: '2045-06-01', effectiveTo: '2046-05-31' }),
    );
    expect((await call(publisher, PUBLISH, { id: 'QP-2045A', version: 1 })).errors).toBeUndefined();
    expect(refusal(await call(publisher, PUBLISH, { id: 'QP-2045B', version: 1 }))).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R9.1',
    });
  });

  it('R9.1: two overlapping drafts published at the same moment: exactly one is published', async () => {
    await call(
      drafter,
      DRAFT,
      policyDraftInput({ id: 'QP-2047A', effectiveFrom: '2047-01-01', effectiveTo: '2047-12-31' }),
    );
    await call(
      drafter,
      DRAFT,
      policyDraftInput({ id: 'QP-2047B', effectiveFrom: '2047-06-01', effectiveTo: '2048-05-31' }),
    );
    const answers = await Promise.all([
      call(publisher, PUBLISH, { id: 'QP-2047A', version: 1 }),
      call(publisher, PUBLISH, { id: 'QP-2047B', version: 1 }),
    ]);
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    const { body } = await api.query('{ policyVersions { id status } }', { token: town });
    const published = (body.data?.['policyVersions'] as { id: string }[]).map((version) => version.id);
    expect(published.filter((id) => id.startsWith('QP-2047'))).toHaveLength(1);
  });

  it('a draft missing a setting is refused with the field path, and nothing is written', async () => {
    const before = await tableSnapshot(api.table);
    const input = policyDraftInput({ id: 'QP-2050', effectiveFrom: '2050-01-01', effectiveTo: '2050-12-31' });
    delete input['banYears'];
    const body = await call(drafter, DRAFT, input);
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(body.errors?.[0]?.extensions)).toContain('banYears');
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('shows every setting, tiers and citation included', async () => {
    const { body } = await api.query(
      `{ policyVersions { id effectiveFrom effectiveTo demo status fundLine diagnosisRewardFen implementationRewardCapFen
         publicityWorkingDays banYears expertsRequired jointReviewBodies implementationWindowYears importedLevels
         fiscalYearRule onePerRules { diagnosisReward implementationReward benchmarkTitle }
         tiers { tier level titles amountFen }
         citation { issuingBody title documentNumber publishedOn clauses { banYears tiers } } } }`,
      { token: town },
    );
    const versions = body.data?.['policyVersions'] as Record<string, unknown>[];
    expect(versions[0]).toEqual({
      id: 'QP-2022',
      effectiveFrom: '2022-03-02',
      effectiveTo: '2022-12-31',
      demo: false,
      status: 'PUBLISHED',
      fundLine: '区产业发展专项资金 · 区技术改造专项',
      diagnosisRewardFen: 2_000_000,
      implementationRewardCapFen: 10_000_000,
      publicityWorkingDays: 5,
      banYears: 3,
      expertsRequired: 1,
      jointReviewBodies: 1,
      implementationWindowYears: 2,
      importedLevels: ['MUNICIPAL', 'NATIONAL'],
      fiscalYearRule: 'APPROVAL_DATE',
      onePerRules: {
        diagnosisReward: 'ENTERPRISE_PER_PLAN',
        implementationReward: 'DIAGNOSIS_REPORT',
        benchmarkTitle: 'ENTERPRISE_TITLE_PER_YEAR',
      },
      tiers: [
        {
          tier: 1,
          level: 'DISTRICT',
          titles: ['SMART_PRODUCTION_LINE', 'SMART_WAREHOUSE'],
          amountFen: 10_000_000,
        },
        { tier: 2, level: 'DISTRICT', titles: ['SMART_WORKSHOP'], amountFen: 20_000_000 },
        { tier: 3, level: 'DISTRICT', titles: ['SMART_FACTORY'], amountFen: 50_000_000 },
        { tier: 4, level: 'MUNICIPAL', titles: ['SMART_FACTORY'], amountFen: 100_000_000 },
        { tier: 5, level: 'NATIONAL', titles: ['NATIONAL_BENCHMARK_FACTORY'], amountFen: 200_000_000 },
        { tier: 6, level: 'GLOBAL', titles: ['LIGHTHOUSE_FACTORY'], amountFen: 500_000_000 },
      ],
      citation: {
        issuingBody: '上海市青浦区经济委员会',
        title: '青浦区推进企业智能化改造和智能工厂建设实施细则（试行）',
        documentNumber: null,
        publishedOn: '2022-03-02',
        clauses: { banYears: '第七条', tiers: '第五条（二）' },
      },
    });
    expect(versions[1]).toMatchObject({ id: 'DEMO-2023-2028', demo: true, effectiveFrom: '2023-01-01' });
  });
});

describe('R9, R9.1: notices name the version in force on their publication date', () => {
  it('a notice published on 2026-11-30 names the demo continuation in force that day', async () => {
    const body = await call(drafter, NOTICE, noticeInput({ planYear: 2026 }));
    expect(body.data?.['publishApplicationNotice']).toMatchObject({ policyVersionId: 'DEMO-2023-2028' });
  });

  it('R9.1: a notice may not name a version that is not in force on its publication date', async () => {
    const body = await call(drafter, NOTICE, noticeInput({ policyVersionId: 'QP-2041' }));
    expect(refusal(body)).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R9.1' });
  });

  it('R9: on a day no version covers (2029-03-01), a notice is refused naming the date, and health says so', async () => {
    clock.set(new Date('2029-03-01T02:00:00Z'));
    const before = await tableSnapshot(api.table);
    const body = await call(drafter, NOTICE, noticeInput());
    expect(refusal(body)).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R9' });
    expect(body.errors?.[0]?.message).toContain('2029-03-01');
    expect(await tableSnapshot(api.table)).toBe(before);
    const health = await api.query('{ health { today policyVersionInForce } }');
    expect(health.body.data?.['health']).toEqual({ today: '2029-03-01', policyVersionInForce: null });
  });

  it('once 2041 is reached, the published QP-2041 is in force', async () => {
    clock.set(new Date('2041-02-01T02:00:00Z'));
    const health = await api.query('{ health { today policyVersionInForce } }');
    expect(health.body.data?.['health']).toEqual({ today: '2041-02-01', policyVersionInForce: 'QP-2041' });
    const body = await call(drafter, NOTICE, noticeInput({ policyVersionId: 'QP-2041' }));
    expect(body.data?.['publishApplicationNotice']).toMatchObject({ policyVersionId: 'QP-2041' });
  });
});
