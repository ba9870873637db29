import type { EventBridgeEvent } from 'aws-lambda';
import type { NotificationDelivery } from '#domain/notifications/delivery';
import type { DeliveryOutcome, DeliveryPorts } from '#use-cases/notifications/deliver-notifications';
import { deliverNotifications } from '#use-cases/notifications/deliver-notifications';

/** Where the handler reports: Powertools in Lambda, a recorder in the tests. */
export interface NotificationsLog {
  info(message: string, fields: Record<string, unknown>): void;
  warn(message: string, fields: Record<string, unknown>): void;
  count(name: string, value: number): void;
}

/**
 * The fields logged for a parked delivery, under `event: notificationParked`: the metric filter counts
 * them and its alarm calls an operator. Never the address or the message.
 */
export const parkedLogFields = (delivery: NotificationDelivery): Record<string, unknown> => ({
  event: 'notificationParked',
  recipient: delivery.recipient,
  eventId: delivery.eventId,
  kind: delivery.kind,
  channel: delivery.channel,
  attempts: delivery.attempts.length,
  reason: delivery.parkedReason,
});

/**
 * The notifications Lambda's logic over its ports: EventBridge invokes it (asynchronously) with one domain
 * event of a notifying kind, `detail` being the event. A failure other than a parked delivery — the table
 * unreachable, an event the catalogue refuses — fails the invocation: Lambda retries it, then sends it to
 * the dead-letter queue (alarmed); redelivery is harmless, each delivery being made once.
 */
export function createNotificationsHandler(
  ports: Omit<DeliveryPorts, 'onParked'>,
  log: NotificationsLog,
): (event: EventBridgeEvent<string, unknown>) => Promise<readonly DeliveryOutcome[]> {
  const withParking: DeliveryPorts = {
    ...ports,
    onParked: (delivery) => log.warn('notification parked', parkedLogFields(delivery)),
  };
  return async (event) => {
    const outcomes = await deliverNotifications(event.detail, withParking);
    const sent = outcomes.filter((outcome) => outcome.outcome === 'SENT').length;
    log.count('NotificationsSent', sent);
    log.info('notifications delivered', { eventId: event.id, kind: event['detail-type'], outcomes });
    return outcomes;
  };
}
