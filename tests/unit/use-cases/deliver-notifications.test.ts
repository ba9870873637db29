import { describe, expect, it } from 'vitest';
import { InProgress, InvalidInput } from '#domain/errors';
import type {
  DeliveryStatus,
  NotificationDelivery,
  NotificationSender,
  NotificationStore,
  OutgoingMessage,
} from '#domain/notifications/delivery';
import { NotSent, SENDING_LEASE_MS } from '#domain/notifications/delivery';
import type { NotificationPreferences } from '#domain/notifications/preferences';
import type { Contact } from '#domain/registry/registry-subject';
import type { Page } from '#domain/validation';
import { ManualClock } from '#domain/waitable-clock';
import type { DeliveryPorts } from '#use-cases/notifications/deliver-notifications';
import { deliverNotifications } from '#use-cases/notifications/deliver-notifications';
import { ENTERPRISE, sampleEvent, SECRETS } from '../../support/notification-events.ts';

/**
 * Issue 17: the notifications consumer over in-memory ports (no network, no table). Nothing is sent twice
 * for one event, however often it is delivered (one after the other, or at once); a send the provider
 * refuses is tried again with backoff recorded on the delivery, then parked with a report; a send whose
 * outcome is unknown is parked at once; muted kinds and missing addresses make nothing.
 */

/** The store as the DynamoDB adapter behaves: a conditional create, a conditional replace. */
class MemoryStore implements NotificationStore {
  readonly deliveries = new Map<string, NotificationDelivery>();
  readonly stored = new Map<string, NotificationPreferences>();
  private key = (d: Pick<NotificationDelivery, 'recipient' | 'eventId' | 'channel'>) =>
    `${d.recipient}|${d.eventId}|${d.channel}`;

  preferences(recipient: string) {
    return Promise.resolve(this.stored.get(recipient));
  }
  savePreferences(preferences: NotificationPreferences) {
    this.stored.set(preferences.recipient, preferences);
    return Promise.resolve();
  }
  async createDelivery(delivery: NotificationDelivery) {
    await Promise.resolve();
    const found = this.deliveries.get(this.key(delivery));
    if (found) return { created: false, delivery: found };
    this.deliveries.set(this.key(delivery), delivery);
    return { created: true, delivery };
  }
  async replaceDelivery(
    delivery: NotificationDelivery,
    expected: { status: DeliveryStatus; attempts: number },
  ) {
    await Promise.resolve();
    const found = this.deliveries.get(this.key(delivery));
    if (found?.status !== expected.status || found.attempts.length !== expected.attempts) return false;
    this.deliveries.set(this.key(delivery), delivery);
    return true;
  }
  list(): Promise<Page<NotificationDelivery>> {
    throw new Error('not used here');
  }
  /** Sets a delivery's state directly (a process that died mid-way). */
  put(delivery: NotificationDelivery) {
    this.deliveries.set(this.key(delivery), delivery);
  }
  all(): NotificationDelivery[] {
    return [...this.deliveries.values()];
  }
}

/** A sender that answers each call with the next of `answers` ('ok', or an error to throw). */
class ScriptedSender implements NotificationSender {
  readonly sent: OutgoingMessage[] = [];
  constructor(
    readonly via: string,
    private readonly answers: (() => Error | 'ok')[] = [],
  ) {}
  send(message: OutgoingMessage) {
    this.sent.push(message);
    const answer = this.answers.shift()?.() ?? 'ok';
    return answer === 'ok'
      ? Promise.resolve({ messageId: `${this.via}-${this.sent.length}` })
      : Promise.reject(answer);
  }
}

const CONTACTS: Contact[] = [
  { name: '李经理', phone: '021-59701234' },
  { name: '王会计', phone: '13912340000', email: 'wang@example.com' },
];

