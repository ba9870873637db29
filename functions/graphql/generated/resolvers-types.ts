import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserPrincipal } from '../../domain/identity/principal.ts';
import type { Town as TownModel } from '../../domain/towns/town.ts';
import type { Enterprise as EnterpriseModel } from '../../domain/registry/enterprise.ts';
import type { Provider as ProviderModel } from '../../domain/registry/provider.ts';
import type { AuditRecord as AuditRecordModel } from '../../domain/audit/audit-record.ts';
import type { PolicyVersion as PolicyVersionModel } from '../../domain/policy/policy-version.ts';
import type { IntentionEntry as IntentionEntryModel, DiagnosisPlan as DiagnosisPlanModel, DiagnosisAssignment as DiagnosisAssignmentModel, DiagnosisReport as DiagnosisReportModel, EnterpriseConfirmation as EnterpriseConfirmationModel } from '../../domain/diagnosis/diagnosis.ts';
import type { Attachment as AttachmentModel } from '../../domain/attachments/attachment.ts';
import type { AttachmentUploadModel } from '../../use-cases/diagnosis/attachments.ts';
import type { ApplicationNotice as ApplicationNoticeModel, Application as ApplicationModel, Expert as ExpertModel } from '../../domain/applications/application.ts';
import type { Project as ProjectModel } from '../../domain/workflow/project.ts';
import type { Objection as ObjectionModel } from '../../domain/workflow/objection.ts';
import type { DisbursementDocument as DisbursementDocumentModel, DisbursementLine as DisbursementLineModel } from '../../domain/payments/disbursement-document.ts';
import type { Payment as PaymentModel, Payment as BatchPaymentModel } from '../../domain/payments/payment.ts';
import type { Budget as BudgetModel } from '../../domain/payments/budget.ts';
import type { HolidayArrangement as HolidayArrangementModel } from '../../domain/calendar/holiday-arrangement.ts';
import type { Certification as CertificationModel, BenchmarkStanding as BenchmarkStandingModel } from '../../domain/benchmark/certification.ts';
import type { CertificationImport as CertificationImportModel, ImportLineResult as ImportLineModel } from '../../domain/benchmark/certification-import.ts';
import type { PaymentBatch as PaymentBatchModel, FraudFinding as FraudFindingModel, BanEntry as BanEntryModel } from '../../domain/payments/payments.ts';
import type { NotificationDelivery as NotificationModel } from '../../domain/notifications/delivery.ts';
import type { PreferencesView as NotificationPreferencesModel } from '../../use-cases/notifications/notifications.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in time, ISO 8601 with offset. The API writes it in China Standard Time, always with
   * milliseconds and `+08:00` (e.g. `2026-09-28T09:00:00.000+08:00`); it reads any offset. Policy dates are
   * calendar dates in China Standard Time (R6.4.1).
   */
  DateTime: { input: Date | string; output: Date | string; }
  /**
   * An amount of money in integer fen (分; 1 yuan = 100 fen). Never fractional, never floating point.
   * 金额（分）。
   */
  Fen: { input: number; output: number; }
  /**
   * A calendar date in China Standard Time, `YYYY-MM-DD` (R6.4.1: every policy date is a CST calendar date).
   * 日期（北京时间）。
   */
  LocalDate: { input: string; output: string; }
  /**
   * A signed amount in integer fen, for balances that may go below zero through a recorded override.
   * 带符号金额（分）。
   */
  SafeAmount: { input: number; output: number; }
};

/** Changes to a plan, draft or published; audited. 计划调整。 */
export type AmendDiagnosisPlanInput = {
  /** Enterprises to add (from the pool). 增加。 */
  readonly add?: InputMaybe<ReadonlyArray<PlanEntryInput>>;
  /** Credit codes to remove. 删除。 */
  readonly remove?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
  /** Year. 年度。 */
  readonly year: Scalars['Int']['input'];
};

/**
 * How an amount was worked out: the rule and policy version, the inputs and the arithmetic, in Chinese and
 * English. R5.1a and the tier amounts are fixed (R5.5); R5.1b is reviewed within its cap; a title's R5.3
 * difference is provisional until approval. 金额说明。
 */
export type AmountExplanation = {
  readonly __typename?: 'AmountExplanation';
  /** R5.3: that tier's amount. 已获奖励金额。 */
  readonly alreadyAwardedFen?: Maybe<Scalars['Fen']['output']>;
  /** The amount explained. 金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** R5.1b: the version's ceiling. 上限。 */
  readonly capFen?: Maybe<Scalars['Fen']['output']>;
  /** The explanation in English. 英文说明。 */
  readonly en: Scalars['String']['output'];
  /** The policy version it was decided under. 政策版本。 */
  readonly policyVersionId: Scalars['ID']['output'];
  /** True while the amount may still change: a title's difference before approval (R5.3). 是否暂定。 */
  readonly provisional: Scalars['Boolean']['output'];
  /** R5.1b: the amount applied for. 申请金额。 */
  readonly requestedAmountFen?: Maybe<Scalars['Fen']['output']>;
  /** `R5.1a` (fixed diagnosis reward), `R5.1b` (reviewed implementation reward) or `R5.3` (a tier's difference). 规则编号。 */
  readonly rule: Scalars['String']['output'];
  /** R5.3: the highest tier already awarded before (0 when none). 已获最高档次。 */
  readonly standingTierBefore?: Maybe<Scalars['Int']['output']>;
  /** R5.3: the title's tier. 档次。 */
  readonly tier?: Maybe<Scalars['Int']['output']>;
  /** R5.3: the tier's fixed amount. 档次金额。 */
  readonly tierAmountFen?: Maybe<Scalars['Fen']['output']>;
  /** Why it is 0, when it is (R5.3.1). 零金额原因。 */
  readonly zeroReason?: Maybe<Scalars['String']['output']>;
  /** The explanation in Chinese. 中文说明。 */
  readonly zh: Scalars['String']['output'];
};

/** Who applies. 申报主体类型。 */
export type ApplicantType =
  /** An enterprise (R5.1b). 企业。 */
  | 'ENTERPRISE'
  /** A provider (R5.1a). 服务商。 */
  | 'PROVIDER';

