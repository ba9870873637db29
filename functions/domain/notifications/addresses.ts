import { UnreachableCaseError } from '../errors.ts';
import type { Contact } from '../registry/registry-subject.ts';
import type { NotificationChannel } from './preferences.ts';

/**
 * Where a channel reaches a recipient, from the contacts of its registry record (issue 17): e-mail goes to
 * the first contact with an e-mail address, SMS to the first contact whose phone is a mainland mobile
 * number (a landline like 021-59701234 takes no SMS), in E.164 (`+8613912345678`) as Amazon SNS wants it.
 * The inbox needs no address. Towns have no contacts in the registry: they are reached in their inbox.
 */
export function addressFor(
  channel: Exclude<NotificationChannel, 'INBOX'>,
  contacts: readonly Contact[],
): string | undefined {
  switch (channel) {
    case 'EMAIL':
      return contacts.find((contact) => (contact.email ?? '').trim() !== '')?.email?.trim();
    case 'SMS':
      for (const contact of contacts) {
        const mobile = mainlandMobile(contact.phone);
        if (mobile !== undefined) return mobile;
      }
      return undefined;
    default:
      throw new UnreachableCaseError(channel);
  }
}

/** `139 1234 5678`, `+86-139-1234-5678`, `0086 13912345678` → `+8613912345678`; anything else: none. */
export function mainlandMobile(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  const digits = phone.replace(/[\s\-()]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? `+86${digits}` : undefined;
}

/**
 * An address as the API shows it beside a sent message: enough for its owner to recognise it, not the
 * whole of it (`l***@example.com`, `+86 139****5678`).
 */
export function maskAddress(channel: Exclude<NotificationChannel, 'INBOX'>, address: string): string {
  if (channel === 'SMS') {
    const digits = address.replace(/^\+86/, '');
    return `+86 ${digits.slice(0, 3)}****${digits.slice(-4)}`;
  }
  const at = address.lastIndexOf('@');
  return at <= 0 ? '***' : `${address.slice(0, 1)}***${address.slice(at)}`;
}
