/**
 * `npm run users -- … --apply`: creates checked users through a `UserDirectory` (Cognito in
 * `cognito-directory.ts`, a fake in the tests). Safe to run again: a user who already exists as asked is
 * left alone, one whose creation stopped before their group is given it, and one who exists otherwise
 * (another role or scope, or the e-mail taken by another user) is reported and not touched.
 */
import { CLAIMS } from '#adapters/identity/claims';
import { isRole } from '#domain/identity/principal';
import type { NewUser } from './user-list.ts';
import { cognitoAttributes } from './user-list.ts';

/** Port: the user pool, as far as creating users needs it. */
export interface UserDirectory {
  /**
   * Creates the user and sends Cognito's invitation (a temporary password) to their e-mail. `exists`: the
   * username is taken; `email-taken`: another user signs in with that e-mail.
   */
  createUser(username: string, attributes: readonly { Name: string; Value: string }[]): Promise<CreateResult>;
  /** The groups and attributes of an existing user. */
  describeUser(username: string): Promise<{ groups: string[]; attributes: Record<string, string> }>;
  addToGroup(username: string, group: string): Promise<void>;
}
export type CreateResult = 'created' | 'exists' | 'email-taken';

/** What happened to one user. */
export type Outcome =
  | { readonly user: NewUser; readonly kind: 'created' }
  | { readonly user: NewUser; readonly kind: 'completed' }
  | { readonly user: NewUser; readonly kind: 'unchanged' }
  | { readonly user: NewUser; readonly kind: 'conflict'; readonly reason: string };

/**
 * Each user in turn: create, then add to the role's group. A failure of the directory stops the run
 * (the outcomes so far are reported through `onOutcome`), and running it again resumes.
 */
export async function applyUsers(
  directory: UserDirectory,
  users: readonly NewUser[],
  onOutcome: (outcome: Outcome) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const user of users) {
    const outcome = await applyOne(directory, user);
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return outcomes;
}

async function applyOne(directory: UserDirectory, user: NewUser): Promise<Outcome> {
  const created = await directory.createUser(user.username, cognitoAttributes(user));
  if (created === 'email-taken')
    return { user, kind: 'conflict', reason: `another user already signs in with ${user.email}` };
  if (created === 'created') {
    await directory.addToGroup(user.username, user.role);
    return { user, kind: 'created' };
  }
  const existing = await directory.describeUser(user.username);
  const roles = existing.groups.filter(isRole);
  const scopeAttribute = user.scope === undefined ? undefined : CLAIMS[user.scope.field];
  const scopeDiffers = (['town', 'creditCode', 'providerId', 'body'] as const).some((field) => {
    const attribute = CLAIMS[field];
    const wanted = attribute === scopeAttribute ? user.scope?.value : undefined;
    return existing.attributes[attribute] !== wanted;
  });
  const scopeText = (attributes: Record<string, string>): string =>
    (['town', 'creditCode', 'providerId', 'body'] as const)
      .map((field) => CLAIMS[field])
      .filter((attribute) => attributes[attribute] !== undefined)
      .map((attribute) => `${attribute}=${attributes[attribute] ?? ''}`)
      .join(', ') || 'no scope';
  if (scopeDiffers || roles.some((role) => role !== user.role))
    return {
      user,
      kind: 'conflict',
      reason: `${user.username} already exists as ${roles.join(' and ') || 'no role'} with ${scopeText(existing.attributes)}: left as it is (change or delete it in the Cognito console first)`,
    };
  if (roles.length === 0) {
    await directory.addToGroup(user.username, user.role);
    return { user, kind: 'completed' };
  }
  return { user, kind: 'unchanged' };
}

export function describeOutcome(outcome: Outcome): string {
  const who = `${outcome.user.line === undefined ? '' : `line ${outcome.user.line}: `}${outcome.user.username}`;
  switch (outcome.kind) {
    case 'created':
      return `${who}: created in group ${outcome.user.role}; invitation sent to ${outcome.user.email}`;
    case 'completed':
      return `${who}: existed without a role, added to group ${outcome.user.role}`;
    case 'unchanged':
      return `${who}: already exists as asked, unchanged`;
    case 'conflict':
      return `${who}: NOT CHANGED: ${outcome.reason}`;
  }
}
