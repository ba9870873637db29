import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { cstDate } from '#domain/time/cst';
import { ManualClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { closedAfter, DRAFT, ProgrammeDriver, PROVIDER_INPUT, SUBMIT } from '../support/programme.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';
import { localNotifications } from '../../local/notifications.ts';

/**
 * Issue 17, notifications as the first consumer of domain events, over HTTP against DynamoDB Local with the
 * server's own publisher (as `npm start` runs): an enterprise walks the reviewed path — returned by its
 * town (a reason quoting its bank account), submitted again, accepted, proposed, in publicity with an
 * objection (an objector's name and phone), approved at deliberation and paid — and is told of each step
 * on the channels it chose, in Chinese and English with the policy's amounts, but for the kind it muted;
 * its town's officers find their new work in the town's inbox. Every event delivered a second time makes
 * nothing more; no notification shows a bank account number or an objector's contact.
 */

const YEAR = 2026;
const ENTERPRISE = '913101180DM95UY1CJ';
const NAME = '上海通知智能制造有限公司';
const ME = `ENTERPRISE#${ENTERPRISE}`;
const PROVIDER = 'PRV-91330100716105852F';
const ACCOUNT = '6216600000007788';
const OBJECTOR = { objectorName: '钱异议', objectorContact: '13955556666' };
const clock = new ManualClock(new Date('2026-09-28T01:00:00Z')); // Monday 09:00 CST
const token: Record<string, string | undefined> = {};
let api: TestApi;
let driver: ProgrammeDriver;
const ids = { application: '', project: '', payment: '' };

interface NotificationView {
  id: string;
  recipient: string;
  eventId: string;
  kind: string;
  channel: string;
  status: string;
  occurredAt: string;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  to: string | null;
  sentVia: string | null;
  projectId: string | null;
  attempts: { at: string; error: string | null }[];
}
interface Page {
  edges: { cursor: string; node: NotificationView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const NOTIFICATIONS = `query($recipient: String, $first: Int, $after: String) {
  notifications(recipient: $recipient, first: $first, after: $after) {
    edges { cursor node { id recipient eventId kind channel status occurredAt title body titleEn bodyEn to sentVia projectId attempts { at error } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SET_PREFERENCES = `mutation($input: SetNotificationPreferencesInput!) {
  setNotificationPreferences(input: $input) { recipient channels mutedKinds kinds unreachableChannels updatedAt }
}`;

/** The first error's extensions (code, fields…) of a call as `as`. */
async function refusal(as: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await api.query(query, { token: token[as], variables });
  return (body.errors?.[0]?.extensions ?? {}) as {
    code?: string;
    fields?: { path: unknown[]; message: string }[];
  };
}

/** Every notification of the caller's (or `recipient`'s), following the cursors. */
async function all(as: string, recipient?: string): Promise<NotificationView[]> {
  const found: NotificationView[] = [];
  let after: string | null = null;
  do {
    const page: Page = await driver.ok<Page>(as, NOTIFICATIONS, { recipient, first: 100, after });
    found.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return found;
}

async function reach(
  projectId: string,
  stage: string,
): Promise<{ version: number; publicity: { endsAt: string } | null }> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const project = await driver.ok<{ stage: string; version: number; publicity: { endsAt: string } | null }>(
      'commission',
      'query($id: ID!) { project(id: $id) { stage version publicity { endsAt } } }',
      { id: projectId },
    );
    if (project.stage === stage) return project;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`project ${projectId} never reached ${stage}: ${JSON.stringify(api.loggedErrors)}`);
}

beforeAll(async () => {
  api = await startTestApi('development', clock, { events: true });
  driver = new ProgrammeDriver(api, YEAR, PROVIDER, token, () => clock.now().getTime());
  token['commission'] = await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' });
  token['zhujiajiao'] = await api.token({ userId: 'officer-zjj', role: 'TOWN_OFFICER', town: 'ZHUJIAJIAO' });
  token['jinze'] = await api.token({ userId: 'officer-jz', role: 'TOWN_OFFICER', town: 'JINZE' });
  token['enterprise'] = await api.token({ userId: 'ent-1', role: 'ENTERPRISE', creditCode: ENTERPRISE });
  token['provider'] = await api.token({ userId: 'provider-1', role: 'PROVIDER', providerId: PROVIDER });
  token['promotion'] = await api.token({ userId: 'po-1', role: 'PROMOTION_OFFICE' });
  token['finance'] = await api.token({ userId: 'fin-1', role: 'FINANCE' });
  token['finance2'] = await api.token({ userId: 'fin-2', role: 'FINANCE' });
  token['expert'] = await api.token({ userId: 'expert-1', role: 'EXPERT' });
  await driver.ok(
    'commission',
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    {
      input: enterpriseInput({
        creditCode: ENTERPRISE,
        name: NAME,
        contacts: [
          { name: '李经理', phone: '021-59701234' },
          { name: '王会计', phone: '139 1234 0000', email: 'wang@example.com' },
        ],
        bankAccount: { bankName: '中国银行上海青浦支行', accountName: NAME, accountNumber: ACCOUNT },
      }),
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    {
      input: { creditCode: '91330100716105852F', name: '杭州智能制造诊断服务有限公司', ...PROVIDER_INPUT },
    },
  );
  await driver.ok(
    'commission',
    'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    {
      input: { expertId: 'expert-1', name: '孙教授', specialty: '智能制造', affiliations: [] },
    },
  );
  await driver.plan([ENTERPRISE]);
  await driver.ok('finance', 'mutation($input: SetBudgetInput!) { setBudget(input: $input) { amountFen } }', {
    input: { fiscalYear: YEAR, amountFen: 500_000_000 * 100 },
  });
}, 180_000);
afterAll(async () => api.close());

describe('preferences (issue 17)', () => {
  it('are the inbox and e-mail until chosen; a town has no address for e-mail', async () => {
    expect(
      await driver.ok(
        'zhujiajiao',
        '{ notificationPreferences { recipient channels mutedKinds kinds unreachableChannels updatedAt } }',
      ),
    ).toEqual({
      recipient: 'TOWN#ZHUJIAJIAO',
      channels: ['INBOX', 'EMAIL'],
      mutedKinds: [],
      kinds: ['application.submitted', 'application.returned', 'publicity.opened'],
      unreachableChannels: ['EMAIL'],
      updatedAt: null,
    });
  });

  it('refuse a channel that does not exist, or a kind the recipient is never told of, naming each path, and write nothing', async () => {
    const before = await tableSnapshot(api.table);
    const refused = await refusal('enterprise', SET_PREFERENCES, {
      input: { channels: ['INBOX', 'FAX'], mutedKinds: ['project.teleported'] },
    });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: ['input', 'channels', 1],
          message: '"FAX" is not a notification channel: the channels are INBOX, EMAIL, SMS',
        },
        { path: ['input', 'mutedKinds', 0] },
      ],
    });
    // Written in the document rather than passed as a variable: the same answer.
    const literal = await api.query(
      'mutation { setNotificationPreferences(input: { channels: ["PIGEON"], mutedKinds: [] }) { channels } }',
      { token: token['zhujiajiao'] },
    );
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'channels', 0] }],
    });
    const town = await refusal('zhujiajiao', SET_PREFERENCES, {
      input: { channels: ['INBOX'], mutedKinds: ['payment.paid'] },
    });
    expect(town.code).toBe('BAD_USER_INPUT');
    expect(town.fields?.map((field) => field.path)).toEqual([['input', 'mutedKinds', 0]]);
    expect(town.fields?.[0]?.message).toMatch(/^a town is never notified of "payment.paid"/);
    // Another town's preferences are nobody else's to set.
    expect(
      (
        await refusal('zhujiajiao', SET_PREFERENCES, {
          input: { recipient: 'TOWN#JINZE', channels: ['INBOX'], mutedKinds: [] },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(await tableSnapshot(api.table)).toBe(before);
  });

  it('are chosen by the recipient, audited: the enterprise wants every channel, and not to hear of acceptance', async () => {
    expect(
      await driver.ok('enterprise', SET_PREFERENCES, {
        input: { channels: ['INBOX', 'EMAIL', 'SMS'], mutedKinds: ['application.accepted'] },
      }),
    ).toMatchObject({
      recipient: ME,
      channels: ['INBOX', 'EMAIL', 'SMS'],
      mutedKinds: ['application.accepted'],
      unreachableChannels: [],
    });
    const trail = await driver.ok<{ edges: { node: { operation: string; actorId: string } }[] }>(
      'commission',
      `{ auditTrail(entityId: "${ME}") { edges { node { operation actorId } } } }`,
    );
    expect(trail.edges.map((edge) => edge.node)).toEqual([
      { operation: 'setNotificationPreferences', actorId: 'ent-1' },
    ]);
  });
});

describe('notifications of the reviewed path (issue 17)', () => {
  it('walks the path: returned by the town, submitted again, accepted, proposed, in publicity with an objection, approved, paid', async () => {
    const report = await driver.diagnose(ENTERPRISE);
    await driver.confirm('enterprise', report);
    const notice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
    const draft = await driver.ok<{ id: string; version: number }>('enterprise', DRAFT, {
      input: {
        noticeId: notice,
        reportId: report.id,
        requestedAmountFen: 9_000_000,
        investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
      },
    });
    const submitted = await driver.ok<{ id: string; version: number }>('enterprise', SUBMIT, {
      input: { id: draft.id, version: draft.version },
    });
    ids.application = submitted.id;
    // A second between steps: each notification has its own instant, and the inbox its order.
    clock.advance(1_000);
    const returned = await driver.ok<{ version: number }>(
      'zhujiajiao',
      'mutation($input: ReturnApplicationInput!) { returnApplication(input: $input) { version } }',
      {
        input: {
          id: submitted.id,
          version: submitted.version,
          reason: `请核对收款银行账号 ${ACCOUNT} 并补充实施投入凭证。`,
        },
      },
    );
    clock.advance(1_000);
    await driver.ok('enterprise', SUBMIT, { input: { id: submitted.id, version: returned.version } });
    clock.advance(1_000);
    await driver.review(submitted.id, 'zhujiajiao');
    clock.advance(1_000);
    ids.project = (await driver.propose(submitted.id, 8_000_000)).id;
    const inPublicity = await reach(ids.project, 'IN_PUBLICITY');
    const objection = await api.query(
      'mutation($input: FileObjectionInput!) { fileObjection(input: $input) { received } }',
      {
        variables: {
          input: { projectId: ids.project, ...OBJECTOR, reason: '该企业实际投入与申报不符，请核实。' },
        },
      },
    );
    expect(objection.body.errors).toBeUndefined();
    // The commission screens it in and dismisses it while publicity runs (R6.4.3): nothing holds the project.
    const [filed] = (
      await driver.ok<{ edges: { node: { id: string; version: number } }[] }>(
        'commission',
        'query($id: ID!) { objections(projectId: $id) { edges { node { id version } } } }',
        { id: ids.project },
      )
    ).edges;
    const screened = await driver.ok<{ version: number }>(
      'commission',
      'mutation($input: ScreenObjectionInput!) { screenObjection(input: $input) { version } }',
      {
        input: {
          objectionId: filed?.node.id,
          version: filed?.node.version,
          admissible: true,
          reason: '署名真实，予以受理。',
        },
      },
    );
    await driver.ok(
      'commission',
      'mutation($input: SettleObjectionInput!) { settleObjection(input: $input) { status } }',
      {
        input: {
          objectionId: filed?.node.id,
          version: screened.version,
          outcome: 'DISMISSED',
          finding: '经核实，异议不成立。',
        },
      },
    );
    clock.set(closedAfter(inPublicity.publicity?.endsAt));
    const deliberation = await reach(ids.project, 'DELIBERATION');
    clock.advance(1_000);
    await driver.ok(
      'promotion',
      'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage } }',
      {
        input: {
          projectId: ids.project,
          version: deliberation.version,
          approved: true,
          reason: '同意支持。',
        },
      },
    );
    await reach(ids.project, 'AWAITING_DOCUMENT');
    const document = await driver.ok<{ id: string; version: number }>(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
      { input: { projectIds: [ids.project] } },
    );
    const issued = await driver.ok<{ payments: { id: string }[] }>(
      'finance',
      'mutation($id: ID!, $version: Int!) { countersignDisbursementDocument(id: $id, version: $version) { payments { id } } }',
      { id: document.id, version: document.version },
    );
    ids.payment = issued.payments[0]?.id ?? '';
    const batch = await driver.ok<{ id: string; version: number }>(
      'finance',
      'mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id version } }',
      { input: { idempotencyKey: 'notifications-batch' } },
    );
    await driver.ok(
      'finance2',
      'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
      { id: batch.id, version: batch.version },
    );
    clock.advance(1_000);
    await driver.ok(
      'finance',
      'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { status } }',
      {
        input: {
          idempotencyKey: 'notifications-paid',
          paymentId: ids.payment,
          result: { paid: true, bankReference: 'BOC-0001', paidOn: cstDate(clock.now()) },
        },
      },
    );
    await api.events?.caughtUp();
    expect(api.loggedErrors).toEqual([]);
  }, 240_000);

  it('told the enterprise of each step on every channel it chose, in Chinese and English with the policy’s amounts — but not of the kind it muted', async () => {
    const mine = await all('enterprise');
    const inbox = mine.filter((n) => n.channel === 'INBOX');
    expect(inbox.map((n) => n.kind)).toEqual([
      'payment.paid',
      'project.approved',
      'publicity.opened',
      'application.submitted',
      'application.returned',
      'application.submitted',
    ]);
    expect(mine.some((n) => n.kind === 'application.accepted')).toBe(false);
    // Each on the inbox, by e-mail and by SMS, delivered through the local outbox.
    for (const kind of new Set(inbox.map((n) => n.kind)))
      expect(
        mine
          .filter((n) => n.kind === kind && n.eventId === inbox.find((i) => i.kind === kind)?.eventId)
          .map((n) => [n.channel, n.status, n.sentVia, n.to])
          .sort(),
      ).toEqual([
        ['EMAIL', 'SENT', 'LOCAL_OUTBOX', 'w***@example.com'],
        ['INBOX', 'SENT', 'INBOX', null],
        ['SMS', 'SENT', 'LOCAL_OUTBOX', '+86 139****0000'],
      ]);
    const [paid, approved, publicity, resubmitted, returned] = inbox;
    expect(paid).toMatchObject({
      title: '奖励资金已拨付',
      body: `项目（编号 ${ids.project}）的奖励资金 80,000.00 元已于 ${cstDate(clock.now())} 拨付。`,
      bodyEn: `The award of CNY 80,000.00 for project ${ids.project} was paid on ${cstDate(clock.now())}.`,
      projectId: ids.project,
    });
    expect(approved?.body).toContain('奖励金额 80,000.00 元');
    expect(publicity?.body).toMatch(/已进入公示，公示期 2026-\d\d-\d\d 至 2026-\d\d-\d\d。$/);
    expect(resubmitted?.body).toBe(
      `您的智能化改造实施奖励申报（编号 ${ids.application}）已重新提交，申请金额 90,000.00 元。`,
    );
    expect(returned?.body).toContain('被街镇退回修改，请登录系统查看退回原因');
    expect(paid?.occurredAt.endsWith('+08:00')).toBe(true);
  });

  it('put the town’s new work in the town’s inbox, read by its officers, and nobody else’s', async () => {
    const town = await all('zhujiajiao');
    expect(town.map((n) => [n.kind, n.channel, n.recipient])).toEqual([
      ['publicity.opened', 'INBOX', 'TOWN#ZHUJIAJIAO'],
      ['application.submitted', 'INBOX', 'TOWN#ZHUJIAJIAO'],
      ['application.submitted', 'INBOX', 'TOWN#ZHUJIAJIAO'],
    ]);
    expect(town[1]?.title).toBe('待受理：申报重新提交');
    expect(town[1]?.body).toContain(`${NAME}（${ENTERPRISE}）重新提交了智能化改造实施奖励申报`);
    expect(await all('jinze')).toEqual([]);
    expect((await refusal('jinze', NOTIFICATIONS, { recipient: 'TOWN#ZHUJIAJIAO' })).code).toBe('NOT_FOUND');
    expect((await refusal('zhujiajiao', NOTIFICATIONS, { recipient: ME })).code).toBe('NOT_FOUND');
    // The commission reads anyone's, to answer "was I told?".
    expect((await all('commission', 'TOWN#ZHUJIAJIAO')).map((n) => n.id)).toEqual(town.map((n) => n.id));
    expect((await refusal('commission', NOTIFICATIONS, {})).code).toBe('BAD_USER_INPUT');
  });

  it('pages newest first', async () => {
    const everything = await all('enterprise');
    const first = await driver.ok<Page>('enterprise', NOTIFICATIONS, { first: 4 });
    const next = await driver.ok<Page>('enterprise', NOTIFICATIONS, {
      first: 4,
      after: first.pageInfo.endCursor,
    });
    expect([...first.edges, ...next.edges].map((edge) => edge.node.id)).toEqual(
      everything.slice(0, 8).map((n) => n.id),
    );
    const times = everything.map((n) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('never shows a bank account number or an objector’s name or contact, in any notification or delivery item', async () => {
    const text = JSON.stringify([await all('enterprise'), await all('zhujiajiao')]);
    const { Items } = await api.table.client.send(
      new QueryCommand({
        TableName: api.table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: `NOTIFY#${ME}` } },
      }),
    );
    expect(Items?.length).toBeGreaterThan(0);
    for (const secret of [ACCOUNT, OBJECTOR.objectorName, OBJECTOR.objectorContact])
      for (const where of [text, JSON.stringify(Items)]) expect(where).not.toContain(secret);
  });

  it('makes nothing more when every event is delivered a second time', async () => {
    const before = await tableSnapshot(api.table);
    const consumer = localNotifications({ dynamo: api.table.client, tableName: api.table.tableName, clock });
    const events = api.events?.recent() ?? [];
    expect(events.length).toBeGreaterThan(10);
    const outcomes = (await Promise.all(events.map((event) => consumer.deliver(event)))).flat();
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['DUPLICATE', 'MUTED', 'NO_ADDRESS']));
    expect(await tableSnapshot(api.table)).toBe(before);
  });
});
