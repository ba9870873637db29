import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import type { EventBridgeEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { SEND_CLIENT_SETTINGS } from '#adapters/notifications/sdk-errors';
import { SesEmailSender } from '#adapters/notifications/ses-email-sender';
import { SnsSmsSender } from '#adapters/notifications/sns-sms-sender';
import type {
  NotificationDelivery,
  NotificationStore,
  OutgoingMessage,
} from '#domain/notifications/delivery';
import { NotSent } from '#domain/notifications/delivery';
import { ManualClock } from '#domain/waitable-clock';
import { createNotificationsHandler } from '../../../functions/handlers/notifications-handler.ts';
import { ENTERPRISE, sampleEvent } from '../../support/notification-events.ts';

/**
 * Issue 17: the SES and SNS senders (clients that never reach the network) and the Lambda handler's
 * reporting of parked deliveries (the log line the alarm's metric filter counts).
 */

interface Sent {
  readonly path: string;
  readonly body: string;
}
type Answer = { statusCode: number; headers?: Record<string, string>; body: string } | Error;

/** Request handler of an SDK client: records each request and gives the next answer. */
function handler(answers: Answer[]) {
  const sent: Sent[] = [];
  return {
    sent,
    requestHandler: {
      handle: (request: { path: string; body?: unknown }) => {
        const body = request.body;
        sent.push({
          path: request.path,
          body:
            body instanceof Uint8Array
              ? new TextDecoder().decode(body)
              : typeof body === 'string'
                ? body
                : '',
        });
        const answer = answers.shift() ?? new Error('no answer scripted');
        if (answer instanceof Error) return Promise.reject(answer);
        return Promise.resolve({
          response: {
            statusCode: answer.statusCode,
            headers: answer.headers ?? {},
            body: new TextEncoder().encode(answer.body),
          },
        });
      },
    },
  };
}
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' };
const MESSAGE: OutgoingMessage = {
  channel: 'EMAIL',
  to: 'wang@example.com',
  subject: '奖励资金已拨付 | Award paid',
  text: '项目的奖励资金已拨付。',
  deliveryId: 'ENTERPRISE#X|e1|EMAIL',
};

const ses = (answers: Answer[]) => {
  const fake = handler(answers);
  const client = new SESv2Client({
    region: 'cn-north-1',
    credentials,
    ...SEND_CLIENT_SETTINGS,
    requestHandler: fake.requestHandler,
  });
  return { sender: new SesEmailSender(client, 'notifications@awards.example.gov.cn'), sent: fake.sent };
};
const sns = (answers: Answer[]) => {
  const fake = handler(answers);
  const client = new SNSClient({
    region: 'cn-north-1',
    credentials,
    ...SEND_CLIENT_SETTINGS,
    requestHandler: fake.requestHandler,
  });
  return { sender: new SnsSmsSender(client), sent: fake.sent };
};

describe('the e-mail and SMS senders (issue 17)', () => {
  it('sends a UTF-8 e-mail from the configured identity through SES, once', async () => {
    const { sender, sent } = ses([{ statusCode: 200, body: '{"MessageId":"ses-1"}' }]);
    expect(await sender.send(MESSAGE)).toEqual({ messageId: 'ses-1' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/v2/email/outbound-emails');
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({
      FromEmailAddress: 'notifications@awards.example.gov.cn',
      Destination: { ToAddresses: ['wang@example.com'] },
      Content: { Simple: { Subject: { Data: MESSAGE.subject, Charset: 'UTF-8' } } },
    });
  });

  it('answers NotSent (to be tried again) when SES refuses, and is not retried by the SDK', async () => {
    const { sender, sent } = ses([
      { statusCode: 400, headers: { 'x-amzn-errortype': 'MessageRejected' }, body: '{"message":"rejected"}' },
    ]);
    const error = await sender.send(MESSAGE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotSent);
    expect((error as NotSent).reason).toBe('MessageRejected');
    expect(sent).toHaveLength(1);
  });

  it('leaves a send without an answer as it is (outcome unknown), tried once', async () => {
    const { sender, sent } = ses([new Error('socket hang up')]);
    const error = await sender.send(MESSAGE).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(NotSent);
    expect(sent).toHaveLength(1);
  });

  it('publishes a transactional text message straight to the mobile number through SNS', async () => {
    const { sender, sent } = sns([
      {
        statusCode: 200,
        body: '<PublishResponse><PublishResult><MessageId>sns-1</MessageId></PublishResult></PublishResponse>',
      },
    ]);
    expect(await sender.send({ ...MESSAGE, channel: 'SMS', to: '+8613912345678' })).toEqual({
      messageId: 'sns-1',
    });
    const body = new URLSearchParams(sent[0]?.body);
    expect(body.get('Action')).toBe('Publish');
    expect(body.get('PhoneNumber')).toBe('+8613912345678');
    expect(body.get('TopicArn')).toBeNull();
    expect(body.get('MessageAttributes.entry.1.Value.StringValue')).toBe('Transactional');
  });

  it('answers NotSent when SNS refuses', async () => {
    const { sender } = sns([
      {
        statusCode: 400,
        body: '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>bad</Message></Error></ErrorResponse>',
      },
    ]);
    await expect(sender.send({ ...MESSAGE, channel: 'SMS', to: '+8613912345678' })).rejects.toBeInstanceOf(
      NotSent,
    );
  });
});

describe('the notifications Lambda handler (issue 17)', () => {
  it('delivers the event in `detail`, and logs each parked delivery for the alarm — never its address or text', async () => {
    const deliveries = new Map<string, NotificationDelivery>();
    const store: NotificationStore = {
      preferences: (recipient) =>
        Promise.resolve({
          recipient,
          channels: ['INBOX', 'EMAIL'],
          mutedKinds: [],
          version: 1,
          updatedAt: null,
        }),
      savePreferences: () => Promise.resolve(),
      createDelivery: (delivery) => {
        const key = `${delivery.recipient}|${delivery.channel}`;
        const found = deliveries.get(key);
        if (found) return Promise.resolve({ created: false, delivery: found });
        deliveries.set(key, delivery);
        return Promise.resolve({ created: true, delivery });
      },
      replaceDelivery: (delivery) => {
        deliveries.set(`${delivery.recipient}|${delivery.channel}`, delivery);
        return Promise.resolve(true);
      },
      list: () => Promise.reject(new Error('not used')),
    };
    const logged: { level: string; message: string; fields: Record<string, unknown> }[] = [];
    const counted: [string, number][] = [];
    const handle = createNotificationsHandler(
      {
        notifications: store,
        enterprises: {
          get: () =>
            Promise.resolve({
              name: '上海时钟',
              contacts: [{ name: '王', email: 'wang@example.com' }],
            } as never),
        },
        providers: { get: () => Promise.resolve(undefined) },
        senders: { EMAIL: { via: 'SES', send: () => Promise.reject(new NotSent('MessageRejected')) } },
        clock: new ManualClock(new Date('2026-10-20T02:15:00.000Z')),
        wait: () => Promise.resolve(),
      },
      {
        info: (message, fields) => logged.push({ level: 'info', message, fields }),
        warn: (message, fields) => logged.push({ level: 'warn', message, fields }),
        count: (name, value) => counted.push([name, value]),
      },
    );
    const event = sampleEvent('payment.paid');
    const outcomes = await handle({
      id: 'eb-1',
      version: '0',
      account: '123456789012',
      time: '2026-10-20T02:15:00Z',
      region: 'cn-north-1',
      resources: [],
      source: 'smart-factory-awards',
      'detail-type': 'payment.paid',
      detail: event,
    } satisfies EventBridgeEvent<string, unknown>);
    expect(outcomes.map(({ channel, outcome }) => `${channel} ${outcome}`)).toEqual([
      'INBOX SENT',
      'EMAIL PARKED',
    ]);
    const parked = logged.filter((entry) => entry.level === 'warn');
    expect(parked).toEqual([
      {
        level: 'warn',
        message: 'notification parked',
        fields: {
          event: 'notificationParked',
          recipient: `ENTERPRISE#${ENTERPRISE}`,
          eventId: event.id,
          kind: 'payment.paid',
          channel: 'EMAIL',
          attempts: 4,
          reason: 'the provider refused it 4 times (last: MessageRejected)',
        },
      },
    ]);
    expect(JSON.stringify(logged)).not.toContain('wang@example.com');
    expect(JSON.stringify(logged)).not.toContain('拨付');
    expect(counted).toEqual([['NotificationsSent', 1]]);
  });
});
