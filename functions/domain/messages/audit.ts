import type { Role } from '../identity/principal.ts';
import { ROLES } from '../identity/principal.ts';
import type { Bilingual } from './bilingual.ts';
import { words } from './bilingual.ts';
import { enumLabel } from './enum-labels.ts';

/** Actors that are no role of the programme: seeding and the workflow, and the public. */
const OTHER_ACTORS: Readonly<Record<string, Bilingual>> = {
  SYSTEM: words('系统', 'System'),
  ANONYMOUS: words('匿名公众', 'Anonymous member of the public'),
};

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** The role an audit record's actor acted in, as a person reads it (区经委, 系统…); the code when unknown. */
export function actorRoleLabel(actorRole: string): Bilingual {
  if (isRole(actorRole)) return enumLabel('Role', actorRole);
  return OTHER_ACTORS[actorRole] ?? words(actorRole, actorRole);
}
