/**
 * `npm run users`' rules, pure (no AWS): which users a command line or a list asks for, what is wrong with
 * each entry (naming its line and field), and what would be created in Cognito. A user's role is the
 * Cognito group of the same name; their scope is one custom attribute that only administrators set
 * (infra/constructs/identity.ts), checked here as the API will read it (functions/adapters/identity/claims.ts).
 */
import { CLAIMS } from '#adapters/identity/claims';
import type { TabularFile } from '#domain/imports/tabular-file';
import type { Role } from '#domain/identity/principal';
import { isJointReviewBody, isRole, JOINT_REVIEW_BODIES, ROLES } from '#domain/identity/principal';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from '#domain/registry/credit-code';
import { providerIdFor } from '#domain/registry/provider';
import { SEED_TOWNS } from '#domain/towns/town';

/** The columns of a user list (CSV or XLSX, header on line 1); `email` and `role` are required. */
export const USER_COLUMNS = ['email', 'role', 'town', 'creditCode', 'providerId', 'body', 'name'] as const;
export type UserColumn = (typeof USER_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly UserColumn[] = ['email', 'role'];

/** The custom attribute that scopes a user, by role (`undefined`: the role has none). */
export type ScopeField = 'town' | 'creditCode' | 'providerId' | 'body';
export const SCOPE_OF_ROLE: Readonly<Record<Role, ScopeField | undefined>> = {
  ECONOMIC_COMMISSION: undefined,
  JOINT_REVIEWER: 'body',
  FINANCE: undefined,
  EXPERT: undefined,
  PROMOTION_OFFICE: undefined,
  TOWN_OFFICER: 'town',
  ENTERPRISE: 'creditCode',
  PROVIDER: 'providerId',
};
const SCOPE_FIELDS: readonly ScopeField[] = ['town', 'creditCode', 'providerId', 'body'];

/** The towns a TOWN_OFFICER may be given: the active local units of the reference data. */
export const TOWN_CODES: readonly string[] = SEED_TOWNS.filter((town) => town.active).map(
  (town) => town.code,
);

/** One entry as given: a list's row (with its line) or the command line's options (no line). */
export interface UserEntry {
  readonly line?: number | undefined;
  readonly values: Partial<Record<UserColumn, string>>;
}

/** What is wrong with an entry: its line (none for the command line), the field and why. */
export interface UserProblem {
  readonly line?: number | undefined;
  readonly field: UserColumn | 'file';
  readonly message: string;
}

/** A user to create, checked. */
export interface NewUser {
  readonly line?: number | undefined;
  /** Cognito's username: the e-mail with `@` spelled `_at_` (a pool with an e-mail alias refuses an e-mail as username). */
  readonly username: string;
  readonly email: string;
  readonly role: Role;
  readonly name?: string | undefined;
  readonly scope?: { readonly field: ScopeField; readonly value: string } | undefined;
}

/** The command-line option of each field, for problems with `create`'s options. */
export const OPTION_OF: Readonly<Record<UserColumn, string>> = {
  email: '--email',
  role: '--role',
  town: '--town',
  creditCode: '--credit-code',
  providerId: '--provider-id',
  body: '--body',
  name: '--name',
};

/** `line 4, town: …` for a list's row, `--town: …` for the command line. */
export function describeProblem(problem: UserProblem): string {
  if (problem.field === 'file')
    return `${problem.line === undefined ? '' : `line ${problem.line}: `}${problem.message}`;
  return problem.line === undefined
    ? `${OPTION_OF[problem.field]}: ${problem.message}`
    : `line ${problem.line}, ${problem.field}: ${problem.message}`;
}

/** The entries of a list read by `readTabularFile`; a missing or unknown column is a problem of line 1. */
export function entriesOfTable(file: Pick<TabularFile, 'header' | 'rows'>): {
  entries: UserEntry[];
  problems: UserProblem[];
} {
  const problems: UserProblem[] = [];
  const columns = file.header.map((name) => name.trim());
  const known = (name: string): name is UserColumn => (USER_COLUMNS as readonly string[]).includes(name);
  columns.forEach((name, index) => {
    if (name !== '' && !known(name))
      problems.push({
        line: 1,
        field: 'file',
        message: `column ${index + 1} "${name}" is not a user list column (${USER_COLUMNS.join(', ')})`,
      });
    else if (name !== '' && columns.indexOf(name) !== index)
      problems.push({ line: 1, field: 'file', message: `column "${name}" appears twice` });
  });
  for (const required of REQUIRED_COLUMNS)
    if (!columns.includes(required))
      problems.push({ line: 1, field: 'file', message: `the header has no "${required}" column` });
  if (problems.length > 0) return { entries: [], problems };
  if (file.rows.length === 0)
    return { entries: [], problems: [{ field: 'file', message: 'the list has no users' }] };
  const entries = file.rows.map((row): UserEntry => {
    const values: Partial<Record<UserColumn, string>> = {};
    columns.forEach((name, index) => {
      const value = row.cells[index]?.trim() ?? '';
      if (known(name) && value !== '') values[name] = value;
    });
    return { line: row.line, values };
  });
  return { entries, problems };
}

/**
 * Checks every entry; the users are to be created only when there is no problem at all (a list is applied
 * whole or not at all). Duplicated e-mails are problems of the later line.
 */
export function checkUsers(entries: readonly UserEntry[]): { users: NewUser[]; problems: UserProblem[] } {
  const users: NewUser[] = [];
  const problems: UserProblem[] = [];
  const firstLineOf = new Map<string, number | undefined>();
  for (const entry of entries) {
    const found: UserProblem[] = [];
    const problem = (field: UserColumn, message: string): void => {
      found.push({ line: entry.line, field, message });
    };
    const { values } = entry;

    const email = values.email?.trim().toLowerCase();
    if (email === undefined) problem('email', 'an e-mail address is required (the invitation goes there)');
    else if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(email) || email.length > 254)
      problem('email', `"${values.email ?? ''}" is not an e-mail address`);
    else if (firstLineOf.has(email)) {
      const first = firstLineOf.get(email);
      problem('email', `${email} is already listed${first === undefined ? '' : ` on line ${first}`}`);
    } else firstLineOf.set(email, entry.line);

    const roleText = values.role?.trim().toUpperCase();
    let role: Role | undefined;
    if (roleText === undefined) problem('role', `a role is required (${ROLES.join(', ')})`);
    else if (!isRole(roleText)) problem('role', `unknown role "${values.role ?? ''}" (${ROLES.join(', ')})`);
    else role = roleText;

    let scope: NewUser['scope'];
    if (role !== undefined) {
      const wanted = SCOPE_OF_ROLE[role];
      for (const field of SCOPE_FIELDS)
        if (field !== wanted && values[field] !== undefined)
          problem(field, `role ${role} takes no ${field} (only ${scopedRoleOf(field)} does): leave it empty`);
      if (wanted !== undefined) {
        const checked = checkScope(wanted, values[wanted]);
        if (typeof checked === 'string') problem(wanted, checked);
        else scope = checked;
      }
    }

    const name = values.name?.trim();
    if (name !== undefined && name.length > 100) problem('name', 'a name has at most 100 characters');

    problems.push(...found);
    if (found.length === 0 && email !== undefined && role !== undefined)
      users.push({
        line: entry.line,
        username: usernameFor(email),
        email,
        role,
        ...(name === undefined ? {} : { name }),
        ...(scope === undefined ? {} : { scope }),
      });
  }
  return { users: problems.length === 0 ? users : [], problems };
}

