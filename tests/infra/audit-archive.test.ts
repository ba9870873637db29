import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdkJsonContext, synthesizeService } from '../support/infra.ts';

/**
 * Issue 17: a write-once copy of the audit trail, S3 Object Lock in compliance mode, fed from the table's
 * stream by a function that may only add objects under `audit/`.
 */

let stateful: Template;
let stateless: Template;

beforeAll(() => {
  ({ stateful, stateless } = synthesizeService({ auditArchiveRetentionYears: 10 }));
}, 180_000);

describe('the write-once audit archive', () => {
  it('is a versioned, private, retained bucket with Object Lock in compliance mode for the years given', () => {
    const buckets = stateful.findResources('AWS::S3::Bucket', {
      Properties: { ObjectLockEnabled: true },
    });
    const [[id, bucket] = []] = Object.entries(buckets) as [string, Record<string, unknown>][];
    expect(Object.keys(buckets)).toHaveLength(1);
    expect(bucket).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } },
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      },
    });
    expect(JSON.stringify(stateful.findOutputs('AuditArchiveBucketName'))).toContain(String(id));
  });

  it('is fed by the table stream, filtered to inserted audit records, with a dead-letter queue and its alarm', () => {
    stateless.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: Match.anyValue(),
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: {
                Keys: { pk: { S: [{ prefix: 'AUDIT#' }] } },
                NewImage: { entity: { S: ['AuditRecord'] } },
              },
            }),
          },
        ],
      },
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    const mappings = stateless.findResources('AWS::Lambda::EventSourceMapping');
    const [mapping] = Object.values(mappings) as { Properties: { FunctionName: { Ref: string } } }[];
    expect(mapping?.Properties.FunctionName.Ref).toMatch(/^AuditArchiver\w*Function/);
    const alarms = JSON.stringify(stateless.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toMatch(/AuditArchiverDeadLetters/);
  });

  it('lets the archiver only put objects under audit/ in that bucket: no read, delete, list or retention change', () => {
    const policies = stateless.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^AuditArchiver') }] },
    });
    const statements = Object.values(policies).flatMap(
      (policy) =>
        (
          policy as {
            Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } };
          }
        ).Properties.PolicyDocument.Statement,
    );
    const s3 = statements.filter((statement) => JSON.stringify(statement.Action).includes('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0]?.Action).toBe('s3:PutObject');
    expect(JSON.stringify(s3[0]?.Resource)).toMatch(/AuditArchive.*\/audit\/\*/);
    expect(JSON.stringify(statements)).not.toMatch(
      /s3:(Delete|Get|List|PutObjectRetention|BypassGovernance)/,
    );
  });

  it('refuses a retention context that is not a whole number of years up to 100', async () => {
    const { settingsFromContext } = await import('../../infra/app-builder.ts');
    const settings = (value: string) =>
      settingsFromContext(
        new App({
          context: {
            ...cdkJsonContext(),
            stage: 'x',
            allowedOrigins: 'https://a.example',
            callbackUrls: 'https://a.example/',
            auditArchiveRetentionYears: value,
          },
        }),
      );
    expect(settings('7').auditArchiveRetentionYears).toBe(7);
    expect(() => settings('101')).toThrow(/auditArchiveRetentionYears/);
    expect(() => settings('2.5')).toThrow(/auditArchiveRetentionYears/);
  });
});
