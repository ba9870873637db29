import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFYING_KINDS } from '#domain/notifications/routing';
import { cdkJsonContext, synthesizeService } from '../support/infra.ts';
import { settingsFromContext } from '../../infra/app-builder.ts';
import { bundleFunction } from '../../infra/bundle.ts';
import { EVENT_SOURCE } from '../../infra/constructs/domain-events.ts';
import { NOTIFICATIONS_CONCURRENCY } from '../../infra/constructs/notifications.ts';

/**
 * Issue 17 in AWS: the notifications rule on the domain-events bus, its target (the notifications function)
 * with its retry policy and dead-letter queue, the alarms on parked deliveries and dead letters, and the
 * function's least privilege — its table keys, SES from the configured identity only, SMS by SNS.
 */

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
const FROM = 'notifications@awards.example.gov.cn';

let stateless: Template;

beforeAll(() => {
  ({ stateless } = synthesizeService({ notificationEmailFrom: FROM }));
}, 180_000);

const logicalId = (type: string, prefix: string): string => {
  const ids = Object.keys(stateless.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
};
const functionId = () => logicalId('AWS::Lambda::Function', 'NotificationsFunction');
const queueId = () => logicalId('AWS::SQS::Queue', 'NotificationsDeadLetters');

function statements(): Statement[] {
  const policy = stateless.findResources('AWS::IAM::Policy')[
    logicalId('AWS::IAM::Policy', 'NotificationsFunctionServiceRoleDefaultPolicy')
  ] as { Properties: { PolicyDocument: { Statement: Statement[] } } };
  return policy.Properties.PolicyDocument.Statement;
}

describe('notifications in AWS (issue 17)', () => {
  it('a rule on the domain-events bus sends every notifying kind, version 1, to the notifications function', () => {
    const busId = logicalId('AWS::Events::EventBus', 'DomainEventsBus');
    stateless.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busId },
      EventPattern: { source: [EVENT_SOURCE], 'detail-type': [...NOTIFYING_KINDS], detail: { version: [1] } },
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [functionId(), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId(), 'Arn'] } },
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21_600 },
        },
      ],
    });
    stateless.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId(), 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
  });

  it('the function retries a failed invocation twice, then dead-letters it; the queue is encrypted and takes EventBridge’s too', () => {
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Timeout: 90,
      Environment: {
        Variables: Match.objectLike({ NOTIFICATION_EMAIL_FROM: FROM, TABLE_NAME: Match.anyValue() }),
      },
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [queueId(), 'Arn'] } },
      // A burst of events waits in Lambda's queue rather than outrunning SES's and SNS's send rates.
      ReservedConcurrentExecutions: NOTIFICATIONS_CONCURRENCY,
    });
    stateless.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId() },
      MaximumRetryAttempts: 2,
    });
    stateless.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    stateless.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'sqs:SendMessage',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('alarms on any parked delivery (the function’s notificationParked log lines) and on any dead letter', () => {
    stateless.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.event = "notificationParked" }',
      MetricTransformations: [
        { MetricNamespace: 'SmartFactoryAwards', MetricName: 'NotificationsParked', MetricValue: '1' },
      ],
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'SmartFactoryAwards',
      MetricName: 'NotificationsParked',
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId(), 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('may read preferences, deliveries and the registry’s contacts by key and put deliveries, nothing else of the table', () => {
    const table = statements().filter(
      (statement) =>
        statement.Effect === 'Allow' &&
        [statement.Action].flat().some((action) => action.startsWith('dynamodb:')),
    );
    expect(table).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:GetItem',
        Condition: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': ['NOTIFYPREF#*', 'NOTIFY#*', 'ENT#*', 'PROVIDER#*'],
          },
        },
      }),
      expect.objectContaining({
        Action: 'dynamodb:PutItem',
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTIFY#*'] } },
      }),
    ]);
    expect(JSON.stringify(table)).not.toContain('/index/');
  });

  it('sends e-mail from the configured identity only, and SMS by SNS; the GraphQL function may do neither', () => {
    const ses = statements().filter((statement) => JSON.stringify(statement.Action).includes('ses:'));
    expect(ses).toEqual([
      {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: [
          {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':ses:',
                { Ref: 'AWS::Region' },
                ':',
                { Ref: 'AWS::AccountId' },
                `:identity/${FROM}`,
              ],
            ],
          },
          {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':ses:',
                { Ref: 'AWS::Region' },
                ':',
                { Ref: 'AWS::AccountId' },
                ':identity/awards.example.gov.cn',
              ],
            ],
          },
        ],
        Condition: { StringEquals: { 'ses:FromAddress': FROM } },
      },
    ]);
    expect(statements()).toContainEqual({ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' });
    const others = Object.entries(stateless.findResources('AWS::IAM::Policy'))
      .filter(([id]) => !id.startsWith('NotificationsFunction'))
      .map(([, policy]) => JSON.stringify(policy));
    for (const policy of others) {
      expect(policy).not.toContain('ses:');
      expect(policy).not.toMatch(/"sns:Publish","Resource":"\*"/);
    }
  });
});

describe('notification settings from context (issue 17)', () => {
  const required = {
    stage: 'test',
    allowedOrigins: 'https://awards.example.gov.cn',
    callbackUrls: 'https://awards.example.gov.cn/',
  };
  const settingsWith = (overrides: Record<string, string>) =>
    settingsFromContext(new App({ context: { ...cdkJsonContext(), ...required, ...overrides } }));
  it('take -c notificationEmailFrom=…, none by default, and refuse what is not an address', () => {
    expect(settingsWith({ notificationEmailFrom: FROM }).notificationEmailFrom).toBe(FROM);
    expect(settingsWith({}).notificationEmailFrom).toBeUndefined();
    expect(() => settingsWith({ notificationEmailFrom: 'notifications' })).toThrow(/notificationEmailFrom/);
  });
});

describe('the GraphQL function’s bundle (issue 17)', () => {
  const out = mkdtempSync(join(tmpdir(), 'graphql-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('carries neither the SES nor the SNS client: they are the notifications function’s', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const inputs = Object.keys(bundleFunction(root, 'functions/handlers/graphql.ts', out).inputs);
    expect(inputs.filter((input) => /client-sesv2|client-sns\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes('notification-store'))).toBe(true);
  }, 120_000);
});
