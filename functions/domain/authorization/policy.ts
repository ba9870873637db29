/**
 * Authorization, in one place: which principal may run which operation, on which rows. Every use case
 * calls `authorize` (or `listScope` for lists) before it touches data; resolvers never decide access.
 * `authorize` fails closed: a row-scoped grant given no row refuses. A use case that must look the row up
 * first gates on `authorizeRole` ("the role holds the operation at some scope"), then checks the row.
 *
 * A grant gives a role a scope: ALL rows, OWN_TOWN (a town officer's enterprises), or SELF (an
 * enterprise user's own enterprise, a provider user's own provider). Operations ending in a field group
 * (`…Contacts`, `…BankAccount`) are the field-level rules for contact data and bank details.
 */
import { Forbidden } from '../errors.ts';
import type { Principal, Role } from '../identity/principal.ts';
import { ROLES } from '../identity/principal.ts';
import { render } from '../messages/bilingual.ts';
import { REFUSALS } from '../messages/refusals.ts';

/** ASSIGNED: an expert's own review assignments (R6.3). */
export type Scope = 'ALL' | 'OWN_TOWN' | 'SELF' | 'ASSIGNED';
type Grants = Readonly<Partial<Record<Role, Scope>>>;
type Rule = { readonly public: true } | { readonly public: false; readonly grants: Grants };

const PUBLIC: Rule = { public: true };
const grant = (grants: Grants): Rule => ({ public: false, grants });
const EVERY_ROLE = grant(Object.fromEntries(ROLES.map((role) => [role, 'ALL'])));

/** Roles whose stage needs to read the registry: review, deliberation and payment see every subject. */
const OVERSIGHT = {
  ECONOMIC_COMMISSION: 'ALL',
  JOINT_REVIEWER: 'ALL',
  FINANCE: 'ALL',
  PROMOTION_OFFICE: 'ALL',
} as const;

