import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserPrincipal } from '../../domain/identity/principal.ts';
import type { Town as TownModel } from '../../domain/towns/town.ts';
import type { Enterprise as EnterpriseModel } from '../../domain/registry/enterprise.ts';
import type { Provider as ProviderModel } from '../../domain/registry/provider.ts';
import type { AuditRecord as AuditRecordModel } from '../../domain/audit/audit-record.ts';
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
   * An instant in time, ISO 8601 with offset (e.g. `2026-09-28T00:00:00+08:00`). Policy dates are calendar
   * dates in China Standard Time (R6.4.1).
   */
  DateTime: { input: Date | string; output: Date | string; }
  /**
   * A calendar date in China Standard Time, `YYYY-MM-DD` (R6.4.1: every policy date is a CST calendar date).
   * 日期（北京时间）。
   */
  LocalDate: { input: string; output: string; }
};

/** What kind of record an audit entry is about. 审计对象类型。 */
export type AuditEntityType =
  /** An enterprise. 企业。 */
  | 'ENTERPRISE'
  /** A provider. 服务商。 */
  | 'PROVIDER';

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
  /** Id of the record changed (credit code or provider id). 对象编号。 */
  readonly entityId: Scalars['ID']['output'];
  /** Kind of record changed. 对象类型。 */
  readonly entityType: AuditEntityType;
  /** Unique id of the entry. 编号。 */
  readonly id: Scalars['ID']['output'];
  /** The operation, e.g. `createEnterprise`. 操作。 */
  readonly operation: Scalars['String']['output'];
};

/** A page of audit entries, newest first. 审计记录分页。 */
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

