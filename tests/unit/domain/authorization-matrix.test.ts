import { describe, expect, it } from 'vitest';
import {
  authorize,
  authorizeRole,
  isAllowed,
  listScope,
  OPERATION_RULES,
  roleHolds,
} from '#domain/authorization/policy';
import type { Operation, Resource } from '#domain/authorization/policy';
import { Forbidden } from '#domain/errors';
import { ANONYMOUS, ROLES } from '#domain/identity/principal';
import type { Principal, Role } from '#domain/identity/principal';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];
const SIGNED_IN: readonly Caller[] = ROLES;
const EC = 'ECONOMIC_COMMISSION';
const JR = 'JOINT_REVIEWER';
const FIN = 'FINANCE';
const PO = 'PROMOTION_OFFICE';
const TO = 'TOWN_OFFICER';
const ENT = 'ENTERPRISE';
const PRV = 'PROVIDER';

// The callers' own rows: the town officer works for Zhujiajiao, the enterprise user speaks for
// 914403001922038216, the provider user for PRV-91330100716105852F.
const OWN_ENTERPRISE: Resource = { creditCode: '914403001922038216', town: 'ZHUJIAJIAO' };
const OTHER_ENTERPRISE: Resource = { creditCode: '9144030071526726XG', town: 'JINZE' };
const OWN_PROVIDER: Resource = { providerId: 'PRV-91330100716105852F' };
/** A programme record (assignment, report, application) of the callers' own enterprise, town and provider. */
const OWN_RECORD: Resource = {
  creditCode: '914403001922038216',
  town: 'ZHUJIAJIAO',
  providerId: 'PRV-91330100716105852F',
};
const OTHER_RECORD: Resource = {
  creditCode: '9144030071526726XG',
  town: 'JINZE',
  providerId: 'PRV-914403001922038216',
};
const OTHER_PROVIDER: Resource = { providerId: 'PRV-914403001922038216' };

interface Expectation {
  readonly on: 'none' | 'enterprise' | 'provider' | 'record';
  /** Who may run it on their own row (or at all, for operations without a row). */
  readonly own: readonly Caller[];
  /** Who may run it on somebody else's row. */
  readonly other: readonly Caller[];
}
const everywhere = (callers: readonly Caller[]): Expectation => ({
  on: 'none',
  own: callers,
  other: callers,
});

/**
 * Written out from the issue and the policy, not read from the code: town officers keep their own
 * towns' records; enterprises and providers see themselves; bank details are for FINANCE, the commission
 * and the holder; contact data for the commission, the town and the holder; anonymous callers get only
 * liveness (R6.4's publicity list and objections come later).
 */
