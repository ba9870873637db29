import { describe, expect, it } from 'vitest';
import { InvalidInput } from '#domain/errors';
import { addressFor, mainlandMobile, maskAddress } from '#domain/notifications/addresses';
import { defaultPreferences, notifiesOf, parsePreferencesInput } from '#domain/notifications/preferences';
import { parseRecipient, recipientOfPrincipal } from '#domain/notifications/recipient';

/** Issue 17: recipients, preferences (a channel that does not exist is a clear error) and addresses. */

const issuesOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    if (error instanceof InvalidInput) return error.issues;
    throw error;
  }
  throw new Error('no error');
};

describe('notification preferences (issue 17)', () => {
  it('default to the inbox and e-mail, nothing muted', () => {
    const defaults = defaultPreferences('TOWN#JINZE');
    expect(defaults).toMatchObject({ channels: ['INBOX', 'EMAIL'], mutedKinds: [], version: 0 });
    expect(notifiesOf(defaults, 'publicity.opened')).toBe(true);
  });

  it('take the channels that exist and the kinds the recipient is told of', () => {
    expect(
      parsePreferencesInput({ channels: ['SMS', 'INBOX'], mutedKinds: ['payment.held'] }, 'ENTERPRISE'),
    ).toEqual({ channels: ['SMS', 'INBOX'], mutedKinds: ['payment.held'] });
    expect(parsePreferencesInput({ channels: [], mutedKinds: [] }, 'TOWN')).toEqual({
      channels: [],
      mutedKinds: [],
    });
  });

  it('refuse a channel that does not exist, naming its path and the channels that do', () => {
    expect(
      issuesOf(() => parsePreferencesInput({ channels: ['INBOX', 'FAX'], mutedKinds: [] }, 'PROVIDER')),
    ).toEqual([
      {
        path: ['input', 'channels', 1],
        message: '"FAX" is not a notification channel: the channels are INBOX, EMAIL, SMS',
      },
    ]);
  });

  it('refuse an unknown kind, a kind the recipient is never told of, and anything listed twice — every one at once', () => {
    const issues = issuesOf(() =>
      parsePreferencesInput(
        {
          channels: ['EMAIL', 'EMAIL'],
          mutedKinds: ['project.teleported', 'payment.paid', 'publicity.opened', 'publicity.opened'],
        },
        'TOWN',
      ),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'input.channels.1',
      'input.mutedKinds.0',
      'input.mutedKinds.1',
      'input.mutedKinds.3',
    ]);
    expect(issues[1]?.message).toMatch(
      /^"project.teleported" is not a kind of notification: a town is notified of application.submitted/,
    );
    expect(issues[2]?.message).toMatch(/^a town is never notified of "payment.paid"/);
  });

  it('refuse lists that are not lists of strings', () => {
    expect(
      issuesOf(() => parsePreferencesInput({ channels: 'EMAIL', mutedKinds: [] }, 'TOWN'))[0]?.path,
    ).toEqual(['input', 'channels']);
  });
});

describe('recipients and addresses (issue 17)', () => {
  it('read ENTERPRISE#, PROVIDER# and TOWN#, and refuse anything else at its path', () => {
    expect(parseRecipient('TOWN#JINZE', ['recipient'])).toEqual({ kind: 'TOWN', id: 'JINZE' });
    expect(parseRecipient('PROVIDER#PRV-91330100716105852F', ['recipient'])).toEqual({
      kind: 'PROVIDER',
      id: 'PRV-91330100716105852F',
    });
    expect(issuesOf(() => parseRecipient('EXPERT#expert-1', ['recipient']))[0]?.path).toEqual(['recipient']);
  });

  it('give each scoped user its own recipient, and the district’s roles none', () => {
    const user = { kind: 'user', userId: 'u' } as const;
    expect(recipientOfPrincipal({ ...user, role: 'TOWN_OFFICER', town: 'JINZE' })).toEqual({
      kind: 'TOWN',
      id: 'JINZE',
    });
    expect(recipientOfPrincipal({ ...user, role: 'ENTERPRISE', creditCode: '913101180DM95UY1CJ' })).toEqual({
      kind: 'ENTERPRISE',
      id: '913101180DM95UY1CJ',
    });
    expect(recipientOfPrincipal({ ...user, role: 'ECONOMIC_COMMISSION' })).toBeUndefined();
  });

  it('send e-mail to the first contact with one, SMS to the first mainland mobile (never a landline)', () => {
    const contacts = [
      { name: '李经理', phone: '021-59701234' },
      { name: '王会计', phone: '+86 139-1234-5678', email: ' wang@example.com ' },
      { name: '赵主任', phone: '13800000000', email: 'zhao@example.com' },
    ];
    expect(addressFor('EMAIL', contacts)).toBe('wang@example.com');
    expect(addressFor('SMS', contacts)).toBe('+8613912345678');
    expect(addressFor('SMS', [{ name: '李经理', phone: '021-59701234' }])).toBeUndefined();
    expect(addressFor('EMAIL', [])).toBeUndefined();
    expect(mainlandMobile('0086 13912345678')).toBe('+8613912345678');
    expect(maskAddress('SMS', '+8613912345678')).toBe('+86 139****5678');
    expect(maskAddress('EMAIL', 'wang@example.com')).toBe('w***@example.com');
  });
});
