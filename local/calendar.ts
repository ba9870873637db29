/**
 * `npm run calendar`: the statutory holiday calendar (R6.4.2, R6.4.4) of a local or deployed API.
 *
 *   npm run calendar -- load FILE [--reason TEXT]    load a year's arrangement from a JSON file
 *   npm run calendar -- list                         the known years and where each comes from
 *   … [--url URL --token TOKEN]                      a deployed API, with a commission user's Cognito ID token
 *
 * Without --url it talks to the local API (`npm start`; PORT, default 4000, or API_URL) with a development
 * token of the commission. Exit status: 0 done (or nothing to change), 1 refused or failed, 2 wrong usage.
 * The file format is in docs/operators.md; tests/fixtures/calendar-2027.test-data.json is an example.
 */
import { parseArgs } from 'node:util';
import { signDevToken } from '#adapters/identity/dev-tokens';
import { optionalEnv } from '#config/env';
import type { Endpoint } from './api-client.ts';
import { ApiClientError } from './api-client.ts';
import { describeYear, listCalendarYears, loadCalendarFile } from './calendar-client.ts';
import { loadOrCreateDevSecret } from './dev-secret.ts';

const USAGE = `usage:
  npm run calendar -- load FILE [--reason TEXT] [--url URL --token TOKEN]
  npm run calendar -- list [--url URL --token TOKEN]

  load   loads a year's holiday arrangement from a JSON file (format: docs/operators.md); replacing a
         year already known (loaded, or bundled with chinese-days) needs --reason
  list   the years whose arrangement is known, and where each comes from
  --url    a deployed API's GraphQL URL (default: the local API, http://localhost:\${PORT:-4000}/graphql)
  --token  a commission user's Cognito ID token (required with --url; locally a development token is made)`;

function usage(message?: string): never {
  if (message) console.error(`npm run calendar: ${message}\n`);
  console.error(USAGE);
  process.exit(2);
}

async function endpoint(values: { url?: string | undefined; token?: string | undefined }): Promise<Endpoint> {
  const url =
    values.url ??
    optionalEnv(process.env, 'API_URL') ??
    `http://localhost:${optionalEnv(process.env, 'PORT') ?? '4000'}/graphql`;
  if (values.token) return { url, token: values.token };
  const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url);
  if (!local) usage(`${url} is not the local API: give --token, a commission user's Cognito ID token`);
  const token = await signDevToken(loadOrCreateDevSecret(), {
    userId: 'cli-calendar',
    role: 'ECONOMIC_COMMISSION',
    ttlSeconds: 600,
  });
  return { url, token };
}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        reason: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

const { positionals, values } = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...rest] = positionals;

try {
  switch (command) {
    case 'load': {
      const [path, ...extra] = rest;
      if (path === undefined || extra.length > 0) usage('load takes one FILE');
      const load = await loadCalendarFile(await endpoint(values), path, values.reason);
      const said = {
        LOADED: 'loaded',
        REPLACED: 'replaced',
        UNCHANGED: 'unchanged: the API already has exactly this arrangement, nothing was written',
      }[load.outcome];
      console.log(`${load.calendarYear.year}: ${said}\n${describeYear(load.calendarYear)}`);
      break;
    }
    case 'list': {
      if (rest.length > 0) usage('list takes no arguments');
      const years = await listCalendarYears(await endpoint(values));
      console.log(years.map(describeYear).join('\n'));
      console.log('Any other year is unknown: publicity reaching it is refused until it is loaded (R6.4.2).');
      break;
    }
    default:
      usage(command === undefined ? undefined : `unknown command "${command}"`);
  }
} catch (error) {
  if (!(error instanceof ApiClientError)) throw error;
  console.error(`npm run calendar: ${error.message}`);
  process.exit(error.kind === 'usage' ? 2 : 1);
}
