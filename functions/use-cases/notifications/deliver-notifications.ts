import type { Clock } from '#domain/clock';
import { InProgress, UnreachableCaseError } from '#domain/errors';
import { parseDomainEvent } from '#domain/events/catalogue';
import { addressFor } from '#domain/notifications/addresses';
import type {
  NotificationDelivery,
  NotificationSender,
  NotificationStore,
} from '#domain/notifications/delivery';
import {
  deliveryId,
  isFinal,
  NotSent,
  RETRY_POLICY,
  retryDelayMs,
  SENDING_LEASE_MS,
} from '#domain/notifications/delivery';
import type { NotificationChannel } from '#domain/notifications/preferences';
import { defaultPreferences, notifiesOf } from '#domain/notifications/preferences';
import type { Recipient } from '#domain/notifications/recipient';
import { recipientKey } from '#domain/notifications/recipient';
import type { Addressee, NotifyingEvent } from '#domain/notifications/routing';
import { addresseesOf } from '#domain/notifications/routing';
import type { NotificationMessage } from '#domain/notifications/templates';
import { outgoingText, renderNotification } from '#domain/notifications/templates';
import type { Contact } from '#domain/registry/registry-subject';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';

export interface DeliveryPorts {
  readonly notifications: NotificationStore;
  readonly enterprises: Pick<EnterpriseRepository, 'get'>;
  readonly providers: Pick<ProviderRepository, 'get'>;
  /**
   * The senders this deployment has: SES and SNS in AWS, the local outbox on one machine. A channel with
   * no sender is not offered here: nothing is made on it.
   */
  readonly senders: Partial<Record<Exclude<NotificationChannel, 'INBOX'>, NotificationSender>>;
  readonly clock: Clock;
  /** Waits between attempts (timers in Lambda and locally; a recorder in unit tests). */
  readonly wait: (ms: number) => Promise<void>;
  /** Told of every delivery parked: in AWS a log line a metric filter counts, which raises an alarm. */
  readonly onParked?: ((delivery: NotificationDelivery) => void) | undefined;
}

/** What became of one (recipient, channel) of an event. */
export interface DeliveryOutcome {
  readonly recipient: string;
  readonly channel: NotificationChannel | null;
  readonly outcome:
    | 'SENT'
    | 'PARKED'
    /** Made by an earlier delivery of the same event: nothing was done. */
    | 'DUPLICATE'
    /** Another delivery of the same event is sending it right now. */
    | 'TAKEN'
    | 'MUTED'
    /** The recipient has no address for the channel (no e-mail, no mobile; towns have none). */
    | 'NO_ADDRESS'
    /** This deployment has no sender for the channel. */
    | 'NO_SENDER';
}

/**
 * The notifications consumer of domain events (issue 17): tells each recipient an event concerns, on the
 * channels it chose, once.
 *
 * Input: an event as delivered (EventBridge's `detail`; the local publisher's event), at least once.
 * Output: what became of each (recipient, channel) — for logs and tests.
 * Steps:
 * 1. The event is checked against the catalogue (an unknown kind or version is InvalidInput, nothing
 *    written); a kind that notifies nobody ends here.
 * 2. Its addressees (routing.ts): the applicant, payee or banned unit, and for new work its town.
 * 3. Per addressee: its preferences (defaults: inbox and e-mail); a muted kind ends here. The message is
 *    rendered (templates.ts: Chinese and English, never free text).
 * 4. Per chosen channel: the inbox needs nothing more; e-mail and SMS need an address among the
 *    recipient's registry contacts and a sender in this deployment, else nothing is made on them.
 * 5. The delivery item is created once per (event, recipient, channel) — the inbox's SENT at once, others
 *    PENDING. A redelivered event finds it: a SENT or PARKED one is left alone (nothing is sent twice);
 *    one left PENDING or RETRYING by a delivery that died is carried on from its attempts so far.
 * 6. Each attempt first marks the item SENDING (conditioned on the state it read: of two deliveries of
 *    the same event at once, one sends). A send the provider refused (`NotSent`) is tried again after 1, 2
 *    and 4 seconds, four attempts in all, each recorded on the item; then PARKED. A send whose outcome is
 *    unknown, or an item found SENDING past its lease (the process died mid-send), is PARKED at once:
 *    it may have gone out, and is never sent twice. Every parking is reported (`onParked`: an alarm).
 */
