import { readdirSync, readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, parse, print, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChooseNotificationChannelsDocument,
  EnterpriseHistoryDocument,
  FileObjectionDocument,
  FinanceBatchPageDocument,
  FinanceBatchPullDocument,
  ImportReportDocument,
  NotificationInboxDocument,
  ProjectObjectionsDocument,
  ProgrammeStatisticsDocument,
  PublicityPageDocument,
  ScreenObjectionDocument,
  SettleObjectionDocument,
  TownDashboardDocument,
} from '../../client/generated/graphql.ts';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver, SUBMIT } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { backfillStatistics } from '../../scripts/statistics-backfill.ts';

/**
 * The operations of `schema/examples/` are valid against the schema, and each runs against the local server
 * with its role's token, through the typed documents the client generator makes of them — answering data,
 * not errors.
 */

const examplesDir = new URL('../../schema/examples/', import.meta.url);
const schemaDir = new URL('../../schema/', import.meta.url);
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => readFileSync(new URL(name, schemaDir), 'utf8'))
    .join('\n'),
);

const FIRST = { creditCode: '913101180DM95UY1CJ', name: '上海青禾精密机械有限公司' };
const SECOND = { creditCode: '91310118QT56L02F4T', name: '上海淀湖智能装备有限公司' };
const INELIGIBLE = { creditCode: '91310118CGG2RWLDKB', name: '上海朱家角新材料科技有限公司' };
const YEAR = 2026;
let api: TestApi;
let driver: ProgrammeDriver;
const tokens: Record<string, string | undefined> = {};
const fixture = { projectId: '', importId: '', batchId: '' };

