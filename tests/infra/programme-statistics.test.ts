import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTED_KINDS } from '#domain/statistics/tally';
import { synthesizeService } from '../support/infra.ts';
import { EVENT_SOURCE } from '../../infra/constructs/domain-events.ts';

/**
 * Issue 17 in AWS: the programme statistics' rule on the domain-events bus, its function, retries,
 * dead-letter queue and alarm. The function's table grant is asserted with every other function's in
 * hardening.test.ts.
 */

let stateless: Template;

beforeAll(() => {
  ({ stateless } = synthesizeService());
}, 180_000);

const logicalId = (type: string, prefix: string): string => {
  const ids = Object.keys(stateless.findResources(type)).filter((id) => id.startsWith(prefix));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
};

describe('programme statistics in AWS (issue 17)', () => {
  it('a rule on the domain-events bus sends the kinds that count to the statistics function, retried for a day, then dead-lettered', () => {
    const bus = logicalId('AWS::Events::EventBus', 'DomainEventsBus');
    const fn = logicalId('AWS::Lambda::Function', 'ProgrammeStatisticsFunction');
    const queue = logicalId('AWS::SQS::Queue', 'ProgrammeStatisticsDeadLetters');
    stateless.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: bus },
      EventPattern: { source: [EVENT_SOURCE], 'detail-type': [...COUNTED_KINDS] },
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [fn, 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 86_400 },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queue, 'Arn'] } },
        }),
      ],
    });
    // Invoked asynchronously: Lambda retries a failed count twice, then dead-letters it.
    stateless.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Environment: { Variables: Match.objectLike({ TABLE_NAME: Match.anyValue() }) },
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [queue, 'Arn'] } },
      ReservedConcurrentExecutions: 2,
      TracingConfig: { Mode: 'Active' },
    });
    stateless.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: fn },
      MaximumRetryAttempts: 2,
    });
  });

  it('its dead-letter queue is encrypted, TLS only, and alarmed', () => {
    const queue = logicalId('AWS::SQS::Queue', 'ProgrammeStatisticsDeadLetters');
    stateless.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('programme statistics could not count'),
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Threshold: 1,
    });
    const policies = JSON.stringify(stateless.findResources('AWS::SQS::QueuePolicy'));
    expect(policies).toContain(queue);
    expect(policies).toContain('aws:SecureTransport');
  });

  it('may invoke only its own function from EventBridge, by the rule’s ARN', () => {
    const fn = logicalId('AWS::Lambda::Function', 'ProgrammeStatisticsFunction');
    const rule = logicalId('AWS::Events::Rule', 'ProgrammeStatisticsCountedEvents');
    stateless.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [rule, 'Arn'] },
    });
  });
});
