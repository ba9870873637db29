import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conflict, Forbidden, InvalidInput, NotFound } from '#domain/errors';
import type { AppServices } from '#graphql/context';
import { createEnterprise, updateEnterprise } from '#use-cases/registry/enterprise-commands';
import { readAuditTrail } from '#use-cases/registry/audit-trail';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, enterpriseInput, tableSnapshot, user } from '../../support/registry.ts';

let table: TestTable;
let app: AppServices;
beforeAll(async () => {
  ({ table, app } = await createRegistry());
});
afterAll(async () => table.drop());

const commission = user('ECONOMIC_COMMISSION');
const zhujiajiaoOfficer = user('TOWN_OFFICER', { town: 'ZHUJIAJIAO' });
const jinzeOfficer = user('TOWN_OFFICER', { town: 'JINZE' });

describe('createEnterprise (DynamoDB Local)', () => {
  it('registers an enterprise and writes its audit record in the same transaction', async () => {
    const created = await createEnterprise(
      zhujiajiaoOfficer,
      enterpriseInput({ creditCode: '91310118qt56l02f4t' }),
      app,
    );
    expect(created).toMatchObject({ creditCode: '91310118QT56L02F4T', version: 1, town: 'ZHUJIAJIAO' });
    await expect(app.enterprises.get('91310118QT56L02F4T')).resolves.toEqual(created);
    const trail = await readAuditTrail(commission, { entityId: '91310118QT56L02F4T' }, app);
    expect(trail.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        actorId: zhujiajiaoOfficer.kind === 'user' ? zhujiajiaoOfficer.userId : '',
        actorRole: 'TOWN_OFFICER',
        operation: 'createEnterprise',
        entityType: 'ENTERPRISE',
        before: null,
        after: JSON.stringify(created),
      }),
    ]);
  });

  it('refuses a second registration of the same credit code with CONFLICT and changes nothing', async () => {
    const before = await tableSnapshot(table);
    await expect(
      createEnterprise(
        commission,
        enterpriseInput({ creditCode: '91310118QT56L02F4T', name: '另一家公司' }),
        app,
      ),
    ).rejects.toThrow(Conflict);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('refuses invalid input, naming every field, and leaves the table unchanged', async () => {
    const before = await tableSnapshot(table);
    const attempt = createEnterprise(
      commission,
      enterpriseInput({
        creditCode: '913101180DM95UY1CK',
        name: 'x',
        contacts: [{ name: '张三', phone: 'call me' }],
      }),
      app,
    );
    await expect(attempt).rejects.toThrow(InvalidInput);
    const error = (await attempt.catch((caught: unknown) => caught)) as InvalidInput;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['input', 'creditCode'],
      ['input', 'name'],
      ['input', 'contacts', 0, 'phone'],
    ]);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('refuses an unknown town', async () => {
    await expect(
      createEnterprise(
        commission,
        enterpriseInput({ creditCode: '91310118CGG2RWLDKB', town: 'ATLANTIS' }),
        app,
      ),
    ).rejects.toThrow(
      new InvalidInput([{ path: ['input', 'town'], message: 'no local unit has the code ATLANTIS' }]),
    );
  });

  it('lets a town officer register enterprises of their own town only', async () => {
    await expect(
      createEnterprise(jinzeOfficer, enterpriseInput({ creditCode: '91310118CGG2RWLDKB' }), app),
    ).rejects.toThrow(Forbidden);
    await expect(app.enterprises.get('91310118CGG2RWLDKB')).resolves.toBeUndefined();
  });

  it('does not let a town officer set bank details, which only the commission and the enterprise handle', async () => {
    const bankAccount = {
      bankName: '中国工商银行上海青浦支行',
      accountName: '上海练塘食品工业有限公司',
      accountNumber: '1001 2345 6789 0123',
    };
    await expect(
      createEnterprise(
        zhujiajiaoOfficer,
        enterpriseInput({ creditCode: '91310118JKR1X7KE0J', bankAccount }),
        app,
      ),
    ).rejects.toThrow(Forbidden);
    const created = await createEnterprise(
      commission,
      enterpriseInput({ creditCode: '91310118JKR1X7KE0J', bankAccount }),
      app,
    );
    expect(created.bankAccount?.accountNumber).toBe('1001234567890123');
  });
});

