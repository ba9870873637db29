import { UnreachableCaseError } from '../errors.ts';
import type { DomainEvent, EventKind, EventOf } from '../events/catalogue.ts';
import type { Recipient, RecipientKind } from './recipient.ts';

/**
 * Which domain events notify whom (issue 17). Pure: the same table serves the notifications Lambda, the
 * local server's consumer, the preferences (which kinds a recipient may mute) and the tests.
 *
 * - The **subject** of a change — the applicant of an application (the provider for a diagnosis reward,
 *   R6.2.1; the enterprise otherwise, R6.2.2), the payee of a project or payment, the enterprise or
 *   provider a ban names — is told what happened to its own application, project, payment or eligibility.
 * - The **town**: the officers of the enterprise's town are told of new work, or work coming back to
 *   them — an enterprise's application submitted (to accept online, R6.2.2), an enterprise's application
 *   returned by the preliminary review (it comes back through the town, R6.3.1), and a project of their
 *   town opening its publicity (R6.4).
 *
 * Everything else (objections, documents, batches, findings, imports, budget overrides) is the district's
 * own work, which its roles follow in their lists: no notification.
 */
export const NOTIFYING_KINDS = [
  'application.submitted',
  'application.accepted',
  'application.returned',
  'application.refused',
  'publicity.opened',
  'project.approved',
  'project.refused',
  'project.removed',
  'project.zero-award-recorded',
  'payment.paid',
  'payment.failed',
  'payment.held',
  'payment.cancelled',
  'ban.started',
] as const satisfies readonly EventKind[];
export type NotifyingKind = (typeof NOTIFYING_KINDS)[number];
export type NotifyingEvent = EventOf<NotifyingKind>;

/** The kinds that reach a town's inbox; enterprises and providers may be told of every notifying kind. */
export const TOWN_KINDS = [
  'application.submitted',
  'application.returned',
  'publicity.opened',
] as const satisfies readonly NotifyingKind[];

/** Which kinds each kind of recipient may be notified of (and so may mute). */
export const KINDS_BY_RECIPIENT: Readonly<Record<RecipientKind, readonly NotifyingKind[]>> = {
  ENTERPRISE: NOTIFYING_KINDS,
  PROVIDER: NOTIFYING_KINDS,
  TOWN: TOWN_KINDS,
};

export const isNotifyingKind = (kind: string): kind is NotifyingKind =>
  (NOTIFYING_KINDS as readonly string[]).includes(kind);

/** Who a notification speaks to: the subject of the change ("your application"), or its town's officers. */
export type Audience = 'SUBJECT' | 'TOWN';

export interface Addressee {
  readonly recipient: Recipient;
  readonly audience: Audience;
}

const enterprise = (id: string | undefined): Recipient | undefined =>
  id === undefined ? undefined : { kind: 'ENTERPRISE', id };
const provider = (id: string | undefined): Recipient | undefined =>
  id === undefined ? undefined : { kind: 'PROVIDER', id };

/** The subject of a notifying event: the applicant, the payee, or the one a ban names. */
function subjectOf(event: NotifyingEvent): Recipient | undefined {
  switch (event.kind) {
    case 'application.submitted':
      return event.payload.applicantType === 'PROVIDER'
        ? provider(event.subject.providerId)
        : enterprise(event.subject.enterpriseId);
    case 'application.accepted':
    case 'application.returned':
    case 'application.refused':
      // R6.2.1: the diagnosis reward is applied for by the provider; every other programme by the enterprise.
      return event.payload.programme === 'DIAGNOSIS_REWARD'
        ? provider(event.subject.providerId)
        : enterprise(event.subject.enterpriseId);
    case 'publicity.opened':
    case 'project.approved':
    case 'project.refused':
    case 'project.removed':
    case 'project.zero-award-recorded':
      // A project's subject names a provider only when the provider is its payee.
      return event.subject.providerId !== undefined
        ? provider(event.subject.providerId)
        : enterprise(event.subject.enterpriseId);
    case 'payment.paid':
    case 'payment.failed':
    case 'payment.held':
    case 'payment.cancelled':
    case 'ban.started':
      return enterprise(event.subject.enterpriseId) ?? provider(event.subject.providerId);
    default:
      throw new UnreachableCaseError(event);
  }
}

/** The town whose officers are told, when the event is new work for them. */
function townOf(event: NotifyingEvent): Recipient | undefined {
  switch (event.kind) {
    case 'application.submitted':
      return event.payload.applicantType === 'ENTERPRISE'
        ? { kind: 'TOWN', id: event.subject.townId }
        : undefined;
    case 'application.returned':
      return event.payload.returnedBy === 'PRELIMINARY_REVIEW' &&
        event.payload.programme !== 'DIAGNOSIS_REWARD'
        ? { kind: 'TOWN', id: event.subject.townId }
        : undefined;
    case 'publicity.opened':
      return { kind: 'TOWN', id: event.subject.townId };
    default:
      return undefined;
  }
}

/** Whom an event notifies: none for the kinds that notify nobody. */
export function addresseesOf(event: DomainEvent): Addressee[] {
  if (!isNotifyingKind(event.kind)) return [];
  const notifying = event as NotifyingEvent;
  const subject = subjectOf(notifying);
  const town = townOf(notifying);
  return [
    ...(subject === undefined ? [] : [{ recipient: subject, audience: 'SUBJECT' as const }]),
    ...(town === undefined ? [] : [{ recipient: town, audience: 'TOWN' as const }]),
  ];
}
