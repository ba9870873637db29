import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstDate } from '#domain/time/cst';
import { systemWaitableClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';
import { spreadsheetBomb } from '../support/zip.ts';

/**
 * R6.7b over HTTP with each role's token: the commission uploads a list and imports it, follows the
 * import to its report and downloads it as CSV; the awards go down the automatic path to the joint
 * disbursement document and its payments; the enterprise sees its certifications and standing.
 * Amounts from R5.2/R5.3: tier 4 pays 1,000,000 yuan, tier 5 then pays 2,000,000 − 1,000,000. Each
 * import runs in a child process of its own, as under `npm start`, its workflow starts sent to the server.
 */

const YUAN = 100;
const YEAR = Number(cstDate(new Date()).slice(0, 4));
const QINGHE = { creditCode: '913101180DM95UY1CJ', name: '上海青禾精密机械有限公司' };
const DIANHU = { creditCode: '91310118QT56L02F4T', name: '上海淀湖智能装备有限公司' };
const LIST = [
  '\uFEFF序号,企业名称,统一社会信用代码,认定称号,认定层级,认定机构,认定日期,证书编号',
  `1,${QINGHE.name},${QINGHE.creditCode},市级智能工厂,MUNICIPAL,上海市经济和信息化委员会,2026-03-01,SH-ZNGC-2026-001`,
  `2,${QINGHE.name},${QINGHE.creditCode},国家级标杆工厂,NATIONAL,工业和信息化部,2026-08-16,MIIT-BG-2026-010`,
  `3,上海不存在有限公司,91310118CGG2RWLDKB,市级智能工厂,MUNICIPAL,上海市经济和信息化委员会,2026-03-20,SH-ZNGC-2026-003`,
].join('\r\n');

let api: TestApi;
let driver: ProgrammeDriver;

interface ImportView {
  id: string;
  status: string;
  runs: number;
  awardedFen: number;
  counts: Record<string, number>;
}

function importList(content: string, fileName: string): Promise<ImportView> {
  return driver.importList(content, fileName);
}

const waitForStage = (projectId: string, stage: string): Promise<void> =>
  driver.waitForStage(projectId, stage);

beforeAll(async () => {
  // Imports run as `npm start` runs them: each in a child process of its own.
  api = await startTestApi('development', systemWaitableClock, { imports: { in: 'child-process' } });
  const tokens: Record<string, string> = {
    commission: await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }),
    finance: await api.token({ userId: 'fin-1', role: 'FINANCE' }),
    enterprise: await api.token({ userId: 'ent-1', role: 'ENTERPRISE', creditCode: QINGHE.creditCode }),
    other: await api.token({ userId: 'ent-2', role: 'ENTERPRISE', creditCode: DIANHU.creditCode }),
  };
  driver = new ProgrammeDriver(api, YEAR, 'PRV-none', tokens);
  for (const enterprise of [QINGHE, DIANHU]) {
    await driver.ok(
      'commission',
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      { input: enterpriseInput(enterprise) },
    );
  }
  await driver.ok(
    'commission',
    'mutation($input: SetBudgetInput!) { setBudget(input: $input) { amountFen } }',
    {
      input: { fiscalYear: YEAR, amountFen: 10_000_000 * YUAN },
    },
  );
}, 60_000);
afterAll(async () => api.close());