/** Every operation of the API and who may run it. The authorization matrix tests walk this table. */
export const OPERATION_RULES = {
  /** Liveness probe: says nothing about data, so monitors may call it unsigned. */
  health: PUBLIC,
  version: EVERY_ROLE,
  me: EVERY_ROLE,
  listTowns: EVERY_ROLE,

  readEnterprise: grant({ ...OVERSIGHT, TOWN_OFFICER: 'OWN_TOWN', ENTERPRISE: 'SELF' }),
  readEnterpriseContacts: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN', ENTERPRISE: 'SELF' }),
  readEnterpriseBankAccount: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL', ENTERPRISE: 'SELF' }),
  createEnterprise: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),
  /** The record itself: name, address, town, principal, R4.1 and R4.3 facts. Never the enterprise itself. */
  updateEnterpriseRecord: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),
  updateEnterpriseContacts: grant({
    ECONOMIC_COMMISSION: 'ALL',
    TOWN_OFFICER: 'OWN_TOWN',
    ENTERPRISE: 'SELF',
  }),
  updateEnterpriseBankAccount: grant({ ECONOMIC_COMMISSION: 'ALL', ENTERPRISE: 'SELF' }),
  importEnterprises: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),

  readProvider: grant({ ...OVERSIGHT, TOWN_OFFICER: 'ALL', PROVIDER: 'SELF' }),
  readProviderContacts: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'ALL', PROVIDER: 'SELF' }),
  readProviderBankAccount: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL', PROVIDER: 'SELF' }),
  createProvider: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** Name, R4.3 facts and the roster (R6.1.2): the commission's call. */
  updateProviderRecord: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  updateProviderProfile: grant({ ECONOMIC_COMMISSION: 'ALL', PROVIDER: 'SELF' }),
  updateProviderContacts: grant({ ECONOMIC_COMMISSION: 'ALL', PROVIDER: 'SELF' }),
  updateProviderBankAccount: grant({ ECONOMIC_COMMISSION: 'ALL', PROVIDER: 'SELF' }),

  readAuditTrail: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /**
   * The trail across records (by actor, entity type, CST date range) and its export for inspectors: the
   * commission's, which sees every record; no role is scoped to part of the trail.
   */
  readAuditRecords: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  exportAuditRecords: grant({ ECONOMIC_COMMISSION: 'ALL' }),

  readPolicyVersions: EVERY_ROLE,
  /** R9.1: one commission user drafts a version, another publishes it. */
  draftPolicyVersion: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  publishPolicyVersion: grant({ ECONOMIC_COMMISSION: 'ALL' }),

  /** R6.1.1: towns list their willing enterprises; the commission sees every town's. */
  addIntentionEntry: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),
  readIntentionPool: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),
  /** The annual plan is the commission's; the bodies that follow the programme read it. */
  manageDiagnosisPlan: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  readDiagnosisPlan: grant({ ...OVERSIGHT, TOWN_OFFICER: 'OWN_TOWN' }),
  /** R6.1.3: the commission matches; the provider answers for its own assignments. */
  assignProvider: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  respondToAssignment: grant({ PROVIDER: 'SELF' }),
  readAssignment: grant({
    ECONOMIC_COMMISSION: 'ALL',
    TOWN_OFFICER: 'OWN_TOWN',
    PROVIDER: 'SELF',
    ENTERPRISE: 'SELF',
  }),
  submitDiagnosisReport: grant({ PROVIDER: 'SELF' }),
  /** R6.2.1: only the enterprise itself confirms its report. */
  confirmDiagnosisReport: grant({ ENTERPRISE: 'SELF' }),
  /** R6.1.4: the commission and the town help the cooperation go on. */
  recordFollowUp: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),
  readDiagnosisReport: grant({
    ...OVERSIGHT,
    TOWN_OFFICER: 'OWN_TOWN',
    PROVIDER: 'SELF',
    ENTERPRISE: 'SELF',
  }),
  /** Files are uploaded by whoever writes the record they belong to. */
  uploadAttachment: grant({ ECONOMIC_COMMISSION: 'ALL', PROVIDER: 'SELF', ENTERPRISE: 'SELF' }),

  /** R6.2.0. */
  publishApplicationNotice: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  readApplicationNotices: EVERY_ROLE,
  /** R6.2.1, R6.2.2: providers and enterprises apply for themselves. */
  applyForReward: grant({ PROVIDER: 'SELF', ENTERPRISE: 'SELF' }),
  /** R6.2.2: the enterprise's town accepts its application online. */
  acceptApplication: grant({ TOWN_OFFICER: 'OWN_TOWN' }),
  readApplication: grant({
    ...OVERSIGHT,
    TOWN_OFFICER: 'OWN_TOWN',
    PROVIDER: 'SELF',
    ENTERPRISE: 'SELF',
    EXPERT: 'ASSIGNED',
  }),
  /** R6.3: the commission's preliminary review, and its choice of experts. */
  preliminaryReview: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  assignExperts: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** The commission keeps the register of experts and their links (R6.3). */
  manageExperts: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R6.3: an expert reviews, or declares a conflict of interest, on applications assigned to them only. */
  reviewAsExpert: grant({ EXPERT: 'ASSIGNED' }),

  /** R6.7b: the commission imports the municipal and national lists and reads their reports. */
  importCertifications: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  readCertificationImports: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL' }),
  /** An enterprise's certifications and benchmark standing (R5.3): like its projects. */
  readCertifications: grant({ ...OVERSIGHT, TOWN_OFFICER: 'OWN_TOWN', ENTERPRISE: 'SELF' }),

  /** R6.6: finance pulls payments into batches, exports them, releases them and records the results. */
  readPayments: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL' }),
  managePaymentBatches: grant({ FINANCE: 'ALL' }),
  /** The commission cancels a payment before it is batched, with a reason. */
  cancelPayment: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R7: the commission records fraud findings; recoveries are recorded by the commission or finance. */
  recordFraudFinding: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  recordRecovery: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL' }),
  /** R7.2.1: the commission releases a payment a ban holds, with a reason. */
  releaseHeldPayment: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R7.2.1: bans are a list for the district's roles; the principal and the evidence are the commission's. */
  readBans: grant({ ...OVERSIGHT, TOWN_OFFICER: 'ALL' }),
  readBanDetails: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** Issue 17: the programme's statistics are the commission's; a town officer reads its own town's. */
  readProgrammeStatistics: grant({ ECONOMIC_COMMISSION: 'ALL', TOWN_OFFICER: 'OWN_TOWN' }),

  /**
   * R6.3, R3.1: the joint review group's part in proposals — the commission and the member bodies read the
   * experts' evaluations they decide on (proposing itself is `proposeForSupport`).
   */
  readExpertReviews: grant({ ECONOMIC_COMMISSION: 'ALL', JOINT_REVIEWER: 'ALL' }),
  /** R3.1.1: the commission proposes (its sign-off, with the amount, R5.5): `proposeProject(s)`. */
  proposeForSupport: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R3.1.1: each other member body signs through a JOINT_REVIEWER user sitting for it. */
  signOffProject: grant({ JOINT_REVIEWER: 'ALL' }),
  readProjects: grant({ ...OVERSIGHT, TOWN_OFFICER: 'OWN_TOWN', PROVIDER: 'SELF', ENTERPRISE: 'SELF' }),
  /** R6.4: publicity is public, and so is filing an objection. */
  readPublicity: PUBLIC,
  fileObjection: PUBLIC,
  /** R6.4.3: the objector's identity, the screening and the investigation are the commission's. */
  readObjections: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  screenObjection: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  settleObjection: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** The bulk disposition (`recordInvestigation`): every admissible objection of a project at once. */
  investigateObjections: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R6.5. */
  deliberate: grant({ PROMOTION_OFFICE: 'ALL' }),
  /** R6.4.4: the commission resumes a project whose workflow failed, once the cause is fixed. */
  resumeProject: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R6.6: the commission drafts, finance countersigns. */
  draftDisbursementDocument: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  countersignDisbursementDocument: grant({ FINANCE: 'ALL' }),
  /** R6.4.2: the commission loads a year's holiday arrangement once the State Council publishes it. */
  manageCalendar: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  readCalendar: EVERY_ROLE,
  /** A local development server's clock (`npm start -- --clock`): read and moved by the commission only. */
  controlLocalClock: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  /** R2.2: the budget is set by the commission or finance, overridden by the commission only. */
  manageBudget: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL' }),
  overrideBudget: grant({ ECONOMIC_COMMISSION: 'ALL' }),
  readBudget: grant({ ECONOMIC_COMMISSION: 'ALL', FINANCE: 'ALL' }),
  readDisbursementDocuments: grant({
    ECONOMIC_COMMISSION: 'ALL',
    FINANCE: 'ALL',
    PROMOTION_OFFICE: 'ALL',
    JOINT_REVIEWER: 'ALL',
  }),

  /**
   * Issue 17: a recipient's notifications and preferences — an enterprise or provider its own, a town
   * officer its town's inbox; the commission reads anyone's (to answer "was I told?").
   */
  readNotifications: grant({
    ECONOMIC_COMMISSION: 'ALL',
    TOWN_OFFICER: 'OWN_TOWN',
    ENTERPRISE: 'SELF',
    PROVIDER: 'SELF',
  }),
  /** Each recipient chooses its own channels and muted kinds; nobody chooses for another. */
  manageNotificationPreferences: grant({ TOWN_OFFICER: 'OWN_TOWN', ENTERPRISE: 'SELF', PROVIDER: 'SELF' }),
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof OPERATION_RULES;

