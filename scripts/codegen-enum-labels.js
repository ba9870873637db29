// A GraphQL Code Generator plugin (issue 18): emits `client/enum-labels.ts`, a { zh, en } label for every
// value of every enum of the schema, for front ends (introspection is off in production, so they cannot
// read the descriptions at run time) and for the API's own messages.
//
// The labels come from the descriptions, which read "English. 中文。": the Chinese label is the last
// sentence (ending in 。), the English one the first clause of the English text (up to the first `;`, a
// `: ` that follows a word, or a parenthesis). Where that clause is not a label, EN_LABELS says it.
// A value whose description has no Chinese sentence, or no English, gets no label in that language, and
// tests/unit/schema/enum-labels.test.ts fails naming it.
import { isEnumType } from 'graphql';
import { format, resolveConfig } from 'prettier';

/** English labels the descriptions' first clause would word badly (a rule id, a list, a long sentence). */
const EN_LABELS = {
  'ApplicationStatus.REFUSED': 'Refused at preliminary review',
  'ApplicationStatus.RETURNED': 'Returned for correction',
  'AssignmentStatus.DECLINED': 'Declined',
  'AssignmentStatus.PENDING': 'Awaiting the provider',
  'AssignmentStatus.REASSIGNED': 'Reassigned',
  'AssignmentStatus.REPORTED': 'Report submitted',
  'AttachmentOwnerType.IMPORT': 'List to import',
  'AuditEntityType.AUDIT_EXPORT': 'Audit export',
  'AuditEntityType.BENCHMARK_STANDING': 'Benchmark standing',
  'AuditEntityType.CERTIFICATION': 'Benchmark certification',
  'AuditEntityType.LOCAL_CLOCK': 'Local clock',
  'AuditEntityType.NOTIFICATION_PREFERENCES': 'Notification preferences',
  'BankFileProfile.CMB_AGENCY_PAYMENT': 'CMB agency payment',
  'BankReturnCode.ACCOUNT_CLOSED': 'Account closed',
  'BankReturnCode.ACCOUNT_FROZEN': 'Account frozen',
  'BankReturnCode.ACCOUNT_NOT_FOUND': 'No such account',
  'BankReturnCode.NAME_MISMATCH': 'Account name mismatch',
  'BankReturnCode.OTHER': 'Other refusal',
  'CalendarLoadOutcome.LOADED': 'Loaded',
  'CalendarLoadOutcome.REPLACED': 'Replaced',
  'CalendarLoadOutcome.UNCHANGED': 'Unchanged',
  'CalendarSource.CHINESE_DAYS': 'Bundled statutory data',
  'CalendarSource.LOADED': 'Loaded by the commission',
  'CertificationLevel.DISTRICT': 'District',
  'CertificationLevel.MUNICIPAL': 'Municipal',
  'CertificationLevel.NATIONAL': 'National',
  'DocumentStatus.DRAFT': 'Draft',
  'DocumentStatus.ISSUED': 'Issued',
  'ErrorCode.BAD_USER_INPUT': 'Invalid input',
  'ErrorCode.CONFLICT': 'Conflict',
  'ErrorCode.FORBIDDEN': 'Forbidden',
  'ErrorCode.INTERNAL_SERVER_ERROR': 'Internal server error',
  'ErrorCode.IN_PROGRESS': 'In progress',
  'ErrorCode.NOT_FOUND': 'Not found',
  'ErrorCode.OBJECTION_LIMIT_REACHED': 'Objection limit reached',
  'ErrorCode.OPERATION_NOT_REGISTERED': 'Operation not registered',
  'ErrorCode.POLICY_VIOLATION': 'Policy violation',
  'ErrorCode.RATE_LIMITED': 'Rate limited',
  'ErrorCode.REQUEST_BUDGET_EXCEEDED': 'Request budget exceeded',
  'ErrorCode.UNAUTHENTICATED': 'Not signed in',
  'ExportFormat.CSV': 'CSV',
  'ExportFormat.XLSX': 'Excel workbook',
  'Festival.DRAGON_BOAT': 'Dragon Boat Festival',
  'Festival.LABOUR_DAY': 'Labour Day',
  'Festival.MID_AUTUMN': 'Mid-Autumn Festival',
  'Festival.NATIONAL_DAY': 'National Day',
  'Festival.NEW_YEARS_DAY': "New Year's Day",
  'Festival.OTHER': 'Other day off',
  'Festival.QINGMING': 'Qingming Festival',
  'Festival.SPRING_FESTIVAL': 'Spring Festival',
  'FinanceAction.CONFIRM_ACCOUNT_NAME': 'Confirm the account name',
  'FinanceAction.CONTACT_PAYEE': 'Contact the payee',
  'FinanceAction.CORRECT_ACCOUNT': 'Correct the account',
  'FinanceAction.NONE': 'Nothing to do',
  'ImportOutcome.CREATED': 'Created',
  'ImportOutcome.DUPLICATE': 'Duplicate',
  'ImportOutcome.INELIGIBLE': 'Ineligible',
  'ImportOutcome.INVALID': 'Invalid',
  'ImportOutcome.UNMATCHED': 'Unmatched',
  'ImportOutcome.ZERO_AMOUNT': 'Zero amount',
  'ImportStatus.COMPLETED': 'Completed',
  'ImportStatus.FAILED': 'Failed',
  'ImportStatus.RUNNING': 'Running',
  'NotificationChannel.EMAIL': 'E-mail',
  'NotificationChannel.INBOX': 'Inbox',
  'NotificationChannel.SMS': 'Text message',
  'NotificationStatus.PARKED': 'Parked',
  'NotificationStatus.PENDING': 'Pending',
  'NotificationStatus.RETRYING': 'Retrying',
  'NotificationStatus.SENDING': 'Sending',
  'NotificationStatus.SENT': 'Sent',
  'ObjectionStatus.DISMISSED': 'Dismissed',
  'ObjectionStatus.INADMISSIBLE': 'Inadmissible',
  'ObjectionStatus.RECEIVED': 'Received',
  'ObjectionStatus.UNDER_INVESTIGATION': 'Under investigation',
  'ObjectionStatus.UPHELD': 'Upheld',
  'PaymentBatchStatus.CLOSED': 'Closed',
  'PaymentBatchStatus.OPEN': 'Open',
  'PaymentBatchStatus.SUBMITTED': 'Released',
  'PaymentStatus.CANCELLED': 'Cancelled',
  'PaymentStatus.FAILED': 'Failed at the bank',
  'PaymentStatus.HELD': 'Held',
  'PaymentStatus.READY': 'Ready',
  'PlanStatus.DRAFT': 'Draft',
  'PlanStatus.PUBLISHED': 'Published',
  'PolicyVersionStatus.DRAFT': 'Draft',
  'PolicyVersionStatus.PUBLISHED': 'Published',
  'PreliminaryOutcome.PASSED': 'Passed',
  'PreliminaryOutcome.REFUSED': 'Refused',
  'PreliminaryOutcome.RETURNED': 'Returned for correction',
  'Programme.DIAGNOSIS_REWARD': 'Diagnosis reward',
  'Programme.DISTRICT_BENCHMARK': 'District benchmark',
  'Programme.IMPLEMENTATION_REWARD': 'Implementation reward',
  'Programme.LIGHTHOUSE': 'Lighthouse factory',
  'ProjectStage.AWAITING_DOCUMENT': 'Awaiting disbursement document',
  'ProjectStage.AWAITING_SIGN_OFF': 'Awaiting sign-off',
  'ProjectStage.COMPLETED': 'Completed',
  'ProjectStage.DELIBERATION': 'Awaiting deliberation',
  'ProjectStage.FAILED': 'Workflow failed',
  'ProjectStage.INVESTIGATION': 'Objection under investigation',
  'ProjectStage.PROPOSED': 'Proposed for support',
  'ProjectStage.WITHHELD': 'Withheld after a fraud finding',
  'ProjectStage.ZERO_AWARD_RECORDED': 'Zero award recorded',
  'ReportStatus.CONFIRMED': 'Confirmed by the enterprise',
  'ReportStatus.SUBMITTED': 'Submitted',
  'Role.ECONOMIC_COMMISSION': 'District Economic Commission',
  'Role.JOINT_REVIEWER': 'Joint reviewer',
  'Role.PROMOTION_OFFICE': 'Promotion office',
  'Role.ENTERPRISE': 'Enterprise',
  'Role.PROVIDER': 'Provider',
  'Role.TOWN_OFFICER': 'Town officer',
  'SigningBody.DRC': 'Development and Reform Commission',
  'SigningBody.ECONOMIC_COMMISSION': 'Economic Commission',
  'SigningBody.FINANCE_BUREAU': 'Finance Bureau',
  'SigningBody.STC': 'Science and Technology Commission',
  'StatisticsDimension.MONTH': 'By month',
  'StatisticsDimension.PROGRAMME': 'By programme',
  'StatisticsDimension.TIER': 'By tier',
  'StatisticsDimension.TOWN': 'By town',
  'StatisticsMeasure.ACCEPTED': 'Accepted',
  'StatisticsMeasure.APPLIED': 'Applied',
  'StatisticsMeasure.APPROVED': 'Approved',
  'StatisticsMeasure.PAID': 'Paid',
  'StatisticsMeasure.RECOVERED': 'Recovered',
  'StatisticsMeasure.REFUSED': 'Refused',
  'TownKind.DISTRICT_OWNED_GROUP': 'District-owned enterprise group',
  'WorkflowPath.AUTOMATIC': 'Automatic (no application)',
  'WorkflowPath.LIGHTHOUSE': 'Lighthouse',
  'WorkflowPath.REVIEWED': 'Reviewed',
  'WorkflowStage.PUBLICITY': 'Publicity',
};