function setUp(
  options: {
    contacts?: Contact[];
    email?: ScriptedSender;
    sms?: ScriptedSender | null;
    preferences?: Partial<NotificationPreferences>;
  } = {},
) {
  const clock = new ManualClock(new Date('2026-10-20T02:15:00.000Z'));
  const store = new MemoryStore();
  const waits: number[] = [];
  const parked: NotificationDelivery[] = [];
  const email = options.email ?? new ScriptedSender('SES');
  const sms = options.sms === undefined ? new ScriptedSender('SNS') : options.sms;
  const recipient = `ENTERPRISE#${ENTERPRISE}`;
  store.stored.set(recipient, {
    recipient,
    channels: ['INBOX', 'EMAIL', 'SMS'],
    mutedKinds: [],
    version: 1,
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...options.preferences,
  });
  const enterprise = { name: '上海时钟智能制造有限公司', contacts: options.contacts ?? CONTACTS };
  const ports: DeliveryPorts = {
    notifications: store,
    enterprises: { get: (code) => Promise.resolve(code === ENTERPRISE ? (enterprise as never) : undefined) },
    providers: { get: () => Promise.resolve(undefined) },
    senders: { EMAIL: email, ...(sms === null ? {} : { SMS: sms }) },
    clock,
    wait: (ms) => {
      waits.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
    onParked: (delivery) => parked.push(delivery),
  };
  return { clock, store, waits, parked, email, sms, ports, recipient };
}

const refused = () => new NotSent('Throttling');

describe('the notifications consumer (issue 17)', () => {
  it('tells the payee on each of its channels once, however often the event is delivered', async () => {
    const { store, email, sms, ports, recipient } = setUp();
    const event = sampleEvent('payment.paid');
    const first = await deliverNotifications(event, ports);
    expect(first.map(({ channel, outcome }) => `${channel} ${outcome}`)).toEqual([
      'INBOX SENT',
      'EMAIL SENT',
      'SMS SENT',
    ]);
    const again = await deliverNotifications(event, ports);
    expect(again.map(({ outcome }) => outcome)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(email.sent.map((message) => message.to)).toEqual(['wang@example.com']);
    expect(sms?.sent.map((message) => message.to)).toEqual(['+8613912340000']);
    expect(email.sent[0]?.subject).toBe('奖励资金已拨付 | Award paid');
    expect(store.all().map((d) => [d.recipient, d.channel, d.status, d.sentVia, d.attempts.length])).toEqual([
      [recipient, 'INBOX', 'SENT', 'INBOX', 0],
      [recipient, 'EMAIL', 'SENT', 'SES', 1],
      [recipient, 'SMS', 'SENT', 'SNS', 1],
    ]);
  });

  it('sends once when two deliveries of the same event arrive at the same time', async () => {
    const { email, sms, ports } = setUp();
    const event = sampleEvent('project.approved');
    const outcomes = await Promise.all([
      deliverNotifications(event, ports),
      deliverNotifications(event, ports),
    ]);
    expect(email.sent).toHaveLength(1);
    expect(sms?.sent).toHaveLength(1);
    expect(outcomes.flat().filter(({ outcome }) => outcome === 'SENT')).toHaveLength(3);
  });

  it('tries a send the provider refused again after 1, 2 and 4 seconds, then parks it and reports it; a redelivery sends nothing', async () => {
    const { store, email, waits, parked, ports, recipient } = setUp({
      email: new ScriptedSender('SES', [refused, refused, refused, refused]),
    });
    const event = sampleEvent('payment.failed');
    const outcomes = await deliverNotifications(event, ports);
    expect(outcomes.find(({ channel }) => channel === 'EMAIL')?.outcome).toBe('PARKED');
    expect(email.sent).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    const delivery = store.all().find((d) => d.channel === 'EMAIL');
    expect(delivery).toMatchObject({
      status: 'PARKED',
      parkedReason: 'the provider refused it 4 times (last: Throttling)',
      sentAt: null,
    });
    expect(delivery?.attempts.map((attempt) => [attempt.at, attempt.error])).toEqual([
      ['2026-10-20T02:15:00.000Z', 'Throttling'],
      ['2026-10-20T02:15:01.000Z', 'Throttling'],
      ['2026-10-20T02:15:03.000Z', 'Throttling'],
      ['2026-10-20T02:15:07.000Z', 'Throttling'],
    ]);
    expect(parked.map((d) => [d.recipient, d.channel, d.kind])).toEqual([
      [recipient, 'EMAIL', 'payment.failed'],
    ]);
    // The other channels were not held up by it.
    expect(outcomes.filter(({ outcome }) => outcome === 'SENT').map(({ channel }) => channel)).toEqual([
      'INBOX',
      'SMS',
    ]);
    expect((await deliverNotifications(event, ports)).map(({ outcome }) => outcome)).toEqual([
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
    ]);
    expect(email.sent).toHaveLength(4);
  });

  it('sends on a later attempt when the provider takes it then, recording the refusals before', async () => {
    const { store, email, ports } = setUp({ email: new ScriptedSender('SES', [refused, refused]) });
    await deliverNotifications(sampleEvent('payment.paid'), ports);
    expect(email.sent).toHaveLength(3);
    expect(store.all().find((d) => d.channel === 'EMAIL')).toMatchObject({
      status: 'SENT',
      messageId: 'SES-3',
      attempts: [
        { at: '2026-10-20T02:15:00.000Z', error: 'Throttling' },
        { at: '2026-10-20T02:15:01.000Z', error: 'Throttling' },
        { at: '2026-10-20T02:15:03.000Z', error: null },
      ],
    });
  });

  it('parks at once, without trying again, a send whose outcome is unknown (it may have gone out)', async () => {
    const timeout = () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    const { store, email, waits, parked, ports } = setUp({ email: new ScriptedSender('SES', [timeout]) });
    await deliverNotifications(sampleEvent('payment.paid'), ports);
    expect(email.sent).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(store.all().find((d) => d.channel === 'EMAIL')).toMatchObject({
      status: 'PARKED',
      attempts: [{ error: 'TimeoutError' }],
    });
    expect(parked).toHaveLength(1);
  });

  it('carries on a delivery a dead process left RETRYING, refuses one being sent now, and parks one left SENDING past its lease', async () => {
    const { store, email, clock, ports, recipient } = setUp({ sms: null });
    const event = sampleEvent('payment.paid');
    await deliverNotifications(event, ports);
    const sent = store.all().find((d) => d.channel === 'EMAIL');
    if (sent === undefined) throw new Error('no e-mail');
    // A retry left waiting: the redelivery carries on from the attempts so far.
    store.put({
      ...sent,
      status: 'RETRYING',
      attempts: [{ at: '2026-10-20T02:14:00.000Z', error: 'Throttling' }],
      nextAttemptAt: '2026-10-20T02:14:01.000Z',
      sentAt: null,
      sentVia: null,
    });
    await deliverNotifications(event, ports);
    expect(store.all().find((d) => d.channel === 'EMAIL')).toMatchObject({
      status: 'SENT',
      attempts: [{}, {}],
    });
    expect(email.sent).toHaveLength(2);
    // Being sent right now by another delivery: refused, to be delivered again later.
    const started = clock.now().toISOString();
    store.put({ ...sent, status: 'SENDING', attempts: [{ at: started, error: null }], sentAt: null });
    await expect(deliverNotifications(event, ports)).rejects.toThrow(InProgress);
    // Its process died mid-send: past the lease it is parked, not sent a second time.
    clock.advance(SENDING_LEASE_MS);
    const outcomes = await deliverNotifications(event, ports);
    expect(outcomes).toContainEqual({ recipient, channel: 'EMAIL', outcome: 'PARKED' });
    expect(email.sent).toHaveLength(2);
    expect(store.all().find((d) => d.channel === 'EMAIL')?.parkedReason).toMatch(/may have gone out/);
  });

  it('makes nothing for a muted kind, a channel without an address, or a channel this deployment cannot send on', async () => {
    const muted = setUp({ preferences: { mutedKinds: ['payment.held'] } });
    expect(await deliverNotifications(sampleEvent('payment.held'), muted.ports)).toEqual([
      { recipient: muted.recipient, channel: null, outcome: 'MUTED' },
    ]);
    expect(muted.store.all()).toEqual([]);
    const landline = setUp({ contacts: [{ name: '李经理', phone: '021-59701234' }], sms: null });
    expect(
      (await deliverNotifications(sampleEvent('payment.held'), landline.ports)).map((o) => o.outcome),
    ).toEqual(['SENT', 'NO_ADDRESS', 'NO_SENDER']);
    expect(landline.store.all().map((d) => d.channel)).toEqual(['INBOX']);
  });

  it('puts the town’s new work in its inbox, with the enterprise’s name; towns have no address for e-mail', async () => {
    const { store, ports } = setUp();
    const outcomes = await deliverNotifications(sampleEvent('application.submitted'), ports);
    expect(outcomes.filter((o) => o.recipient === 'TOWN#ZHUJIAJIAO')).toEqual([
      { recipient: 'TOWN#ZHUJIAJIAO', channel: 'INBOX', outcome: 'SENT' },
      { recipient: 'TOWN#ZHUJIAJIAO', channel: 'EMAIL', outcome: 'NO_ADDRESS' },
    ]);
    expect(store.all().find((d) => d.recipient === 'TOWN#ZHUJIAJIAO')?.message.body).toMatch(
      /^上海时钟智能制造有限公司（913101180DM95UY1CJ）提交了/,
    );
  });

  it('never puts a bank account, an objector or a contact in what it stores or sends', async () => {
    const { store, email, sms, ports } = setUp();
    for (const kind of ['application.returned', 'payment.held', 'payment.cancelled', 'ban.started'] as const)
      await deliverNotifications(sampleEvent(kind), ports);
    const everything = JSON.stringify([store.all().map((d) => d.message), email.sent, sms?.sent]);
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
  });

  it('refuses an event the catalogue does not have, and makes nothing; a kind that notifies nobody makes nothing', async () => {
    const { store, ports } = setUp();
    await expect(
      deliverNotifications({ ...sampleEvent('payment.paid'), kind: 'payment.teleported' }, ports),
    ).rejects.toThrow(InvalidInput);
    expect(
      await deliverNotifications(
        {
          kind: 'objection.filed',
          version: 1,
          id: 'e1',
          occurredAt: '2026-10-20T10:15:00.000+08:00',
          subject: { objectionId: 'OBJ-1', projectId: 'PRJ-1' },
          payload: {},
        },
        ports,
      ),
    ).toEqual([]);
    expect(store.all()).toEqual([]);
  });
});
