import { PublishCommand } from '@aws-sdk/client-sns';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { NotificationSender, OutgoingMessage } from '#domain/notifications/delivery';
import { asNotSent } from './sdk-errors.ts';

/**
 * Text messages through Amazon SNS, published straight to the mobile number (E.164, `+86…`), never to a
 * topic; transactional, so that they are delivered ahead of promotional traffic.
 */
export class SnsSmsSender implements NotificationSender {
  readonly via = 'SNS';

  constructor(private readonly sns: SNSClient) {}

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    try {
      const { MessageId } = await this.sns.send(
        new PublishCommand({
          PhoneNumber: message.to,
          Message: message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          },
        }),
      );
      return { messageId: MessageId ?? '' };
    } catch (error) {
      throw asNotSent(error);
    }
  }
}
