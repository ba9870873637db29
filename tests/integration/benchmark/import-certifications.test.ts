import { readFileSync } from 'node:fs';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { standingId } from '#domain/benchmark/certification';
import type { ImportLineResult } from '#domain/benchmark/certification-import';
import { InvalidInput } from '#domain/errors';
import type { ProgrammeStore } from '#domain/programme-store';
import type { AppServices } from '#graphql/context';
import type { ImportFile } from '#use-cases/benchmark/import-certifications';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, tableSnapshot, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * R6.7b imports against DynamoDB Local, with the local workflow running the synthesized state machine.
 * Amounts are worked out from R5.2 (tier 4 municipal smart factory 1,000,000 yuan, tier 5 national
 * benchmark factory 2,000,000 yuan) and R5.3 (pay the difference), in fen.
 */

const YUAN = 100;
const TIER_4 = 1_000_000 * YUAN;
const TIER_5 = 2_000_000 * YUAN;
const SAMPLE = readFileSync(new URL('../../fixtures/certifications-sample.csv', import.meta.url));
const HEADER = '序号,企业名称,统一社会信用代码,认定称号,认定层级,认定机构,认定日期,证书编号';
const MIIT = '工业和信息化部';
const SHEITC = '上海市经济和信息化委员会';

let table: TestTable;
let app: AppServices;
let sampleImportId = '';
const commission = user('ECONOMIC_COMMISSION');

/** The sample's enterprises as (line, credit code, name). */
const sample = SAMPLE.toString('utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n')
  .slice(1)
  .map((row, index) => {
    const cells = row.split(',');
    return { line: index + 2, name: cells[1] ?? '', creditCode: cells[2] ?? '' };
  });
const at = (line: number) => {
  const entry = sample.find((candidate) => candidate.line === line);
  if (!entry) throw new Error(`no line ${line}`);
  return entry;
};

const file = (content: string | Uint8Array, fileName = 'list.csv'): ImportFile => ({
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  fileName,
  source: { kind: 'BUCKET', bucket: 'test', key: fileName },
});
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n');
const row = (
  n: number,
  who: { name: string; creditCode: string },
  title: string,
  body: string,
  date: string,
  number: string,
) => [n, who.name, who.creditCode, title, '', body, date, number].join(',');

const byLine = (lines: readonly ImportLineResult[]) =>
  Object.fromEntries(lines.map((line) => [line.line, line]));

