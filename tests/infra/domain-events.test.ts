import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAuditInsert } from '#adapters/events/stream-records';
import type { StreamRecordLike } from '#adapters/events/stream-records';
import { EVENT_SOURCE_ENTITY_TYPES } from '#domain/events/from-audit-record';
import { synthesizeService } from '../support/infra.ts';
import { AUDIT_RECORD_FILTER, EVENT_SOURCE } from '../../infra/constructs/domain-events.ts';

/**
 * Issue 17 in AWS: the table's stream, the pipe that filters it to audit records and enriches them into
 * catalogued events, the bus it targets, and the least privilege of the pipe's role and the function.
 */

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ stateful, stateless } = synthesizeService());
}, 180_000);

const onlyResource = (
  template: Template,
  type: string,
): [string, { Properties: Record<string, unknown> }] => {
  const found = Object.entries(template.findResources(type)) as [
    string,
    { Properties: Record<string, unknown> },
  ][];
  expect(found).toHaveLength(1);
  return found[0] as [string, { Properties: Record<string, unknown> }];
};

/** The statements of the policies attached to the role whose logical ID starts with `prefix`. */
function roleStatements(prefix: string): Statement[] {
  const roleId = Object.keys(stateless.findResources('AWS::IAM::Role')).find((id) => id.startsWith(prefix));
  expect(roleId).toBeDefined();
  return Object.values(stateless.findResources('AWS::IAM::Policy'))
    .filter((policy) =>
      JSON.stringify((policy as { Properties: { Roles: unknown } }).Properties.Roles).includes(roleId ?? '?'),
    )
    .flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
          .Statement,
    );
}

describe('domain events in AWS (issue 17)', () => {
  it('the table streams new images', () => {
    stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
    });
  });

  it('the pipe reads the stream, keeps inserted audit records of event sources, enriches and targets the bus', () => {
    const [, pipe] = onlyResource(stateless, 'AWS::Pipes::Pipe');
    const [busId] = onlyResource(stateless, 'AWS::Events::EventBus');
    const properties = pipe.Properties as {
      Source: unknown;
      Enrichment: unknown;
      Target: unknown;
      SourceParameters: {
        FilterCriteria: { Filters: { Pattern: string }[] };
        DynamoDBStreamParameters: Record<string, unknown>;
      };
      TargetParameters: unknown;
    };
    // The stream of the stateful stack's table, through its export.
    expect(JSON.stringify(properties.Source)).toMatch(/StreamArn/);
    expect(properties.Target).toEqual({ 'Fn::GetAtt': [busId, 'Arn'] });
    expect(JSON.stringify(properties.Enrichment)).toMatch(/DomainEventsEnrichment.*Arn/);
    expect(properties.TargetParameters).toEqual({
      EventBridgeEventBusParameters: { DetailType: '$.kind', Source: EVENT_SOURCE, Time: '$.occurredAt' },
    });
    expect(properties.SourceParameters.DynamoDBStreamParameters).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      OnPartialBatchItemFailure: 'AUTOMATIC_BISECT',
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^DomainEventsDeadLetters/), 'Arn'] } },
    });
    const [filter] = properties.SourceParameters.FilterCriteria.Filters;
    expect(JSON.parse(filter?.Pattern ?? '{}')).toEqual({
      eventName: ['INSERT'],
      dynamodb: {
        Keys: { pk: { S: [{ prefix: 'AUDIT#' }] } },
        NewImage: { entity: { S: ['AuditRecord'] }, entityType: { S: EVENT_SOURCE_ENTITY_TYPES() } },
      },
    });
  });

  it('the filter lets through exactly the stream records the publisher derives events from', () => {
    const image = (pk: string, entity: string, entityType: string) => ({
      pk: { S: pk },
      sk: { S: 'x' },
      entity: { S: entity },
      entityType: { S: entityType },
    });
    const record = (eventName: string, newImage: ReturnType<typeof image>): StreamRecordLike => ({
      eventName,
      dynamodb: { Keys: { pk: newImage.pk, sk: newImage.sk }, NewImage: newImage },
    });
    const cases: [StreamRecordLike, boolean][] = [
      [record('INSERT', image('AUDIT#PAY-1', 'AuditRecord', 'PAYMENT')), true],
      [record('INSERT', image('AUDIT#RPT-1', 'AuditRecord', 'DIAGNOSIS_REPORT')), false],
      [record('MODIFY', image('AUDIT#PAY-1', 'AuditRecord', 'PAYMENT')), false],
      [record('INSERT', image('PAYMENT#PAY-1', 'Payment', 'PAYMENT')), false],
      [record('INSERT', image('AUDIT#PAY-1', 'Payment', 'PAYMENT')), false],
    ];
    expect(cases.map(([candidate]) => matches(AUDIT_RECORD_FILTER, candidate))).toEqual(
      cases.map(([, kept]) => kept),
    );
    // The local publisher reads the same records (and derives nothing from other entity types).
    expect(cases.filter(([, kept]) => kept).every(([candidate]) => isAuditInsert(candidate))).toBe(true);
  });

  it("gives the pipe's role the stream reads, the function, the bus and its dead-letter queue, each by ARN", () => {
    const statements = roleStatements('DomainEventsPipeRole');
    const byAction = Object.fromEntries(
      statements.flatMap((statement) =>
        [statement.Action].flat().map((action) => [action, statement.Resource]),
      ),
    );
    expect(Object.keys(byAction).sort()).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
      'events:PutEvents',
      'lambda:InvokeFunction',
      'sqs:SendMessage',
    ]);
    for (const resource of Object.values(byAction)) {
      expect(resource).not.toBe('*');
      expect(JSON.stringify(resource)).not.toContain(':*');
    }
    expect(JSON.stringify(byAction['dynamodb:GetRecords'])).toMatch(/StreamArn/);
    const [, role] = Object.entries(stateless.findResources('AWS::IAM::Role')).find(([id]) =>
      id.startsWith('DomainEventsPipeRole'),
    ) ?? ['', {}];
    expect(JSON.stringify(role)).toContain('pipes.amazonaws.com');
    expect(JSON.stringify(role)).toContain('aws:SourceAccount');
  });

  it('gives the enrichment function no table, stream or bus permission: it only computes', () => {
    const actions = roleStatements('DomainEventsEnrichment').flatMap((statement) =>
      [statement.Action].flat(),
    );
    expect(actions.filter((action) => !action.startsWith('xray:'))).toEqual([]);
  });

  it('alarms on the pipe’s dead letters', () => {
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('domain-events pipe'),
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
  });
});

/**
 * The subset of EventBridge's pattern matching the pipe's filter uses: every key of the pattern must match;
 * an array lists the values (or `{ prefix }`) one of which the field must have.
 */
function matches(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern))
    return pattern.some((option: unknown) =>
      typeof option === 'object' && option !== null && 'prefix' in option
        ? typeof value === 'string' && value.startsWith((option as { prefix: string }).prefix)
        : option === value,
    );
  if (typeof pattern !== 'object' || pattern === null || typeof value !== 'object' || value === null)
    return false;
  return Object.entries(pattern).every(([key, inner]) =>
    matches(inner, (value as Record<string, unknown>)[key]),
  );
}
