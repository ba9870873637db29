import { describe, expect, it } from 'vitest';
import { ConfigError, loadApiConfig } from '#config/env';

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
});
