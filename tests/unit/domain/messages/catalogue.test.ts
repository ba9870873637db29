import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Conflict,
  DomainError,
  Forbidden,
  InProgress,
  InvalidInput,
  NotFound,
  ObjectionLimitReached,
  OperationNotRegistered,
  PolicyViolation,
  RateLimited,
  RequestBudgetExceeded,
  Unauthenticated,
} from '#domain/errors';
import { authorize } from '#domain/authorization/policy';
import { ANONYMOUS } from '#domain/identity/principal';
import type { Principal } from '#domain/identity/principal';
import { preferredLanguage } from '#domain/messages/bilingual';
import { fieldMessageZh, zodIssueZh } from '#domain/messages/field-issues';
import { APPLICATION_REFUSALS, BUDGET_REFUSALS } from '#domain/messages/applications';
import { render } from '#domain/messages/bilingual';
import { IMPORT_REASONS, tierZh } from '#domain/messages/imports';
import { RULES, citedRule, ruleTitle } from '#domain/messages/rules';
import { checkLine } from '#domain/benchmark/certification-list';
import { tierDifference } from '#domain/benchmark/tier-difference';
import { createEnterpriseSchema } from '#domain/registry/input-schemas';
import { enterpriseEligibility } from '#domain/registry/eligibility';
import type { Enterprise } from '#domain/registry/enterprise';
import { requireProjectTransition } from '#domain/workflow/project-transitions';
import { parseInput } from '#domain/validation';

/**
 * Issue 18, "Chinese throughout": the message catalogue (functions/domain/messages) gives every error a
 * Chinese message beside its English one, words the common refusals, eligibility reasons and import
 * reasons in both languages, and names every rule the code cites.
 */

const CJK = /[\u3400-\u9fff]/;