describe('R6.7b import over HTTP, to the disbursement document and its payments', () => {
  let imported: ImportView;

  it('imports an uploaded list and reports every line', async () => {
    imported = await importList(LIST, '2026年市级名单.csv');
    expect(imported).toMatchObject({
      status: 'COMPLETED',
      runs: 1,
      awardedFen: 2_000_000 * YUAN,
      counts: { created: 2, zeroAmount: 0, duplicate: 0, unmatched: 1, ineligible: 0, invalid: 0 },
    });
    const { lines } = await driver.ok<{ lines: unknown }>(
      'finance',
      `query($id: ID!) { certificationImport(id: $id) { lines(outcome: CREATED, first: 1) {
        edges { node { line awardFen } } pageInfo { hasNextPage } } } }`,
      { id: imported.id },
    );
    expect(lines).toEqual({
      edges: [{ node: { line: 2, awardFen: 1_000_000 * YUAN } }],
      pageInfo: { hasNextPage: true },
    });
  });

  it('offers the report as CSV with a BOM, Chinese intact, and the totals', async () => {
    const { reportCsvUrl } = await driver.ok<{ reportCsvUrl: string }>(
      'commission',
      'query($id: ID!) { certificationImport(id: $id) { reportCsvUrl } }',
      { id: imported.id },
    );
    const response = await fetch(reportCsvUrl);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toContain('上海青禾精密机械有限公司');
    expect(text).toMatch(/^4,UNMATCHED,/m);
    expect(text.trim().split('\r\n').at(-1)).toMatch(/^合计 total,.*,2000000\.00,,$/);
  });

  it('the awards wait for the joint disbursement document; issuing it commits the budget and creates the payments', async () => {
    const certifications = await driver.ok<{ outcome: { projectId: string; awardFen: number } }[]>(
      'enterprise',
      `query($code: String!) { certifications(creditCode: $code) { outcome { projectId awardFen } } }`,
      { code: QINGHE.creditCode },
    );
    const projectIds = certifications.map((certification) => certification.outcome.projectId);
    expect(certifications.map((certification) => certification.outcome.awardFen)).toEqual([
      1_000_000 * YUAN,
      1_000_000 * YUAN,
    ]);
    for (const projectId of projectIds) await waitForStage(projectId, 'AWAITING_DOCUMENT');
    const draft = await driver.ok<{ id: string; version: number; totalFen: number }>(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version totalFen } }',
      { input: { projectIds } },
    );
    expect(draft.totalFen).toBe(2_000_000 * YUAN);
    const issued = await driver.ok<{ status: string; payments: { amountFen: number; payeeId: string }[] }>(
      'finance',
      'mutation($id: ID!, $version: Int!) { countersignDisbursementDocument(id: $id, version: $version) { status payments { amountFen payeeId } } }',
      { id: draft.id, version: draft.version },
    );
    expect(issued.status).toBe('ISSUED');
    expect(issued.payments).toEqual([
      { amountFen: 1_000_000 * YUAN, payeeId: QINGHE.creditCode },
      { amountFen: 1_000_000 * YUAN, payeeId: QINGHE.creditCode },
    ]);
    const budget = await driver.ok<{ committedFen: number }>(
      'finance',
      'query($year: Int!) { budget(fiscalYear: $year) { committedFen } }',
      { year: YEAR },
    );
    expect(budget.committedFen).toBe(2_000_000 * YUAN);
    for (const projectId of projectIds) await waitForStage(projectId, 'COMPLETED');
  });

  it('the enterprise sees its standing; another enterprise does not', async () => {
    const standing = await driver.ok<{ highestTier: number; highestAwardedFen: number }>(
      'enterprise',
      'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier highestAwardedFen } }',
      { code: QINGHE.creditCode },
    );
    expect(standing).toEqual({ highestTier: 5, highestAwardedFen: 2_000_000 * YUAN });
    const refusal = await driver.refusal(
      'other',
      'query($code: String!) { benchmarkStanding(creditCode: $code) { highestTier } }',
      { code: QINGHE.creditCode },
    );
    expect(refusal.code).toBe('NOT_FOUND');
  });

  it('importing the same list again (uploaded again) is the same import: nothing is recorded twice', async () => {
    const again = await importList(LIST, 'copy.csv');
    expect(again).toMatchObject({
      id: imported.id,
      runs: 2,
      counts: imported.counts,
      awardedFen: imported.awardedFen,
    });
    const certifications = await driver.ok<unknown[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { id } }',
      { code: QINGHE.creditCode },
    );
    expect(certifications).toHaveLength(2);
  });

  it('refuses a list without the required columns with the field path, and records no import', async () => {
    const attachmentId = await driver.upload(
      'commission',
      'IMPORT',
      'CERTIFICATION_LIST',
      'CERTIFICATION_LIST',
      {
        content: Buffer.from('企业名称,证书编号\n某公司,X-1\n', 'utf8'),
        fileName: 'bad.csv',
        contentType: 'text/csv',
      },
    );
    const { errors } = await driver.call(
      'commission',
      'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
      { input: { attachmentId } },
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ path: ['file', 'creditCode'] })]) as unknown,
    });
    const imports = await driver.ok<{ edges: unknown[] }>(
      'commission',
      '{ certificationImports { edges { cursor } } }',
    );
    expect(imports.edges).toHaveLength(1);
  });

  it('refuses a spreadsheet bomb (400 MB of sheet from a small file) by name, and keeps answering', async () => {
    const before = await driver.ok<{ edges: unknown[] }>(
      'commission',
      '{ certificationImports { edges { cursor } } }',
    );
    const bomb = await spreadsheetBomb(400);
    const attachmentId = await driver.upload(
      'commission',
      'IMPORT',
      'CERTIFICATION_LIST',
      'CERTIFICATION_LIST',
      {
        content: Buffer.from(bomb),
        fileName: 'bomb.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
    const heapBefore = process.memoryUsage().heapUsed;
    const { errors } = await driver.call(
      'commission',
      'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
      { input: { attachmentId } },
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['file'],
          message: expect.stringMatching(
            /a workbook part may inflate to at most 32 MB; xl\/worksheets\/sheet1\.xml declares 400/,
          ) as unknown,
        },
      ],
    });
    // Nothing was inflated to refuse it, and nothing was written.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    const after = await driver.ok<{ edges: unknown[] }>(
      'commission',
      '{ certificationImports { edges { cursor } } }',
    );
    expect(after.edges).toHaveLength(before.edges.length);
    const health = await api.query('{ health { status } }');
    expect(health.body).toMatchObject({ data: { health: { status: 'ok' } } });
  });

  it('refuses a PDF offered as a list before anything is uploaded', async () => {
    const refusal = await driver.refusal(
      'commission',
      'mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { attachment { id } } }',
      {
        input: {
          ownerType: 'IMPORT',
          ownerId: 'CERTIFICATION_LIST',
          purpose: 'CERTIFICATION_LIST',
          fileName: 'list.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
        },
      },
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
  });
});
