/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of an application. 申报状态。 */
export type ApplicationStatus =
  /** Accepted online by the town (R6.2.2). 已受理。 */
  | 'ACCEPTED'
  /** Saved, not submitted. 草稿。 */
  | 'DRAFT'
  /** Refused by the commission's preliminary review, with reasons (R6.3.1). Final; its one-per place is freed. 初审不予受理。 */
  | 'REFUSED'
  /** Returned for correction, with a reason: by the town, or by the commission's preliminary review (R6.3.1); an enterprise application resubmitted goes back through its town. 退回修改。 */
  | 'RETURNED'
  /** Submitted: an enterprise application waits for its town (R6.2.2); a provider's goes to review. 已提交。 */
  | 'SUBMITTED'
  /** Withdrawn by the applicant (before it is proposed); its one-per place is freed (R6.3.1). 已撤回。 */
  | 'WITHDRAWN';

/** The titles of the six tiers (R5.2). 认定称号。 */
export type BenchmarkTitle =
  /** Global lighthouse factory (tier 6). 全球灯塔工厂。 */
  | 'LIGHTHOUSE_FACTORY'
  /** National benchmark factory recognised by MIIT (tier 5). 国家级标杆工厂。 */
  | 'NATIONAL_BENCHMARK_FACTORY'
  /** Smart factory (tier 3 district, tier 4 municipal). 智能工厂。 */
  | 'SMART_FACTORY'
  /** Smart production line (tier 1, district). 智能生产线。 */
  | 'SMART_PRODUCTION_LINE'
  /** Smart warehouse (tier 1, district). 智能仓储。 */
  | 'SMART_WAREHOUSE'
  /** Smart workshop (tier 2, district). 智能车间。 */
  | 'SMART_WORKSHOP';

/** Who certified the title (R5.2). 认定层级。 */
export type CertificationLevel =
  /** The district. 区级。 */
  | 'DISTRICT'
  /** Global (lighthouse network). 全球。 */
  | 'GLOBAL'
  /** Shanghai municipality. 市级。 */
  | 'MUNICIPAL'
  /** The nation (MIIT). 国家级。 */
  | 'NATIONAL';

/**
 * A real-name objection (R6.4): anonymous ones are refused; one per contact per project, within the limits
 * on filing (R6.4.3). 提出异议。
 */
export type FileObjectionInput = {
  /** Phone or e-mail, 5–100 characters, at least 5 of them letters or digits. 联系方式。 */
  objectorContact: string;
  /** Your name, 2–50 characters. 姓名。 */
  objectorName: string;
  /** Project in publicity. 项目编号。 */
  projectId: string | number;
  /** Reason, 10–2000 characters. 理由。 */
  reason: string;
};

/** What became of a line of an imported list. 导入结果。 */
export type ImportOutcome =
  /** Recorded, with a positive award sent down the automatic path. 已创建。 */
  | 'CREATED'
  /** The certificate (body + number) was already recorded. 重复。 */
  | 'DUPLICATE'
  /** The enterprise fails eligibility (R4.4; reasons given). 不符合条件。 */
  | 'INELIGIBLE'
  /** The line itself is wrong (reason given). 无效。 */
  | 'INVALID'
  /** No such enterprise in the registry, or its name differs. 未匹配。 */
  | 'UNMATCHED'
  /** Recorded, paying nothing under R5.3 (reason given). 零金额。 */
  | 'ZERO_AMOUNT';

/** Where an import stands. 导入状态。 */
export type ImportStatus =
  /** Every line has its outcome. 已完成。 */
  | 'COMPLETED'
  /** Stopped by an error (see failure); importing the same file again finishes it. 失败。 */
  | 'FAILED'
  /** Running: see processedLines. 进行中。 */
  | 'RUNNING';

/** Why the commission screened an objection out (R6.4.3). 不予受理原因。 */
export type InadmissibleReason =
  /** Abusive. 恶意或辱骂。 */
  | 'ABUSIVE'
  /** The same objection again. 重复异议。 */
  | 'DUPLICATE'
  /** Not a real name (实名). 非实名。 */
  | 'NO_REAL_NAME'
  /** Another reason, given in the text. 其他。 */
  | 'OTHER'
  /** The contact is invented or cannot be reached. 联系方式虚假或无法联系。 */
  | 'UNREACHABLE_CONTACT';

