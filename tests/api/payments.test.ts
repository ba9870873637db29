import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstDate } from '#domain/time/cst';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';

/**
 * Payments and finance over HTTP (R6.6, R2.2, R7): awards from an imported municipal list (tier 4,
 * 1,000,000 yuan each, R5.2) go through the joint disbursement document to payments, which finance
 * batches, exports, releases (four eyes) and settles; a refused payment is paid in a later batch, once;
 * a fraud finding recovers what was paid and bars the enterprise for three years.
 */

const YUAN = 100;
const TIER_4 = 1_000_000 * YUAN;
const YEAR = Number(cstDate(new Date()).slice(0, 4));
const TODAY = cstDate(new Date());
const A = { creditCode: '913101180DM95UY1CJ', name: '上海青禾精密机械有限公司' };
const B = { creditCode: '91310118QT56L02F4T', name: '上海淀湖智能装备有限公司' };
const LIST = [
  '企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号',
  `${A.name},${A.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-03-01,PAY-TEST-A`,
  `${B.name},${B.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-03-02,PAY-TEST-B`,
].join('\n');

let api: TestApi;
let driver: ProgrammeDriver;
const BATCH = `id status paymentCount totalFen paidCount paidFen failedCount createdBy version`;
const CREATE = `mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { ${BATCH} } }`;
const RESULT = `mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { id status bankReference failureReason } }`;

interface BatchView {
  id: string;
  status: string;
  paymentCount: number;
  totalFen: number;
  paidCount: number;
  paidFen: number;
  failedCount: number;
  version: number;
}

const paymentIds: Record<string, string> = {};
const projectIds: Record<string, string> = {};

async function batchPaymentIds(batchId: string): Promise<string[]> {
  const { payments } = await driver.ok<{ payments: { edges: { node: { payment: { id: string } } }[] } }>(
    'finance',
    'query($id: ID!) { paymentBatch(id: $id) { payments(first: 100) { edges { node { payment { id } } } } } }',
    { id: batchId },
  );
  return payments.edges.map((edge) => edge.node.payment.id);
}

/** Waits for the projects' automatic path to reach the document; the commission drafts it, finance issues it. */
async function issueDocument(projects: readonly string[]): Promise<{ id: string; projectId: string }[]> {
  for (const projectId of projects) {
    await driver.waitForStage(projectId, 'AWAITING_DOCUMENT');
  }
  const draft = await driver.ok<{ id: string; version: number }>(
    'commission',
    'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
    { input: { projectIds: projects } },
  );
  const issued = await driver.ok<{ payments: { id: string; projectId: string }[] }>(
    'finance',
    'mutation($id: ID!, $version: Int!) { countersignDisbursementDocument(id: $id, version: $version) { payments { id projectId } } }',
    { id: draft.id, version: draft.version },
  );
  return issued.payments;
}

beforeAll(async () => {
  api = await startTestApi('development');
  const tokens: Record<string, string> = {
    commission: await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }),
    finance: await api.token({ userId: 'fin-1', role: 'FINANCE' }),
    finance2: await api.token({ userId: 'fin-2', role: 'FINANCE' }),
    a: await api.token({ userId: 'ent-a', role: 'ENTERPRISE', creditCode: A.creditCode }),
  };
  driver = new ProgrammeDriver(api, YEAR, 'PRV-none', tokens);
  for (const enterprise of [A, B]) {
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput({
          ...enterprise,
          bankAccount: {
            bankName: '中国工商银行上海青浦支行',
            accountName: enterprise.name,
            accountNumber: '1001200000123456789',
          },
        }),
      },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: SetBudgetInput!) { setBudget(input: $input) { amountFen } }',
    {
      input: { fiscalYear: YEAR, amountFen: 5_000_000 * YUAN },
    },
  );
  const imported = await driver.importList(LIST, 'municipal.csv');
  if (imported.counts['created'] !== 2)
    throw new Error(`the list should award both: ${JSON.stringify(imported)}`);
  for (const [key, enterprise] of [
    ['a', A],
    ['b', B],
  ] as const) {
    const [certification] = await driver.ok<{ outcome: { projectId: string } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { outcome { projectId } } }',
      { code: enterprise.creditCode },
    );
    projectIds[key] = certification?.outcome.projectId ?? '';
  }
  const issued = await issueDocument(Object.values(projectIds));
  for (const payment of issued) paymentIds[payment.projectId === projectIds['a'] ? 'a' : 'b'] = payment.id;
}, 120_000);
afterAll(async () => api.close());

