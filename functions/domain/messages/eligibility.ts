import type { Bilingual } from './bilingual.ts';
import { template, words } from './bilingual.ts';
import type { EnumValue } from './enum-labels.ts';
import { enumLabel } from './enum-labels.ts';

/**
 * The conditions of eligibility (R4.1, R4.3, R6.1.2, R7.2), each worded as what fails, in both languages:
 * the eligibility check, the refusals that carry it (extensions.reasons) and the import report share them.
 */
export const ELIGIBILITY_REASONS = {
  businessNotInQingpu: words('实际经营地不在青浦', 'actual place of business is not in Qingpu'),
  taxNotInQingpu: words('财税户管地不在青浦', 'tax registration is not in Qingpu'),
  noIndependentLiability: words('不能独立承担民事责任', 'cannot bear civil liability independently'),
  notWellManaged: words('运行管理不规范', 'is not run in an orderly way'),
  financialRecords: words('财务制度不健全', 'financial records are not sound'),
  creditRecord: words('信用记录不良', 'credit record is not good'),
  notOnRoster: words('未入服务商库', 'is not on the provider roster'),
  noLongerRegistered: words('已不在名录中', 'is no longer in the registry'),
  businessStatus: template<{ readonly status: EnumValue<'BusinessStatus'> }>(
    ({ status }) =>
      `经营状态为「${enumLabel('BusinessStatus', status).zh}」，不是「${enumLabel('BusinessStatus', 'NORMAL').zh}」`,
    ({ status }) => `business status is ${status}, not NORMAL`,
  ),
  banned: template<{ readonly until: string; readonly reason: string }>(
    ({ until, reason }) => `已被取消区级专项资金申报资格，至 ${until} 止（原因：${reason}）`,
    ({ until, reason }) => `barred from district special-fund support until ${until}: ${reason}`,
  ),
} as const;

/** Failing conditions as one line: "R4.1 实际经营地不在青浦；R4.3 信用记录不良". */
export const reasonsLine = (
  reasons: readonly { readonly rule: string; readonly message: string; readonly messageZh: string }[],
): Bilingual => ({
  zh: reasons.map((reason) => `${reason.rule} ${reason.messageZh}`).join('；'),
  en: reasons.map((reason) => `${reason.rule}: ${reason.message}`).join('; '),
});
