/**
 * Lambda entry point of notifications (issue 17): the EventBridge rule on the domain-events bus invokes it
 * with each event of a notifying kind. Composition root, built once per container: the table (deliveries,
 * preferences, the registry's contacts), Amazon SES for e-mail (from `NOTIFICATION_EMAIL_FROM`; without
 * it this deployment sends no e-mail) and Amazon SNS for SMS. Its own function, so that the GraphQL
 * bundle carries neither SES nor SNS.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoNotificationStore } from '#adapters/dynamodb/notification-store';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { SEND_CLIENT_SETTINGS } from '#adapters/notifications/sdk-errors';
import { SesEmailSender } from '#adapters/notifications/ses-email-sender';
import { SnsSmsSender } from '#adapters/notifications/sns-sms-sender';
import { count, logger, metrics, tracer } from '#adapters/observability/powertools';
import { optionalEnv, requireEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { createNotificationsHandler } from './notifications-handler.ts';

const region = requireEnv(process.env, 'AWS_REGION');
const tableName = requireEnv(process.env, 'TABLE_NAME');
const emailFrom = optionalEnv(process.env, 'NOTIFICATION_EMAIL_FROM');
if (emailFrom === undefined)
  logger.warn(
    'e-mail notifications are off in this deployment: no NOTIFICATION_EMAIL_FROM (context notificationEmailFrom)',
  );
const documents = createDocumentClient(tracer.captureAWSv3Client(createDynamoClient({ region })));

const deliver = createNotificationsHandler(
  {
    notifications: new DynamoNotificationStore(documents, tableName),
    enterprises: new DynamoEnterpriseRepository(documents, tableName),
    providers: new DynamoProviderRepository(documents, tableName),
    senders: {
      ...(emailFrom === undefined
        ? {}
        : {
            EMAIL: new SesEmailSender(
              tracer.captureAWSv3Client(new SESv2Client({ region, ...SEND_CLIENT_SETTINGS })),
              emailFrom,
            ),
          }),
      SMS: new SnsSmsSender(tracer.captureAWSv3Client(new SNSClient({ region, ...SEND_CLIENT_SETTINGS }))),
    },
    clock: systemClock,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
  {
    info: (message, fields) => logger.info(message, fields),
    warn: (message, fields) => logger.warn(message, fields),
    count,
  },
);

export const handler: typeof deliver = async (event) => {
  try {
    return await deliver(event);
  } finally {
    metrics.publishStoredMetrics();
  }
};