/**
 * The row an operation touches, as far as scope is concerned: the enterprise it concerns (and that
 * enterprise's town), the provider it concerns, or both (an assignment, a report).
 */
export interface Resource {
  readonly creditCode?: string | undefined;
  readonly town?: string | undefined;
  readonly providerId?: string | undefined;
  /** Experts assigned to review it (without a declared conflict of interest). */
  readonly assignedExperts?: readonly string[] | undefined;
}

/** The rows a caller may list. */
export type ListScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'town'; readonly town: string }
  | { readonly kind: 'enterprise'; readonly creditCode: string }
  | { readonly kind: 'provider'; readonly providerId: string }
  | { readonly kind: 'assigned'; readonly expertId: string };

function scopeOf(principal: Principal, operation: Operation): Scope | 'PUBLIC' | undefined {
  const rule: Rule = OPERATION_RULES[operation];
  if (rule.public) return 'PUBLIC';
  return principal.kind === 'user' ? rule.grants[principal.role] : undefined;
}

function covers(principal: Principal, scope: Scope, resource: Resource): boolean {
  if (principal.kind !== 'user') return false;
  switch (scope) {
    case 'ALL':
      return true;
    case 'OWN_TOWN':
      return principal.town !== undefined && resource.town === principal.town;
    case 'SELF':
      return (
        (principal.role === 'ENTERPRISE' &&
          principal.creditCode !== undefined &&
          principal.creditCode === resource.creditCode) ||
        (principal.role === 'PROVIDER' &&
          principal.providerId !== undefined &&
          principal.providerId === resource.providerId)
      );
    case 'ASSIGNED':
      return principal.role === 'EXPERT' && (resource.assignedExperts ?? []).includes(principal.userId);
  }
}

