/**
 * What is wrong with one field of the input, in Chinese (issue 18). Input checks word their problems in
 * English phrases (`is required (String!)`, `at most 10 contacts`…), written in many places; the phrases
 * the API uses most are translated here, and a zod issue is translated from what it says (its code, its
 * limits), so that every field problem has Chinese: a phrase the catalogue does not know is said as
 * "不符合要求" with the English beside it.
 */

type Phrase = readonly [RegExp, (match: RegExpExecArray) => string];

const at = (match: RegExpExecArray, index: number): string => match[index] ?? '';

/** English phrases of field problems and their Chinese. Anchored: a phrase matches whole or not at all. */
const PHRASES: readonly Phrase[] = [
  // GraphQL variables (functions/graphql/variable-values.ts) and graphql-js coercion.
  [/^is required \((.+)\)$/, (m) => `必填（${at(m, 1)}）`],
  [/^must not be null \((.+)\)$/, (m) => `不能为空（${at(m, 1)}）`],
  [/^is not a field of (.+)$/, (m) => `不是 ${at(m, 1)} 的字段`],
  [/^Value "(.*)" does not exist in "(\w+)" enum\.?(.*)$/, (m) => `「${at(m, 1)}」不是 ${at(m, 2)} 的取值`],
  [/^Int cannot represent non-integer value: (.+)$/, (m) => `应为整数，而不是 ${at(m, 1)}`],
  [/^Int cannot represent non 32-bit signed integer value: (.+)$/, (m) => `超出整数范围：${at(m, 1)}`],
  [/^String cannot represent a non string value: (.+)$/, (m) => `应为字符串，而不是 ${at(m, 1)}`],
  [/^Boolean cannot represent a non boolean value: (.+)$/, (m) => `应为布尔值，而不是 ${at(m, 1)}`],
  // Our scalars (functions/graphql/resolvers/scalars.ts).
  [
    /^an amount in fen is a JSON number, not a string \(.*\); got (.+)$/,
    (m) => `金额（分）应为 JSON 数字，而不是字符串（1 元 = 100 分：1,500 元即 150000）；收到 ${at(m, 1)}`,
  ],
  [
    /^an amount in fen must be a whole number of fen \(.*\); got (.+)$/,
    (m) => `金额（分）应为整数（1 元 = 100 分：1,500 元即 150000）；收到 ${at(m, 1)}`,
  ],
  [
    /^an amount in fen must be between (\S+) and (\S+) \(.*\); got (.+)$/,
    (m) => `金额（分）应在 ${at(m, 1)} 与 ${at(m, 2)} 之间（更大的数在 JSON 中会丢失精度）；收到 ${at(m, 3)}`,
  ],
  [
    /^an instant is an ISO 8601 date and time with its offset, e\.g\. (".+"); got (.+)$/,
    (m) => `时间应为带时区的 ISO 8601 日期时间，例如 ${at(m, 1)}；收到 ${at(m, 2)}`,
  ],
  [
    /^a date is a calendar date written YYYY-MM-DD \(China Standard Time\), e\.g\. (".+"); got (.+)$/,
    (m) => `日期应写作 YYYY-MM-DD（北京时间），例如 ${at(m, 1)}；收到 ${at(m, 2)}`,
  ],
  // Common checks (functions/domain/validation.ts, the registry's and the programme's input schemas).
  [/^at least (\d+) characters?$/, (m) => `至少 ${at(m, 1)} 个字符`],
  [/^at most (\d+) characters?$/, (m) => `最多 ${at(m, 1)} 个字符`],
  [/^not an e-mail address$/, () => '电子邮件地址格式不正确'],
  [/^8–34 digits$/, () => '账号应为 8 至 34 位数字'],
  [/^amounts are integer fen$/, () => '金额应为整数（单位：分）'],
  [/^ends \((.+)\) before it starts \((.+)\)$/, (m) => `结束日期（${at(m, 1)}）早于开始日期（${at(m, 2)}）`],
  [
    /^tiers are numbered 1, 2, 3… in order; this one is (\d+)$/,
    (m) => `档次应按 1、2、3… 顺序编号，此处为 ${at(m, 1)}`,
  ],
  [/^tier (\d+) must pay more than tier (\d+)$/, (m) => `第 ${at(m, 1)} 档的奖励金额应高于第 ${at(m, 2)} 档`],
  [
    /^R6\.4\.3: an inadmissible objection is closed with its reason code$/,
    () => '不予受理的异议须注明不予受理原因代码（R6.4.3）',
  ],
  [
    /^an admissible objection has no inadmissibility reason code: leave it out$/,
    () => '受理的异议不填写不予受理原因代码',
  ],
  [/^an id has 1 to (\d+) characters$/, (m) => `编号应为 1 至 ${at(m, 1)} 个字符`],
  [/^first must be between 1 and 100$/, () => '每页条数应在 1 至 100 之间'],
  [/^a unified social credit code has 18 characters$/, () => '统一社会信用代码应为 18 位'],
  [
    /^a unified social credit code uses only 0-9 and A-Y without I, O, S, V, Z$/,
    () => '统一社会信用代码只能使用数字 0–9 和大写字母 A–Y（不含 I、O、S、V、Z）',
  ],
  [
    /^the check character \(18th\) does not match the first 17 characters$/,
    () => '校验码（第 18 位）与前 17 位不符',
  ],
  [/^expected a calendar date YYYY-MM-DD$/, () => '应为日期，格式 YYYY-MM-DD'],
  [/^a CST date, YYYY-MM-DD$/, () => '应为北京时间日期，格式 YYYY-MM-DD'],
  [
    /^digits, spaces, \+, - and parentheses, 5–30 characters$/,
    () => '电话号码只能包含数字、空格、+、- 和括号，5 至 30 个字符',
  ],
  [/^no control characters or line breaks$/, () => '不能包含控制字符或换行'],
  [/^no bidirectional override characters/, () => '不能包含双向文本控制字符（U+202A–U+202E、U+2066–U+2069）'],
  [/^only invisible characters$/, () => '不能只有不可见字符'],
  [/^at most (\d+) contacts$/, (m) => `联系人最多 ${at(m, 1)} 个`],
  [/^at most (\d+) qualifications$/, (m) => `资质最多 ${at(m, 1)} 项`],
  [
    /^a provider on the roster needs the date it joined \(R6\.1\.2\)$/,
    () => '已入库的服务商需填写入库日期（R6.1.2）',
  ],
  [/^the window must close after it opens$/, () => '申报截止时间应晚于开始时间'],
  [/^material codes must be distinct$/, () => '申报材料代码不能重复'],
  [/^must be more than 0$/, () => '应大于 0'],
  [/^an amount above 0$/, () => '金额应大于 0'],
  [/^an upper-case code$/, () => '应为大写字母代码'],
  [/^the programme starts in 2022$/, () => '本项目自 2022 年开始'],
  [/^a tier names at least one title$/, () => '每一档至少包含一个称号'],
  [
    /^capital letters, digits and hyphens, 2–32 characters, e\.g\. QP-2025$/,
    () => '只能包含大写字母、数字和连字符，2 至 32 个字符，例如 QP-2025',
  ],
  [/^an application is listed twice$/, () => '同一申报重复列出'],
  [/^listed twice$/, () => '重复列出'],
  [/^"(.+)" is listed twice$/, (m) => `「${at(m, 1)}」重复列出`],
  [/^no local unit has the code (.+)$/, (m) => `没有代码为 ${at(m, 1)} 的街镇`],
  [/^local unit (.+) is no longer active$/, (m) => `街镇 ${at(m, 1)} 已停用`],
  [/^the file is empty$/, () => '文件为空'],
  [/^missing column (\S+) \((\w+)\)(?:; the file was read as (.+))?$/, (m) => missingColumn(m)],
  [/^unknown column "(.+)"$/, (m) => `未知的列「${at(m, 1)}」`],
  [/^credit code already given on line (\d+)$/, (m) => `统一社会信用代码已在第 ${at(m, 1)} 行出现`],
  [/^the deadline has already passed$/, () => '截止日期已过'],
  [/^a declined assignment needs a reason$/, () => '拒绝对接需说明原因'],
  [/^no registered expert has this id$/, () => '没有此编号的专家'],
  [/^no provider (.+)$/, (m) => `服务商 ${at(m, 1)} 不存在`],
  [/^no file has been uploaded for this attachment yet$/, () => '该附件尚未上传文件'],
  [/^attachment (.+) has not been uploaded yet$/, (m) => `附件 ${at(m, 1)} 尚未上传`],
  [
    /^the uploaded file does not match the declared size, type and checksum$/,
    () => '上传的文件与声明的大小、类型和校验值不符',
  ],
  [/^one of (.+)$/, (m) => `应为以下之一：${at(m, 1)}`],
  [
    /^a date range needs both from and to \(CST dates, both included\)$/,
    () => '日期范围需同时给出起止日期（北京时间，含首尾）',
  ],
  [
    /^a range covers at most (\d+) days \(this one (\d+)\): export it in parts$/,
    (m) => `日期范围最多 ${at(m, 1)} 天（本次 ${at(m, 2)} 天），请分段导出`,
  ],
  [/^to \((.+)\) is before from \((.+)\)$/, (m) => `结束日期（${at(m, 1)}）早于开始日期（${at(m, 2)}）`],
  [
    /^give an actorId, an entityType or a date range \(from, to\)$/,
    () => '请给出操作人、对象类型或日期范围（起止日期）之一',
  ],
];