async function run<R, V extends Record<string, unknown>>(
  as: string | undefined,
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<R> {
  const { body } = await api.query(print(document), {
    token: as === undefined ? undefined : tokens[as],
    variables,
  });
  expect(body.errors).toBeUndefined();
  return body.data as R;
}

async function version(applicationId: string): Promise<number> {
  return (
    await driver.ok<{ version: number }>('commission', `{ application(id: "${applicationId}") { version } }`)
  ).version;
}

beforeAll(async () => {
  api = await startTestApi('development');
  tokens['commission'] = await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' });
  tokens['finance'] = await api.token({ userId: 'fin-1', role: 'FINANCE' });
  tokens['town'] = await api.token({ userId: 'town-1', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  tokens['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  tokens['first'] = await api.token({ userId: 'ent-1', role: 'ENTERPRISE', creditCode: FIRST.creditCode });
  driver = new ProgrammeDriver(api, YEAR, 'PRV-none', tokens);
  for (const [enterprise, overrides] of [
    [FIRST, {}],
    [
      SECOND,
      { bankAccount: { bankName: '中国银行', accountName: SECOND.name, accountNumber: '6216600000001' } },
    ],
    [INELIGIBLE, { taxInQingpu: false }],
  ] as const) {
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput({ ...enterprise, ...overrides }),
      },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    {
      input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
    },
  );
  await driver.ok(
    'commission',
    `mutation { setBudget(input: { fiscalYear: ${YEAR}, amountFen: 1000000000 }) { amountFen } }`,
  );

  // A district workshop (R6.7a) through review into publicity.
  const notice = await driver.notice('DISTRICT_BENCHMARK', 0, []);
  const draft = await driver.ok<{ id: string; version: number }>(
    'first',
    'mutation($input: DraftApplicationInput!) { draftApplication(input: $input) { id version } }',
    { input: { noticeId: notice, title: 'SMART_WORKSHOP' } },
  );
  const applicationId = draft.id;
  await driver.ok('first', SUBMIT, { input: { id: applicationId, version: draft.version } });
  const steps: [string, string, Record<string, unknown>][] = [
    ['town', 'acceptApplication(input: { id: $id, version: $version }) { status }', {}],
    [
      'commission',
      'preliminaryReview(input: { applicationId: $id, version: $version, passed: true, reasons: "材料齐全。" }) { version }',
      {},
    ],
    [
      'commission',
      'assignExpert(input: { applicationId: $id, version: $version, expertId: "expert-1" }) { version }',
      {},
    ],
    [
      'expert',
      'recordExpertReview(input: { applicationId: $id, version: $version, score: 90, opinion: "达到要求。" }) { version }',
      {},
    ],
  ];
  for (const [as, field] of steps) {
    await driver.ok(as, `mutation($id: ID!, $version: Int!) { ${field} }`, {
      id: applicationId,
      version: await version(applicationId),
    });
  }
  // R5.5: a title's amount is its R5.3 difference, never typed in; R3.1.1: a DRC joint reviewer signs off.
  fixture.projectId = (await driver.propose(applicationId)).id;
  await driver.waitForStage(fixture.projectId, 'IN_PUBLICITY');

  // A municipal list, its award's document and a payment batch.
  const imported = await driver.importList(
    `企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号\n${SECOND.name},${SECOND.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-05-01,EX-1\n`,
    'municipal.csv',
  );
  fixture.importId = imported.id;
  const [certification] = await driver.ok<{ outcome: { projectId: string } }[]>(
    'commission',
    `{ certifications(creditCode: "${SECOND.creditCode}") { outcome { projectId } } }`,
  );
  const awardProject = certification?.outcome.projectId ?? '';
  await driver.waitForStage(awardProject, 'AWAITING_DOCUMENT');
  const document = await driver.ok<{ id: string; version: number }>(
    'commission',
    'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
    { input: { projectIds: [awardProject] } },
  );
  await driver.ok(
    'finance',
    `mutation { countersignDisbursementDocument(id: "${document.id}", version: ${document.version}) { id } }`,
  );
  fixture.batchId = (
    await driver.ok<{ id: string }>(
      'finance',
      'mutation { createPaymentBatch(input: { idempotencyKey: "examples-batch-1" }) { id } }',
    )
  ).id;
}, 120_000);
afterAll(async () => api.close());

describe('schema/examples: the operations front ends start from', () => {
  it('every example is valid against the schema', () => {
    const files = readdirSync(examplesDir).filter((name) => name.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const name of files) {
      const errors = validate(schema, parse(readFileSync(new URL(name, examplesDir), 'utf8')));
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
    }
  });

  it('a town dashboard (town officer): its ineligible enterprises with reasons, its projects in publicity', async () => {
    const data = await run('town', TownDashboardDocument, {});
    expect(data.enterprises.edges.map((edge) => edge.node.creditCode)).toEqual([INELIGIBLE.creditCode]);
    expect(data.enterprises.edges[0]?.node.eligibility.reasons[0]?.rule).toBe('R4.1');
    expect(data.projects.edges.map((edge) => edge.node.id)).toEqual([fixture.projectId]);
  });

  it('an enterprise’s history (the enterprise itself)', async () => {
    const data = await run('first', EnterpriseHistoryDocument, {
      creditCode: FIRST.creditCode,
      code: FIRST.creditCode,
    });
    expect(data.enterprise.name).toBe(FIRST.name);
    expect(data.applications.edges.map((edge) => edge.node.benchmarkTitle)).toEqual(['SMART_WORKSHOP']);
    expect(data.benchmarkStanding.highestTier).toBe(0);
  });

  it('an enterprise chooses its notification channels and reads its inbox (issue 17)', async () => {
    const chosen = await run('first', ChooseNotificationChannelsDocument, {
      input: { channels: ['INBOX', 'SMS'], mutedKinds: ['application.accepted'] },
    });
    // Its only contact has a landline: no mobile for SMS.
    expect(chosen.setNotificationPreferences.unreachableChannels).toEqual(['SMS']);
    const inbox = await run('first', NotificationInboxDocument, {});
    expect(inbox.notificationPreferences).toMatchObject({
      channels: ['INBOX', 'SMS'],
      mutedKinds: ['application.accepted'],
    });
    expect(inbox.notificationPreferences.kinds).toContain('payment.paid');
    // This server publishes no events (the notifications tests start one that does): nothing yet.
    expect(inbox.notifications.edges).toEqual([]);
  });

  it('the publicity page and an objection (anonymous)', async () => {
    const page = await run(undefined, PublicityPageDocument, {});
    expect(page.publicity.edges.map((edge) => edge.node.projectId)).toEqual([fixture.projectId]);
    const filed = await run(undefined, FileObjectionDocument, {
      input: {
        projectId: fixture.projectId,
        objectorName: '张三',
        objectorContact: '13800000000',
        reason: '该企业车间尚未投产，申报材料与实际不符。',
      },
    });
    expect(filed.fileObjection.received).toBe(true);
  });

  it('screening and settling an objection (commission, R6.4.3)', async () => {
    const received = await run('commission', ProjectObjectionsDocument, {
      projectId: fixture.projectId,
      status: 'RECEIVED',
    });
    const [objection] = received.objections.edges.map((edge) => edge.node);
    expect(objection).toMatchObject({ objectorName: '张三', status: 'RECEIVED', screening: null });
    const screened = await run('commission', ScreenObjectionDocument, {
      input: {
        objectionId: objection?.id ?? '',
        version: objection?.version ?? 0,
        admissible: true,
        reason: '实名，联系方式经电话核实。',
      },
    });
    expect(screened.screenObjection).toMatchObject({
      status: 'UNDER_INVESTIGATION',
      screening: { admissible: true },
    });
    const settled = await run('commission', SettleObjectionDocument, {
      input: {
        objectionId: objection?.id ?? '',
        version: screened.screenObjection.version,
        outcome: 'DISMISSED',
        finding: '经现场核查，车间已于申报前投产。',
      },
    });
    expect(settled.settleObjection).toMatchObject({
      status: 'DISMISSED',
      disposition: { outcome: 'DISMISSED' },
    });
    const dismissed = await run('commission', ProjectObjectionsDocument, {
      projectId: fixture.projectId,
      status: 'DISMISSED',
    });
    expect(dismissed.objections.edges.map((edge) => edge.node.id)).toEqual([objection?.id]);
  });

  it('the import report (commission)', async () => {
    const data = await run('commission', ImportReportDocument, { id: fixture.importId, outcome: 'CREATED' });
    expect(data.certificationImport.counts.created).toBe(1);
    expect(data.certificationImport.lines.edges.map((edge) => edge.node.line)).toEqual([2]);
    // Issue 18: the outcome and the reason in Chinese, the English beside them (R5.3: tier 4, nothing before).
    expect(data.certificationImport.lines.edges[0]?.node).toMatchObject({
      outcome: 'CREATED',
      outcomeLabel: '已创建',
      reasonZh: '第四档：1,000,000.00 元，减去已获 0.00 元（R5.3）',
      reason: 'tier 4: 1000000 yuan less 0 yuan already awarded (R5.3)',
    });
  });

  it('programme statistics (commission by tier; a town officer by month, their town only)', async () => {
    // This server publishes no events: the counters are brought up to date as the backfill does it.
    await backfillStatistics(createDocumentClient(api.table.client), api.table.tableName);
    const byTier = await run('commission', ProgrammeStatisticsDocument, { fiscalYear: YEAR, by: 'TIER' });
    const tier = (key: string, measure: string) =>
      byTier.programmeStatistics.series
        .find((series) => series.key === key)
        ?.points.find((point) => point.measure === measure);
    // R5.2: the workshop applied for is tier 2 (200,000 yuan); the municipal smart factory tier 4, approved
    // by its disbursement document (R6.7b).
    expect(tier('2', 'APPLIED')).toEqual({ measure: 'APPLIED', count: 1, amountFen: 20_000_000 });
    expect(tier('4', 'APPROVED')).toEqual({ measure: 'APPROVED', count: 1, amountFen: 100_000_000 });
    const byMonth = await run('town', ProgrammeStatisticsDocument, { fiscalYear: YEAR, by: 'MONTH' });
    expect(byMonth.programmeStatistics.town).toBe('ZHUJIAJIAO');
    expect(byMonth.programmeStatistics.series).toHaveLength(12);
    expect(byMonth.programmeStatistics.totals.map((point) => point.label)).toEqual([
      '申报',
      '受理',
      '批准',
      '未通过',
      '拨付',
      '追回',
    ]);
  });

  it('the finance batch pull (finance)', async () => {
    const data = await run('finance', FinanceBatchPullDocument, { id: fixture.batchId });
    expect(data.paymentBatch.paymentCount).toBe(1);
    expect(data.paymentBatch.payments.edges[0]?.node.account?.accountNumber).toBe('6216600000001');
    expect(data.paymentBatch.exportUrl).toMatch(/^http/);
    // The next page (issue 19, B5): the payments alone; past the last payment an empty page, not an error.
    const after = data.paymentBatch.payments.pageInfo.endCursor;
    if (after === null) throw new Error('the first page has no cursor');
    const next = await run('finance', FinanceBatchPageDocument, { id: fixture.batchId, after });
    expect(next.paymentBatch).toEqual({
      id: fixture.batchId,
      payments: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });
});