const EXPECTED: Record<Operation, Expectation> = {
  health: everywhere(CALLERS),
  version: everywhere(SIGNED_IN),
  me: everywhere(SIGNED_IN),
  listTowns: everywhere(SIGNED_IN),
  readEnterprise: { on: 'enterprise', own: [EC, JR, FIN, PO, TO, ENT], other: [EC, JR, FIN, PO] },
  readEnterpriseContacts: { on: 'enterprise', own: [EC, TO, ENT], other: [EC] },
  readEnterpriseBankAccount: { on: 'enterprise', own: [EC, FIN, ENT], other: [EC, FIN] },
  createEnterprise: { on: 'enterprise', own: [EC, TO], other: [EC] },
  updateEnterpriseRecord: { on: 'enterprise', own: [EC, TO], other: [EC] },
  updateEnterpriseContacts: { on: 'enterprise', own: [EC, TO, ENT], other: [EC] },
  updateEnterpriseBankAccount: { on: 'enterprise', own: [EC, ENT], other: [EC] },
  importEnterprises: { on: 'enterprise', own: [EC, TO], other: [EC] },
  readProvider: { on: 'provider', own: [EC, JR, FIN, PO, TO, PRV], other: [EC, JR, FIN, PO, TO] },
  readProviderContacts: { on: 'provider', own: [EC, TO, PRV], other: [EC, TO] },
  readProviderBankAccount: { on: 'provider', own: [EC, FIN, PRV], other: [EC, FIN] },
  createProvider: { on: 'provider', own: [EC], other: [EC] },
  updateProviderRecord: { on: 'provider', own: [EC], other: [EC] },
  updateProviderProfile: { on: 'provider', own: [EC, PRV], other: [EC] },
  updateProviderContacts: { on: 'provider', own: [EC, PRV], other: [EC] },
  updateProviderBankAccount: { on: 'provider', own: [EC, PRV], other: [EC] },
  readAuditTrail: everywhere([EC]),
  /** Issue 17: the trail across records and its export, for inspectors through the commission. */
  readAuditRecords: everywhere([EC]),
  exportAuditRecords: everywhere([EC]),
  readPolicyVersions: everywhere(SIGNED_IN),
  draftPolicyVersion: everywhere([EC]),
  publishPolicyVersion: everywhere([EC]),
  addIntentionEntry: { on: 'record', own: [EC, TO], other: [EC] },
  readIntentionPool: { on: 'record', own: [EC, TO], other: [EC] },
  manageDiagnosisPlan: everywhere([EC]),
  readDiagnosisPlan: { on: 'record', own: [EC, JR, FIN, PO, TO], other: [EC, JR, FIN, PO] },
  assignProvider: everywhere([EC]),
  respondToAssignment: { on: 'record', own: [PRV], other: [] },
  readAssignment: { on: 'record', own: [EC, TO, PRV, ENT], other: [EC] },
  submitDiagnosisReport: { on: 'record', own: [PRV], other: [] },
  confirmDiagnosisReport: { on: 'record', own: [ENT], other: [] },
  recordFollowUp: { on: 'record', own: [EC, TO], other: [EC] },
  readDiagnosisReport: { on: 'record', own: [EC, JR, FIN, PO, TO, PRV, ENT], other: [EC, JR, FIN, PO] },
  uploadAttachment: { on: 'record', own: [EC, PRV, ENT], other: [EC] },
  publishApplicationNotice: everywhere([EC]),
  readApplicationNotices: everywhere(SIGNED_IN),
  applyForReward: { on: 'record', own: [PRV, ENT], other: [] },
  acceptApplication: { on: 'record', own: [TO], other: [] },
  readApplication: { on: 'record', own: [EC, JR, FIN, PO, TO, PRV, ENT], other: [EC, JR, FIN, PO] },
  /** R6.7b: the commission imports the lists; finance follows what they will pay. */
  importCertifications: everywhere([EC]),
  readCertificationImports: everywhere([EC, FIN]),
  readCertifications: { on: 'enterprise', own: [EC, JR, FIN, PO, TO, ENT], other: [EC, JR, FIN, PO] },
  readPayments: everywhere([EC, FIN]),
  managePaymentBatches: everywhere([FIN]),
  cancelPayment: everywhere([EC]),
  recordFraudFinding: everywhere([EC]),
  recordRecovery: everywhere([EC, FIN]),
  releaseHeldPayment: everywhere([EC]),
  readBans: everywhere([EC, JR, FIN, PO, TO]),
  readBanDetails: everywhere([EC]),
  /** Issue 17: the programme's statistics; a town officer its own town's. */
  readProgrammeStatistics: { on: 'record', own: [EC, TO], other: [EC] },
  /** R6.3: the experts' evaluations, for those who decide on them (proposing is `proposeForSupport`). */
  readExpertReviews: everywhere([EC, JR]),
  /** R3.1.1: the commission proposes, the other member bodies sign through joint reviewers. */
  proposeForSupport: everywhere([EC]),
  signOffProject: everywhere([JR]),
  readProjects: { on: 'record', own: [EC, JR, FIN, PO, TO, PRV, ENT], other: [EC, JR, FIN, PO] },
  readPublicity: everywhere(CALLERS),
  fileObjection: everywhere(CALLERS),
  /** R6.4.3: only the commission reads objectors' identities, screens and settles objections. */
  readObjections: everywhere([EC]),
  screenObjection: everywhere([EC]),
  settleObjection: everywhere([EC]),
  investigateObjections: everywhere([EC]),
  deliberate: everywhere([PO]),
  resumeProject: everywhere([EC]),
  draftDisbursementDocument: everywhere([EC]),
  countersignDisbursementDocument: everywhere([FIN]),
  readDisbursementDocuments: everywhere([EC, FIN, PO, JR]),
  manageBudget: everywhere([EC, FIN]),
  overrideBudget: everywhere([EC]),
  readBudget: everywhere([EC, FIN]),
  manageCalendar: everywhere([EC]),
  // A local development server's clock: the commission only (production refuses it to everyone).
  controlLocalClock: everywhere([EC]),
  preliminaryReview: everywhere([EC]),
  assignExperts: everywhere([EC]),
  manageExperts: everywhere([EC]),
  // Experts have no rows of their own in these fixtures: their assignments are tested over HTTP.
  reviewAsExpert: { on: 'record', own: [], other: [] },
  readCalendar: everywhere(SIGNED_IN),
  // Issue 17: a recipient's notifications (a town's inbox, an enterprise's or provider's own); the
  // commission reads any recipient's; each recipient alone sets its preferences.
  readNotifications: { on: 'record', own: [EC, TO, ENT, PRV], other: [EC] },
  manageNotificationPreferences: { on: 'record', own: [TO, ENT, PRV], other: [] },
};

