import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, InvalidInput } from '#domain/errors';
import type { AppServices } from '#graphql/context';
import { listEnterprises } from '#use-cases/registry/enterprise-queries';
import { importEnterprises } from '#use-cases/registry/import-enterprises';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, tableSnapshot, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

let table: TestTable;
let app: AppServices;
beforeAll(async () => {
  ({ table, app } = await createRegistry());
});
afterAll(async () => table.drop());

const commission = user('ECONOMIC_COMMISSION');
const HEADER =
  '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人,联系人,联系电话';
const row = (
  code: string,
  name: string,
  town: string,
  overrides: Partial<Record<'tax' | 'status', string>> = {},
) =>
  [
    code,
    name,
    town,
    `上海市青浦区${town}某路1号`,
    '是',
    overrides.tax ?? '是',
    '是',
    '是',
    overrides.status ?? '正常',
    '是',
    '良好',
    '王伟',
    '李经理',
    '021-59701234',
  ].join(',');

describe('importEnterprises: a town register in CSV (DynamoDB Local)', () => {
  it('creates the good lines and reports each refused line with its number, writing nothing for it', async () => {
    const csv = [
      `\uFEFF${HEADER}`,
      row('913101180DM95UY1CJ', '上海青禾精密机械有限公司', '朱家角镇'),
      row('91310118QT56L02F4T', '上海淀湖智能装备有限公司', 'ZHUJIAJIAO', { tax: '否' }),
      row('91310118CGG2RWLDKX', '上海错码科技有限公司', '朱家角镇'),
      row('91310118CGG2RWLDKB', '上海无名镇公司', '桃花源镇'),
      row('913101180DM95UY1CJ', '上海青禾精密机械有限公司（重复）', '朱家角镇'),
      row('91310118JKR1X7KE0J', '上海练塘食品工业有限公司', '练塘镇', { status: '倒闭' }),
    ].join('\n');
    const report = await importEnterprises(commission, csv, app);
    expect(report).toMatchObject({ lines: 6, created: 2, updated: 0, unchanged: 0 });
    expect(
      report.errors.map((error) => ({
        line: error.line,
        fields: error.problems.map((problem) => `${problem.code}:${problem.field}`),
      })),
    ).toEqual([
      { line: 4, fields: ['BAD_USER_INPUT:creditCode'] },
      { line: 5, fields: ['BAD_USER_INPUT:town'] },
      { line: 6, fields: ['CONFLICT:creditCode'] },
      { line: 7, fields: ['BAD_USER_INPUT:businessStatus'] },
    ]);
    // Issue 18: every problem says what is wrong in Chinese too.
    expect(report.errors.flatMap((error) => error.problems.map((problem) => problem.messageZh))).toEqual([
      expect.stringMatching(/^校验码/) as unknown,
      '没有代码为 桃花源镇 的街镇',
      '统一社会信用代码已在第 2 行出现',
      expect.stringMatching(/^应为以下之一：NORMAL、/) as unknown,
    ]);
    await expect(app.enterprises.get('91310118CGG2RWLDKB')).resolves.toBeUndefined();
    await expect(app.enterprises.get('91310118JKR1X7KE0J')).resolves.toBeUndefined();
    await expect(app.enterprises.get('91310118QT56L02F4T')).resolves.toMatchObject({
      town: 'ZHUJIAJIAO',
      taxInQingpu: false,
      version: 1,
    });
  });

  it('re-importing the same register changes nothing; a changed line updates its enterprise', async () => {
    const csv = [
      HEADER,
      row('913101180DM95UY1CJ', '上海青禾精密机械有限公司', '朱家角镇'),
      row('91310118QT56L02F4T', '上海淀湖智能装备有限公司', 'ZHUJIAJIAO'),
    ].join('\n');
    const report = await importEnterprises(commission, csv, app);
    expect(report).toMatchObject({ lines: 2, created: 0, updated: 1, unchanged: 1, errors: [] });
    await expect(app.enterprises.get('91310118QT56L02F4T')).resolves.toMatchObject({
      taxInQingpu: true,
      version: 2,
    });
    const before = await tableSnapshot(table);
    expect(await importEnterprises(commission, csv, app)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('refuses a town officer’s lines for another town as FORBIDDEN, line by line', async () => {
    const officer = user('TOWN_OFFICER', { town: 'JINZE' });
    const csv = [
      HEADER,
      row('91310118JKR1X7KE0J', '上海金泽食品有限公司', '金泽镇'),
      row('91310118CGG2RWLDKB', '上海朱家角新材料科技有限公司', '朱家角镇'),
    ].join('\n');
    const report = await importEnterprises(officer, csv, app);
    expect(report.created).toBe(1);
    expect(report.errors).toEqual([
      {
        line: 3,
        creditCode: '91310118CGG2RWLDKB',
        problems: [expect.objectContaining({ code: 'FORBIDDEN' })],
      },
    ]);
  });

  it('reveals nothing of an enterprise registered in another town, even for an identical line (issue 16: one answer)', async () => {
    const officer = user('TOWN_OFFICER', { town: 'JINZE' });
    // A line of another town is refused for its town, whether or not its code is registered.
    const lines = [
      HEADER,
      row('913101180DM95UY1CJ', '上海青禾精密机械有限公司', '朱家角镇'),
      row('91310118A1RMH3KG4T', '上海朱家角未登记有限公司', '朱家角镇'),
    ].join('\n');
    const report = await importEnterprises(officer, lines, app);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(report.errors.map(({ line, problems }) => ({ line, codes: problems.map((p) => p.code) }))).toEqual(
      [
        { line: 2, codes: ['FORBIDDEN'] },
        { line: 3, codes: ['FORBIDDEN'] },
      ],
    );
    expect(report.errors[0]?.problems).toEqual(report.errors[1]?.problems);
  });

  it('answers a line of its own town with a code another town keeps as createEnterprise answers any registered code', async () => {
    const officer = user('TOWN_OFFICER', { town: 'JINZE' });
    const ours = [HEADER, row('913101180DM95UY1CJ', '上海青禾精密机械有限公司', '金泽镇')].join('\n');
    const report = await importEnterprises(officer, ours, app);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(report.errors).toEqual([
      {
        line: 2,
        creditCode: '913101180DM95UY1CJ',
        problems: [
          {
            field: 'creditCode',
            message:
              'enterprise 913101180DM95UY1CJ is already registered in the programme; ' +
              'if it has moved to your town, ask the commission to change the town that keeps it',
            messageZh:
              '企业 913101180DM95UY1CJ 已在本项目登记；如已迁入您所在街镇，请联系区经委变更其所属街镇',
            code: 'CONFLICT',
          },
        ],
      },
    ]);
  });

  it('refuses a file with missing or unknown columns whole, and callers who may not import', async () => {
    const before = await tableSnapshot(table);
    await expect(
      importEnterprises(commission, '统一社会信用代码,企业名称,颜色\n913101180DM95UY1CJ,x,红', app),
    ).rejects.toThrow(InvalidInput);
    await expect(importEnterprises(user('FINANCE'), `${HEADER}\n`, app)).rejects.toThrow(Forbidden);
    expect(await tableSnapshot(table)).toBe(before);
  });
});

describe('listEnterprises: scope, filters and cursor pagination (DynamoDB Local)', () => {
  beforeAll(async () => {
    const lines = Array.from({ length: 25 }, (_, index) =>
      row(
        demoCreditCode(5000 + index),
        `上海分页测试${String(index).padStart(2, '0')}有限公司`,
        index % 2 === 0 ? '徐泾镇' : '华新镇',
        index % 5 === 0 ? { tax: '否' } : {},
      ),
    );
    const report = await importEnterprises(commission, [HEADER, ...lines].join('\n'), app);
    if (report.errors.length > 0) throw new Error(`fixture import failed: ${JSON.stringify(report.errors)}`);
  });

  it('walks every page without losing or repeating a row', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await listEnterprises(
        commission,
        { first: 7, after, filter: { search: '分页测试' } },
        app,
      );
      seen.push(...page.edges.map((edge) => edge.node.name));
      after = page.hasNextPage ? page.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(pages).toBe(4);
    expect(seen).toEqual(
      Array.from({ length: 25 }, (_, index) => `上海分页测试${String(index).padStart(2, '0')}有限公司`),
    );
  });

  it('filters by town and by eligibility (R4.1: tax registration outside Qingpu fails)', async () => {
    const xujing = await listEnterprises(
      commission,
      { first: 100, filter: { town: 'XUJING', search: '分页测试' } },
      app,
    );
    expect(xujing.edges).toHaveLength(13);
    const ineligible = await listEnterprises(
      commission,
      { first: 100, filter: { eligible: false, search: '分页测试' } },
      app,
    );
    expect(ineligible.edges.map((edge) => edge.node.name)).toEqual(
      ['00', '05', '10', '15', '20'].map((n) => `上海分页测试${n}有限公司`),
    );
  });

  it('shows a town officer only their town, even when they filter for another town', async () => {
    const officer = user('TOWN_OFFICER', { town: 'HUAXIN' });
    const own = await listEnterprises(officer, { first: 100 }, app);
    expect(own.edges.length).toBeGreaterThan(0);
    expect(own.edges.every((edge) => edge.node.town === 'HUAXIN')).toBe(true);
    const other = await listEnterprises(officer, { first: 100, filter: { town: 'XUJING' } }, app);
    expect(other.edges).toEqual([]);
  });

  it('shows an enterprise user only itself', async () => {
    const self = user('ENTERPRISE', { creditCode: demoCreditCode(5003) });
    const page = await listEnterprises(self, { first: 100 }, app);
    expect(page.edges.map((edge) => edge.node.creditCode)).toEqual([demoCreditCode(5003)]);
  });

  it('refuses page sizes outside 1–100 and cursors it did not issue', async () => {
    await expect(listEnterprises(commission, { first: 101 }, app)).rejects.toThrow(InvalidInput);
    const xujing = await listEnterprises(commission, { first: 2, filter: { town: 'XUJING' } }, app);
    await expect(
      listEnterprises(commission, { first: 2, after: xujing.endCursor, filter: { town: 'HUAXIN' } }, app),
    ).rejects.toThrow(
      new InvalidInput([{ path: ['after'], message: 'this cursor belongs to another query' }]),
    );
    await expect(listEnterprises(commission, { first: 10, after: 'not-a-cursor' }, app)).rejects.toThrow(
      InvalidInput,
    );
  });
});
