import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord } from '#domain/audit/audit-record';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import { checkCharacter } from '#domain/registry/credit-code';
import type { AppServices } from '#graphql/context';
import { addIntentionEntry } from '#use-cases/diagnosis/intention-pool';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, tableSnapshot, user } from '../../support/registry.ts';

/** R4.5: the intention pool (R6.1.1) takes only enterprises that meet R4.1 and R4.3 and are not banned (R7.2). */

let table: TestTable;
let app: AppServices;
const commission = user('ECONOMIC_COMMISSION');
const officer = user('TOWN_OFFICER', { town: 'ZHUJIAJIAO' });
const ELIGIBLE = '913101180DM95UY1CJ';
const OUTSIDE = '91310118QT56L02F4T';
const DISORDERLY = '91310118JKR1X7KE0J';
const BANNED = '913101180RBGLAAH9E';
const LAPSED = '91310118CGG2RWLDKB';
const JINZE = '91310118MA7JNNEE1'.concat(checkCharacter('91310118MA7JNNEE1'));
const UNREGISTERED = '91310118MA1XXXXXX'.concat(checkCharacter('91310118MA1XXXXXX'));

const entry = (creditCode: string) => ({
  year: 2027,
  creditCode,
  contactName: '李经理',
  contactPhone: '021-59701234',
  needs: '产线数字化诊断',
});

/** An R7.2 ban as a serious fraud finding leaves it on the enterprise (first day it may apply again). */
async function ban(creditCode: string, until: string): Promise<void> {
  const enterprise = await app.enterprises.get(creditCode);
  if (!enterprise) throw new Error(`no ${creditCode}`);
  const banned = {
    ...enterprise,
    ban: { until, reason: 'R7.1 fraud finding FF-1' },
    version: enterprise.version + 1,
  };
  await app.enterprises.update(
    banned,
    enterprise.version,
    auditRecord(commission, new Date(), {
      operation: 'banEnterprise',
      entityType: 'ENTERPRISE',
      entityId: creditCode,
      before: enterprise,
      after: banned,
    }),
  );
}

beforeAll(async () => {
  ({ table, app } = await createRegistry(new Date('2026-11-30T02:00:00Z')));
  const enterprises: [string, Record<string, unknown>][] = [
    [ELIGIBLE, {}],
    [OUTSIDE, { businessInQingpu: false, taxInQingpu: false }],
    [DISORDERLY, { wellManaged: false }],
    [BANNED, {}],
    [LAPSED, {}],
    [JINZE, { town: 'JINZE' }],
  ];
  for (const [creditCode, overrides] of enterprises) {
    await createEnterprise(
      commission,
      enterpriseInput({ creditCode, name: `企业${creditCode.slice(-4)}`, ...overrides }),
      app,
    );
  }
  await ban(BANNED, '2029-11-30');
  await ban(LAPSED, '2026-11-30');
}, 60_000);
afterAll(async () => table.drop());

describe('R4.5: who enters the intention pool', () => {
  it('R4.5: an enterprise outside Qingpu (R4.1) is refused with every failing condition, and nothing is written', async () => {
    const before = await tableSnapshot(table);
    const attempt = addIntentionEntry(officer, entry(OUTSIDE), app);
    await expect(attempt).rejects.toThrow(PolicyViolation);
    await expect(attempt).rejects.toMatchObject({
      rule: 'R4.5',
      reasons: [
        { rule: 'R4.1', message: 'actual place of business is not in Qingpu' },
        { rule: 'R4.1', message: 'tax registration is not in Qingpu' },
      ],
    });
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('R4.5: an enterprise failing R4.3 is refused', async () => {
    const before = await tableSnapshot(table);
    await expect(addIntentionEntry(commission, entry(DISORDERLY), app)).rejects.toMatchObject({
      rule: 'R4.5',
      reasons: [{ rule: 'R4.3', message: 'is not run in an orderly way' }],
    });
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('R4.5: a banned enterprise (R7.2) is refused, naming the ban; once the ban has lapsed it is taken', async () => {
    const before = await tableSnapshot(table);
    const attempt = addIntentionEntry(officer, entry(BANNED), app);
    await expect(attempt).rejects.toMatchObject({ rule: 'R7.2' });
    await expect(attempt).rejects.toMatchObject({ reasons: [{ rule: 'R7.2' }] });
    expect(await tableSnapshot(table)).toBe(before);
    await expect(addIntentionEntry(officer, entry(LAPSED), app)).resolves.toMatchObject({
      creditCode: LAPSED,
    });
  });

  it('R4.5: an eligible enterprise is taken, with its audit record', async () => {
    const added = await addIntentionEntry(officer, entry(ELIGIBLE), app);
    expect(added).toMatchObject({ id: `2027#${ELIGIBLE}`, town: 'ZHUJIAJIAO' });
    const trail = await app.auditTrail.list(added.id, { first: 10 });
    expect(trail.edges.map((edge) => edge.node.operation)).toEqual(['addIntentionEntry']);
  });
});

describe('issue 16 item 4: one answer for "not yours" and "not there"', () => {
  const refusalOf = async (attempt: Promise<unknown>) => {
    const error: unknown = await attempt.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).issues;
  };

  it('a town officer gets the same BAD_USER_INPUT for another town’s enterprise as for an unregistered code, and nothing is written', async () => {
    const before = await tableSnapshot(table);
    const notYours = await refusalOf(addIntentionEntry(officer, entry(JINZE), app));
    const notThere = await refusalOf(addIntentionEntry(officer, entry(UNREGISTERED), app));
    expect(notYours).toEqual(notThere);
    expect(notYours).toEqual([
      {
        path: ['input', 'creditCode'],
        message: 'no enterprise of your town is registered with this credit code',
      },
    ]);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('the commission keeps its own message for an unregistered code', async () => {
    expect(await refusalOf(addIntentionEntry(commission, entry(UNREGISTERED), app))).toEqual([
      { path: ['input', 'creditCode'], message: 'no registered enterprise has this credit code' },
    ]);
  });
});
