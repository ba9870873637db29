/** `npm run users`' command line, read without touching AWS or the disk. */
import { parseArgs } from 'node:util';
import type { UserColumn, UserEntry } from './user-list.ts';
import { OPTION_OF } from './user-list.ts';

export const USERS_USAGE = `usage:
  npm run users -- create --role ROLE --email ADDRESS [--town CODE | --credit-code CODE | --provider-id PRV-CODE | --body BODY] [--name NAME] [--apply --user-pool-id ID]
  npm run users -- import FILE.csv|FILE.xlsx [--apply --user-pool-id ID]

  create   one user; import: every user of a list (columns email, role, town, creditCode, providerId, body, name)
  Without --apply nothing is written: it checks everything and prints what it would create.
  --apply          create the users in Cognito (each gets an invitation e-mail with a temporary password)
  --user-pool-id   the stateless stack's output UserPoolId (required with --apply)
  --region, --profile   where and as whom (default: AWS_REGION, AWS_PROFILE and the usual AWS configuration)`;

export class UsageError extends Error {}

export interface UsersCommand {
  readonly command: 'create' | 'import';
  /** `create`: the one entry given by options. */
  readonly entry?: UserEntry;
  /** `import`: the list's path. */
  readonly file?: string;
  readonly apply: boolean;
  readonly userPoolId?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly help: boolean;
}

const FIELD_OPTIONS = Object.entries(OPTION_OF) as [UserColumn, string][];

export function parseUsersArgs(argv: readonly string[]): UsersCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          FIELD_OPTIONS.map(([, option]) => [option.slice(2), { type: 'string' as const }]),
        ),
        apply: { type: 'boolean' },
        'user-pool-id': { type: 'string' },
        region: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const common = {
    apply: values['apply'] === true,
    help: values['help'] === true,
    ...(text('user-pool-id') === undefined ? {} : { userPoolId: text('user-pool-id') }),
    ...(text('region') === undefined ? {} : { region: text('region') }),
    ...(text('profile') === undefined ? {} : { profile: text('profile') }),
  };
  const [command, ...rest] = parsed.positionals;
  if (common.help) return { command: command === 'import' ? 'import' : 'create', ...common };
  if (common.apply && common.userPoolId === undefined)
    throw new UsageError('--apply needs --user-pool-id (the stateless stack’s output UserPoolId)');
  const fieldOptions = FIELD_OPTIONS.filter(([, option]) => text(option.slice(2)) !== undefined);
  switch (command) {
    case 'create': {
      if (rest.length > 0) throw new UsageError(`create takes options only, not ${rest.join(' ')}`);
      const fields: Partial<Record<UserColumn, string>> = {};
      for (const [field, option] of fieldOptions) fields[field] = text(option.slice(2));
      return { command, entry: { values: fields }, ...common };
    }
    case 'import': {
      const [file, ...extra] = rest;
      if (file === undefined) throw new UsageError('import needs the list: npm run users -- import FILE.csv');
      if (extra.length > 0) throw new UsageError(`import takes one file, not also ${extra.join(' ')}`);
      if (fieldOptions.length > 0)
        throw new UsageError(
          `import reads every field from the list: ${fieldOptions.map(([, option]) => option).join(', ')} belongs to create`,
        );
      return { command, file, ...common };
    }
    case undefined:
      throw new UsageError('say what to do: create or import');
    default:
      throw new UsageError(`unknown command "${command}" (create or import)`);
  }
}
