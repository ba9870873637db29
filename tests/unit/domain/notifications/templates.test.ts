import { describe, expect, it } from 'vitest';
import { NOTIFYING_KINDS, addresseesOf, KINDS_BY_RECIPIENT, TOWN_KINDS } from '#domain/notifications/routing';
import type { Audience } from '#domain/notifications/routing';
import { outgoingText, renderNotification, TEMPLATE_AUDIENCES } from '#domain/notifications/templates';
import type { NotificationMessage } from '#domain/notifications/templates';
import { EVENT_SCHEMAS } from '#domain/events/catalogue';
import { ENTERPRISE, PROVIDER, sampleEvent, SECRETS, TOWN } from '../../../support/notification-events.ts';

/**
 * Issue 17: the notifications' text. Every template of every notifying kind, rendered with an event whose
 * free text carries a bank account number, an objector's name, phone and e-mail: none of them ever shows,
 * in the message nor in the e-mail or SMS made of it. Every kind has its Chinese and its English.
 */

const CJK = /[\u4e00-\u9fff]/;
const NAME = '上海时钟智能制造有限公司';
const texts = (message: NotificationMessage): string[] => [
  message.title,
  message.body,
  message.titleEn,
  message.bodyEn,
  ...(['EMAIL', 'SMS'] as const).flatMap((channel) => Object.values(outgoingText(channel, message))),
];

const rendered = (Object.keys(TEMPLATE_AUDIENCES) as Audience[]).flatMap((audience) =>
  TEMPLATE_AUDIENCES[audience].map((kind) => ({
    kind,
    audience,
    message: renderNotification(sampleEvent(kind), audience, { enterpriseName: NAME }),
  })),
);