function missingColumn(match: RegExpExecArray): string {
  const encoding = match[3];
  return `缺少列「${at(match, 1)}」（${at(match, 2)}）${encoding === undefined ? '' : `；文件按 ${encoding} 读取`}`;
}

/** The Chinese of a known English phrase, or nothing when the catalogue does not know it. */
export function knownPhraseZh(message: string): string | undefined {
  for (const [pattern, zh] of PHRASES) {
    const match = pattern.exec(message);
    if (match) return zh(match);
  }
  return undefined;
}

/** A field problem in Chinese: the known phrase's, or "不符合要求" with the English beside it. */
export const fieldMessageZh = (message: string): string =>
  knownPhraseZh(message) ?? `不符合要求（${message}）`;

/** What a zod issue says, as far as a translation needs it (zod's own issue types, loosely). */
export interface ZodIssueLike {
  readonly code: string;
  readonly message: string;
  readonly origin?: string | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly inclusive?: boolean | undefined;
  readonly expected?: string | undefined;
  readonly format?: string | undefined;
  readonly values?: readonly unknown[] | undefined;
  readonly keys?: readonly string[] | undefined;
  readonly divisor?: number | bigint | undefined;
}

const TYPES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  date: '日期',
  bigint: '整数',
};

const FORMATS: Readonly<Record<string, string>> = {
  email: '电子邮件地址',
  url: '网址',
  date: '日期（YYYY-MM-DD）',
  datetime: '日期时间',
  uuid: 'UUID',
  regex: '格式',
};