const scopedRoleOf = (field: ScopeField): Role =>
  ROLES.find((role) => SCOPE_OF_ROLE[role] === field) ?? 'ECONOMIC_COMMISSION';

/** The scope attribute's value as the API reads it, or why it cannot be. */
function checkScope(field: ScopeField, raw: string | undefined): NonNullable<NewUser['scope']> | string {
  const role = scopedRoleOf(field);
  switch (field) {
    case 'town': {
      if (raw === undefined) return `a ${role} needs a town (${TOWN_CODES.join(', ')})`;
      const code = raw.trim().toUpperCase();
      return TOWN_CODES.includes(code)
        ? { field, value: code }
        : `unknown town "${raw}" (${TOWN_CODES.join(', ')})`;
    }
    case 'creditCode': {
      if (raw === undefined) return `an ${role} user needs the enterprise's unified social credit code`;
      const code = normalizeCreditCode(raw);
      const problem = creditCodeProblem(code);
      return problem === undefined ? { field, value: code } : `"${raw}": ${CREDIT_CODE_MESSAGES[problem]}`;
    }
    case 'providerId': {
      if (raw === undefined) return `a ${role} user needs the provider's id (PRV- and its credit code)`;
      const id = raw.trim().toUpperCase();
      const code = id.startsWith('PRV-') ? id.slice(4) : undefined;
      if (code === undefined)
        return creditCodeProblem(normalizeCreditCode(id)) === undefined
          ? `"${raw}" is a credit code: a provider's id is ${providerIdFor(normalizeCreditCode(id))}`
          : `"${raw}" is not a provider id (PRV- and the provider's credit code)`;
      const problem = creditCodeProblem(code);
      return problem === undefined
        ? { field, value: providerIdFor(code) }
        : `"${raw}": after PRV-, ${CREDIT_CODE_MESSAGES[problem]}`;
    }
    case 'body': {
      if (raw === undefined)
        return `a ${role} needs the member body they sign for (${JOINT_REVIEW_BODIES.join(', ')}, R3.1.1)`;
      const body = raw.trim().toUpperCase();
      return isJointReviewBody(body)
        ? { field, value: body }
        : `unknown member body "${raw}" (${JOINT_REVIEW_BODIES.join(', ')}, R3.1.1)`;
    }
  }
}

/** Cognito refuses an e-mail as username where e-mail is a sign-in alias; users still sign in with it. */
export const usernameFor = (email: string): string => email.replace('@', '_at_');

/** The user's attributes in Cognito: the e-mail (verified: an administrator vouches for it), name, scope. */
export function cognitoAttributes(user: NewUser): { Name: string; Value: string }[] {
  return [
    { Name: 'email', Value: user.email },
    { Name: 'email_verified', Value: 'true' },
    ...(user.name === undefined ? [] : [{ Name: 'name', Value: user.name }]),
    ...(user.scope === undefined ? [] : [{ Name: CLAIMS[user.scope.field], Value: user.scope.value }]),
  ];
}

/** What `--apply` would do, one line a user (the dry run prints it). */
export function planLines(users: readonly NewUser[]): string[] {
  return users.map(
    (user) =>
      `${user.line === undefined ? '' : `line ${user.line}: `}create ${user.username} (${user.email}${
        user.name === undefined ? '' : `, ${user.name}`
      }) in group ${user.role}${
        user.scope === undefined ? '' : ` with ${CLAIMS[user.scope.field]}=${user.scope.value}`
      }`,
  );
}
