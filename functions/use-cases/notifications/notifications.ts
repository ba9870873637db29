import * as z from 'zod';
import { auditRecord } from '#domain/audit/audit-record';
import type { Operation } from '#domain/authorization/policy';
import { authorizeUserRole, isAllowed } from '#domain/authorization/policy';
import type { Clock } from '#domain/clock';
import { InvalidInput, NotFound, UnreachableCaseError } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { addressFor } from '#domain/notifications/addresses';
import type { NotificationDelivery, NotificationStore } from '#domain/notifications/delivery';
import type { NotificationChannel, NotificationPreferences } from '#domain/notifications/preferences';
import { defaultPreferences, parsePreferencesInput } from '#domain/notifications/preferences';
import type { Recipient } from '#domain/notifications/recipient';
import {
  parseRecipient,
  recipientKey,
  recipientOfPrincipal,
  recipientResource,
} from '#domain/notifications/recipient';
import type { NotifyingKind } from '#domain/notifications/routing';
import { KINDS_BY_RECIPIENT } from '#domain/notifications/routing';
import type { Contact } from '#domain/registry/registry-subject';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';

export interface NotificationPorts {
  readonly notifications: NotificationStore;
  readonly enterprises: Pick<EnterpriseRepository, 'get'>;
  readonly providers: Pick<ProviderRepository, 'get'>;
  readonly clock: Clock;
}

/** A recipient's preferences as the API shows them, with what it can choose and what cannot reach it. */
export interface PreferencesView extends NotificationPreferences {
  /** The kinds this recipient is notified of (and so may mute). */
  readonly kinds: readonly NotifyingKind[];
  /** Chosen channels it has no address for: nothing is sent on them. */
  readonly unreachableChannels: readonly NotificationChannel[];
}

/**
 * Whose notifications a request is about: `recipient` when given, else the caller's own (an enterprise
 * user's enterprise, a provider user's provider, a town officer's town). The role must hold `operation`;
 * a recipient outside the caller's scope answers NOT_FOUND, as if it had nothing.
 */
function resolveRecipient(
  principal: Principal,
  operation: Extract<Operation, 'readNotifications' | 'manageNotificationPreferences'>,
  raw: string | null | undefined,
  path: readonly (string | number)[],
): Recipient {
  const user = authorizeUserRole(principal, operation);
  const recipient =
    raw === null || raw === undefined ? recipientOfPrincipal(user) : parseRecipient(raw, path);
  if (recipient === undefined)
    throw new InvalidInput([
      { path, message: `a ${user.role} user has no notifications of its own: name the recipient` },
    ]);
  if (!isAllowed(principal, operation, recipientResource(recipient)))
    throw new NotFound('Recipient', recipientKey(recipient));
  return recipient;
}

/**
 * The caller's notifications (its inbox, and the e-mails and text messages sent to it), newest first.
 *
 * Input: `recipient` (optional: the caller's own; the commission names one), page size (1–100), cursor.
 * Output: one page of deliveries, every channel. Steps: 1. resolve and authorize the recipient
 * (readNotifications: the commission any, a town officer its town's inbox, an enterprise or provider its
 * own); 2. validate paging; 3. read the recipient's partition newest first.
 */
export async function listNotifications(
  principal: Principal,
  args: { recipient?: string | null; first?: number | null; after?: string | null },
  ports: Pick<NotificationPorts, 'notifications'>,
): Promise<Page<NotificationDelivery>> {
  const recipient = resolveRecipient(principal, 'readNotifications', args.recipient, ['recipient']);
  const first = pageSize(args.first);
  return ports.notifications.list(recipientKey(recipient), { first, after: args.after });
}

/**
 * A recipient's notification preferences (the defaults until it sets its own: inbox and e-mail, nothing
 * muted). Input: `recipient` (optional, as for `listNotifications`). Output: the preferences, the kinds it
 * may mute and the chosen channels it has no address for.
 */
export async function getNotificationPreferences(
  principal: Principal,
  args: { recipient?: string | null },
  ports: NotificationPorts,
): Promise<PreferencesView> {
  const recipient = resolveRecipient(principal, 'readNotifications', args.recipient, ['recipient']);
  const key = recipientKey(recipient);
  return view(recipient, (await ports.notifications.preferences(key)) ?? defaultPreferences(key), ports);
}

const setInput = z.object({
  recipient: z.string().max(100).nullish(),
  channels: z.unknown(),
  mutedKinds: z.unknown(),
});

/**
 * A recipient chooses its channels and the kinds it does not want (issue 17).
 *
 * Input: `channels` (INBOX, EMAIL, SMS; none at all is allowed: then nothing reaches it), `mutedKinds`
 * (catalogue kinds it is notified of), `recipient` (optional: its own — an enterprise user for its
 * enterprise, a provider user for its provider, a town officer for its town; nobody sets another's).
 * Output: the preferences now in force.
 * Steps: 1. authorize (manageNotificationPreferences; another recipient answers NOT_FOUND); 2. check every
 * channel and kind (an unknown one, or one listed twice, is BAD_USER_INPUT naming its path, e.g.
 * `input.channels.1`; nothing is written); 3. write them with their audit record in one transaction,
 * conditioned on the version read (a concurrent change is CONFLICT).
 */
export async function setNotificationPreferences(
  principal: Principal,
  rawInput: unknown,
  ports: NotificationPorts,
): Promise<PreferencesView> {
  authorizeUserRole(principal, 'manageNotificationPreferences');
  const input = parseInput(setInput, rawInput, ['input']);
  const recipient = resolveRecipient(principal, 'manageNotificationPreferences', input.recipient, [
    'input',
    'recipient',
  ]);
  const choices = parsePreferencesInput(
    { channels: input.channels, mutedKinds: input.mutedKinds },
    recipient.kind,
  );
  const key = recipientKey(recipient);
  const current = (await ports.notifications.preferences(key)) ?? defaultPreferences(key);
  const now = ports.clock.now();
  const next: NotificationPreferences = {
    recipient: key,
    channels: choices.channels,
    mutedKinds: choices.mutedKinds,
    version: current.version + 1,
    updatedAt: now.toISOString(),
  };
  await ports.notifications.savePreferences(
    next,
    current.version,
    auditRecord(principal, now, {
      operation: 'setNotificationPreferences',
      entityType: 'NOTIFICATION_PREFERENCES',
      entityId: key,
      before: current.version === 0 ? null : current,
      after: next,
    }),
  );
  return view(recipient, next, ports);
}

async function view(
  recipient: Recipient,
  preferences: NotificationPreferences,
  ports: Pick<NotificationPorts, 'enterprises' | 'providers'>,
): Promise<PreferencesView> {
  const needsAddress = preferences.channels.filter(
    (channel): channel is Exclude<NotificationChannel, 'INBOX'> => channel !== 'INBOX',
  );
  const contacts = needsAddress.length > 0 ? await contactsOf(recipient, ports) : [];
  return {
    ...preferences,
    kinds: KINDS_BY_RECIPIENT[recipient.kind],
    unreachableChannels: needsAddress.filter((channel) => addressFor(channel, contacts) === undefined),
  };
}

async function contactsOf(
  recipient: Recipient,
  ports: Pick<NotificationPorts, 'enterprises' | 'providers'>,
): Promise<readonly Contact[]> {
  switch (recipient.kind) {
    case 'ENTERPRISE':
      return (await ports.enterprises.get(recipient.id))?.contacts ?? [];
    case 'PROVIDER':
      return (await ports.providers.get(recipient.id))?.contacts ?? [];
    case 'TOWN':
      return [];
    default:
      throw new UnreachableCaseError(recipient.kind);
  }
}