/** An application for a reward (申报). */
export type Application = {
  readonly __typename?: 'Application';
  /** When the town accepted it. 受理时间。 */
  readonly acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Provider id or credit code of the applicant. 申报主体。 */
  readonly applicantId: Scalars['ID']['output'];
  /** Applicant name. 申报主体名称。 */
  readonly applicantName: Scalars['String']['output'];
  /** Provider or enterprise. 申报主体类型。 */
  readonly applicantType: ApplicantType;
  /** The title applied for (R6.7a, R6.7c). 申报称号。 */
  readonly benchmarkTitle?: Maybe<BenchmarkTitle>;
  /** The enterprise concerned. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Its name: for a diagnosis reward, the diagnosed enterprise (not the provider). Null on applications drafted before it was recorded. 企业名称。 */
  readonly enterpriseName?: Maybe<Scalars['String']['output']>;
  /** The experts' evaluations (R6.3): all of them for the commission and the joint review group; an assigned expert sees their own only. 专家评审。 */
  readonly expertReviews?: Maybe<ReadonlyArray<ExpertReview>>;
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** R5.1b investment figures. 实施投入。 */
  readonly investment?: Maybe<InvestmentFigures>;
  /** Its uploaded and pending materials. 申报材料。 */
  readonly materials: ReadonlyArray<Attachment>;
  /** Notice applied under. 通知编号。 */
  readonly noticeId: Scalars['ID']['output'];
  /** Plan year (a benchmark notice's year). 计划年度。 */
  readonly planYear: Scalars['Int']['output'];
  /** Policy version it is decided under (R8.1). 政策版本。 */
  readonly policyVersionId: Scalars['ID']['output'];
  /** The commission's preliminary review (R6.3), once done. 初审。 */
  readonly preliminaryReview?: Maybe<PreliminaryReview>;
  /** Reward. 申报项目。 */
  readonly programme: Programme;
  /** Report it rests on (diagnosis programme only). 报告编号。 */
  readonly reportId?: Maybe<Scalars['ID']['output']>;
  /** R5.1a fixed reward, R5.1b requested amount (≤ cap), or a title's R5.3 difference at submission. 申请金额。 */
  readonly requestedAmountFen: Scalars['Fen']['output'];
  /** Why the town or the preliminary review returned it. 退回原因。 */
  readonly returnReason?: Maybe<Scalars['String']['output']>;
  /** Status. 状态。 */
  readonly status: ApplicationStatus;
  /** When it was submitted. 提交时间。 */
  readonly submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its town. 街镇。 */
  readonly town: Scalars['String']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** A page of applications, newest first. 申报分页。 */
export type ApplicationConnection = {
  readonly __typename?: 'ApplicationConnection';
  /** Applications. 分页项。 */
  readonly edges: ReadonlyArray<ApplicationEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An application in a page. 分页项。 */
export type ApplicationEdge = {
  readonly __typename?: 'ApplicationEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The application. 申报。 */
  readonly node: Application;
};

/** An application notice (申报通知, R6.2.0). */
export type ApplicationNotice = {
  readonly __typename?: 'ApplicationNotice';
  /** Window closes (exclusive). 截止时间。 */
  readonly closesAt: Scalars['DateTime']['output'];
  /** Who may apply. 申报对象。 */
  readonly eligibleApplicants: Scalars['String']['output'];
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Window opens. 开始时间。 */
  readonly opensAt: Scalars['DateTime']['output'];
  /** Plan year it is about. 计划年度。 */
  readonly planYear: Scalars['Int']['output'];
  /** Policy version whose amounts apply (R8.1). 政策版本。 */
  readonly policyVersionId: Scalars['ID']['output'];
  /** Reward applied for. 申报项目。 */
  readonly programme: Programme;
  /** Materials every application must carry. 申报材料。 */
  readonly requiredMaterials: ReadonlyArray<RequiredMaterial>;
  /** Title. 标题。 */
  readonly title: Scalars['String']['output'];
};

/** A page of notices. 通知分页。 */
export type ApplicationNoticeConnection = {
  readonly __typename?: 'ApplicationNoticeConnection';
  /** Notices. 分页项。 */
  readonly edges: ReadonlyArray<ApplicationNoticeEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A notice in a page. 分页项。 */
export type ApplicationNoticeEdge = {
  readonly __typename?: 'ApplicationNoticeEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The notice. 通知。 */
  readonly node: ApplicationNotice;
};

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

/** An application and the version acted on. 申报。 */
export type ApplicationVersionInput = {
  /** Id. 编号。 */
  readonly id: Scalars['ID']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** An expert to assign. 分配专家。 */
export type AssignExpertInput = {
  /** Application. 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /** The expert user's id. 专家。 */
  readonly expertId: Scalars['ID']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A match to make. 对接。 */
export type AssignProviderInput = {
  /** Credit code of a planned enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['input'];
  /** Deadline of the on-site diagnosis (not in the past). 截止日期。 */
  readonly deadline: Scalars['LocalDate']['input'];
  /** Id of an eligible provider on the roster (R6.1.2). 服务商编号。 */
  readonly providerId: Scalars['ID']['input'];
  /** Plan year; the plan must be published. 年度。 */
  readonly year: Scalars['Int']['input'];
};

/** Status of an assignment (R6.1.3). 对接状态。 */
export type AssignmentStatus =
  /** Accepted; the diagnosis is due by the deadline. 已接受。 */
  | 'ACCEPTED'
  /** Declined by the provider, with a reason. 已拒绝。 */
  | 'DECLINED'
  /** Waiting for the provider's answer. 待接受。 */
  | 'PENDING'
  /** Handed to another provider by the commission. 已改派。 */
  | 'REASSIGNED'
  /** The report has been submitted. 已提交报告。 */
  | 'REPORTED';

/** A file of a report or an application (申报材料). Readable by whoever may read its record. */
export type Attachment = {
  readonly __typename?: 'Attachment';
  /** Content type. 类型。 */
  readonly contentType: Scalars['String']['output'];
  /** A download link valid for 5 minutes, once uploaded. 下载链接。 */
  readonly downloadUrl?: Maybe<Scalars['String']['output']>;
  /** File name. 文件名。 */
  readonly fileName: Scalars['String']['output'];
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Owner id. 归属编号。 */
  readonly ownerId: Scalars['ID']['output'];
  /** Kind of owner. 归属类型。 */
  readonly ownerType: AttachmentOwnerType;
  /** What it is for: REPORT_FILE, SIGNED_PAGE or a material code. 用途。 */
  readonly purpose: Scalars['String']['output'];
  /** SHA-256, base64, verified after upload. 校验值。 */
  readonly sha256Base64: Scalars['String']['output'];
  /** Size in bytes. 大小。 */
  readonly sizeBytes: Scalars['Int']['output'];
  /** Status. 状态。 */
  readonly status: AttachmentStatus;
};

/** Who an attachment belongs to. 附件归属。 */
export type AttachmentOwnerType =
  /** An application. 申报。 */
  | 'APPLICATION'
  /** A municipal or national list to import (owner id and purpose `CERTIFICATION_LIST`, R6.7b). 认定名单。 */
  | 'IMPORT'
  /** A diagnosis report. 诊断报告。 */
  | 'REPORT';

/** Upload status. 上传状态。 */
export type AttachmentStatus =
  /** Signed for upload; not confirmed yet. 待上传。 */
  | 'PENDING'
  /** Uploaded and verified (size, type, SHA-256). 已上传。 */
  | 'UPLOADED';

/** An attachment signed for upload. 上传。 */
export type AttachmentUpload = {
  readonly __typename?: 'AttachmentUpload';
  /** The attachment (PENDING until completed). 附件。 */
  readonly attachment: Attachment;
  /** How to upload it. 上传凭证。 */
  readonly upload: UploadTicket;
};

/** What kind of record an audit entry is about. 审计对象类型。 */
export type AuditEntityType =
  /** An application. 申报。 */
  | 'APPLICATION'
  /** An application notice. 申报通知。 */
  | 'APPLICATION_NOTICE'
  /** An attachment. 附件。 */
  | 'ATTACHMENT'
  /** An export of the audit trail itself (`exportAuditRecords`): who exported what. 审计导出。 */
  | 'AUDIT_EXPORT'
  /** An enterprise's benchmark awards so far (R5.3). 标杆奖励档次。 */
  | 'BENCHMARK_STANDING'
  /** A fiscal year's budget. 预算。 */
  | 'BUDGET'
  /** A benchmark certification and its R5.3 outcome. 标杆认定。 */
  | 'CERTIFICATION'
  /** An import of a municipal or national list (R6.7b). 认定名单导入。 */
  | 'CERTIFICATION_IMPORT'
  /** A matching of an enterprise with a provider. 对接。 */
  | 'DIAGNOSIS_ASSIGNMENT'
  /** An annual diagnosis plan. 年度诊断计划。 */
  | 'DIAGNOSIS_PLAN'
  /** A diagnosis report. 诊断报告。 */
  | 'DIAGNOSIS_REPORT'
  /** A joint disbursement document. 资金拨付文件。 */
  | 'DISBURSEMENT_DOCUMENT'
  /** An enterprise. 企业。 */
  | 'ENTERPRISE'
  /** An expert reviewer's record. 专家。 */
  | 'EXPERT'
  /** A fraud finding, its recovery and ban (R7). 违规认定。 */
  | 'FRAUD_FINDING'
  /** A year's holiday arrangement loaded by an administrator. 节假日安排。 */
  | 'HOLIDAY_ARRANGEMENT'
  /** An intention-pool entry. 意向企业。 */
  | 'INTENTION_ENTRY'
  /** The clock of a local development server, moved with `moveLocalClock` (entity id `LOCAL_CLOCK`). 本地时钟。 */
  | 'LOCAL_CLOCK'
  /** A recipient's notification preferences (issue 17; entity id `ENTERPRISE#…`, `PROVIDER#…` or `TOWN#…`). 通知偏好。 */
  | 'NOTIFICATION_PREFERENCES'
  /** An objection raised during publicity. 异议。 */
  | 'OBJECTION'
  /** A payment. 拨付。 */
  | 'PAYMENT'
  /** A batch of payments finance pulls (R6.6). 支付批次。 */
  | 'PAYMENT_BATCH'
  /** A policy version (implementation rules, R8.1, R9). 政策版本。 */
  | 'POLICY_VERSION'
  /** A project proposed for support. 拟支持项目。 */
  | 'PROJECT'
  /** A provider. 服务商。 */
  | 'PROVIDER';

/**
 * A file of audit records for inspectors: one row per change with time (CST), actor, role, operation, entity
 * type, entity id, before and after (JSON), the record's id, then the role and the entity type in Chinese
 * (区经委, 拨付…); headers in Chinese with English beside them. At most 10,000 rows a file; cells a
 * spreadsheet would run as formulas are kept as text; in XLSX a JSON longer than a cell holds (32,767
 * characters) is cut with a note, the CSV keeps it whole. The export is itself audited (`AUDIT_EXPORT`).
 * 审计导出文件。
 */
export type AuditExport = {
  readonly __typename?: 'AuditExport';
  /** Where this file ends. 游标。 */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** When the link stops working (5 minutes); the file is deleted a day later. 链接失效时间。 */
  readonly expiresAt: Scalars['DateTime']['output'];
  /** The file's name. 文件名。 */
  readonly fileName: Scalars['String']['output'];
  /** More records match than this file holds: export again with `after: endCursor`. 是否还有更多。 */
  readonly hasMore: Scalars['Boolean']['output'];
  /** The export's id (its own audit record's entity id). 导出编号。 */
  readonly id: Scalars['ID']['output'];
  /** Records in this file. 行数。 */
  readonly rowCount: Scalars['Int']['output'];
  /** Download link. 下载链接。 */
  readonly url: Scalars['String']['output'];
};

/** Which end of the trail comes first. 排序。 */
export type AuditOrder =
  /** Newest first. 最新在前。 */
  | 'NEWEST_FIRST'
  /** Oldest first. 最早在前。 */
  | 'OLDEST_FIRST';

/**
 * One change, as it was made: who, in which role, when, what, and the record before and after. Written in
 * the same transaction as the change; never changed or deleted.
 * 审计记录。
 */
export type AuditRecord = {
  readonly __typename?: 'AuditRecord';
  /** Who made it (user id, or `system` for seeding). 操作人。 */
  readonly actorId: Scalars['String']['output'];
  /** The role they acted in (`SYSTEM` for seeding). 角色。 */
  readonly actorRole: Scalars['String']['output'];
  /** The record after the change, as JSON. 变更后。 */
  readonly after?: Maybe<Scalars['String']['output']>;
  /** When the change was made. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** The record before the change, as JSON; null for a creation. 变更前。 */
  readonly before?: Maybe<Scalars['String']['output']>;
  /** Id of the record changed (a credit code, a provider id, a programme record's id). 对象编号。 */
  readonly entityId: Scalars['ID']['output'];
  /** Kind of record changed. 对象类型。 */
  readonly entityType: AuditEntityType;
  /** Unique id of the entry. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** The operation, e.g. `createEnterprise`. 操作。 */
  readonly operation: Scalars['String']['output'];
};

/** A page of audit entries, in the order asked (a record's trail: newest first). 审计记录分页。 */
export type AuditRecordConnection = {
  readonly __typename?: 'AuditRecordConnection';
  /** The entries of this page. 分页项。 */
  readonly edges: ReadonlyArray<AuditRecordEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An audit entry in a page. 分页项。 */
export type AuditRecordEdge = {
  readonly __typename?: 'AuditRecordEdge';
  /** Cursor of this edge. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The audit entry. 审计记录。 */
  readonly node: AuditRecord;
};

/**
 * Which audit records to read across records: by who made the change, the kind of record changed, the CST
 * dates it was made on, or any combination; at least one of `actorId`, `entityType` and the range.
 * 审计记录筛选。
 */
export type AuditRecordFilter = {
  /** The user who made the changes (`system` and `workflow` for the system's own). 操作人。 */
  readonly actorId?: InputMaybe<Scalars['String']['input']>;
  /** The kind of record changed. 对象类型。 */
  readonly entityType?: InputMaybe<AuditEntityType>;
  /**
   * First CST date (included): a change at 2026-12-01T23:30+08:00 belongs to 2026-12-01. With `to`; at most
   * 92 days from `from` to `to`, both counted. 开始日期（北京时间，含）。
   */
  readonly from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last CST date (included), not before `from`. 结束日期（北京时间，含）。 */
  readonly to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** An R7.2 three-year ban from district special-fund support. 取消申报资格。 */
export type Ban = {
  readonly __typename?: 'Ban';
  /** Why the ban was imposed. 原因。 */
  readonly reason: Scalars['String']['output'];
  /** First CST date on which the subject may apply again. 截止日期。 */
  readonly until: Scalars['LocalDate']['output'];
};

/** A ban a serious finding imposed (R7.2, R7.2.1), for the district's roles. 取消申报资格名单。 */
export type BanEntry = {
  readonly __typename?: 'BanEntry';
  /** Decision date. 认定日期。 */
  readonly decidedOn: Scalars['LocalDate']['output'];
  /** The evidence (commission only; FORBIDDEN for others). 证据。 */
  readonly evidence: Scalars['String']['output'];
  /** The finding. 认定编号。 */
  readonly findingId: Scalars['ID']['output'];
  /** Enterprise credit code or provider id. 对象。 */
  readonly payeeId: Scalars['ID']['output'];
  /** Unit name. 名称。 */
  readonly payeeName: Scalars['String']['output'];
  /** Unit type. 对象类型。 */
  readonly payeeType: ApplicantType;
  /** The unit's principal (commission only; FORBIDDEN for others). 主要负责人。 */
  readonly principalName?: Maybe<Scalars['String']['output']>;
  /** The rule: R7.2. 规则编号。 */
  readonly rule: Scalars['String']['output'];
  /** First CST date on which the unit may apply again. 可重新申报日期。 */
  readonly until: Scalars['LocalDate']['output'];
};

/** A page of bans. 名单分页。 */
export type BanEntryConnection = {
  readonly __typename?: 'BanEntryConnection';
  /** Bans. 分页项。 */
  readonly edges: ReadonlyArray<BanEntryEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A ban in a page. 分页项。 */
export type BanEntryEdge = {
  readonly __typename?: 'BanEntryEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The ban. 名单项。 */
  readonly node: BanEntry;
};

/**
 * A bank account for payments. Visible only to FINANCE, ECONOMIC_COMMISSION and the account holder itself.
 * 银行账户。
 */
export type BankAccount = {
  readonly __typename?: 'BankAccount';
  /** Account holder. 户名。 */
  readonly accountName: Scalars['String']['output'];
  /** Account number. 账号。 */
  readonly accountNumber: Scalars['String']['output'];
  /** Bank and branch. 开户行。 */
  readonly bankName: Scalars['String']['output'];
};

/** A bank account to record. 银行账户。 */
export type BankAccountInput = {
  /** Account holder, 2–200 characters; must be the enterprise or provider itself. 户名。 */
  readonly accountName: Scalars['String']['input'];
  /** Account number: 8–34 digits (spaces and dashes are removed). 账号。 */
  readonly accountNumber: Scalars['String']['input'];
  /** Bank and branch, 2–100 characters. 开户行。 */
  readonly bankName: Scalars['String']['input'];
};

/**
 * A bank's or the treasury's payment-file profile: the file its system takes in to pay a released batch,
 * built to its published interface and checked against it before it is written. A bureau asks for the one
 * its bank uses. 付款文件格式。
 */
export type BankFileProfile =
  /**
   * 招商银行 代发 (N03020), the direct agency-payment detail record of CMB's firm-bank interface: GBK CSV of
   * 账号, 户名 (≤ 62 GBK bytes), 金额 (`\d{1,13}\.\d{2}`), 系统内标志, 他行户口开户行, 他行户口开户地 and 注释
   * (the 支付参考号 the bank echoes); at most 3,000 payments a file. 招商银行代发。
   */
  | 'CMB_AGENCY_PAYMENT';

/** What the bank said about a payment, typed (from a results file's 结果代码, or read from its 失败原因). 银行返回码。 */
export type BankReturnCode =
  /** The account is closed (账户已销户). 账户已销户。 */
  | 'ACCOUNT_CLOSED'
  /** The account is frozen or stopped (账户冻结、止付). 账户冻结。 */
  | 'ACCOUNT_FROZEN'
  /** No such account: usually a mistyped number (账号不存在). 账号不存在。 */
  | 'ACCOUNT_NOT_FOUND'
  /** The account name differs from the bank's (户名不符). 户名不符。 */
  | 'NAME_MISMATCH'
  /** Any other refusal. 其他。 */
  | 'OTHER'
  /** Paid. 成功。 */
  | 'SUCCESS';

/** A payment in a batch, with its account for the bank. 批次支付明细。 */
export type BatchPayment = {
  readonly __typename?: 'BatchPayment';
  /** The account to pay, or null (such a payment is held instead). 收款账户。 */
  readonly account?: Maybe<PaymentAccount>;
  /** The payment. 支付。 */
  readonly payment: Payment;
};

/** A page of batch payments. 支付分页。 */
export type BatchPaymentConnection = {
  readonly __typename?: 'BatchPaymentConnection';
  /** Payments. 分页项。 */
  readonly edges: ReadonlyArray<BatchPaymentEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A payment in a page. 分页项。 */
export type BatchPaymentEdge = {
  readonly __typename?: 'BatchPaymentEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The payment. 支付。 */
  readonly node: BatchPayment;
};

/** One benchmark award of an enterprise. 标杆奖励。 */
export type BenchmarkAwardEntry = {
  readonly __typename?: 'BenchmarkAwardEntry';
  /** The tier's full amount (what counts as already awarded). 档次金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** The certification it was awarded for. 认定编号。 */
  readonly certificationId: Scalars['ID']['output'];
  /** AWARDED, or REJECTED / WITHDRAWN / RECOVERED / CANCELLED (its payment cancelled), which no longer count (R5.3, R5.3.1). 状态。 */
  readonly status: Scalars['String']['output'];
  /** Tier. 档次。 */
  readonly tier: Scalars['Int']['output'];
};

/** An enterprise's benchmark awards so far (R5.3). 标杆奖励档次。 */
export type BenchmarkStanding = {
  readonly __typename?: 'BenchmarkStanding';
  /** Every award, oldest first. 奖励记录。 */
  readonly awards: ReadonlyArray<BenchmarkAwardEntry>;
  /** Enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Its full amount: the next step up pays only above it. 最高档次金额。 */
  readonly highestAwardedFen: Scalars['Fen']['output'];
  /** Highest tier awarded (0 when none). 最高档次。 */
  readonly highestTier: Scalars['Int']['output'];
};

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

/** R5.3 one-per rule. 标杆申报限报。 */
export type BenchmarkTitleOnePer =
  /** One application per enterprise, title and notice year. 每家企业每称号每年度一次。 */
  | 'ENTERPRISE_TITLE_PER_YEAR';

/** A fiscal year's budget for the programme (R2.2). 年度预算。 */
export type Budget = {
  readonly __typename?: 'Budget';
  /** Budget. 预算额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** Committed by approvals. 已承诺。 */
  readonly committedFen: Scalars['Fen']['output'];
  /** Disbursed (paid). 已拨付。 */
  readonly disbursedFen: Scalars['Fen']['output'];
  /** Fiscal year. 年度。 */
  readonly fiscalYear: Scalars['Int']['output'];
  /** Overrides recorded. 突破记录。 */
  readonly overrides: ReadonlyArray<BudgetOverride>;
  /** Recovered under R7.1. 已追回。 */
  readonly recoveredFen: Scalars['Fen']['output'];
  /** Amount − committed + recovered; below zero only through overrides. 剩余。 */
  readonly remainingFen: Scalars['SafeAmount']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** A budget override (R2.2): an approval allowed beyond the remaining budget. 预算突破。 */
export type BudgetOverride = {
  readonly __typename?: 'BudgetOverride';
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Who allowed it. 批准人。 */
  readonly by: Scalars['String']['output'];
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Reason. 理由。 */
  readonly reason: Scalars['String']['output'];
};

/** Business status (经营状态). Only NORMAL may be supported (R4.3). */
export type BusinessStatus =
  /** Listed as operating abnormally. 经营异常。 */
  | 'ABNORMAL'
  /** Deregistered. 注销。 */
  | 'DEREGISTERED'
  /** Operating normally. 存续/正常。 */
  | 'NORMAL'
  /** Business licence revoked. 吊销。 */
  | 'REVOKED';

/** Days a replacement added or removed. 变更的日期。 */
export type CalendarDayChanges = {
  readonly __typename?: 'CalendarDayChanges';
  /** Days off added. 新增放假日。 */
  readonly holidaysAdded: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Days off removed. 删除放假日。 */
  readonly holidaysRemoved: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Make-up working days added. 新增调休上班日。 */
  readonly makeUpWorkdaysAdded: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Make-up working days removed. 删除调休上班日。 */
  readonly makeUpWorkdaysRemoved: ReadonlyArray<Scalars['LocalDate']['output']>;
};

/** What loading an arrangement did. 录入结果。 */
export type CalendarLoadOutcome =
  /** The year was unknown and is now loaded. 已录入。 */
  | 'LOADED'
  /** The year's arrangement (loaded or bundled) was replaced, with a reason (R6.4.4). 已替换。 */
  | 'REPLACED'
  /** The year already had exactly this arrangement: nothing was written. 未变化。 */
  | 'UNCHANGED';

/** Why a loaded arrangement replaced the one before it, and what changed (R6.4.4). 替换记录。 */
export type CalendarReplacement = {
  readonly __typename?: 'CalendarReplacement';
  /** The days added and removed. 变更。 */
  readonly changes: CalendarDayChanges;
  /** The replaced loaded version; null when it replaced the bundled data. 被替换的版本号。 */
  readonly previousVersion?: Maybe<Scalars['Int']['output']>;
  /** The reason given. 理由。 */
  readonly reason: Scalars['String']['output'];
  /** What it replaced: a loaded version or the bundled data. 被替换的来源。 */
  readonly replaced: CalendarSource;
};

/** Where a year's arrangement comes from. 来源。 */
export type CalendarSource =
  /** The statutory data bundled with the service (the chinese-days package). 内置数据。 */
  | 'CHINESE_DAYS'
  /** Loaded by the commission from the State Council's notice (R6.4.2). 经委录入。 */
  | 'LOADED';

/** A year whose holiday arrangement is known (R6.4.2), and where it comes from. 已知年度。 */
export type CalendarYear = {
  readonly __typename?: 'CalendarYear';
  /** The load (who, when, the notice cited, the replacement); null for bundled data. 录入记录。 */
  readonly arrangement?: Maybe<HolidayArrangement>;
  /** Festival by festival (empty for a year loaded before festivals were recorded). 节日安排。 */
  readonly festivals: ReadonlyArray<FestivalDays>;
  /** Every day off of the year (CST dates). 放假日期。 */
  readonly holidays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Every make-up working day of the year. 调休上班日期。 */
  readonly makeUpWorkdays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** The package and version of bundled data ("chinese-days 1.5.7"); null for a loaded year. 数据包版本。 */
  readonly package?: Maybe<Scalars['String']['output']>;
  /** Bundled statutory data or the commission's load. 来源。 */
  readonly source: CalendarSource;
  /** Invented days for tests, never the official arrangement. 测试数据。 */
  readonly testData: Scalars['Boolean']['output'];
  /** Year. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/** A payment cancelled by the commission, for good: not yet in a batch, or in one not yet released (R5.3.1: its award is void). 取消支付。 */
export type CancelPaymentInput = {
  /** The payment. 支付编号。 */
  readonly paymentId: Scalars['ID']['input'];
  /** Why, 5–1000 characters. 原因。 */
  readonly reason: Scalars['String']['input'];
  /** Its current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A benchmark certification (标杆认定); unique by certifying body and certificate number. */
export type Certification = {
  readonly __typename?: 'Certification';
  /** Certificate number. 证书编号。 */
  readonly certificateNumber: Scalars['String']['output'];
  /** Date of certification. 认定日期。 */
  readonly certifiedOn: Scalars['LocalDate']['output'];
  /** Certifying body. 认定机构。 */
  readonly certifyingBody: Scalars['String']['output'];
  /** When it was recorded. 记录时间。 */
  readonly createdAt: Scalars['DateTime']['output'];
  /** Enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Enterprise name in the registry. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Id derived from body and number. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Level. 层级。 */
  readonly level: CertificationLevel;
  /** The R5.3 outcome. 奖励结果。 */
  readonly outcome: CertificationOutcome;
  /** Policy version in force on its date (R8.1). 政策版本。 */
  readonly policyVersionId: Scalars['ID']['output'];
  /** Where it came from. 来源。 */
  readonly source: CertificationSource;
  /** Title. 称号。 */
  readonly title: BenchmarkTitle;
  /** Town. 街镇。 */
  readonly town: Scalars['String']['output'];
};

/** An import of a municipal or national list (R6.7b, 免申即享). The same file is always the same import. */
export type CertificationImport = {
  readonly __typename?: 'CertificationImport';
  /** What the lines it recorded award. 奖励总额。 */
  readonly awardedFen: Scalars['Fen']['output'];
  /** When it last completed. 完成时间。 */
  readonly completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lines by outcome. 结果统计。 */
  readonly counts: ImportCounts;
  /** UTF-8, or GB18030 when a GBK file was converted. 编码。 */
  readonly encoding: Scalars['String']['output'];
  /** Why it stopped, when it failed. 失败原因。 */
  readonly failure?: Maybe<Scalars['String']['output']>;
  /** File name as uploaded. 文件名。 */
  readonly fileName: Scalars['String']['output'];
  /** CSV or XLSX. 格式。 */
  readonly format: Scalars['String']['output'];
  /** `IMP-` and a digest of the file. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Columns that were not read (序号, 备注…). 忽略的列。 */
  readonly ignoredColumns: ReadonlyArray<Scalars['String']['output']>;
  /** The report, line by line, in file order (optionally one outcome only). 导入明细。 */
  readonly lines: ImportLineConnection;
  /** Lines done so far. 已处理行数。 */
  readonly processedLines: Scalars['Int']['output'];
  /** The report as CSV (UTF-8 with BOM) for a spreadsheet: a link valid for 5 minutes, once completed. 报告下载。 */
  readonly reportCsvUrl?: Maybe<Scalars['String']['output']>;
  /** How many times it has run. 运行次数。 */
  readonly runs: Scalars['Int']['output'];
  /** SHA-256 of the file, hex. 文件摘要。 */
  readonly sha256Hex: Scalars['String']['output'];
  /** When it last started. 开始时间。 */
  readonly startedAt: Scalars['DateTime']['output'];
  /** Who ran it last. 发起人。 */
  readonly startedBy: Scalars['String']['output'];
  /** Status. 状态。 */
  readonly status: ImportStatus;
  /** Lines of the list (header excluded). 总行数。 */
  readonly totalLines: Scalars['Int']['output'];
};


/** An import of a municipal or national list (R6.7b, 免申即享). The same file is always the same import. */
export type CertificationImportLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<ImportOutcome>;
};

/** A page of imports. 导入分页。 */
export type CertificationImportConnection = {
  readonly __typename?: 'CertificationImportConnection';
  /** Imports. 分页项。 */
  readonly edges: ReadonlyArray<CertificationImportEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An import in a page. 分页项。 */
export type CertificationImportEdge = {
  readonly __typename?: 'CertificationImportEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The import. 导入。 */
  readonly node: CertificationImport;
};

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

/** What R5.3 made of a certification. 认定结果。 */
export type CertificationOutcome = {
  readonly __typename?: 'CertificationOutcome';
  /** The amount of the highest tier already awarded. 已奖励金额。 */
  readonly alreadyAwardedFen: Scalars['Fen']['output'];
  /** What this certification pays: the difference, never negative. 奖励金额。 */
  readonly awardFen: Scalars['Fen']['output'];
  /** The project that pays a positive award (automatic path). 项目编号。 */
  readonly projectId?: Maybe<Scalars['ID']['output']>;
  /** Tier of the title (R5.2). 档次。 */
  readonly tier: Scalars['Int']['output'];
  /** What the tier pays in full. 档次金额。 */
  readonly tierAmountFen: Scalars['Fen']['output'];
  /** Why nothing is paid, when nothing is. 零金额原因。 */
  readonly zeroReason?: Maybe<Scalars['String']['output']>;
};

/** Where a certification came from. 来源。 */
export type CertificationSource = {
  readonly __typename?: 'CertificationSource';
  /** The application, for one approved on application. 申报编号。 */
  readonly applicationId?: Maybe<Scalars['ID']['output']>;
  /** The import, for an imported one. 导入编号。 */
  readonly importId?: Maybe<Scalars['ID']['output']>;
  /** IMPORT or APPLICATION. 来源类型。 */
  readonly kind: Scalars['String']['output'];
  /** The line of the list (header is line 1). 行号。 */
  readonly line?: Maybe<Scalars['Int']['output']>;
};

/** The enterprise's confirmation. 企业确认。 */
export type ConfirmDiagnosisReportInput = {
  /** The principal who signed; must be the registered legal representative. 签字人。 */
  readonly principalName: Scalars['String']['input'];
  /** Report id. 报告编号。 */
  readonly reportId: Scalars['ID']['input'];
  /** An uploaded SIGNED_PAGE attachment of this report. 签章页。 */
  readonly signedPageAttachmentId: Scalars['ID']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** Receipt of a declared conflict. 回避回执。 */
export type ConflictDeclaration = {
  readonly __typename?: 'ConflictDeclaration';
  /** Always true. 已登记。 */
  readonly declared: Scalars['Boolean']['output'];
};

/** A contact person. 联系人。 */
export type Contact = {
  readonly __typename?: 'Contact';
  /** E-mail address. 邮箱。 */
  readonly email?: Maybe<Scalars['String']['output']>;
  /** Name. 姓名。 */
  readonly name: Scalars['String']['output'];
  /** Phone number. 电话。 */
  readonly phone?: Maybe<Scalars['String']['output']>;
};

/** A contact person to record. 联系人。 */
export type ContactInput = {
  /** E-mail address. 邮箱。 */
  readonly email?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–50 characters. 姓名。 */
  readonly name: Scalars['String']['input'];
  /** Phone number: digits, spaces, +, - and parentheses, 5–30 characters. 电话。 */
  readonly phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new annual plan. 新建计划。 */
export type CreateDiagnosisPlanInput = {
  /** Planned enterprises (1–2000). 计划企业。 */
  readonly entries: ReadonlyArray<PlanEntryInput>;
  /** Year. 年度。 */
  readonly year: Scalars['Int']['input'];
};

/** A new enterprise. 新企业。 */
export type CreateEnterpriseInput = {
  /** Bank account; ECONOMIC_COMMISSION only at creation. 银行账户。 */
  readonly bankAccount?: InputMaybe<BankAccountInput>;
  /** R4.1 实际经营地在青浦。 */
  readonly businessInQingpu: Scalars['Boolean']['input'];
  /** R4.3 经营状态。 */
  readonly businessStatus: BusinessStatus;
  /** Up to 10 contact persons. 联系人。 */
  readonly contacts?: InputMaybe<ReadonlyArray<ContactInput>>;
  /** Unified social credit code; lower case is accepted and upper-cased. 统一社会信用代码。 */
  readonly creditCode: Scalars['ID']['input'];
  /** R4.3 信用记录。 */
  readonly creditStanding: CreditStanding;
  /** R4.3 能够独立承担民事责任。 */
  readonly independentLiability: Scalars['Boolean']['input'];
  /** Registered name, 2–200 characters. 企业名称。 */
  readonly name: Scalars['String']['input'];
  /** Legal representative, 1–50 characters. 法定代表人。 */
  readonly principalName: Scalars['String']['input'];
  /** Registered address, 2–300 characters. 注册地址。 */
  readonly registeredAddress: Scalars['String']['input'];
  /** R4.3 财务制度健全。 */
  readonly soundFinancialRecords: Scalars['Boolean']['input'];
  /** R4.1 财税户管地在青浦。 */
  readonly taxInQingpu: Scalars['Boolean']['input'];
  /** Code of an active local unit. 所属街镇。 */
  readonly town: Scalars['ID']['input'];
  /** R4.3 运行管理规范。 */
  readonly wellManaged: Scalars['Boolean']['input'];
};

/** A batch to make (R6.6). 创建批次。 */
export type CreatePaymentBatchInput = {
  /** Only this document's payments. 拨付文件。 */
  readonly documentId?: InputMaybe<Scalars['ID']['input']>;
  /** The client's key: the same key replays the first batch; a different request with it is refused. 幂等键。 */
  readonly idempotencyKey: Scalars['String']['input'];
  /** At most this total. 最高金额。 */
  readonly maxAmountFen?: InputMaybe<Scalars['Fen']['input']>;
  /** At most this many payments. 最多笔数。 */
  readonly maxCount?: InputMaybe<Scalars['Int']['input']>;
  /** Only this payee type. 收款方类型。 */
  readonly payeeType?: InputMaybe<ApplicantType>;
};

/** A new provider. ECONOMIC_COMMISSION only. 新服务商。 */
export type CreateProviderInput = {
  /** 银行账户。 */
  readonly bankAccount?: InputMaybe<BankAccountInput>;
  /** R4.3 经营状态。 */
  readonly businessStatus: BusinessStatus;
  /** 联系人。 */
  readonly contacts?: InputMaybe<ReadonlyArray<ContactInput>>;
  /** Unified social credit code. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['input'];
  /** R4.3 信用记录。 */
  readonly creditStanding: CreditStanding;
  /** R4.3 能够独立承担民事责任。 */
  readonly independentLiability: Scalars['Boolean']['input'];
  /** Registered name, 2–200 characters. 名称。 */
  readonly name: Scalars['String']['input'];
  /** R6.1.2 是否入库。 */
  readonly onRoster: Scalars['Boolean']['input'];
  /** Up to 20 entries of up to 200 characters. 资质。 */
  readonly qualifications?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** R6.1.2 入库日期; required when on the roster. 入库日期。 */
  readonly rosterSince?: InputMaybe<Scalars['LocalDate']['input']>;
  /** R4.3 财务制度健全。 */
  readonly soundFinancialRecords: Scalars['Boolean']['input'];
  /** R4.3 运行管理规范。 */
  readonly wellManaged: Scalars['Boolean']['input'];
};

/** Credit record (信用记录). Only GOOD may be supported (R4.3). */
export type CreditStanding =
  /** Good credit record. 良好。 */
  | 'GOOD'
  /** Poor credit record (e.g. listed as dishonest). 不良。 */
  | 'POOR';

/** A declared conflict of interest. 回避。 */
export type DeclareConflictInput = {
  /** Application. 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /** Why, 2–1000 characters. 理由。 */
  readonly reason: Scalars['String']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** The promotion office's decision (R6.5). 审议。 */
export type DeliberateInput = {
  /** Approve or reject. 是否通过。 */
  readonly approved: Scalars['Boolean']['input'];
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Reasons, 2–2000 characters. 理由。 */
  readonly reason: Scalars['String']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** The promotion office's decision (R6.5). 审议结果。 */
export type DeliberationDecision = {
  readonly __typename?: 'DeliberationDecision';
  /** Approved or not. 是否通过。 */
  readonly approved: Scalars['Boolean']['output'];
  /** When. 时间。 */
  readonly decidedAt: Scalars['DateTime']['output'];
  /** Who decided. 决定人。 */
  readonly decidedBy: Scalars['String']['output'];
  /** Reasons. 理由。 */
  readonly reason: Scalars['String']['output'];
};

/** A planned enterprise matched with a roster provider (对接, R6.1.3). */
export type DiagnosisAssignment = {
  readonly __typename?: 'DiagnosisAssignment';
  /** Credit code of the enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** CST date by which the on-site diagnosis must be done. 截止日期。 */
  readonly deadline: Scalars['LocalDate']['output'];
  /** The provider's reason for declining. 拒绝原因。 */
  readonly declineReason?: Maybe<Scalars['String']['output']>;
  /** Enterprise name. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** True when still open past its deadline (as of today, CST). 是否逾期。 */
  readonly overdue: Scalars['Boolean']['output'];
  /** Provider id. 服务商编号。 */
  readonly providerId: Scalars['ID']['output'];
  /** Provider name. 服务商名称。 */
  readonly providerName: Scalars['String']['output'];
  /** The report, once submitted and visible to the caller. 诊断报告。 */
  readonly report?: Maybe<DiagnosisReport>;
  /** Status. 状态。 */
  readonly status: AssignmentStatus;
  /** Town code. 街镇。 */
  readonly town: Scalars['String']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** Plan year. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/** A page of assignments, by deadline. 对接分页。 */
export type DiagnosisAssignmentConnection = {
  readonly __typename?: 'DiagnosisAssignmentConnection';
  /** Assignments. 分页项。 */
  readonly edges: ReadonlyArray<DiagnosisAssignmentEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An assignment in a page. 分页项。 */
export type DiagnosisAssignmentEdge = {
  readonly __typename?: 'DiagnosisAssignmentEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The assignment. 对接。 */
  readonly node: DiagnosisAssignment;
};

/** The annual diagnosis service plan (年度诊断服务计划), drawn from the intention pool. */
export type DiagnosisPlan = {
  readonly __typename?: 'DiagnosisPlan';
  /** The planned enterprises. 计划企业。 */
  readonly entries: ReadonlyArray<PlanEntry>;
  /** Id: `PLAN-<year>`. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** When it was published. 发布时间。 */
  readonly publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Draft or published. 状态。 */
  readonly status: PlanStatus;
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** Year. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/** A diagnosis report (诊断报告). */
export type DiagnosisReport = {
  readonly __typename?: 'DiagnosisReport';
  /** The assignment it answers. 对接编号。 */
  readonly assignmentId: Scalars['ID']['output'];
  /** The enterprise's confirmation, once given. 企业确认。 */
  readonly confirmation?: Maybe<EnterpriseConfirmation>;
  /** Credit code of the enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Enterprise name. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Estimated investment. 预计投入。 */
  readonly estimatedInvestmentFen: Scalars['Fen']['output'];
  /** Follow-up cooperation (R6.1.4). 后续合作。 */
  readonly followUp?: Maybe<FollowUp>;
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Provider id. 服务商编号。 */
  readonly providerId: Scalars['ID']['output'];
  /** Recommended measures. 建议措施。 */
  readonly recommendedMeasures: ReadonlyArray<Scalars['String']['output']>;
  /** The report file. 报告文件。 */
  readonly reportFile?: Maybe<Attachment>;
  /** Status. 状态。 */
  readonly status: ReportStatus;
  /** Summary of findings. 诊断结论。 */
  readonly summary: Scalars['String']['output'];
  /** Town code. 街镇。 */
  readonly town: Scalars['String']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** Plan year. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/** A page of reports. 报告分页。 */
export type DiagnosisReportConnection = {
  readonly __typename?: 'DiagnosisReportConnection';
  /** Reports. 分页项。 */
  readonly edges: ReadonlyArray<DiagnosisReportEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A report in a page. 分页项。 */
export type DiagnosisReportEdge = {
  readonly __typename?: 'DiagnosisReportEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The report. 报告。 */
  readonly node: DiagnosisReport;
};

/** R5.1a one-per rule. 诊断奖励限报。 */
export type DiagnosisRewardOnePer =
  /** At most one diagnosis reward per enterprise per annual plan. 每家企业每年度计划一次。 */
  | 'ENTERPRISE_PER_PLAN';

/** A joint disbursement document (资金拨付文件, R6.6). */
export type DisbursementDocument = {
  readonly __typename?: 'DisbursementDocument';
  /** Countersigned by (finance user). 会签人。 */
  readonly countersignedBy?: Maybe<Scalars['String']['output']>;
  /** Document number, once issued. 文号。 */
  readonly documentNumber?: Maybe<Scalars['String']['output']>;
  /** Drafted by (commission user). 起草人。 */
  readonly draftedBy: Scalars['String']['output'];
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** When issued. 印发时间。 */
  readonly issuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lines. 明细。 */
  readonly lines: ReadonlyArray<DisbursementLine>;
  /** The payments its issue created, one per project. 拨付记录。 */
  readonly payments: ReadonlyArray<Payment>;
  /** Status. 状态。 */
  readonly status: DocumentStatus;
  /** Total it pays (withheld lines left out). 合计。 */
  readonly totalFen: Scalars['Fen']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** A page of documents. 文件分页。 */
export type DisbursementDocumentConnection = {
  readonly __typename?: 'DisbursementDocumentConnection';
  /** Documents. 分页项。 */
  readonly edges: ReadonlyArray<DisbursementDocumentEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A document in a page. 分页项。 */
export type DisbursementDocumentEdge = {
  readonly __typename?: 'DisbursementDocumentEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The document. 文件。 */
  readonly node: DisbursementDocument;
};

/** A line of a disbursement document. 拨付明细。 */
export type DisbursementLine = {
  readonly __typename?: 'DisbursementLine';
  /** Amount. 金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** Payee. 收款方。 */
  readonly payeeId: Scalars['ID']['output'];
  /** Payee name. 收款方名称。 */
  readonly payeeName: Scalars['String']['output'];
  /** Payee type. 收款方类型。 */
  readonly payeeType: ApplicantType;
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** R7.1.1: the fraud finding recorded after the draft, for which the line was issued without a payment. 暂停拨付的认定。 */
  readonly withheldByFindingId?: Maybe<Scalars['ID']['output']>;
  /** Why the line was not paid. 暂停拨付原因。 */
  readonly withheldReason?: Maybe<Scalars['String']['output']>;
};

/** Status of a disbursement document. 文件状态。 */
export type DocumentStatus =
  /** Drafted by the commission. 草稿。 */
  | 'DRAFT'
  /** Countersigned by finance and numbered. 已印发。 */
  | 'ISSUED';

/** A draft to start. 新建申报。 */
export type DraftApplicationInput = {
  /** R5.1b: investment figures. 实施投入。 */
  readonly investment?: InputMaybe<InvestmentFiguresInput>;
  /** The notice. 通知编号。 */
  readonly noticeId: Scalars['ID']['input'];
  /** The applicant's diagnosis report (R5.1a, R5.1b). 报告编号。 */
  readonly reportId?: InputMaybe<Scalars['ID']['input']>;
  /** R5.1b: amount asked (ignored for R5.1a, whose amount is fixed). 申请金额。 */
  readonly requestedAmountFen?: InputMaybe<Scalars['Fen']['input']>;
  /** The title applied for (R6.7a district titles, R6.7c LIGHTHOUSE_FACTORY). 申报称号。 */
  readonly title?: InputMaybe<BenchmarkTitle>;
};

/** A document to draft. 起草拨付文件。 */
export type DraftDisbursementDocumentInput = {
  /** Approved projects waiting for their document (1–50). 项目编号。 */
  readonly projectIds: ReadonlyArray<Scalars['ID']['input']>;
};

/** A policy version draft: every setting is required. 政策版本草稿。 */
export type DraftPolicyVersionInput = {
  /** R7.2 ban years, 1–10. 取消资格年限。 */
  readonly banYears: Scalars['Int']['input'];
  /** The document behind it. 依据文件。 */
  readonly citation: PolicyCitationInput;
  /** R5.1a fixed diagnosis reward. 诊断奖励。 */
  readonly diagnosisRewardFen: Scalars['Fen']['input'];
  /** First CST date (inclusive). 生效日期。 */
  readonly effectiveFrom: Scalars['LocalDate']['input'];
  /** Last CST date (inclusive), not before the first. 失效日期。 */
  readonly effectiveTo: Scalars['LocalDate']['input'];
  /** R6.3 experts, 1–15. 专家人数。 */
  readonly expertsRequired: Scalars['Int']['input'];
  /** R2.2 fiscal-year rule. 预算年度规则。 */
  readonly fiscalYearRule: FiscalYearRule;
  /** R2.1 fund line. 资金渠道。 */
  readonly fundLine: Scalars['String']['input'];
  /** Id: capital letters, digits and hyphens, e.g. `QP-2025`. 编号。 */
  readonly id: Scalars['ID']['input'];
  /** R5.1b implementation reward ceiling. 实施奖励上限。 */
  readonly implementationRewardCapFen: Scalars['Fen']['input'];
  /** R5.1b.1 implementation window in years after the plan year, 0–10. 实施奖励申报年限。 */
  readonly implementationWindowYears: Scalars['Int']['input'];
  /** R6.7b levels paid from lists. 免申即享层级。 */
  readonly importedLevels: ReadonlyArray<CertificationLevel>;
  /** R3.1.1 joint-review bodies besides the commission, 1–3. 会签单位数。 */
  readonly jointReviewBodies: Scalars['Int']['input'];
  /** One-per rules. 限报规则。 */
  readonly onePerRules: OnePerRulesInput;
  /** R6.4 publicity working days, 1–30. 公示工作日数。 */
  readonly publicityWorkingDays: Scalars['Int']['input'];
  /** R5.2 tiers. 标杆档次。 */
  readonly tiers: ReadonlyArray<PolicyTierInput>;
  /** Title. 名称。 */
  readonly title: Scalars['String']['input'];
  /** Revise the existing draft at this version; omit for a new draft. 版本号。 */
  readonly version?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a subject may be supported today (R4, R7.2), with every failing condition. 申报资格。 */
export type Eligibility = {
  readonly __typename?: 'Eligibility';
  /** True when no condition fails. 是否符合。 */
  readonly eligible: Scalars['Boolean']['output'];
  /** Every failing condition with its rule ID; empty when eligible. 不符合的条件。 */
  readonly reasons: ReadonlyArray<EligibilityReason>;
};

/** One failing eligibility condition. 不符合条件。 */
export type EligibilityReason = {
  readonly __typename?: 'EligibilityReason';
  /** What is wrong, in English. 说明（英文）。 */
  readonly message: Scalars['String']['output'];
  /** What is wrong, in Chinese. 说明。 */
  readonly messageZh: Scalars['String']['output'];
  /** The policy rule failed, e.g. `R4.1`. 规则编号。 */
  readonly rule: Scalars['String']['output'];
};

/**
 * An enterprise of the registry, keyed by its unified social credit code (R4).
 * 企业。
 */
export type Enterprise = {
  readonly __typename?: 'Enterprise';
  /** The R7.2 ban in force or last imposed, if any. 取消申报资格。 */
  readonly ban?: Maybe<Ban>;
  /** Bank account. FINANCE, ECONOMIC_COMMISSION and the enterprise itself only; null when none is recorded. 银行账户。 */
  readonly bankAccount?: Maybe<BankAccount>;
  /** R4.1: the actual place of business is in Qingpu. 实际经营地在青浦。 */
  readonly businessInQingpu: Scalars['Boolean']['output'];
  /** R4.3: business status. 经营状态。 */
  readonly businessStatus: BusinessStatus;
  /** Contact persons. ECONOMIC_COMMISSION, the enterprise's town officer and the enterprise itself. 联系人。 */
  readonly contacts?: Maybe<ReadonlyArray<Contact>>;
  /** When the record was created. 创建时间。 */
  readonly createdAt: Scalars['DateTime']['output'];
  /** Unified social credit code (18 characters, check character verified). 统一社会信用代码。 */
  readonly creditCode: Scalars['ID']['output'];
  /** R4.3: credit record. 信用记录。 */
  readonly creditStanding: CreditStanding;
  /** Whether it may be supported today (R4.1, R4.3, R7.2), with every failing condition. 申报资格。 */
  readonly eligibility: Eligibility;
  /** R4.3: bears civil liability independently. 能够独立承担民事责任。 */
  readonly independentLiability: Scalars['Boolean']['output'];
  /** Registered name. 企业名称。 */
  readonly name: Scalars['String']['output'];
  /** Legal representative. 法定代表人。 */
  readonly principalName: Scalars['String']['output'];
  /** Registered address. 注册地址。 */
  readonly registeredAddress: Scalars['String']['output'];
  /** R4.3: financial records are sound. 财务制度健全。 */
  readonly soundFinancialRecords: Scalars['Boolean']['output'];
  /** R4.1: the tax registration is in Qingpu. 财税户管地在青浦。 */
  readonly taxInQingpu: Scalars['Boolean']['output'];
  /** The local unit that keeps its record (R3.2). 所属街镇。 */
  readonly town: Town;
  /** When the record last changed. 更新时间。 */
  readonly updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version: send it back with an update; a stale one is refused with CONFLICT. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** R4.3: run in an orderly way. 运行管理规范。 */
  readonly wellManaged: Scalars['Boolean']['output'];
};

/** The enterprise's signed and stamped confirmation (签字、盖章确认, R6.2.1). */
export type EnterpriseConfirmation = {
  readonly __typename?: 'EnterpriseConfirmation';
  /** When. 确认时间。 */
  readonly confirmedAt: Scalars['DateTime']['output'];
  /** The enterprise user who confirmed. 确认人。 */
  readonly confirmedBy: Scalars['String']['output'];
  /** The principal who signed. 签字人。 */
  readonly principalName: Scalars['String']['output'];
  /** The scan of the signed and stamped page. 签章页。 */
  readonly signedPage?: Maybe<Attachment>;
};

/** A page of enterprises, ordered by name. 企业分页。 */
export type EnterpriseConnection = {
  readonly __typename?: 'EnterpriseConnection';
  /** The enterprises of this page. 分页项。 */
  readonly edges: ReadonlyArray<EnterpriseEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An enterprise in a page of results. 分页项。 */
export type EnterpriseEdge = {
  readonly __typename?: 'EnterpriseEdge';
  /** Cursor of this edge. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The enterprise. 企业。 */
  readonly node: Enterprise;
};

/** Filters for the enterprise list; all given filters apply together. 企业筛选。 */
export type EnterpriseFilter = {
  /** Only this business status. 经营状态。 */
  readonly businessStatus?: InputMaybe<BusinessStatus>;
  /** Only eligible (true) or only ineligible (false) enterprises, as of today. 申报资格。 */
  readonly eligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, or the beginning of the credit code (1–100 characters). 名称或代码。 */
  readonly search?: InputMaybe<Scalars['String']['input']>;
  /** Only this town. A town officer always sees only their own town. 街镇。 */
  readonly town?: InputMaybe<Scalars['ID']['input']>;
};

/** What an enterprise import did, line by line. 导入结果。 */
export type EnterpriseImportReport = {
  readonly __typename?: 'EnterpriseImportReport';
  /** Enterprises created. 新增。 */
  readonly created: Scalars['Int']['output'];
  /** Lines refused, each with its problems. 错误行。 */
  readonly errors: ReadonlyArray<ImportLineError>;
  /** Lines read (excluding the header). 行数。 */
  readonly lines: Scalars['Int']['output'];
  /** Lines identical to the registry; nothing written. 无变化。 */
  readonly unchanged: Scalars['Int']['output'];
  /** Enterprises changed. 更新。 */
  readonly updated: Scalars['Int']['output'];
};

/**
 * Stable codes in `errors[].extensions.code`. Clients branch on these, never on messages.
 * 错误码。
 */
export type ErrorCode =
  /** The input is malformed; `extensions.fields` lists each offending field path. 输入有误。 */
  | 'BAD_USER_INPUT'
  /** A concurrent change won (stale `version`) or a uniqueness rule refused it. 冲突。 */
  | 'CONFLICT'
  /** The caller may not run this operation or see this record. 无权限。 */
  | 'FORBIDDEN'
  /** Something failed inside the server; `extensions.correlationId` identifies it in the logs. 内部错误。 */
  | 'INTERNAL_SERVER_ERROR'
  /** A request with the same idempotency key is still running. 处理中。 */
  | 'IN_PROGRESS'
  /** The record does not exist (or is outside the caller's scope). 不存在。 */
  | 'NOT_FOUND'
  /** An objection beyond the limits on filing (INTERPRETATION R6.4.3): `extensions.limit` is PER_PROJECT or PER_CONTACT_PER_DAY, `extensions.max` the number; nothing was recorded. 异议数量已达上限。 */
  | 'OBJECTION_LIMIT_REACHED'
  /** Only registered operations (trusted documents) are served, and this one is not: register it with the client's documents. 操作未登记。 */
  | 'OPERATION_NOT_REGISTERED'
  /** A policy rule refused the request; `extensions.rule` names it (e.g. `R5.3`). 违反政策规则。 */
  | 'POLICY_VIOLATION'
  /** The caller used its rate budget for the window (`extensions.cost.rateLimit`); refused before any work, ask again after `Retry-After` seconds (HTTP 429). 超出调用频率配额。 */
  | 'RATE_LIMITED'
  /** The request used its budget of DynamoDB reads (`extensions.cost`); ask for less at a time and follow the cursors. 超出单次请求读取预算。 */
  | 'REQUEST_BUDGET_EXCEEDED'
  /** The token is missing where required, malformed, tampered with or expired. 未认证。 */
  | 'UNAUTHENTICATED';

/** An expert reviewer (专家) and the subjects they are linked to (R6.3). Commission only. */
export type Expert = {
  readonly __typename?: 'Expert';
  /** Credit codes of enterprises and providers the expert is linked to: never assigned to their applications. 关联单位。 */
  readonly affiliations: ReadonlyArray<Scalars['String']['output']>;
  /** The expert user's id. 专家编号。 */
  readonly id: Scalars['ID']['output'];
  /** Name. 姓名。 */
  readonly name: Scalars['String']['output'];
  /** Field of expertise. 专业领域。 */
  readonly specialty: Scalars['String']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** One expert's part in a review (R6.3). 专家评审。 */
export type ExpertReview = {
  readonly __typename?: 'ExpertReview';
  /** When assigned. 分配时间。 */
  readonly assignedAt: Scalars['DateTime']['output'];
  /** A declared conflict of interest: the expert takes no part. 回避理由。 */
  readonly conflict?: Maybe<Scalars['String']['output']>;
  /** The expert. 专家。 */
  readonly expertId: Scalars['ID']['output'];
  /** Opinion. 意见。 */
  readonly opinion?: Maybe<Scalars['String']['output']>;
  /** When reviewed. 评审时间。 */
  readonly reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Score, 0–100. 评分。 */
  readonly score?: Maybe<Scalars['Int']['output']>;
};

/** An expert's evaluation. 专家评审。 */
export type ExpertReviewInput = {
  /** Application. 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /** Opinion, 2–5000 characters. 意见。 */
  readonly opinion: Scalars['String']['input'];
  /** Score, 0–100. 评分。 */
  readonly score: Scalars['Int']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** An export of audit records to make. 导出审计记录。 */
export type ExportAuditRecordsInput = {
  /** To export the next part: the previous part's `endCursor`. 续传游标。 */
  readonly after?: InputMaybe<Scalars['String']['input']>;
  /** Which records, as for `auditRecords`. 筛选。 */
  readonly filter: AuditRecordFilter;
  /** CSV (UTF-8 with BOM) or XLSX. 格式。 */
  readonly format: ExportFormat;
  /** Order of the rows (default newest first). 排序。 */
  readonly order?: InputMaybe<AuditOrder>;
};

/** Export format of a batch or of audit records. 导出格式。 */
export type ExportFormat =
  /** CSV, UTF-8 with BOM: for machines (a batch: one row per payment, each with its batch's fields, no totals row). CSV。 */
  | 'CSV'
  /** Excel workbook: for people (a batch: header block, formats, a SUM total and the total in capitals). XLSX。 */
  | 'XLSX';

/**
 * A statutory festival of the national calendar (全国年节及纪念日放假办法): 元旦 NEW_YEARS_DAY, 春节
 * SPRING_FESTIVAL, 清明节 QINGMING, 劳动节 LABOUR_DAY, 端午节 DRAGON_BOAT, 中秋节 MID_AUTUMN, 国庆节 NATIONAL_DAY;
 * OTHER is a one-off day off the State Council declares, given with its name. 节日。
 */
export type Festival =
  /** 端午节。 */
  | 'DRAGON_BOAT'
  /** 劳动节。 */
  | 'LABOUR_DAY'
  /** 中秋节。 */
  | 'MID_AUTUMN'
  /** 国庆节。 */
  | 'NATIONAL_DAY'
  /** 元旦。 */
  | 'NEW_YEARS_DAY'
  /** A one-off day off, named (e.g. 2015-09-03). 其他。 */
  | 'OTHER'
  /** 清明节。 */
  | 'QINGMING'
  /** 春节。 */
  | 'SPRING_FESTIVAL';

/** One festival's part of a year's arrangement. 节日安排。 */
export type FestivalDays = {
  readonly __typename?: 'FestivalDays';
  /** The festival. 节日。 */
  readonly festival: Festival;
  /** Its days off (CST dates); empty when it shares another festival's days. 放假日期。 */
  readonly holidays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Weekend days declared working days for it (调休上班). 调休上班日期。 */
  readonly makeUpWorkdays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** Its name as the notice gives it. 名称。 */
  readonly name: Scalars['String']['output'];
  /** The festival whose days it shares (中秋节 with 国庆节 in 2020), if any. 合并放假的节日。 */
  readonly sharedWith?: Maybe<Festival>;
};

/** One festival's days, as the notice lists them. 节日安排。 */
export type FestivalDaysInput = {
  /** The festival; each statutory festival at most once. 节日。 */
  readonly festival: Festival;
  /** Its days off (up to 31), in the year. 放假日期。 */
  readonly holidays?: InputMaybe<ReadonlyArray<Scalars['LocalDate']['input']>>;
  /** Weekend days declared working days for it (up to 10). 调休上班日期。 */
  readonly makeUpWorkdays?: InputMaybe<ReadonlyArray<Scalars['LocalDate']['input']>>;
  /** Its name as the notice gives it; required for OTHER. 名称。 */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** The festival whose days it shares, when it has none of its own (中秋节 with 国庆节 in 2020). 合并放假的节日。 */
  readonly sharedWith?: InputMaybe<Festival>;
};

/**
 * A real-name objection (R6.4): anonymous ones are refused; one per contact per project, within the limits
 * on filing (R6.4.3). 提出异议。
 */
export type FileObjectionInput = {
  /** Phone or e-mail, 5–100 characters, at least 5 of them letters or digits. 联系方式。 */
  readonly objectorContact: Scalars['String']['input'];
  /** Your name, 2–50 characters. 姓名。 */
  readonly objectorName: Scalars['String']['input'];
  /** Project in publicity. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Reason, 10–2000 characters. 理由。 */
  readonly reason: Scalars['String']['input'];
};

/** What finance does about a bank's answer (the mapping is in docs/finance.md). 处理建议。 */
export type FinanceAction =
  /** Have the payee confirm the account name the bank holds, correct it, then batch again. 确认户名后重新入批次。 */
  | 'CONFIRM_ACCOUNT_NAME'
  /** Ask the bank why before batching again. 向银行查询。 */
  | 'CONTACT_BANK'
  /** Contact the payee: batch again once the account is usable, or record the new account it gives. 联系收款单位。 */
  | 'CONTACT_PAYEE'
  /** Get a correct or new account from the payee and correct it on record: until then no batch takes the payment; the next one pays the corrected account. 更正收款账户后重新入批次。 */
  | 'CORRECT_ACCOUNT'
  /** Nothing: paid. 无需处理。 */
  | 'NONE';

/** R2.2 fiscal-year rule. 预算年度规则。 */
export type FiscalYearRule =
  /** The fiscal year of the approval date (CST). 按审议通过日期所在年度。 */
  | 'APPROVAL_DATE';

/** Follow-up cooperation after the diagnosis (R6.1.4). 后续合作。 */
export type FollowUp = {
  readonly __typename?: 'FollowUp';
  /** Whether the enterprise and provider go on. 是否继续合作。 */
  readonly continuing: Scalars['Boolean']['output'];
  /** Note. 说明。 */
  readonly note: Scalars['String']['output'];
  /** When. 记录时间。 */
  readonly recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. 记录人。 */
  readonly recordedBy: Scalars['String']['output'];
};

/** A fraud finding against an award (R7.1), its receivable and ban (R7.2). 违规认定。 */
export type FraudFinding = {
  readonly __typename?: 'FraudFinding';
  /** The project's payment that was at the bank when the finding was recorded, until the bank's result settles it (paid: added to the receivable; refused: cancelled) (R7.1.1). 银行处理中的支付。 */
  readonly atBankPaymentId?: Maybe<Scalars['ID']['output']>;
  /** First CST date on which the unit may apply again (the same value as the registry's `ban.until`, R7.2.1). 可重新申报日期。 */
  readonly banUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Payments cancelled by it. 取消的支付。 */
  readonly cancelledPaymentIds: ReadonlyArray<Scalars['ID']['output']>;
  /** False while a serious finding's ban and holds are still being applied: record the same finding again to complete them. 是否处理完毕。 */
  readonly completed: Scalars['Boolean']['output'];
  /** Decision date. 认定日期。 */
  readonly decidedOn: Scalars['LocalDate']['output'];
  /** Evidence (commission only; FORBIDDEN for others, as in `bans`, R7.2.1). 证据。 */
  readonly evidence: Scalars['String']['output'];
  /** Fiscal year of the award. 预算年度。 */
  readonly fiscalYear: Scalars['Int']['output'];
  /** Payments of the unit's other projects it holds (R7.2.1). 暂缓的其他支付笔数。 */
  readonly heldPaymentCount: Scalars['Int']['output'];
  /** Id: `FRAUD-` and the project. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** The receivable: exactly what was paid for the project (R7.1.1). 应追回。 */
  readonly paidFen: Scalars['Fen']['output'];
  /** Enterprise credit code or provider id. 对象。 */
  readonly payeeId: Scalars['ID']['output'];
  /** Name. 名称。 */
  readonly payeeName: Scalars['String']['output'];
  /** Payee type. 对象类型。 */
  readonly payeeType: ApplicantType;
  /** The unit's principal (主要负责人), held responsible with it (R7.1); null on findings recorded before it was asked. Commission only; FORBIDDEN for others (R7.2.1). 主要负责人。 */
  readonly principalName?: Maybe<Scalars['String']['output']>;
  /** The award. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Recovered so far. 已追回。 */
  readonly recoveredFen: Scalars['Fen']['output'];
  /** Recoveries. 追回记录。 */
  readonly recoveries: ReadonlyArray<Recovery>;
  /** An approved award not yet in a document: the commitment the finding gave back to the budget (R2.2, R7.1.1). 释放的预算承诺。 */
  readonly releasedCommitmentFen?: Maybe<Scalars['Fen']['output']>;
  /** Serious: barred for the policy version's ban years (R7.2, R7.2.1). 情节严重。 */
  readonly serious: Scalars['Boolean']['output'];
};

/** A page of findings. 认定分页。 */
export type FraudFindingConnection = {
  readonly __typename?: 'FraudFindingConnection';
  /** Findings. 分页项。 */
  readonly edges: ReadonlyArray<FraudFindingEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A finding in a page. 分页项。 */
export type FraudFindingEdge = {
  readonly __typename?: 'FraudFindingEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The finding. 认定。 */
  readonly node: FraudFinding;
};

/** Liveness of the API. 健康状态。 */
export type Health = {
  readonly __typename?: 'Health';
  /**
   * The published policy version in force today (R9.1), or null when none covers today: then every notice and
   * automatic award is refused (R9) until the commission publishes the version of its current document.
   * 今日适用的政策版本。
   */
  readonly policyVersionInForce?: Maybe<Scalars['ID']['output']>;
  /** Always `ok` when the API answers. */
  readonly status: Scalars['String']['output'];
  /** Server time of the answer. */
  readonly time: Scalars['DateTime']['output'];
  /** Today in China Standard Time. 今日（北京时间）。 */
  readonly today: Scalars['LocalDate']['output'];
};

/** A year's holiday arrangement as the commission loaded it. 节假日安排。 */
export type HolidayArrangement = {
  readonly __typename?: 'HolidayArrangement';
  /** Festival by festival. 节日安排。 */
  readonly festivals: ReadonlyArray<FestivalDays>;
  /** Days off (CST dates). 放假日期。 */
  readonly holidays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** When. 录入时间。 */
  readonly loadedAt: Scalars['DateTime']['output'];
  /** Who loaded it. 录入人。 */
  readonly loadedBy: Scalars['String']['output'];
  /** Weekend days that are working days. 调休上班日期。 */
  readonly makeUpWorkdays: ReadonlyArray<Scalars['LocalDate']['output']>;
  /** The notice cited; null only for a load recorded before citations were kept. 通知。 */
  readonly notice?: Maybe<HolidayNotice>;
  /** What it replaced, why, and the days changed; null for a first load. 替换记录。 */
  readonly replacement?: Maybe<CalendarReplacement>;
  /** Invented days for tests, never official; a production server refuses them. 测试数据。 */
  readonly testData: Scalars['Boolean']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** Year. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/**
 * A year's arrangement as the State Council published it: the file format of `npm run calendar -- load`
 * (docs/operators.md), plus the reason of a replacement. 节假日安排。
 */
export type HolidayArrangementInput = {
  /** Every statutory festival of the year (R6.4.4), with its days. 节日安排。 */
  readonly festivals: ReadonlyArray<FestivalDaysInput>;
  /** The notice cited. 通知。 */
  readonly notice: HolidayNoticeInput;
  /** Why a known year (loaded or bundled) is replaced; required then (R6.4.4). 替换理由。 */
  readonly reason?: InputMaybe<Scalars['String']['input']>;
  /** Invented days for tests (never official; refused in production). 测试数据。 */
  readonly testData: Scalars['Boolean']['input'];
  /** Year. 年度。 */
  readonly year: Scalars['Int']['input'];
};

/** What loading an arrangement did, and the year as it now stands. 录入结果。 */
export type HolidayArrangementLoad = {
  readonly __typename?: 'HolidayArrangementLoad';
  /** The year as calendarYears shows it. 年度。 */
  readonly calendarYear: CalendarYear;
  /** Loaded, replaced, or unchanged (nothing written). 结果。 */
  readonly outcome: CalendarLoadOutcome;
};

/** The State Council notice an arrangement cites. 通知。 */
export type HolidayNotice = {
  readonly __typename?: 'HolidayNotice';
  /** Document number (国办发明电〔YYYY〕N号), where known. 文号。 */
  readonly documentNumber?: Maybe<Scalars['String']['output']>;
  /** Publication date (CST). 发布日期。 */
  readonly publishedOn: Scalars['LocalDate']['output'];
  /** 国务院办公厅关于YYYY年部分节假日安排的通知 (test data says so). 标题。 */
  readonly title: Scalars['String']['output'];
  /** Where it is published (www.gov.cn). 网址。 */
  readonly url: Scalars['String']['output'];
};

/** The State Council notice cited. 通知。 */
export type HolidayNoticeInput = {
  /** Document number, where known. 文号。 */
  readonly documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. 发布日期。 */
  readonly publishedOn: Scalars['LocalDate']['input'];
  /** 国务院办公厅关于YYYY年部分节假日安排的通知; test data says 测试数据 or test data. 标题。 */
  readonly title: Scalars['String']['input'];
  /** Where it is published (http or https). 网址。 */
  readonly url: Scalars['String']['input'];
};

/** A human stage of the workflow. 人工环节。 */
export type HumanStage =
  /** District deliberation (R6.5). 区级审议。 */
  | 'DELIBERATION'
  /** Joint disbursement document (R6.6). 资金拨付文件。 */
  | 'DISBURSEMENT_DOCUMENT'
  /** Investigation of an objection (R6.4). 异议调查。 */
  | 'INVESTIGATION';

/** R5.1b one-per rule. 实施奖励限报。 */
export type ImplementationRewardOnePer =
  /** At most one implementation reward per diagnosis report. 每份诊断报告一次。 */
  | 'DIAGNOSIS_REPORT';

/** Import an uploaded list (an attachment with owner type IMPORT). 导入认定名单。 */
export type ImportCertificationsInput = {
  /** The uploaded list: CSV (UTF-8, or GBK converted) or XLSX. 附件编号。 */
  readonly attachmentId: Scalars['ID']['input'];
};

/** Lines of a report by outcome. 结果统计。 */
export type ImportCounts = {
  readonly __typename?: 'ImportCounts';
  /** Recorded with a positive award. 已创建。 */
  readonly created: Scalars['Int']['output'];
  /** Already recorded. 重复。 */
  readonly duplicate: Scalars['Int']['output'];
  /** Failing eligibility. 不符合条件。 */
  readonly ineligible: Scalars['Int']['output'];
  /** Wrong in itself. 无效。 */
  readonly invalid: Scalars['Int']['output'];
  /** Not in the registry, or another name. 未匹配。 */
  readonly unmatched: Scalars['Int']['output'];
  /** Recorded, paying nothing (R5.3). 零金额。 */
  readonly zeroAmount: Scalars['Int']['output'];
};

/** One line of an import's report. 导入明细。 */
export type ImportLine = {
  readonly __typename?: 'ImportLine';
  /** How the award was worked out (R5.3 with its policy version), in Chinese and English, for a recorded line. 金额说明。 */
  readonly amountExplanation?: Maybe<AmountExplanation>;
  /** The award, when recorded. 奖励金额。 */
  readonly awardFen?: Maybe<Scalars['Fen']['output']>;
  /** Certificate number as read. 证书编号。 */
  readonly certificateNumber?: Maybe<Scalars['String']['output']>;
  /** The certification recorded (or already recorded). 认定编号。 */
  readonly certificationId?: Maybe<Scalars['ID']['output']>;
  /** Credit code as read. 统一社会信用代码。 */
  readonly creditCode?: Maybe<Scalars['String']['output']>;
  /** Name as the list gives it. 企业名称。 */
  readonly enterpriseName?: Maybe<Scalars['String']['output']>;
  /** Line of the file (header is line 1). 行号。 */
  readonly line: Scalars['Int']['output'];
  /** Outcome. 结果。 */
  readonly outcome: ImportOutcome;
  /** The outcome's label in Chinese (已创建, 零金额, 重复…), as `client/enum-labels.ts` gives it. 结果（中文）。 */
  readonly outcomeLabel: Scalars['String']['output'];
  /** The project paying the award. 项目编号。 */
  readonly projectId?: Maybe<Scalars['ID']['output']>;
  /** Why, in English. 原因（英文）。 */
  readonly reason: Scalars['String']['output'];
  /**
   * Why, in Chinese, e.g. 第四档：1,000,000.00 元，减去已获 0.00 元（R5.3）. A line of a report saved before
   * reasons were kept in Chinese gives its outcome's label with the English beside it. 原因。
   */
  readonly reasonZh: Scalars['String']['output'];
  /** The rule behind a refusal or a zero amount. 规则。 */
  readonly rule?: Maybe<Scalars['String']['output']>;
};

/** A page of report lines. 明细分页。 */
export type ImportLineConnection = {
  readonly __typename?: 'ImportLineConnection';
  /** Lines. 分页项。 */
  readonly edges: ReadonlyArray<ImportLineEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A line in a page. 分页项。 */
export type ImportLineEdge = {
  readonly __typename?: 'ImportLineEdge';
  /** Cursor (the line number). 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The line. 明细。 */
  readonly node: ImportLine;
};

/** A line of an enterprise import that was refused; nothing of it was written. 导入错误行。 */
export type ImportLineError = {
  readonly __typename?: 'ImportLineError';
  /** Credit code on the line, as given. 统一社会信用代码。 */
  readonly creditCode?: Maybe<Scalars['String']['output']>;
  /** Line number in the file, the header being line 1. 行号。 */
  readonly line: Scalars['Int']['output'];
  /** Every problem of the line. 问题。 */
  readonly problems: ReadonlyArray<ImportProblem>;
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

/** One problem of an import line. 问题。 */
export type ImportProblem = {
  readonly __typename?: 'ImportProblem';
  /** Error code: BAD_USER_INPUT, FORBIDDEN or CONFLICT. 错误码。 */
  readonly code: ErrorCode;
  /** Column (field) at fault, when one is. 字段。 */
  readonly field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in English. 说明（英文）。 */
  readonly message: Scalars['String']['output'];
  /** What is wrong, in Chinese. 说明。 */
  readonly messageZh: Scalars['String']['output'];
};

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

/** An enterprise in a year's intention pool (R6.1.1). 意向企业。 */
export type IntentionEntry = {
  readonly __typename?: 'IntentionEntry';
  /** Contact for the diagnosis. 联系人。 */
  readonly contactName: Scalars['String']['output'];
  /** Contact phone. 联系电话。 */
  readonly contactPhone: Scalars['String']['output'];
  /** Credit code of the enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Name of the enterprise. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Id: `<year>#<credit code>`. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** What the enterprise hopes the diagnosis covers. 诊断需求。 */
  readonly needs: Scalars['String']['output'];
  /** Town of the enterprise. 街镇代码。 */
  readonly town: Scalars['String']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** Year of the pool. 年度。 */
  readonly year: Scalars['Int']['output'];
};

/** A page of intention entries. 意向企业分页。 */
export type IntentionEntryConnection = {
  readonly __typename?: 'IntentionEntryConnection';
  /** Entries. 分页项。 */
  readonly edges: ReadonlyArray<IntentionEntryEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** An intention entry in a page. 分页项。 */
export type IntentionEntryEdge = {
  readonly __typename?: 'IntentionEntryEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The entry. 意向企业。 */
  readonly node: IntentionEntry;
};

/** An enterprise willing to be diagnosed. 意向企业登记。 */
export type IntentionEntryInput = {
  /** Contact, 1–50 characters. 联系人。 */
  readonly contactName: Scalars['String']['input'];
  /** Contact phone. 联系电话。 */
  readonly contactPhone: Scalars['String']['input'];
  /** Credit code of a registered enterprise; a town officer's own town only. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['input'];
  /** Needs, 1–2000 characters. 诊断需求。 */
  readonly needs: Scalars['String']['input'];
  /** Year of the pool (2022 onwards). 年度。 */
  readonly year: Scalars['Int']['input'];
};

/** What an enterprise invested implementing the report (R5.1b). 实施投入。 */
export type InvestmentFigures = {
  readonly __typename?: 'InvestmentFigures';
  /** What it went into. 说明。 */
  readonly description: Scalars['String']['output'];
  /** Total investment. 投入总额。 */
  readonly totalInvestmentFen: Scalars['Fen']['output'];
};

/** Investment figures. 实施投入。 */
export type InvestmentFiguresInput = {
  /** What it went into, 1–2000 characters. 说明。 */
  readonly description: Scalars['String']['input'];
  /** Total investment, more than 0. 投入总额。 */
  readonly totalInvestmentFen: Scalars['Fen']['input'];
};

/**
 * The clock of a local development server (`npm start -- --clock …`): the time it shows and how fast it runs.
 * Only a local development server has one; a production server refuses every form of clock control.
 * 本地时钟（仅本地开发服务器）。
 */
export type LocalClock = {
  readonly __typename?: 'LocalClock';
  /** The server's time now, in China Standard Time. 服务器当前时间。 */
  readonly now: Scalars['DateTime']['output'];
  /** How fast the clock runs: 1 is real time, 60 a minute every second, 0 stopped. 倍速。 */
  readonly speed: Scalars['Float']['output'];
};

/** The signed-in caller, as the API sees them. 当前用户。 */
export type Me = {
  readonly __typename?: 'Me';
  /** ENTERPRISE: unified social credit code of their enterprise. */
  readonly creditCode?: Maybe<Scalars['String']['output']>;
  /** PROVIDER: id of their provider. */
  readonly providerId?: Maybe<Scalars['String']['output']>;
  /** The role the caller acts in. */
  readonly role: Role;
  /** TOWN_OFFICER: code of their town. */
  readonly town?: Maybe<Scalars['String']['output']>;
  /** Subject of the identity provider. */
  readonly userId: Scalars['String']['output'];
};

/**
 * How to move a local server's clock: forward by a duration (`advanceBy`) or to an instant (`to`), not both,
 * and/or at a new speed. Time only goes forward: an instant earlier than the clock's time is refused.
 * 移动本地时钟。
 */
export type MoveLocalClockInput = {
  /** Forward by days, hours, minutes and seconds, in that order: `5d`, `3h`, `30m`, `1d12h` (a leading `+` is allowed; at most 3660 days). 前进时长。 */
  readonly advanceBy?: InputMaybe<Scalars['String']['input']>;
  /** From now on run at this many times real speed, from 0 (stopped) to 100000. 倍速。 */
  readonly speed?: InputMaybe<Scalars['Float']['input']>;
  /** To this instant (any offset, e.g. `2027-01-08T09:00:00+08:00`); not earlier than the clock's time. 目标时间。 */
  readonly to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /** The enterprise's town accepts its application online (R6.2.2). 在线受理。 */
  readonly acceptApplication: Application;
  /** Adds an enterprise to a year's intention pool (R6.1.1). Commission, or a town officer for their town. 登记意向企业。 */
  readonly addIntentionEntry: IntentionEntry;
  /** Amends a plan. Commission. 调整计划。 */
  readonly amendDiagnosisPlan: DiagnosisPlan;
  /** Assigns an expert to an application that passed its preliminary review (R6.3). Commission. 分配专家。 */
  readonly assignExpert: Application;
  /** Matches a planned enterprise with a roster provider (R6.1.3). Commission. 对接服务商。 */
  readonly assignProvider: DiagnosisAssignment;
  /** The commission cancels a payment, for good: its commitment returns to the budget and its award stops counting (R5.3.1). 取消支付。 */
  readonly cancelPayment: Payment;
  /** Confirms an upload after checking size, type and SHA-256. 确认上传。 */
  readonly completeAttachmentUpload: Attachment;
  /** The enterprise confirms its signed and stamped report (R6.2.1). 企业确认报告。 */
  readonly confirmDiagnosisReport: DiagnosisReport;
  /** Countersigns and issues it; a different user from the drafter (R6.6). Finance. 会签印发。 */
  readonly countersignDisbursementDocument: DisbursementDocument;
  /** Draws up a year's plan from the pool. Commission. 编制年度计划。 */
  readonly createDiagnosisPlan: DiagnosisPlan;
  /** Registers an enterprise. ECONOMIC_COMMISSION, or a town officer for their own town. 新增企业。 */
  readonly createEnterprise: Enterprise;
  /** R6.6: finance makes a batch of ready payments (idempotent under its key). 创建支付批次。 */
  readonly createPaymentBatch: PaymentBatch;
  /** Registers a provider. ECONOMIC_COMMISSION only. 新增服务商。 */
  readonly createProvider: Provider;
  /** An assigned expert declares a conflict of interest and takes no part (R6.3). 声明回避。 */
  readonly declareConflict: ConflictDeclaration;
  /** Approves or rejects a project (R6.5). Promotion office. 区级审议。 */
  readonly deliberate: Project;
  /** Starts a draft. The provider (R5.1a) or the enterprise (R5.1b) for itself. 新建申报。 */
  readonly draftApplication: Application;
  /** Drafts a joint disbursement document (R6.6). Commission. 起草拨付文件。 */
  readonly draftDisbursementDocument: DisbursementDocument;
  /** Draft (or revise a draft of) a policy version (R9.1); refused when it overlaps a published version or changes a published one. ECONOMIC_COMMISSION. 起草政策版本。 */
  readonly draftPolicyVersion: PolicyVersion;
  /**
   * Writes audit records across records to a CSV or XLSX file for inspectors and returns a short-lived link
   * (at most 10,000 rows a file; `hasMore` and `endCursor` for the next part). Bad input writes nothing.
   * ECONOMIC_COMMISSION only. 导出审计记录。
   */
  readonly exportAuditRecords: AuditExport;
  /**
   * Files a real-name objection to a project in publicity (R6.4), received for the commission to screen
   * (R6.4.3); past the limits on filing it is refused with OBJECTION_LIMIT_REACHED. Public. 提出异议。
   */
  readonly fileObjection: ObjectionReceipt;
  /**
   * R6.7b: import a municipal or national list the commission uploaded. The file is checked at once (a
   * file that cannot be imported is refused and nothing is written); the import then runs on its own and
   * its record shows progress and, once completed, the report. Importing the same file again runs the
   * same import again: nothing is recorded twice. 导入认定名单。
   */
  readonly importCertifications: CertificationImport;
  /**
   * Creates or updates enterprises from a town register in CSV (UTF-8, header row, Chinese or English column
   * names; at most 5,000 lines). Each line is written whole or not at all; refused lines are reported with
   * their line numbers. ECONOMIC_COMMISSION, or a town officer for lines of their own town. 批量导入企业。
   */
  readonly importEnterprises: EnterpriseImportReport;
  /**
   * Loads a year's holiday arrangement (R6.4.2): complete and consistent or refused with what is wrong
   * (R6.4.4); replacing a known year needs a reason and is audited with the days changed; the same content
   * again changes nothing. Commission. 录入节假日安排。
   */
  readonly loadHolidayArrangement: HolidayArrangementLoad;
  /**
   * Moves a local development server's clock forward and/or sets its speed; the workflow's waits and stage
   * timeouts follow it (a publicity period ends when the clock passes its end). Recorded in the audit trail
   * (`auditTrail(entityId: "LOCAL_CLOCK")`). ECONOMIC_COMMISSION, on a local development server only
   * (`FORBIDDEN` in production); a move back is refused (`BAD_USER_INPUT`). 移动本地时钟。
   */
  readonly moveLocalClock: LocalClock;
  /** Allows one approval beyond the remaining budget, with a reason (R2.2). Commission. 预算突破。 */
  readonly overrideBudget: Budget;
  /** Preliminary review (R6.3): passed, or returned for correction with reasons (R6.3.1; an enterprise application goes back through its town). Commission. 初审。 */
  readonly preliminaryReview: Application;
  /** Proposes a project for support with its amount (R6.3, R5.5): the commission's sign-off; the project waits AWAITING_SIGN_OFF for the other member bodies (R3.1.1). Commission. 提出拟支持项目。 */
  readonly proposeProject: Project;
  /** Proposes a list: every item checked first, then all proposed together or none; each waits for its sign-offs (R6.3, R3.1.1). Commission. 提出拟支持清单。 */
  readonly proposeProjects: ReadonlyArray<Project>;
  /** Publishes a notice (R6.2.0). Commission. 发布申报通知。 */
  readonly publishApplicationNotice: ApplicationNotice;
  /** Publishes a draft plan. Commission. 发布计划。 */
  readonly publishDiagnosisPlan: DiagnosisPlan;
  /** Publish a draft (R9.1): a commission user other than its drafter; refused when it overlaps a published version. ECONOMIC_COMMISSION. 发布政策版本。 */
  readonly publishPolicyVersion: PolicyVersion;
  /** Hands an open assignment to another provider. Commission. 改派。 */
  readonly reassignProvider: DiagnosisAssignment;
  /** An assigned expert records a score and an opinion (R6.3). 专家评审。 */
  readonly recordExpertReview: Application;
  /** Records follow-up cooperation (R6.1.4). Commission or the town. 记录后续合作。 */
  readonly recordFollowUp: DiagnosisReport;
  /** R7.1, R7.1.1, R7.2.1: a fraud finding against an award, at any stage. 记录违规认定。 */
  readonly recordFraudFinding: FraudFinding;
  /** Settles every admissible objection of a project waiting on its investigation at once; refused while one is unscreened (R6.4.3). Commission. 批量处理异议。 */
  readonly recordInvestigation: Project;
  /** R6.6: one payment's result (idempotent under its key). 记录支付结果。 */
  readonly recordPaymentResult: Payment;
  /** R7.1: money recovered on a finding. 记录追回。 */
  readonly recordRecovery: FraudFinding;
  /** The preliminary review refuses an application with reasons (R6.3.1): final, and its one-per place is freed so a corrected application can be filed. Commission. 初审不予受理。 */
  readonly refuseApplication: Application;
  /** Registers an expert or updates the record, links included (R6.3). Commission. 登记专家。 */
  readonly registerExpert: Expert;
  /** R7.2.1: the commission releases a payment held because of a ban, with a reason (audited). 解除暂缓。 */
  readonly releaseHeldPayment: Payment;
  /** Signs an upload of a report or application file. 申请上传附件。 */
  readonly requestAttachmentUpload: AttachmentUpload;
  /** The provider accepts or declines its assignment. 接受/拒绝对接。 */
  readonly respondToAssignment: DiagnosisAssignment;
  /** Resumes a FAILED project from the stage it failed at, once its cause is fixed (R6.4.4): a new workflow execution. Commission. 恢复项目流程。 */
  readonly resumeProject: Project;
  /** The town returns it for correction. 退回修改。 */
  readonly returnApplication: Application;
  /**
   * Screens a received objection (R6.4.3): admissible opens its investigation (during publicity too);
   * inadmissible closes it with a reason code. A project waiting on its investigation goes on once no
   * objection blocks it. Commission. 甄别异议。
   */
  readonly screenObjection: Objection;
  /** Sets a fiscal year's budget (R2.2). Commission or finance. 设置预算。 */
  readonly setBudget: Budget;
  /** Choose the channels and muted kinds of the caller's own notifications (audited). 设置通知偏好。 */
  readonly setNotificationPreferences: NotificationPreferences;
  /**
   * Settles an admissible objection (R6.4.3): upheld removes the project (when publicity closes, if it
   * still runs); dismissed, the project goes on once no other objection blocks it. Commission. 处理异议。
   */
  readonly settleObjection: Objection;
  /**
   * Signs off a proposed project for the caller's member body (R3.1.1), once per body. When the commission
   * and enough other bodies (the policy version's jointReviewBodies) have signed, the workflow starts (the
   * publicity period checked first, R6.4.4), or a title that pays 0 is recorded at 0 with the reason
   * (R5.3.1). JOINT_REVIEWER. 会签。
   */
  readonly signOffProject: Project;
  /** Submits: window, confirmed report, cap, eligibility, materials and one reward per enterprise/report are checked. 提交申报。 */
  readonly submitApplication: Application;
  /** The provider submits the report of its accepted assignment. 提交诊断报告。 */
  readonly submitDiagnosisReport: DiagnosisReport;
  /** R6.6: a second finance user releases the batch for payment (four eyes). 提交批次。 */
  readonly submitPaymentBatch: PaymentBatch;
  /** Changes a draft or returned application. 修改申报。 */
  readonly updateApplicationDraft: Application;
  /** Changes an enterprise (see the input for who may change what). 变更企业。 */
  readonly updateEnterprise: Enterprise;
  /** Changes a provider (see the input for who may change what). 变更服务商。 */
  readonly updateProvider: Provider;
  /** R6.6: the bank's result file for a batch (idempotent under its key). 上传支付结果。 */
  readonly uploadPaymentResults: PaymentResultsReport;
  /** Withdraws an application until it is proposed; its one-per place is freed (R6.3.1). 撤回申报。 */
  readonly withdrawApplication: Application;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationAcceptApplicationArgs = {
  input: ApplicationVersionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationAddIntentionEntryArgs = {
  input: IntentionEntryInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationAmendDiagnosisPlanArgs = {
  input: AmendDiagnosisPlanInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationAssignExpertArgs = {
  input: AssignExpertInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationAssignProviderArgs = {
  input: AssignProviderInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCancelPaymentArgs = {
  input: CancelPaymentInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCompleteAttachmentUploadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationConfirmDiagnosisReportArgs = {
  input: ConfirmDiagnosisReportInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCountersignDisbursementDocumentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCreateDiagnosisPlanArgs = {
  input: CreateDiagnosisPlanInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCreateEnterpriseArgs = {
  input: CreateEnterpriseInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCreatePaymentBatchArgs = {
  input: CreatePaymentBatchInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationCreateProviderArgs = {
  input: CreateProviderInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationDeclareConflictArgs = {
  input: DeclareConflictInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationDeliberateArgs = {
  input: DeliberateInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationDraftApplicationArgs = {
  input: DraftApplicationInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationDraftDisbursementDocumentArgs = {
  input: DraftDisbursementDocumentInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationDraftPolicyVersionArgs = {
  input: DraftPolicyVersionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationExportAuditRecordsArgs = {
  input: ExportAuditRecordsInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationFileObjectionArgs = {
  input: FileObjectionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationImportCertificationsArgs = {
  input: ImportCertificationsInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationImportEnterprisesArgs = {
  csv: Scalars['String']['input'];
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationLoadHolidayArrangementArgs = {
  input: HolidayArrangementInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationMoveLocalClockArgs = {
  input: MoveLocalClockInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationOverrideBudgetArgs = {
  input: OverrideBudgetInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationPreliminaryReviewArgs = {
  input: PreliminaryReviewInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationProposeProjectArgs = {
  input: ProposeProjectInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationProposeProjectsArgs = {
  input: ProposeProjectsInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationPublishApplicationNoticeArgs = {
  input: PublishApplicationNoticeInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationPublishDiagnosisPlanArgs = {
  version: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationPublishPolicyVersionArgs = {
  input: PublishPolicyVersionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationReassignProviderArgs = {
  input: ReassignProviderInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordExpertReviewArgs = {
  input: ExpertReviewInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordFraudFindingArgs = {
  input: RecordFraudFindingInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordInvestigationArgs = {
  input: RecordInvestigationInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordPaymentResultArgs = {
  input: RecordPaymentResultInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRecordRecoveryArgs = {
  input: RecordRecoveryInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRefuseApplicationArgs = {
  input: RefuseApplicationInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRegisterExpertArgs = {
  input: RegisterExpertInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationReleaseHeldPaymentArgs = {
  input: ReleaseHeldPaymentInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRequestAttachmentUploadArgs = {
  input: RequestAttachmentUploadInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationRespondToAssignmentArgs = {
  input: RespondToAssignmentInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationResumeProjectArgs = {
  input: ResumeProjectInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationReturnApplicationArgs = {
  input: ReturnApplicationInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationScreenObjectionArgs = {
  input: ScreenObjectionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSetBudgetArgs = {
  input: SetBudgetInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSetNotificationPreferencesArgs = {
  input: SetNotificationPreferencesInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSettleObjectionArgs = {
  input: SettleObjectionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSignOffProjectArgs = {
  input: SignOffProjectInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSubmitApplicationArgs = {
  input: ApplicationVersionInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSubmitDiagnosisReportArgs = {
  input: SubmitDiagnosisReportInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationSubmitPaymentBatchArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationUpdateApplicationDraftArgs = {
  input: UpdateApplicationDraftInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationUpdateEnterpriseArgs = {
  input: UpdateEnterpriseInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationUpdateProviderArgs = {
  input: UpdateProviderInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationUploadPaymentResultsArgs = {
  input: UploadPaymentResultsInput;
};


/**
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type MutationWithdrawApplicationArgs = {
  input: ApplicationVersionInput;
};

/**
 * One notification to one recipient on one channel, made once for the domain event it tells of (however
 * often that event is delivered). Its text is Chinese, with English; it never quotes a bank account, an
 * objector or a contact, nor any reason typed by a user: sign in and read the record for those.
 * 通知。
 */
export type Notification = {
  readonly __typename?: 'Notification';
  /** The application it is about, if any. 申报编号。 */
  readonly applicationId?: Maybe<Scalars['ID']['output']>;
  /** Each try at sending, oldest first (none for the inbox). 发送尝试。 */
  readonly attempts: ReadonlyArray<NotificationAttempt>;
  /** Text, in Chinese. 正文。 */
  readonly body: Scalars['String']['output'];
  /** Text, in English. 英文正文。 */
  readonly bodyEn: Scalars['String']['output'];
  /** The channel. 渠道。 */
  readonly channel: NotificationChannel;
  /** The domain event it tells of (docs/events.md). 事件编号。 */
  readonly eventId: Scalars['ID']['output'];
  /** Unique: recipient, event and channel. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** The event's kind, e.g. `application.returned` (what `mutedKinds` names). 通知类型。 */
  readonly kind: Scalars['String']['output'];
  /** RETRYING: the next try, not before. 下次重试时间。 */
  readonly nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the change it tells of happened (the inbox's order, newest first). 事件时间。 */
  readonly occurredAt: Scalars['DateTime']['output'];
  /** PARKED: why. 搁置原因。 */
  readonly parkedReason?: Maybe<Scalars['String']['output']>;
  /** The payment it is about, if any. 拨付编号。 */
  readonly paymentId?: Maybe<Scalars['ID']['output']>;
  /** The project it is about, if any. 项目编号。 */
  readonly projectId?: Maybe<Scalars['ID']['output']>;
  /** `ENTERPRISE#<credit code>`, `PROVIDER#<provider id>` or `TOWN#<town code>`. 接收方。 */
  readonly recipient: Scalars['String']['output'];
  /** When it was delivered. 发送时间。 */
  readonly sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** What took it: `INBOX`, `SES`, `SNS`, or `LOCAL_OUTBOX` on a local server (nothing left the machine). 发送方式。 */
  readonly sentVia?: Maybe<Scalars['String']['output']>;
  /** Where it is on its channel. 状态。 */
  readonly status: NotificationStatus;
  /** Title, in Chinese. 标题。 */
  readonly title: Scalars['String']['output'];
  /** Title, in English. 英文标题。 */
  readonly titleEn: Scalars['String']['output'];
  /** E-mail or SMS: where it went, partly masked (`l***@example.com`, `+86 139****5678`); null for the inbox. 发送地址。 */
  readonly to?: Maybe<Scalars['String']['output']>;
};

/** One try at sending. 发送尝试。 */
export type NotificationAttempt = {
  readonly __typename?: 'NotificationAttempt';
  /** When it started. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Why it failed (the provider's error name); null if it did not. 失败原因。 */
  readonly error?: Maybe<Scalars['String']['output']>;
};

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

/** A page of notifications, newest first. 通知分页。 */
export type NotificationConnection = {
  readonly __typename?: 'NotificationConnection';
  /** This page's notifications. */
  readonly edges: ReadonlyArray<NotificationEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  readonly pageInfo: PageInfo;
};

/** An edge of a notifications page. 通知分页条目。 */
export type NotificationEdge = {
  readonly __typename?: 'NotificationEdge';
  /** Cursor to continue after this notification. */
  readonly cursor: Scalars['String']['output'];
  /** The notification. */
  readonly node: Notification;
};

/**
 * A recipient's choices: the channels it is told on and the kinds it does not want. Until it chooses, the
 * inbox and e-mail, nothing muted.
 * 通知偏好。
 */
export type NotificationPreferences = {
  readonly __typename?: 'NotificationPreferences';
  /** The channels it is told on. 渠道。 */
  readonly channels: ReadonlyArray<NotificationChannel>;
  /** The kinds this recipient is told of (and may mute). 可接收的通知类型。 */
  readonly kinds: ReadonlyArray<Scalars['String']['output']>;
  /** The kinds it is not told of, on any channel. 不接收的通知类型。 */
  readonly mutedKinds: ReadonlyArray<Scalars['String']['output']>;
  /** `ENTERPRISE#…`, `PROVIDER#…` or `TOWN#…`. 接收方。 */
  readonly recipient: Scalars['String']['output'];
  /** Chosen channels it has no address for in the registry (no e-mail, no mobile number; towns have none): nothing is sent on them. 无法送达的渠道。 */
  readonly unreachableChannels: ReadonlyArray<NotificationChannel>;
  /** When it last chose; null while the defaults apply. 更新时间。 */
  readonly updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

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

/** An objection, with the objector's identity: for the commission only. 异议。 */
export type Objection = {
  readonly __typename?: 'Objection';
  /** When it was filed. 提出时间。 */
  readonly createdAt: Scalars['DateTime']['output'];
  /** The disposition, once settled. 处理结论。 */
  readonly disposition?: Maybe<ObjectionDisposition>;
  /** The investigation's finding, once settled (the disposition's). 调查结论。 */
  readonly finding?: Maybe<Scalars['String']['output']>;
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Objector's contact. 联系方式。 */
  readonly objectorContact: Scalars['String']['output'];
  /** Objector's name. 异议人。 */
  readonly objectorName: Scalars['String']['output'];
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Reason. 理由。 */
  readonly reason: Scalars['String']['output'];
  /** The screening, once screened. 甄别。 */
  readonly screening?: Maybe<ObjectionScreening>;
  /** Status (R6.4.3). 状态。 */
  readonly status: ObjectionStatus;
  /** Version: send it back when screening or settling it. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** A page of objections. 异议分页。 */
export type ObjectionConnection = {
  readonly __typename?: 'ObjectionConnection';
  /** Objections. 分页项。 */
  readonly edges: ReadonlyArray<ObjectionEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** The disposition of an admissible objection after its investigation (R6.4.3). 处理结论。 */
export type ObjectionDisposition = {
  readonly __typename?: 'ObjectionDisposition';
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Who settled it. 处理人。 */
  readonly by: Scalars['String']['output'];
  /** The investigation's finding. 调查结论。 */
  readonly finding: Scalars['String']['output'];
  /** Upheld or dismissed. 结论。 */
  readonly outcome: ObjectionOutcome;
};

/** An objection in a page. 分页项。 */
export type ObjectionEdge = {
  readonly __typename?: 'ObjectionEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The objection. 异议。 */
  readonly node: Objection;
};

/** The disposition of an admissible objection (R6.4.3). 调查结论。 */
export type ObjectionOutcome =
  /** Dismissed: the project continues. 不成立。 */
  | 'DISMISSED'
  /** Upheld: the project is removed. 成立。 */
  | 'UPHELD';

/** Receipt of an objection; nothing of other objections is shown. 异议回执。 */
export type ObjectionReceipt = {
  readonly __typename?: 'ObjectionReceipt';
  /** The project. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Always true: received, for the commission to screen (R6.4.3). 已收到。 */
  readonly received: Scalars['Boolean']['output'];
};

/** The commission's screening of an objection (R6.4.3). 甄别。 */
export type ObjectionScreening = {
  readonly __typename?: 'ObjectionScreening';
  /** Admissible (investigated) or not (closed). 是否受理。 */
  readonly admissible: Scalars['Boolean']['output'];
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Who screened it. 甄别人。 */
  readonly by: Scalars['String']['output'];
  /** The reason in words. 理由。 */
  readonly reason: Scalars['String']['output'];
  /** Why it is inadmissible; null for an admissible one. 不予受理原因。 */
  readonly reasonCode?: Maybe<InadmissibleReason>;
};

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

/** The one-per rules a version follows. 限报规则。 */
export type OnePerRules = {
  readonly __typename?: 'OnePerRules';
  /** R5.3. 标杆申报。 */
  readonly benchmarkTitle: BenchmarkTitleOnePer;
  /** R5.1a. 诊断奖励。 */
  readonly diagnosisReward: DiagnosisRewardOnePer;
  /** R5.1b. 实施奖励。 */
  readonly implementationReward: ImplementationRewardOnePer;
};

/** The one-per rules of a draft. 限报规则。 */
export type OnePerRulesInput = {
  /** R5.3. 标杆申报。 */
  readonly benchmarkTitle: BenchmarkTitleOnePer;
  /** R5.1a. 诊断奖励。 */
  readonly diagnosisReward: DiagnosisRewardOnePer;
  /** R5.1b. 实施奖励。 */
  readonly implementationReward: ImplementationRewardOnePer;
};

/** An override to record. 预算突破。 */
export type OverrideBudgetInput = {
  /** Fiscal year. 年度。 */
  readonly fiscalYear: Scalars['Int']['input'];
  /** Project to allow. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Reason, 5–1000 characters. 理由。 */
  readonly reason: Scalars['String']['input'];
};

/**
 * Relay-style page information for cursor pagination: pass `endCursor` as `after` to get the next page.
 * 分页信息。
 */
export type PageInfo = {
  readonly __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; null when the page is empty. */
  readonly endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  readonly hasNextPage: Scalars['Boolean']['output'];
};

/** A payment created by a disbursement document (R6.6). 拨付。 */
export type Payment = {
  readonly __typename?: 'Payment';
  /** How the amount was worked out: its project's explanation (rule, version, inputs, arithmetic). 金额说明。 */
  readonly amountExplanation?: Maybe<AmountExplanation>;
  /** Amount. 金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** Why the commission released it from a ban's hold, if it did (R7.2.1). 解除暂缓原因。 */
  readonly banReleaseReason?: Maybe<Scalars['String']['output']>;
  /** Bank reference, once paid. 银行流水号。 */
  readonly bankReference?: Maybe<Scalars['String']['output']>;
  /** The bank's refusal, typed, when it failed. 银行返回码。 */
  readonly bankReturnCode?: Maybe<BankReturnCode>;
  /** The batch it is (or was last) in. 批次编号。 */
  readonly batchId?: Maybe<Scalars['ID']['output']>;
  /** Why it was cancelled. 取消原因。 */
  readonly cancelReason?: Maybe<Scalars['String']['output']>;
  /** Document number. 文号。 */
  readonly documentNumber: Scalars['String']['output'];
  /** The bank's reason, when it failed. 失败原因。 */
  readonly failureReason?: Maybe<Scalars['String']['output']>;
  /** What finance does about the refusal, when it failed. 处理建议。 */
  readonly financeAction?: Maybe<FinanceAction>;
  /** Fiscal year of the budget it is paid from (R2.2). 预算年度。 */
  readonly fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** The fraud finding that stopped it (its project's, R7.1.1) or holds it (another project's, R7.2.1). 相关违规认定。 */
  readonly fraudFindingId?: Maybe<Scalars['ID']['output']>;
  /** Whether a bank account was on record at issue (the account itself is for finance's batches). 是否有账户。 */
  readonly hasBankAccount: Scalars['Boolean']['output'];
  /** Why it is held. 暂缓原因。 */
  readonly holdReason?: Maybe<Scalars['String']['output']>;
  /** Id: the document's and the project's. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Date paid. 支付日期。 */
  readonly paidOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Payee. 收款方。 */
  readonly payeeId: Scalars['ID']['output'];
  /** Payee name. 收款方名称。 */
  readonly payeeName: Scalars['String']['output'];
  /** Payee type. 收款方类型。 */
  readonly payeeType: ApplicantType;
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Its short reference (`QP` + fiscal year + 12 characters), given when it first enters a batch; bank files carry it and results are matched by it. 支付参考号。 */
  readonly reference?: Maybe<Scalars['String']['output']>;
  /** Status. 状态。 */
  readonly status: PaymentStatus;
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** The bank details a payment is made to, as they stood when its document was issued (finance only). 收款账户。 */
export type PaymentAccount = {
  readonly __typename?: 'PaymentAccount';
  /** Account name. 账户名称。 */
  readonly accountName: Scalars['String']['output'];
  /** Account number. 银行账号。 */
  readonly accountNumber: Scalars['String']['output'];
  /** Bank. 开户银行。 */
  readonly bankName: Scalars['String']['output'];
};

/** A batch of payments finance pulls and pays (R6.6). 支付批次。 */
export type PaymentBatch = {
  readonly __typename?: 'PaymentBatch';
  /**
   * A link (5 minutes) to the batch as the bank's payment file, in the profile its bank takes. Only from a
   * released batch (POLICY_VIOLATION R6.6 names the batch's state otherwise); a file that breaks the profile's
   * limits is refused with BAD_USER_INPUT naming every line and field, and nothing is written. Finance. 付款文件。
   */
  readonly bankFileUrl: Scalars['String']['output'];
  /** Made at. 创建时间。 */
  readonly createdAt: Scalars['DateTime']['output'];
  /** Who made it. 创建人。 */
  readonly createdBy: Scalars['String']['output'];
  /**
   * A link (5 minutes) to the batch as a file: CSV for machines (one row per payment, each carrying the
   * batch's fields, UTF-8 with BOM) or XLSX for people (header block, formats, a SUM total and the total in
   * capitals). Any batch, an open one for review included; neither is a file to send to the bank. 导出链接。
   */
  readonly exportUrl: Scalars['String']['output'];
  /** Failed so far. 失败笔数。 */
  readonly failedCount: Scalars['Int']['output'];
  /** Id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Paid so far. 已支付笔数。 */
  readonly paidCount: Scalars['Int']['output'];
  /** Amount paid so far. 已支付金额。 */
  readonly paidFen: Scalars['Fen']['output'];
  /** Payments in it. 笔数。 */
  readonly paymentCount: Scalars['Int']['output'];
  /** Its payments, a page at a time. 支付明细。 */
  readonly payments: BatchPaymentConnection;
  /**
   * A link (5 minutes) to the results template of a released batch: CSV with 支付参考号, 收款方, 账户名称 and
   * 金额 filled in, for 结果, 结果代码, 银行流水号, 支付日期 and 失败原因 to be filled and uploaded with
   * `uploadPaymentResults`. Finance. 结果文件模板。
   */
  readonly resultsTemplateUrl: Scalars['String']['output'];
  /** Status. 状态。 */
  readonly status: PaymentBatchStatus;
  /** When it was released. 提交时间。 */
  readonly submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who released it (never its maker). 提交人。 */
  readonly submittedBy?: Maybe<Scalars['String']['output']>;
  /** Their total. 总金额。 */
  readonly totalFen: Scalars['Fen']['output'];
  /** Version. 版本号。 */
  readonly version: Scalars['Int']['output'];
};


/** A batch of payments finance pulls and pays (R6.6). 支付批次。 */
export type PaymentBatchBankFileUrlArgs = {
  profile: BankFileProfile;
};


/** A batch of payments finance pulls and pays (R6.6). 支付批次。 */
export type PaymentBatchExportUrlArgs = {
  format: ExportFormat;
};


/** A batch of payments finance pulls and pays (R6.6). 支付批次。 */
export type PaymentBatchPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of batches. 批次分页。 */
export type PaymentBatchConnection = {
  readonly __typename?: 'PaymentBatchConnection';
  /** Batches. 分页项。 */
  readonly edges: ReadonlyArray<PaymentBatchEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A batch in a page. 分页项。 */
export type PaymentBatchEdge = {
  readonly __typename?: 'PaymentBatchEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The batch. 批次。 */
  readonly node: PaymentBatch;
};

/** Where a payment batch stands (R6.6). 批次状态。 */
export type PaymentBatchStatus =
  /** Every payment's result recorded. 已完成。 */
  | 'CLOSED'
  /** Made; may be exported; awaiting release by a second finance user. 待提交。 */
  | 'OPEN'
  /** Released for payment (four eyes); results being recorded. 已提交。 */
  | 'SUBMITTED';

/** A page of payments. 支付分页。 */
export type PaymentConnection = {
  readonly __typename?: 'PaymentConnection';
  /** Payments. 分页项。 */
  readonly edges: ReadonlyArray<PaymentEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A payment in a page. 分页项。 */
export type PaymentEdge = {
  readonly __typename?: 'PaymentEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The payment. 支付。 */
  readonly node: Payment;
};

/** A payment's result as the bank reports it: paid (reference and date) or failed (reason). 支付结果。 */
export type PaymentResultInput = {
  /** Bank reference, when paid. 银行流水号。 */
  readonly bankReference?: InputMaybe<Scalars['String']['input']>;
  /** The refusal's code, when failed (read from the reason when not given). 银行返回码。 */
  readonly code?: InputMaybe<BankReturnCode>;
  /** Paid or not. 是否成功。 */
  readonly paid: Scalars['Boolean']['input'];
  /** Date paid. 支付日期。 */
  readonly paidOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The bank's reason, when failed. 失败原因。 */
  readonly reason?: InputMaybe<Scalars['String']['input']>;
};

/** A refused line of a result file. 错误行。 */
export type PaymentResultsError = {
  readonly __typename?: 'PaymentResultsError';
  /** Line (header is line 1). 行号。 */
  readonly line: Scalars['Int']['output'];
  /** Why. 原因。 */
  readonly message: Scalars['String']['output'];
};

/** A payment the bank refused, as a results file reported it. 失败明细。 */
export type PaymentResultsFailure = {
  readonly __typename?: 'PaymentResultsFailure';
  /** What finance does next. 处理建议。 */
  readonly action: FinanceAction;
  /** The same, in words. 处理说明。 */
  readonly advice: Scalars['String']['output'];
  /** What the bank said. 银行返回码。 */
  readonly code: BankReturnCode;
  /** Line (header is line 1). 行号。 */
  readonly line: Scalars['Int']['output'];
  /** The payment. 支付编号。 */
  readonly paymentId: Scalars['ID']['output'];
  /** Its reference. 支付参考号。 */
  readonly reference?: Maybe<Scalars['String']['output']>;
};

/** Report of a bank result file. 结果文件处理报告。 */
export type PaymentResultsReport = {
  readonly __typename?: 'PaymentResultsReport';
  /** Results recorded. 已记录。 */
  readonly applied: Scalars['Int']['output'];
  /** Lines refused, with their numbers and reasons. 错误行。 */
  readonly errors: ReadonlyArray<PaymentResultsError>;
  /** The refusals the file recorded (new or already recorded), each with its code and what finance does next. 失败明细。 */
  readonly failures: ReadonlyArray<PaymentResultsFailure>;
  /** Lines whose result was already recorded. 已存在。 */
  readonly unchanged: Scalars['Int']['output'];
};

/** Status of a payment. 拨付状态。 */
export type PaymentStatus =
  /** Cancelled, for good: by the commission, or by a fraud finding on its project (R7.1.1). 已取消。 */
  | 'CANCELLED'
  /** Failed at the bank (see failureReason); taken again by a later batch. 失败。 */
  | 'FAILED'
  /** Held: the payee failed eligibility or has no bank account (R4.4), or a serious finding on another of its projects holds it (R7.2.1); see holdReason. 暂缓。 */
  | 'HELD'
  /** In a payment batch. 已入批次。 */
  | 'IN_BATCH'
  /** Paid. 已拨付。 */
  | 'PAID'
  /** Ready to be batched by finance. 待拨付。 */
  | 'READY';

/** An enterprise of the annual plan. 计划企业。 */
export type PlanEntry = {
  readonly __typename?: 'PlanEntry';
  /** Credit code. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** Name. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Target date of the diagnosis. 目标日期。 */
  readonly targetDate: Scalars['LocalDate']['output'];
  /** Town code. 街镇。 */
  readonly town: Scalars['String']['output'];
};

/** A planned enterprise with its target date. 计划企业。 */
export type PlanEntryInput = {
  /** Credit code; must be in that year's intention pool. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['input'];
  /** Target date. 目标日期。 */
  readonly targetDate: Scalars['LocalDate']['input'];
};

/** Status of a diagnosis plan. 计划状态。 */
export type PlanStatus =
  /** Being drawn up. 草稿。 */
  | 'DRAFT'
  /** Published: its enterprises can be matched (R6.1.3). 已发布。 */
  | 'PUBLISHED';

/** The document a policy version renders. 依据文件。 */
export type PolicyCitation = {
  readonly __typename?: 'PolicyCitation';
  /** The clause behind each setting. 条款依据。 */
  readonly clauses: PolicyClauses;
  /** Document number, where known. 文号。 */
  readonly documentNumber?: Maybe<Scalars['String']['output']>;
  /** Issuing body. 发文机关。 */
  readonly issuingBody: Scalars['String']['output'];
  /** Publication date. 发布日期。 */
  readonly publishedOn: Scalars['LocalDate']['output'];
  /** Title of the document. 文件名称。 */
  readonly title: Scalars['String']['output'];
};

/** The document of a draft. 依据文件。 */
export type PolicyCitationInput = {
  /** The clause behind each setting. 条款依据。 */
  readonly clauses: PolicyClausesInput;
  /** Document number, where known. 文号。 */
  readonly documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Issuing body, 2–100 characters. 发文机关。 */
  readonly issuingBody: Scalars['String']['input'];
  /** Publication date. 发布日期。 */
  readonly publishedOn: Scalars['LocalDate']['input'];
  /** Title, 2–200 characters. 文件名称。 */
  readonly title: Scalars['String']['input'];
};

/** The clause of the document behind each setting. 条款依据。 */
export type PolicyClauses = {
  readonly __typename?: 'PolicyClauses';
  /** Ban length. 取消资格年限。 */
  readonly banYears: Scalars['String']['output'];
  /** Diagnosis reward. 诊断奖励。 */
  readonly diagnosisRewardFen: Scalars['String']['output'];
  /** Number of experts. 专家人数。 */
  readonly expertsRequired: Scalars['String']['output'];
  /** Fiscal-year rule. 预算年度规则。 */
  readonly fiscalYearRule: Scalars['String']['output'];
  /** Fund line. 资金渠道。 */
  readonly fundLine: Scalars['String']['output'];
  /** Implementation reward ceiling. 实施奖励上限。 */
  readonly implementationRewardCapFen: Scalars['String']['output'];
  /** Implementation window. 实施奖励申报年限。 */
  readonly implementationWindowYears: Scalars['String']['output'];
  /** Titles paid from lists. 免申即享。 */
  readonly importedLevels: Scalars['String']['output'];
  /** Joint-review sign-offs. 会签单位数。 */
  readonly jointReviewBodies: Scalars['String']['output'];
  /** One-per rules. 限报规则。 */
  readonly onePerRules: Scalars['String']['output'];
  /** Publicity length. 公示期。 */
  readonly publicityWorkingDays: Scalars['String']['output'];
  /** Benchmark tiers. 标杆档次。 */
  readonly tiers: Scalars['String']['output'];
};

/** The clause behind each setting, 1–200 characters each. 条款依据。 */
export type PolicyClausesInput = {
  /** Ban length. 取消资格年限。 */
  readonly banYears: Scalars['String']['input'];
  /** Diagnosis reward. 诊断奖励。 */
  readonly diagnosisRewardFen: Scalars['String']['input'];
  /** Number of experts. 专家人数。 */
  readonly expertsRequired: Scalars['String']['input'];
  /** Fiscal-year rule. 预算年度规则。 */
  readonly fiscalYearRule: Scalars['String']['input'];
  /** Fund line. 资金渠道。 */
  readonly fundLine: Scalars['String']['input'];
  /** Implementation reward ceiling. 实施奖励上限。 */
  readonly implementationRewardCapFen: Scalars['String']['input'];
  /** Implementation window. 实施奖励申报年限。 */
  readonly implementationWindowYears: Scalars['String']['input'];
  /** Titles paid from lists. 免申即享。 */
  readonly importedLevels: Scalars['String']['input'];
  /** Joint-review sign-offs. 会签单位数。 */
  readonly jointReviewBodies: Scalars['String']['input'];
  /** One-per rules. 限报规则。 */
  readonly onePerRules: Scalars['String']['input'];
  /** Publicity length. 公示期。 */
  readonly publicityWorkingDays: Scalars['String']['input'];
  /** Benchmark tiers. 标杆档次。 */
  readonly tiers: Scalars['String']['input'];
};

/** A benchmark tier (R5.2): the titles at a level and the fixed amount they pay. 标杆档次。 */
export type PolicyTier = {
  readonly __typename?: 'PolicyTier';
  /** Amount of the tier. 奖励金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** Level of recognition. 层级。 */
  readonly level: CertificationLevel;
  /** Tier number, 1 lowest. 档次。 */
  readonly tier: Scalars['Int']['output'];
  /** Titles in the tier. 称号。 */
  readonly titles: ReadonlyArray<BenchmarkTitle>;
};

/** A benchmark tier of a draft. 标杆档次。 */
export type PolicyTierInput = {
  /** Fixed amount, more than the tier below. 金额。 */
  readonly amountFen: Scalars['Fen']['input'];
  /** Level. 层级。 */
  readonly level: CertificationLevel;
  /** Tier number: 1, 2, 3… in order. 档次。 */
  readonly tier: Scalars['Int']['input'];
  /** Titles (at least one; a title at a level in one tier only). 称号。 */
  readonly titles: ReadonlyArray<BenchmarkTitle>;
};

/**
 * A policy version (R8.1, R9.1): the effective period, the document it renders and every amount and rule
 * setting decided under it. Published versions never change and never overlap; a correction is a new
 * version.
 * 政策版本。
 */
export type PolicyVersion = {
  readonly __typename?: 'PolicyVersion';
  /** R7.2 years a serious fraud finding bars the unit. 取消申报资格年限。 */
  readonly banYears: Scalars['Int']['output'];
  /** The document behind it, clause by clause. 依据文件。 */
  readonly citation: PolicyCitation;
  /** Demonstration data of the local demo, never a real document. 演示数据。 */
  readonly demo: Scalars['Boolean']['output'];
  /** R5.1a diagnosis reward per enterprise diagnosed, a fixed amount (R5.5). 诊断奖励。 */
  readonly diagnosisRewardFen: Scalars['Fen']['output'];
  /** Who drafted it (user id). 起草人。 */
  readonly draftedBy: Scalars['String']['output'];
  /** First CST date it applies to (inclusive). 生效日期。 */
  readonly effectiveFrom: Scalars['LocalDate']['output'];
  /** Last CST date it applies to (inclusive). 失效日期。 */
  readonly effectiveTo: Scalars['LocalDate']['output'];
  /** R6.3 experts without a conflict whose evaluation completes the review. 评审专家人数。 */
  readonly expertsRequired: Scalars['Int']['output'];
  /** R2.2 which fiscal year's budget an approval commits against. 预算年度规则。 */
  readonly fiscalYearRule: FiscalYearRule;
  /** R2.1 fund line awards are paid from. 资金渠道。 */
  readonly fundLine: Scalars['String']['output'];
  /** Id, e.g. `QP-2022`. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** R5.1b ceiling of the implementation reward (R5.5). 实施奖励上限。 */
  readonly implementationRewardCapFen: Scalars['Fen']['output'];
  /** R5.1b.1 years after the plan year in which an implementation reward may still be applied for. 实施奖励申报年限。 */
  readonly implementationWindowYears: Scalars['Int']['output'];
  /** R6.7b certification levels paid without application, from imported lists. 免申即享层级。 */
  readonly importedLevels: ReadonlyArray<CertificationLevel>;
  /** R3.1.1 member bodies besides the commission whose sign-off a proposal needs. 联合审核会签单位数。 */
  readonly jointReviewBodies: Scalars['Int']['output'];
  /** The one-per rules it follows. 限报规则。 */
  readonly onePerRules: OnePerRules;
  /** R6.4 publicity length in working days. 公示工作日数。 */
  readonly publicityWorkingDays: Scalars['Int']['output'];
  /** When it was published. 发布时间。 */
  readonly publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who published it (user id), a commission user other than the drafter. 发布人。 */
  readonly publishedBy?: Maybe<Scalars['String']['output']>;
  /** Drafted or published. 状态。 */
  readonly status: PolicyVersionStatus;
  /** R5.2 benchmark tiers, lowest first. 标杆档次。 */
  readonly tiers: ReadonlyArray<PolicyTier>;
  /** Title. 名称。 */
  readonly title: Scalars['String']['output'];
  /** Record version, for drafts revised by `draftPolicyVersion`. 版本号。 */
  readonly version: Scalars['Int']['output'];
};

/** Whether a policy version is in force. 政策版本状态。 */
export type PolicyVersionStatus =
  /** Drafted, not yet in force; only the commission sees it. 草稿。 */
  | 'DRAFT'
  /** Published: in force over its period, never changed. 已发布。 */
  | 'PUBLISHED';

/** What the preliminary review decided (R6.3, R6.3.1). 初审结论。 */
export type PreliminaryOutcome =
  /** Passed: experts review it next. 通过。 */
  | 'PASSED'
  /** Refused, with reasons. 不予受理。 */
  | 'REFUSED'
  /** Returned to the applicant for correction. 退回修改。 */
  | 'RETURNED';

/** The commission's preliminary review (R6.3). 初审。 */
export type PreliminaryReview = {
  readonly __typename?: 'PreliminaryReview';
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Passed, returned for correction or refused (R6.3.1). 初审结论。 */
  readonly outcome: PreliminaryOutcome;
  /** Passed, or not (returned or refused). 是否通过。 */
  readonly passed: Scalars['Boolean']['output'];
  /** Reasons. 意见。 */
  readonly reasons: Scalars['String']['output'];
};

/** The commission's preliminary review. 初审。 */
export type PreliminaryReviewInput = {
  /** Application. 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /** Passed (true) or returned to the applicant (false). 是否通过。 */
  readonly passed: Scalars['Boolean']['input'];
  /** Reasons, 2–2000 characters. 意见。 */
  readonly reasons: Scalars['String']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

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

/**
 * A fiscal year's programme statistics as chart series (issue 17), kept current from the domain events.
 * Approved, paid and recovered figures fall in the fiscal year the award was committed against (R2.2: what
 * the year's budget counts); applied, accepted and refused ones in the fiscal year of their date. Every month
 * of the year, every programme and every town the caller may see is a series, with zeros where nothing
 * happened. 项目统计。
 */
export type ProgrammeStatistics = {
  readonly __typename?: 'ProgrammeStatistics';
  /** The breakdown. 维度。 */
  readonly by: StatisticsDimension;
  /** The fiscal year (R2.2). 预算年度。 */
  readonly fiscalYear: Scalars['Int']['output'];
  /** The measures, in the order of every series' points. 指标。 */
  readonly measures: ReadonlyArray<StatisticsMeasureLabel>;
  /** One series per category of the breakdown. 数据系列。 */
  readonly series: ReadonlyArray<StatisticsSeries>;
  /** The whole year (of the town, when limited to one), a point per measure. 合计。 */
  readonly totals: ReadonlyArray<StatisticsPoint>;
  /** The town the figures are limited to (a town officer's own), or null for the whole district. 街镇。 */
  readonly town?: Maybe<Scalars['String']['output']>;
};

/** A project proposed for support (拟支持项目) on its way through publicity and approval. */
export type Project = {
  readonly __typename?: 'Project';
  /** How the amount was worked out (rule, version, inputs, arithmetic); null only on records older than explanations. 金额说明。 */
  readonly amountExplanation?: Maybe<AmountExplanation>;
  /** The application, on the reviewed and lighthouse paths. 申报编号。 */
  readonly applicationId?: Maybe<Scalars['ID']['output']>;
  /** The certification whose award it pays, on the automatic path (R6.7b). 标杆认定编号。 */
  readonly certificationId?: Maybe<Scalars['ID']['output']>;
  /** Enterprise concerned. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** The deliberation decision. 审议结果。 */
  readonly deliberation?: Maybe<DeliberationDecision>;
  /** Why the workflow failed, while FAILED: code, rule, message and the stage it failed at (R6.4.4). 失败原因。 */
  readonly failure?: Maybe<ProjectFailure>;
  /** Id: `PRJ-` and the application's (or, on the automatic path, the certification's) id. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** Path of R6.8. 路径。 */
  readonly path: WorkflowPath;
  /** Payee id. 收款方。 */
  readonly payeeId: Scalars['ID']['output'];
  /** Payee name. 收款方名称。 */
  readonly payeeName: Scalars['String']['output'];
  /** Who is paid. 收款方类型。 */
  readonly payeeType: ApplicantType;
  /** Policy version. 政策版本。 */
  readonly policyVersionId: Scalars['ID']['output'];
  /** The amount: fixed for R5.1a and titles (a title's R5.3 difference is provisional until approval), reviewed within request and cap for R5.1b (R5.5). 拟支持金额。 */
  readonly proposedAmountFen: Scalars['Fen']['output'];
  /** Publicity period, once opened. 公示期。 */
  readonly publicity?: Maybe<PublicityPeriod>;
  /** The commission's last resumption after a failure (R6.4.4). 恢复记录。 */
  readonly resumption?: Maybe<ProjectResumption>;
  /** The joint review group's sign-offs, the commission's first (R3.1.1). 会签记录。 */
  readonly signOffs: ReadonlyArray<SignOff>;
  /** Stage. 阶段。 */
  readonly stage: ProjectStage;
  /** Title as published. 项目名称。 */
  readonly title: Scalars['String']['output'];
  /** Town. 街镇。 */
  readonly town: Scalars['String']['output'];
  /** Version: send it back with a decision. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** The human stage it waits on. 等待环节。 */
  readonly waiting?: Maybe<WaitingStage>;
};

/** A page of projects. 项目分页。 */
export type ProjectConnection = {
  readonly __typename?: 'ProjectConnection';
  /** Projects. 分页项。 */
  readonly edges: ReadonlyArray<ProjectEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A project in a page. 分页项。 */
export type ProjectEdge = {
  readonly __typename?: 'ProjectEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The project. 项目。 */
  readonly node: Project;
};

/** Why a project's workflow failed (R6.4.4). 失败原因。 */
export type ProjectFailure = {
  readonly __typename?: 'ProjectFailure';
  /** When it failed. 失败时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Error code of the cause, as the API's errors carry it (`POLICY_VIOLATION`, `NOT_FOUND`, …; `INTERNAL_SERVER_ERROR` for a fault that outlasted its retries). 错误代码。 */
  readonly code: ErrorCode;
  /** What went wrong. 说明。 */
  readonly message: Scalars['String']['output'];
  /** The policy rule that refused it, when one did (e.g. `R6.4.2`). 规则编号。 */
  readonly rule?: Maybe<Scalars['String']['output']>;
  /** The stage it failed at: `resumeProject` starts it there again. 失败环节。 */
  readonly stage: WorkflowStage;
};

/** The commission's resumption of a failed project (R6.4.4). 恢复记录。 */
export type ProjectResumption = {
  readonly __typename?: 'ProjectResumption';
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** Who resumed it. 操作人。 */
  readonly by: Scalars['String']['output'];
  /** How many times it has been resumed. 恢复次数。 */
  readonly count: Scalars['Int']['output'];
  /** The failure it was resumed from. 原失败原因。 */
  readonly failure: ProjectFailure;
  /** The stage it was resumed from. 恢复环节。 */
  readonly from: WorkflowStage;
  /** Why (the cause fixed). 理由。 */
  readonly reason: Scalars['String']['output'];
};

/** Where a project stands (R6.3–R6.6). 项目阶段。 */
export type ProjectStage =
  /** Approved, awaiting the joint disbursement document (R6.6). 待拨付文件。 */
  | 'AWAITING_DOCUMENT'
  /** Proposed by the commission, waiting for the other member bodies' sign-off (R3.1.1); nothing started, nothing public. 待会签。 */
  | 'AWAITING_SIGN_OFF'
  /** Disbursement document issued. 已完成。 */
  | 'COMPLETED'
  /** Awaiting district deliberation (R6.5). 待审议。 */
  | 'DELIBERATION'
  /** The workflow failed; see `failure`. 失败。 */
  | 'FAILED'
  /** An objection is being investigated. 异议调查中。 */
  | 'INVESTIGATION'
  /** In publicity (R6.4). 公示中。 */
  | 'IN_PUBLICITY'
  /** Signed off by the joint review group, workflow starting. 拟支持。 */
  | 'PROPOSED'
  /** Rejected in deliberation. 未通过。 */
  | 'REJECTED'
  /** Removed after an upheld objection. 已撤销。 */
  | 'REMOVED'
  /** Stopped by a fraud finding while waiting for its joint disbursement document: nothing paid, nothing waits (R7.1.1). 因违规终止拨付。 */
  | 'WITHHELD'
  /** A title whose award is 0, confirmed by the sign-off and recorded with the reason: no publicity, deliberation or payment (R5.3.1). 零金额认定。 */
  | 'ZERO_AWARD_RECORDED';

/** The commission's proposal, its sign-off for the joint review group (R6.3, R3.1.1). 拟支持。 */
export type ProposeProjectInput = {
  /** A reviewed application (enterprise ones accepted by their town). 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /**
   * R5.1b only: the reviewed amount, a whole amount > 0 up to the lesser of the amount applied for and the
   * version's cap. Fixed awards (R5.1a, benchmark titles) take none: one given is refused with R5.5. 核定金额。
   */
  readonly proposedAmountFen?: InputMaybe<Scalars['Fen']['input']>;
};

/** A list signed off at once (R6.3). 拟支持项目清单。 */
export type ProposeProjectsInput = {
  /** Applications and proposed amounts (1–25, each application once). 清单。 */
  readonly items: ReadonlyArray<ProposeProjectInput>;
};

/**
 * A diagnosis service provider (R4.2); it need not be located in Qingpu.
 * 服务商。
 */
export type Provider = {
  readonly __typename?: 'Provider';
  /** The R7.2 ban in force or last imposed, if any. 取消申报资格。 */
  readonly ban?: Maybe<Ban>;
  /** Bank account. FINANCE, ECONOMIC_COMMISSION and the provider itself only. 银行账户。 */
  readonly bankAccount?: Maybe<BankAccount>;
  /** R4.3 经营状态。 */
  readonly businessStatus: BusinessStatus;
  /** Contact persons. ECONOMIC_COMMISSION, town officers and the provider itself. 联系人。 */
  readonly contacts?: Maybe<ReadonlyArray<Contact>>;
  /** 创建时间。 */
  readonly createdAt: Scalars['DateTime']['output'];
  /** Unified social credit code. 统一社会信用代码。 */
  readonly creditCode: Scalars['String']['output'];
  /** R4.3 信用记录。 */
  readonly creditStanding: CreditStanding;
  /** Whether it may be supported today (R6.1.2 roster, R4.3, R7.2), with every failing condition. 申报资格。 */
  readonly eligibility: Eligibility;
  /** `PRV-` followed by the credit code; what a provider user's token names. 服务商编号。 */
  readonly id: Scalars['ID']['output'];
  /** R4.3 能够独立承担民事责任。 */
  readonly independentLiability: Scalars['Boolean']['output'];
  /** Registered name. 名称。 */
  readonly name: Scalars['String']['output'];
  /** R6.1.2: on the district's provider roster. 是否入库。 */
  readonly onRoster: Scalars['Boolean']['output'];
  /** Qualifications and certificates. 资质。 */
  readonly qualifications: ReadonlyArray<Scalars['String']['output']>;
  /** R6.1.2: on the roster since (CST date). 入库日期。 */
  readonly rosterSince?: Maybe<Scalars['LocalDate']['output']>;
  /** R4.3 财务制度健全。 */
  readonly soundFinancialRecords: Scalars['Boolean']['output'];
  /** 更新时间。 */
  readonly updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version. 版本号。 */
  readonly version: Scalars['Int']['output'];
  /** R4.3 运行管理规范。 */
  readonly wellManaged: Scalars['Boolean']['output'];
};

/** A page of providers, ordered by name. 服务商分页。 */
export type ProviderConnection = {
  readonly __typename?: 'ProviderConnection';
  /** The providers of this page. 分页项。 */
  readonly edges: ReadonlyArray<ProviderEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A provider in a page of results. 分页项。 */
export type ProviderEdge = {
  readonly __typename?: 'ProviderEdge';
  /** Cursor of this edge. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The provider. 服务商。 */
  readonly node: Provider;
};

/** Filters for the provider list. 服务商筛选。 */
export type ProviderFilter = {
  /** Only eligible (true) or ineligible (false) providers, as of today. 申报资格。 */
  readonly eligible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only providers on (true) or off (false) the roster. 是否入库。 */
  readonly onRoster?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, or the beginning of the credit code. 名称或代码。 */
  readonly search?: InputMaybe<Scalars['String']['input']>;
};

/** Overdue assignments of one provider. 逾期统计。 */
export type ProviderOverdueCount = {
  readonly __typename?: 'ProviderOverdueCount';
  /** Open assignments past their deadline. 逾期数。 */
  readonly overdue: Scalars['Int']['output'];
  /** Provider id. 服务商编号。 */
  readonly providerId: Scalars['ID']['output'];
  /** Provider name. 服务商名称。 */
  readonly providerName: Scalars['String']['output'];
};

/** What the public sees of a project in publicity (R6.4): nothing private. 公示信息。 */
export type PublicityEntry = {
  readonly __typename?: 'PublicityEntry';
  /** How the amount was worked out. 金额说明。 */
  readonly amountExplanation?: Maybe<AmountExplanation>;
  /** True for a benchmark title: its R5.3 difference is worked out again at approval. 金额是否暂定。 */
  readonly amountProvisional: Scalars['Boolean']['output'];
  /** Last day (objections until its 24:00, China Standard Time). 结束日期。 */
  readonly endDate: Scalars['LocalDate']['output'];
  /** Enterprise. 企业名称。 */
  readonly enterpriseName: Scalars['String']['output'];
  /** Project id, to object to. 项目编号。 */
  readonly projectId: Scalars['ID']['output'];
  /** Proposed amount. 拟支持金额。 */
  readonly proposedAmountFen: Scalars['Fen']['output'];
  /** First day. 开始日期。 */
  readonly startDate: Scalars['LocalDate']['output'];
  /** Title. 项目名称。 */
  readonly title: Scalars['String']['output'];
};

/** A page of publicity entries. 公示分页。 */
export type PublicityEntryConnection = {
  readonly __typename?: 'PublicityEntryConnection';
  /** Entries. 分页项。 */
  readonly edges: ReadonlyArray<PublicityEntryEdge>;
  /** Where this page ends. 分页信息。 */
  readonly pageInfo: PageInfo;
};

/** A publicity entry in a page. 分页项。 */
export type PublicityEntryEdge = {
  readonly __typename?: 'PublicityEntryEdge';
  /** Cursor. 游标。 */
  readonly cursor: Scalars['String']['output'];
  /** The entry. 公示信息。 */
  readonly node: PublicityEntry;
};

/** The publicity period of a project. 公示期。 */
export type PublicityPeriod = {
  readonly __typename?: 'PublicityPeriod';
  /** Last working day. 结束日期。 */
  readonly endDate: Scalars['LocalDate']['output'];
  /** 24:00 China Standard Time of the last day; objections until then (R6.4.1). 截止时刻。 */
  readonly endsAt: Scalars['DateTime']['output'];
  /** First day (day 1). 开始日期。 */
  readonly startDate: Scalars['LocalDate']['output'];
};

/** A notice to publish. 发布通知。 */
export type PublishApplicationNoticeInput = {
  /** Closing instant (after the opening). 截止时间。 */
  readonly closesAt: Scalars['DateTime']['input'];
  /** Who may apply, 2–1000 characters. 申报对象。 */
  readonly eligibleApplicants: Scalars['String']['input'];
  /** Opening instant with offset, e.g. 2026-12-01T09:00:00+08:00. 开始时间。 */
  readonly opensAt: Scalars['DateTime']['input'];
  /** Plan year. 计划年度。 */
  readonly planYear: Scalars['Int']['input'];
  /** The policy version the notice names (R9.1); it must be in force on the publication date (today, CST). Omitted: the version in force today. 政策版本。 */
  readonly policyVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** Reward. 申报项目。 */
  readonly programme: Programme;
  /** Required materials (up to 30, distinct codes). 申报材料。 */
  readonly requiredMaterials: ReadonlyArray<RequiredMaterialInput>;
  /** Title, 2–200 characters. 标题。 */
  readonly title: Scalars['String']['input'];
};

/** Publish a draft. 发布政策版本。 */
export type PublishPolicyVersionInput = {
  /** Id of the draft. 编号。 */
  readonly id: Scalars['ID']['input'];
  /** Its current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type Query = {
  readonly __typename?: 'Query';
  /** One application. 申报。 */
  readonly application: Application;
  /** Application notices. Any signed-in role. 申报通知。 */
  readonly applicationNotices: ApplicationNoticeConnection;
  /** Applications the caller may see, newest first. 申报列表。 */
  readonly applications: ApplicationConnection;
  /** One attachment, for whoever may read its record. 附件。 */
  readonly attachment: Attachment;
  /**
   * Audit records across records — by actor, by entity type, by CST date range, or combined — newest or oldest
   * first. A range has both ends, `from` not after `to`, at most 92 days (else BAD_USER_INPUT naming
   * `filter.to`). ECONOMIC_COMMISSION only. 审计记录查询。
   */
  readonly auditRecords: AuditRecordConnection;
  /** The changes of one record (credit code or provider id), newest first. ECONOMIC_COMMISSION only. 审计记录。 */
  readonly auditTrail: AuditRecordConnection;
  /** R7.2.1: bans imposed by serious findings, oldest first, lapsed ones included (district roles; the principal and evidence for the commission). 取消申报资格名单。 */
  readonly bans: BanEntryConnection;
  /** An enterprise's benchmark awards so far (R5.3). 企业的标杆奖励档次。 */
  readonly benchmarkStanding: BenchmarkStanding;
  /** A fiscal year's budget summary. Commission and finance. 预算汇总。 */
  readonly budget: Budget;
  /** Years whose holiday arrangement is known, and where each comes from; publicity reaching any other year is refused (R6.4.2). 已知年度。 */
  readonly calendarYears: ReadonlyArray<CalendarYear>;
  /** An import and its report (commission, finance). 导入详情。 */
  readonly certificationImport: CertificationImport;
  /** Imports, oldest first (commission, finance). 导入列表。 */
  readonly certificationImports: CertificationImportConnection;
  /** An enterprise's certifications, oldest first. 企业的标杆认定。 */
  readonly certifications: ReadonlyArray<Certification>;
  /** One assignment. 对接。 */
  readonly diagnosisAssignment: DiagnosisAssignment;
  /** Assignments of a year the caller may see, by deadline; `overdueOnly` keeps those past their deadline. 对接列表。 */
  readonly diagnosisAssignments: DiagnosisAssignmentConnection;
  /** A year's diagnosis plan. 年度诊断计划。 */
  readonly diagnosisPlan: DiagnosisPlan;
  /** One report. 诊断报告。 */
  readonly diagnosisReport: DiagnosisReport;
  /** A year's reports the caller may see. 报告列表。 */
  readonly diagnosisReports: DiagnosisReportConnection;
  /** Disbursement documents. 拨付文件。 */
  readonly disbursementDocuments: DisbursementDocumentConnection;
  /** One enterprise by credit code; NOT_FOUND when it does not exist or is outside the caller's scope. 企业。 */
  readonly enterprise: Enterprise;
  /**
   * Enterprises the caller may see, by name, with cursor pagination (`first` 1–100, default 20). A town
   * officer sees only their town, an enterprise user only itself. 企业列表。
   */
  readonly enterprises: EnterpriseConnection;
  /** The register of experts (R6.3). Commission. 专家库。 */
  readonly experts: ReadonlyArray<Expert>;
  /** Fraud findings (commission, finance). 违规认定列表。 */
  readonly fraudFindings: FraudFindingConnection;
  /** Liveness: `ok` when the API answers. Public. 健康检查。 */
  readonly health: Health;
  /** A year's intention pool: the commission all towns, a town officer their own. 意向企业库。 */
  readonly intentionPool: IntentionEntryConnection;
  /**
   * The server's clock: its time and speed. ECONOMIC_COMMISSION, on a local development server only
   * (`FORBIDDEN` in production). 本地时钟。
   */
  readonly localClock: LocalClock;
  /** The signed-in caller. Any signed-in role. 当前用户。 */
  readonly me: Me;
  /** A recipient's notification preferences (the caller's own when `recipient` is omitted). 通知偏好。 */
  readonly notificationPreferences: NotificationPreferences;
  /**
   * Notifications, newest first: the caller's own (an enterprise's, a provider's, a town officer's town
   * inbox), every channel — on a local server the e-mails and text messages sit here as its outbox. The
   * commission names a `recipient` to read anyone's. 通知。
   */
  readonly notifications: NotificationConnection;
  /** A project's objections, oldest first, objectors named. ECONOMIC_COMMISSION only. 异议列表。 */
  readonly objections: ObjectionConnection;
  /** Overdue assignments per provider (R6.1.3). ECONOMIC_COMMISSION. 逾期统计。 */
  readonly overdueAssignmentCounts: ReadonlyArray<ProviderOverdueCount>;
  /** Projects whose human stage waited past its time limit (an alarm was raised), oldest first. 超时环节。 */
  readonly overdueStages: ReadonlyArray<Project>;
  /** A batch (finance, commission). 支付批次。 */
  readonly paymentBatch: PaymentBatch;
  /** Payment batches, oldest first (finance, commission). 支付批次列表。 */
  readonly paymentBatches: PaymentBatchConnection;
  /** Payments in a status, oldest first (finance, commission). 支付列表。 */
  readonly payments: PaymentConnection;
  /** Policy versions (R8.1), oldest first: published ones for every signed-in role, drafts too for the commission. 政策版本。 */
  readonly policyVersions: ReadonlyArray<PolicyVersion>;
  /**
   * Programme statistics for a fiscal year, by town, tier, programme or month: counts and amounts applied,
   * accepted, approved, refused, paid and recovered. The commission sees the district or one town
   * (`town`); a town officer sees their own town only (another town answers NOT_FOUND). A few DynamoDB
   * requests whatever the programme's size. 项目统计。
   */
  readonly programmeStatistics: ProgrammeStatistics;
  /** One project. 项目。 */
  readonly project: Project;
  /** Projects at a stage the caller may see; `overdueOnly` keeps stages past their time limit. 项目列表。 */
  readonly projects: ProjectConnection;
  /** One provider by id; NOT_FOUND when it does not exist or is outside the caller's scope. 服务商。 */
  readonly provider: Provider;
  /** Providers the caller may see, by name (`first` 1–100, default 20). A provider user sees only itself. 服务商列表。 */
  readonly providers: ProviderConnection;
  /** Projects now in publicity. Public: anyone may call it, signed in or not (R6.4). 公示列表。 */
  readonly publicity: PublicityEntryConnection;
  /** A fiscal year reconciled (commission, finance). 对账。 */
  readonly reconciliation: Reconciliation;
  /** Every local unit, active ones first. Any signed-in role. 街镇列表。 */
  readonly towns: ReadonlyArray<Town>;
  /** Which build is answering. Any signed-in role. 版本。 */
  readonly version: VersionInfo;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryApplicationNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryAttachmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: AuditRecordFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<AuditOrder>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryBansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryBenchmarkStandingArgs = {
  creditCode: Scalars['String']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryBudgetArgs = {
  fiscalYear: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryCertificationImportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryCertificationImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryCertificationsArgs = {
  creditCode: Scalars['String']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDiagnosisAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDiagnosisAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDiagnosisPlanArgs = {
  year: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDiagnosisReportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDiagnosisReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryDisbursementDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryEnterpriseArgs = {
  creditCode: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryFraudFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryIntentionPoolArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryNotificationPreferencesArgs = {
  recipient?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recipient?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryObjectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  status?: InputMaybe<ObjectionStatus>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryOverdueAssignmentCountsArgs = {
  year: Scalars['Int']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryPaymentBatchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryPaymentBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status: PaymentStatus;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryProgrammeStatisticsArgs = {
  by: StatisticsDimension;
  fiscalYear: Scalars['Int']['input'];
  town?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  stage: ProjectStage;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryProviderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryPublicityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type QueryReconciliationArgs = {
  fiscalYear: Scalars['Int']['input'];
};

/** Hand an open assignment to another provider. 改派。 */
export type ReassignProviderInput = {
  /** Assignment id. 编号。 */
  readonly assignmentId: Scalars['ID']['input'];
  /** The new deadline. 截止日期。 */
  readonly deadline: Scalars['LocalDate']['input'];
  /** The new provider. 服务商编号。 */
  readonly providerId: Scalars['ID']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A fiscal year reconciled (R2.2, R6.6): approved = paid + pending + cancelled, budget and batches agree. 对账。 */
export type Reconciliation = {
  readonly __typename?: 'Reconciliation';
  /** Awards approved in the year. 批准金额。 */
  readonly approvedFen: Scalars['Fen']['output'];
  /** Batches checked. 核对批次数。 */
  readonly batchesChecked: Scalars['Int']['output'];
  /** The budget's committed, if a budget is set. 预算已承诺。 */
  readonly budgetCommittedFen?: Maybe<Scalars['Fen']['output']>;
  /** The budget's disbursed. 预算已拨付。 */
  readonly budgetDisbursedFen?: Maybe<Scalars['Fen']['output']>;
  /** Cancelled. 已取消。 */
  readonly cancelledFen: Scalars['Fen']['output'];
  /** Fiscal year. 年度。 */
  readonly fiscalYear: Scalars['Int']['output'];
  /** Every difference found: empty when everything reconciles. 差异。 */
  readonly mismatches: ReadonlyArray<Scalars['String']['output']>;
  /** Paid. 已支付。 */
  readonly paidFen: Scalars['Fen']['output'];
  /** Not yet paid (awaiting document, ready, held, in a batch, failed). 待支付。 */
  readonly pendingFen: Scalars['Fen']['output'];
};

/** Follow-up cooperation to record (R6.1.4). 后续合作。 */
export type RecordFollowUpInput = {
  /** Whether they go on. 是否继续合作。 */
  readonly continuing: Scalars['Boolean']['input'];
  /** Note, 1–2000 characters. 说明。 */
  readonly note: Scalars['String']['input'];
  /** Report id. 报告编号。 */
  readonly reportId: Scalars['ID']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A fraud finding (R7.1, R7.1.1), at any stage of the project. 违规认定。 */
export type RecordFraudFindingInput = {
  /** Decision date (not in the future). 认定日期。 */
  readonly decidedOn: Scalars['LocalDate']['input'];
  /** Evidence, 10–4000 characters. 证据。 */
  readonly evidence: Scalars['String']['input'];
  /** The unit's principal (主要负责人), 2–50 characters (R7.1). 主要负责人。 */
  readonly principalName: Scalars['String']['input'];
  /** The award's project. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Serious: a ban for the policy version's ban years (R7.2, R7.2.1). 情节严重。 */
  readonly serious: Scalars['Boolean']['input'];
};

/**
 * One disposition for every admissible objection of a project waiting on its investigation (R6.4.3);
 * `settleObjection` settles them one by one. 批量处理异议。
 */
export type RecordInvestigationInput = {
  /** Finding, 2–2000 characters, recorded on each objection. 结论。 */
  readonly finding: Scalars['String']['input'];
  /** Project, waiting on its investigation. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Upheld (each objection UPHELD: the project is removed) or dismissed (each DISMISSED). 是否成立。 */
  readonly upheld: Scalars['Boolean']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** One payment's result. 记录支付结果。 */
export type RecordPaymentResultInput = {
  /** The client's key (idempotency). 幂等键。 */
  readonly idempotencyKey: Scalars['String']['input'];
  /** The payment. 支付编号。 */
  readonly paymentId: Scalars['ID']['input'];
  /** What the bank did. 结果。 */
  readonly result: PaymentResultInput;
};

/** Money recovered on a finding. 追回。 */
export type RecordRecoveryInput = {
  /** Amount recovered, at most what is outstanding. 金额。 */
  readonly amountFen: Scalars['Fen']['input'];
  /** The finding. 认定编号。 */
  readonly findingId: Scalars['ID']['input'];
  /** Date. 日期。 */
  readonly recoveredOn: Scalars['LocalDate']['input'];
};

/** What went back to the budget on a finding. 追回记录。 */
export type Recovery = {
  readonly __typename?: 'Recovery';
  /** Amount. 金额。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** Recorded by. 记录人。 */
  readonly by: Scalars['String']['output'];
  /** Date. 日期。 */
  readonly recoveredOn: Scalars['LocalDate']['output'];
};

/** A refusal by the preliminary review (R6.3.1). 初审不予受理。 */
export type RefuseApplicationInput = {
  /** Application. 申报编号。 */
  readonly applicationId: Scalars['ID']['input'];
  /** Reasons, 2–2000 characters. 理由。 */
  readonly reasons: Scalars['String']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** An expert to register or update. 登记专家。 */
export type RegisterExpertInput = {
  /** Credit codes of linked enterprises and providers (up to 50). 关联单位。 */
  readonly affiliations: ReadonlyArray<Scalars['String']['input']>;
  /** The expert user's id. 专家编号。 */
  readonly expertId: Scalars['ID']['input'];
  /** Name, 1–50 characters. 姓名。 */
  readonly name: Scalars['String']['input'];
  /** Field of expertise, 1–200 characters. 专业领域。 */
  readonly specialty: Scalars['String']['input'];
};

/** A payment held because of a ban, released by the commission (R7.2.1). 解除暂缓。 */
export type ReleaseHeldPaymentInput = {
  /** The payment. 支付编号。 */
  readonly paymentId: Scalars['ID']['input'];
  /** Why, 5–1000 characters (audited). 原因。 */
  readonly reason: Scalars['String']['input'];
  /** Its current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** Status of a diagnosis report. 报告状态。 */
export type ReportStatus =
  /** Signed, stamped and confirmed by the enterprise (R6.2.1). 已确认。 */
  | 'CONFIRMED'
  /** Submitted by the provider, waiting for the enterprise. 已提交。 */
  | 'SUBMITTED';

/** A file to upload. 上传附件。 */
export type RequestAttachmentUploadInput = {
  /** application/pdf, image/jpeg, image/png or DOCX. 类型。 */
  readonly contentType: Scalars['String']['input'];
  /** File name, no folders. 文件名。 */
  readonly fileName: Scalars['String']['input'];
  /** Owner id (for a report not yet submitted: `RPT-` + its assignment id's suffix). 归属编号。 */
  readonly ownerId: Scalars['ID']['input'];
  /** Kind of owner. 归属类型。 */
  readonly ownerType: AttachmentOwnerType;
  /** REPORT_FILE, SIGNED_PAGE, or a material code of the notice. 用途。 */
  readonly purpose: Scalars['String']['input'];
  /** SHA-256 of the file, base64. 校验值。 */
  readonly sha256Base64: Scalars['String']['input'];
  /** Size in bytes, at most 20 MB. 大小。 */
  readonly sizeBytes: Scalars['Int']['input'];
};

/** A material the notice requires. 申报材料要求。 */
export type RequiredMaterial = {
  readonly __typename?: 'RequiredMaterial';
  /** Code, used as the attachment's purpose. 代码。 */
  readonly code: Scalars['String']['output'];
  /** Name. 名称。 */
  readonly name: Scalars['String']['output'];
};

/** A required material. 申报材料要求。 */
export type RequiredMaterialInput = {
  /** Upper-case code, e.g. INVESTMENT_EVIDENCE. 代码。 */
  readonly code: Scalars['String']['input'];
  /** Name, 1–100 characters. 名称。 */
  readonly name: Scalars['String']['input'];
};

/** The provider's answer. 服务商答复。 */
export type RespondToAssignmentInput = {
  /** Accept (true) or decline (false). 是否接受。 */
  readonly accept: Scalars['Boolean']['input'];
  /** Assignment id. 编号。 */
  readonly assignmentId: Scalars['ID']['input'];
  /** Required when declining, up to 500 characters. 拒绝原因。 */
  readonly reason?: InputMaybe<Scalars['String']['input']>;
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** Resume a FAILED project once its cause is fixed (R6.4.4). 恢复项目流程。 */
export type ResumeProjectInput = {
  /** Project. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** Why it can go on now, 2–2000 characters (e.g. the year loaded). 理由。 */
  readonly reason: Scalars['String']['input'];
  /** Current version (a stale one is refused with CONFLICT). 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** Return an application for correction. 退回。 */
export type ReturnApplicationInput = {
  /** Id. 编号。 */
  readonly id: Scalars['ID']['input'];
  /** Why, 1–1000 characters. 原因。 */
  readonly reason: Scalars['String']['input'];
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/**
 * The roles of the programme (see the glossary). A user acts in exactly one role.
 * 角色。
 */
export type Role =
  /** District Economic Commission, runs the programme. 区经委。 */
  | 'ECONOMIC_COMMISSION'
  /** A user speaking for one enterprise. 企业。 */
  | 'ENTERPRISE'
  /** Expert reviewer. 专家。 */
  | 'EXPERT'
  /** District Finance Bureau. 区财政局。 */
  | 'FINANCE'
  /** Member of the joint review group signing for its body (R3.1.1): Development and Reform Commission, Science and Technology Commission or Finance Bureau (the `body` claim). 联合审核小组成员。 */
  | 'JOINT_REVIEWER'
  /** District industrial-development coordination office (promotion office). 产推办。 */
  | 'PROMOTION_OFFICE'
  /** A user speaking for one diagnosis service provider. 服务商。 */
  | 'PROVIDER'
  /** Responsible officer of a town or subdistrict. 街镇责任部门。 */
  | 'TOWN_OFFICER';

/** The commission's screening of one objection (R6.4.3). 甄别异议。 */
export type ScreenObjectionInput = {
  /** Admissible: its investigation opens. Inadmissible: it is closed. 是否受理。 */
  readonly admissible: Scalars['Boolean']['input'];
  /** A RECEIVED objection. 异议编号。 */
  readonly objectionId: Scalars['ID']['input'];
  /** The reason in words, 2–2000 characters. 理由。 */
  readonly reason: Scalars['String']['input'];
  /** Required when inadmissible; left out when admissible. 不予受理原因。 */
  readonly reasonCode?: InputMaybe<InadmissibleReason>;
  /** The version you read (a stale one is refused with CONFLICT). 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A budget to set. 设置预算。 */
export type SetBudgetInput = {
  /** Budget; not below what is already committed. 预算额。 */
  readonly amountFen: Scalars['Fen']['input'];
  /** Fiscal year. 年度。 */
  readonly fiscalYear: Scalars['Int']['input'];
};

/**
 * A recipient's choices, replacing the previous ones. Unknown channels or kinds, or one listed twice, are
 * BAD_USER_INPUT naming each (`extensions.fields`, e.g. `input.channels.1`), and nothing is written.
 * 设置通知偏好。
 */
export type SetNotificationPreferencesInput = {
  /** The channels, among INBOX, EMAIL and SMS (none: not told at all). 渠道。 */
  readonly channels: ReadonlyArray<Scalars['String']['input']>;
  /** Kinds not to be told of, among the recipient's `kinds` (e.g. `application.submitted`). 不接收的通知类型。 */
  readonly mutedKinds: ReadonlyArray<Scalars['String']['input']>;
  /** Whose: the caller's own when omitted (its enterprise, provider or town), the only one it may set. 接收方。 */
  readonly recipient?: InputMaybe<Scalars['String']['input']>;
};

/** The disposition of one admissible objection (R6.4.3). 处理异议。 */
export type SettleObjectionInput = {
  /** The finding, 2–2000 characters. 调查结论。 */
  readonly finding: Scalars['String']['input'];
  /** An objection UNDER_INVESTIGATION. 异议编号。 */
  readonly objectionId: Scalars['ID']['input'];
  /** Upheld removes the project. 结论。 */
  readonly outcome: ObjectionOutcome;
  /** The version you read (a stale one is refused with CONFLICT). 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** One member body's sign-off of a proposal (R3.1.1). 会签。 */
export type SignOff = {
  readonly __typename?: 'SignOff';
  /** When. 时间。 */
  readonly at: Scalars['DateTime']['output'];
  /** The body. 成员单位。 */
  readonly body: SigningBody;
  /** The signing user. 签署人。 */
  readonly by: Scalars['String']['output'];
};

/** A member body's sign-off of a proposal (R3.1.1). 会签。 */
export type SignOffProjectInput = {
  /** A project AWAITING_SIGN_OFF. 项目编号。 */
  readonly projectId: Scalars['ID']['input'];
  /** The version you read (the amount you sign): a stale one is refused with CONFLICT. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/** A body of the joint review group (联合审核小组, R3.1) that signs a proposal (R3.1.1). 成员单位。 */
export type SigningBody =
  /** 区发展改革委, through a JOINT_REVIEWER user. 区发展改革委。 */
  | 'DRC'
  /** 区经委: proposes (its sign-off). 区经委。 */
  | 'ECONOMIC_COMMISSION'
  /** 区财政局, through a JOINT_REVIEWER user (not the FINANCE role). 区财政局。 */
  | 'FINANCE_BUREAU'
  /** 区科委, through a JOINT_REVIEWER user. 区科委。 */
  | 'STC';

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

/** A measure and its label, in the order every series lists its points. 指标说明。 */
export type StatisticsMeasureLabel = {
  readonly __typename?: 'StatisticsMeasureLabel';
  /** Its name in Chinese, for a chart's legend. 名称。 */
  readonly label: Scalars['String']['output'];
  /** The measure. 指标。 */
  readonly measure: StatisticsMeasure;
};

/** One measure's figure within a series (or the year's totals). 数据点。 */
export type StatisticsPoint = {
  readonly __typename?: 'StatisticsPoint';
  /** How much, in fen. 金额（分）。 */
  readonly amountFen: Scalars['Fen']['output'];
  /** How many (applications, awards, payments…). 数量。 */
  readonly count: Scalars['Int']['output'];
  /** Its name in Chinese. 名称。 */
  readonly label: Scalars['String']['output'];
  /** The measure. 指标。 */
  readonly measure: StatisticsMeasure;
};

/** One category of the breakdown, e.g. one town or one month, with a point per measure. 数据系列。 */
export type StatisticsSeries = {
  readonly __typename?: 'StatisticsSeries';
  /** The town code, the tier (`1`…`6`, `NONE`), the programme or the month (`YYYY-MM`). 键。 */
  readonly key: Scalars['String']['output'];
  /** In Chinese, for the chart: 朱家角镇, 第3档, 区级标杆示范, 2026年5月. 标签。 */
  readonly label: Scalars['String']['output'];
  /** One point per measure, in the order of `measures`. 各指标数据。 */
  readonly points: ReadonlyArray<StatisticsPoint>;
};

/** A report to submit. 提交报告。 */
export type SubmitDiagnosisReportInput = {
  /** The provider's accepted assignment. 对接编号。 */
  readonly assignmentId: Scalars['ID']['input'];
  /** Estimated investment. 预计投入。 */
  readonly estimatedInvestmentFen: Scalars['Fen']['input'];
  /** Recommended measures (1–50). 建议措施。 */
  readonly recommendedMeasures: ReadonlyArray<Scalars['String']['input']>;
  /** An uploaded REPORT_FILE attachment of this report (owner id `RPT-` + the assignment id's suffix). 报告文件。 */
  readonly reportAttachmentId: Scalars['ID']['input'];
  /** Summary of findings, 10–5000 characters. 诊断结论。 */
  readonly summary: Scalars['String']['input'];
};

/**
 * A local unit: a town or subdistrict of Qingpu, or a district-owned enterprise group (R3.2).
 * 街镇 / 区属企业。
 */
export type Town = {
  readonly __typename?: 'Town';
  /** False for a unit that was merged or renamed; kept for history. 是否有效。 */
  readonly active: Scalars['Boolean']['output'];
  /** Stable code, e.g. `ZHUJIAJIAO`. 代码。 */
  readonly code: Scalars['ID']['output'];
  /** Kind of unit. 类型。 */
  readonly kind: TownKind;
  /** Official Chinese name, e.g. 朱家角镇. 名称。 */
  readonly name: Scalars['String']['output'];
  /** English name. 英文名称。 */
  readonly nameEn: Scalars['String']['output'];
};

/** Kind of local unit (R3.2). 单位类型。 */
export type TownKind =
  /** District-owned enterprise group, taking part like a town. 区属企业。 */
  | 'DISTRICT_OWNED_GROUP'
  /** Subdistrict. 街道。 */
  | 'SUBDISTRICT'
  /** Town. 镇。 */
  | 'TOWN';

/** Changes to a draft or returned application. 修改申报。 */
export type UpdateApplicationDraftInput = {
  /** Id. 编号。 */
  readonly id: Scalars['ID']['input'];
  /** R5.1b investment figures. 实施投入。 */
  readonly investment?: InputMaybe<InvestmentFiguresInput>;
  /** R5.1b amount. 申请金额。 */
  readonly requestedAmountFen?: InputMaybe<Scalars['Fen']['input']>;
  /** Current version. 版本号。 */
  readonly version: Scalars['Int']['input'];
};

/**
 * Changes to an enterprise: only the fields given change. Who may change what: the record (name, address,
 * town, principal, R4 facts) ECONOMIC_COMMISSION and the town officer; contacts also the enterprise itself;
 * the bank account ECONOMIC_COMMISSION and the enterprise itself.
 * 企业变更。
 */
export type UpdateEnterpriseInput = {
  /** Replaces the bank account. 银行账户。 */
  readonly bankAccount?: InputMaybe<BankAccountInput>;
  /** R4.1 实际经营地在青浦。 */
  readonly businessInQingpu?: InputMaybe<Scalars['Boolean']['input']>;
  /** R4.3 经营状态。 */
  readonly businessStatus?: InputMaybe<BusinessStatus>;
  /** Replaces all contacts. 联系人。 */
  readonly contacts?: InputMaybe<ReadonlyArray<ContactInput>>;
  /** Which enterprise. 统一社会信用代码。 */
  readonly creditCode: Scalars['ID']['input'];
  /** R4.3 信用记录。 */
  readonly creditStanding?: InputMaybe<CreditStanding>;
  /** R4.3 能够独立承担民事责任。 */
  readonly independentLiability?: InputMaybe<Scalars['Boolean']['input']>;
  /** 企业名称。 */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人。 */
  readonly principalName?: InputMaybe<Scalars['String']['input']>;
  /** 注册地址。 */
  readonly registeredAddress?: InputMaybe<Scalars['String']['input']>;
  /** R4.3 财务制度健全。 */
  readonly soundFinancialRecords?: InputMaybe<Scalars['Boolean']['input']>;
  /** R4.1 财税户管地在青浦。 */
  readonly taxInQingpu?: InputMaybe<Scalars['Boolean']['input']>;
  /** 所属街镇。 */
  readonly town?: InputMaybe<Scalars['ID']['input']>;
  /** The version the change was made against. 版本号。 */
  readonly version: Scalars['Int']['input'];
  /** R4.3 运行管理规范。 */
  readonly wellManaged?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Changes to a provider: only the fields given change. The record (name, R4.3 facts, roster) is the
 * commission's; qualifications, contacts and bank account the provider may also change itself.
 * 服务商变更。
 */
export type UpdateProviderInput = {
  /** Replaces the bank account. 银行账户。 */
  readonly bankAccount?: InputMaybe<BankAccountInput>;
  /** R4.3 经营状态。 */
  readonly businessStatus?: InputMaybe<BusinessStatus>;
  /** Replaces all contacts. 联系人。 */
  readonly contacts?: InputMaybe<ReadonlyArray<ContactInput>>;
  /** R4.3 信用记录。 */
  readonly creditStanding?: InputMaybe<CreditStanding>;
  /** Which provider. 服务商编号。 */
  readonly id: Scalars['ID']['input'];
  /** R4.3 能够独立承担民事责任。 */
  readonly independentLiability?: InputMaybe<Scalars['Boolean']['input']>;
  /** 名称。 */
  readonly name?: InputMaybe<Scalars['String']['input']>;
  /** R6.1.2 是否入库。 */
  readonly onRoster?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces all qualifications. 资质。 */
  readonly qualifications?: InputMaybe<ReadonlyArray<Scalars['String']['input']>>;
  /** R6.1.2 入库日期。 */
  readonly rosterSince?: InputMaybe<Scalars['LocalDate']['input']>;
  /** R4.3 财务制度健全。 */
  readonly soundFinancialRecords?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version the change was made against. 版本号。 */
  readonly version: Scalars['Int']['input'];
  /** R4.3 运行管理规范。 */
  readonly wellManaged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A bank result file for a released batch (uploaded with owner type IMPORT, owner id and purpose BANK_RESULTS). 结果文件。 */
export type UploadPaymentResultsInput = {
  /**
   * The uploaded file (CSV in UTF-8 or GBK, or XLSX; `resultsTemplateUrl` gives its template): 支付参考号 (or
   * the old 支付编号; 招商银行's 注释), 结果 成功/失败 (or S/F) and/or 结果代码, 银行流水号, 支付日期, 失败原因
   * (or 结果描述), 金额 checked when given. 附件编号。
   */
  readonly attachmentId: Scalars['ID']['input'];
  /** The batch. 批次编号。 */
  readonly batchId: Scalars['ID']['input'];
  /** The client's key (idempotency). 幂等键。 */
  readonly idempotencyKey: Scalars['String']['input'];
};

/** A pre-signed upload: PUT the file to `url` with exactly these headers. 上传凭证。 */
export type UploadTicket = {
  readonly __typename?: 'UploadTicket';
  /** When the link stops working. 失效时间。 */
  readonly expiresAt: Scalars['DateTime']['output'];
  /** Headers the upload must carry, as JSON (content type, length, checksum). 请求头。 */
  readonly headersJson: Scalars['String']['output'];
  /** Always PUT. 方法。 */
  readonly method: Scalars['String']['output'];
  /** Where to PUT the file. 地址。 */
  readonly url: Scalars['String']['output'];
};

/** What build of the API is answering. 版本信息。 */
export type VersionInfo = {
  readonly __typename?: 'VersionInfo';
  /** `production` or `development`: development turns on introspection and development tokens. */
  readonly mode: Scalars['String']['output'];
  /** Service name. */
  readonly service: Scalars['String']['output'];
  /** Release version of the API. */
  readonly version: Scalars['String']['output'];
};

/** The stage a project waits on. 等待环节。 */
export type WaitingStage = {
  readonly __typename?: 'WaitingStage';
  /** Past its time limit: an alarm has been raised. 是否超时。 */
  readonly overdue: Scalars['Boolean']['output'];
  /** Since when. 开始时间。 */
  readonly since: Scalars['DateTime']['output'];
  /** Which stage. 环节。 */
  readonly stage: HumanStage;
};

/** Which path of R6.8 a project follows. 流程路径。 */
export type WorkflowPath =
  /** Certification import, document (R6.7b). 免申即享。 */
  | 'AUTOMATIC'
  /** Application, deliberation, document (R6.7c). 灯塔工厂。 */
  | 'LIGHTHOUSE'
  /** Application, review, publicity, deliberation, document (R5.1, R6.7a). 评审。 */
  | 'REVIEWED';

/** A stage of the workflow a project can fail at and be resumed from (R6.4.4). 流程环节。 */
export type WorkflowStage =
  /** District deliberation (R6.5). 区级审议。 */
  | 'DELIBERATION'
  /** Joint disbursement document (R6.6). 资金拨付文件。 */
  | 'DISBURSEMENT_DOCUMENT'
  /** Investigation of an objection (R6.4). 异议调查。 */
  | 'INVESTIGATION'
  /** Publicity: opening it, waiting for its end, closing it (R6.4). 公示。 */
  | 'PUBLICITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AmendDiagnosisPlanInput: AmendDiagnosisPlanInput;
  AmountExplanation: ResolverTypeWrapper<AmountExplanation>;
  ApplicantType: ApplicantType;
  Application: ResolverTypeWrapper<ApplicationModel>;
  ApplicationConnection: ResolverTypeWrapper<Omit<ApplicationConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ApplicationEdge']> }>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationNotice: ResolverTypeWrapper<ApplicationNoticeModel>;
  ApplicationNoticeConnection: ResolverTypeWrapper<Omit<ApplicationNoticeConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ApplicationNoticeEdge']> }>;
  ApplicationNoticeEdge: ResolverTypeWrapper<Omit<ApplicationNoticeEdge, 'node'> & { node: ResolversTypes['ApplicationNotice'] }>;
  ApplicationStatus: ApplicationStatus;
  ApplicationVersionInput: ApplicationVersionInput;
  AssignExpertInput: AssignExpertInput;
  AssignProviderInput: AssignProviderInput;
  AssignmentStatus: AssignmentStatus;
  Attachment: ResolverTypeWrapper<AttachmentModel>;
  AttachmentOwnerType: AttachmentOwnerType;
  AttachmentStatus: AttachmentStatus;
  AttachmentUpload: ResolverTypeWrapper<AttachmentUploadModel>;
  AuditEntityType: AuditEntityType;
  AuditExport: ResolverTypeWrapper<AuditExport>;
  AuditOrder: AuditOrder;
  AuditRecord: ResolverTypeWrapper<AuditRecordModel>;
  AuditRecordConnection: ResolverTypeWrapper<Omit<AuditRecordConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['AuditRecordEdge']> }>;
  AuditRecordEdge: ResolverTypeWrapper<Omit<AuditRecordEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }>;
  AuditRecordFilter: AuditRecordFilter;
  Ban: ResolverTypeWrapper<Ban>;
  BanEntry: ResolverTypeWrapper<BanEntryModel>;
  BanEntryConnection: ResolverTypeWrapper<Omit<BanEntryConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['BanEntryEdge']> }>;
  BanEntryEdge: ResolverTypeWrapper<Omit<BanEntryEdge, 'node'> & { node: ResolversTypes['BanEntry'] }>;
  BankAccount: ResolverTypeWrapper<BankAccount>;
  BankAccountInput: BankAccountInput;
  BankFileProfile: BankFileProfile;
  BankReturnCode: BankReturnCode;
  BatchPayment: ResolverTypeWrapper<BatchPaymentModel>;
  BatchPaymentConnection: ResolverTypeWrapper<Omit<BatchPaymentConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['BatchPaymentEdge']> }>;
  BatchPaymentEdge: ResolverTypeWrapper<Omit<BatchPaymentEdge, 'node'> & { node: ResolversTypes['BatchPayment'] }>;
  BenchmarkAwardEntry: ResolverTypeWrapper<BenchmarkAwardEntry>;
  BenchmarkStanding: ResolverTypeWrapper<BenchmarkStandingModel>;
  BenchmarkTitle: BenchmarkTitle;
  BenchmarkTitleOnePer: BenchmarkTitleOnePer;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Budget: ResolverTypeWrapper<BudgetModel>;
  BudgetOverride: ResolverTypeWrapper<BudgetOverride>;
  BusinessStatus: BusinessStatus;
  CalendarDayChanges: ResolverTypeWrapper<CalendarDayChanges>;
  CalendarLoadOutcome: CalendarLoadOutcome;
  CalendarReplacement: ResolverTypeWrapper<CalendarReplacement>;
  CalendarSource: CalendarSource;
  CalendarYear: ResolverTypeWrapper<Omit<CalendarYear, 'arrangement'> & { arrangement?: Maybe<ResolversTypes['HolidayArrangement']> }>;
  CancelPaymentInput: CancelPaymentInput;
  Certification: ResolverTypeWrapper<CertificationModel>;
  CertificationImport: ResolverTypeWrapper<CertificationImportModel>;
  CertificationImportConnection: ResolverTypeWrapper<Omit<CertificationImportConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['CertificationImportEdge']> }>;
  CertificationImportEdge: ResolverTypeWrapper<Omit<CertificationImportEdge, 'node'> & { node: ResolversTypes['CertificationImport'] }>;
  CertificationLevel: CertificationLevel;
  CertificationOutcome: ResolverTypeWrapper<CertificationOutcome>;
  CertificationSource: ResolverTypeWrapper<CertificationSource>;
  ConfirmDiagnosisReportInput: ConfirmDiagnosisReportInput;
  ConflictDeclaration: ResolverTypeWrapper<ConflictDeclaration>;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateDiagnosisPlanInput: CreateDiagnosisPlanInput;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreatePaymentBatchInput: CreatePaymentBatchInput;
  CreateProviderInput: CreateProviderInput;
  CreditStanding: CreditStanding;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareConflictInput: DeclareConflictInput;
  DeliberateInput: DeliberateInput;
  DeliberationDecision: ResolverTypeWrapper<DeliberationDecision>;
  DiagnosisAssignment: ResolverTypeWrapper<DiagnosisAssignmentModel>;
  DiagnosisAssignmentConnection: ResolverTypeWrapper<Omit<DiagnosisAssignmentConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['DiagnosisAssignmentEdge']> }>;
  DiagnosisAssignmentEdge: ResolverTypeWrapper<Omit<DiagnosisAssignmentEdge, 'node'> & { node: ResolversTypes['DiagnosisAssignment'] }>;
  DiagnosisPlan: ResolverTypeWrapper<DiagnosisPlanModel>;
  DiagnosisReport: ResolverTypeWrapper<DiagnosisReportModel>;
  DiagnosisReportConnection: ResolverTypeWrapper<Omit<DiagnosisReportConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['DiagnosisReportEdge']> }>;
  DiagnosisReportEdge: ResolverTypeWrapper<Omit<DiagnosisReportEdge, 'node'> & { node: ResolversTypes['DiagnosisReport'] }>;
  DiagnosisRewardOnePer: DiagnosisRewardOnePer;
  DisbursementDocument: ResolverTypeWrapper<DisbursementDocumentModel>;
  DisbursementDocumentConnection: ResolverTypeWrapper<Omit<DisbursementDocumentConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['DisbursementDocumentEdge']> }>;
  DisbursementDocumentEdge: ResolverTypeWrapper<Omit<DisbursementDocumentEdge, 'node'> & { node: ResolversTypes['DisbursementDocument'] }>;
  DisbursementLine: ResolverTypeWrapper<DisbursementLineModel>;
  DocumentStatus: DocumentStatus;
  DraftApplicationInput: DraftApplicationInput;
  DraftDisbursementDocumentInput: DraftDisbursementDocumentInput;
  DraftPolicyVersionInput: DraftPolicyVersionInput;
  Eligibility: ResolverTypeWrapper<Eligibility>;
  EligibilityReason: ResolverTypeWrapper<EligibilityReason>;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConfirmation: ResolverTypeWrapper<EnterpriseConfirmationModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseImportReport: ResolverTypeWrapper<EnterpriseImportReport>;
  ErrorCode: ErrorCode;
  Expert: ResolverTypeWrapper<ExpertModel>;
  ExpertReview: ResolverTypeWrapper<ExpertReview>;
  ExpertReviewInput: ExpertReviewInput;
  ExportAuditRecordsInput: ExportAuditRecordsInput;
  ExportFormat: ExportFormat;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  Festival: Festival;
  FestivalDays: ResolverTypeWrapper<FestivalDays>;
  FestivalDaysInput: FestivalDaysInput;
  FileObjectionInput: FileObjectionInput;
  FinanceAction: FinanceAction;
  FiscalYearRule: FiscalYearRule;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUp>;
  FraudFinding: ResolverTypeWrapper<FraudFindingModel>;
  FraudFindingConnection: ResolverTypeWrapper<Omit<FraudFindingConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['FraudFindingEdge']> }>;
  FraudFindingEdge: ResolverTypeWrapper<Omit<FraudFindingEdge, 'node'> & { node: ResolversTypes['FraudFinding'] }>;
  Health: ResolverTypeWrapper<Health>;
  HolidayArrangement: ResolverTypeWrapper<HolidayArrangementModel>;
  HolidayArrangementInput: HolidayArrangementInput;
  HolidayArrangementLoad: ResolverTypeWrapper<Omit<HolidayArrangementLoad, 'calendarYear'> & { calendarYear: ResolversTypes['CalendarYear'] }>;
  HolidayNotice: ResolverTypeWrapper<HolidayNotice>;
  HolidayNoticeInput: HolidayNoticeInput;
  HumanStage: HumanStage;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImplementationRewardOnePer: ImplementationRewardOnePer;
  ImportCertificationsInput: ImportCertificationsInput;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportLine: ResolverTypeWrapper<ImportLineModel>;
  ImportLineConnection: ResolverTypeWrapper<Omit<ImportLineConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ImportLineEdge']> }>;
  ImportLineEdge: ResolverTypeWrapper<Omit<ImportLineEdge, 'node'> & { node: ResolversTypes['ImportLine'] }>;
  ImportLineError: ResolverTypeWrapper<ImportLineError>;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportStatus: ImportStatus;
  InadmissibleReason: InadmissibleReason;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntentionEntry: ResolverTypeWrapper<IntentionEntryModel>;
  IntentionEntryConnection: ResolverTypeWrapper<Omit<IntentionEntryConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['IntentionEntryEdge']> }>;
  IntentionEntryEdge: ResolverTypeWrapper<Omit<IntentionEntryEdge, 'node'> & { node: ResolversTypes['IntentionEntry'] }>;
  IntentionEntryInput: IntentionEntryInput;
  InvestmentFigures: ResolverTypeWrapper<InvestmentFigures>;
  InvestmentFiguresInput: InvestmentFiguresInput;
  LocalClock: ResolverTypeWrapper<LocalClock>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Me: ResolverTypeWrapper<UserPrincipal>;
  MoveLocalClockInput: MoveLocalClockInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationModel>;
  NotificationAttempt: ResolverTypeWrapper<NotificationAttempt>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferencesModel>;
  NotificationStatus: NotificationStatus;
  Objection: ResolverTypeWrapper<ObjectionModel>;
  ObjectionConnection: ResolverTypeWrapper<Omit<ObjectionConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ObjectionEdge']> }>;
  ObjectionDisposition: ResolverTypeWrapper<ObjectionDisposition>;
  ObjectionEdge: ResolverTypeWrapper<Omit<ObjectionEdge, 'node'> & { node: ResolversTypes['Objection'] }>;
  ObjectionOutcome: ObjectionOutcome;
  ObjectionReceipt: ResolverTypeWrapper<ObjectionReceipt>;
  ObjectionScreening: ResolverTypeWrapper<ObjectionScreening>;
  ObjectionStatus: ObjectionStatus;
  OnePerRules: ResolverTypeWrapper<OnePerRules>;
  OnePerRulesInput: OnePerRulesInput;
  OverrideBudgetInput: OverrideBudgetInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentAccount: ResolverTypeWrapper<PaymentAccount>;
  PaymentBatch: ResolverTypeWrapper<PaymentBatchModel>;
  PaymentBatchConnection: ResolverTypeWrapper<Omit<PaymentBatchConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['PaymentBatchEdge']> }>;
  PaymentBatchEdge: ResolverTypeWrapper<Omit<PaymentBatchEdge, 'node'> & { node: ResolversTypes['PaymentBatch'] }>;
  PaymentBatchStatus: PaymentBatchStatus;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['PaymentEdge']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentResultInput: PaymentResultInput;
  PaymentResultsError: ResolverTypeWrapper<PaymentResultsError>;
  PaymentResultsFailure: ResolverTypeWrapper<PaymentResultsFailure>;
  PaymentResultsReport: ResolverTypeWrapper<PaymentResultsReport>;
  PaymentStatus: PaymentStatus;
  PlanEntry: ResolverTypeWrapper<PlanEntry>;
  PlanEntryInput: PlanEntryInput;
  PlanStatus: PlanStatus;
  PolicyCitation: ResolverTypeWrapper<PolicyCitation>;
  PolicyCitationInput: PolicyCitationInput;
  PolicyClauses: ResolverTypeWrapper<PolicyClauses>;
  PolicyClausesInput: PolicyClausesInput;
  PolicyTier: ResolverTypeWrapper<PolicyTier>;
  PolicyTierInput: PolicyTierInput;
  PolicyVersion: ResolverTypeWrapper<PolicyVersionModel>;
  PolicyVersionStatus: PolicyVersionStatus;
  PreliminaryOutcome: PreliminaryOutcome;
  PreliminaryReview: ResolverTypeWrapper<PreliminaryReview>;
  PreliminaryReviewInput: PreliminaryReviewInput;
  Programme: Programme;
  ProgrammeStatistics: ResolverTypeWrapper<ProgrammeStatistics>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFailure: ResolverTypeWrapper<ProjectFailure>;
  ProjectResumption: ResolverTypeWrapper<ProjectResumption>;
  ProjectStage: ProjectStage;
  ProposeProjectInput: ProposeProjectInput;
  ProposeProjectsInput: ProposeProjectsInput;
  Provider: ResolverTypeWrapper<ProviderModel>;
  ProviderConnection: ResolverTypeWrapper<Omit<ProviderConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ProviderEdge']> }>;
  ProviderEdge: ResolverTypeWrapper<Omit<ProviderEdge, 'node'> & { node: ResolversTypes['Provider'] }>;
  ProviderFilter: ProviderFilter;
  ProviderOverdueCount: ResolverTypeWrapper<ProviderOverdueCount>;
  PublicityEntry: ResolverTypeWrapper<PublicityEntry>;
  PublicityEntryConnection: ResolverTypeWrapper<PublicityEntryConnection>;
  PublicityEntryEdge: ResolverTypeWrapper<PublicityEntryEdge>;
  PublicityPeriod: ResolverTypeWrapper<PublicityPeriod>;
  PublishApplicationNoticeInput: PublishApplicationNoticeInput;
  PublishPolicyVersionInput: PublishPolicyVersionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReassignProviderInput: ReassignProviderInput;
  Reconciliation: ResolverTypeWrapper<Reconciliation>;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordFraudFindingInput: RecordFraudFindingInput;
  RecordInvestigationInput: RecordInvestigationInput;
  RecordPaymentResultInput: RecordPaymentResultInput;
  RecordRecoveryInput: RecordRecoveryInput;
  Recovery: ResolverTypeWrapper<Recovery>;
  RefuseApplicationInput: RefuseApplicationInput;
  RegisterExpertInput: RegisterExpertInput;
  ReleaseHeldPaymentInput: ReleaseHeldPaymentInput;
  ReportStatus: ReportStatus;
  RequestAttachmentUploadInput: RequestAttachmentUploadInput;
  RequiredMaterial: ResolverTypeWrapper<RequiredMaterial>;
  RequiredMaterialInput: RequiredMaterialInput;
  RespondToAssignmentInput: RespondToAssignmentInput;
  ResumeProjectInput: ResumeProjectInput;
  ReturnApplicationInput: ReturnApplicationInput;
  Role: Role;
  SafeAmount: ResolverTypeWrapper<Scalars['SafeAmount']['output']>;
  ScreenObjectionInput: ScreenObjectionInput;
  SetBudgetInput: SetBudgetInput;
  SetNotificationPreferencesInput: SetNotificationPreferencesInput;
  SettleObjectionInput: SettleObjectionInput;
  SignOff: ResolverTypeWrapper<SignOff>;
  SignOffProjectInput: SignOffProjectInput;
  SigningBody: SigningBody;
  StatisticsDimension: StatisticsDimension;
  StatisticsMeasure: StatisticsMeasure;
  StatisticsMeasureLabel: ResolverTypeWrapper<StatisticsMeasureLabel>;
  StatisticsPoint: ResolverTypeWrapper<StatisticsPoint>;
  StatisticsSeries: ResolverTypeWrapper<StatisticsSeries>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitDiagnosisReportInput: SubmitDiagnosisReportInput;
  Town: ResolverTypeWrapper<TownModel>;
  TownKind: TownKind;
  UpdateApplicationDraftInput: UpdateApplicationDraftInput;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateProviderInput: UpdateProviderInput;
  UploadPaymentResultsInput: UploadPaymentResultsInput;
  UploadTicket: ResolverTypeWrapper<UploadTicket>;
  VersionInfo: ResolverTypeWrapper<VersionInfo>;
  WaitingStage: ResolverTypeWrapper<WaitingStage>;
  WorkflowPath: WorkflowPath;
  WorkflowStage: WorkflowStage;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AmendDiagnosisPlanInput: AmendDiagnosisPlanInput;
  AmountExplanation: AmountExplanation;
  Application: ApplicationModel;
  ApplicationConnection: Omit<ApplicationConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ApplicationEdge']> };
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationNotice: ApplicationNoticeModel;
  ApplicationNoticeConnection: Omit<ApplicationNoticeConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ApplicationNoticeEdge']> };
  ApplicationNoticeEdge: Omit<ApplicationNoticeEdge, 'node'> & { node: ResolversParentTypes['ApplicationNotice'] };
  ApplicationVersionInput: ApplicationVersionInput;
  AssignExpertInput: AssignExpertInput;
  AssignProviderInput: AssignProviderInput;
  Attachment: AttachmentModel;
  AttachmentUpload: AttachmentUploadModel;
  AuditExport: AuditExport;
  AuditRecord: AuditRecordModel;
  AuditRecordConnection: Omit<AuditRecordConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['AuditRecordEdge']> };
  AuditRecordEdge: Omit<AuditRecordEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  AuditRecordFilter: AuditRecordFilter;
  Ban: Ban;
  BanEntry: BanEntryModel;
  BanEntryConnection: Omit<BanEntryConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['BanEntryEdge']> };
  BanEntryEdge: Omit<BanEntryEdge, 'node'> & { node: ResolversParentTypes['BanEntry'] };
  BankAccount: BankAccount;
  BankAccountInput: BankAccountInput;
  BatchPayment: BatchPaymentModel;
  BatchPaymentConnection: Omit<BatchPaymentConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['BatchPaymentEdge']> };
  BatchPaymentEdge: Omit<BatchPaymentEdge, 'node'> & { node: ResolversParentTypes['BatchPayment'] };
  BenchmarkAwardEntry: BenchmarkAwardEntry;
  BenchmarkStanding: BenchmarkStandingModel;
  Boolean: Scalars['Boolean']['output'];
  Budget: BudgetModel;
  BudgetOverride: BudgetOverride;
  CalendarDayChanges: CalendarDayChanges;
  CalendarReplacement: CalendarReplacement;
  CalendarYear: Omit<CalendarYear, 'arrangement'> & { arrangement?: Maybe<ResolversParentTypes['HolidayArrangement']> };
  CancelPaymentInput: CancelPaymentInput;
  Certification: CertificationModel;
  CertificationImport: CertificationImportModel;
  CertificationImportConnection: Omit<CertificationImportConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['CertificationImportEdge']> };
  CertificationImportEdge: Omit<CertificationImportEdge, 'node'> & { node: ResolversParentTypes['CertificationImport'] };
  CertificationOutcome: CertificationOutcome;
  CertificationSource: CertificationSource;
  ConfirmDiagnosisReportInput: ConfirmDiagnosisReportInput;
  ConflictDeclaration: ConflictDeclaration;
  Contact: Contact;
  ContactInput: ContactInput;
  CreateDiagnosisPlanInput: CreateDiagnosisPlanInput;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreatePaymentBatchInput: CreatePaymentBatchInput;
  CreateProviderInput: CreateProviderInput;
  DateTime: Scalars['DateTime']['output'];
  DeclareConflictInput: DeclareConflictInput;
  DeliberateInput: DeliberateInput;
  DeliberationDecision: DeliberationDecision;
  DiagnosisAssignment: DiagnosisAssignmentModel;
  DiagnosisAssignmentConnection: Omit<DiagnosisAssignmentConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['DiagnosisAssignmentEdge']> };
  DiagnosisAssignmentEdge: Omit<DiagnosisAssignmentEdge, 'node'> & { node: ResolversParentTypes['DiagnosisAssignment'] };
  DiagnosisPlan: DiagnosisPlanModel;
  DiagnosisReport: DiagnosisReportModel;
  DiagnosisReportConnection: Omit<DiagnosisReportConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['DiagnosisReportEdge']> };
  DiagnosisReportEdge: Omit<DiagnosisReportEdge, 'node'> & { node: ResolversParentTypes['DiagnosisReport'] };
  DisbursementDocument: DisbursementDocumentModel;
  DisbursementDocumentConnection: Omit<DisbursementDocumentConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['DisbursementDocumentEdge']> };
  DisbursementDocumentEdge: Omit<DisbursementDocumentEdge, 'node'> & { node: ResolversParentTypes['DisbursementDocument'] };
  DisbursementLine: DisbursementLineModel;
  DraftApplicationInput: DraftApplicationInput;
  DraftDisbursementDocumentInput: DraftDisbursementDocumentInput;
  DraftPolicyVersionInput: DraftPolicyVersionInput;
  Eligibility: Eligibility;
  EligibilityReason: EligibilityReason;
  Enterprise: EnterpriseModel;
  EnterpriseConfirmation: EnterpriseConfirmationModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseImportReport: EnterpriseImportReport;
  Expert: ExpertModel;
  ExpertReview: ExpertReview;
  ExpertReviewInput: ExpertReviewInput;
  ExportAuditRecordsInput: ExportAuditRecordsInput;
  Fen: Scalars['Fen']['output'];
  FestivalDays: FestivalDays;
  FestivalDaysInput: FestivalDaysInput;
  FileObjectionInput: FileObjectionInput;
  Float: Scalars['Float']['output'];
  FollowUp: FollowUp;
  FraudFinding: FraudFindingModel;
  FraudFindingConnection: Omit<FraudFindingConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['FraudFindingEdge']> };
  FraudFindingEdge: Omit<FraudFindingEdge, 'node'> & { node: ResolversParentTypes['FraudFinding'] };
  Health: Health;
  HolidayArrangement: HolidayArrangementModel;
  HolidayArrangementInput: HolidayArrangementInput;
  HolidayArrangementLoad: Omit<HolidayArrangementLoad, 'calendarYear'> & { calendarYear: ResolversParentTypes['CalendarYear'] };
  HolidayNotice: HolidayNotice;
  HolidayNoticeInput: HolidayNoticeInput;
  ID: Scalars['ID']['output'];
  ImportCertificationsInput: ImportCertificationsInput;
  ImportCounts: ImportCounts;
  ImportLine: ImportLineModel;
  ImportLineConnection: Omit<ImportLineConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ImportLineEdge']> };
  ImportLineEdge: Omit<ImportLineEdge, 'node'> & { node: ResolversParentTypes['ImportLine'] };
  ImportLineError: ImportLineError;
  ImportProblem: ImportProblem;
  Int: Scalars['Int']['output'];
  IntentionEntry: IntentionEntryModel;
  IntentionEntryConnection: Omit<IntentionEntryConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['IntentionEntryEdge']> };
  IntentionEntryEdge: Omit<IntentionEntryEdge, 'node'> & { node: ResolversParentTypes['IntentionEntry'] };
  IntentionEntryInput: IntentionEntryInput;
  InvestmentFigures: InvestmentFigures;
  InvestmentFiguresInput: InvestmentFiguresInput;
  LocalClock: LocalClock;
  LocalDate: Scalars['LocalDate']['output'];
  Me: UserPrincipal;
  MoveLocalClockInput: MoveLocalClockInput;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationModel;
  NotificationAttempt: NotificationAttempt;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreferences: NotificationPreferencesModel;
  Objection: ObjectionModel;
  ObjectionConnection: Omit<ObjectionConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ObjectionEdge']> };
  ObjectionDisposition: ObjectionDisposition;
  ObjectionEdge: Omit<ObjectionEdge, 'node'> & { node: ResolversParentTypes['Objection'] };
  ObjectionReceipt: ObjectionReceipt;
  ObjectionScreening: ObjectionScreening;
  OnePerRules: OnePerRules;
  OnePerRulesInput: OnePerRulesInput;
  OverrideBudgetInput: OverrideBudgetInput;
  PageInfo: PageInfo;
  Payment: PaymentModel;
  PaymentAccount: PaymentAccount;
  PaymentBatch: PaymentBatchModel;
  PaymentBatchConnection: Omit<PaymentBatchConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['PaymentBatchEdge']> };
  PaymentBatchEdge: Omit<PaymentBatchEdge, 'node'> & { node: ResolversParentTypes['PaymentBatch'] };
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['PaymentEdge']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentResultInput: PaymentResultInput;
  PaymentResultsError: PaymentResultsError;
  PaymentResultsFailure: PaymentResultsFailure;
  PaymentResultsReport: PaymentResultsReport;
  PlanEntry: PlanEntry;
  PlanEntryInput: PlanEntryInput;
  PolicyCitation: PolicyCitation;
  PolicyCitationInput: PolicyCitationInput;
  PolicyClauses: PolicyClauses;
  PolicyClausesInput: PolicyClausesInput;
  PolicyTier: PolicyTier;
  PolicyTierInput: PolicyTierInput;
  PolicyVersion: PolicyVersionModel;
  PreliminaryReview: PreliminaryReview;
  PreliminaryReviewInput: PreliminaryReviewInput;
  ProgrammeStatistics: ProgrammeStatistics;
  Project: ProjectModel;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFailure: ProjectFailure;
  ProjectResumption: ProjectResumption;
  ProposeProjectInput: ProposeProjectInput;
  ProposeProjectsInput: ProposeProjectsInput;
  Provider: ProviderModel;
  ProviderConnection: Omit<ProviderConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ProviderEdge']> };
  ProviderEdge: Omit<ProviderEdge, 'node'> & { node: ResolversParentTypes['Provider'] };
  ProviderFilter: ProviderFilter;
  ProviderOverdueCount: ProviderOverdueCount;
  PublicityEntry: PublicityEntry;
  PublicityEntryConnection: PublicityEntryConnection;
  PublicityEntryEdge: PublicityEntryEdge;
  PublicityPeriod: PublicityPeriod;
  PublishApplicationNoticeInput: PublishApplicationNoticeInput;
  PublishPolicyVersionInput: PublishPolicyVersionInput;
  Query: Record<PropertyKey, never>;
  ReassignProviderInput: ReassignProviderInput;
  Reconciliation: Reconciliation;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordFraudFindingInput: RecordFraudFindingInput;
  RecordInvestigationInput: RecordInvestigationInput;
  RecordPaymentResultInput: RecordPaymentResultInput;
  RecordRecoveryInput: RecordRecoveryInput;
  Recovery: Recovery;
  RefuseApplicationInput: RefuseApplicationInput;
  RegisterExpertInput: RegisterExpertInput;
  ReleaseHeldPaymentInput: ReleaseHeldPaymentInput;
  RequestAttachmentUploadInput: RequestAttachmentUploadInput;
  RequiredMaterial: RequiredMaterial;
  RequiredMaterialInput: RequiredMaterialInput;
  RespondToAssignmentInput: RespondToAssignmentInput;
  ResumeProjectInput: ResumeProjectInput;
  ReturnApplicationInput: ReturnApplicationInput;
  SafeAmount: Scalars['SafeAmount']['output'];
  ScreenObjectionInput: ScreenObjectionInput;
  SetBudgetInput: SetBudgetInput;
  SetNotificationPreferencesInput: SetNotificationPreferencesInput;
  SettleObjectionInput: SettleObjectionInput;
  SignOff: SignOff;
  SignOffProjectInput: SignOffProjectInput;
  StatisticsMeasureLabel: StatisticsMeasureLabel;
  StatisticsPoint: StatisticsPoint;
  StatisticsSeries: StatisticsSeries;
  String: Scalars['String']['output'];
  SubmitDiagnosisReportInput: SubmitDiagnosisReportInput;
  Town: TownModel;
  UpdateApplicationDraftInput: UpdateApplicationDraftInput;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateProviderInput: UpdateProviderInput;
  UploadPaymentResultsInput: UploadPaymentResultsInput;
  UploadTicket: UploadTicket;
  VersionInfo: VersionInfo;
  WaitingStage: WaitingStage;
};

export type AmountExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AmountExplanation'] = ResolversParentTypes['AmountExplanation']> = {
  alreadyAwardedFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  capFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyVersionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAmountFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standingTierBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tierAmountFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  zeroReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  applicantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  applicantType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  benchmarkTitle?: Resolver<Maybe<ResolversTypes['BenchmarkTitle']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertReviews?: Resolver<Maybe<ReadonlyArray<ResolversTypes['ExpertReview']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investment?: Resolver<Maybe<ResolversTypes['InvestmentFigures']>, ParentType, ContextType>;
  materials?: Resolver<ReadonlyArray<ResolversTypes['Attachment']>, ParentType, ContextType>;
  noticeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policyVersionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preliminaryReview?: Resolver<Maybe<ResolversTypes['PreliminaryReview']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  reportId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestedAmountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApplicationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
};

export type ApplicationNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationNotice'] = ResolversParentTypes['ApplicationNotice']> = {
  closesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eligibleApplicants?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  planYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policyVersionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  requiredMaterials?: Resolver<ReadonlyArray<ResolversTypes['RequiredMaterial']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationNoticeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationNoticeConnection'] = ResolversParentTypes['ApplicationNoticeConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ApplicationNoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApplicationNoticeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationNoticeEdge'] = ResolversParentTypes['ApplicationNoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApplicationNotice'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerType?: Resolver<ResolversTypes['AttachmentOwnerType'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256Base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttachmentStatus'], ParentType, ContextType>;
};

export type AttachmentUploadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttachmentUpload'] = ResolversParentTypes['AttachmentUpload']> = {
  attachment?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType>;
  upload?: Resolver<ResolversTypes['UploadTicket'], ParentType, ContextType>;
};

export type AuditExportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditExport'] = ResolversParentTypes['AuditExport']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['AuditEntityType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditRecordConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditRecordEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
};

export type BanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ban'] = ResolversParentTypes['Ban']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type BanEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BanEntry'] = ResolversParentTypes['BanEntry']> = {
  decidedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payeeType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  principalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type BanEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BanEntryConnection'] = ResolversParentTypes['BanEntryConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['BanEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BanEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BanEntryEdge'] = ResolversParentTypes['BanEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BanEntry'], ParentType, ContextType>;
};

export type BankAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = {
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bankName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BatchPaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BatchPayment'] = ResolversParentTypes['BatchPayment']> = {
  account?: Resolver<Maybe<ResolversTypes['PaymentAccount']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type BatchPaymentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BatchPaymentConnection'] = ResolversParentTypes['BatchPaymentConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['BatchPaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BatchPaymentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BatchPaymentEdge'] = ResolversParentTypes['BatchPaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BatchPayment'], ParentType, ContextType>;
};

export type BenchmarkAwardEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BenchmarkAwardEntry'] = ResolversParentTypes['BenchmarkAwardEntry']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  certificationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BenchmarkStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BenchmarkStanding'] = ResolversParentTypes['BenchmarkStanding']> = {
  awards?: Resolver<ReadonlyArray<ResolversTypes['BenchmarkAwardEntry']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highestAwardedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  highestTier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  committedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  disbursedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overrides?: Resolver<ReadonlyArray<ResolversTypes['BudgetOverride']>, ParentType, ContextType>;
  recoveredFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['SafeAmount'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetOverrideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BudgetOverride'] = ResolversParentTypes['BudgetOverride']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CalendarDayChangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarDayChanges'] = ResolversParentTypes['CalendarDayChanges']> = {
  holidaysAdded?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  holidaysRemoved?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  makeUpWorkdaysAdded?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  makeUpWorkdaysRemoved?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type CalendarReplacementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarReplacement'] = ResolversParentTypes['CalendarReplacement']> = {
  changes?: Resolver<ResolversTypes['CalendarDayChanges'], ParentType, ContextType>;
  previousVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replaced?: Resolver<ResolversTypes['CalendarSource'], ParentType, ContextType>;
};

export type CalendarYearResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarYear'] = ResolversParentTypes['CalendarYear']> = {
  arrangement?: Resolver<Maybe<ResolversTypes['HolidayArrangement']>, ParentType, ContextType>;
  festivals?: Resolver<ReadonlyArray<ResolversTypes['FestivalDays']>, ParentType, ContextType>;
  holidays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  makeUpWorkdays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CalendarSource'], ParentType, ContextType>;
  testData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = {
  certificateNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certifiedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  certifyingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CertificationLevel'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CertificationOutcome'], ParentType, ContextType>;
  policyVersionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CertificationSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['BenchmarkTitle'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CertificationImportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationImport'] = ResolversParentTypes['CertificationImport']> = {
  awardedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ignoredColumns?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['ImportLineConnection'], ParentType, ContextType, Partial<CertificationImportLinesArgs>>;
  processedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportCsvUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256Hex?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  totalLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertificationImportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationImportConnection'] = ResolversParentTypes['CertificationImportConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['CertificationImportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CertificationImportEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationImportEdge'] = ResolversParentTypes['CertificationImportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CertificationImport'], ParentType, ContextType>;
};

export type CertificationOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationOutcome'] = ResolversParentTypes['CertificationOutcome']> = {
  alreadyAwardedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  awardFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tierAmountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  zeroReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CertificationSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationSource'] = ResolversParentTypes['CertificationSource']> = {
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ConflictDeclarationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConflictDeclaration'] = ResolversParentTypes['ConflictDeclaration']> = {
  declared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliberationDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliberationDecision'] = ResolversParentTypes['DeliberationDecision']> = {
  approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiagnosisAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisAssignment'] = ResolversParentTypes['DiagnosisAssignment']> = {
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['DiagnosisReport']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosisAssignmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisAssignmentConnection'] = ResolversParentTypes['DiagnosisAssignmentConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['DiagnosisAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DiagnosisAssignmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisAssignmentEdge'] = ResolversParentTypes['DiagnosisAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DiagnosisAssignment'], ParentType, ContextType>;
};

export type DiagnosisPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisPlan'] = ResolversParentTypes['DiagnosisPlan']> = {
  entries?: Resolver<ReadonlyArray<ResolversTypes['PlanEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosisReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisReport'] = ResolversParentTypes['DiagnosisReport']> = {
  assignmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confirmation?: Resolver<Maybe<ResolversTypes['EnterpriseConfirmation']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedInvestmentFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendedMeasures?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  reportFile?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosisReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisReportConnection'] = ResolversParentTypes['DiagnosisReportConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['DiagnosisReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DiagnosisReportEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiagnosisReportEdge'] = ResolversParentTypes['DiagnosisReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DiagnosisReport'], ParentType, ContextType>;
};

export type DisbursementDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementDocument'] = ResolversParentTypes['DisbursementDocument']> = {
  countersignedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<ReadonlyArray<ResolversTypes['DisbursementLine']>, ParentType, ContextType>;
  payments?: Resolver<ReadonlyArray<ResolversTypes['Payment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  totalFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisbursementDocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementDocumentConnection'] = ResolversParentTypes['DisbursementDocumentConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['DisbursementDocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisbursementDocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementDocumentEdge'] = ResolversParentTypes['DisbursementDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisbursementDocument'], ParentType, ContextType>;
};

export type DisbursementLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementLine'] = ResolversParentTypes['DisbursementLine']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payeeType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  withheldByFindingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  withheldReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
};

export type EligibilityReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  ban?: Resolver<Maybe<ResolversTypes['Ban']>, ParentType, ContextType>;
  bankAccount?: Resolver<Maybe<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  businessInQingpu?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  businessStatus?: Resolver<ResolversTypes['BusinessStatus'], ParentType, ContextType>;
  contacts?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Contact']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  creditStanding?: Resolver<ResolversTypes['CreditStanding'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  independentLiability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soundFinancialRecords?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taxInQingpu?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['Town'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wellManaged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EnterpriseConfirmationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnterpriseConfirmation'] = ResolversParentTypes['EnterpriseConfirmation']> = {
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confirmedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedPage?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
};

export type EnterpriseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EnterpriseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
};

export type EnterpriseImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnterpriseImportReport'] = ResolversParentTypes['EnterpriseImportReport']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ReadonlyArray<ResolversTypes['ImportLineError']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpertResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert']> = {
  affiliations?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpertReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpertReview'] = ResolversParentTypes['ExpertReview']> = {
  assignedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  conflict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FestivalDaysResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FestivalDays'] = ResolversParentTypes['FestivalDays']> = {
  festival?: Resolver<ResolversTypes['Festival'], ParentType, ContextType>;
  holidays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  makeUpWorkdays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedWith?: Resolver<Maybe<ResolversTypes['Festival']>, ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  continuing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FraudFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FraudFinding'] = ResolversParentTypes['FraudFinding']> = {
  atBankPaymentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  banUntil?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  cancelledPaymentIds?: Resolver<ReadonlyArray<ResolversTypes['ID']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldPaymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payeeType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  principalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recoveredFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  recoveries?: Resolver<ReadonlyArray<ResolversTypes['Recovery']>, ParentType, ContextType>;
  releasedCommitmentFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  serious?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FraudFindingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FraudFindingConnection'] = ResolversParentTypes['FraudFindingConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['FraudFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FraudFindingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FraudFindingEdge'] = ResolversParentTypes['FraudFindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FraudFinding'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  policyVersionInForce?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type HolidayArrangementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HolidayArrangement'] = ResolversParentTypes['HolidayArrangement']> = {
  festivals?: Resolver<ReadonlyArray<ResolversTypes['FestivalDays']>, ParentType, ContextType>;
  holidays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  loadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  makeUpWorkdays?: Resolver<ReadonlyArray<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['HolidayNotice']>, ParentType, ContextType>;
  replacement?: Resolver<Maybe<ResolversTypes['CalendarReplacement']>, ParentType, ContextType>;
  testData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HolidayArrangementLoadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HolidayArrangementLoad'] = ResolversParentTypes['HolidayArrangementLoad']> = {
  calendarYear?: Resolver<ResolversTypes['CalendarYear'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CalendarLoadOutcome'], ParentType, ContextType>;
};

export type HolidayNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HolidayNotice'] = ResolversParentTypes['HolidayNotice']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ineligible?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zeroAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportLine'] = ResolversParentTypes['ImportLine']> = {
  amountExplanation?: Resolver<Maybe<ResolversTypes['AmountExplanation']>, ParentType, ContextType>;
  awardFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportLineConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportLineConnection'] = ResolversParentTypes['ImportLineConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ImportLineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ImportLineEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportLineEdge'] = ResolversParentTypes['ImportLineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportLine'], ParentType, ContextType>;
};

export type ImportLineErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportLineError'] = ResolversParentTypes['ImportLineError']> = {
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<ReadonlyArray<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntentionEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntentionEntry'] = ResolversParentTypes['IntentionEntry']> = {
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntentionEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntentionEntryConnection'] = ResolversParentTypes['IntentionEntryConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['IntentionEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IntentionEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntentionEntryEdge'] = ResolversParentTypes['IntentionEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IntentionEntry'], ParentType, ContextType>;
};

export type InvestmentFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentFigures'] = ResolversParentTypes['InvestmentFigures']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalInvestmentFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
};

export type LocalClockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalClock'] = ResolversParentTypes['LocalClock']> = {
  now?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  speed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationAcceptApplicationArgs, 'input'>>;
  addIntentionEntry?: Resolver<ResolversTypes['IntentionEntry'], ParentType, ContextType, RequireFields<MutationAddIntentionEntryArgs, 'input'>>;
  amendDiagnosisPlan?: Resolver<ResolversTypes['DiagnosisPlan'], ParentType, ContextType, RequireFields<MutationAmendDiagnosisPlanArgs, 'input'>>;
  assignExpert?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationAssignExpertArgs, 'input'>>;
  assignProvider?: Resolver<ResolversTypes['DiagnosisAssignment'], ParentType, ContextType, RequireFields<MutationAssignProviderArgs, 'input'>>;
  cancelPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationCancelPaymentArgs, 'input'>>;
  completeAttachmentUpload?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType, RequireFields<MutationCompleteAttachmentUploadArgs, 'id'>>;
  confirmDiagnosisReport?: Resolver<ResolversTypes['DiagnosisReport'], ParentType, ContextType, RequireFields<MutationConfirmDiagnosisReportArgs, 'input'>>;
  countersignDisbursementDocument?: Resolver<ResolversTypes['DisbursementDocument'], ParentType, ContextType, RequireFields<MutationCountersignDisbursementDocumentArgs, 'id' | 'version'>>;
  createDiagnosisPlan?: Resolver<ResolversTypes['DiagnosisPlan'], ParentType, ContextType, RequireFields<MutationCreateDiagnosisPlanArgs, 'input'>>;
  createEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationCreateEnterpriseArgs, 'input'>>;
  createPaymentBatch?: Resolver<ResolversTypes['PaymentBatch'], ParentType, ContextType, RequireFields<MutationCreatePaymentBatchArgs, 'input'>>;
  createProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationCreateProviderArgs, 'input'>>;
  declareConflict?: Resolver<ResolversTypes['ConflictDeclaration'], ParentType, ContextType, RequireFields<MutationDeclareConflictArgs, 'input'>>;
  deliberate?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationDeliberateArgs, 'input'>>;
  draftApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDraftApplicationArgs, 'input'>>;
  draftDisbursementDocument?: Resolver<ResolversTypes['DisbursementDocument'], ParentType, ContextType, RequireFields<MutationDraftDisbursementDocumentArgs, 'input'>>;
  draftPolicyVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType, RequireFields<MutationDraftPolicyVersionArgs, 'input'>>;
  exportAuditRecords?: Resolver<ResolversTypes['AuditExport'], ParentType, ContextType, RequireFields<MutationExportAuditRecordsArgs, 'input'>>;
  fileObjection?: Resolver<ResolversTypes['ObjectionReceipt'], ParentType, ContextType, RequireFields<MutationFileObjectionArgs, 'input'>>;
  importCertifications?: Resolver<ResolversTypes['CertificationImport'], ParentType, ContextType, RequireFields<MutationImportCertificationsArgs, 'input'>>;
  importEnterprises?: Resolver<ResolversTypes['EnterpriseImportReport'], ParentType, ContextType, RequireFields<MutationImportEnterprisesArgs, 'csv'>>;
  loadHolidayArrangement?: Resolver<ResolversTypes['HolidayArrangementLoad'], ParentType, ContextType, RequireFields<MutationLoadHolidayArrangementArgs, 'input'>>;
  moveLocalClock?: Resolver<ResolversTypes['LocalClock'], ParentType, ContextType, RequireFields<MutationMoveLocalClockArgs, 'input'>>;
  overrideBudget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<MutationOverrideBudgetArgs, 'input'>>;
  preliminaryReview?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationPreliminaryReviewArgs, 'input'>>;
  proposeProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationProposeProjectArgs, 'input'>>;
  proposeProjects?: Resolver<ReadonlyArray<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<MutationProposeProjectsArgs, 'input'>>;
  publishApplicationNotice?: Resolver<ResolversTypes['ApplicationNotice'], ParentType, ContextType, RequireFields<MutationPublishApplicationNoticeArgs, 'input'>>;
  publishDiagnosisPlan?: Resolver<ResolversTypes['DiagnosisPlan'], ParentType, ContextType, RequireFields<MutationPublishDiagnosisPlanArgs, 'version' | 'year'>>;
  publishPolicyVersion?: Resolver<ResolversTypes['PolicyVersion'], ParentType, ContextType, RequireFields<MutationPublishPolicyVersionArgs, 'input'>>;
  reassignProvider?: Resolver<ResolversTypes['DiagnosisAssignment'], ParentType, ContextType, RequireFields<MutationReassignProviderArgs, 'input'>>;
  recordExpertReview?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationRecordExpertReviewArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['DiagnosisReport'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'input'>>;
  recordFraudFinding?: Resolver<ResolversTypes['FraudFinding'], ParentType, ContextType, RequireFields<MutationRecordFraudFindingArgs, 'input'>>;
  recordInvestigation?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationRecordInvestigationArgs, 'input'>>;
  recordPaymentResult?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationRecordPaymentResultArgs, 'input'>>;
  recordRecovery?: Resolver<ResolversTypes['FraudFinding'], ParentType, ContextType, RequireFields<MutationRecordRecoveryArgs, 'input'>>;
  refuseApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationRefuseApplicationArgs, 'input'>>;
  registerExpert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationRegisterExpertArgs, 'input'>>;
  releaseHeldPayment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType, RequireFields<MutationReleaseHeldPaymentArgs, 'input'>>;
  requestAttachmentUpload?: Resolver<ResolversTypes['AttachmentUpload'], ParentType, ContextType, RequireFields<MutationRequestAttachmentUploadArgs, 'input'>>;
  respondToAssignment?: Resolver<ResolversTypes['DiagnosisAssignment'], ParentType, ContextType, RequireFields<MutationRespondToAssignmentArgs, 'input'>>;
  resumeProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationResumeProjectArgs, 'input'>>;
  returnApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationReturnApplicationArgs, 'input'>>;
  screenObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationScreenObjectionArgs, 'input'>>;
  setBudget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<MutationSetBudgetArgs, 'input'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  settleObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationSettleObjectionArgs, 'input'>>;
  signOffProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationSignOffProjectArgs, 'input'>>;
  submitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  submitDiagnosisReport?: Resolver<ResolversTypes['DiagnosisReport'], ParentType, ContextType, RequireFields<MutationSubmitDiagnosisReportArgs, 'input'>>;
  submitPaymentBatch?: Resolver<ResolversTypes['PaymentBatch'], ParentType, ContextType, RequireFields<MutationSubmitPaymentBatchArgs, 'id' | 'version'>>;
  updateApplicationDraft?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationUpdateApplicationDraftArgs, 'input'>>;
  updateEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpdateEnterpriseArgs, 'input'>>;
  updateProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationUpdateProviderArgs, 'input'>>;
  uploadPaymentResults?: Resolver<ResolversTypes['PaymentResultsReport'], ParentType, ContextType, RequireFields<MutationUploadPaymentResultsArgs, 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  attempts?: Resolver<ReadonlyArray<ResolversTypes['NotificationAttempt']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  parkedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentVia?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationAttemptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationAttempt'] = ResolversParentTypes['NotificationAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationPreferencesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = {
  channels?: Resolver<ReadonlyArray<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  kinds?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  mutedKinds?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreachableChannels?: Resolver<ReadonlyArray<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ObjectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Objection'] = ResolversParentTypes['Objection']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['ObjectionDisposition']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectorContact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  screening?: Resolver<Maybe<ResolversTypes['ObjectionScreening']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObjectionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObjectionConnection'] = ResolversParentTypes['ObjectionConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ObjectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ObjectionDispositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObjectionDisposition'] = ResolversParentTypes['ObjectionDisposition']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ObjectionOutcome'], ParentType, ContextType>;
};

export type ObjectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObjectionEdge'] = ResolversParentTypes['ObjectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Objection'], ParentType, ContextType>;
};

export type ObjectionReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObjectionReceipt'] = ResolversParentTypes['ObjectionReceipt']> = {
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ObjectionScreeningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObjectionScreening'] = ResolversParentTypes['ObjectionScreening']> = {
  admissible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['InadmissibleReason']>, ParentType, ContextType>;
};

export type OnePerRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnePerRules'] = ResolversParentTypes['OnePerRules']> = {
  benchmarkTitle?: Resolver<ResolversTypes['BenchmarkTitleOnePer'], ParentType, ContextType>;
  diagnosisReward?: Resolver<ResolversTypes['DiagnosisRewardOnePer'], ParentType, ContextType>;
  implementationReward?: Resolver<ResolversTypes['ImplementationRewardOnePer'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amountExplanation?: Resolver<Maybe<ResolversTypes['AmountExplanation']>, ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  banReleaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankReturnCode?: Resolver<Maybe<ResolversTypes['BankReturnCode']>, ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  financeAction?: Resolver<Maybe<ResolversTypes['FinanceAction']>, ParentType, ContextType>;
  fiscalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fraudFindingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hasBankAccount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holdReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payeeType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAccount'] = ResolversParentTypes['PaymentAccount']> = {
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bankName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentBatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentBatch'] = ResolversParentTypes['PaymentBatch']> = {
  bankFileUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PaymentBatchBankFileUrlArgs, 'profile'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PaymentBatchExportUrlArgs, 'format'>>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  paymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['BatchPaymentConnection'], ParentType, ContextType, Partial<PaymentBatchPaymentsArgs>>;
  resultsTemplateUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentBatchStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentBatchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentBatchConnection'] = ResolversParentTypes['PaymentBatchConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PaymentBatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PaymentBatchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentBatchEdge'] = ResolversParentTypes['PaymentBatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentBatch'], ParentType, ContextType>;
};

export type PaymentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PaymentResultsErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentResultsError'] = ResolversParentTypes['PaymentResultsError']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentResultsFailureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentResultsFailure'] = ResolversParentTypes['PaymentResultsFailure']> = {
  action?: Resolver<ResolversTypes['FinanceAction'], ParentType, ContextType>;
  advice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['BankReturnCode'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentResultsReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentResultsReport'] = ResolversParentTypes['PaymentResultsReport']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ReadonlyArray<ResolversTypes['PaymentResultsError']>, ParentType, ContextType>;
  failures?: Resolver<ReadonlyArray<ResolversTypes['PaymentResultsFailure']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEntry'] = ResolversParentTypes['PlanEntry']> = {
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyCitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyCitation'] = ResolversParentTypes['PolicyCitation']> = {
  clauses?: Resolver<ResolversTypes['PolicyClauses'], ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyClausesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyClauses'] = ResolversParentTypes['PolicyClauses']> = {
  banYears?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diagnosisRewardFen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expertsRequired?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalYearRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  implementationRewardCapFen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  implementationWindowYears?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedLevels?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jointReviewBodies?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onePerRules?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicityWorkingDays?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyTierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyTier'] = ResolversParentTypes['PolicyTier']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CertificationLevel'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  titles?: Resolver<ReadonlyArray<ResolversTypes['BenchmarkTitle']>, ParentType, ContextType>;
};

export type PolicyVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyVersion'] = ResolversParentTypes['PolicyVersion']> = {
  banYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['PolicyCitation'], ParentType, ContextType>;
  demo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  diagnosisRewardFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  draftedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  effectiveTo?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  expertsRequired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYearRule?: Resolver<ResolversTypes['FiscalYearRule'], ParentType, ContextType>;
  fundLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationRewardCapFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  implementationWindowYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedLevels?: Resolver<ReadonlyArray<ResolversTypes['CertificationLevel']>, ParentType, ContextType>;
  jointReviewBodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onePerRules?: Resolver<ResolversTypes['OnePerRules'], ParentType, ContextType>;
  publicityWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PolicyVersionStatus'], ParentType, ContextType>;
  tiers?: Resolver<ReadonlyArray<ResolversTypes['PolicyTier']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PreliminaryReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PreliminaryReview'] = ResolversParentTypes['PreliminaryReview']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PreliminaryOutcome'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgrammeStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgrammeStatistics'] = ResolversParentTypes['ProgrammeStatistics']> = {
  by?: Resolver<ResolversTypes['StatisticsDimension'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measures?: Resolver<ReadonlyArray<ResolversTypes['StatisticsMeasureLabel']>, ParentType, ContextType>;
  series?: Resolver<ReadonlyArray<ResolversTypes['StatisticsSeries']>, ParentType, ContextType>;
  totals?: Resolver<ReadonlyArray<ResolversTypes['StatisticsPoint']>, ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  amountExplanation?: Resolver<Maybe<ResolversTypes['AmountExplanation']>, ParentType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  certificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliberation?: Resolver<Maybe<ResolversTypes['DeliberationDecision']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['ProjectFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['WorkflowPath'], ParentType, ContextType>;
  payeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payeeType?: Resolver<ResolversTypes['ApplicantType'], ParentType, ContextType>;
  policyVersionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAmountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  publicity?: Resolver<Maybe<ResolversTypes['PublicityPeriod']>, ParentType, ContextType>;
  resumption?: Resolver<Maybe<ResolversTypes['ProjectResumption']>, ParentType, ContextType>;
  signOffs?: Resolver<ReadonlyArray<ResolversTypes['SignOff']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProjectStage'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  town?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<Maybe<ResolversTypes['WaitingStage']>, ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectFailureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectFailure'] = ResolversParentTypes['ProjectFailure']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['WorkflowStage'], ParentType, ContextType>;
};

export type ProjectResumptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProjectResumption'] = ResolversParentTypes['ProjectResumption']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failure?: Resolver<ResolversTypes['ProjectFailure'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['WorkflowStage'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProviderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provider'] = ResolversParentTypes['Provider']> = {
  ban?: Resolver<Maybe<ResolversTypes['Ban']>, ParentType, ContextType>;
  bankAccount?: Resolver<Maybe<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  businessStatus?: Resolver<ResolversTypes['BusinessStatus'], ParentType, ContextType>;
  contacts?: Resolver<Maybe<ReadonlyArray<ResolversTypes['Contact']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditStanding?: Resolver<ResolversTypes['CreditStanding'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentLiability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onRoster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qualifications?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  rosterSince?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  soundFinancialRecords?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wellManaged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProviderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderConnection'] = ResolversParentTypes['ProviderConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['ProviderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProviderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderEdge'] = ResolversParentTypes['ProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
};

export type ProviderOverdueCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProviderOverdueCount'] = ResolversParentTypes['ProviderOverdueCount']> = {
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicityEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicityEntry'] = ResolversParentTypes['PublicityEntry']> = {
  amountExplanation?: Resolver<Maybe<ResolversTypes['AmountExplanation']>, ParentType, ContextType>;
  amountProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAmountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicityEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicityEntryConnection'] = ResolversParentTypes['PublicityEntryConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PublicityEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PublicityEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicityEntryEdge'] = ResolversParentTypes['PublicityEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicityEntry'], ParentType, ContextType>;
};

export type PublicityPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicityPeriod'] = ResolversParentTypes['PublicityPeriod']> = {
  endDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applicationNotices?: Resolver<ResolversTypes['ApplicationNoticeConnection'], ParentType, ContextType, RequireFields<QueryApplicationNoticesArgs, 'first'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first'>>;
  attachment?: Resolver<ResolversTypes['Attachment'], ParentType, ContextType, RequireFields<QueryAttachmentArgs, 'id'>>;
  auditRecords?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryAuditRecordsArgs, 'filter' | 'first' | 'order'>>;
  auditTrail?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'entityId' | 'first'>>;
  bans?: Resolver<ResolversTypes['BanEntryConnection'], ParentType, ContextType, Partial<QueryBansArgs>>;
  benchmarkStanding?: Resolver<ResolversTypes['BenchmarkStanding'], ParentType, ContextType, RequireFields<QueryBenchmarkStandingArgs, 'creditCode'>>;
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<QueryBudgetArgs, 'fiscalYear'>>;
  calendarYears?: Resolver<ReadonlyArray<ResolversTypes['CalendarYear']>, ParentType, ContextType>;
  certificationImport?: Resolver<ResolversTypes['CertificationImport'], ParentType, ContextType, RequireFields<QueryCertificationImportArgs, 'id'>>;
  certificationImports?: Resolver<ResolversTypes['CertificationImportConnection'], ParentType, ContextType, Partial<QueryCertificationImportsArgs>>;
  certifications?: Resolver<ReadonlyArray<ResolversTypes['Certification']>, ParentType, ContextType, RequireFields<QueryCertificationsArgs, 'creditCode'>>;
  diagnosisAssignment?: Resolver<ResolversTypes['DiagnosisAssignment'], ParentType, ContextType, RequireFields<QueryDiagnosisAssignmentArgs, 'id'>>;
  diagnosisAssignments?: Resolver<ResolversTypes['DiagnosisAssignmentConnection'], ParentType, ContextType, RequireFields<QueryDiagnosisAssignmentsArgs, 'first' | 'overdueOnly' | 'year'>>;
  diagnosisPlan?: Resolver<ResolversTypes['DiagnosisPlan'], ParentType, ContextType, RequireFields<QueryDiagnosisPlanArgs, 'year'>>;
  diagnosisReport?: Resolver<ResolversTypes['DiagnosisReport'], ParentType, ContextType, RequireFields<QueryDiagnosisReportArgs, 'id'>>;
  diagnosisReports?: Resolver<ResolversTypes['DiagnosisReportConnection'], ParentType, ContextType, RequireFields<QueryDiagnosisReportsArgs, 'first' | 'year'>>;
  disbursementDocuments?: Resolver<ResolversTypes['DisbursementDocumentConnection'], ParentType, ContextType, RequireFields<QueryDisbursementDocumentsArgs, 'first'>>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'creditCode'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  experts?: Resolver<ReadonlyArray<ResolversTypes['Expert']>, ParentType, ContextType>;
  fraudFindings?: Resolver<ResolversTypes['FraudFindingConnection'], ParentType, ContextType, Partial<QueryFraudFindingsArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  intentionPool?: Resolver<ResolversTypes['IntentionEntryConnection'], ParentType, ContextType, RequireFields<QueryIntentionPoolArgs, 'first' | 'year'>>;
  localClock?: Resolver<ResolversTypes['LocalClock'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, Partial<QueryNotificationPreferencesArgs>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  objections?: Resolver<ResolversTypes['ObjectionConnection'], ParentType, ContextType, RequireFields<QueryObjectionsArgs, 'first' | 'projectId'>>;
  overdueAssignmentCounts?: Resolver<ReadonlyArray<ResolversTypes['ProviderOverdueCount']>, ParentType, ContextType, RequireFields<QueryOverdueAssignmentCountsArgs, 'year'>>;
  overdueStages?: Resolver<ReadonlyArray<ResolversTypes['Project']>, ParentType, ContextType>;
  paymentBatch?: Resolver<ResolversTypes['PaymentBatch'], ParentType, ContextType, RequireFields<QueryPaymentBatchArgs, 'id'>>;
  paymentBatches?: Resolver<ResolversTypes['PaymentBatchConnection'], ParentType, ContextType, Partial<QueryPaymentBatchesArgs>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'status'>>;
  policyVersions?: Resolver<ReadonlyArray<ResolversTypes['PolicyVersion']>, ParentType, ContextType>;
  programmeStatistics?: Resolver<ResolversTypes['ProgrammeStatistics'], ParentType, ContextType, RequireFields<QueryProgrammeStatisticsArgs, 'by' | 'fiscalYear'>>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first' | 'overdueOnly' | 'stage'>>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<QueryProviderArgs, 'id'>>;
  providers?: Resolver<ResolversTypes['ProviderConnection'], ParentType, ContextType, RequireFields<QueryProvidersArgs, 'first'>>;
  publicity?: Resolver<ResolversTypes['PublicityEntryConnection'], ParentType, ContextType, RequireFields<QueryPublicityArgs, 'first'>>;
  reconciliation?: Resolver<ResolversTypes['Reconciliation'], ParentType, ContextType, RequireFields<QueryReconciliationArgs, 'fiscalYear'>>;
  towns?: Resolver<ReadonlyArray<ResolversTypes['Town']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['VersionInfo'], ParentType, ContextType>;
};

export type ReconciliationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reconciliation'] = ResolversParentTypes['Reconciliation']> = {
  approvedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  batchesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  budgetCommittedFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  budgetDisbursedFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  cancelledFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mismatches?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
  paidFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  pendingFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
};

export type RecoveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recovery'] = ResolversParentTypes['Recovery']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveredOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type RequiredMaterialResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequiredMaterial'] = ResolversParentTypes['RequiredMaterial']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface SafeAmountScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeAmount'], any> {
  name: 'SafeAmount';
}

export type SignOffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignOff'] = ResolversParentTypes['SignOff']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['SigningBody'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatisticsMeasureLabelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatisticsMeasureLabel'] = ResolversParentTypes['StatisticsMeasureLabel']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['StatisticsMeasure'], ParentType, ContextType>;
};

export type StatisticsPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatisticsPoint'] = ResolversParentTypes['StatisticsPoint']> = {
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['StatisticsMeasure'], ParentType, ContextType>;
};

export type StatisticsSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatisticsSeries'] = ResolversParentTypes['StatisticsSeries']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ReadonlyArray<ResolversTypes['StatisticsPoint']>, ParentType, ContextType>;
};

export type TownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Town'] = ResolversParentTypes['Town']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TownKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UploadTicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UploadTicket'] = ResolversParentTypes['UploadTicket']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headersJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionInfo'] = ResolversParentTypes['VersionInfo']> = {
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WaitingStageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WaitingStage'] = ResolversParentTypes['WaitingStage']> = {
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['HumanStage'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AmountExplanation?: AmountExplanationResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationNotice?: ApplicationNoticeResolvers<ContextType>;
  ApplicationNoticeConnection?: ApplicationNoticeConnectionResolvers<ContextType>;
  ApplicationNoticeEdge?: ApplicationNoticeEdgeResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentUpload?: AttachmentUploadResolvers<ContextType>;
  AuditExport?: AuditExportResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Ban?: BanResolvers<ContextType>;
  BanEntry?: BanEntryResolvers<ContextType>;
  BanEntryConnection?: BanEntryConnectionResolvers<ContextType>;
  BanEntryEdge?: BanEntryEdgeResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  BatchPayment?: BatchPaymentResolvers<ContextType>;
  BatchPaymentConnection?: BatchPaymentConnectionResolvers<ContextType>;
  BatchPaymentEdge?: BatchPaymentEdgeResolvers<ContextType>;
  BenchmarkAwardEntry?: BenchmarkAwardEntryResolvers<ContextType>;
  BenchmarkStanding?: BenchmarkStandingResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  BudgetOverride?: BudgetOverrideResolvers<ContextType>;
  CalendarDayChanges?: CalendarDayChangesResolvers<ContextType>;
  CalendarReplacement?: CalendarReplacementResolvers<ContextType>;
  CalendarYear?: CalendarYearResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  CertificationImport?: CertificationImportResolvers<ContextType>;
  CertificationImportConnection?: CertificationImportConnectionResolvers<ContextType>;
  CertificationImportEdge?: CertificationImportEdgeResolvers<ContextType>;
  CertificationOutcome?: CertificationOutcomeResolvers<ContextType>;
  CertificationSource?: CertificationSourceResolvers<ContextType>;
  ConflictDeclaration?: ConflictDeclarationResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliberationDecision?: DeliberationDecisionResolvers<ContextType>;
  DiagnosisAssignment?: DiagnosisAssignmentResolvers<ContextType>;
  DiagnosisAssignmentConnection?: DiagnosisAssignmentConnectionResolvers<ContextType>;
  DiagnosisAssignmentEdge?: DiagnosisAssignmentEdgeResolvers<ContextType>;
  DiagnosisPlan?: DiagnosisPlanResolvers<ContextType>;
  DiagnosisReport?: DiagnosisReportResolvers<ContextType>;
  DiagnosisReportConnection?: DiagnosisReportConnectionResolvers<ContextType>;
  DiagnosisReportEdge?: DiagnosisReportEdgeResolvers<ContextType>;
  DisbursementDocument?: DisbursementDocumentResolvers<ContextType>;
  DisbursementDocumentConnection?: DisbursementDocumentConnectionResolvers<ContextType>;
  DisbursementDocumentEdge?: DisbursementDocumentEdgeResolvers<ContextType>;
  DisbursementLine?: DisbursementLineResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConfirmation?: EnterpriseConfirmationResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  EnterpriseImportReport?: EnterpriseImportReportResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  ExpertReview?: ExpertReviewResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FestivalDays?: FestivalDaysResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FraudFinding?: FraudFindingResolvers<ContextType>;
  FraudFindingConnection?: FraudFindingConnectionResolvers<ContextType>;
  FraudFindingEdge?: FraudFindingEdgeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  HolidayArrangement?: HolidayArrangementResolvers<ContextType>;
  HolidayArrangementLoad?: HolidayArrangementLoadResolvers<ContextType>;
  HolidayNotice?: HolidayNoticeResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportLine?: ImportLineResolvers<ContextType>;
  ImportLineConnection?: ImportLineConnectionResolvers<ContextType>;
  ImportLineEdge?: ImportLineEdgeResolvers<ContextType>;
  ImportLineError?: ImportLineErrorResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  IntentionEntry?: IntentionEntryResolvers<ContextType>;
  IntentionEntryConnection?: IntentionEntryConnectionResolvers<ContextType>;
  IntentionEntryEdge?: IntentionEntryEdgeResolvers<ContextType>;
  InvestmentFigures?: InvestmentFiguresResolvers<ContextType>;
  LocalClock?: LocalClockResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationAttempt?: NotificationAttemptResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Objection?: ObjectionResolvers<ContextType>;
  ObjectionConnection?: ObjectionConnectionResolvers<ContextType>;
  ObjectionDisposition?: ObjectionDispositionResolvers<ContextType>;
  ObjectionEdge?: ObjectionEdgeResolvers<ContextType>;
  ObjectionReceipt?: ObjectionReceiptResolvers<ContextType>;
  ObjectionScreening?: ObjectionScreeningResolvers<ContextType>;
  OnePerRules?: OnePerRulesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAccount?: PaymentAccountResolvers<ContextType>;
  PaymentBatch?: PaymentBatchResolvers<ContextType>;
  PaymentBatchConnection?: PaymentBatchConnectionResolvers<ContextType>;
  PaymentBatchEdge?: PaymentBatchEdgeResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentResultsError?: PaymentResultsErrorResolvers<ContextType>;
  PaymentResultsFailure?: PaymentResultsFailureResolvers<ContextType>;
  PaymentResultsReport?: PaymentResultsReportResolvers<ContextType>;
  PlanEntry?: PlanEntryResolvers<ContextType>;
  PolicyCitation?: PolicyCitationResolvers<ContextType>;
  PolicyClauses?: PolicyClausesResolvers<ContextType>;
  PolicyTier?: PolicyTierResolvers<ContextType>;
  PolicyVersion?: PolicyVersionResolvers<ContextType>;
  PreliminaryReview?: PreliminaryReviewResolvers<ContextType>;
  ProgrammeStatistics?: ProgrammeStatisticsResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectFailure?: ProjectFailureResolvers<ContextType>;
  ProjectResumption?: ProjectResumptionResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderEdge?: ProviderEdgeResolvers<ContextType>;
  ProviderOverdueCount?: ProviderOverdueCountResolvers<ContextType>;
  PublicityEntry?: PublicityEntryResolvers<ContextType>;
  PublicityEntryConnection?: PublicityEntryConnectionResolvers<ContextType>;
  PublicityEntryEdge?: PublicityEntryEdgeResolvers<ContextType>;
  PublicityPeriod?: PublicityPeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reconciliation?: ReconciliationResolvers<ContextType>;
  Recovery?: RecoveryResolvers<ContextType>;
  RequiredMaterial?: RequiredMaterialResolvers<ContextType>;
  SafeAmount?: GraphQLScalarType;
  SignOff?: SignOffResolvers<ContextType>;
  StatisticsMeasureLabel?: StatisticsMeasureLabelResolvers<ContextType>;
  StatisticsPoint?: StatisticsPointResolvers<ContextType>;
  StatisticsSeries?: StatisticsSeriesResolvers<ContextType>;
  Town?: TownResolvers<ContextType>;
  UploadTicket?: UploadTicketResolvers<ContextType>;
  VersionInfo?: VersionInfoResolvers<ContextType>;
  WaitingStage?: WaitingStageResolvers<ContextType>;
};