/**
 * How a notification reaches its recipient (issue 17).
 * 通知渠道。
 */
export type NotificationChannel =
  /** E-mail to the first contact with an e-mail address in the registry (Amazon SES; the local outbox under `npm start`). 电子邮件。 */
  | 'EMAIL'
  /** The recipient's inbox in this API (`notifications`); a town's officers read their town's. 站内消息。 */
  | 'INBOX'
  /** A text message to the first contact with a mainland mobile number (Amazon SNS; the local outbox under `npm start`). 短信。 */
  | 'SMS';

/** Where a notification is on its channel. 发送状态。 */
export type NotificationStatus =
  /** Not sent and not tried again by itself (attempts spent, or an outcome nobody can know): an operator is alerted. 已搁置。 */
  | 'PARKED'
  /** Made, not tried yet. 待发送。 */
  | 'PENDING'
  /** The provider refused the last attempt; it is tried again at `nextAttemptAt`. 等待重试。 */
  | 'RETRYING'
  /** An attempt is under way. 发送中。 */
  | 'SENDING'
  /** Delivered: in the inbox, or taken by the e-mail or SMS provider (locally: put in the outbox). 已发送。 */
  | 'SENT';

/** The disposition of an admissible objection (R6.4.3). 调查结论。 */
export type ObjectionOutcome =
  /** Dismissed: the project continues. 不成立。 */
  | 'DISMISSED'
  /** Upheld: the project is removed. 成立。 */
  | 'UPHELD';

/** Status of an objection (INTERPRETATION R6.4.3). 异议状态。 */
export type ObjectionStatus =
  /** Settled, dismissed: the project continues. 异议不成立。 */
  | 'DISMISSED'
  /** Screened out with a reason code and text (no real name, abusive, duplicate, unreachable contact, other): it holds nothing back. 不予受理。 */
  | 'INADMISSIBLE'
  /** Received, not yet screened by the commission: it holds the project back from deliberation. 待甄别。 */
  | 'RECEIVED'
  /** Admissible: under investigation, which may start while publicity runs; it holds the project back until settled. 调查中。 */
  | 'UNDER_INVESTIGATION'
  /** Settled, upheld: the project is removed (R6.4). 异议成立。 */
  | 'UPHELD';

/** Where a payment batch stands (R6.6). 批次状态。 */
export type PaymentBatchStatus =
  /** Every payment's result recorded. 已完成。 */
  | 'CLOSED'
  /** Made; may be exported; awaiting release by a second finance user. 待提交。 */
  | 'OPEN'
  /** Released for payment (four eyes); results being recorded. 已提交。 */
  | 'SUBMITTED';

/** Which reward a notice and its applications are for. 申报项目。 */
export type Programme =
  /** R5.1a: 20,000 yuan per enterprise diagnosed, for the provider. 诊断奖励。 */
  | 'DIAGNOSIS_REWARD'
  /** R6.7a: a district smart production line, warehouse, workshop or factory (tiers 1–3), reviewed path. 区级标杆。 */
  | 'DISTRICT_BENCHMARK'
  /** R5.1b: up to 100,000 yuan for the implementing enterprise. 实施奖励。 */
  | 'IMPLEMENTATION_REWARD'
  /** R6.7c: a global lighthouse factory (tier 6), lighthouse path (deliberation only). 灯塔工厂。 */
  | 'LIGHTHOUSE';

/** The commission's screening of one objection (R6.4.3). 甄别异议。 */
export type ScreenObjectionInput = {
  /** Admissible: its investigation opens. Inadmissible: it is closed. 是否受理。 */
  admissible: boolean;
  /** A RECEIVED objection. 异议编号。 */
  objectionId: string | number;
  /** The reason in words, 2–2000 characters. 理由。 */
  reason: string;
  /** Required when inadmissible; left out when admissible. 不予受理原因。 */
  reasonCode?: InadmissibleReason | null | undefined;
  /** The version you read (a stale one is refused with CONFLICT). 版本号。 */
  version: number;
};

