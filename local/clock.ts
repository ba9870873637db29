/**
 * `npm run clock`: reads or moves the clock of the running local API (`npm start`), as the commission
 * would through the `localClock` query and the `moveLocalClock` mutation.
 *
 *   npm run clock                            the server's time (China time) and speed
 *   npm run clock -- +5d                     forward 5 days (also +3h, +30m, +1d12h)
 *   npm run clock -- 2027-01-04T09:00+08:00  forward to that instant
 *   npm run clock -- --speed 60              a minute every second from now on (0 stops it)
 *
 * The clock never goes back. Environment: PORT (4000) or API_URL.
 */
import { parseArgs } from 'node:util';
import { ApiClientError, callApi } from './api-client.ts';
import { signDevToken } from '#adapters/identity/dev-tokens';
import { optionalEnv } from '#config/env';
import { formatCst } from '#domain/time/cst';
import { loadOrCreateDevSecret } from './dev-secret.ts';
import { LocalSetupError } from './dynamodb-local.ts';
import { parseInstantArgument, parseSpeedArgument } from './start-clock.ts';

const USAGE = `usage: npm run clock [-- +5d | +3h | +30m | 2027-01-04T09:00+08:00] [--speed N]
  no argument: print the server's time and speed; the clock only moves forward (the local API must be running: npm start)`;

interface ClockAnswer {
  readonly now: string;
  readonly speed: number;
}

/** What to ask the server for: nothing (a read), or a move. */
function moveFrom(argv: readonly string[]): Record<string, unknown> | undefined {
  if (argv.some((arg) => /^-\d/.test(arg))) {
    throw new LocalSetupError('the clock only moves forward: records and versions assume time goes forward');
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { speed: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length > 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const [where] = positionals;
  const input: Record<string, unknown> = {};
  if (where !== undefined) {
    if (/^\+/.test(where)) input['advanceBy'] = where;
    else
      input['to'] = parseInstantArgument('the argument (+5d, +3h, +30m or an instant)', where).toISOString();
  }
  if (values.speed !== undefined) input['speed'] = parseSpeedArgument(values.speed);
  return Object.keys(input).length === 0 ? undefined : input;
}

async function main(): Promise<void> {
  const input = moveFrom(process.argv.slice(2));
  const url =
    optionalEnv(process.env, 'API_URL') ??
    `http://localhost:${optionalEnv(process.env, 'PORT') ?? '4000'}/graphql`;
  const token = await signDevToken(loadOrCreateDevSecret(), {
    userId: 'cli-clock',
    role: 'ECONOMIC_COMMISSION',
    ttlSeconds: 300,
  });
  const [query, variables] =
    input === undefined
      ? ['{ localClock { now speed } }', {}]
      : ['mutation($input: MoveLocalClockInput!) { moveLocalClock(input: $input) { now speed } }', { input }];
  const clock = await callApi<ClockAnswer>({ url, token }, query, variables).catch((error: unknown) => {
    throw error instanceof ApiClientError ? new LocalSetupError(error.message) : error;
  });
  console.log(
    `${input === undefined ? 'server time' : 'moved to'} ${formatCst(new Date(clock.now))} (China Standard Time), ${clock.speed}× real speed`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof LocalSetupError ? `npm run clock: ${error.message}` : error);
  process.exit(1);
});
