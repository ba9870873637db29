import { formatFen } from '../money.ts';
import type { Fen } from '../money.ts';
import { template } from './bilingual.ts';
import type { EnumValue } from './enum-labels.ts';
import { enumLabel } from './enum-labels.ts';

/**
 * The refusals applicants and the commission meet most when applying and approving (issue 18): the
 * application's window, materials, one-per places and states (R6.2, R5.1a, R5.1b, R5.3), and the yearly
 * budget (R2.2), in both languages. The English is what the API has always said.
 */

type ApplicationStatus = EnumValue<'ApplicationStatus'>;
type ApplicantType = EnumValue<'ApplicantType'>;

const status = (value: ApplicationStatus): string => `「${enumLabel('ApplicationStatus', value).zh}」`;
const yuan = (fen: Fen): string => `${formatFen(fen)} 元`;

export const APPLICATION_REFUSALS = {
  diagnosisRewardTaken: template<{ readonly creditCode: string; readonly planYear: number }>(
    (p) => `企业 ${p.creditCode} 在 ${p.planYear} 年度计划中的诊断服务奖励已有申报（每家企业每年度计划一次）`,
    (p) => `a diagnosis reward for ${p.creditCode} in the ${p.planYear} plan has already been applied for`,
  ),
  implementationRewardTaken: template(
    () => '该诊断报告的实施奖励已有申报（每份诊断报告一次）',
    () => 'an implementation reward for this diagnosis report has already been applied for',
  ),
  titleTaken: template<{
    readonly applicant: string;
    readonly title: EnumValue<'BenchmarkTitle'> | undefined;
    readonly planYear: number;
  }>(
    (p) =>
      `${p.applicant} 已按 ${p.planYear} 年度通知申报过${p.title === undefined ? '该称号' : `「${enumLabel('BenchmarkTitle', p.title).zh}」`}（每家企业每称号每年度一次）`,
    (p) => `${p.applicant} has already applied for ${p.title ?? 'this title'} under a ${p.planYear} notice`,
  ),
  transition: template<{
    readonly applicantType: ApplicantType;
    readonly status: ApplicationStatus;
    readonly to: ApplicationStatus;
  }>(
    (p) =>
      `${enumLabel('ApplicantType', p.applicantType).zh}申报当前为${status(p.status)}，不能变为${status(p.to)}`,
    (p) => `an ${p.applicantType.toLowerCase()} application that is ${p.status} cannot become ${p.to}`,
  ),
  notChangeable: template<{ readonly status: ApplicationStatus }>(
    (p) => `申报当前为${status(p.status)}，不能修改（只有草稿或退回修改的申报可以修改）`,
    (p) => `an application that is ${p.status} cannot be changed`,
  ),
  outsideWindow: template<{ readonly title: string; readonly opensAt: string; readonly closesAt: string }>(
    (p) => `「${p.title}」仅在 ${p.opensAt} 至 ${p.closesAt}（北京时间）期间受理申报`,
    (p) => `applications to "${p.title}" are accepted from ${p.opensAt} until ${p.closesAt} only`,
  ),
  overCap: template<{ readonly capFen: Fen; readonly askedFen: Fen }>(
    (p) => `实施奖励最高 ${yuan(p.capFen)}，申请金额为 ${yuan(p.askedFen)}`,
    (p) =>
      `an implementation reward is at most ${formatFen(p.capFen)} yuan; ${formatFen(p.askedFen)} was asked`,
  ),
  needsInvestment: template(
    () => '实施奖励申报须填写实施投入情况和申请金额',
    () => 'an implementation reward needs the investment figures and a requested amount',
  ),
  materialsMissing: template<{
    readonly materials: readonly { readonly name: string; readonly code: string }[];
  }>(
    (p) =>
      `缺少申报材料：${p.materials.map((material) => `${material.name}（${material.code}）`).join('、')}`,
    (p) =>
      `required materials missing: ${p.materials.map((material) => `${material.name} (${material.code})`).join(', ')}`,
  ),
} as const;

export const BUDGET_REFUSALS = {
  belowCommitted: template<{ readonly committedFen: Fen; readonly fiscalYear: number }>(
    (p) => `${p.fiscalYear} 年度已承诺 ${yuan(p.committedFen)}，预算不能低于该金额`,
    (p) =>
      `${formatFen(p.committedFen)} yuan is already committed in ${p.fiscalYear}; the budget cannot be set below it`,
  ),
  noBudget: template<{ readonly fiscalYear: number }>(
    (p) => `${p.fiscalYear} 年度尚未设置预算；审议通过的奖励须在年度预算中承诺`,
    (p) => `no budget has been set for ${p.fiscalYear}; approvals commit against it`,
  ),
  exceeds: template<{ readonly requiredFen: Fen; readonly remainingFen: Fen; readonly fiscalYear: number }>(
    (p) =>
      `${yuan(p.requiredFen)}超出 ${p.fiscalYear} 年度预算余额 ${yuan(p.remainingFen)}；区经委可记录理由后超预算批准`,
    (p) =>
      `${formatFen(p.requiredFen)} yuan exceeds the ${formatFen(p.remainingFen)} yuan remaining of the ${p.fiscalYear} budget; the commission may record an override with a reason`,
  ),
} as const;