/**
 * A recipient's choices, replacing the previous ones. Unknown channels or kinds, or one listed twice, are
 * BAD_USER_INPUT naming each (`extensions.fields`, e.g. `input.channels.1`), and nothing is written.
 * 设置通知偏好。
 */
export type SetNotificationPreferencesInput = {
  /** The channels, among INBOX, EMAIL and SMS (none: not told at all). 渠道。 */
  channels: Array<string>;
  /** Kinds not to be told of, among the recipient's `kinds` (e.g. `application.submitted`). 不接收的通知类型。 */
  mutedKinds: Array<string>;
  /** Whose: the caller's own when omitted (its enterprise, provider or town), the only one it may set. 接收方。 */
  recipient?: string | null | undefined;
};

/** The disposition of one admissible objection (R6.4.3). 处理异议。 */
export type SettleObjectionInput = {
  /** The finding, 2–2000 characters. 调查结论。 */
  finding: string;
  /** An objection UNDER_INVESTIGATION. 异议编号。 */
  objectionId: string | number;
  /** Upheld removes the project. 结论。 */
  outcome: ObjectionOutcome;
  /** The version you read (a stale one is refused with CONFLICT). 版本号。 */
  version: number;
};

/** How a fiscal year's statistics are broken down: one series per category. 统计维度。 */
export type StatisticsDimension =
  /** By China Standard Time month (`YYYY-MM`). 按月份。 */
  | 'MONTH'
  /** By programme: DIAGNOSIS_REWARD, IMPLEMENTATION_REWARD, DISTRICT_BENCHMARK, LIGHTHOUSE, AUTOMATIC (免申即享). 按项目类别。 */
  | 'PROGRAMME'
  /** By R5.2 tier (`1`…`6`); `NONE` for the diagnosis and implementation rewards. 按台阶。 */
  | 'TIER'
  /** By local unit (town, subdistrict, district-owned group). 按街镇。 */
  | 'TOWN';

/** What the programme statistics count, each as a number and an amount in fen. 统计指标。 */
export type StatisticsMeasure =
  /** Taken into review: an enterprise's application accepted online by its town (R6.2.2), a provider's diagnosis-reward application when submitted (R6.2.1). 受理。 */
  | 'ACCEPTED'
  /** Applications submitted (R6.2), at the amount applied for; a corrected one submitted again is not counted again. 申报。 */
  | 'APPLIED'
  /** Awards approved at deliberation (R6.5), or automatic awards approved by their disbursement document (R6.7b), at the amount committed (R2.2). 批准。 */
  | 'APPROVED'
  /** Payments the bank paid (R6.6). 拨付。 */
  | 'PAID'
  /** Money recovered on fraud findings (R7.1): the awards it came back from, and every amount. 追回。 */
  | 'RECOVERED'
  /** Refused at the preliminary review (R6.3.1) or at deliberation (R6.5), or removed by an upheld objection (R6.4). 未通过。 */
  | 'REFUSED';

export type EnterpriseHistoryQueryVariables = Exact<{
  creditCode: string | number;
  code: string;
}>;


export type EnterpriseHistoryQuery = { enterprise: { creditCode: string, name: string, eligibility: { eligible: boolean, reasons: Array<{ rule: string, message: string }> } }, applications: { edges: Array<{ node: { id: string, programme: Programme, status: ApplicationStatus, requestedAmountFen: number, benchmarkTitle: BenchmarkTitle | null, submittedAt: string | null } }> }, certifications: Array<{ id: string, title: BenchmarkTitle, level: CertificationLevel, certifiedOn: string, source: { kind: string, importId: string | null, line: number | null, applicationId: string | null }, outcome: { tier: number, awardFen: number, zeroReason: string | null, projectId: string | null } }>, benchmarkStanding: { highestTier: number, highestAwardedFen: number } };

export type FileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type FileObjectionMutation = { fileObjection: { received: boolean, projectId: string } };

export type FinanceBatchPageQueryVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type FinanceBatchPageQuery = { paymentBatch: { id: string, payments: { edges: Array<{ node: { payment: { id: string, payeeName: string, amountFen: number, documentNumber: string }, account: { bankName: string, accountName: string, accountNumber: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type FinanceBatchPullQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type FinanceBatchPullQuery = { paymentBatch: { id: string, status: PaymentBatchStatus, paymentCount: number, totalFen: number, exportUrl: string, payments: { edges: Array<{ node: { payment: { id: string, payeeName: string, amountFen: number, documentNumber: string }, account: { bankName: string, accountName: string, accountNumber: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ImportReportQueryVariables = Exact<{
  id: string | number;
  outcome?: ImportOutcome | null | undefined;
}>;


export type ImportReportQuery = { certificationImport: { id: string, fileName: string, status: ImportStatus, totalLines: number, processedLines: number, encoding: string, awardedFen: number, reportCsvUrl: string | null, counts: { created: number, zeroAmount: number, duplicate: number, unmatched: number, ineligible: number, invalid: number }, lines: { edges: Array<{ node: { line: number, outcome: ImportOutcome, outcomeLabel: string, reasonZh: string, reason: string, rule: string | null, creditCode: string | null, awardFen: number | null } }> } } };

export type NotificationInboxQueryVariables = Exact<{
  recipient?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationInboxQuery = { notifications: { edges: Array<{ node: { id: string, kind: string, channel: NotificationChannel, status: NotificationStatus, occurredAt: string, title: string, body: string, titleEn: string, bodyEn: string, applicationId: string | null, projectId: string | null, paymentId: string | null, to: string | null, sentVia: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, notificationPreferences: { channels: Array<NotificationChannel>, mutedKinds: Array<string>, kinds: Array<string>, unreachableChannels: Array<NotificationChannel> } };

export type ChooseNotificationChannelsMutationVariables = Exact<{
  input: SetNotificationPreferencesInput;
}>;


export type ChooseNotificationChannelsMutation = { setNotificationPreferences: { channels: Array<NotificationChannel>, mutedKinds: Array<string>, unreachableChannels: Array<NotificationChannel>, updatedAt: string | null } };

export type ProgrammeStatisticsQueryVariables = Exact<{
  fiscalYear: number;
  by: StatisticsDimension;
  town?: string | null | undefined;
}>;


export type ProgrammeStatisticsQuery = { programmeStatistics: { fiscalYear: number, by: StatisticsDimension, town: string | null, measures: Array<{ measure: StatisticsMeasure, label: string }>, series: Array<{ key: string, label: string, points: Array<{ measure: StatisticsMeasure, count: number, amountFen: number }> }>, totals: Array<{ measure: StatisticsMeasure, label: string, count: number, amountFen: number }> } };

export type ProjectObjectionsQueryVariables = Exact<{
  projectId: string | number;
  status?: ObjectionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectObjectionsQuery = { objections: { edges: Array<{ node: { id: string, version: number, objectorName: string, objectorContact: string, reason: string, status: ObjectionStatus, createdAt: string, screening: { admissible: boolean, reasonCode: InadmissibleReason | null, reason: string, by: string, at: string } | null, disposition: { outcome: ObjectionOutcome, finding: string, by: string, at: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicityPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicityPageQuery = { publicity: { edges: Array<{ node: { projectId: string, title: string, enterpriseName: string, proposedAmountFen: number, amountProvisional: boolean, startDate: string, endDate: string, amountExplanation: { rule: string, policyVersionId: string, zh: string, en: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ScreenObjectionMutationVariables = Exact<{
  input: ScreenObjectionInput;
}>;


export type ScreenObjectionMutation = { screenObjection: { id: string, status: ObjectionStatus, version: number, screening: { admissible: boolean, reasonCode: InadmissibleReason | null, reason: string } | null } };

export type SettleObjectionMutationVariables = Exact<{
  input: SettleObjectionInput;
}>;


export type SettleObjectionMutation = { settleObjection: { id: string, status: ObjectionStatus, version: number, disposition: { outcome: ObjectionOutcome, finding: string } | null } };

export type TownDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TownDashboardQuery = { enterprises: { edges: Array<{ node: { creditCode: string, name: string, town: { name: string }, eligibility: { eligible: boolean, reasons: Array<{ rule: string, message: string }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, projects: { edges: Array<{ node: { id: string, title: string, proposedAmountFen: number, publicity: { endDate: string } | null } }> } };


export const EnterpriseHistoryDocument = {"__meta__":{"hash":"sha256:161e861a61d7ed04bc7e30266c13edfecc149273a9921c2dfa47659375e238c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkTitle"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"awardFen"}},{"kind":"Field","name":{"kind":"Name","value":"zeroReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highestTier"}},{"kind":"Field","name":{"kind":"Name","value":"highestAwardedFen"}}]}}]}}]} as unknown as DocumentNode<EnterpriseHistoryQuery, EnterpriseHistoryQueryVariables>;
export const FileObjectionDocument = {"__meta__":{"hash":"sha256:31c4c363362af5d9df92c5a6a8b4c67a43ae60fd153139b24463552807c63d79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;
export const FinanceBatchPageDocument = {"__meta__":{"hash":"sha256:500d293cb7a80d79ee1f6e382d0e48521f9924ef5f149978358a97e75ed62b88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceBatchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceBatchPageQuery, FinanceBatchPageQueryVariables>;
export const FinanceBatchPullDocument = {"__meta__":{"hash":"sha256:9e2cb9acd7624aee8ae0f8d301498593532bf69627c43a74a2303d72f5b0a71b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceBatchPull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"CSV"}}]},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceBatchPullQuery, FinanceBatchPullQueryVariables>;
export const ImportReportDocument = {"__meta__":{"hash":"sha256:9c8d8a2d8a38452eae9d845cc32f38c7f15c3bf87c43455478f6bc8f5ac79bcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOutcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalLines"}},{"kind":"Field","name":{"kind":"Name","value":"processedLines"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"awardedFen"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"zeroAmount"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reasonZh"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"awardFen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportCsvUrl"}}]}}]}}]} as unknown as DocumentNode<ImportReportQuery, ImportReportQueryVariables>;
export const NotificationInboxDocument = {"__meta__":{"hash":"sha256:89bcb8b74b4614b8b03e53346ec418be45a111f8462b846c3869a0df032fd27f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipient"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipient"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipient"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sentVia"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recipient"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipient"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"mutedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"unreachableChannels"}}]}}]}}]} as unknown as DocumentNode<NotificationInboxQuery, NotificationInboxQueryVariables>;
export const ChooseNotificationChannelsDocument = {"__meta__":{"hash":"sha256:c10261bda5dae27d146d32184043cdac55b6eb7548a0ea7a01f438b7eb6177f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseNotificationChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"mutedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"unreachableChannels"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ChooseNotificationChannelsMutation, ChooseNotificationChannelsMutationVariables>;
export const ProgrammeStatisticsDocument = {"__meta__":{"hash":"sha256:ef4b19f18344f47d77f3bbaa1911a50ca7ce786f2e08e323e53df12494b90515"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"town"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"town"},"value":{"kind":"Variable","name":{"kind":"Name","value":"town"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeStatisticsQuery, ProgrammeStatisticsQueryVariables>;
export const ProjectObjectionsDocument = {"__meta__":{"hash":"sha256:a2ee99f362bdc692646602c2c7a2a201f0b83ce64ca49b6124ecb5e92489fb41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectorName"}},{"kind":"Field","name":{"kind":"Name","value":"objectorContact"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectObjectionsQuery, ProjectObjectionsQueryVariables>;
export const PublicityPageDocument = {"__meta__":{"hash":"sha256:7b1f0f41b71e8e1cd0c32d79e68ac6ae8b2b381eb1a45ab2285090de911756cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"amountExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublicityPageQuery, PublicityPageQueryVariables>;
export const ScreenObjectionDocument = {"__meta__":{"hash":"sha256:8551646b8b0f224018a7ef0fd6399e3f0619c1a7d4da370f7942c16d5c5b1084"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScreenObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenObjectionMutation, ScreenObjectionMutationVariables>;
export const SettleObjectionDocument = {"__meta__":{"hash":"sha256:12aac662a3df60f08ede2774ff061c20bcddc56444faf3ed5a78d01fe67f6b50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}}]}}]}}]} as unknown as DocumentNode<SettleObjectionMutation, SettleObjectionMutationVariables>;
export const TownDashboardDocument = {"__meta__":{"hash":"sha256:c50a33c4b266c3725695714951d12fa01c9710a4de87d8213d60095b61839d8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eligible"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"IN_PUBLICITY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"publicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TownDashboardQuery, TownDashboardQueryVariables>;