import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import { cstDate } from '#domain/time/cst';
import { ManualClock } from '#domain/waitable-clock';
import type { CellFigures } from '#domain/statistics/series';
import { COUNTED_KINDS, measuresOf } from '#domain/statistics/tally';
import type { Counted } from '#use-cases/statistics/count-event';
import { countEvent } from '#use-cases/statistics/count-event';
import { backfillStatistics, STATISTICS_MIGRATION_KEY } from '../../scripts/statistics-backfill.ts';
import { demoCreditCode } from '../../local/demo-data.ts';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { closedAfter, DRAFT, ProgrammeDriver, PROVIDER_INPUT, SUBMIT } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';

/**
 * Issue 17, programme statistics end to end against DynamoDB Local: the server counts the events its
 * publisher reads from the table's stream (as the statistics Lambda does in AWS), while this test delivers
 * every event a second time. A realistic run — two applications in Zhujiajiao (one approved, paid, found
 * fraudulent and partly recovered; one refused at review), one accepted in Jinze, an automatic award in
 * Jinze, one application submitted at 23:30 CST on 31 December and one at 00:30 CST on 1 January — and
 * the figures are worked out from the policy, not read from the code: counts and sums of the amounts the
 * run used, in the fiscal year R2.2 gives them. Then the counters are rebuilt from the audit records by
 * the backfill and must come out the same.
 */

const YEAR = 2026;
const PROVIDER = 'PRV-91330100716105852F';
const clock = new ManualClock(new Date('2026-09-28T01:00:00Z')); // Monday 09:00 CST
const token: Record<string, string | undefined> = {};
let api: TestApi;
let driver: ProgrammeDriver;
const secondDeliveries: { kind: string; counts: boolean; outcome: Counted }[] = [];
const consumerErrors: unknown[] = [];

const ACCOUNT = { bankName: '中国银行上海青浦支行', accountNumber: '6216600000007788' };
const UNITS = {
  a: { creditCode: '913101180DM95UY1CJ', name: '上海统计甲智能制造有限公司', town: 'ZHUJIAJIAO' },
  b: { creditCode: '91310118QT56L02F4T', name: '上海统计乙智能制造有限公司', town: 'ZHUJIAJIAO' },
  c: { creditCode: '91310118CGG2RWLDKB', name: '上海统计丙智能制造有限公司', town: 'JINZE' },
  d: { creditCode: '91310118JKR1X7KE0J', name: '上海统计丁智能制造有限公司', town: 'ZHUJIAJIAO' },
  e: { creditCode: demoCreditCode(840_001), name: '上海统计戊智能制造有限公司', town: 'JINZE' },
  f: { creditCode: demoCreditCode(840_002), name: '上海统计己智能科技有限公司', town: 'JINZE' },
} as const;

/** R5.1b: what each enterprise asks for, and what the commission proposes for A. */
const REQUESTED = 9_000_000;
const PROPOSED_A = 8_000_000;
/** R5.2: a municipal smart factory is tier 4, 1,000,000 yuan; F had no award before (R5.3). */
const TIER_4 = 100_000_000;
const RECOVERED = 3_000_000;

const STATISTICS = `query($fiscalYear: Int!, $by: StatisticsDimension!, $town: String) {
  programmeStatistics(fiscalYear: $fiscalYear, by: $by, town: $town) {
    fiscalYear by town
    measures { measure label }
    series { key label points { measure label count amountFen } }
    totals { measure count amountFen }
  }
}`;

interface Point {
  measure: string;
  count: number;
  amountFen: number;
}
interface Statistics {
  fiscalYear: number;
  by: string;
  town: string | null;
  measures: { measure: string; label: string }[];
  series: { key: string; label: string; points: Point[] }[];
  totals: Point[];
}

async function statistics(as: string, fiscalYear: number, by: string, town?: string): Promise<Statistics> {
  await api.events?.caughtUp();
  return driver.ok<Statistics>(as, STATISTICS, { fiscalYear, by, ...(town === undefined ? {} : { town }) });
}

