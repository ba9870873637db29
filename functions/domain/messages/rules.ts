import type { Bilingual } from './bilingual.ts';
import { words } from './bilingual.ts';

/**
 * What each rule of the policy is about, in a few words (../shared/domain/POLICY.md; the original text is
 * Chinese): a refusal cites its rule by id and by name, e.g. "不符合政策规定（R6.6 资金拨付）".
 */
export const RULES: Readonly<Record<string, Bilingual>> = {
  R2: words('资金来源', 'funding'),
  'R2.2': words('年度预算', 'the yearly budget'),
  R3: words('职责分工', 'responsibilities'),
  'R3.1': words('联合审核小组', 'the joint review group'),
  'R3.1.1': words('联合审核小组会签', "the joint review group's sign-off"),
  'R3.2': words('街镇分级负责', 'towns and district-owned groups'),
  R4: words('支持对象', 'who may be supported'),
  'R4.1': words('实际经营地和财税户管地均在青浦', 'business and tax registration in Qingpu'),
  'R4.2': words('诊断服务商', 'diagnosis providers'),
  'R4.3': words('申报主体基本条件', 'conditions every applicant meets'),
  'R4.4': words('申报资格核查', 'eligibility checks'),
  'R4.5': words('诊断服务对象为青浦企业', 'diagnosis serves Qingpu enterprises'),
  R5: words('支持内容和标准', 'what is supported, and how much'),
  'R5.1a': words('诊断服务奖励', 'the diagnosis reward'),
  'R5.1b': words('智能化改造实施奖励', 'the implementation reward'),
  'R5.1b.1': words('实施奖励申报期限', 'when an implementation reward may be applied for'),
  'R5.2': words('标杆示范奖励档次', 'the benchmark tiers'),
  'R5.3': words('每上一个台阶奖励一次、晋档补差', 'one award per step up, the difference paid'),
  'R5.3.1': words('已获奖励的认定', 'what counts as already awarded'),
  'R5.4': words('同一认定不重复奖励', 'no certification paid twice'),
  'R5.5': words('定额奖励与最高限额', 'fixed and capped amounts'),
  R6: words('项目实施流程', 'how projects are run'),
  'R6.1': words('智能化改造项目', 'intelligent-transformation projects'),
  'R6.1.1': words('意向企业库与年度诊断服务计划', 'the intention pool and the annual plan'),
  'R6.1.2': words('服务商库', 'the provider roster'),
  'R6.1.3': words('对接与诊断', 'matching and diagnosis'),
  'R6.2': words('项目申报', 'applications'),
  'R6.2.0': words('申报通知', 'the application notice'),
  'R6.2.1': words('服务商申报', "a provider's application"),
  'R6.2.2': words('企业申报与街镇在线受理', "an enterprise's application and its town's acceptance"),
  'R6.3': words('项目审核', 'review'),
  'R6.3.1': words('初审', 'the preliminary review'),
  'R6.4': words('项目公示', 'publicity'),
  'R6.4.1': words('公示期（北京时间）', 'the publicity period (China Standard Time)'),
  'R6.4.2': words('节假日安排', 'the holiday arrangement'),
  'R6.4.3': words('异议处理', 'objections'),
  'R6.4.4': words('公示期计算与流程恢复', 'computing publicity and resuming'),
  'R6.5': words('区级审议', 'district deliberation'),
  'R6.6': words('资金拨付', 'disbursement'),
  'R6.7': words('标杆示范项目', 'benchmark projects'),
  'R6.7a': words('区级标杆评审', 'district benchmarks, reviewed'),
  'R6.7b': words('免申即享', 'automatic awards without application'),
  'R6.7c': words('灯塔工厂', 'lighthouse factories'),
  'R6.8': words('流程路径', 'the paths through the workflow'),
  R7: words('监督管理', 'accountability'),
  'R7.1': words('弄虚作假追回资金', 'recovery after fraud'),
  'R7.1.1': words('任何环节的违规认定', 'a fraud finding at any stage'),
  'R7.2': words('取消三年申报资格', 'the three-year ban'),
  'R7.2.1': words('取消资格期间的暂缓拨付', 'payments held under a ban'),
  R8: words('解释与调整', 'interpretation and amendments'),
  'R8.1': words('政策版本', 'policy versions'),
  R9: words('有效期', 'validity'),
  'R9.1': words('政策版本的有效期', "policy versions' periods"),
};

/** The rule's name, or its nearest parent's (`R6.4.3` → `R6.4` → `R6`), when the catalogue has one. */
export function ruleTitle(rule: string): Bilingual | undefined {
  for (let id = rule; id !== ''; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '') {
    const title = RULES[id];
    if (title) return title;
  }
  return undefined;
}

/** `R6.6 资金拨付` / `R6.6, disbursement`: a rule (or several, comma-separated) with its name. */
export function citedRule(rule: string): Bilingual {
  const ids = rule
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return {
    zh: ids.map((id) => `${id}${ruleTitle(id) ? ` ${ruleTitle(id)?.zh ?? ''}` : ''}`).join('，'),
    en: ids.map((id) => `${id}${ruleTitle(id) ? `, ${ruleTitle(id)?.en ?? ''}` : ''}`).join('; '),
  };
}