/**
 * Whether the principal may run the operation on `resource`. Fails closed: a grant scoped to rows
 * (OWN_TOWN, SELF, ASSIGNED) given no row answers "not allowed"; only ALL and public grants need none.
 * To ask whether the role holds the operation at some scope (before looking a row up, or for a list), use
 * `roleHolds`.
 */
export function isAllowed(principal: Principal, operation: Operation, resource?: Resource): boolean {
  const scope = scopeOf(principal, operation);
  if (scope === undefined) return false;
  if (scope === 'PUBLIC') return true;
  if (resource === undefined) return scope === 'ALL';
  return covers(principal, scope, resource);
}

/**
 * Whether the principal's role holds the operation at some scope (public, ALL, or scoped to rows). Says
 * nothing about any row: use it only before a row-scoped `authorize`/`isAllowed` or a `listScope`.
 */
export function roleHolds(principal: Principal, operation: Operation): boolean {
  return scopeOf(principal, operation) !== undefined;
}

function refuse(principal: Principal, operation: Operation, resource: Resource | undefined): never {
  if (principal.kind === 'anonymous') throw new Forbidden(render(REFUSALS.signInNeeded, { operation }));
  const { role } = principal;
  if (scopeOf(principal, operation) === undefined) {
    throw new Forbidden(render(REFUSALS.roleMayNot, { role, operation }));
  }
  if (resource === undefined) throw new Forbidden(render(REFUSALS.needsRecord, { role, operation }));
  throw new Forbidden(render(REFUSALS.outsideScope, { role, operation }));
}

/**
 * Throws `Forbidden` unless the principal may run the operation on `resource`. Fails closed like
 * `isAllowed`: without a row, only ALL and public grants pass.
 */
export function authorize(principal: Principal, operation: Operation, resource?: Resource): void {
  if (!isAllowed(principal, operation, resource)) refuse(principal, operation, resource);
}

/**
 * Throws `Forbidden` unless the principal's role holds the operation at some scope. A first gate only: the
 * caller must then check the row (`authorize`/`isAllowed` with the resource) or read through `listScope`.
 */
export function authorizeRole(principal: Principal, operation: Operation): void {
  if (!roleHolds(principal, operation)) refuse(principal, operation, undefined);
}

/** The rows of a list the principal may see; throws `Forbidden` when the role may see none. */
export function listScope(principal: Principal, operation: Operation): ListScope {
  const scope = scopeOf(principal, operation);
  if (scope === undefined || principal.kind !== 'user') {
    authorizeRole(principal, operation);
    throw new Forbidden(render(REFUSALS.signInNeeded, { operation }));
  }
  switch (scope) {
    case 'PUBLIC':
    case 'ALL':
      return { kind: 'all' };
    case 'OWN_TOWN':
      return { kind: 'town', town: principal.town ?? '' };
    case 'SELF':
      return principal.role === 'PROVIDER'
        ? { kind: 'provider', providerId: principal.providerId ?? '' }
        : { kind: 'enterprise', creditCode: principal.creditCode ?? '' };
    case 'ASSIGNED':
      return { kind: 'assigned', expertId: principal.userId };
  }
}

/** For operations that only make sense for a signed-in user, granted to the role at ALL scope. */
export function authorizeUser(
  principal: Principal,
  operation: Operation,
): Extract<Principal, { kind: 'user' }> {
  authorize(principal, operation);
  if (principal.kind !== 'user') throw new Forbidden(render(REFUSALS.signInNeeded, { operation }));
  return principal;
}

/** `authorizeRole` for a signed-in user: the row-scoped check must follow. */
export function authorizeUserRole(
  principal: Principal,
  operation: Operation,
): Extract<Principal, { kind: 'user' }> {
  authorizeRole(principal, operation);
  if (principal.kind !== 'user') throw new Forbidden(render(REFUSALS.signInNeeded, { operation }));
  return principal;
}
