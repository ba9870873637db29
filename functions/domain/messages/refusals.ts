import type { Template } from './bilingual.ts';
import { template } from './bilingual.ts';
import type { EnumValue } from './enum-labels.ts';
import { enumLabel } from './enum-labels.ts';

/**
 * The refusals callers meet most, in both languages (issue 18): authorization, stale versions and the
 * transition tables of projects, payments, batches and documents. The English is what the API has always
 * said; the Chinese names states and roles by their labels (client/enum-labels.ts).
 */

type Role = EnumValue<'Role'>;
type ProjectStage = EnumValue<'ProjectStage'>;

const role = (value: Role): string => enumLabel('Role', value).zh;
const stage = (value: ProjectStage): string => `「${enumLabel('ProjectStage', value).zh}」`;

/** What an operation on one project at one stage does, in both languages (`requireProjectAt`). */
export const PROJECT_ACTIONS = {
  'signed off': '会签',
  resumed: '恢复流程',
} as const;
export type ProjectAction = keyof typeof PROJECT_ACTIONS;

export const REFUSALS = {
  /** An anonymous caller asked for what needs a user. */
  signInNeeded: template<{ readonly operation: string }>(
    ({ operation }) => `操作 ${operation} 需要登录后进行`,
    ({ operation }) => `${operation} needs a signed-in user`,
  ),
  /** The role holds no grant for the operation. */
  roleMayNot: template<{ readonly role: Role; readonly operation: string }>(
    (p) => `${role(p.role)}（${p.role}）无权执行操作 ${p.operation}`,
    (p) => `role ${p.role} may not run ${p.operation}`,
  ),
  /** A scoped grant checked without the row it acts on (fails closed). */
  needsRecord: template<{ readonly role: Role; readonly operation: string }>(
    (p) => `操作 ${p.operation} 需要核对所操作的记录是否在该${role(p.role)}用户的权限范围内`,
    (p) => `${p.operation} needs the record it acts on to check this ${p.role} user's scope`,
  ),
  /** The row is outside the user's town, enterprise, provider or assignment. */
  outsideScope: template<{ readonly role: Role; readonly operation: string }>(
    (p) => `操作 ${p.operation} 超出该${role(p.role)}用户的权限范围`,
    (p) => `${p.operation} is outside the scope of this ${p.role} user`,
  ),
  /** A change made against a version that is no longer current. */
  staleVersion: template<{ readonly record: string; readonly version: number; readonly expected: number }>(
    (p) => `${p.record} 已被他人修改（当前版本 ${p.version}，提交的是版本 ${p.expected}），请刷新后重试`,
    (p) => `${p.record} is at version ${p.version}, not ${p.expected}; reload and try again`,
  ),
  projectTransition: template<{
    readonly id: string;
    readonly stage: ProjectStage;
    readonly next: ProjectStage;
  }>(
    (p) => `项目 ${p.id} 当前为${stage(p.stage)}，不能变为${stage(p.next)}`,
    (p) => `project ${p.id} is ${p.stage}: it cannot become ${p.next}`,
  ),
  projectNotAt: template<{
    readonly id: string;
    readonly stage: ProjectStage;
    readonly required: ProjectStage;
    readonly action: ProjectAction;
  }>(
    (p) =>
      `项目 ${p.id} 当前为${stage(p.stage)}：只有${stage(p.required)}的项目才能${PROJECT_ACTIONS[p.action]}`,
    (p) => `project ${p.id} is ${p.stage}: only a project ${p.required} is ${p.action}`,
  ),
  paymentTransition: template<{
    readonly id: string;
    readonly status: EnumValue<'PaymentStatus'>;
    readonly next: EnumValue<'PaymentStatus'>;
  }>(
    (p) =>
      `拨付 ${p.id} 当前为「${enumLabel('PaymentStatus', p.status).zh}」，不能变为「${enumLabel('PaymentStatus', p.next).zh}」`,
    (p) => `payment ${p.id} is ${p.status}: it cannot become ${p.next}`,
  ),
  batchAlready: template<{ readonly id: string; readonly status: EnumValue<'PaymentBatchStatus'> }>(
    (p) => `支付批次 ${p.id} 已是「${enumLabel('PaymentBatchStatus', p.status).zh}」状态`,
    (p) => `batch ${p.id} is already ${p.status}`,
  ),
  documentAlready: template<{ readonly id: string; readonly status: EnumValue<'DocumentStatus'> }>(
    (p) => `资金拨付文件 ${p.id} 已是「${enumLabel('DocumentStatus', p.status).zh}」状态`,
    (p) => `document ${p.id} is already ${p.status}`,
  ),
  /** A town officer's line or creation for a credit code registered elsewhere (one answer, wherever). */
  alreadyRegistered: template<{ readonly creditCode: string }>(
    (p) => `企业 ${p.creditCode} 已在本项目登记；如已迁入您所在街镇，请联系区经委变更其所属街镇`,
    (p) =>
      `enterprise ${p.creditCode} is already registered in the programme; ` +
      'if it has moved to your town, ask the commission to change the town that keeps it',
  ),
  /** Bank details are for finance, the commission and the subject itself. */
  bankDetailsHidden: template<{ readonly subject: 'enterprise' | 'provider' }>(
    (p) => `银行账户信息仅区财政局、区经委和${p.subject === 'enterprise' ? '企业' : '服务商'}本身可见`,
    (p) => `bank details are visible to FINANCE, ECONOMIC_COMMISSION and the ${p.subject} itself only`,
  ),
} as const satisfies Readonly<Record<string, Template<never>>>;
