import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstDate } from '#domain/time/cst';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';
import { demoCreditCode } from '../../local/demo-data.ts';

/**
 * Events that cross records, over HTTP (issue 15, cases 1 and 3): a fraud finding at every stage of an
 * award (R7.1.1), a cancelled payment voiding its award (R5.3.1), and a serious finding's ban and holds
 * (R7.2.1). Every award here comes down the automatic path from an imported municipal list (tier 4,
 * 1,000,000 yuan, R5.2).
 */

const YUAN = 100;
const TIER_4 = 1_000_000 * YUAN;
const TIER_5 = 2_000_000 * YUAN;
const YEAR = Number(cstDate(new Date()).slice(0, 4));
const TODAY = cstDate(new Date());
const KEYS = [
  'withheld',
  'other',
  'ready',
  'openBatch',
  'atBankPaid',
  'atBankRefused',
  'cancelled',
  'banned',
] as const;
type Key = (typeof KEYS)[number];
const UNITS = Object.fromEntries(
  KEYS.map((key, index) => [
    key,
    { creditCode: demoCreditCode(810_001 + index), name: `上海事件测试${index + 1}号智能科技有限公司` },
  ]),
) as Record<Key, { creditCode: string; name: string }>;
const HEADER = '企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号';
const MUNICIPAL = '市级智能工厂,上海市经济和信息化委员会';
const NATIONAL = '国家级标杆工厂,工业和信息化部';

const FINDING = `id projectId principalName paidFen recoveredFen banUntil cancelledPaymentIds atBankPaymentId completed`;
const RECORD_FINDING = `mutation($input: RecordFraudFindingInput!) { recordFraudFinding(input: $input) { ${FINDING} } }`;
const PAYMENT = 'id projectId status amountFen batchId holdReason cancelReason fraudFindingId version';
const RESULT = `mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { ${PAYMENT} } }`;
const CREATE_BATCH = `mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id status paymentCount totalFen version } }`;
const SUBMIT_BATCH = `mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }`;

interface Finding {
  id: string;
  projectId: string;
  principalName: string;
  paidFen: number;
  recoveredFen: number;
  banUntil: string | null;
  cancelledPaymentIds: string[];
  atBankPaymentId: string | null;
  completed: boolean;
}
interface PaymentView {
  id: string;
  projectId: string;
  status: string;
  amountFen: number;
  batchId: string | null;
  holdReason: string | null;
  cancelReason: string | null;
  fraudFindingId: string | null;
  version: number;
}

let api: TestApi;
let driver: ProgrammeDriver;
const projects: Partial<Record<Key, string>> = {};
let bannedSecondProject = '';

const findingInput = (projectId: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    projectId,
    evidence: '伪造智能工厂认定材料，经核查属实。',
    decidedOn: TODAY,
    serious: false,
    principalName: '赵主要',
    ...overrides,
  },
});

async function payment(id: string): Promise<PaymentView> {
  const page = await Promise.all(
    ['READY', 'HELD', 'IN_BATCH', 'PAID', 'FAILED', 'CANCELLED'].map((status) =>
      driver.ok<{ edges: { node: PaymentView }[] }>(
        'finance',
        `query($status: PaymentStatus!) { payments(status: $status, first: 100) { edges { node { ${PAYMENT} } } } }`,
        { status },
      ),
    ),
  );
  const found = page.flatMap((p) => p.edges.map((edge) => edge.node)).find((node) => node.id === id);
  if (!found) throw new Error(`payment ${id} not found`);
  return found;
}

async function draft(projectIds: readonly string[]): Promise<{ id: string; version: number }> {
  for (const projectId of projectIds) await driver.waitForStage(projectId, 'AWAITING_DOCUMENT');
  return driver.ok<{ id: string; version: number }>(
    'commission',
    'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
    { input: { projectIds } },
  );
}

async function countersign(document: { id: string; version: number }): Promise<{
  id: string;
  totalFen: number;
  lines: { projectId: string; withheldByFindingId: string | null; withheldReason: string | null }[];
  payments: { id: string; projectId: string }[];
}> {
  return driver.ok(
    'finance',
    `mutation($id: ID!, $version: Int!) { countersignDisbursementDocument(id: $id, version: $version) {
      id totalFen lines { projectId withheldByFindingId withheldReason } payments { id projectId } } }`,
    { id: document.id, version: document.version },
  );
}