/** An R7.2 three-year ban from district special-fund support. 取消申报资格。 */
export type Ban = {
  readonly __typename?: 'Ban';
  /** Why the ban was imposed. 原因。 */
  readonly reason: Scalars['String']['output'];
  /** First CST date on which the subject may apply again. 截止日期。 */
  readonly until: Scalars['LocalDate']['output'];
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
  /** What is wrong. 说明。 */
  readonly message: Scalars['String']['output'];
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
  /** A policy rule refused the request; `extensions.rule` names it (e.g. `R5.3`). 违反政策规则。 */
  | 'POLICY_VIOLATION'
  /** The token is missing where required, malformed, tampered with or expired. 未认证。 */
  | 'UNAUTHENTICATED';

/** Liveness of the API. 健康状态。 */
export type Health = {
  readonly __typename?: 'Health';
  /** Always `ok` when the API answers. */
  readonly status: Scalars['String']['output'];
  /** Server time of the answer. */
  readonly time: Scalars['DateTime']['output'];
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

/** One problem of an import line. 问题。 */
export type ImportProblem = {
  readonly __typename?: 'ImportProblem';
  /** Error code: BAD_USER_INPUT, FORBIDDEN or CONFLICT. 错误码。 */
  readonly code: ErrorCode;
  /** Column (field) at fault, when one is. 字段。 */
  readonly field?: Maybe<Scalars['String']['output']>;
  /** What is wrong. 说明。 */
  readonly message: Scalars['String']['output'];
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
 * Write operations. Each area of the API extends this type in its own file; every mutation writes an audit
 * record in the same transaction as its change.
 * 变更。
 */
export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Registers an enterprise. ECONOMIC_COMMISSION, or a town officer for their own town. 新增企业。 */
  readonly createEnterprise: Enterprise;
  /** Registers a provider. ECONOMIC_COMMISSION only. 新增服务商。 */
  readonly createProvider: Provider;
  /**
   * Creates or updates enterprises from a town register in CSV (UTF-8, header row, Chinese or English column
   * names; at most 5,000 lines). Each line is written whole or not at all; refused lines are reported with
   * their line numbers. ECONOMIC_COMMISSION, or a town officer for lines of their own town. 批量导入企业。
   */
  readonly importEnterprises: EnterpriseImportReport;
  /** Changes an enterprise (see the input for who may change what). 变更企业。 */
  readonly updateEnterprise: Enterprise;
  /** Changes a provider (see the input for who may change what). 变更服务商。 */
  readonly updateProvider: Provider;
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
export type MutationCreateProviderArgs = {
  input: CreateProviderInput;
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

/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type Query = {
  readonly __typename?: 'Query';
  /** The changes of one record (credit code or provider id), newest first. ECONOMIC_COMMISSION only. 审计记录。 */
  readonly auditTrail: AuditRecordConnection;
  /** One enterprise by credit code; NOT_FOUND when it does not exist or is outside the caller's scope. 企业。 */
  readonly enterprise: Enterprise;
  /**
   * Enterprises the caller may see, by name, with cursor pagination (`first` 1–100, default 20). A town
   * officer sees only their town, an enterprise user only itself. 企业列表。
   */
  readonly enterprises: EnterpriseConnection;
  /** Liveness: `ok` when the API answers. Public. 健康检查。 */
  readonly health: Health;
  /** The signed-in caller. Any signed-in role. 当前用户。 */
  readonly me: Me;
  /** One provider by id; NOT_FOUND when it does not exist or is outside the caller's scope. 服务商。 */
  readonly provider: Provider;
  /** Providers the caller may see, by name (`first` 1–100, default 20). A provider user sees only itself. 服务商列表。 */
  readonly providers: ProviderConnection;
  /** Every local unit, active ones first. Any signed-in role. 街镇列表。 */
  readonly towns: ReadonlyArray<Town>;
  /** Which build is answering. Any signed-in role. 版本。 */
  readonly version: VersionInfo;
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
  /** Member of the joint review group (Development and Reform Commission, Science and Technology Commission). 联合审核小组成员。 */
  | 'JOINT_REVIEWER'
  /** District industrial-development coordination office (promotion office). 产推办。 */
  | 'PROMOTION_OFFICE'
  /** A user speaking for one diagnosis service provider. 服务商。 */
  | 'PROVIDER'
  /** Responsible officer of a town or subdistrict. 街镇责任部门。 */
  | 'TOWN_OFFICER';

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
  AuditEntityType: AuditEntityType;
  AuditRecord: ResolverTypeWrapper<AuditRecordModel>;
  AuditRecordConnection: ResolverTypeWrapper<Omit<AuditRecordConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['AuditRecordEdge']> }>;
  AuditRecordEdge: ResolverTypeWrapper<Omit<AuditRecordEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }>;
  Ban: ResolverTypeWrapper<Ban>;
  BankAccount: ResolverTypeWrapper<BankAccount>;
  BankAccountInput: BankAccountInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessStatus: BusinessStatus;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreateProviderInput: CreateProviderInput;
  CreditStanding: CreditStanding;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Eligibility: ResolverTypeWrapper<Eligibility>;
  EligibilityReason: ResolverTypeWrapper<EligibilityReason>;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseImportReport: ResolverTypeWrapper<EnterpriseImportReport>;
  ErrorCode: ErrorCode;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportLineError: ResolverTypeWrapper<ImportLineError>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Me: ResolverTypeWrapper<UserPrincipal>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: ResolverTypeWrapper<ProviderModel>;
  ProviderConnection: ResolverTypeWrapper<Omit<ProviderConnection, 'edges'> & { edges: ReadonlyArray<ResolversTypes['ProviderEdge']> }>;
  ProviderEdge: ResolverTypeWrapper<Omit<ProviderEdge, 'node'> & { node: ResolversTypes['Provider'] }>;
  ProviderFilter: ProviderFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Town: ResolverTypeWrapper<TownModel>;
  TownKind: TownKind;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateProviderInput: UpdateProviderInput;
  VersionInfo: ResolverTypeWrapper<VersionInfo>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditRecord: AuditRecordModel;
  AuditRecordConnection: Omit<AuditRecordConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['AuditRecordEdge']> };
  AuditRecordEdge: Omit<AuditRecordEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  Ban: Ban;
  BankAccount: BankAccount;
  BankAccountInput: BankAccountInput;
  Boolean: Scalars['Boolean']['output'];
  Contact: Contact;
  ContactInput: ContactInput;
  CreateEnterpriseInput: CreateEnterpriseInput;
  CreateProviderInput: CreateProviderInput;
  DateTime: Scalars['DateTime']['output'];
  Eligibility: Eligibility;
  EligibilityReason: EligibilityReason;
  Enterprise: EnterpriseModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseImportReport: EnterpriseImportReport;
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportLineError: ImportLineError;
  ImportProblem: ImportProblem;
  Int: Scalars['Int']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  Me: UserPrincipal;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Provider: ProviderModel;
  ProviderConnection: Omit<ProviderConnection, 'edges'> & { edges: ReadonlyArray<ResolversParentTypes['ProviderEdge']> };
  ProviderEdge: Omit<ProviderEdge, 'node'> & { node: ResolversParentTypes['Provider'] };
  ProviderFilter: ProviderFilter;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Town: TownModel;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  UpdateProviderInput: UpdateProviderInput;
  VersionInfo: VersionInfo;
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

export type BankAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = {
  accountName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bankName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
};

export type EligibilityReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  createEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationCreateEnterpriseArgs, 'input'>>;
  createProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationCreateProviderArgs, 'input'>>;
  importEnterprises?: Resolver<ResolversTypes['EnterpriseImportReport'], ParentType, ContextType, RequireFields<MutationImportEnterprisesArgs, 'csv'>>;
  updateEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpdateEnterpriseArgs, 'input'>>;
  updateProvider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<MutationUpdateProviderArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditTrail?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'entityId' | 'first'>>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'creditCode'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType, RequireFields<QueryProviderArgs, 'id'>>;
  providers?: Resolver<ResolversTypes['ProviderConnection'], ParentType, ContextType, RequireFields<QueryProvidersArgs, 'first'>>;
  towns?: Resolver<ReadonlyArray<ResolversTypes['Town']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['VersionInfo'], ParentType, ContextType>;
};

export type TownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Town'] = ResolversParentTypes['Town']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TownKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionInfo'] = ResolversParentTypes['VersionInfo']> = {
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Ban?: BanResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Eligibility?: EligibilityResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  EnterpriseImportReport?: EnterpriseImportReportResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportLineError?: ImportLineErrorResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderEdge?: ProviderEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Town?: TownResolvers<ContextType>;
  VersionInfo?: VersionInfoResolvers<ContextType>;
};

