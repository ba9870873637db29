import { readFileSync } from 'node:fs';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Alarm, CfnAlarm, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServiceApp, settingsFromContext } from '../../infra/app-builder.ts';
import type { ServiceApp } from '../../infra/app-builder.ts';

/**
 * Issue 18, the operators' kit: no production defaults in cdk.json, one topic that every alarm of both
 * stacks notifies (alarms added later included), subscribed from context, and the outputs an operator
 * needs after a deployment. Everything is read from the synthesized templates (synthesis runs cdk-nag).
 */

type Resource = { Type: string; Properties: Record<string, unknown> };

const cdkJson = (): { context: Record<string, unknown> } =>
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };

const DEPLOY_CONTEXT = {
  stage: 'ops',
  allowedOrigins: 'https://awards.qingpu.gov.cn',
  callbackUrls: 'https://awards.qingpu.gov.cn/auth/callback',
  alarmEmails: 'ops@qingpu.gov.cn, duty@qingpu.gov.cn',
  alarmSmsNumbers: '+8613800000000',
  // Off by default (issue 19); as -c operationsDashboard=true passes it.
  operationsDashboard: 'true',
};

let service: ServiceApp;
let stateful: Template;
let stateless: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJson().context, ...DEPLOY_CONTEXT } });
  service = buildServiceApp(settingsFromContext(app), app);
  // Alarms added after the service is built, as a later change would add them: an L2 alarm in each stack
  // and a bare CfnAlarm with an action of its own. The aspect must cover them all.
  const metric = new Metric({ namespace: 'Probe', metricName: 'Probe', period: Duration.minutes(5) });
  new Alarm(service.stateful, 'LateStatefulAlarm', { metric, threshold: 1, evaluationPeriods: 1 });
  new Alarm(service.stateless, 'LateStatelessAlarm', { metric, threshold: 1, evaluationPeriods: 1 });
  new CfnAlarm(service.stateless, 'LateBareAlarm', {
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    evaluationPeriods: 1,
    metricName: 'Probe',
    namespace: 'Probe',
    period: 300,
    statistic: 'Sum',
    threshold: 1,
    alarmActions: ['arn:aws:sns:cn-north-1:111122223333:elsewhere'],
  });
  // Synthesis runs the cdk-nag AwsSolutions checks: an unacknowledged finding throws here.
  service.app.synth();
  stateful = Template.fromStack(service.stateful);
  stateless = Template.fromStack(service.stateless);
}, 180_000);

const onlyResource = (template: Template, type: string): [string, Resource] => {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(found).toHaveLength(1);
  return found[0] ?? ['', { Type: type, Properties: {} }];
};

/** The topic's logical ID in the stateful stack, and how the stateless stack imports its ARN. */
function topicReferences(): { inStateful: unknown; inStateless: unknown } {
  const [topicId] = onlyResource(stateful, 'AWS::SNS::Topic');
  const exported = Object.values(stateful.findOutputs('*')).find(
    (output) => JSON.stringify(output['Value']) === JSON.stringify({ Ref: topicId }) && output['Export'],
  ) as { Export: { Name: string } } | undefined;
  expect(exported).toBeDefined();
  return { inStateful: { Ref: topicId }, inStateless: { 'Fn::ImportValue': exported?.Export.Name } };
}

describe('cdk.json gives no production defaults', () => {
  it('has no stage, origins or callback URLs, so a bare cdk synth or deploy is refused with what to pass', () => {
    const { context } = cdkJson();
    for (const key of ['stage', 'allowedOrigins', 'callbackUrls', 'logoutUrls', 'alarmEmails'])
      expect(context).not.toHaveProperty(key);
    const without = (key: string) => {
      const { [key]: _, ...rest }: Record<string, unknown> = { ...context, ...DEPLOY_CONTEXT };
      return () => settingsFromContext(new App({ context: rest }));
    };
    expect(without('stage')).toThrow(
      /context "stage" is required.*-c stage=prod.*npm run deploy -- -c stage=/,
    );
    expect(without('allowedOrigins')).toThrow(
      /context "allowedOrigins" is required.*-c allowedOrigins=https:\/\/.*npm run deploy -- /,
    );
    expect(without('callbackUrls')).toThrow(/context "callbackUrls" is required.*-c callbackUrls=https:\/\//);
  });
});

describe('alarm notifications', () => {
  it('notifies the one topic on ALARM and on OK from every alarm of both stacks, alarms added later included', () => {
    const { inStateful, inStateless } = topicReferences();
    const alarms = [
      ...Object.entries(stateful.findResources('AWS::CloudWatch::Alarm')).map(
        ([id, alarm]) => [id, alarm, inStateful] as const,
      ),
      ...Object.entries(stateless.findResources('AWS::CloudWatch::Alarm')).map(
        ([id, alarm]) => [id, alarm, inStateless] as const,
      ),
    ];
    // The service's own 13 (functions, table, workflow, queues, policy coverage) and the 3 probes.
    expect(alarms.length).toBeGreaterThanOrEqual(16);
    for (const [id, alarm, topic] of alarms) {
      const { AlarmActions, OKActions } = (alarm as Resource).Properties as {
        AlarmActions?: unknown[];
        OKActions?: unknown[];
      };
      expect({ id, AlarmActions }).toEqual({ id, AlarmActions: expect.arrayContaining([topic]) as unknown });
      expect({ id, OKActions }).toEqual({ id, OKActions: [topic] });
    }
    for (const id of ['LateStatefulAlarm', 'LateStatelessAlarm', 'LateBareAlarm'])
      expect(alarms.some(([logicalId]) => logicalId.startsWith(id))).toBe(true);
    // A bare CfnAlarm keeps the action it had.
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Probe',
      AlarmActions: ['arn:aws:sns:cn-north-1:111122223333:elsewhere', inStateless],
    });
  });

  it('subscribes exactly the e-mail addresses and numbers given in context (alarmEmails, alarmSmsNumbers)', () => {
    const { inStateful } = topicReferences();
    const subscriptions = Object.values(stateful.findResources('AWS::SNS::Subscription')).map(
      (subscription) => (subscription as Resource).Properties,
    );
    expect(subscriptions).toEqual(
      expect.arrayContaining([
        { Protocol: 'email', Endpoint: 'ops@qingpu.gov.cn', TopicArn: inStateful },
        { Protocol: 'email', Endpoint: 'duty@qingpu.gov.cn', TopicArn: inStateful },
        { Protocol: 'sms', Endpoint: '+8613800000000', TopicArn: inStateful },
      ]),
    );
    expect(subscriptions).toHaveLength(3);
    stateless.resourceCountIs('AWS::SNS::Subscription', 0);
    const settings = (context: Record<string, string>) =>
      settingsFromContext(new App({ context: { ...DEPLOY_CONTEXT, ...context } }));
    expect(settings({ alarmEmails: '', alarmSmsNumbers: '' })).toMatchObject({
      alarmEmails: [],
      alarmSmsNumbers: [],
    });
    expect(() => settings({ alarmEmails: 'ops at qingpu' })).toThrow(/context "alarmEmails"/);
    expect(() => settings({ alarmSmsNumbers: '13800000000' })).toThrow(/context "alarmSmsNumbers".*E\.164/);
  });

  it('encrypts the topic with a rotated key, refuses plain HTTP and lets CloudWatch (this account’s alarms) publish and encrypt', () => {
    const [keyId, key] = onlyResource(stateful, 'AWS::KMS::Key');
    expect(key.Properties['EnableKeyRotation']).toBe(true);
    const [topicId, topic] = onlyResource(stateful, 'AWS::SNS::Topic');
    expect(topic.Properties['KmsMasterKeyId']).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    stateful.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
    expect(JSON.stringify(key.Properties['KeyPolicy'])).toContain('cloudwatch.amazonaws.com');
    expect(JSON.stringify(key.Properties['KeyPolicy'])).toContain('kms:GenerateDataKey*');
  });
});

