import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserPrincipal } from '../../domain/identity/principal.ts';
import type { Town as TownModel } from '../../domain/towns/town.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  DateTime: { input: Date; output: Date; }
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
  __typename?: 'Health';
  /** Always `ok` when the API answers. */
  status: Scalars['String']['output'];
  /** Server time of the answer. */
  time: Scalars['DateTime']['output'];
};

/** The signed-in caller, as the API sees them. 当前用户。 */
export type Me = {
  __typename?: 'Me';
  /** ENTERPRISE: unified social credit code of their enterprise. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** PROVIDER: id of their provider. */
  providerId?: Maybe<Scalars['String']['output']>;
  /** The role the caller acts in. */
  role: Role;
  /** TOWN_OFFICER: code of their town. */
  town?: Maybe<Scalars['String']['output']>;
  /** Subject of the identity provider. */
  userId: Scalars['String']['output'];
};

/**
 * Read operations. Each area of the API extends this type in its own file.
 * 查询。
 */
export type Query = {
  __typename?: 'Query';
  /** Liveness: `ok` when the API answers. Public. 健康检查。 */
  health: Health;
  /** The signed-in caller. Any signed-in role. 当前用户。 */
  me: Me;
  /** Every local unit, active ones first. Any signed-in role. 街镇列表。 */
  towns: Array<Town>;
  /** Which build is answering. Any signed-in role. 版本。 */
  version: VersionInfo;
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
  __typename?: 'Town';
  /** False for a unit that was merged or renamed; kept for history. 是否有效。 */
  active: Scalars['Boolean']['output'];
  /** Stable code, e.g. `ZHUJIAJIAO`. 代码。 */
  code: Scalars['ID']['output'];
  /** Kind of unit. 类型。 */
  kind: TownKind;
  /** Official Chinese name, e.g. 朱家角镇. 名称。 */
  name: Scalars['String']['output'];
  /** English name. 英文名称。 */
  nameEn: Scalars['String']['output'];
};

/** Kind of local unit (R3.2). 单位类型。 */
export type TownKind =
  /** District-owned enterprise group, taking part like a town. 区属企业。 */
  | 'DISTRICT_OWNED_GROUP'
  /** Subdistrict. 街道。 */
  | 'SUBDISTRICT'
  /** Town. 镇。 */
  | 'TOWN';

/** What build of the API is answering. 版本信息。 */
export type VersionInfo = {
  __typename?: 'VersionInfo';
  /** `production` or `development`: development turns on introspection and development tokens. */
  mode: Scalars['String']['output'];
  /** Service name. */
  service: Scalars['String']['output'];
  /** Release version of the API. */
  version: Scalars['String']['output'];
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Me: ResolverTypeWrapper<UserPrincipal>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Town: ResolverTypeWrapper<TownModel>;
  TownKind: TownKind;
  VersionInfo: ResolverTypeWrapper<VersionInfo>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Me: UserPrincipal;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Town: TownModel;
  VersionInfo: VersionInfo;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['Town']>, ParentType, ContextType>;
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
  DateTime?: GraphQLScalarType;
  Health?: HealthResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Town?: TownResolvers<ContextType>;
  VersionInfo?: VersionInfoResolvers<ContextType>;
};

