import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '#domain/identity/principal';
import type { Role } from '#domain/identity/principal';
import { createAppServices } from '#graphql/app-services';
import type { AppServices } from '#graphql/context';
import { systemClock } from '#domain/clock';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { createProvider } from '#use-cases/registry/provider-commands';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { testFileStore } from '../support/files.ts';
import { enterpriseInput, user } from '../support/registry.ts';
import { demoCreditCode } from '../../local/demo-data.ts';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];
const OWN_CODE = '913101180DM95UY1CJ'; // the enterprise user's own enterprise, in Zhujiajiao
const OTHER_CODE = '91310118QT56L02F4T'; // an enterprise of Jinze
const PROVIDER_CODE = '91330100716105852F';
const PROVIDER_ID = `PRV-${PROVIDER_CODE}`;
const OTHER_PROVIDER_ID = 'PRV-914403001922038216';

let api: TestApi;
let app: AppServices;
const tokens = new Map<Caller, string | undefined>();

beforeAll(async () => {
  api = await startTestApi('development');
  app = createAppServices({
    mode: 'development',
    dynamo: api.table.client,
    tableName: api.table.tableName,
    clock: systemClock,
    files: testFileStore(),
  });
  const commission = user('ECONOMIC_COMMISSION');
  await createEnterprise(commission, enterpriseInput({ creditCode: OWN_CODE }), app);
  await createEnterprise(
    commission,
    enterpriseInput({ creditCode: OTHER_CODE, town: 'JINZE', name: '上海金泽某公司' }),
    app,
  );
  const provider = {
    name: '上海智造诊断咨询有限公司',
    onRoster: true,
    rosterSince: '2025-03-01',
    independentLiability: true,
    wellManaged: true,
    businessStatus: 'NORMAL',
    soundFinancialRecords: true,
    creditStanding: 'GOOD',
  };
  await createProvider(commission, { ...provider, creditCode: PROVIDER_CODE }, app);
  await createProvider(
    commission,
    { ...provider, creditCode: '914403001922038216', name: '深圳某咨询公司' },
    app,
  );
  for (const caller of CALLERS) {
    tokens.set(
      caller,
      caller === 'ANONYMOUS'
        ? undefined
        : await api.token({
            userId: `matrix-${caller}`,
            role: caller,
            town: caller === 'TOWN_OFFICER' ? 'ZHUJIAJIAO' : undefined,
            creditCode: caller === 'ENTERPRISE' ? OWN_CODE : undefined,
            providerId: caller === 'PROVIDER' ? PROVIDER_ID : undefined,
          }),
    );
  }
}, 60_000);
afterAll(async () => api.close());

const csvHeader =
  '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人';

/** One example call of every root field, valid for a caller who is allowed to make it. */
type Example = { query: string; variables?: Record<string, unknown> };
const OPERATIONS: Record<string, (caller: Caller, index: number) => Example | Promise<Example>> = {
  health: () => ({ query: '{ health { status } }' }),
  version: () => ({ query: '{ version { version } }' }),
  me: () => ({ query: '{ me { role } }' }),
  towns: () => ({ query: '{ towns { code } }' }),
  enterprises: () => ({ query: '{ enterprises(first: 5) { edges { node { creditCode } } } }' }),
  enterprise: () => ({ query: `{ enterprise(creditCode: "${OWN_CODE}") { name } }` }),
  createEnterprise: (_caller, index) => ({
    query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    variables: { input: enterpriseInput({ creditCode: demoCreditCode(9000 + index) }) },
  }),
  updateEnterprise: async (caller) => ({
    query: 'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }',
    variables: {
      input: {
        creditCode: OWN_CODE,
        version: (await app.enterprises.get(OWN_CODE))?.version,
        contacts: [{ name: `联系人${caller}` }],
      },
    },
  }),
  importEnterprises: (_caller, index) => ({
    query: 'mutation($csv: String!) { importEnterprises(csv: $csv) { created errors { line } } }',
    variables: {
      csv: `${csvHeader}\n${demoCreditCode(9500 + index)},上海导入测试${index}有限公司,朱家角镇,上海市青浦区朱家角镇1号,是,是,是,是,正常,是,良好,王伟`,
    },
  }),
  providers: () => ({ query: '{ providers(first: 5) { edges { node { id } } } }' }),
  provider: () => ({ query: `{ provider(id: "${PROVIDER_ID}") { name } }` }),
  createProvider: (_caller, index) => ({
    query: 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    variables: {
      input: {
        creditCode: demoCreditCode(9800 + index, '310104'),
        name: `上海矩阵测试咨询${index}有限公司`,
        onRoster: false,
        independentLiability: true,
        wellManaged: true,
        businessStatus: 'NORMAL',
        soundFinancialRecords: true,
        creditStanding: 'GOOD',
      },
    },
  }),
  updateProvider: async (caller) => ({
    query: 'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version } }',
    variables: {
      input: {
        id: PROVIDER_ID,
        version: (await app.providers.get(PROVIDER_ID))?.version,
        contacts: [{ name: `联系人${caller}` }],
      },
    },
  }),
  auditTrail: () => ({
    query: `{ auditTrail(entityId: "${OWN_CODE}") { edges { node { operation } } } }`,
  }),
};

const SIGNED_IN = ROLES;
const EC = 'ECONOMIC_COMMISSION';
const READERS: readonly Caller[] = [EC, 'JOINT_REVIEWER', 'FINANCE', 'PROMOTION_OFFICE'];