export async function deliverNotifications(raw: unknown, ports: DeliveryPorts): Promise<DeliveryOutcome[]> {
  const event = parseDomainEvent(raw);
  const addressees = addresseesOf(event);
  if (addressees.length === 0) return [];
  const registry = registryReader(ports);
  const outcomes = await Promise.all(
    addressees.map((addressee) => deliverTo(event as NotifyingEvent, addressee, registry, ports)),
  );
  return outcomes.flat();
}

/** Registry reads of one event, each made once (an enterprise is both a subject and its town's news). */
function registryReader(ports: DeliveryPorts) {
  const enterprises = new Map<string, Promise<{ name: string; contacts: readonly Contact[] } | undefined>>();
  const enterprise = (creditCode: string) => {
    const found = enterprises.get(creditCode) ?? ports.enterprises.get(creditCode);
    enterprises.set(creditCode, found);
    return found;
  };
  return {
    enterprise,
    contactsOf: async (recipient: Recipient): Promise<readonly Contact[]> => {
      switch (recipient.kind) {
        case 'ENTERPRISE':
          return (await enterprise(recipient.id))?.contacts ?? [];
        case 'PROVIDER':
          return (await ports.providers.get(recipient.id))?.contacts ?? [];
        case 'TOWN':
          // Towns have no contacts in the registry: their officers read the town's inbox.
          return [];
        default:
          throw new UnreachableCaseError(recipient.kind);
      }
    },
  };
}

async function deliverTo(
  event: NotifyingEvent,
  { recipient, audience }: Addressee,
  registry: ReturnType<typeof registryReader>,
  ports: DeliveryPorts,
): Promise<DeliveryOutcome[]> {
  const key = recipientKey(recipient);
  const preferences = (await ports.notifications.preferences(key)) ?? defaultPreferences(key);
  if (!notifiesOf(preferences, event.kind)) return [{ recipient: key, channel: null, outcome: 'MUTED' }];
  const enterpriseId = 'enterpriseId' in event.subject ? event.subject.enterpriseId : undefined;
  const message = renderNotification(event, audience, {
    enterpriseName:
      audience === 'TOWN' && enterpriseId !== undefined
        ? (await registry.enterprise(enterpriseId))?.name
        : undefined,
  });
  const contacts = preferences.channels.some((channel) => channel !== 'INBOX')
    ? await registry.contactsOf(recipient)
    : [];
  return Promise.all(
    preferences.channels.map(async (channel): Promise<DeliveryOutcome> => {
      const outcome = await deliverOn(channel, { event, key, message, contacts }, ports);
      return { recipient: key, channel, outcome };
    }),
  );
}

async function deliverOn(
  channel: NotificationChannel,
  what: {
    event: NotifyingEvent;
    key: string;
    message: NotificationMessage;
    contacts: readonly Contact[];
  },
  ports: DeliveryPorts,
): Promise<DeliveryOutcome['outcome']> {
  const now = ports.clock.now().toISOString();
  const base = newDelivery(what.event, what.key, channel, what.message, now);
  if (channel === 'INBOX') {
    const { created } = await ports.notifications.createDelivery({
      ...base,
      status: 'SENT',
      sentAt: now,
      sentVia: 'INBOX',
    });
    return created ? 'SENT' : 'DUPLICATE';
  }
  const sender = ports.senders[channel];
  if (sender === undefined) return 'NO_SENDER';
  const to = addressFor(channel, what.contacts);
  if (to === undefined) return 'NO_ADDRESS';
  const { created, delivery } = await ports.notifications.createDelivery({ ...base, to });
  if (!created && isFinal(delivery.status)) return 'DUPLICATE';
  return send(delivery, sender, ports);
}

function newDelivery(
  event: NotifyingEvent,
  recipient: string,
  channel: NotificationChannel,
  message: NotificationMessage,
  now: string,
): NotificationDelivery {
  const subject = event.subject as Partial<Record<'applicationId' | 'projectId' | 'paymentId', string>>;
  return {
    recipient,
    eventId: event.id,
    kind: event.kind,
    channel,
    occurredAt: event.occurredAt,
    createdAt: now,
    status: 'PENDING',
    to: null,
    message,
    applicationId: subject.applicationId ?? null,
    projectId: subject.projectId ?? null,
    paymentId: subject.paymentId ?? null,
    attempts: [],
    nextAttemptAt: null,
    sentAt: null,
    sentVia: null,
    messageId: null,
    parkedReason: null,
  };
}

