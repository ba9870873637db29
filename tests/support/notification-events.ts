import type { DomainEvent } from '#domain/events/catalogue';
import { parseDomainEvent } from '#domain/events/catalogue';
import type { NotifyingEvent, NotifyingKind } from '#domain/notifications/routing';

/**
 * Issue 17: one event of each notifying kind, valid against the catalogue, whose every free-text field
 * (return and refusal reasons, hold, cancellation and ban reasons, benchmark titles) carries what a
 * notification must never show: a bank account number, an objector's name and contact.
 */
export const SECRETS = {
  account: '6216600000004321',
  objector: '钱异议',
  phone: '13912345678',
  email: 'qian.objector@example.com',
} as const;
const TAINTED = `请核对银行账号 ${SECRETS.account}；异议人${SECRETS.objector}，电话 ${SECRETS.phone}，邮箱 ${SECRETS.email}`;

export const ENTERPRISE = '913101180DM95UY1CJ';
export const PROVIDER = 'PRV-91330100716105852F';
export const TOWN = 'ZHUJIAJIAO';

const envelope = (kind: NotifyingKind, n: number) => ({
  kind,
  version: 1,
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  occurredAt: `2026-10-${String(10 + n).padStart(2, '0')}T10:15:00.000+08:00`,
});
const application = { applicationId: 'APP-1', enterpriseId: ENTERPRISE, townId: TOWN };
const project = { projectId: 'PRJ-APP-1', applicationId: 'APP-1', enterpriseId: ENTERPRISE, townId: TOWN };
const payment = {
  paymentId: 'PAY-DOC-1-PRJ-APP-1',
  projectId: 'PRJ-APP-1',
  documentId: 'DOC-1',
  applicationId: 'APP-1',
  enterpriseId: ENTERPRISE,
};
const facts = { benchmarkTitle: TAINTED, benchmarkLevel: TAINTED };

const RAW: Record<NotifyingKind, Omit<DomainEvent, 'kind' | 'version' | 'id' | 'occurredAt'>> = {
  'application.submitted': {
    subject: application,
    payload: {
      programme: 'IMPLEMENTATION_REWARD',
      applicantType: 'ENTERPRISE',
      planYear: 2026,
      requestedAmountFen: 9_000_000,
      resubmission: false,
      ...facts,
    },
  },
  'application.accepted': {
    subject: application,
    payload: { programme: 'IMPLEMENTATION_REWARD', requestedAmountFen: 9_000_000, ...facts },
  },
  'application.returned': {
    subject: application,
    payload: { programme: 'IMPLEMENTATION_REWARD', returnedBy: 'PRELIMINARY_REVIEW', reason: TAINTED },
  },
  'application.refused': {
    subject: application,
    payload: { programme: 'IMPLEMENTATION_REWARD', reasons: TAINTED, ...facts },
  },
  'publicity.opened': {
    subject: project,
    payload: { startDate: '2026-10-12', endDate: '2026-10-16', endsAt: '2026-10-16T17:00:00.000+08:00' },
  },
  'project.approved': {
    subject: project,
    payload: { path: 'REVIEWED', amountFen: 8_000_000, fiscalYear: 2026, ...facts },
  },
  'project.refused': { subject: project, payload: { path: 'REVIEWED', reason: TAINTED, ...facts } },
  'project.removed': { subject: project, payload: { path: 'REVIEWED', ...facts } },
  'project.zero-award-recorded': {
    subject: project,
    payload: { path: 'AUTOMATIC', recordedAt: 'SIGN_OFF', benchmarkTitle: TAINTED, benchmarkLevel: TAINTED },
  },
  'payment.paid': {
    subject: { ...payment, batchId: 'BATCH-1' },
    payload: { amountFen: 8_000_000, paidOn: '2026-10-20' },
  },
  'payment.failed': {
    subject: { ...payment, batchId: 'BATCH-1' },
    payload: { amountFen: 8_000_000, attempts: 1 },
  },
  'payment.held': { subject: payment, payload: { amountFen: 8_000_000, reason: TAINTED, findingId: null } },
  'payment.cancelled': {
    subject: payment,
    payload: { amountFen: 8_000_000, reason: TAINTED, findingId: 'FRAUD-PRJ-APP-1' },
  },
  'ban.started': {
    subject: { enterpriseId: ENTERPRISE, townId: TOWN },
    payload: { until: '2029-10-20', reason: TAINTED },
  },
};

/** The sample event of `kind` (checked against the catalogue), with `changes` merged into it. */
export function sampleEvent<K extends NotifyingKind>(
  kind: K,
  changes: { subject?: Record<string, unknown>; payload?: Record<string, unknown>; id?: string } = {},
): Extract<NotifyingEvent, { kind: K }> {
  const raw = RAW[kind] as { subject: Record<string, unknown>; payload: Record<string, unknown> };
  const n = Object.keys(RAW).indexOf(kind) + 1;
  // Through JSON: a change to `undefined` removes the field (a provider's payment has no enterpriseId).
  const event: unknown = JSON.parse(
    JSON.stringify({
      ...envelope(kind, n),
      ...(changes.id === undefined ? {} : { id: changes.id }),
      subject: { ...raw.subject, ...changes.subject },
      payload: { ...raw.payload, ...changes.payload },
    }),
  );
  return parseDomainEvent(event) as Extract<NotifyingEvent, { kind: K }>;
}