describe('R6.6 payment batches: made once, exported, released by a second user, settled once', () => {
  let first: BatchView;

  it('makes one batch of the ready payments, however often and however concurrently the request is sent', async () => {
    const request = { input: { idempotencyKey: 'batch-2026-0001', payeeType: 'ENTERPRISE' } };
    const answers = await Promise.all([1, 2, 3].map(() => driver.call('finance', CREATE, request)));
    const made = answers.flatMap((answer) =>
      answer.data?.['createPaymentBatch'] ? [answer.data['createPaymentBatch'] as BatchView] : [],
    );
    const refused = answers.flatMap(
      (answer) => answer.errors?.map((error) => error.extensions?.['code']) ?? [],
    );
    expect(made.length).toBeGreaterThanOrEqual(1);
    // A duplicate arriving while the first is running is refused as in progress; the others replay it.
    expect(refused.every((code) => code === 'IN_PROGRESS')).toBe(true);
    expect(new Set(made.map((batch) => batch.id)).size).toBe(1);
    first = await driver.ok<BatchView>('finance', CREATE, request);
    expect(first).toMatchObject({ id: made[0]?.id, status: 'OPEN', paymentCount: 2, totalFen: 2 * TIER_4 });
    const batches = await driver.ok<{ edges: unknown[] }>(
      'finance',
      '{ paymentBatches { edges { cursor } } }',
    );
    expect(batches.edges).toHaveLength(1);
  });

  it('refuses the same key with a different request, and never puts a payment in two open batches', async () => {
    expect(
      await driver.refusal('finance', CREATE, {
        input: { idempotencyKey: 'batch-2026-0001', payeeType: 'PROVIDER' },
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await driver.refusal('finance', CREATE, { input: { idempotencyKey: 'batch-2026-0002' } }),
    ).toMatchObject({
      code: 'POLICY_VIOLATION',
      rule: 'R6.6',
    });
  });

  it('exports the batch as CSV for machines (BOM, Chinese names intact, the batch total on every row) and XLSX for people', async () => {
    const { exportUrl } = await driver.ok<{ exportUrl: string }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { exportUrl(format: CSV) } }',
      { id: first.id },
    );
    const bytes = new Uint8Array(await (await fetch(exportUrl)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // 上 is E4 B8 8A in UTF-8: the names are written as UTF-8, not re-encoded.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    expect(text).toContain(A.name);
    expect(text).toContain(B.name);
    const rows: Record<string, string>[] = parse(text, { columns: true });
    // One row per payment, no totals row: each row carries the batch's count and total, also in capitals.
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({
        收款方类型: '企业',
        银行账号: '1001200000123456789',
        批次笔数: '2',
        '批次金额（元）': '2000000.00',
        批次金额大写: '人民币贰佰万元整',
        制单人: 'fin-1',
      });
    const { exportUrl: xlsx } = await driver.ok<{ exportUrl: string }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { exportUrl(format: XLSX) } }',
      { id: first.id },
    );
    const workbook = new Uint8Array(await (await fetch(xlsx)).arrayBuffer());
    expect([...workbook.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('R6.6: no bank file and no results template from an open batch: refused with its state', async () => {
    for (const field of ['bankFileUrl(profile: CMB_AGENCY_PAYMENT)', 'resultsTemplateUrl']) {
      const { errors } = await driver.call(
        'finance',
        `query($id: ID!) { paymentBatch(id: $id) { ${field} } }`,
        {
          id: first.id,
        },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.6' });
      expect(errors?.[0]?.message).toContain(`batch ${first.id} is OPEN`);
    }
  });

  it('four eyes: the user who made the batch cannot release it; another finance user can', async () => {
    expect(
      await driver.refusal(
        'finance',
        'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
        {
          id: first.id,
          version: first.version,
        },
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const released = await driver.ok<BatchView>(
      'finance2',
      `mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { ${BATCH} } }`,
      { id: first.id, version: first.version },
    );
    expect(released.status).toBe('SUBMITTED');
    const { bankFileUrl, payments } = await driver.ok<{
      bankFileUrl: string;
      payments: { edges: { node: { payment: { reference: string } } }[] };
    }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { bankFileUrl(profile: CMB_AGENCY_PAYMENT) payments { edges { node { payment { reference } } } } } }',
      { id: first.id },
    );
    const bankFile: Record<string, string>[] = parse(
      iconv.decode(Buffer.from(await (await fetch(bankFileUrl)).arrayBuffer()), 'gbk'),
      {
        columns: true,
      },
    );
    expect(bankFile.map((row) => [row['账号'], row['金额'], row['注释']])).toEqual(
      payments.edges.map((edge) => ['1001200000123456789', '1000000.00', edge.node.payment.reference]),
    );
  });

  it('records a payment paid and one refused; the refused one is paid in a later batch, once', async () => {
    const paid = await driver.ok<{ status: string }>('finance', RESULT, {
      input: {
        idempotencyKey: 'result-a-1',
        paymentId: paymentIds['a'],
        result: { paid: true, bankReference: 'ICBC-0001', paidOn: TODAY },
      },
    });
    expect(paid.status).toBe('PAID');
    // The same key again replays; paying it again under another key is refused.
    expect(
      await driver.ok('finance', RESULT, {
        input: {
          idempotencyKey: 'result-a-1',
          paymentId: paymentIds['a'],
          result: { paid: true, bankReference: 'ICBC-0001', paidOn: TODAY },
        },
      }),
    ).toMatchObject({ status: 'PAID' });
    expect(
      await driver.refusal('finance', RESULT, {
        input: {
          idempotencyKey: 'result-a-2',
          paymentId: paymentIds['a'],
          result: { paid: true, bankReference: 'ICBC-0999', paidOn: TODAY },
        },
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    const refused = await driver.ok<{ bankReturnCode: string; financeAction: string }>(
      'finance',
      'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { bankReturnCode financeAction } }',
      {
        input: {
          idempotencyKey: 'result-b-1',
          paymentId: paymentIds['b'],
          result: { paid: false, reason: '账户已销户' },
        },
      },
    );
    // The bank's words, typed, and what finance does about them.
    expect(refused).toEqual({ bankReturnCode: 'ACCOUNT_CLOSED', financeAction: 'CORRECT_ACCOUNT' });
    const closed = await driver.ok<BatchView>(
      'finance',
      `query($id: ID!) { paymentBatch(id: $id) { ${BATCH} } }`,
      { id: first.id },
    );
    expect(closed).toMatchObject({ status: 'CLOSED', paidCount: 1, paidFen: TIER_4, failedCount: 1 });

    // Refused for its account (closed): no batch takes it while the account on record is the refused one.
    expect(
      await driver.refusal('finance', CREATE, { input: { idempotencyKey: 'batch-2026-0003-early' } }),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R6.6' });
    const held = await driver.ok<{ edges: { node: { id: string; holdReason: string } }[] }>(
      'finance',
      '{ payments(status: HELD) { edges { node { id holdReason } } } }',
    );
    expect(held.edges.map((edge) => edge.node)).toEqual([
      { id: paymentIds['b'], holdReason: expect.stringContaining('ACCOUNT_CLOSED') as unknown },
    ]);
    // The enterprise's new account is recorded; the next batch pays the payment to it.
    const { version } = await driver.ok<{ version: number }>(
      'commission',
      'query($code: ID!) { enterprise(creditCode: $code) { version } }',
      { code: B.creditCode },
    );
    const NEW_ACCOUNT = '6222021001098765432';
    await driver.ok(
      'commission',
      'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { creditCode } }',
      {
        input: {
          creditCode: B.creditCode,
          version,
          bankAccount: { bankName: '招商银行上海青浦支行', accountName: B.name, accountNumber: NEW_ACCOUNT },
        },
      },
    );
    const second = await driver.ok<BatchView>('finance', CREATE, {
      input: { idempotencyKey: 'batch-2026-0003' },
    });
    expect(await batchPaymentIds(second.id)).toEqual([paymentIds['b']]);
    const { payments: secondPayments } = await driver.ok<{
      payments: { edges: { node: { account: { accountNumber: string } } }[] };
    }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { payments { edges { node { account { accountNumber } } } } } }',
      { id: second.id },
    );
    expect(secondPayments.edges.map((edge) => edge.node.account.accountNumber)).toEqual([NEW_ACCOUNT]);
    await driver.ok(
      'finance2',
      'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
      {
        id: second.id,
        version: second.version,
      },
    );
    // The bank's result file, uploaded twice: the second time changes nothing.
    const file = `支付编号,结果,银行流水号,支付日期,失败原因\n${paymentIds['b'] ?? ''},成功,ICBC-0002,${TODAY},\nPAY-unknown,成功,X,${TODAY},\n`;
    const upload = async (key: string) => {
      const attachmentId = await driver.upload('finance', 'IMPORT', 'BANK_RESULTS', 'BANK_RESULTS', {
        content: Buffer.from(file, 'utf8'),
        fileName: 'results.csv',
        contentType: 'text/csv',
      });
      return driver.ok<{ applied: number; unchanged: number; errors: { line: number }[] }>(
        'finance',
        'mutation($input: UploadPaymentResultsInput!) { uploadPaymentResults(input: $input) { applied unchanged errors { line message } } }',
        { input: { idempotencyKey: key, batchId: second.id, attachmentId } },
      );
    };
    expect(await upload('results-file-1')).toMatchObject({ applied: 1, unchanged: 0, errors: [{ line: 3 }] });
    expect(await upload('results-file-2')).toMatchObject({ applied: 0, unchanged: 1 });
    // A file over 2 MB, or over 10,000 lines, is refused before its lines are read: nothing changes.
    const refuse = async (key: string, content: string) => {
      const attachmentId = await driver.upload('finance', 'IMPORT', 'BANK_RESULTS', 'BANK_RESULTS', {
        content: Buffer.from(content, 'utf8'),
        fileName: 'results.csv',
        contentType: 'text/csv',
      });
      const { errors } = await driver.call(
        'finance',
        'mutation($input: UploadPaymentResultsInput!) { uploadPaymentResults(input: $input) { applied } }',
        { input: { idempotencyKey: key, batchId: second.id, attachmentId } },
      );
      expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      return JSON.stringify(errors?.[0]?.extensions?.['fields']);
    };
    const header = '支付编号,结果,银行流水号,支付日期,失败原因\n';
    expect(
      await refuse('results-too-large', header + `${'PAY-x,失败,,,'.padEnd(99, ' ')}\n`.repeat(22_000)),
    ).toMatch(/at most 2097152 bytes/);
    // The broken quote past the limit is never reached.
    const long = `${header}${'PAY-x,失败,,,原因\n'.repeat(10_001)}"unterminated\n`;
    expect(await refuse('results-too-long', long)).toMatch(/at most 10000 lines/);
    const budget = await driver.ok<{ committedFen: number; disbursedFen: number }>(
      'finance',
      'query($year: Int!) { budget(fiscalYear: $year) { committedFen disbursedFen } }',
      { year: YEAR },
    );
    expect(budget).toEqual({ committedFen: 2 * TIER_4, disbursedFen: 2 * TIER_4 });
  });

  it('reconciles: approved = paid + pending + cancelled, the budget and the batches agree', async () => {
    const reconciliation = await driver.ok(
      'commission',
      'query($year: Int!) { reconciliation(fiscalYear: $year) { approvedFen paidFen pendingFen cancelledFen batchesChecked mismatches } }',
      { year: YEAR },
    );
    expect(reconciliation).toEqual({
      approvedFen: 2 * TIER_4,
      paidFen: 2 * TIER_4,
      pendingFen: 0,
      cancelledFen: 0,
      batchesChecked: 2,
      mismatches: [],
    });
  });
});

describe('R7 fraud after payment: recovery, a three-year ban, and the refusals that follow', () => {
  it('records the finding, the receivable and the ban; the award no longer counts (R5.3)', async () => {
    const finding = await driver.ok<{ id: string; paidFen: number; banUntil: string }>(
      'commission',
      'mutation($input: RecordFraudFindingInput!) { recordFraudFinding(input: $input) { id paidFen banUntil } }',
      {
        input: {
          projectId: projectIds['a'],
          evidence: '虚报智能工厂认定材料，经核查属实。',
          decidedOn: '2026-11-20',
          serious: true,
          principalName: '王建国',
        },
      },
    );
    expect(finding).toMatchObject({ paidFen: TIER_4, banUntil: '2029-11-20' });
    const { eligibility } = await driver.ok<{
      eligibility: { eligible: boolean; reasons: { rule: string }[] };
    }>(
      'commission',
      'query($code: ID!) { enterprise(creditCode: $code) { eligibility { eligible reasons { rule } } } }',
      { code: A.creditCode },
    );
    expect(eligibility).toEqual({ eligible: false, reasons: [{ rule: 'R7.2' }] });
    const standing = await driver.ok<{ highestTier: number }>(
      'commission',
      'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier } }',
      { code: A.creditCode },
    );
    expect(standing.highestTier).toBe(0);

    expect(
      await driver.refusal(
        'finance',
        'mutation($input: RecordRecoveryInput!) { recordRecovery(input: $input) { recoveredFen } }',
        {
          input: { findingId: finding.id, amountFen: TIER_4 + 1, recoveredOn: TODAY },
        },
      ),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R7.1' });
    const recovered = await driver.ok<{ recoveredFen: number }>(
      'finance',
      'mutation($input: RecordRecoveryInput!) { recordRecovery(input: $input) { recoveredFen } }',
      { input: { findingId: finding.id, amountFen: TIER_4, recoveredOn: TODAY } },
    );
    expect(recovered.recoveredFen).toBe(TIER_4);
  });

  it('R7.2: the banned enterprise’s next automatic award and next application are refused', async () => {
    const imported = await driver.importList(
      `企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号\n${A.name},${A.creditCode},国家级标杆工厂,工业和信息化部,2026-11-01,MIIT-BANNED-1\n`,
      'national.csv',
    );
    expect(imported.counts).toMatchObject({ created: 0, ineligible: 1 });
    const notice = await driver.notice('DISTRICT_BENCHMARK', 0, []);
    const draft = await driver.ok<{ id: string; version: number }>(
      'a',
      'mutation($input: DraftApplicationInput!) { draftApplication(input: $input) { id version } }',
      { input: { noticeId: notice, title: 'SMART_WORKSHOP' } },
    );
    expect(
      await driver.refusal(
        'a',
        'mutation($input: ApplicationVersionInput!) { submitApplication(input: $input) { id } }',
        {
          input: { id: draft.id, version: draft.version },
        },
      ),
    ).toMatchObject({ code: 'POLICY_VIOLATION', rule: 'R7.2' });
  });

  it('R7.1 before payment: the unpaid payment is cancelled and its amount returns to the budget; no ban unless serious', async () => {
    const D = { creditCode: '91310118CGG2RWLDKB', name: '上海朱家角新材料科技有限公司' };
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      {
        input: enterpriseInput(D),
      },
    );
    await driver.importList(
      `企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号\n${D.name},${D.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-04-01,PAY-TEST-D\n`,
      'municipal-d.csv',
    );
    const [certification] = await driver.ok<{ outcome: { projectId: string } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { outcome { projectId } } }',
      { code: D.creditCode },
    );
    const projectId = certification?.outcome.projectId ?? '';
    await issueDocument([projectId]);
    const committed = async () =>
      (
        await driver.ok<{ committedFen: number }>(
          'finance',
          'query($year: Int!) { budget(fiscalYear: $year) { committedFen } }',
          { year: YEAR },
        )
      ).committedFen;
    const before = await committed();
    const finding = await driver.ok<{
      paidFen: number;
      banUntil: string | null;
      cancelledPaymentIds: string[];
    }>(
      'commission',
      'mutation($input: RecordFraudFindingInput!) { recordFraudFinding(input: $input) { paidFen banUntil cancelledPaymentIds } }',
      {
        input: {
          projectId,
          evidence: '认定材料存在瑕疵，撤销奖励。',
          decidedOn: TODAY,
          serious: false,
          principalName: '王建国',
        },
      },
    );
    expect(finding).toMatchObject({ paidFen: 0, banUntil: null });
    expect(finding.cancelledPaymentIds).toHaveLength(1);
    expect(await committed()).toBe(before - TIER_4);
    const reconciliation = await driver.ok<{ cancelledFen: number; mismatches: string[] }>(
      'commission',
      'query($year: Int!) { reconciliation(fiscalYear: $year) { cancelledFen mismatches } }',
      { year: YEAR },
    );
    expect(reconciliation).toEqual({ cancelledFen: TIER_4, mismatches: [] });
  });
});