/** Who may call what, from the issue: town officers keep their towns, subjects see themselves, anonymous gets liveness. */
const ALLOWED: Record<keyof typeof OPERATIONS, readonly Caller[]> = {
  health: CALLERS,
  version: SIGNED_IN,
  me: SIGNED_IN,
  towns: SIGNED_IN,
  enterprises: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  enterprise: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  createEnterprise: [EC, 'TOWN_OFFICER'],
  updateEnterprise: [EC, 'TOWN_OFFICER', 'ENTERPRISE'],
  importEnterprises: [EC, 'TOWN_OFFICER'],
  providers: [...READERS, 'TOWN_OFFICER', 'PROVIDER'],
  provider: [...READERS, 'TOWN_OFFICER', 'PROVIDER'],
  createProvider: [EC],
  updateProvider: [EC, 'PROVIDER'],
  auditTrail: [EC],
};

describe('authorization matrix over HTTP: every caller × every query and mutation', () => {
  it('covers every root field of the schema', async () => {
    const { body } = await api.query(
      '{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }',
    );
    const fields = ['q', 'm'].flatMap((root) =>
      (body.data?.[root] as { fields: { name: string }[] }).fields.map((field) => field.name),
    );
    expect(fields.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  const cases = Object.keys(OPERATIONS).flatMap((field) =>
    CALLERS.map((caller, index) => ({
      field,
      caller,
      index,
      allowed: ALLOWED[field]?.includes(caller) ?? false,
    })),
  );

  it.each(cases)('$caller → $field: allowed=$allowed', async ({ field, caller, index, allowed }) => {
    const operation = OPERATIONS[field];
    if (!operation) throw new Error(`no example for ${field}`);
    const { query, variables } = await operation(caller, index);
    const { body } = await api.query(query, {
      token: tokens.get(caller),
      ...(variables ? { variables } : {}),
    });
    const codes = (body.errors ?? []).map((error) => error.extensions?.['code']);
    expect({ field, caller, outcome: codes.length === 0 ? 'allowed' : codes.join(',') }).toEqual({
      field,
      caller,
      outcome: allowed ? 'allowed' : 'FORBIDDEN',
    });
  });
});

const everything = {
  enterpriseTowns: ['JINZE', 'ZHUJIAJIAO'],
  seesOwnEnterprise: true,
  seesOtherEnterprise: true,
  providers: [PROVIDER_ID, OTHER_PROVIDER_ID],
  providerCount: 3, // the two above and the one the commission created in the matrix
};
const nothing: {
  enterpriseTowns: string[];
  seesOwnEnterprise: boolean;
  seesOtherEnterprise: boolean;
  providers: string[];
  providerCount: number;
} = {
  enterpriseTowns: [],
  seesOwnEnterprise: false,
  seesOtherEnterprise: false,
  providers: [],
  providerCount: 0,
};

/** What each caller's lists may contain (after the matrix above has run its creations). */
const EXPECTED_SCOPE: Record<Exclude<Caller, 'ANONYMOUS'>, typeof nothing> = {
  ECONOMIC_COMMISSION: everything,
  JOINT_REVIEWER: everything,
  FINANCE: everything,
  PROMOTION_OFFICE: everything,
  EXPERT: nothing,
  TOWN_OFFICER: { ...everything, enterpriseTowns: ['ZHUJIAJIAO'], seesOtherEnterprise: false },
  ENTERPRISE: { ...nothing, enterpriseTowns: ['ZHUJIAJIAO'], seesOwnEnterprise: true },
  PROVIDER: { ...nothing, providers: [PROVIDER_ID], providerCount: 1 },
};

describe('row-level scope: lists never leak rows out of scope', () => {
  it.each(ROLES)('%s sees only rows in scope', async (caller) => {
    // Separate requests: a list the role may not see at all is FORBIDDEN and would null the other.
    const listed = async (query: string, list: string): Promise<{ node: Record<string, unknown> }[]> => {
      const { body } = await api.query(query, { token: tokens.get(caller) });
      if (body.errors?.[0]?.extensions?.['code'] === 'FORBIDDEN') return [];
      return (body.data?.[list] as { edges: { node: Record<string, unknown> }[] }).edges;
    };
    const enterprises = (await listed(
      '{ enterprises(first: 100) { edges { node { creditCode town { code } } } } }',
      'enterprises',
    )) as { node: { creditCode: string; town: { code: string } } }[];
    const providers = (await listed('{ providers(first: 100) { edges { node { id } } } }', 'providers')) as {
      node: { id: string };
    }[];
    const codes = enterprises.map((edge) => edge.node.creditCode);
    const providerIds = providers.map((edge) => edge.node.id);
    expect({
      enterpriseTowns: [...new Set(enterprises.map((edge) => edge.node.town.code))].sort(),
      seesOwnEnterprise: codes.includes(OWN_CODE),
      seesOtherEnterprise: codes.includes(OTHER_CODE),
      providers: [PROVIDER_ID, OTHER_PROVIDER_ID].filter((id) => providerIds.includes(id)),
      providerCount: providerIds.length,
    }).toEqual(EXPECTED_SCOPE[caller]);
  });

  it('hides bank details from a town officer and contact data from finance, field by field', async () => {
    const query = `{ enterprise(creditCode: "${OWN_CODE}") { name contacts { name } bankAccount { accountNumber } } }`;
    const officer = await api.query(query, { token: tokens.get('TOWN_OFFICER') });
    expect(officer.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
      ['enterprise.bankAccount', 'FORBIDDEN'],
    ]);
    const finance = await api.query(query, { token: tokens.get('FINANCE') });
    expect(finance.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
      ['enterprise.contacts', 'FORBIDDEN'],
    ]);
  });

  it('answers NOT_FOUND, not the record, when a town officer asks for another town’s enterprise', async () => {
    const { body } = await api.query(`{ enterprise(creditCode: "${OTHER_CODE}") { name } }`, {
      token: tokens.get('TOWN_OFFICER'),
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(body.data).toBeNull();
  });
});
