import type { ErrorCode } from '../errors.ts';
import type { Bilingual } from './bilingual.ts';
import { template, words } from './bilingual.ts';
import { citedRule } from './rules.ts';
import { recordName } from './records.ts';

/**
 * What each error code means to the person who meets it, in both languages (issue 18). Every error of the
 * API says at least this in Chinese; most say more (functions/domain/errors.ts, `DomainError.messages`).
 */
export const ERROR_CODE_MESSAGES: { readonly [Code in ErrorCode]: Bilingual } = {
  UNAUTHENTICATED: words(
    '未登录或登录已失效，请重新登录',
    'Not signed in, or the sign-in has expired: sign in again',
  ),
  FORBIDDEN: words('无权执行此操作或查看此记录', 'You may not run this operation or see this record'),
  BAD_USER_INPUT: words('输入有误', 'The input is malformed'),
  NOT_FOUND: words('记录不存在，或不在您的权限范围内', 'The record does not exist, or is outside your scope'),
  CONFLICT: words(
    '记录已被他人修改，或与已有记录冲突，请刷新后重试',
    'The record was changed meanwhile, or conflicts with another: reload and try again',
  ),
  POLICY_VIOLATION: words('不符合政策规定', 'A rule of the policy refuses this'),
  IN_PROGRESS: words(
    '相同的请求仍在处理中，请稍后再查询',
    'The same request is still being processed: ask again shortly',
  ),
  REQUEST_BUDGET_EXCEEDED: words(
    '本次请求读取的数据超出上限，请减少每页条数并按游标分页查询',
    'This request read more than its budget: ask for less at a time and follow the cursors',
  ),
  OBJECTION_LIMIT_REACHED: words(
    '异议数量已达上限，本次异议未予登记',
    'Objection limit reached: nothing was recorded',
  ),
  RATE_LIMITED: words('调用过于频繁，请稍后再试', 'Too many requests: ask again later'),
  OPERATION_NOT_REGISTERED: words(
    '该操作未登记：服务器只执行已登记的操作',
    'This operation is not registered: only registered operations are served',
  ),
  INTERNAL_SERVER_ERROR: words('服务器内部错误', 'Internal server error'),
};

/**
 * Codes Apollo Server and graphql-js give the requests they refuse as a whole (a document that does not
 * parse or validate, a persisted query unknown…): their messages are graphql-js's English, and the
 * Chinese says what the code means, with the English beside it.
 */
export const SERVER_CODE_MESSAGES: Readonly<Record<string, Bilingual>> = {
  GRAPHQL_PARSE_FAILED: words('查询语句有语法错误', 'The document does not parse'),
  GRAPHQL_VALIDATION_FAILED: words(
    '查询语句不符合接口定义',
    'The document does not validate against the schema',
  ),
  PERSISTED_QUERY_NOT_FOUND: words(
    '未找到该持久化查询，请发送完整查询语句',
    'Persisted query not found: send the document',
  ),
  PERSISTED_QUERY_NOT_SUPPORTED: words('不支持持久化查询', 'Persisted queries are not supported'),
  OPERATION_RESOLUTION_FAILURE: words('无法确定要执行的操作', 'The operation to run could not be determined'),
  BAD_REQUEST: words('请求格式有误', 'The request is malformed'),
};

/** The code's meaning in Chinese, then what was said in English: for messages the catalogue lacks. */
export const withEnglishDetail = template<{ readonly code: string; readonly en: string }>(
  ({ code, en }) => {
    const meaning =
      (ERROR_CODE_MESSAGES as Readonly<Record<string, Bilingual>>)[code] ?? SERVER_CODE_MESSAGES[code];
    return `${meaning?.zh ?? '请求未能完成'}。详细说明（英文）：${en}`;
  },
  ({ en }) => en,
);

/** A policy rule's refusal whose words the catalogue lacks: the rule by id and name, then the English. */
export const policyRefusal = template<{
  readonly rule: string;
  readonly en: string;
  readonly reasonsZh?: string;
}>(
  ({ rule, en, reasonsZh }) =>
    reasonsZh === undefined
      ? `不符合政策规定（${citedRule(rule).zh}）。详细说明（英文）：${en}`
      : `不符合政策规定（${citedRule(rule).zh}）：${reasonsZh}`,
  ({ en }) => en,
);

export const notFound = template<{ readonly entity: string; readonly id: string }>(
  ({ entity, id }) => `${recordName(entity).zh} ${id} 不存在，或不在您的权限范围内`,
  ({ entity, id }) => `${entity} ${id} does not exist`,
);

export const requestBudgetExceeded = template<{ readonly budget: number }>(
  ({ budget }) => `本次请求已用完 ${budget} 次 DynamoDB 读取的额度；请减少每页条数并按游标分页查询`,
  ({ budget }) =>
    `this request used its budget of ${budget} DynamoDB reads; ask for less at a time and follow the cursors`,
);

export const rateLimited = template<{ readonly limit: number; readonly resetAt: string }>(
  ({ limit, resetAt }) =>
    `调用过于频繁：本时段 ${limit} 点（DynamoDB 读取次数）的额度已用完，请在 ${resetAt} 之后再试`,
  ({ limit, resetAt }) =>
    `this caller has used its budget of ${limit} points (DynamoDB reads) for the window; ask again after ${resetAt}`,
);

/** An objection past a limit (R6.4.3), in Chinese; the English is the limit check's own. */
export const objectionLimitReachedZh = (limit: 'PER_PROJECT' | 'PER_CONTACT_PER_DAY', max: number): string =>
  limit === 'PER_PROJECT'
    ? `该项目收到的异议已达上限（${max} 件），本次异议未予登记（R6.4.3）`
    : `同一联系人每天（北京时间）提出的异议已达上限（${max} 件），本次异议未予登记（R6.4.3）`;

/** An input error: every field at its path, e.g. "输入有误：input.creditCode：统一社会信用代码应为 18 位". */
export const invalidInput = (fields: readonly { readonly path: string; readonly zh: string }[]): string =>
  `输入有误：${fields.map((field) => (field.path === '' ? field.zh : `${field.path}：${field.zh}`)).join('；')}`;

export const internalError = template<{ readonly correlationId: string }>(
  ({ correlationId }) => `服务器内部错误（错误编号 ${correlationId}，请提供给运维人员查询日志）`,
  () => 'Internal server error',
);
