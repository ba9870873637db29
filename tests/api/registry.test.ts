import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { enterpriseInput } from '../support/registry.ts';

let api: TestApi;
let commission: string;
beforeAll(async () => {
  api = await startTestApi('development');
  commission = await api.token({ userId: 'commission-1', role: 'ECONOMIC_COMMISSION' });
});
afterAll(async () => api.close());

const CREATE =
  'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode version } }';
const UPDATE = 'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }';

describe('enterprises over GraphQL', () => {
  it('answers bad input with BAD_USER_INPUT and the path of every offending field, in English and Chinese (R4 registry rules, issue 18)', async () => {
    const { body } = await api.query(CREATE, {
      token: commission,
      variables: { input: enterpriseInput({ creditCode: '91310118QT56L02F4X', registeredAddress: '' }) },
    });
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['input', 'creditCode'],
          message: 'the check character (18th) does not match the first 17 characters',
          messageZh: '校验码（第 18 位）与前 17 位不符',
        },
        {
          path: ['input', 'registeredAddress'],
          message: 'at least 2 characters',
          messageZh: '至少 2 个字符',
        },
      ],
      messageZh:
        '输入有误：input.creditCode：校验码（第 18 位）与前 17 位不符；input.registeredAddress：至少 2 个字符',
      messageEn:
        'input.creditCode: the check character (18th) does not match the first 17 characters; input.registeredAddress: at least 2 characters',
    });
  });

  it('shows every failing eligibility condition with its rule, in English and Chinese (R4.1, R4.3, issue 18)', async () => {
    await api.query(CREATE, {
      token: commission,
      variables: {
        input: enterpriseInput({
          creditCode: '91310118QT56L02F4T',
          taxInQingpu: false,
          businessStatus: 'ABNORMAL',
        }),
      },
    });
    const { body } = await api.query(
      '{ enterprise(creditCode: "91310118qt56l02f4t") { eligibility { eligible reasons { rule message messageZh } } } }',
      {
        token: commission,
      },
    );
    expect(body.data?.['enterprise']).toEqual({
      eligibility: {
        eligible: false,
        reasons: [
          { rule: 'R4.1', message: 'tax registration is not in Qingpu', messageZh: '财税户管地不在青浦' },
          {
            rule: 'R4.3',
            message: 'business status is ABNORMAL, not NORMAL',
            messageZh: '经营状态为「经营异常」，不是「存续/正常」',
          },
        ],
      },
    });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const first = await api.query(UPDATE, {
      token: commission,
      variables: { input: { creditCode: '91310118QT56L02F4T', version: 1, taxInQingpu: true } },
    });
    expect(first.body.data?.['updateEnterprise']).toEqual({ version: 2 });
    const stale = await api.query(UPDATE, {
      token: commission,
      variables: { input: { creditCode: '91310118QT56L02F4T', version: 1, name: '迟到的修改' } },
    });
    expect(stale.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(stale.body.errors?.[0]?.extensions?.['messageZh']).toBe(
      'enterprise 91310118QT56L02F4T 已被他人修改（当前版本 2，提交的是版本 1），请刷新后重试',
    );
  });

  it('refuses an oversized id as bad input instead of passing it to the database', async () => {
    const { body } = await api.query(`{ auditTrail(entityId: "${'x'.repeat(3000)}") { edges { cursor } } }`, {
      token: commission,
    });
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['entityId'],
          message: 'an id has 1 to 200 characters',
          messageZh: '编号应为 1 至 200 个字符',
        },
      ],
      messageZh: '输入有误：entityId：编号应为 1 至 200 个字符',
      messageEn: 'entityId: an id has 1 to 200 characters',
    });
  });

  it('reads the audit trail newest first, with actor, role and operation', async () => {
    const { body } = await api.query(
      '{ auditTrail(entityId: "91310118QT56L02F4T") { edges { node { operation actorId actorRole before } } } }',
      {
        token: commission,
      },
    );
    const nodes = (body.data?.['auditTrail'] as { edges: { node: Record<string, unknown> }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.map((node) => [node['operation'], node['actorId'], node['actorRole']])).toEqual([
      ['updateEnterprise', 'commission-1', 'ECONOMIC_COMMISSION'],
      ['createEnterprise', 'commission-1', 'ECONOMIC_COMMISSION'],
    ]);
    expect(nodes[1]?.['before']).toBeNull();
  });
});

describe('providers over GraphQL', () => {
  const CREATE_PROVIDER =
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id version eligibility { eligible reasons { rule } } } }';
  const UPDATE_PROVIDER =
    'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version onRoster bankAccount { accountNumber } } }';
  const provider = {
    creditCode: '91330100716105852F',
    name: '杭州智能制造诊断服务有限公司',
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
  };

  it('R6.1.2: a provider put on the roster needs the date it joined', async () => {
    const { body } = await api.query(CREATE_PROVIDER, {
      token: commission,
      variables: { input: { ...provider, onRoster: true } },
    });
    expect(body.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        path: ['input', 'rosterSince'],
        message: 'a provider on the roster needs the date it joined (R6.1.2)',
        messageZh: '已入库的服务商需填写入库日期（R6.1.2）',
      },
    ]);
  });

  it('R6.1.2: a provider off the roster is registered but not eligible', async () => {
    const { body } = await api.query(CREATE_PROVIDER, {
      token: commission,
      variables: { input: { ...provider, onRoster: false } },
    });
    expect(body.data?.['createProvider']).toEqual({
      id: 'PRV-91330100716105852F',
      version: 1,
      eligibility: { eligible: false, reasons: [{ rule: 'R6.1.2' }] },
    });
  });

  it('lets a provider record its own bank account but not put itself on the roster', async () => {
    const self = await api.token({
      userId: 'provider-user',
      role: 'PROVIDER',
      providerId: 'PRV-91330100716105852F',
    });
    const bank = await api.query(UPDATE_PROVIDER, {
      token: self,
      variables: {
        input: {
          id: 'PRV-91330100716105852F',
          version: 1,
          bankAccount: {
            bankName: '招商银行杭州分行',
            accountName: provider.name,
            accountNumber: '5719-0123-4567-8901',
          },
        },
      },
    });
    expect(bank.body.data?.['updateProvider']).toEqual({
      version: 2,
      onRoster: false,
      bankAccount: { accountNumber: '5719012345678901' },
    });
    const roster = await api.query(UPDATE_PROVIDER, {
      token: self,
      variables: {
        input: { id: 'PRV-91330100716105852F', version: 2, onRoster: true, rosterSince: '2026-11-29' },
      },
    });
    expect(roster.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