describe('updateEnterprise (DynamoDB Local)', () => {
  const code = '913101180DM95UY1CJ';
  beforeAll(async () => {
    await createEnterprise(commission, enterpriseInput({ creditCode: code }), app);
  });

  it('applies a change against the current version and records before and after', async () => {
    const updated = await updateEnterprise(
      zhujiajiaoOfficer,
      { creditCode: code, version: 1, taxInQingpu: false },
      app,
    );
    expect(updated).toMatchObject({ version: 2, taxInQingpu: false });
    const [latest] = (await readAuditTrail(commission, { entityId: code, first: 1 }, app)).edges;
    expect(JSON.parse(latest?.node.before as string)).toMatchObject({ version: 1, taxInQingpu: true });
    expect(JSON.parse(latest?.node.after as string)).toMatchObject({ version: 2, taxInQingpu: false });
  });

  it('of two concurrent updates of the same version, exactly one wins; the other gets CONFLICT', async () => {
    const current = await app.enterprises.get(code);
    const version = current?.version ?? 0;
    const results = await Promise.allSettled([
      updateEnterprise(commission, { creditCode: code, version, name: '上海青禾精密机械股份有限公司' }, app),
      updateEnterprise(zhujiajiaoOfficer, { creditCode: code, version, principalName: '李丽华' }, app),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((result) => result.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(Conflict);
    const stored = await app.enterprises.get(code);
    expect(stored?.version).toBe(version + 1);
    const trail = await readAuditTrail(commission, { entityId: code, first: 100 }, app);
    expect(
      trail.edges.filter(
        (edge) => (JSON.parse(edge.node.after as string) as { version: number }).version === version + 1,
      ),
    ).toHaveLength(1);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const before = await tableSnapshot(table);
    await expect(
      updateEnterprise(commission, { creditCode: code, version: 1, name: '过期的修改' }, app),
    ).rejects.toThrow(Conflict);
    expect(await tableSnapshot(table)).toBe(before);
  });

  it('lets the enterprise change its own contacts but not its R4 facts', async () => {
    const self = user('ENTERPRISE', { creditCode: code });
    const { version } = (await app.enterprises.get(code)) ?? { version: 0 };
    const updated = await updateEnterprise(
      self,
      { creditCode: code, version, contacts: [{ name: '赵秘书', email: 'zhao@example.com' }] },
      app,
    );
    expect(updated.contacts).toEqual([{ name: '赵秘书', email: 'zhao@example.com' }]);
    await expect(
      updateEnterprise(self, { creditCode: code, version: updated.version, taxInQingpu: true }, app),
    ).rejects.toThrow(Forbidden);
  });

  it('does not let a town officer move an enterprise to another town, nor touch another town’s enterprise', async () => {
    const { version } = (await app.enterprises.get(code)) ?? { version: 0 };
    await expect(
      updateEnterprise(zhujiajiaoOfficer, { creditCode: code, version, town: 'JINZE' }, app),
    ).rejects.toThrow(Forbidden);
    await expect(
      updateEnterprise(jinzeOfficer, { creditCode: code, version, name: '越权修改' }, app),
    ).rejects.toThrow(NotFound);
  });

  it('does not let a town officer confirm a guessed bank account by sending it unchanged', async () => {
    const bankAccount = {
      bankName: '中国工商银行上海青浦支行',
      accountName: '上海青禾',
      accountNumber: '6222020000000001',
    };
    const current = await app.enterprises.get(code);
    await updateEnterprise(commission, { creditCode: code, version: current?.version, bankAccount }, app);
    const { version } = (await app.enterprises.get(code)) ?? { version: 0 };
    await expect(
      updateEnterprise(zhujiajiaoOfficer, { creditCode: code, version, bankAccount }, app),
    ).rejects.toThrow(Forbidden);
  });

  it('writes nothing when the change sets fields to the values they already have', async () => {
    const current = await app.enterprises.get(code);
    const before = await tableSnapshot(table);
    const result = await updateEnterprise(
      commission,
      { creditCode: code, version: current?.version, name: current?.name },
      app,
    );
    expect(result.version).toBe(current?.version);
    expect(await tableSnapshot(table)).toBe(before);
  });
});