async function issue(
  projectIds: readonly string[],
): Promise<{ documentId: string; payments: Record<string, string> }> {
  const issued = await countersign(await draft(projectIds));
  return {
    documentId: issued.id,
    payments: Object.fromEntries(issued.payments.map((p) => [p.projectId, p.id])),
  };
}

const budget = async () =>
  driver.ok<{ committedFen: number; disbursedFen: number; recoveredFen: number }>(
    'finance',
    'query($year: Int!) { budget(fiscalYear: $year) { committedFen disbursedFen recoveredFen } }',
    { year: YEAR },
  );

const reconciliationMismatches = async () =>
  (
    await driver.ok<{ mismatches: string[] }>(
      'commission',
      'query($year: Int!) { reconciliation(fiscalYear: $year) { mismatches } }',
      { year: YEAR },
    )
  ).mismatches;

beforeAll(async () => {
  api = await startTestApi('development');
  driver = new ProgrammeDriver(api, YEAR, 'PRV-none', {
    commission: await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }),
    commission2: await api.token({ userId: 'ec-2', role: 'ECONOMIC_COMMISSION' }),
    finance: await api.token({ userId: 'fin-1', role: 'FINANCE' }),
    finance2: await api.token({ userId: 'fin-2', role: 'FINANCE' }),
    town: await api.token({ userId: 'town-1', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' }),
    promotion: await api.token({ userId: 'po-1', role: 'PROMOTION_OFFICE' }),
  });
  for (const unit of Object.values(UNITS)) {
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput({
          ...unit,
          bankAccount: {
            bankName: '中国银行上海青浦支行',
            accountName: unit.name,
            accountNumber: '6216600000009999',
          },
        }),
      },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: SetBudgetInput!) { setBudget(input: $input) { amountFen } }',
    {
      input: { fiscalYear: YEAR, amountFen: 100_000_000 * YUAN },
    },
  );
  const lines = KEYS.map(
    (key, index) =>
      `${UNITS[key].name},${UNITS[key].creditCode},${MUNICIPAL},2026-05-0${index + 1},EV-M-${key}`,
  );
  lines.push(`${UNITS.banned.name},${UNITS.banned.creditCode},${NATIONAL},2026-06-01,EV-N-banned`);
  const imported = await driver.importList([HEADER, ...lines].join('\n'), 'events.csv');
  if (imported.counts['created'] !== KEYS.length + 1)
    throw new Error(`every line should award: ${JSON.stringify(imported)}`);
  for (const key of KEYS) {
    const certifications = await driver.ok<{ level: string; outcome: { projectId: string } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { level outcome { projectId } } }',
      { code: UNITS[key].creditCode },
    );
    projects[key] = certifications.find((c) => c.level === 'MUNICIPAL')?.outcome.projectId ?? '';
    if (key === 'banned')
      bannedSecondProject = certifications.find((c) => c.level === 'NATIONAL')?.outcome.projectId ?? '';
  }
}, 180_000);
afterAll(async () => api.close());

const project = (key: Key): string => projects[key] ?? '';

