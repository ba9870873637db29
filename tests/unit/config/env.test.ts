import { describe, expect, it } from 'vitest';
import { ConfigError, loadApiConfig } from '#config/env';
import { DEFAULT_RATE_LIMITS } from '#domain/rate-limits/rate-budget';

const complete = {
  API_MODE: 'production',
  TABLE_NAME: 'awards',
  AWS_REGION: 'cn-north-1',
  ATTACHMENTS_BUCKET: 'files',
  STATE_MACHINE_ARN: 'arn:aws:states:cn-north-1:1:stateMachine:w',
  IMPORT_FUNCTION_NAME: 'import-certifications',
};

describe('loadApiConfig', () => {
  it('reads a complete configuration', () => {
    expect(loadApiConfig(complete)).toEqual({
      mode: 'production',
      tableName: 'awards',
      region: 'cn-north-1',
      dynamodbEndpoint: undefined,
      attachmentsBucket: 'files',
      stateMachineArn: 'arn:aws:states:cn-north-1:1:stateMachine:w',
      importFunctionName: 'import-certifications',
      rateLimits: DEFAULT_RATE_LIMITS,
      trustedDocuments: 'off',
    });
  });

  it.each([
    'API_MODE',
    'TABLE_NAME',
    'AWS_REGION',
    'ATTACHMENTS_BUCKET',
    'STATE_MACHINE_ARN',
    'IMPORT_FUNCTION_NAME',
  ])('fails fast, naming %s, when it is missing', (name) => {
    const env: Record<string, string> = { ...complete, [name]: '' };
    expect(() => loadApiConfig(env)).toThrow(new ConfigError(`environment variable ${name} is required`));
  });

  it('refuses an unknown API_MODE instead of guessing', () => {
    expect(() => loadApiConfig({ ...complete, API_MODE: 'prod' })).toThrow(ConfigError);
  });

  it("issue 16: reads each caller's rate budget and the trusted-documents switch, with their documented defaults", () => {
    expect(DEFAULT_RATE_LIMITS).toEqual({ windowSeconds: 60, userPoints: 6000, anonymousPoints: 600 });
    expect(
      loadApiConfig({
        ...complete,
        RATE_LIMIT_WINDOW_SECONDS: '3600',
        RATE_LIMIT_USER_POINTS: '5000',
        RATE_LIMIT_ANONYMOUS_POINTS: '500',
        TRUSTED_DOCUMENTS: 'required',
      }),
    ).toMatchObject({
      rateLimits: { windowSeconds: 3600, userPoints: 5000, anonymousPoints: 500 },
      trustedDocuments: 'required',
    });
  });

  it.each([
    ['RATE_LIMIT_WINDOW_SECONDS', '0'],
    ['RATE_LIMIT_WINDOW_SECONDS', '86401'],
    ['RATE_LIMIT_USER_POINTS', '1.5'],
    ['RATE_LIMIT_ANONYMOUS_POINTS', 'lots'],
    ['TRUSTED_DOCUMENTS', 'yes'],
  ])('issue 16: refuses a malformed %s (%s), naming it', (name, value) => {
    expect(() => loadApiConfig({ ...complete, [name]: value })).toThrow(new RegExp(name));
  });
});