function principalFor(caller: Caller): Principal {
  if (caller === 'ANONYMOUS') return ANONYMOUS;
  const base = { kind: 'user', userId: `user-${caller}`, role: caller } as const;
  switch (caller) {
    case 'TOWN_OFFICER':
      return { ...base, town: 'ZHUJIAJIAO' };
    case 'ENTERPRISE':
      return { ...base, creditCode: '914403001922038216' };
    case 'PROVIDER':
      return { ...base, providerId: 'PRV-91330100716105852F' };
    default:
      return base;
  }
}

function outcome(
  caller: Caller,
  operation: Operation,
  resource: Resource | undefined,
): 'allowed' | 'forbidden' | 'other error' {
  try {
    authorize(principalFor(caller), operation, resource);
    return 'allowed';
  } catch (error) {
    return error instanceof Forbidden ? 'forbidden' : 'other error';
  }
}

describe('authorization matrix: every caller × every operation × own and other rows', () => {
  it('covers every operation the policy module knows', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(OPERATION_RULES).sort());
  });

  const cases = (Object.keys(EXPECTED) as Operation[]).flatMap((operation) => {
    const expected = EXPECTED[operation];
    const rows: { row: 'own' | 'other'; resource: Resource | undefined }[] =
      expected.on === 'enterprise'
        ? [
            { row: 'own', resource: OWN_ENTERPRISE },
            { row: 'other', resource: OTHER_ENTERPRISE },
          ]
        : expected.on === 'provider'
          ? [
              { row: 'own', resource: OWN_PROVIDER },
              { row: 'other', resource: OTHER_PROVIDER },
            ]
          : expected.on === 'record'
            ? [
                { row: 'own', resource: OWN_RECORD },
                { row: 'other', resource: OTHER_RECORD },
              ]
            : [{ row: 'own', resource: undefined }];
    return rows.flatMap(({ row, resource }) =>
      CALLERS.map((caller) => ({
        operation,
        caller,
        row,
        resource,
        allowed: expected[row].includes(caller),
      })),
    );
  });

  it.each(cases)(
    '$caller → $operation on $row row: allowed=$allowed',
    ({ operation, caller, resource, allowed }) => {
      expect(outcome(caller, operation, resource)).toBe(allowed ? 'allowed' : 'forbidden');
    },
  );
});

/**
 * Issue 16 item 6: `authorize` fails closed. The callers whose grant is scoped to rows (written out here, not
 * read from the policy): a town officer's OWN_TOWN, an enterprise's or provider's SELF, an expert's ASSIGNED.
 */