async function entities(kind: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(
      new ScanCommand({
        TableName: table.tableName,
        ConsistentRead: true,
        FilterExpression: 'entity = :kind',
        ExpressionAttributeValues: { ':kind': { S: kind } },
        ExclusiveStartKey: start as never,
      }),
    );
    items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

beforeAll(async () => {
  ({ table, app } = await createRegistry());
  // Every sample enterprise is registered except line 4's; line 3's pays tax outside Qingpu (R4.1);
  // line 11's is registered under another name.
  for (const entry of sample) {
    if (entry.line === 4) continue;
    await createEnterprise(
      commission,
      enterpriseInput({
        creditCode: entry.creditCode,
        name: entry.line === 11 ? '上海白鹤新材料有限公司' : entry.name,
        ...(entry.line === 3 ? { taxInQingpu: false } : {}),
      }),
      app,
    );
  }
}, 120_000);
afterAll(async () => table.drop());

describe('R6.7b importing the municipal and national list (the shared sample)', () => {
  it('records every eligible, matched line with its R5.3 award and reports the others with their reasons', async () => {
    const result = await runCertificationImport(SYSTEM_ACTOR, file(SAMPLE, 'sample.csv'), app);
    sampleImportId = result.id;
    // Lines 2 and 5–10 are municipal (tier 4), lines 12–13 national (tier 5); 3 ineligible, 4 and 11 unmatched.
    expect(result).toMatchObject({
      status: 'COMPLETED',
      encoding: 'UTF-8',
      format: 'CSV',
      totalLines: 12,
      counts: { CREATED: 9, ZERO_AMOUNT: 0, DUPLICATE: 0, UNMATCHED: 2, INELIGIBLE: 1, INVALID: 0 },
      awardedFen: 7 * TIER_4 + 2 * TIER_5,
    });
    const lines = byLine(await app.programme.importReport(result.id));
    expect(lines[2]).toMatchObject({ outcome: 'CREATED', awardFen: TIER_4 });
    expect(lines[12]).toMatchObject({ outcome: 'CREATED', awardFen: TIER_5 });
    expect(lines[3]).toMatchObject({ outcome: 'INELIGIBLE', rule: 'R4.1' });
    expect(lines[3]?.reason).toMatch(/tax registration/);
    expect(lines[4]).toMatchObject({ outcome: 'UNMATCHED' });
    expect(lines[4]?.reason).toMatch(/no enterprise/);
    expect(lines[11]).toMatchObject({ outcome: 'UNMATCHED' });
    expect(lines[11]?.reason).toMatch(/上海白鹤新材料有限公司/);
  });

  it('R6.7b: an unmatched line cites R6.7b (the list must match the registry), not R3.1', async () => {
    const lines = byLine(await app.programme.importReport(sampleImportId));
    expect([lines[4]?.rule, lines[11]?.rule]).toEqual(['R6.7b', 'R6.7b']);
  });

  it('sends each positive award down the automatic path: it waits for the joint disbursement document', async () => {
    const projectId = byLine(await app.programme.importReport(sampleImportId))[2]?.projectId;
    expect(projectId).toBeDefined();
    await expect
      .poll(async () => (await app.programme.get('Project', projectId ?? ''))?.stage)
      .toBe('AWAITING_DOCUMENT');
    expect(await app.programme.get('Project', projectId ?? '')).toMatchObject({
      path: 'AUTOMATIC',
      payeeType: 'ENTERPRISE',
      payeeId: at(2).creditCode,
      proposedAmountFen: TIER_4,
    });
  });

  it('importing the same file again creates nothing twice and reports the same outcomes', async () => {
    const before = {
      certifications: (await entities('Certification')).length,
      projects: (await entities('Project')).length,
    };
    const again = await runCertificationImport(SYSTEM_ACTOR, file(SAMPLE, 'sample-copy.csv'), app);
    expect(again).toMatchObject({ runs: 2, counts: { CREATED: 9, UNMATCHED: 2, INELIGIBLE: 1 } });
    expect((await entities('Certification')).length).toBe(before.certifications);
    expect((await entities('Project')).length).toBe(before.projects);
  });

  it('an overlapping list: certificates already recorded are duplicates; a step up pays the difference (R5.3)', async () => {
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      file(
        csv(
          row(1, at(2), '市级智能工厂', SHEITC, '2026-07-24', 'SH-ZNGC-2026-001'),
          row(2, at(5), '国家级标杆工厂', MIIT, '2026-10-01', 'MIIT-BG-2026-101'),
          row(3, at(12), '市级智能工厂', SHEITC, '2026-10-02', 'SH-ZNGC-2026-102'),
        ),
      ),
      app,
    );
    const lines = byLine(await app.programme.importReport(result.id));
    expect(lines[2]).toMatchObject({ outcome: 'DUPLICATE', rule: 'R5.4' });
    expect(lines[2]?.reason).toMatch(/line 2/);
    // Line 5's enterprise has tier 4 (1,000,000): tier 5 pays 2,000,000 − 1,000,000.
    expect(lines[3]).toMatchObject({ outcome: 'CREATED', awardFen: TIER_5 - TIER_4 });
    // Line 12's enterprise has tier 5: a municipal title pays nothing, and is recorded with the reason.
    expect(lines[4]).toMatchObject({ outcome: 'ZERO_AMOUNT', awardFen: 0, rule: 'R5.3' });
    const zero = await app.programme.get('Certification', lines[4]?.certificationId ?? '');
    expect(zero?.outcome).toMatchObject({ awardFen: 0, alreadyAwardedFen: TIER_5 });
    expect(zero?.outcome.zeroReason).toMatch(/R5\.3/);
    const standing = await app.programme.get('BenchmarkStanding', standingId(at(5).creditCode));
    expect(standing?.awards.map((award) => award.tier)).toEqual([4, 5]);
  });

  it('refuses bad lines one by one with their reasons, and records the good ones', async () => {
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      file(
        csv(
          row(1, { ...at(6), creditCode: '91310118NC10JDTG0B' }, '市级智能工厂', SHEITC, '2026-01-02', 'X-1'),
          row(2, at(6), '市级智能工场', SHEITC, '2026-01-02', 'X-2'),
          row(3, at(6), '国家级标杆工厂', MIIT, '2099-01-01', 'X-3'),
          row(4, at(6), '区级智能工厂', '青浦区经济委员会', '2026-01-02', 'X-4'),
          row(5, at(6), '国家级标杆工厂', MIIT, '2026-02-30', 'X-5'),
          row(6, at(6), '国家级标杆工厂', MIIT, '2026-03-01', ''),
          row(7, at(6), '国家级标杆工厂', MIIT, '2026/3/2', 'X-7'),
          row(8, at(6), '国家级标杆工厂', MIIT, '2026-03-03', 'x-7'),
        ),
      ),
      app,
    );
    const lines = byLine(await app.programme.importReport(result.id));
    expect(lines[2]?.reason).toMatch(/check character/);
    expect(lines[3]?.reason).toMatch(/unknown title/);
    expect(lines[4]?.reason).toMatch(/future/);
    expect(lines[5]).toMatchObject({ outcome: 'INVALID', rule: 'R6.7b' });
    expect(lines[6]?.reason).toMatch(/not a date/);
    expect(lines[7]?.reason).toMatch(/certificate number/);
    for (const line of [2, 3, 4, 5, 6, 7]) expect(lines[line]?.outcome).toBe('INVALID');
    // Line 6's enterprise (tier 4 from the sample) steps up to tier 5; the same number again is a duplicate.
    expect(lines[8]).toMatchObject({ outcome: 'CREATED', awardFen: TIER_5 - TIER_4 });
    expect(lines[9]).toMatchObject({ outcome: 'DUPLICATE' });
    expect(lines[9]?.reason).toMatch(/line 8 of this list/);
  });

  it('refuses a file without the required columns and writes nothing', async () => {
    const before = await tableSnapshot(table);
    const error = await runCertificationImport(
      SYSTEM_ACTOR,
      file('企业名称,认定称号\n某公司,市级智能工厂\n'),
      app,
    ).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).issues.map((issue) => issue.path)).toContainEqual(['file', 'creditCode']);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('reads a GBK (GB18030) file by converting it, and records the encoding', async () => {
    const gbk = iconv.encode(csv(row(1, at(7), '国家级标杆工厂', MIIT, '2026-04-01', 'GBK-1')), 'gbk');
    const result = await runCertificationImport(SYSTEM_ACTOR, file(new Uint8Array(gbk), 'gbk.csv'), app);
    expect(result).toMatchObject({ encoding: 'GB18030', counts: { CREATED: 1 } });
  });

  it('reads an XLSX workbook, dates as Excel keeps them included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['企业名称', '统一社会信用代码', '认定称号', '认定机构', '认定日期', '证书编号', '备注']);
    sheet.addRow([
      at(8).name,
      at(8).creditCode,
      '国家级标杆工厂',
      MIIT,
      new Date('2026-05-06T00:00:00Z'),
      'XL-1',
      '',
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await runCertificationImport(SYSTEM_ACTOR, file(bytes, 'list.xlsx'), app);
    expect(result).toMatchObject({ format: 'XLSX', counts: { CREATED: 1 }, ignoredColumns: ['备注'] });
    const [line] = await app.programme.importReport(result.id);
    const certification = await app.programme.get('Certification', line?.certificationId ?? '');
    expect(certification).toMatchObject({ certifiedOn: '2026-05-06', source: { kind: 'IMPORT', line: 2 } });
  });
});

