import type { Resource } from '../authorization/policy.ts';
import { InvalidInput, UnreachableCaseError } from '../errors.ts';
import type { Principal } from '../identity/principal.ts';

/**
 * Who a notification is for (issue 17): an enterprise (by its credit code), a provider (by its id), or a
 * town — the inbox of the town officers of one local unit, keyed by the town's code. Written as one string
 * everywhere (keys, the API's `recipient` argument): `ENTERPRISE#<creditCode>`, `PROVIDER#<providerId>`,
 * `TOWN#<code>`.
 *
 * Town officers are users of the identity provider, not records of the registry: a notification to a town
 * goes to the town's inbox, which every officer of that town reads. Towns have no contact data of their
 * own in the registry, so a town is reached in its inbox only.
 */
export const RECIPIENT_KINDS = ['ENTERPRISE', 'PROVIDER', 'TOWN'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export interface Recipient {
  readonly kind: RecipientKind;
  readonly id: string;
}

/** `ENTERPRISE#9131…`, `PROVIDER#PRV-…`, `TOWN#ZHUJIAJIAO`. */
export const recipientKey = (recipient: Recipient): string => `${recipient.kind}#${recipient.id}`;

const PATTERN = /^(ENTERPRISE|PROVIDER|TOWN)#([A-Za-z0-9_-]{1,60})$/;

/** Reads a recipient written as `KIND#id`; anything else is bad input at `path`. */
export function parseRecipient(raw: string, path: readonly (string | number)[]): Recipient {
  const match = PATTERN.exec(raw.trim());
  if (match === null)
    throw new InvalidInput([
      {
        path,
        message: 'a recipient is ENTERPRISE#<credit code>, PROVIDER#<provider id> or TOWN#<town code>',
      },
    ]);
  return { kind: match[1] as RecipientKind, id: match[2] ?? '' };
}

/**
 * The caller's own recipient: an enterprise user's enterprise, a provider user's provider, a town
 * officer's town; none for the district's roles (their work comes through their own lists).
 */
export function recipientOfPrincipal(principal: Principal): Recipient | undefined {
  if (principal.kind !== 'user') return undefined;
  if (principal.role === 'ENTERPRISE' && principal.creditCode !== undefined)
    return { kind: 'ENTERPRISE', id: principal.creditCode };
  if (principal.role === 'PROVIDER' && principal.providerId !== undefined)
    return { kind: 'PROVIDER', id: principal.providerId };
  if (principal.role === 'TOWN_OFFICER' && principal.town !== undefined)
    return { kind: 'TOWN', id: principal.town };
  return undefined;
}

/**
 * The row a recipient is, for authorization: a town officer's grant (OWN_TOWN) covers its town's inbox, a
 * subject's (SELF) its own. A town officer does not read the enterprises' own notifications.
 */
export function recipientResource(recipient: Recipient): Resource {
  switch (recipient.kind) {
    case 'ENTERPRISE':
      return { creditCode: recipient.id };
    case 'PROVIDER':
      return { providerId: recipient.id };
    case 'TOWN':
      return { town: recipient.id };
    default:
      throw new UnreachableCaseError(recipient.kind);
  }
}
