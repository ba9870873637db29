/**
 * `npm run token -- --role TOWN_OFFICER --town ZHUJIAJIAO` prints a development token for the local
 * server: the claims a Cognito ID token would carry, signed with this machine's development secret.
 */
import { parseArgs } from 'node:util';
import { MAX_DEV_TOKEN_TTL_SECONDS, signDevToken } from '#adapters/identity/dev-tokens';
import { isJointReviewBody, isRole, JOINT_REVIEW_BODIES, ROLES } from '#domain/identity/principal';
import { loadOrCreateDevSecret } from './dev-secret.ts';

const USAGE = `usage: npm run -s token -- --role ROLE [--town CODE] [--credit-code CODE] [--provider-id ID] [--body BODY] [--user ID] [--ttl SECONDS]
roles: ${ROLES.join(', ')}
  TOWN_OFFICER needs --town, ENTERPRISE needs --credit-code, PROVIDER needs --provider-id,
  JOINT_REVIEWER needs --body (the member body signed for, R3.1.1): ${JOINT_REVIEW_BODIES.join(', ')}.`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    town: { type: 'string' },
    'credit-code': { type: 'string' },
    'provider-id': { type: 'string' },
    body: { type: 'string' },
    user: { type: 'string' },
    ttl: { type: 'string', default: '43200' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const role = values.role ?? fail('--role is required');
if (!isRole(role)) fail(`unknown role "${role}"`);
if (role === 'TOWN_OFFICER' && values.town === undefined) fail('TOWN_OFFICER needs --town');
if (role === 'ENTERPRISE' && values['credit-code'] === undefined) fail('ENTERPRISE needs --credit-code');
if (role === 'PROVIDER' && values['provider-id'] === undefined) fail('PROVIDER needs --provider-id');
if (role === 'JOINT_REVIEWER' && values.body === undefined) fail('JOINT_REVIEWER needs --body');
if (values.body !== undefined && !isJointReviewBody(values.body)) fail(`unknown body "${values.body}"`);
const ttlSeconds = Number(values.ttl);
if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_DEV_TOKEN_TTL_SECONDS) {
  fail(
    `--ttl must be a whole number of seconds from 1 to ${MAX_DEV_TOKEN_TTL_SECONDS} (every token expires)`,
  );
}

const token = await signDevToken(loadOrCreateDevSecret(), {
  userId: values.user ?? `dev-${role.toLowerCase()}`,
  role,
  town: values.town,
  creditCode: values['credit-code'],
  providerId: values['provider-id'],
  body: values.body,
  ttlSeconds,
});
console.log(token);