describe('outputs an operator needs', () => {
  const value = (template: Template, name: string): unknown => {
    const output = template.findOutputs(name)[name] as { Value?: unknown; Description?: string } | undefined;
    expect(output, `output ${name}`).toBeDefined();
    expect(output?.Description, `description of ${name}`).toBeTruthy();
    return output?.Value;
  };
  const refersTo = (template: Template, output: unknown, type: string, prefix: string) => {
    const id = (output as { Ref?: string }).Ref ?? '';
    expect(id.startsWith(prefix), `${id} starts with ${prefix}`).toBe(true);
    expect(template.findResources(type)[id]).toBeDefined();
  };

  it('takes the Operations dashboard from context, off unless asked (issue 19)', () => {
    const settings = (context: Record<string, unknown>) => {
      const { operationsDashboard: _, ...rest } = DEPLOY_CONTEXT;
      return settingsFromContext(new App({ context: { ...rest, ...context } }));
    };
    expect(settings({}).operationsDashboard).toBeUndefined();
    expect(settings({ operationsDashboard: 'true' }).operationsDashboard).toBe(true);
    expect(settings({ operationsDashboard: false }).operationsDashboard).toBe(false);
    expect(() => settings({ operationsDashboard: 'yes' })).toThrow(
      /context "operationsDashboard" must be true or false/,
    );
  });

  it('gives the URLs: the API, the public route, the sign-in pages and the Operations dashboard (when on)', () => {
    expect(JSON.stringify(value(stateless, 'GraphqlUrl'))).toMatch(/\/graphql/);
    expect(JSON.stringify(value(stateless, 'PublicGraphqlUrl'))).toMatch(/public/);
    expect(JSON.stringify(value(stateful, 'SignInBaseUrl'))).toMatch(/amazoncognito/);
    // https://<region>.console.aws.amazon.com/cloudwatch/home?region=<region>#dashboards:name=<name>
    const [dashboardId] = onlyResource(stateless, 'AWS::CloudWatch::Dashboard');
    const dashboard = JSON.stringify(value(stateless, 'DashboardUrl'));
    expect(dashboard).toContain(
      JSON.stringify(['https://', { Ref: 'AWS::Region' }, '.console.aws.amazon.com']).slice(1, -1),
    );
    expect(dashboard).toContain(
      JSON.stringify([
        '/cloudwatch/home?region=',
        { Ref: 'AWS::Region' },
        '#dashboards:name=',
        { Ref: dashboardId },
      ]).slice(1, -1),
    );
  });

  it('gives the buckets, the table, the user pool and app client ids and the alarm topic', () => {
    refersTo(stateful, value(stateful, 'ImportsBucketName'), 'AWS::S3::Bucket', 'ImportsBucket');
    refersTo(stateful, value(stateful, 'AttachmentsBucketName'), 'AWS::S3::Bucket', 'AttachmentsBucket');
    refersTo(stateful, value(stateful, 'TableName'), 'AWS::DynamoDB::GlobalTable', 'DataTable');
    refersTo(stateful, value(stateful, 'AlarmTopicArn'), 'AWS::SNS::Topic', 'AlarmNotificationsTopic');
    expect(JSON.stringify(value(stateless, 'UserPoolId'))).toMatch(/Fn::ImportValue.*UserPool/);
    expect(JSON.stringify(value(stateless, 'UserPoolClientId'))).toMatch(/Fn::ImportValue.*WebClient/);
  });
});