/** zod's own English begins so; anything else was written by our schemas (a custom message). */
const ZOD_DEFAULT = /^(Invalid|Too small|Too big|Unrecognized key)/;

function sized(origin: string | undefined, bound: string, atLeast: boolean, inclusive: boolean): string {
  switch (origin) {
    case 'string':
      return `${atLeast ? '至少' : '最多'} ${bound} 个字符`;
    case 'array':
    case 'set':
      return `${atLeast ? '至少' : '最多'} ${bound} 项`;
    default:
      if (atLeast) return inclusive ? `不能小于 ${bound}` : `应大于 ${bound}`;
      return inclusive ? `不能大于 ${bound}` : `应小于 ${bound}`;
  }
}

/** The Chinese of what a zod issue says, from its code and limits (zod's English is not kept). */
function byCode(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message)
        ? '必填'
        : `类型不正确：应为${TYPES[issue.expected ?? ''] ?? ` ${issue.expected ?? ''}`}`;
    case 'too_small':
      return sized(issue.origin, String(issue.minimum ?? ''), true, issue.inclusive !== false);
    case 'too_big':
      return sized(issue.origin, String(issue.maximum ?? ''), false, issue.inclusive !== false);
    case 'invalid_format':
      return `${FORMATS[issue.format ?? ''] ?? '格式'}不正确`;
    case 'invalid_value':
      return `应为以下之一：${(issue.values ?? []).map(String).join('、')}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor ?? '')} 的倍数`;
    case 'unrecognized_keys':
      return `不认识的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    default:
      return '不符合要求';
  }
}

/**
 * A zod issue in Chinese: a message our schemas wrote is translated by the catalogue's phrases (or said
 * by its code with the English beside it); zod's own is said from the issue's code and limits.
 */
export function zodIssueZh(issue: ZodIssueLike): string {
  if (ZOD_DEFAULT.test(issue.message)) return byCode(issue);
  return knownPhraseZh(issue.message) ?? `${byCode(issue)}（${issue.message}）`;
}