const user = (role: 'TOWN_OFFICER' | 'EXPERT'): Principal => ({
  kind: 'user',
  userId: 'u-1',
  role,
  town: 'ZHUJIAJIAO',
});

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('every error says what is wrong in Chinese and in English (issue 18)', () => {
  const errors: DomainError[] = [
    new Unauthenticated('token has expired'),
    new Forbidden('four eyes: the finance user who made the batch cannot release it for payment'),
    new NotFound('Enterprise', '914403001922038216'),
    new Conflict('the 2026 plan exists already; amend it instead'),
    new PolicyViolation('R6.6', 'batch B-1 is SUBMITTED: results are recorded once it is released'),
    new InProgress('the request with idempotency key "k" is still being processed; ask again shortly'),
    new RequestBudgetExceeded(2_000, 2_001),
    new ObjectionLimitReached('PER_PROJECT', 50, 'this project has received 50 objections'),
    new RateLimited(6_000, '2026-12-01T10:01:00+08:00', 42),
    new OperationNotRegistered('only registered operations are served'),
    new InvalidInput([
      { path: ['input', 'creditCode'], message: 'a unified social credit code has 18 characters' },
    ]),
  ];

  it.each(errors.map((error) => [error.constructor.name, error] as const))(
    '%s: Chinese and the English message',
    (_name, error) => {
      const messages = error.messages();
      expect(messages.en).toBe(error.message);
      expect(messages.zh).toMatch(CJK);
    },
  );

  it('an error raised with English only says its code in Chinese, with the English beside it', () => {
    expect(new Conflict('the 2026 plan exists already; amend it instead').messages().zh).toBe(
      '记录已被他人修改，或与已有记录冲突，请刷新后重试。详细说明（英文）：the 2026 plan exists already; amend it instead',
    );
  });

  it('a policy refusal cites its rule by id and name (R6.6 资金拨付)', () => {
    expect(new PolicyViolation('R6.6', 'batch B-1 is already CLOSED').messages().zh).toBe(
      '不符合政策规定（R6.6 资金拨付）。详细说明（英文）：batch B-1 is already CLOSED',
    );
  });

  it('an input error names each field by its path, in Chinese (输入有误：…)', () => {
    const error = thrown(() =>
      parseInput(
        createEnterpriseSchema,
        {
          creditCode: '91310118QT56L02F4X',
          name: '上海青禾精密机械有限公司',
          town: 'ZHUJIAJIAO',
          registeredAddress: '',
          principalName: '张三',
        },
        ['input'],
      ),
    );
    expect(error.messages().zh).toMatch(/^输入有误：input\.creditCode：校验码（第 18 位）与前 17 位不符；/);
    expect(error.messages().zh).toContain('input.registeredAddress：至少 2 个字符');
    expect(error.details()['fields']).toContainEqual({
      path: ['input', 'registeredAddress'],
      message: 'at least 2 characters',
      messageZh: '至少 2 个字符',
    });
  });

  it('zod’s own messages are said from the issue, and unknown phrases keep their English', () => {
    expect(
      zodIssueZh({
        code: 'invalid_type',
        expected: 'string',
        message: 'Invalid input: expected string, received undefined',
      }),
    ).toBe('必填');
    expect(
      zodIssueZh({
        code: 'too_big',
        origin: 'array',
        maximum: 10,
        inclusive: true,
        message: 'Too big: expected array to have <=10 items',
      }),
    ).toBe('最多 10 项');
    expect(fieldMessageZh('is required (String!)')).toBe('必填（String!）');
    expect(fieldMessageZh('something nobody translated')).toBe('不符合要求（something nobody translated）');
  });

  it('authorization refusals name the role in Chinese (R3: one authorization table)', () => {
    expect(thrown(() => authorize(ANONYMOUS, 'createEnterprise')).messages()).toEqual({
      zh: '操作 createEnterprise 需要登录后进行',
      en: 'createEnterprise needs a signed-in user',
    });
    expect(thrown(() => authorize(user('EXPERT'), 'createEnterprise')).messages()).toEqual({
      zh: '专家（EXPERT）无权执行操作 createEnterprise',
      en: 'role EXPERT may not run createEnterprise',
    });
  });

  it('a refused transition names both stages by their labels (R6.4)', () => {
    expect(
      thrown(() =>
        requireProjectTransition({ id: 'PRJ-1', stage: 'COMPLETED' }, 'IN_PUBLICITY', 'R6.4'),
      ).messages(),
    ).toEqual({
      zh: '项目 PRJ-1 当前为「已完成」，不能变为「公示中」',
      en: 'project PRJ-1 is COMPLETED: it cannot become IN_PUBLICITY',
    });
  });

  it('eligibility reasons are in both languages, and a refusal carrying them says them in Chinese (R4.4)', () => {
    const enterprise = {
      businessInQingpu: false,
      taxInQingpu: true,
      independentLiability: true,
      wellManaged: true,
      businessStatus: 'REVOKED',
      soundFinancialRecords: true,
      creditStanding: 'GOOD',
    } as Enterprise;
    const { reasons } = enterpriseEligibility(enterprise, '2026-06-01');
    expect(reasons).toEqual([
      { rule: 'R4.1', message: 'actual place of business is not in Qingpu', messageZh: '实际经营地不在青浦' },
      {
        rule: 'R4.3',
        message: 'business status is REVOKED, not NORMAL',
        messageZh: '经营状态为「吊销」，不是「存续/正常」',
      },
    ]);
    const refusal = new PolicyViolation('R4.4', '上海青禾 is not eligible for support', reasons);
    expect(refusal.messages().zh).toBe(
      '不符合政策规定（R4.4 申报资格核查）：实际经营地不在青浦（R4.1）；经营状态为「吊销」，不是「存续/正常」（R4.3）',
    );
    expect(refusal.details()['reasons']).toEqual(reasons);
  });
});

describe('what applicants and the commission meet most, in both languages (issue 18, R6.2, R2.2)', () => {
  it('an application’s state, window and materials', () => {
    expect(
      render(APPLICATION_REFUSALS.transition, {
        applicantType: 'ENTERPRISE',
        status: 'REFUSED',
        to: 'SUBMITTED',
      }),
    ).toEqual({
      zh: '企业申报当前为「初审不予受理」，不能变为「已提交」',
      en: 'an enterprise application that is REFUSED cannot become SUBMITTED',
    });
    expect(
      render(APPLICATION_REFUSALS.materialsMissing, {
        materials: [
          { name: '投入凭证', code: 'INVESTMENT_EVIDENCE' },
          { name: '审计报告', code: 'AUDIT_REPORT' },
        ],
      }).zh,
    ).toBe('缺少申报材料：投入凭证（INVESTMENT_EVIDENCE）、审计报告（AUDIT_REPORT）');
    expect(
      render(APPLICATION_REFUSALS.titleTaken, {
        applicant: '上海青禾',
        title: 'SMART_WORKSHOP',
        planYear: 2026,
      }).zh,
    ).toBe('上海青禾 已按 2026 年度通知申报过「智能车间」（每家企业每称号每年度一次）');
  });

  it('the budget (R2.2)', () => {
    expect(
      render(BUDGET_REFUSALS.exceeds, {
        requiredFen: 150_000_000,
        remainingFen: 50_000_000,
        fiscalYear: 2026,
      }),
    ).toEqual({
      zh: '1,500,000.00 元超出 2026 年度预算余额 500,000.00 元；区经委可记录理由后超预算批准',
      en: '1,500,000.00 yuan exceeds the 500,000.00 yuan remaining of the 2026 budget; the commission may record an override with a reason',
    });
  });
});