const SCOPED: readonly (readonly [Caller, Operation])[] = [
  [TO, 'readEnterprise'],
  [TO, 'createEnterprise'],
  [TO, 'updateEnterpriseRecord'],
  [TO, 'importEnterprises'],
  [TO, 'addIntentionEntry'],
  [TO, 'acceptApplication'],
  [TO, 'recordFollowUp'],
  [TO, 'readProgrammeStatistics'],
  [ENT, 'readEnterprise'],
  [ENT, 'updateEnterpriseBankAccount'],
  [ENT, 'confirmDiagnosisReport'],
  [ENT, 'applyForReward'],
  [PRV, 'readProvider'],
  [PRV, 'respondToAssignment'],
  [PRV, 'submitDiagnosisReport'],
  [PRV, 'uploadAttachment'],
  ['EXPERT', 'reviewAsExpert'],
  ['EXPERT', 'readApplication'],
  [TO, 'readNotifications'],
  [ENT, 'manageNotificationPreferences'],
  [PRV, 'readNotifications'],
];

describe('issue 16 item 6: authorize fails closed when a scoped grant gets no row', () => {
  it.each(SCOPED)('%s → %s without a row: refused by authorize and isAllowed', (caller, operation) => {
    expect(outcome(caller, operation, undefined)).toBe('forbidden');
    expect(isAllowed(principalFor(caller), operation)).toBe(false);
    expect(() => authorize(principalFor(caller), operation)).toThrow(/needs the record it acts on/);
  });

  it.each(SCOPED)('%s → %s: authorizeRole says the role holds it at some scope', (caller, operation) => {
    expect(roleHolds(principalFor(caller), operation)).toBe(true);
    expect(() => authorizeRole(principalFor(caller), operation)).not.toThrow();
  });

  it('an ALL grant and a public operation still need no row', () => {
    expect(outcome(EC, 'readEnterprise', undefined)).toBe('allowed');
    expect(outcome(FIN, 'managePaymentBatches', undefined)).toBe('allowed');
    expect(outcome('ANONYMOUS', 'health', undefined)).toBe('allowed');
    expect(outcome('ANONYMOUS', 'fileObjection', undefined)).toBe('allowed');
  });

  it.each([
    ['ANONYMOUS', 'readEnterprise'],
    [PRV, 'readEnterprise'],
    [ENT, 'createEnterprise'],
    ['EXPERT', 'applyForReward'],
    [TO, 'readEnterpriseBankAccount'],
  ] as const)('authorizeRole refuses %s → %s, a role without any grant for it', (caller, operation) => {
    expect(roleHolds(principalFor(caller), operation)).toBe(false);
    expect(() => authorizeRole(principalFor(caller), operation)).toThrow(Forbidden);
  });

  it('a scoped user with no row of their own (a town officer without a town) is refused on every row', () => {
    const townless: Principal = { kind: 'user', userId: 'user-townless', role: TO };
    expect(isAllowed(townless, 'readEnterprise', OWN_ENTERPRISE)).toBe(false);
    expect(isAllowed(townless, 'readEnterprise', { creditCode: '914403001922038216' })).toBe(false);
  });
});

describe('list scopes', () => {
  it('confines a town officer to their town, an enterprise user to itself, a provider user to itself', () => {
    expect(listScope(principalFor(TO), 'readEnterprise')).toEqual({ kind: 'town', town: 'ZHUJIAJIAO' });
    expect(listScope(principalFor(ENT), 'readEnterprise')).toEqual({
      kind: 'enterprise',
      creditCode: '914403001922038216',
    });
    expect(listScope(principalFor(PRV), 'readProvider')).toEqual({
      kind: 'provider',
      providerId: 'PRV-91330100716105852F',
    });
    expect(listScope(principalFor(FIN), 'readEnterprise')).toEqual({ kind: 'all' });
  });

  it.each([
    ['ANONYMOUS', 'readEnterprise'],
    [PRV, 'readEnterprise'],
    ['EXPERT', 'readEnterprise'],
    [ENT, 'readProvider'],
  ] as const)('gives %s no list of %s', (caller, operation) => {
    expect(() => listScope(principalFor(caller), operation)).toThrow(Forbidden);
  });
});
