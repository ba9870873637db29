import type { NotificationSender, OutgoingMessage } from '#domain/notifications/delivery';

/**
 * The local stand-in for SES and SNS (`npm start`, tests): nothing leaves the machine. The message is
 * already on its delivery item, rendered; "sending" it marks the item SENT via `LOCAL_OUTBOX`, so the
 * `notifications` query (and GraphiQL) shows the e-mails and text messages that would have gone out.
 */
export class OutboxSender implements NotificationSender {
  readonly via = 'LOCAL_OUTBOX';

  send(message: OutgoingMessage): Promise<{ messageId: string }> {
    return Promise.resolve({ messageId: `outbox:${message.deliveryId}` });
  }
}