describe('R7.1.1: a finding at any stage stops the payment of its project', () => {
  it('R7.1.1: a project with a finding is left out of documents; one drafted before the finding issues no payment for it', async () => {
    const document = await draft([project('withheld'), project('other')]);
    const finding = await driver.ok<Finding>('commission', RECORD_FINDING, findingInput(project('withheld')));
    expect(finding).toMatchObject({ principalName: '赵主要', paidFen: 0, completed: true });
    // The finding ends the project's wait for its document: it waits for nothing, so is never overdue.
    await driver.waitForStage(project('withheld'), 'WITHHELD');
    expect(
      await driver.ok<{ stage: string; waiting: unknown }>(
        'commission',
        'query($id: ID!) { project(id: $id) { stage waiting { stage } } }',
        { id: project('withheld') },
      ),
    ).toEqual({ stage: 'WITHHELD', waiting: null });

    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal(
        'commission',
        'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id } }',
        { input: { projectIds: [project('withheld')] } },
      ),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R7.1.1' });
    expect(await tableSnapshot(api.table)).toBe(before);

    const issued = await countersign(document);
    expect(issued.payments.map((p) => p.projectId)).toEqual([project('other')]);
    expect(issued.totalFen).toBe(TIER_4);
    expect(issued.lines.find((line) => line.projectId === project('withheld'))).toMatchObject({
      withheldByFindingId: finding.id,
    });
    expect((await budget()).committedFen).toBe(TIER_4);
    expect(await reconciliationMismatches()).toEqual([]);
  });

  it('R7.1.1: a payment not yet in a batch is cancelled; one in a batch not yet released is taken out of it', async () => {
    const { documentId, payments } = await issue([project('ready'), project('openBatch')]);
    const committed = (await budget()).committedFen;
    const first = await driver.ok<Finding>('commission', RECORD_FINDING, findingInput(project('ready')));
    expect(first.cancelledPaymentIds).toEqual([payments[project('ready')]]);
    expect(await payment(payments[project('ready')] ?? '')).toMatchObject({ status: 'CANCELLED' });

    const batch = await driver.ok<{ id: string; paymentCount: number }>('finance', CREATE_BATCH, {
      input: { idempotencyKey: 'events-open-batch', documentId },
    });
    expect(batch.paymentCount).toBe(1);
    const second = await driver.ok<Finding>('commission', RECORD_FINDING, findingInput(project('openBatch')));
    expect(second.cancelledPaymentIds).toEqual([payments[project('openBatch')]]);
    expect(await payment(payments[project('openBatch')] ?? '')).toMatchObject({
      status: 'CANCELLED',
      batchId: null,
    });
    const after = await driver.ok<{ status: string; paymentCount: number; totalFen: number }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { status paymentCount totalFen } }',
      { id: batch.id },
    );
    expect(after).toEqual({ status: 'CLOSED', paymentCount: 0, totalFen: 0 });
    expect((await budget()).committedFen).toBe(committed - 2 * TIER_4);
    expect(await reconciliationMismatches()).toEqual([]);
  });

  it('R7.1.1: a finding while the payment is at the bank is recorded at once; paid, it becomes a receivable of exactly what was paid; refused, it is cancelled and never batched again', async () => {
    const { documentId, payments } = await issue([project('atBankPaid'), project('atBankRefused')]);
    const batch = await driver.ok<{ id: string; version: number; paymentCount: number }>(
      'finance',
      CREATE_BATCH,
      {
        input: { idempotencyKey: 'events-bank-batch', documentId },
      },
    );
    expect(batch.paymentCount).toBe(2);
    await driver.ok('finance2', SUBMIT_BATCH, { id: batch.id, version: batch.version });
    const paidId = payments[project('atBankPaid')] ?? '';
    const refusedId = payments[project('atBankRefused')] ?? '';

    const paidFinding = await driver.ok<Finding>(
      'commission',
      RECORD_FINDING,
      findingInput(project('atBankPaid')),
    );
    expect(paidFinding).toMatchObject({ paidFen: 0, atBankPaymentId: paidId, cancelledPaymentIds: [] });
    const refusedFinding = await driver.ok<Finding>(
      'commission',
      RECORD_FINDING,
      findingInput(project('atBankRefused')),
    );
    expect(refusedFinding.atBankPaymentId).toBe(refusedId);

    const paid = await driver.ok<PaymentView>('finance', RESULT, {
      input: {
        idempotencyKey: 'events-paid-1',
        paymentId: paidId,
        result: { paid: true, bankReference: 'BOC-EV-1', paidOn: TODAY },
      },
    });
    expect(paid.status).toBe('PAID');
    const refused = await driver.ok<PaymentView>('finance', RESULT, {
      input: {
        idempotencyKey: 'events-refused-1',
        paymentId: refusedId,
        result: { paid: false, reason: '账户冻结' },
      },
    });
    expect(refused).toMatchObject({ status: 'CANCELLED' });

    const findings = await driver.ok<{ edges: { node: Finding }[] }>(
      'commission',
      `{ fraudFindings(first: 100) { edges { node { ${FINDING} } } } }`,
    );
    const byId = new Map(findings.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(paidFinding.id)).toMatchObject({ paidFen: TIER_4, atBankPaymentId: null });
    expect(byId.get(refusedFinding.id)).toMatchObject({
      paidFen: 0,
      atBankPaymentId: null,
      cancelledPaymentIds: [refusedId],
    });

    // Never batched again.
    expect(
      await driver.refusal('finance', CREATE_BATCH, {
        input: { idempotencyKey: 'events-rebatch', documentId },
      }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.6' });
    // Recovery works against the receivable: exactly what was paid.
    const recovered = await driver.ok<{ recoveredFen: number }>(
      'finance',
      'mutation($input: RecordRecoveryInput!) { recordRecovery(input: $input) { recoveredFen } }',
      { input: { findingId: paidFinding.id, amountFen: TIER_4, recoveredOn: TODAY } },
    );
    expect(recovered.recoveredFen).toBe(TIER_4);
    expect(await reconciliationMismatches()).toEqual([]);
  });

  it('R7.1.1: a second finding on the same project is refused, nothing written', async () => {
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal(
        'commission',
        RECORD_FINDING,
        findingInput(project('atBankPaid'), { serious: true }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('R7.1.1: a finding needs the unit’s principal (主要负责人)', async () => {
    const before = await tableSnapshot(api.table);
    const answer = await driver.call(
      'commission',
      RECORD_FINDING,
      findingInput(project('cancelled'), { principalName: '' }),
    );
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await tableSnapshot(api.table)).toBe(before);
  });
});

describe('R5.3.1: cancelling a payment voids its award', () => {
  it('R5.3.1: after a cancelled 1,000,000-yuan municipal award, a national title pays 2,000,000', async () => {
    const { payments } = await issue([project('cancelled')]);
    const committed = (await budget()).committedFen;
    const id = payments[project('cancelled')] ?? '';
    const current = await payment(id);
    const cancelled = await driver.ok<PaymentView>(
      'commission',
      'mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { id status cancelReason } }',
      { input: { paymentId: id, version: current.version, reason: '认定称号被撤销，奖励作废' } },
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '认定称号被撤销，奖励作废' });
    expect((await budget()).committedFen).toBe(committed - TIER_4);
    const standing = await driver.ok<{ highestTier: number; awards: { status: string }[] }>(
      'commission',
      'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier awards { status } } }',
      { code: UNITS.cancelled.creditCode },
    );
    expect(standing).toEqual({ highestTier: 0, awards: [{ status: 'CANCELLED' }] });

    // Cancelled is final: it cannot be cancelled again.
    const before = await tableSnapshot(api.table);
    expect(
      await driver.refusal(
        'commission',
        'mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { id } }',
        { input: { paymentId: id, version: current.version + 1, reason: '再次取消测试' } },
      ),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.6' });
    expect(await tableSnapshot(api.table)).toBe(before);

    await driver.importList(
      `${HEADER}\n${UNITS.cancelled.name},${UNITS.cancelled.creditCode},${NATIONAL},2026-07-01,EV-N-cancelled\n`,
      'national-after-cancel.csv',
    );
    const certifications = await driver.ok<{ level: string; outcome: { awardFen: number } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { level outcome { awardFen } } }',
      { code: UNITS.cancelled.creditCode },
    );
    expect(certifications.find((c) => c.level === 'NATIONAL')?.outcome.awardFen).toBe(TIER_5);
    expect(await reconciliationMismatches()).toEqual([]);
  });
});

describe('R7.2.1: a serious finding bans the unit and holds its other payments', () => {
  let heldId = '';
  let findingId = '';
  let bannedDocument = '';

  it('R7.2.1: bars the unit until the same calendar date three years on (finding and registry agree) and holds its other payments', async () => {
    const { documentId, payments } = await issue([project('banned'), bannedSecondProject]);
    bannedDocument = documentId;
    heldId = payments[bannedSecondProject] ?? '';
    const finding = await driver.ok<Finding>(
      'commission',
      RECORD_FINDING,
      findingInput(project('banned'), { serious: true, principalName: '钱负责' }),
    );
    findingId = finding.id;
    const until = `${YEAR + 3}${TODAY.slice(4)}`;
    expect(finding).toMatchObject({ banUntil: until, completed: true });
    const { ban } = await driver.ok<{ ban: { until: string } }>(
      'commission',
      'query($code: ID!) { enterprise(creditCode: $code) { ban { until } } }',
      { code: UNITS.banned.creditCode },
    );
    expect(ban.until).toBe(finding.banUntil);
    const held = await payment(heldId);
    expect(held).toMatchObject({ status: 'HELD', fraudFindingId: finding.id });
    expect(held.holdReason).toMatch(/R7\.2\.1/);
  });

  it('R7.2.1: a held payment is released by the commission with a reason only (audited), and then batched despite the ban', async () => {
    const held = await payment(heldId);
    const release =
      'mutation($input: ReleaseHeldPaymentInput!) { releaseHeldPayment(input: $input) { id status holdReason } }';
    const before = await tableSnapshot(api.table);
    const noReason = await driver.call('commission', release, {
      input: { paymentId: heldId, version: held.version, reason: '' },
    });
    expect(noReason.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(
      await driver.refusal('finance', release, {
        input: { paymentId: heldId, version: held.version, reason: '该项目经核查与违规无关' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await tableSnapshot(api.table)).toBe(before);

    const released = await driver.ok<{ status: string; holdReason: string | null }>('commission', release, {
      input: { paymentId: heldId, version: held.version, reason: '该项目经核查与违规无关' },
    });
    expect(released).toEqual({ id: heldId, status: 'READY', holdReason: null });
    // Audited with its reason, readable through the audit trail (payment ids are longer than 64 characters).
    const trail = await driver.ok<{ edges: { node: { operation: string; after: string } }[] }>(
      'commission',
      'query($id: ID!) { auditTrail(entityId: $id) { edges { node { operation after } } } }',
      { id: heldId },
    );
    expect(
      trail.edges.some(
        ({ node }) =>
          node.operation === 'releaseHeldPayment' && node.after.includes('该项目经核查与违规无关'),
      ),
    ).toBe(true);
    const batch = await driver.ok<{ paymentCount: number }>('finance', CREATE_BATCH, {
      input: { idempotencyKey: 'events-released', documentId: bannedDocument },
    });
    expect(batch.paymentCount).toBe(1);
    expect((await payment(heldId)).status).toBe('IN_BATCH');
    expect(findingId).not.toBe('');
  });

  it('R7.2.1: bans are a list for district roles; the principal and the evidence are the commission’s', async () => {
    const BANS =
      '{ bans(first: 100) { edges { node { findingId payeeId payeeName rule decidedOn until } } } }';
    const forTown = await driver.ok<{ edges: { node: Record<string, unknown> }[] }>('town', BANS);
    expect(forTown.edges.map((edge) => edge.node)).toEqual([
      {
        findingId,
        payeeId: UNITS.banned.creditCode,
        payeeName: UNITS.banned.name,
        rule: 'R7.2',
        decidedOn: TODAY,
        until: `${YEAR + 3}${TODAY.slice(4)}`,
      },
    ]);
    const DETAILS = '{ bans(first: 100) { edges { node { principalName evidence } } } }';
    expect(await driver.refusal('town', DETAILS)).toMatchObject({ code: 'FORBIDDEN' });
    const forCommission = await driver.ok<{ edges: { node: Record<string, unknown> }[] }>(
      'commission',
      DETAILS,
    );
    expect(forCommission.edges[0]?.node).toEqual({
      principalName: '钱负责',
      evidence: '伪造智能工厂认定材料，经核查属实。',
    });
    // The same two fields of the findings themselves: finance reads findings (for recoveries), not these.
    const FINDINGS = '{ fraudFindings(first: 100) { edges { node { id payeeName } } } }';
    expect((await driver.ok<{ edges: unknown[] }>('finance', FINDINGS)).edges.length).toBeGreaterThan(0);
    const FINDING_DETAILS = '{ fraudFindings(first: 100) { edges { node { principalName evidence } } } }';
    expect(await driver.refusal('finance', FINDING_DETAILS)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await driver.refusal('promotion', BANS)).toEqual({
      code: undefined,
      rule: undefined,
      reasons: undefined,
    });
  });
});