describe('import reasons in both languages (issue 18, R5.3, R6.7b)', () => {
  it('a recorded award: 第四档：…元，减去已获…元（R5.3）', () => {
    const created = { tier: 4, tierAmountFen: 100_000_000, alreadyAwardedFen: 0 };
    expect(IMPORT_REASONS.created.zh(created)).toBe('第四档：1,000,000.00 元，减去已获 0.00 元（R5.3）');
    expect(IMPORT_REASONS.created.en(created)).toBe(
      'tier 4: 1000000 yuan less 0 yuan already awarded (R5.3)',
    );
    expect(tierZh(6)).toBe('第六档');
  });

  it('a zero amount keeps the English the certification records and says it in Chinese', () => {
    const rule = { tier: 1, amountFen: 10_000_000, level: 'DISTRICT' as const, titles: [] };
    const difference = tierDifference(rule, [{ tier: 2, amountFen: 20_000_000, status: 'AWARDED' }]);
    expect(difference.zeroReason).toBe(IMPORT_REASONS.zeroAmount.en({ tier: 1 }));
    expect(IMPORT_REASONS.zeroAmount.zh({ tier: 1 })).toMatch(/^第一档的奖励不高于已获奖励的档次/);
  });

  it('a line wrong in itself says every problem in both languages', () => {
    const check = checkLine(
      { line: 3, values: { creditCode: '91310118QT56L02F4X', title: '市级工场', certifiedOn: '2026-13-01' } },
      '2026-12-01',
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toMatch(/^credit code 91310118QT56L02F4X: the check character/);
    expect(check.reasonZh).toMatch(
      /^统一社会信用代码 91310118QT56L02F4X：校验码（第 18 位）与前 17 位不符；企业名称缺失/,
    );
    expect(check.reasonZh).toContain('日期「2026-13-01」不是有效日期（YYYY-MM-DD）');
    expect(check.reasonZh).toContain('未知的认定称号「市级工场」');
  });
});

describe('the rules the code cites have names (issue 18)', () => {
  /** Every `'R…'` literal in the functions' sources. */
  function citedRules(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'generated' ? [] : citedRules(path);
      if (!name.endsWith('.ts')) return [];
      return [...readFileSync(path, 'utf8').matchAll(/'(R\d+(?:\.\d+)*[a-c]?(?:\.\d+)*)'/g)].map(
        (match) => match[1] ?? '',
      );
    });
  }

  it('every rule id in functions/ has a name of its own or a parent’s, in both languages', () => {
    const rules = [...new Set(citedRules('functions'))].sort();
    expect(rules.length).toBeGreaterThan(20);
    expect(rules.filter((rule) => ruleTitle(rule) === undefined)).toEqual([]);
    for (const title of Object.values(RULES)) {
      expect(title.zh).toMatch(CJK);
      expect(title.en).not.toBe('');
    }
    expect(citedRule('R4.1,R4.3')).toEqual({
      zh: 'R4.1 实际经营地和财税户管地均在青浦，R4.3 申报主体基本条件',
      en: 'R4.1, business and tax registration in Qingpu; R4.3, conditions every applicant meets',
    });
  });
});

describe('the caller’s language (Accept-Language)', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['en;q=0.5, zh-Hans-CN;q=0.9', 'zh'],
    ['fr-FR, zh;q=0.1', 'zh'],
    ['fr-FR', 'en'],
    ['zh;q=0', 'en'],
  ] as const)('%s → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});
