/**
 * `npm run users`: creates Cognito users with their role's group and their scope attribute (issue 18).
 *
 *   npm run users -- create --role ECONOMIC_COMMISSION --email director@qingpu.gov.cn --name 王主任
 *   npm run users -- import zhujiajiao-users.csv
 *   … --apply --user-pool-id <the stateless stack's output UserPoolId>
 *
 * A dry run by default: everything is checked and what would be created is printed. Any problem in a list
 * (an unknown role or town, a scoped role without its scope, a bad e-mail or credit code) is printed with
 * its line and field, and nothing is created. With --apply each user is created and invited by e-mail;
 * a second run skips those already created as asked. Exit status: 0 done, 1 refused or not all done, 2
 * wrong usage or an unreadable file. The list's columns are in README ("Deploying").
 */
import { readFile } from 'node:fs/promises';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { InvalidInput } from '#domain/errors';
import { readTabularFile } from '#domain/imports/tabular-file';
import { applyUsers, describeOutcome } from './users/apply.ts';
import { parseUsersArgs, UsageError, USERS_USAGE } from './users/arguments.ts';
import { cognitoDirectory } from './users/cognito-directory.ts';
import type { UserEntry, UserProblem } from './users/user-list.ts';
import { checkUsers, describeProblem, entriesOfTable, planLines } from './users/user-list.ts';

/** Cognito's own e-mail sender (no SES configured for the pool) sends at most this many a day. */
const COGNITO_DAILY_EMAILS = 50;

function usage(message: string): never {
  console.error(`npm run users: ${message}\n\n${USERS_USAGE}`);
  process.exit(2);
}

let command;
try {
  command = parseUsersArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) usage(error.message);
  throw error;
}
if (command.help) {
  console.log(USERS_USAGE);
  process.exit(0);
}

let entries: UserEntry[];
let problems: UserProblem[] = [];
if (command.command === 'import') {
  const path = command.file ?? '';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    usage(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const table = await readTabularFile(bytes, { maxBytes: 5 * 1024 * 1024, maxRows: 5000 });
    ({ entries, problems } = entriesOfTable(table));
  } catch (error) {
    if (error instanceof InvalidInput)
      usage(`${path}: ${error.issues.map((issue) => issue.message).join('; ')}`);
    throw error;
  }
} else entries = command.entry === undefined ? [] : [command.entry];

const checked = problems.length > 0 ? { users: [], problems } : checkUsers(entries);
if (checked.problems.length > 0) {
  for (const problem of checked.problems) console.error(describeProblem(problem));
  console.error(
    `\n${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}: nothing was created. Correct ${
      command.command === 'import' ? 'the list' : 'the options'
    } and run the command again.`,
  );
  process.exit(1);
}

const { users } = checked;
for (const line of planLines(users)) console.log(line);
if (users.length > COGNITO_DAILY_EMAILS)
  console.warn(
    `\nnote: Cognito's own e-mail sends at most ${COGNITO_DAILY_EMAILS} invitations a day; past that, creation fails until tomorrow (run the same command again then: users already created are skipped), unless the pool sends through Amazon SES.`,
  );
if (!command.apply) {
  console.log(
    `\ndry run: ${users.length} user${users.length === 1 ? '' : 's'} checked, nothing written. Run again with --apply --user-pool-id <UserPoolId> to create ${users.length === 1 ? 'it' : 'them'}.`,
  );
  process.exit(0);
}

if (command.profile !== undefined) process.env['AWS_PROFILE'] = command.profile;
const client = new CognitoIdentityProviderClient(
  command.region === undefined ? {} : { region: command.region },
);
const directory = cognitoDirectory(client, command.userPoolId ?? '');
console.log(`\napplying to user pool ${command.userPoolId ?? ''}:`);
let done = 0;
try {
  const outcomes = await applyUsers(directory, users, (outcome) => {
    done += 1;
    console.log(describeOutcome(outcome));
  });
  const conflicts = outcomes.filter((outcome) => outcome.kind === 'conflict').length;
  console.log(
    `\n${outcomes.length - conflicts} of ${outcomes.length} done${conflicts > 0 ? `; ${conflicts} left as they are (see NOT CHANGED above)` : ''}.`,
  );
  process.exit(conflicts > 0 ? 1 : 0);
} catch (error) {
  const stoppedAt = users[done];
  console.error(
    `\nstopped at ${stoppedAt?.line === undefined ? '' : `line ${stoppedAt.line}, `}${stoppedAt?.username ?? 'the next user'}: ${(error as Error).name}: ${(error as Error).message}\n${done} of ${users.length} done before it; running the same command again resumes (users already created as asked are skipped).`,
  );
  process.exit(1);
} finally {
  client.destroy();
}