describe('R5.4 never twice: concurrent imports and a crash half-way', () => {
  it('the same file imported by two callers at once records one award per certification', async () => {
    const list = file(
      csv(
        ...[9, 10].map((line, index) =>
          row(index + 1, at(line), '国家级标杆工厂', MIIT, '2026-06-01', `CONCURRENT-${line}`),
        ),
      ),
    );
    const [first, second] = await Promise.all([
      runCertificationImport(SYSTEM_ACTOR, list, app),
      runCertificationImport(SYSTEM_ACTOR, list, app),
    ]);
    expect(first.id).toBe(second.id);
    for (const line of [9, 10]) {
      const standing = await app.programme.get('BenchmarkStanding', standingId(at(line).creditCode));
      // Tier 4 from the sample, then tier 5 once: 1,000,000 + 1,000,000.
      expect(standing?.awards.map((award) => award.tier)).toEqual([4, 5]);
    }
    const report = await app.programme.importReport(first.id);
    expect(report.map((line) => [line.outcome, line.awardFen])).toEqual([
      ['CREATED', TIER_5 - TIER_4],
      ['CREATED', TIER_5 - TIER_4],
    ]);
  });

  it.each([
    ['tier 4 and tier 5', '市级智能工厂', SHEITC],
    ['two tier-5 certificates', '国家级标杆工厂', MIIT],
  ])(
    'two different lists raising a new enterprise at once (%s) pay the highest tier once in total',
    async (_case, firstTitle, firstBody) => {
      const enterprise = {
        creditCode: demoCreditCode(900_000 + firstTitle.length),
        name: `上海竞速${firstTitle}有限公司`,
      };
      await createEnterprise(commission, enterpriseInput(enterprise), app);
      const listA = file(
        csv(row(1, enterprise, firstTitle, firstBody, '2026-07-01', `RACE-A-${firstTitle}`)),
      );
      const listB = file(
        csv(row(1, enterprise, '国家级标杆工厂', MIIT, '2026-07-02', `RACE-B-${firstTitle}`)),
      );
      const results = await Promise.all([
        runCertificationImport(SYSTEM_ACTOR, listA, app),
        runCertificationImport(SYSTEM_ACTOR, listB, app),
      ]);
      expect(results.reduce((total, result) => total + result.awardedFen, 0)).toBe(TIER_5);
      const standing = await app.programme.get('BenchmarkStanding', standingId(enterprise.creditCode));
      expect(Math.max(...(standing?.awards.map((award) => award.tier) ?? []))).toBe(5);
    },
  );

  it('an import that crashed half-way, run again, finishes the job with nothing twice and nothing missing', async () => {
    const codes = sample.filter((entry) => ![3, 4, 11].includes(entry.line));
    const list = file(
      csv(
        ...codes.map((entry, index) =>
          row(
            index + 1,
            entry,
            '国家级标杆工厂',
            '国家级认定机构（测试）',
            '2026-08-01',
            `CRASH-${entry.line}`,
          ),
        ),
      ),
    );
    // Two enterprises a transaction; the store fails for good at the third, as a process that dies
    // would stop writing.
    let recorded = 0;
    const dying: ProgrammeStore = Object.create(app.programme) as ProgrammeStore;
    dying.commit = async (changes) => {
      if (changes.writes.some((write) => write.kind === 'Certification')) {
        recorded += 1;
        if (recorded > 2) throw new Error('the process died');
      }
      return app.programme.commit(changes);
    };
    await expect(
      runCertificationImport(
        SYSTEM_ACTOR,
        list,
        { ...app, programme: dying },
        { concurrency: 1, transactionItems: 15 },
      ),
    ).rejects.toThrow('the process died');
    const half = (await entities('Certification')).filter((item) =>
      JSON.stringify(item).includes('CRASH-'),
    ).length;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(codes.length);

    const rerun = await runCertificationImport(SYSTEM_ACTOR, list, app);
    expect(rerun.status).toBe('COMPLETED');
    const report = await app.programme.importReport(rerun.id);
    expect(report).toHaveLength(codes.length);
    const all = (await entities('Certification')).filter((item) => JSON.stringify(item).includes('CRASH-'));
    expect(all).toHaveLength(codes.length);
    expect(new Set(report.map((line) => line.certificationId)).size).toBe(codes.length);
  });
});
