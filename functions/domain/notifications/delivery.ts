import type { AuditRecord } from '../audit/audit-record.ts';
import type { Page, PageRequest } from '../validation.ts';
import type { NotificationChannel, NotificationPreferences } from './preferences.ts';
import type { NotifyingKind } from './routing.ts';
import type { NotificationMessage } from './templates.ts';

/**
 * One notification on one channel to one recipient, for one event (issue 17): the unit that is sent once.
 * It is created once per (event, recipient, channel) — a redelivered event finds it and sends nothing —
 * and carries its rendered message, so the inbox (and, locally, the outbox of e-mails and text messages
 * that were not really sent) shows exactly what went out.
 *
 * | status   | meaning                                                                                    |
 * | -------- | ------------------------------------------------------------------------------------------ |
 * | PENDING  | created, not tried yet                                                                     |
 * | SENDING  | an attempt is under way (its start is the last attempt's `at`): nobody else sends it       |
 * | RETRYING | the provider refused the last attempt; tried again from `nextAttemptAt`                     |
 * | SENT     | delivered (the inbox at once; e-mail and SMS when the provider took it)                    |
 * | PARKED   | not sent, and not tried again by itself: attempts spent, or an outcome nobody can know     |
 */
export const DELIVERY_STATUSES = ['PENDING', 'SENDING', 'RETRYING', 'SENT', 'PARKED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** SENT and PARKED are final: a redelivered event leaves them as they are. */
export const isFinal = (status: DeliveryStatus): boolean => status === 'SENT' || status === 'PARKED';

export interface DeliveryAttempt {
  /** When the attempt started (ISO). */
  readonly at: string;
  /** Why it failed (the provider's error name), or null while under way or once it succeeded. */
  readonly error: string | null;
}

export interface NotificationDelivery {
  /** `ENTERPRISE#…`, `PROVIDER#…`, `TOWN#…`. */
  readonly recipient: string;
  /** The domain event's id (its audit record's). */
  readonly eventId: string;
  readonly kind: NotifyingKind;
  readonly channel: NotificationChannel;
  /** When the change happened (the event's `occurredAt`, CST with offset): the inbox's order. */
  readonly occurredAt: string;
  readonly createdAt: string;
  readonly status: DeliveryStatus;
  /** The e-mail address or E.164 mobile number; null for the inbox. */
  readonly to: string | null;
  readonly message: NotificationMessage;
  /** The records it is about, for a front end to link to. */
  readonly applicationId: string | null;
  readonly projectId: string | null;
  readonly paymentId: string | null;
  readonly attempts: readonly DeliveryAttempt[];
  /** RETRYING: not before this instant (ISO). */
  readonly nextAttemptAt: string | null;
  readonly sentAt: string | null;
  /** What took it: `INBOX`, `SES`, `SNS`, or `LOCAL_OUTBOX` on one machine. */
  readonly sentVia: string | null;
  /** The provider's message id. */
  readonly messageId: string | null;
  /** PARKED: why, for the operator the alarm calls. */
  readonly parkedReason: string | null;
}

/** The delivery's place among its recipient's notifications: unique per (event, channel). */
export const deliveryId = (delivery: Pick<NotificationDelivery, 'recipient' | 'eventId' | 'channel'>) =>
  `${delivery.recipient}|${delivery.eventId}|${delivery.channel}`;

/**
 * Tries of a send the provider refused: four in all, one second, two, then four apart; then PARKED.
 * A send whose outcome is unknown (no answer) is never tried again: it may have gone out.
 */
export const RETRY_POLICY = { maxAttempts: 4, firstDelayMs: 1_000, factor: 2 } as const;

/** The wait before attempt `attempt + 1`, after `attempt` (1-based) failed. */
export const retryDelayMs = (attempt: number): number =>
  RETRY_POLICY.firstDelayMs * RETRY_POLICY.factor ** (attempt - 1);

/**
 * How long an attempt may stay SENDING before a redelivery takes it for dead (the Lambda's timeout is
 * 90 seconds): it is then PARKED, not sent again — it may have gone out before the process died.
 */
export const SENDING_LEASE_MS = 2 * 60 * 1000;

/** What an e-mail or text message sender is given. */
export interface OutgoingMessage {
  readonly channel: Exclude<NotificationChannel, 'INBOX'>;
  readonly to: string;
  /** E-mail subject (unused for SMS). */
  readonly subject: string;
  readonly text: string;
  /** Unique per delivery: a sender that can deduplicate may use it. */
  readonly deliveryId: string;
}

/**
 * Port: a channel's provider (Amazon SES for e-mail and Amazon SNS for SMS in AWS; the local outbox on
 * one machine). `send` resolves once the provider took the message. It throws `NotSent` when the provider
 * answered that it did not take it (throttled, rejected): safe to try again. Any other error leaves the
 * outcome unknown (no answer), and the delivery is parked rather than risk sending it twice.
 */
export interface NotificationSender {
  /** What the delivery records as `sentVia`. */
  readonly via: string;
  send(message: OutgoingMessage): Promise<{ readonly messageId: string }>;
}

/** The provider answered that it did not take the message: nothing went out, it may be tried again. */
export class NotSent extends Error {
  constructor(
    /** The provider's error name, recorded on the attempt (never its message, which may quote addresses). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`not sent: ${reason}`, options);
  }
}

/**
 * Port: where preferences and deliveries are kept (DynamoDB: notification-store.ts).
 */
export interface NotificationStore {
  /** A recipient's stored preferences; undefined until it sets any (the defaults apply). */
  preferences(recipient: string): Promise<NotificationPreferences | undefined>;
  /**
   * Stores preferences with the audit record of the change, in one transaction: created when
   * `expectedVersion` is 0, else only if the stored version is still `expectedVersion` (Conflict otherwise).
   */
  savePreferences(
    preferences: NotificationPreferences,
    expectedVersion: number,
    audit: AuditRecord,
  ): Promise<void>;
  /**
   * Creates the delivery unless one exists for the same (recipient, event, channel); returns the one
   * stored (the new one, or the one found: a redelivered event).
   */
  createDelivery(
    delivery: NotificationDelivery,
  ): Promise<{ created: boolean; delivery: NotificationDelivery }>;
  /**
   * Replaces a delivery if it is still as `expected` (same status, same number of attempts); false when it
   * is not (another delivery of the same event moved it on).
   */
  replaceDelivery(
    delivery: NotificationDelivery,
    expected: { readonly status: DeliveryStatus; readonly attempts: number },
  ): Promise<boolean>;
  /** A recipient's notifications, newest first, every channel. */
  list(recipient: string, page: PageRequest): Promise<Page<NotificationDelivery>>;
}
