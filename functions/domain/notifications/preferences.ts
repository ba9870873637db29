import * as z from 'zod';
import { InvalidInput } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { parseInput } from '../validation.ts';
import type { RecipientKind } from './recipient.ts';
import type { NotifyingKind } from './routing.ts';
import { isNotifyingKind, KINDS_BY_RECIPIENT } from './routing.ts';

/**
 * How a recipient wants to be told (issue 17): on which channels, and which kinds of notification it does
 * not want at all. Until a recipient sets its own, it has the defaults: its inbox and e-mail, every kind.
 */
export const NOTIFICATION_CHANNELS = ['INBOX', 'EMAIL', 'SMS'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The channels a recipient has until it chooses: its inbox in the API and e-mail. */
export const DEFAULT_CHANNELS: readonly NotificationChannel[] = ['INBOX', 'EMAIL'];

export interface NotificationPreferences {
  /** `ENTERPRISE#…`, `PROVIDER#…` or `TOWN#…` (recipient.ts). */
  readonly recipient: string;
  readonly channels: readonly NotificationChannel[];
  /** Kinds the recipient is not notified of, on any channel. */
  readonly mutedKinds: readonly NotifyingKind[];
  /** 0 for the defaults (nothing stored yet), then 1, 2… with every change. */
  readonly version: number;
  /** When the recipient last chose; null for the defaults. */
  readonly updatedAt: string | null;
}

export const defaultPreferences = (recipient: string): NotificationPreferences => ({
  recipient,
  channels: DEFAULT_CHANNELS,
  mutedKinds: [],
  version: 0,
  updatedAt: null,
});

/** Whether a recipient with these preferences is told of `kind` at all. */
export const notifiesOf = (preferences: NotificationPreferences, kind: NotifyingKind): boolean =>
  !preferences.mutedKinds.includes(kind);

const RECIPIENT_WORDS: Record<RecipientKind, string> = {
  ENTERPRISE: 'an enterprise',
  PROVIDER: 'a provider',
  TOWN: 'a town',
};

const shape = z.object({
  channels: z.array(z.string().max(100)).max(10),
  mutedKinds: z.array(z.string().max(100)).max(50),
});

/**
 * The choices of `setNotificationPreferences`, checked for a recipient of `kind`: every channel one that
 * exists (INBOX, EMAIL, SMS), every muted kind one the recipient can be notified of, none listed twice.
 * Anything else is InvalidInput naming each offending entry by its path (`input.channels.1`), before
 * anything is written.
 */
export function parsePreferencesInput(
  raw: unknown,
  kind: RecipientKind,
): { channels: NotificationChannel[]; mutedKinds: NotifyingKind[] } {
  const input = parseInput(shape, raw, ['input']);
  const issues: FieldIssue[] = [];
  const seen = (list: readonly string[], index: number): boolean => list.indexOf(list[index] ?? '') < index;
  input.channels.forEach((channel, index) => {
    const path = ['input', 'channels', index];
    if (!(NOTIFICATION_CHANNELS as readonly string[]).includes(channel))
      issues.push({
        path,
        message: `"${channel}" is not a notification channel: the channels are ${NOTIFICATION_CHANNELS.join(', ')}`,
      });
    else if (seen(input.channels, index)) issues.push({ path, message: `"${channel}" is listed twice` });
  });
  const allowed = KINDS_BY_RECIPIENT[kind];
  input.mutedKinds.forEach((muted, index) => {
    const path = ['input', 'mutedKinds', index];
    if (!isNotifyingKind(muted))
      issues.push({
        path,
        message: `"${muted}" is not a kind of notification: ${RECIPIENT_WORDS[kind]} is notified of ${allowed.join(', ')}`,
      });
    else if (!allowed.includes(muted))
      issues.push({
        path,
        message: `${RECIPIENT_WORDS[kind]} is never notified of "${muted}": it is notified of ${allowed.join(', ')}`,
      });
    else if (seen(input.mutedKinds, index)) issues.push({ path, message: `"${muted}" is listed twice` });
  });
  if (issues.length > 0) throw new InvalidInput(issues);
  return {
    channels: input.channels as NotificationChannel[],
    mutedKinds: input.mutedKinds as NotifyingKind[],
  };
}
