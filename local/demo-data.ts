/**
 * Demonstration records for `npm start`: fictional enterprises across Qingpu's towns with valid credit
 * codes, a few providers, and some subjects that fail eligibility for different reasons (R4.1, R4.3,
 * R7.2, R6.1.2) so that every page has something to show.
 */
import { checkCharacter } from '#domain/registry/credit-code';
import type { Enterprise } from '#domain/registry/enterprise';
import { providerIdFor } from '#domain/registry/provider';
import { SEED_TOWNS } from '#domain/towns/town';
import type { DemoData } from '#use-cases/registry/seed-demo-data';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid credit code: 91 (enterprise), 310118 (Qingpu), 9 organisation characters, check character. */
export function demoCreditCode(serial: number, division = '310118'): string {
  let organisation = '';
  let rest = serial;
  for (let i = 0; i < 6; i += 1) {
    organisation = ALPHABET.charAt(rest % 31) + organisation;
    rest = Math.floor(rest / 31);
  }
  const first17 = `91${division}MA1${organisation}`;
  return first17 + checkCharacter(first17);
}

const TRADE_NAMES = [
  '青禾',
  '淀湖',
  '朱家角',
  '练塘',
  '金泽',
  '赵巷',
  '徐泾',
  '华新',
  '重固',
  '白鹤',
  '夏阳',
  '盈浦',
  '香花',
  '青西',
  '澱山',
  '崧泽',
  '曲水',
  '珠溪',
  '泖河',
  '汇金',
  '新达',
  '瑞丰',
  '宏图',
  '博远',
  '恒通',
];
const INDUSTRIES = [
  '精密机械',
  '智能装备',
  '新材料科技',
  '食品工业',
  '电子科技',
  '汽车零部件',
  '医疗器械',
  '包装材料',
  '纺织科技',
  '物流装备',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['建国', '丽华', '志强', '秀英', '伟', '敏', '军', '静', '磊', '洋'];

type DemoEnterprise = DemoData['enterprises'][number];

/** What makes some demo enterprises ineligible: one reason each, some with two. */
const FAULTS: Record<number, Partial<Enterprise>> = {
  3: { taxInQingpu: false },
  7: { businessInQingpu: false, taxInQingpu: false },
  12: { businessStatus: 'ABNORMAL' },
  18: { creditStanding: 'POOR' },
  23: { businessStatus: 'DEREGISTERED' },
  29: { soundFinancialRecords: false, wellManaged: false },
  34: { ban: { until: '2028-06-30', reason: 'R7.1 fraud finding on a 2025 implementation award (demo)' } },
  41: { businessStatus: 'REVOKED', independentLiability: false },
};

export function demoEnterprises(count = 50): DemoEnterprise[] {
  return Array.from({ length: count }, (_, index) => {
    const town = SEED_TOWNS[index % SEED_TOWNS.length] ?? SEED_TOWNS[0];
    const trade = TRADE_NAMES[index % TRADE_NAMES.length] ?? '青浦';
    const industry = INDUSTRIES[(index * 7) % INDUSTRIES.length] ?? '制造';
    const principal = `${SURNAMES[index % SURNAMES.length] ?? '王'}${GIVEN[(index * 3) % GIVEN.length] ?? '伟'}`;
    const serial = 1000 + index * 97;
    return {
      creditCode: demoCreditCode(serial),
      // The first would share its name with an enterprise of the sample list (certifiedDemoEnterprises).
      name: `上海${trade}${industry}有限公司${index >= TRADE_NAMES.length || index === 0 ? `（${Math.floor(index / TRADE_NAMES.length) + 2}厂）` : ''}`,
      town: town?.code ?? 'XIAYANG',
      registeredAddress: `上海市青浦区${town?.name ?? ''}工业路${100 + index}号`,
      businessInQingpu: true,
      taxInQingpu: true,
      independentLiability: true,
      wellManaged: true,
      businessStatus: 'NORMAL',
      soundFinancialRecords: true,
      creditStanding: 'GOOD',
      principalName: principal,
      contacts: [
        {
          name: `${SURNAMES[(index + 4) % SURNAMES.length] ?? '李'}经理`,
          phone: `021-5970${String(1000 + index).slice(-4)}`,
        },
      ],
      bankAccount: {
        bankName: '中国工商银行上海青浦支行',
        accountName: `上海${trade}${industry}有限公司`,
        accountNumber: `10012${String(2026000000 + serial).padStart(14, '0')}`,
      },
      ...FAULTS[index],
    } satisfies DemoEnterprise;
  });
}

/**
 * The enterprises of the sample municipal and national list (tests/fixtures/certifications-sample.csv),
 * registered under the codes and names the list gives, so that `npm run import -- <the sample>` has
 * something to award.
 */
const CERTIFIED = [
  ['913101180DM95UY1CJ', '上海青禾精密机械有限公司'],
  ['91310118QT56L02F4T', '上海淀湖智能装备有限公司'],
  ['91310118CGG2RWLDKB', '上海朱家角新材料科技有限公司'],
  ['91310118JKR1X7KE0J', '上海练塘食品工业有限公司'],
  ['91310118NC10JDTG0A', '上海金泽汽车零部件有限公司'],
  ['91310118H9J0K6RTJ6', '上海赵巷医疗器械有限公司'],
  ['91310118BFWD7KK1Y8', '上海徐泾电子科技有限公司'],
  ['91310118GR5QDAJMQD', '上海华新物流装备有限公司'],
  ['91310118CP888P0MWJ', '上海重固纺织科技有限公司'],
  ['91310118PAJ460HEXY', '上海白鹤包装材料有限公司'],
  ['913101185D6E769M3L', '上海夏阳生物制药有限公司'],
  ['91310118WP86L0W5BK', '上海盈浦光电有限公司'],
] as const;

export function certifiedDemoEnterprises(): DemoEnterprise[] {
  const template = demoEnterprises(1)[0];
  if (!template) return [];
  return CERTIFIED.map(([creditCode, name], index) => {
    const town = SEED_TOWNS[index % SEED_TOWNS.length];
    return {
      ...template,
      creditCode,
      name,
      town: town?.code ?? template.town,
      registeredAddress: `上海市青浦区${town?.name ?? ''}标杆路${index + 1}号`,
      bankAccount: {
        bankName: '上海农商银行青浦支行',
        accountName: name,
        accountNumber: `50131${String(7000 + index).padStart(14, '0')}`,
      },
    };
  });
}

export function demoProviders(): DemoData['providers'] {
  const provider = (
    serial: number,
    division: string,
    name: string,
    extra: Partial<DemoData['providers'][number]> = {},
  ) => {
    const creditCode = demoCreditCode(serial, division);
    return {
      id: providerIdFor(creditCode),
      creditCode,
      name,
      onRoster: true,
      rosterSince: '2025-03-01',
      qualifications: ['智能制造能力成熟度评估机构', 'ISO 9001'],
      independentLiability: true,
      wellManaged: true,
      businessStatus: 'NORMAL',
      soundFinancialRecords: true,
      creditStanding: 'GOOD',
      contacts: [{ name: '项目经理', phone: '021-60001234', email: 'pm@example.com' }],
      bankAccount: {
        bankName: '中国建设银行上海分行',
        accountName: name,
        accountNumber: `31050${String(serial).padStart(14, '0')}`,
      },
      ...extra,
    } satisfies DemoData['providers'][number];
  };
  return [
    provider(70001, '310118', '上海青浦智造诊断咨询有限公司'),
    provider(70002, '310115', '上海浦东工业互联网服务有限公司'),
    provider(70003, '320500', '苏州智能工厂规划设计有限公司'),
    provider(70004, '310104', '上海徐汇数字化转型研究院有限公司', {
      onRoster: false,
      rosterSince: undefined,
    }),
    provider(70005, '310112', '上海闵行精益制造咨询有限公司', { creditStanding: 'POOR' }),
  ];
}