/** A series' (or the totals') figures as `{ APPLIED: [count, fen], … }`, measures with nothing left out. */
const figures = (points: readonly Point[] | undefined): Record<string, [number, number]> =>
  Object.fromEntries(
    (points ?? [])
      .filter((point) => point.count !== 0 || point.amountFen !== 0)
      .map((point) => [point.measure, [point.count, point.amountFen]]),
  );
const seriesOf = (result: Statistics, key: string) =>
  figures(result.series.find((series) => series.key === key)?.points);

async function reach(
  projectId: string,
  stage: string,
): Promise<{ version: number; publicity: { endsAt: string } | null }> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const project = await driver.ok<{ stage: string; version: number; publicity: { endsAt: string } | null }>(
      'commission',
      'query($id: ID!) { project(id: $id) { stage version publicity { endsAt } } }',
      { id: projectId },
    );
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}: ${JSON.stringify(api.loggedErrors)}`);
}

const applicationVersion = async (id: string): Promise<number> =>
  (await driver.ok<{ version: number }>('commission', `{ application(id: "${id}") { version } }`)).version;

/** A report of `key`'s enterprise, confirmed, and a draft under `notice`: ready to submit. */
async function draft(key: keyof typeof UNITS, notice: string, report: { id: string; version: number }) {
  await driver.confirm(key, report);
  return driver.ok<{ id: string; version: number }>(key, DRAFT, {
    input: {
      noticeId: notice,
      reportId: report.id,
      requestedAmountFen: REQUESTED,
      investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
    },
  });
}

const cellsOf = async (): Promise<Record<number, CellFigures[]>> => {
  const reader = new DynamoStatistics(createDocumentClient(api.table.client), api.table.tableName);
  const sorted = (cells: CellFigures[]) =>
    cells.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { 2026: sorted(await reader.cells(2026, null)), 2027: sorted(await reader.cells(2027, null)) };
};

beforeAll(async () => {
  api = await startTestApi('development', clock, { events: true });
  // At-least-once delivery, made certain: after the server's own consumer, every event comes again.
  const documents = createDocumentClient(api.table.client);
  const store = new DynamoStatistics(documents, api.table.tableName);
  api.events?.subscribe(async (event) => {
    try {
      const outcome = await countEvent(event, { counters: store, facts: store });
      secondDeliveries.push({ kind: event.kind, counts: measuresOf(event) !== undefined, outcome });
    } catch (error) {
      consumerErrors.push(error);
    }
  });

  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['jinze'] = await api.token({ userId: 'officer-jz', role: 'TOWN_OFFICER', town: 'JINZE' });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['promotion'] = await api.token({ userId: 'po-1', role: 'PROMOTION_OFFICE' });
  token['finance'] = await api.token({ userId: 'fin-1', role: 'FINANCE' });
  token['finance2'] = await api.token({ userId: 'fin-2', role: 'FINANCE' });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  for (const [key, unit] of Object.entries(UNITS)) {
    token[key] = await api.token({
      userId: `enterprise-${key}`,
      role: 'ENTERPRISE',
      creditCode: unit.creditCode,
    });
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput({
          creditCode: unit.creditCode,
          name: unit.name,
          town: unit.town,
          bankAccount: { ...ACCOUNT, accountName: unit.name },
        }),
      },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    { input: { creditCode: '91330100716105852F', name: '杭州智能制造诊断服务有限公司', ...PROVIDER_INPUT } },
  );
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    { input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] } },
  );
  await driver.plan([UNITS.a, UNITS.b, UNITS.c, UNITS.d, UNITS.e].map((unit) => unit.creditCode));
  await driver.ok('finance', 'mutation($input: SetBudgetInput!) { setBudget(input: $input) { amountFen } }', {
    input: { fiscalYear: YEAR, amountFen: 500_000_000 * 100 },
  });
}, 180_000);
afterAll(async () => api.close());

describe('programme statistics kept from the events (issue 17)', () => {
  it('walks a year: applications, a refusal, an approval paid and recovered, an automatic award, the year’s end', async () => {
    // R6.2.2, R6.3: A is accepted by its town, reviewed, proposed at less than it asked (R5.1b).
    const applicationA = await driver.implementationApplication(UNITS.a.creditCode, 'a');
    // R6.3.1: B, accepted by its town, is refused at the preliminary review.
    const applicationB = await driver.implementationApplication(UNITS.b.creditCode, 'b', false);
    await driver.ok(
      'commission',
      'mutation($input: RefuseApplicationInput!) { refuseApplication(input: $input) { status } }',
      {
        input: {
          applicationId: applicationB,
          version: await applicationVersion(applicationB),
          reasons: '不符合申报条件。',
        },
      },
    );
    // C, in Jinze, is accepted by its own town and goes no further this year.
    const reportC = await driver.diagnose(UNITS.c.creditCode);
    const noticeC = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
    const draftC = await draft('c', noticeC, reportC);
    const submittedC = await driver.ok<{ id: string; version: number }>('c', SUBMIT, {
      input: { id: draftC.id, version: draftC.version },
    });
    await driver.ok(
      'jinze',
      'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
      { input: { id: submittedC.id, version: submittedC.version } },
    );
    // D's and E's reports are done now; they apply at the year's end.
    const reportD = await driver.diagnose(UNITS.d.creditCode);
    const reportE = await driver.diagnose(UNITS.e.creditCode);

    // R6.4, R6.5: A through publicity to approval.
    const projectA = (await driver.propose(applicationA, PROPOSED_A)).id;
    const publicity = await reach(projectA, 'IN_PUBLICITY');
    clock.set(closedAfter(publicity.publicity?.endsAt));
    const deliberation = await reach(projectA, 'DELIBERATION');
    await driver.ok(
      'promotion',
      'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage } }',
      {
        input: { projectId: projectA, version: deliberation.version, approved: true, reason: '同意支持。' },
      },
    );
    await reach(projectA, 'AWAITING_DOCUMENT');

    // R6.7b: F comes down the automatic path from an imported municipal list (tier 4, R5.2).
    const imported = await driver.importList(
      [
        '企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号',
        `${UNITS.f.name},${UNITS.f.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-05-01,EV-S-F`,
      ].join('\n'),
      'statistics.csv',
    );
    expect(imported.counts['created']).toBe(1);
    const [certification] = await driver.ok<{ outcome: { projectId: string } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { outcome { projectId } } }',
      { code: UNITS.f.creditCode },
    );
    const projectF = certification?.outcome.projectId ?? '';
    await reach(projectF, 'AWAITING_DOCUMENT');

    // R6.6: one document for both (it approves and commits F, R2.2), a batch, and the bank pays A.
    const document = await driver.ok<{ id: string; version: number }>(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
      { input: { projectIds: [projectA, projectF] } },
    );
    const issued = await driver.ok<{ payments: { id: string; projectId: string }[] }>(
      'finance',
      `mutation($id: ID!, $version: Int!) { countersignDisbursementDocument(id: $id, version: $version) {
        payments { id projectId } } }`,
      { id: document.id, version: document.version },
    );
    const paymentA = issued.payments.find((payment) => payment.projectId === projectA)?.id;
    const batch = await driver.ok<{ id: string; version: number }>(
      'finance',
      'mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id version } }',
      { input: { idempotencyKey: 'statistics-batch' } },
    );
    await driver.ok(
      'finance2',
      'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
      { id: batch.id, version: batch.version },
    );
    const today = cstDate(clock.now());
    await driver.ok(
      'finance',
      'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { status } }',
      {
        input: {
          idempotencyKey: 'statistics-paid',
          paymentId: paymentA,
          result: { paid: true, bankReference: 'BOC-7788', paidOn: today },
        },
      },
    );
    // R7.1, R7.1.1: a finding on A after it was paid; part of the receivable comes back.
    const finding = await driver.ok<{ id: string }>(
      'commission',
      'mutation($input: RecordFraudFindingInput!) { recordFraudFinding(input: $input) { id } }',
      {
        input: {
          projectId: projectA,
          evidence: '虚报智能化改造实施投入金额。',
          decidedOn: today,
          serious: false,
          principalName: '孙负责',
        },
      },
    );
    await driver.ok(
      'finance',
      'mutation($input: RecordRecoveryInput!) { recordRecovery(input: $input) { id } }',
      { input: { findingId: finding.id, amountFen: RECOVERED, recoveredOn: today } },
    );

    // R2.2, R6.4.1: D submits at 23:30 CST on 31 December 2026, E at 00:30 CST on 1 January 2027.
    clock.set(new Date('2026-12-31T15:00:00Z'));
    const yearEnd = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
    const draftD = await draft('d', yearEnd, reportD);
    const draftE = await draft('e', yearEnd, reportE);
    clock.set(new Date('2026-12-31T15:30:00Z'));
    await driver.ok('d', SUBMIT, { input: { id: draftD.id, version: draftD.version } });
    clock.set(new Date('2026-12-31T16:30:00Z'));
    await driver.ok('e', SUBMIT, { input: { id: draftE.id, version: draftE.version } });
    await api.events?.caughtUp();
  }, 300_000);

  it('counts by town what the policy says: Zhujiajiao’s two applications, Jinze’s and its automatic award', async () => {
    const byTown = await statistics('commission', 2026, 'TOWN');
    expect(byTown.measures.map((measure) => measure.measure)).toEqual([
      'APPLIED',
      'ACCEPTED',
      'APPROVED',
      'REFUSED',
      'PAID',
      'RECOVERED',
    ]);
    expect(byTown.series.find((series) => series.key === 'ZHUJIAJIAO')?.label).toBe('朱家角镇');
    // A, B and D applied at what they asked; A and B accepted by the town; A approved at what was
    // proposed and paid that; B refused at what it asked; part of A recovered.
    expect(seriesOf(byTown, 'ZHUJIAJIAO')).toEqual({
      APPLIED: [3, 3 * REQUESTED],
      ACCEPTED: [2, 2 * REQUESTED],
      APPROVED: [1, PROPOSED_A],
      REFUSED: [1, REQUESTED],
      PAID: [1, PROPOSED_A],
      RECOVERED: [1, RECOVERED],
    });
    // C applied and was accepted; F's automatic award was approved by its document (R6.7b) and not yet paid.
    expect(seriesOf(byTown, 'JINZE')).toEqual({
      APPLIED: [1, REQUESTED],
      ACCEPTED: [1, REQUESTED],
      APPROVED: [1, TIER_4],
    });
    expect(seriesOf(byTown, 'XIAYANG')).toEqual({});
    expect(byTown.series).toHaveLength(11); // every local unit of the reference list
    expect(figures(byTown.totals)).toEqual({
      APPLIED: [4, 4 * REQUESTED],
      ACCEPTED: [3, 3 * REQUESTED],
      APPROVED: [2, PROPOSED_A + TIER_4],
      REFUSED: [1, REQUESTED],
      PAID: [1, PROPOSED_A],
      RECOVERED: [1, RECOVERED],
    });
  });

  it('R2.2: approved, paid and recovered match what the year’s budget committed, disbursed and recovered', async () => {
    const totals = figures((await statistics('commission', 2026, 'PROGRAMME')).totals);
    const budget = await driver.ok<{ committedFen: number; disbursedFen: number; recoveredFen: number }>(
      'commission',
      `{ budget(fiscalYear: ${YEAR}) { committedFen disbursedFen recoveredFen } }`,
    );
    expect({
      committed: totals['APPROVED']?.[1],
      disbursed: totals['PAID']?.[1],
      recovered: totals['RECOVERED']?.[1],
    }).toEqual({
      committed: budget.committedFen,
      disbursed: budget.disbursedFen,
      recovered: budget.recoveredFen,
    });
  });

  it('by tier and programme: the automatic award in tier 4, the implementation rewards without a tier', async () => {
    const byTier = await statistics('commission', 2026, 'TIER');
    expect(byTier.series.map((series) => [series.key, series.label])).toEqual([
      ['4', '第4档'],
      ['NONE', '无台阶'],
    ]);
    expect(seriesOf(byTier, '4')).toEqual({ APPROVED: [1, TIER_4] });
    const byProgramme = await statistics('commission', 2026, 'PROGRAMME');
    expect(seriesOf(byProgramme, 'AUTOMATIC')).toEqual({ APPROVED: [1, TIER_4] });
    expect(seriesOf(byProgramme, 'IMPLEMENTATION_REWARD')).toMatchObject({ APPLIED: [4, 4 * REQUESTED] });
    expect(seriesOf(byProgramme, 'DIAGNOSIS_REWARD')).toEqual({});
  });

  it('R2.2, R6.4.1: the fiscal year and month are the CST date’s — 23:30 on 31 December in 2026, 00:30 on 1 January in 2027', async () => {
    const months2026 = await statistics('commission', 2026, 'MONTH');
    expect(months2026.series.map((series) => series.key)).toEqual(
      Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
    );
    expect(seriesOf(months2026, '2026-12')).toEqual({ APPLIED: [1, REQUESTED] });
    expect(seriesOf(months2026, '2026-09')).toMatchObject({ APPLIED: [3, 3 * REQUESTED] });
    const year2027 = await statistics('commission', 2027, 'MONTH');
    expect(seriesOf(year2027, '2027-01')).toEqual({ APPLIED: [1, REQUESTED] });
    expect(figures(year2027.totals)).toEqual({ APPLIED: [1, REQUESTED] });
  });

  it('a town officer sees only their own town; another town is NOT_FOUND, as every row outside their scope', async () => {
    const own = await statistics('zhujiajiao', 2026, 'TOWN');
    expect(own.town).toBe('ZHUJIAJIAO');
    expect(own.series.map((series) => series.key)).toEqual(['ZHUJIAJIAO']);
    const commissionView = await statistics('commission', 2026, 'TOWN', 'ZHUJIAJIAO');
    expect(own.totals).toEqual(commissionView.totals);
    expect(figures(own.totals)['APPROVED']).toEqual([1, PROPOSED_A]);
    const byProgramme = await statistics('zhujiajiao', 2026, 'PROGRAMME');
    expect(seriesOf(byProgramme, 'AUTOMATIC')).toEqual({}); // Jinze's automatic award is not theirs
    expect(
      await driver.refusal('zhujiajiao', STATISTICS, { fiscalYear: 2026, by: 'TOWN', town: 'JINZE' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await driver.refusal('commission', STATISTICS, { fiscalYear: 2026, by: 'TOWN', town: 'NOWHERE' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('every event delivered twice counted once', () => {
    expect(consumerErrors).toEqual([]);
    expect(api.loggedErrors).toEqual([]);
    const counting = secondDeliveries.filter((delivery) => delivery.counts);
    expect(counting).toHaveLength(13); // A 5, B 3, C 2, D 1, E 1, F 1
    // The statistics Lambda's EventBridge rule takes these kinds only: every counted event is among them.
    expect(
      counting.filter((delivery) => !(COUNTED_KINDS as readonly string[]).includes(delivery.kind)),
    ).toEqual([]);
    expect(counting.filter((delivery) => delivery.outcome !== 'duplicate')).toEqual([]);
    expect(
      secondDeliveries.filter((delivery) => !delivery.counts).every((d) => d.outcome === 'ignored'),
    ).toBe(true);
  });

  it('the backfill from the audit records rebuilds the same counters, and a second run changes nothing', async () => {
    await api.events?.caughtUp();
    const live = await cellsOf();
    // Forget the counters and their markers, as on a table that predates them.
    const documents = createDocumentClient(api.table.client);
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new ScanCommand({
          TableName: api.table.tableName,
          FilterExpression: 'begins_with(pk, :stats) OR pk = :marker',
          ExpressionAttributeValues: { ':stats': 'STATS', ':marker': STATISTICS_MIGRATION_KEY.pk },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? [])
        await documents.send(
          new DeleteCommand({
            TableName: api.table.tableName,
            Key: { pk: String(item['pk']), sk: String(item['sk']) },
          }),
        );
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    expect(await cellsOf()).toEqual({ 2026: [], 2027: [] });

    const rebuilt = await backfillStatistics(documents, api.table.tableName);
    expect(rebuilt.failed).toBe(0);
    expect(rebuilt.duplicates).toBe(0);
    expect(rebuilt.counted).toBe(secondDeliveries.filter((delivery) => delivery.counts).length);
    expect(await cellsOf()).toEqual(live);

    const again = await backfillStatistics(documents, api.table.tableName);
    expect(again).toMatchObject({ counted: 0, duplicates: rebuilt.counted, failed: 0 });
    expect(await cellsOf()).toEqual(live);
  });
});
