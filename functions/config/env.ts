/**
 * Configuration, read once at start-up. A missing or malformed variable stops the process with a
 * message naming it; nothing falls back to a silent default.
 */

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

export function requireEnv(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ConfigError(`environment variable ${name} is required`);
  }
  return value;
}

export function optionalEnv(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * `production` turns off introspection, stack traces and development tokens. Lambda does not set
 * NODE_ENV, so the mode is always explicit: the CDK stack sets API_MODE=production, `npm start` sets
 * development.
 */
export const API_MODES = ['production', 'development'] as const;
export type ApiMode = (typeof API_MODES)[number];

export interface ApiConfig {
  readonly mode: ApiMode;
  readonly tableName: string;
  readonly region: string;
  readonly dynamodbEndpoint: string | undefined;
  /** The S3 bucket of attachments (pre-signed uploads and downloads). */
  readonly attachmentsBucket: string;
  /** The approval workflow's state machine. */
  readonly stateMachineArn: string;
  /** The Lambda that runs imports requested through the API. */
  readonly importFunctionName: string;
}

export function loadApiConfig(env: Env): ApiConfig {
  const mode = requireEnv(env, 'API_MODE');
  if (!(API_MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(`API_MODE must be one of ${API_MODES.join(', ')}, got "${mode}"`);
  }
  return {
    mode: mode as ApiMode,
    tableName: requireEnv(env, 'TABLE_NAME'),
    region: requireEnv(env, 'AWS_REGION'),
    dynamodbEndpoint: optionalEnv(env, 'DYNAMODB_ENDPOINT'),
    attachmentsBucket: requireEnv(env, 'ATTACHMENTS_BUCKET'),
    stateMachineArn: requireEnv(env, 'STATE_MACHINE_ARN'),
    importFunctionName: requireEnv(env, 'IMPORT_FUNCTION_NAME'),
  };
}
