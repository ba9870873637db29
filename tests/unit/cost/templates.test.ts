import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../scripts/cost/templates.ts';
import {
  dashboardMetricCount,
  flatten,
  runsPerMonth,
  templateFacts,
} from '../../../scripts/cost/templates.ts';

const body = JSON.stringify({
  widgets: [
    {
      properties: {
        metrics: [
          ['AWS/Lambda', 'Errors', 'FunctionName', 'f', { stat: 'Sum' }],
          [{ expression: "SUM(SEARCH('{NS,service} MetricName=~\"^Rejected_\"', 'Sum', 300))" }],
          ['NS', 'PaidFen', 'service', 's', { stat: 'Sum' }],
        ],
      },
    },
  ],
});

const TEMPLATE: CfnTemplate = {
  Resources: {
    FnLogs: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 180 } },
    GraphqlFunctionABCD1234: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        MemorySize: 1024,
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: 'FnLogs' } },
      },
    },
    Plain: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: { Namespace: 'AWS/SQS', MetricName: 'Depth', Period: 300 },
    },
    MathAlarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        Metrics: [
          { Expression: 'a + b', Id: 'expr' },
          {
            Id: 'a',
            MetricStat: {
              Metric: { Namespace: 'AWS/DynamoDB', MetricName: 'ThrottledRequests' },
              Period: 300,
            },
          },
          {
            Id: 'b',
            MetricStat: {
              Metric: { Namespace: 'AWS/DynamoDB', MetricName: 'ThrottledRequests' },
              Period: 300,
            },
          },
        ],
      },
    },
    Board: {
      Type: 'AWS::CloudWatch::Dashboard',
      Properties: { DashboardBody: { 'Fn::Join': ['', [body]] } },
    },
    Filter: {
      Type: 'AWS::Logs::MetricFilter',
      Properties: {
        MetricTransformations: [{ MetricNamespace: 'NS', MetricName: 'StagesOverdue', MetricValue: '1' }],
      },
    },
    Machine: {
      Type: 'AWS::StepFunctions::StateMachine',
      Properties: {
        DefinitionString: {
          'Fn::Join': [
            '',
            [
              '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"',
              { 'Fn::GetAtt': ['Fn', 'Arn'] },
              '","End":true}}}',
            ],
          ],
        },
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: {
          Level: 'ALL',
          Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': ['FnLogs', 'Arn'] } } }],
        },
      },
    },
    Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Rules: [{}, {}] } },
    Sampling: {
      Type: 'AWS::XRay::SamplingRule',
      Properties: {
        SamplingRule: {
          ServiceName: 'api/public',
          ServiceType: 'AWS::ApiGateway::Stage',
          ReservoirSize: 0,
          FixedRate: 0.05,
        },
      },
    },
    Pool: { Type: 'AWS::Cognito::UserPool', Properties: {} },
    Key: { Type: 'AWS::KMS::Key', Properties: {} },
    Daily: {
      Type: 'AWS::Events::Rule',
      Properties: {
        ScheduleExpression: 'cron(10 16 * * ? *)',
        Targets: [{ Arn: { 'Fn::GetAtt': ['GraphqlFunctionABCD1234', 'Arn'] } }],
      },
    },
    OnBus: {
      Type: 'AWS::Events::Rule',
      Properties: {
        EventBusName: { Ref: 'Bus' },
        EventPattern: { 'detail-type': ['payment.paid'] },
        Targets: [{ Arn: { 'Fn::GetAtt': ['GraphqlFunctionABCD1234', 'Arn'] } }],
      },
    },
  },
};

describe('facts from the synthesized templates', () => {
  it('joins Fn::Join parts, references becoming placeholders', () => {
    expect(flatten({ 'Fn::Join': ['-', ['a', { Ref: 'X' }, 'b']] })).toBe('a-PLACEHOLDER-b');
  });

  it('reads functions with their memory, tracing and log retention', () => {
    expect(templateFacts({ stack: TEMPLATE }).functions).toEqual([
      {
        logicalId: 'GraphqlFunctionABCD1234',
        memoryMb: 1024,
        architecture: 'arm64',
        tracing: 'Active',
        logRetentionDays: 180,
        publishesMetrics: false,
      },
    ]);
  });

  it('knows which functions publish the code’s metrics: Powertools ones whose metrics are not switched off (issue 19)', () => {
    const lambda = (variables: Record<string, string>) => ({
      Type: 'AWS::Lambda::Function',
      Properties: { Environment: { Variables: variables } },
    });
    const facts = templateFacts({
      stack: {
        Resources: {
          Publishing: lambda({ POWERTOOLS_SERVICE_NAME: 's' }),
          Silent: lambda({ POWERTOOLS_SERVICE_NAME: 's', POWERTOOLS_METRICS_DISABLED: 'true' }),
          NotPowertools: lambda({ TABLE_NAME: 't' }),
        },
      },
    });
    expect(facts.functions.map((f) => [f.logicalId, f.publishesMetrics])).toEqual([
      ['Publishing', true],
      ['Silent', false],
      ['NotPowertools', false],
    ]);
  });

  it('counts each metric an alarm reads: a metric-math alarm is billed per metric, not per expression', () => {
    const facts = templateFacts({ stack: TEMPLATE });
    expect(facts.alarms.map((alarm) => [alarm.logicalId, alarm.metrics])).toEqual([
      ['Plain', 1],
      ['MathAlarm', 2],
    ]);
    expect(facts.alarms[1]?.metricNames).toEqual([
      'AWS/DynamoDB/ThrottledRequests',
      'AWS/DynamoDB/ThrottledRequests',
    ]);
  });

  it('counts a dashboard’s metrics (expressions apart), metric filters, the machine, the ACL’s rules, the pool’s plan', () => {
    const facts = templateFacts({ stack: TEMPLATE });
    expect(dashboardMetricCount(body)).toBe(2);
    expect(facts.dashboards.map((dashboard) => dashboard.metrics)).toEqual([2]);
    expect(facts.metricFilters).toEqual([{ namespace: 'NS', name: 'StagesOverdue', hasDefault: false }]);
    expect(facts.stateMachines[0]).toMatchObject({ tracing: true, logLevel: 'ALL', logRetentionDays: 180 });
    expect(facts.stateMachines[0]?.definition.StartAt).toBe('A');
    expect(facts.webAcls).toEqual([{ logicalId: 'Acl', rules: 2 }]);
    expect(facts.userPools).toEqual([{ logicalId: 'Pool', plan: 'ESSENTIALS' }]);
    expect(facts.kmsKeys).toBe(1);
    expect(facts.schedules).toEqual([
      { expression: 'cron(10 16 * * ? *)', targets: ['GraphqlFunctionABCD1234'] },
    ]);
    expect(facts.busRules).toEqual([{ detailTypes: ['payment.paid'], targets: ['GraphqlFunctionABCD1234'] }]);
    expect(facts.samplingRules).toEqual([
      {
        serviceName: 'api/public',
        serviceType: 'AWS::ApiGateway::Stage',
        reservoirPerSecond: 0,
        fixedRate: 0.05,
      },
    ]);
  });

  it('runs a daily cron once a day and a rate by its period; refuses what it does not model', () => {
    expect(runsPerMonth('cron(10 16 * * ? *)', 30)).toBe(30);
    expect(runsPerMonth('rate(6 hours)', 30)).toBe(120);
    expect(() => runsPerMonth('cron(0 9 ? * MON-FRI *)', 30)).toThrow(/only rate/);
  });
});
