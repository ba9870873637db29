/**
 * Configuration, read once at start-up. A missing or malformed variable stops the process with a
 * message naming it; nothing falls back to a silent default (the few optional settings name their
 * documented default where they are read).
 */
import type { RateLimits } from '#domain/rate-limits/rate-budget';
import { DEFAULT_RATE_LIMITS } from '#domain/rate-limits/rate-budget';

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
  /** Each caller's budget of DynamoDB reads per window (`loadRateLimits`). */
  readonly rateLimits: RateLimits;
  /** Whether only registered operations are served (`loadTrustedDocumentsMode`). */
  readonly trustedDocuments: TrustedDocumentsMode;
}

/** A whole number from 1 to `max`, or `fallback` when the variable is unset. */
function wholeNumber(env: Env, name: string, fallback: number, max: number): number {
  const raw = optionalEnv(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw.trim());
  if (!/^[0-9]+$/.test(raw.trim()) || value < 1 || value > max)
    throw new ConfigError(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return value;
}

/**
 * Each caller's rate budget: `RATE_LIMIT_WINDOW_SECONDS` (default 60, at most a day),
 * `RATE_LIMIT_USER_POINTS` (default 6,000 per window, per signed-in user) and
 * `RATE_LIMIT_ANONYMOUS_POINTS` (default 600, per anonymous source address); a point is a DynamoDB read.
 * Defaults and why: `DEFAULT_RATE_LIMITS`.
 */
export function loadRateLimits(env: Env): RateLimits {
  return {
    windowSeconds: wholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMITS.windowSeconds, 86_400),
    userPoints: wholeNumber(env, 'RATE_LIMIT_USER_POINTS', DEFAULT_RATE_LIMITS.userPoints, 1_000_000_000),
    anonymousPoints: wholeNumber(
      env,
      'RATE_LIMIT_ANONYMOUS_POINTS',
      DEFAULT_RATE_LIMITS.anonymousPoints,
      1_000_000_000,
    ),
  };
}

/**
 * `TRUSTED_DOCUMENTS`: `required` serves only the operations registered in the manifest generated from the
 * client's documents (by id or by exact text); `off` (the default) serves any operation, and still
 * resolves registered ids.
 */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'required'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

export function loadTrustedDocumentsMode(env: Env): TrustedDocumentsMode {
  const mode = optionalEnv(env, 'TRUSTED_DOCUMENTS') ?? 'off';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(mode))
    throw new ConfigError(
      `TRUSTED_DOCUMENTS must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}, got "${mode}"`,
    );
  return mode as TrustedDocumentsMode;
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
    rateLimits: loadRateLimits(env),
    trustedDocuments: loadTrustedDocumentsMode(env),
  };
}
