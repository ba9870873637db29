import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { NotificationSender, OutgoingMessage } from '#domain/notifications/delivery';
import { asNotSent } from './sdk-errors.ts';

/**
 * E-mail through Amazon SES (v2 API), from the deployment's verified identity (`NOTIFICATION_EMAIL_FROM`):
 * plain text, UTF-8, Chinese first. The function may send from that identity only (infra/constructs/notifications.ts).
 */
export class SesEmailSender implements NotificationSender {
  readonly via = 'SES';

  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
  ) {}

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    try {
      const { MessageId } = await this.ses.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
      return { messageId: MessageId ?? '' };
    } catch (error) {
      throw asNotSent(error);
    }
  }
}