/** Step 6: attempts until SENT or PARKED, each claimed on the item first. */
async function send(
  found: NotificationDelivery,
  sender: NotificationSender,
  ports: DeliveryPorts,
): Promise<DeliveryOutcome['outcome']> {
  const store = ports.notifications;
  let delivery = found;
  for (;;) {
    const now = ports.clock.now();
    const tried = delivery.attempts.length;
    if (delivery.status === 'SENDING') {
      const started = Date.parse(delivery.attempts.at(-1)?.at ?? delivery.createdAt);
      if (now.getTime() - started < SENDING_LEASE_MS)
        throw new InProgress(
          `notification ${deliveryId(delivery)} is being sent by another delivery of the event; deliver it again later`,
        );
      return park(
        delivery,
        'the process sending it stopped before it could record the outcome: it may have gone out, so it is not sent again',
        ports,
      );
    }
    if (delivery.status === 'SENT') return 'SENT';
    if (delivery.status === 'PARKED') return 'PARKED';
    if (delivery.nextAttemptAt !== null) {
      const left = Date.parse(delivery.nextAttemptAt) - now.getTime();
      if (left > 0) await ports.wait(left);
    }
    const attemptAt = ports.clock.now().toISOString();
    const sending: NotificationDelivery = {
      ...delivery,
      status: 'SENDING',
      attempts: [...delivery.attempts, { at: attemptAt, error: null }],
      nextAttemptAt: null,
    };
    if (!(await store.replaceDelivery(sending, { status: delivery.status, attempts: tried }))) return 'TAKEN';
    const text = outgoingText(sending.channel === 'SMS' ? 'SMS' : 'EMAIL', sending.message);
    let messageId: string;
    try {
      ({ messageId } = await sender.send({
        channel: sending.channel === 'SMS' ? 'SMS' : 'EMAIL',
        to: sending.to ?? '',
        ...text,
        deliveryId: deliveryId(sending),
      }));
    } catch (error) {
      const attempts = sending.attempts.length;
      const reason = error instanceof NotSent ? error.reason : errorName(error);
      const failed = { ...sending, attempts: [...delivery.attempts, { at: attemptAt, error: reason }] };
      if (!(error instanceof NotSent))
        return park(
          failed,
          `the send failed without an answer (${reason}): it may have gone out, so it is not sent again`,
          ports,
        );
      if (attempts >= RETRY_POLICY.maxAttempts)
        return park(failed, `the provider refused it ${attempts} times (last: ${reason})`, ports);
      const retrying: NotificationDelivery = {
        ...failed,
        status: 'RETRYING',
        nextAttemptAt: new Date(ports.clock.now().getTime() + retryDelayMs(attempts)).toISOString(),
      };
      if (!(await store.replaceDelivery(retrying, { status: 'SENDING', attempts }))) return 'TAKEN';
      delivery = retrying;
      continue;
    }
    const sent: NotificationDelivery = {
      ...sending,
      status: 'SENT',
      sentAt: ports.clock.now().toISOString(),
      sentVia: sender.via,
      messageId,
    };
    await store.replaceDelivery(sent, { status: 'SENDING', attempts: sending.attempts.length });
    return 'SENT';
  }
}

async function park(
  delivery: NotificationDelivery,
  reason: string,
  ports: DeliveryPorts,
): Promise<DeliveryOutcome['outcome']> {
  const parked: NotificationDelivery = {
    ...delivery,
    status: 'PARKED',
    nextAttemptAt: null,
    parkedReason: reason,
  };
  if (
    !(await ports.notifications.replaceDelivery(parked, {
      status: 'SENDING',
      attempts: delivery.attempts.length,
    }))
  )
    return 'TAKEN';
  ports.onParked?.(parked);
  return 'PARKED';
}

/** An error's name only (an SDK error's message may quote the address it was about). */
const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'UnknownError');