describe('notification templates (issue 17)', () => {
  it('has a template for the subject of every notifying kind, and for the town of each kind a town is told of', () => {
    expect([...TEMPLATE_AUDIENCES.SUBJECT].sort()).toEqual([...NOTIFYING_KINDS].sort());
    expect([...TEMPLATE_AUDIENCES.TOWN].sort()).toEqual([...TOWN_KINDS].sort());
  });

  it.each(rendered)('$kind to the $audience: a Chinese title and text, and an English one', ({ message }) => {
    expect(message.title).toMatch(CJK);
    expect(message.body).toMatch(CJK);
    expect(message.titleEn).toMatch(/^[A-Z][A-Za-z ,:()'-]+$/);
    // English throughout, but for the enterprise's registered name.
    expect(message.bodyEn.replaceAll(NAME, '')).not.toMatch(CJK);
    expect(message.bodyEn).toMatch(/[A-Za-z]{4,}/);
    // Short enough for a text message of a few parts, Chinese and English together.
    expect(outgoingText('SMS', message).text.length).toBeLessThan(400);
  });

  it.each(rendered)(
    '$kind to the $audience never shows a bank account, an objector or a contact, whatever the event’s free text says',
    ({ message }) => {
      for (const text of texts(message))
        for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    },
  );

  it('names the application or project, and gives amounts in yuan from integer fen', () => {
    const approved = renderNotification(sampleEvent('project.approved'), 'SUBJECT');
    expect(approved.body).toContain('PRJ-APP-1');
    expect(approved.body).toContain('80,000.00 元');
    expect(approved.bodyEn).toContain('CNY 80,000.00');
    const paid = renderNotification(
      sampleEvent('payment.paid', { payload: { amountFen: 12_345_67 } }),
      'SUBJECT',
    );
    expect(paid.body).toBe('项目（编号 PRJ-APP-1）的奖励资金 12,345.67 元已于 2026-10-20 拨付。');
    expect(paid.bodyEn).toBe('The award of CNY 12,345.67 for project PRJ-APP-1 was paid on 2026-10-20.');
    const submitted = renderNotification(sampleEvent('application.submitted'), 'TOWN', {
      enterpriseName: '上海时钟智能制造有限公司',
    });
    expect(submitted.body).toBe(
      '上海时钟智能制造有限公司（913101180DM95UY1CJ）提交了智能化改造实施奖励申报（编号 APP-1），申请金额 90,000.00 元，请及时在线受理。',
    );
  });

  it('says who returned an application, and an automatic award is not said to be deliberated', () => {
    const byTown = sampleEvent('application.returned', { payload: { returnedBy: 'TOWN' } });
    expect(renderNotification(byTown, 'SUBJECT').body).toContain('被街镇退回修改');
    expect(renderNotification(sampleEvent('application.returned'), 'SUBJECT').body).toContain(
      '在初审中退回修改',
    );
    const automatic = sampleEvent('project.approved', { payload: { path: 'AUTOMATIC' } });
    expect(renderNotification(automatic, 'SUBJECT').body).toContain('免申即享');
    expect(renderNotification(automatic, 'SUBJECT').body).not.toContain('审议');
  });

  it('e-mails carry both languages, Chinese first; text messages the programme’s signature', () => {
    const message = renderNotification(sampleEvent('payment.paid'), 'SUBJECT');
    const email = outgoingText('EMAIL', message);
    expect(email.subject).toBe('奖励资金已拨付 | Award paid');
    expect(email.text.indexOf(message.body)).toBeLessThan(email.text.indexOf(message.bodyEn));
    expect(outgoingText('SMS', message).text).toMatch(/^【青浦智能工厂】项目/);
  });
});

describe('who is notified (issue 17)', () => {
  const to = (event: Parameters<typeof addresseesOf>[0]) =>
    addresseesOf(event).map(({ recipient, audience }) => `${audience} ${recipient.kind}#${recipient.id}`);

  it('tells the applicant of its application: the enterprise, or the provider for a diagnosis reward (R6.2.1)', () => {
    expect(to(sampleEvent('application.accepted'))).toEqual([`SUBJECT ENTERPRISE#${ENTERPRISE}`]);
    const diagnosis = { programme: 'DIAGNOSIS_REWARD' };
    expect(
      to(sampleEvent('application.refused', { subject: { providerId: PROVIDER }, payload: diagnosis })),
    ).toEqual([`SUBJECT PROVIDER#${PROVIDER}`]);
  });

  it('tells the town of an enterprise’s application submitted, or returned by the preliminary review, and of publicity', () => {
    expect(to(sampleEvent('application.submitted'))).toEqual([
      `SUBJECT ENTERPRISE#${ENTERPRISE}`,
      `TOWN TOWN#${TOWN}`,
    ]);
    expect(to(sampleEvent('application.returned'))).toEqual([
      `SUBJECT ENTERPRISE#${ENTERPRISE}`,
      `TOWN TOWN#${TOWN}`,
    ]);
    // The town returned it itself: nothing new for it.
    expect(to(sampleEvent('application.returned', { payload: { returnedBy: 'TOWN' } }))).toEqual([
      `SUBJECT ENTERPRISE#${ENTERPRISE}`,
    ]);
    // A provider's diagnosis reward does not go through the town.
    expect(
      to(
        sampleEvent('application.submitted', {
          subject: { providerId: PROVIDER },
          payload: { programme: 'DIAGNOSIS_REWARD', applicantType: 'PROVIDER' },
        }),
      ),
    ).toEqual([`SUBJECT PROVIDER#${PROVIDER}`]);
    expect(to(sampleEvent('publicity.opened'))).toEqual([
      `SUBJECT ENTERPRISE#${ENTERPRISE}`,
      `TOWN TOWN#${TOWN}`,
    ]);
  });

  it('tells the payee of its project and payment, a provider when it is the payee', () => {
    expect(to(sampleEvent('payment.paid'))).toEqual([`SUBJECT ENTERPRISE#${ENTERPRISE}`]);
    expect(
      to(sampleEvent('payment.failed', { subject: { enterpriseId: undefined, providerId: PROVIDER } })),
    ).toEqual([`SUBJECT PROVIDER#${PROVIDER}`]);
    expect(to(sampleEvent('project.approved', { subject: { providerId: PROVIDER } }))).toEqual([
      `SUBJECT PROVIDER#${PROVIDER}`,
    ]);
  });

  it('tells nobody of the district’s own work (objections, documents, batches, findings, imports)', () => {
    const silent = EVENT_SCHEMAS.map((schema) => schema.shape.kind.value).filter(
      (kind) => !(NOTIFYING_KINDS as readonly string[]).includes(kind),
    );
    expect(silent.sort()).toEqual(
      [
        'budget.overridden',
        'document.issued',
        'finding.recorded',
        'import.finished',
        'objection.filed',
        'objection.settled',
        'payment.batched',
        'publicity.closed',
        'recovery.recorded',
      ].sort(),
    );
  });

  it('routes every kind only to recipients that may be told of it, with a template for each', () => {
    for (const kind of NOTIFYING_KINDS)
      for (const { recipient, audience } of addresseesOf(sampleEvent(kind))) {
        expect(KINDS_BY_RECIPIENT[recipient.kind]).toContain(kind);
        expect(TEMPLATE_AUDIENCES[audience]).toContain(kind);
      }
  });
});
