import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { AppServices } from '#graphql/context';
import type { ImportFile } from '#use-cases/benchmark/import-certifications';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * R9.1: an automatic award (R6.7b) is decided under the policy version in force on the certification date;
 * a date no published version covers (before QP-2022's 2022-03-02) is refused with R9, naming the date.
 * The table carries QP-2022 (2022-03-02 to 2022-12-31) and the demo continuation (2023-01-01 to 2028-12-31).
 */

const HEADER = '序号,企业名称,统一社会信用代码,认定称号,认定层级,认定机构,认定日期,证书编号';
const SHEITC = '上海市经济和信息化委员会';
const file = (rows: string[]): ImportFile => ({
  bytes: new TextEncoder().encode([HEADER, ...rows].join('\n')),
  fileName: 'versions.csv',
  source: { kind: 'BUCKET', bucket: 'test', key: 'versions.csv' },
});
const enterprises = [0, 1, 2].map((n) => ({
  creditCode: demoCreditCode(610_000 + n),
  name: `上海版本测试${n}有限公司`,
}));
const row = (n: number, date: string) => {
  const who = enterprises[n] ?? { creditCode: '', name: '' };
  return [n + 1, who.name, who.creditCode, '市级智能工厂', '', SHEITC, date, `SH-V-${n}`].join(',');
};

let table: TestTable;
let app: AppServices;
beforeAll(async () => {
  ({ table, app } = await createRegistry());
  for (const who of enterprises)
    await createEnterprise(user('ECONOMIC_COMMISSION'), enterpriseInput(who), app);
}, 60_000);
afterAll(async () => table.drop());

describe('R9, R9.1: the version in force on the certification date decides an automatic award', () => {
  it('2022-02-28 is refused with R9 naming the date; 2022-06-01 is decided under QP-2022; 2026-06-01 under the continuation', async () => {
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      file([row(0, '2022-02-28'), row(1, '2022-06-01'), row(2, '2026-06-01')]),
      app,
    );
    const lines = await app.programme.importReport(result.id);
    expect(lines[0]).toMatchObject({ outcome: 'INVALID', rule: 'R9' });
    expect(lines[0]?.reason).toContain('2022-02-28');
    // R5.2 tier 4 (municipal smart factory): 1,000,000 yuan under both versions.
    expect(lines.slice(1).map((line) => [line.outcome, line.awardFen])).toEqual([
      ['CREATED', 100_000_000],
      ['CREATED', 100_000_000],
    ]);
    // Every amount explains itself (R5.3 with its version), in Chinese and English.
    expect(lines[1]?.amountExplanation).toMatchObject({
      rule: 'R5.3',
      policyVersionId: 'QP-2022',
      tier: 4,
      tierAmountFen: 100_000_000,
      standingTierBefore: 0,
      alreadyAwardedFen: 0,
      amountFen: 100_000_000,
      provisional: false,
    });
    expect(lines[1]?.amountExplanation?.zh).toContain('1,000,000.00 − 0.00 = 1,000,000.00');
    expect(lines[2]?.amountExplanation?.en).toContain('DEMO-2023-2028');
    const certifications = await Promise.all(
      lines.slice(1).map((line) => app.programme.get('Certification', line.certificationId ?? '')),
    );
    expect(certifications.map((certification) => certification?.policyVersionId)).toEqual([
      'QP-2022',
      'DEMO-2023-2028',
    ]);
  });
});