const CJK = /[\u3400-\u9fff]/;

/** The description's Chinese label and the English text before it. */
function split(description) {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  // The last sentence ending in 。, after the English (which ends in `.`, `)` or a space) or alone.
  const match = /(?:^|(?<=[.)]) )([^.。]+)。$/.exec(text);
  if (!match?.[1]) return { zh: undefined, english: text };
  return { zh: match[1].trim(), english: text.slice(0, match.index).trim() };
}

/** The first clause of the English text, when it has one and says it in English. */
function englishLabel(english) {
  const clause = english
    .split(/\.(?:\s|$)/)[0]
    .split(/;|(?<=[a-z]): | \(/)[0]
    .trim()
    // "An application" reads as a label without its article.
    .replace(/^an? (\w)/i, (_article, first) => first.toUpperCase());
  return clause !== '' && !CJK.test(clause) ? clause : undefined;
}

/** @param {import('graphql').GraphQLSchema} schema */
export function labels(schema) {
  const result = {};
  const names = Object.keys(schema.getTypeMap())
    .filter((name) => !name.startsWith('__'))
    .sort();
  for (const name of names) {
    const type = schema.getType(name);
    if (!isEnumType(type)) continue;
    const values = {};
    for (const value of [...type.getValues()].sort((a, b) => a.name.localeCompare(b.name))) {
      const { zh, english } = split(value.description);
      const en = EN_LABELS[`${name}.${value.name}`] ?? englishLabel(english);
      values[value.name] = { ...(zh === undefined ? {} : { zh }), ...(en === undefined ? {} : { en }) };
    }
    result[name] = values;
  }
  return result;
}

/** The labels as source, one value a line (prettier keeps an object on one line when it is written so). */
function serialize(all) {
  const enums = Object.entries(all).map(([name, values]) => {
    const lines = Object.entries(values).map(([value, label]) => `${value}: ${JSON.stringify(label)},`);
    return `${name}: {\n${lines.join('\n')}\n},`;
  });
  return `{\n${enums.join('\n')}\n}`;
}

/** @param {import('graphql').GraphQLSchema} schema */
export async function plugin(schema) {
  const source = [
    '// Generated by scripts/codegen-enum-labels.js from schema/*.graphql (npm run codegen). Do not edit:',
    '// change the enum value\'s description ("English. 中文。") or the script\'s EN_LABELS.',
    '',
    '/** A { zh, en } label for every value of every enum of the schema (issue 18). */',
    `export const ENUM_LABELS = ${serialize(labels(schema))} as const;`,
    '',
    '/** The enums of the schema. */',
    'export type EnumName = keyof typeof ENUM_LABELS;',
    '',
    '/** The values of one enum. */',
    'export type EnumValue<E extends EnumName> = keyof (typeof ENUM_LABELS)[E] & string;',
    '',
  ].join('\n');
  const options = await resolveConfig('client/enum-labels.ts');
  return format(source, { ...options, filepath: 'client/enum-labels.ts' });
}
