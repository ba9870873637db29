import { formatFen } from '../money.ts';
import type { Fen } from '../money.ts';
import type { EventOf } from '../events/catalogue.ts';
import type { Audience, NotifyingEvent, NotifyingKind } from './routing.ts';

/**
 * The text of each notification (issue 17): Chinese first, with English, short, naming the application
 * or project by its reference and amounts in yuan from the event's integer fen.
 *
 * Built only from the event's ids, enumerations, dates and amounts — never from its free text (a return
 * reason, a hold or cancellation reason, a ban's reason): such text is typed by people and could quote a
 * bank account, an objector or a contact. What the reason says is read in the API, with its authorization
 * ("详情请登录系统查看"). Events themselves never carry bank accounts, objectors or contacts (docs/events.md).
 */
export interface NotificationMessage {
  readonly title: string;
  readonly body: string;
  readonly titleEn: string;
  readonly bodyEn: string;
}

/** What the consumer knows beside the event: the enterprise's registered name, for the town's inbox. */
export interface RenderContext {
  readonly enterpriseName?: string | undefined;
}

type Template<K extends NotifyingKind> = (event: EventOf<K>, context: RenderContext) => NotificationMessage;

const PROGRAMME: Record<EventOf<'application.submitted'>['payload']['programme'], readonly [string, string]> =
  {
    DIAGNOSIS_REWARD: ['诊断服务奖励', 'diagnosis reward'],
    IMPLEMENTATION_REWARD: ['智能化改造实施奖励', 'implementation reward'],
    DISTRICT_BENCHMARK: ['区级标杆示范奖励', 'district benchmark award'],
    LIGHTHOUSE: ['灯塔工厂奖励', 'lighthouse factory award'],
  };

/** `8000000` fen → `80,000.00 元` / `CNY 80,000.00`. */
const yuan = (fen: Fen): string => `${formatFen(fen)} 元`;
const cny = (fen: Fen): string => `CNY ${formatFen(fen)}`;

const DETAILS = '详情请登录系统查看。';
const DETAILS_EN = 'Sign in for the details.';

/** The enterprise as the town knows it: its registered name and credit code, or the code alone. */
const enterpriseZh = (code: string, context: RenderContext): string =>
  context.enterpriseName === undefined ? `企业 ${code}` : `${context.enterpriseName}（${code}）`;
const enterpriseEn = (code: string, context: RenderContext): string =>
  context.enterpriseName === undefined ? `Enterprise ${code}` : `${context.enterpriseName} (${code})`;

const message = (title: string, body: string, titleEn: string, bodyEn: string): NotificationMessage => ({
  title,
  body,
  titleEn,
  bodyEn,
});

/** What the subject of each kind is told. */
const TO_SUBJECT: { [K in NotifyingKind]: Template<K> } = {
  'application.submitted': ({ subject, payload }) => {
    const [zh, en] = PROGRAMME[payload.programme];
    const again = payload.resubmission;
    return message(
      again ? '申报已重新提交' : '申报已提交',
      `您的${zh}申报（编号 ${subject.applicationId}）已${again ? '重新' : ''}提交，申请金额 ${yuan(payload.requestedAmountFen)}。`,
      again ? 'Application submitted again' : 'Application submitted',
      `Your ${en} application (${subject.applicationId}) was ${again ? 'submitted again' : 'submitted'}: ${cny(payload.requestedAmountFen)} requested.`,
    );
  },
  'application.accepted': ({ subject, payload }) => {
    const [zh, en] = PROGRAMME[payload.programme];
    const again = payload.reacceptance === true;
    return message(
      '申报已受理',
      `您的${zh}申报（编号 ${subject.applicationId}）已由街镇${again ? '重新' : ''}在线受理，进入区经委初审。`,
      'Application accepted',
      `Your ${en} application (${subject.applicationId}) was accepted ${again ? 'again ' : ''}by your town and goes on to the preliminary review.`,
    );
  },
  'application.returned': ({ subject, payload }) => {
    const [zh, en] = PROGRAMME[payload.programme];
    const byTown = payload.returnedBy === 'TOWN';
    return message(
      '申报被退回修改',
      `您的${zh}申报（编号 ${subject.applicationId}）${byTown ? '被街镇' : '在初审中'}退回修改，请登录系统查看退回原因，修改后重新提交。`,
      'Application returned for correction',
      `Your ${en} application (${subject.applicationId}) was returned for correction ${byTown ? 'by your town' : 'by the preliminary review'}. Sign in to read why, correct it and submit it again.`,
    );
  },
  'application.refused': ({ subject, payload }) => {
    const [zh, en] = PROGRAMME[payload.programme];
    return message(
      '申报未通过初审',
      `您的${zh}申报（编号 ${subject.applicationId}）未通过区经委初审。${DETAILS}`,
      'Application refused',
      `Your ${en} application (${subject.applicationId}) was refused at the preliminary review. ${DETAILS_EN}`,
    );
  },
  'publicity.opened': ({ subject, payload }) =>
    message(
      '项目进入公示',
      `您的项目（编号 ${subject.projectId}）已进入公示，公示期 ${payload.startDate} 至 ${payload.endDate}。`,
      'Project in publicity',
      `Your project (${subject.projectId}) is in publicity from ${payload.startDate} to ${payload.endDate}.`,
    ),
  'project.approved': ({ subject, payload }) =>
    payload.path === 'AUTOMATIC'
      ? message(
          '奖励已获批',
          `您的项目（编号 ${subject.projectId}）依据认定结果免申即享，奖励金额 ${yuan(payload.amountFen)}，已列入资金拨付文件。`,
          'Award approved',
          `Your project (${subject.projectId}) is awarded on its certification without application: ${cny(payload.amountFen)}, in the joint disbursement document.`,
        )
      : message(
          '项目审议通过',
          `您的项目（编号 ${subject.projectId}）经区级审议通过，奖励金额 ${yuan(payload.amountFen)}，将按资金拨付文件拨付。`,
          'Project approved',
          `Your project (${subject.projectId}) was approved at the district deliberation: an award of ${cny(payload.amountFen)}, paid once the disbursement document is issued.`,
        ),
  'project.refused': ({ subject }) =>
    message(
      '项目未获支持',
      `您的项目（编号 ${subject.projectId}）经区级审议未获支持。${DETAILS}`,
      'Project not supported',
      `Your project (${subject.projectId}) was not approved at the district deliberation. ${DETAILS_EN}`,
    ),
  'project.removed': ({ subject }) =>
    message(
      '项目已取消支持',
      `您的项目（编号 ${subject.projectId}）公示期间的异议经调查核实成立，已取消支持。${DETAILS}`,
      'Project removed',
      `An objection to your project (${subject.projectId}) was upheld after investigation; the project is no longer supported. ${DETAILS_EN}`,
    ),
  'project.zero-award-recorded': ({ subject }) =>
    message(
      '标杆项目按零元记录',
      `您的项目（编号 ${subject.projectId}）按已获奖励晋档补差后差额为零，按 0 元记录，不予拨付。`,
      'Benchmark recorded at zero',
      `Your project (${subject.projectId}) is recorded at CNY 0.00: after the awards already received, the difference is zero and nothing is paid.`,
    ),
  'payment.paid': ({ subject, payload }) =>
    message(
      '奖励资金已拨付',
      `项目（编号 ${subject.projectId}）的奖励资金 ${yuan(payload.amountFen)}已${payload.paidOn === null ? '' : `于 ${payload.paidOn} `}拨付。`,
      'Award paid',
      `The award of ${cny(payload.amountFen)} for project ${subject.projectId} was paid${payload.paidOn === null ? '' : ` on ${payload.paidOn}`}.`,
    ),
  'payment.failed': ({ subject, payload }) =>
    message(
      '奖励资金拨付未成功',
      `项目（编号 ${subject.projectId}）的奖励资金 ${yuan(payload.amountFen)}未能拨付到账，请登录系统核对收款账户信息。`,
      'Award payment failed',
      `The bank could not pay the award of ${cny(payload.amountFen)} for project ${subject.projectId}. Sign in to check the account it is paid to.`,
    ),
  'payment.held': ({ subject, payload }) =>
    message(
      '奖励资金暂缓拨付',
      `项目（编号 ${subject.projectId}）的奖励资金 ${yuan(payload.amountFen)}暂缓拨付。${DETAILS}`,
      'Award payment held',
      `The award of ${cny(payload.amountFen)} for project ${subject.projectId} is held. ${DETAILS_EN}`,
    ),
  'payment.cancelled': ({ subject, payload }) =>
    message(
      '奖励资金拨付已取消',
      `项目（编号 ${subject.projectId}）的奖励资金 ${yuan(payload.amountFen)}已取消拨付。${DETAILS}`,
      'Award payment cancelled',
      `The payment of ${cny(payload.amountFen)} for project ${subject.projectId} was cancelled. ${DETAILS_EN}`,
    ),
  'ban.started': ({ payload }) =>
    message(
      '暂停申报资格',
      `根据青浦区智能工厂奖励政策（R7.2），您单位自 ${payload.until} 起方可再次申报。${DETAILS}`,
      'Barred from applying',
      `Under the programme's rules (R7.2) you may apply again from ${payload.until}. ${DETAILS_EN}`,
    ),
};

type TownKind = Extract<NotifyingKind, 'application.submitted' | 'application.returned' | 'publicity.opened'>;

/** What the officers of the enterprise's town are told (routing.ts says when). */
const TO_TOWN: { [K in TownKind]: Template<K> } = {
  'application.submitted': ({ subject, payload }, context) => {
    const [zh, en] = PROGRAMME[payload.programme];
    const again = payload.resubmission;
    return message(
      again ? '待受理：申报重新提交' : '待受理：新申报',
      `${enterpriseZh(subject.enterpriseId, context)}${again ? '重新' : ''}提交了${zh}申报（编号 ${subject.applicationId}），申请金额 ${yuan(payload.requestedAmountFen)}，请及时在线受理。`,
      again ? 'To accept: application submitted again' : 'To accept: new application',
      `${enterpriseEn(subject.enterpriseId, context)} ${again ? 'submitted again' : 'submitted'} a ${en} application (${subject.applicationId}) for ${cny(payload.requestedAmountFen)}: please accept or return it online.`,
    );
  },
  'application.returned': ({ subject, payload }, context) => {
    const [zh, en] = PROGRAMME[payload.programme];
    return message(
      '申报在初审中被退回',
      `${enterpriseZh(subject.enterpriseId, context)}的${zh}申报（编号 ${subject.applicationId}）在区经委初审中被退回修改，企业修改后将重新提交街镇受理。`,
      'Application returned by the preliminary review',
      `The ${en} application (${subject.applicationId}) of ${enterpriseEn(subject.enterpriseId, context)} was returned for correction by the preliminary review; once corrected it comes back to your town to accept.`,
    );
  },
  'publicity.opened': ({ subject, payload }, context) =>
    message(
      '本街镇项目进入公示',
      `${enterpriseZh(subject.enterpriseId, context)}的项目（编号 ${subject.projectId}）已进入公示，公示期 ${payload.startDate} 至 ${payload.endDate}。`,
      'Project of your town in publicity',
      `The project (${subject.projectId}) of ${enterpriseEn(subject.enterpriseId, context)} is in publicity from ${payload.startDate} to ${payload.endDate}.`,
    ),
};

/** The (kind, audience) pairs that have a template: the tests check routing never asks for another. */
export const TEMPLATE_AUDIENCES: Readonly<Record<Audience, readonly NotifyingKind[]>> = {
  SUBJECT: Object.keys(TO_SUBJECT) as NotifyingKind[],
  TOWN: Object.keys(TO_TOWN) as NotifyingKind[],
};

/** The notification an event makes for one audience. */
export function renderNotification(
  event: NotifyingEvent,
  audience: Audience,
  context: RenderContext = {},
): NotificationMessage {
  const templates = (audience === 'TOWN' ? TO_TOWN : TO_SUBJECT) as Partial<
    Record<NotifyingKind, (event: NotifyingEvent, context: RenderContext) => NotificationMessage>
  >;
  const template = templates[event.kind];
  if (template === undefined) throw new Error(`no ${audience} template for ${event.kind}`);
  return template(event, context);
}

/** The programme's name under every e-mail, and the signature SMS in China carry at their start. */
const SIGNATURE = '青浦区智能工厂奖励 · Qingpu District smart-factory awards';
const SMS_SIGNATURE = '【青浦智能工厂】';

/** A message as it goes out on a channel: an e-mail's subject and text, or a text message (Chinese first). */
export function outgoingText(
  channel: 'EMAIL' | 'SMS',
  message: NotificationMessage,
): { readonly subject: string; readonly text: string } {
  return channel === 'EMAIL'
    ? {
        subject: `${message.title} | ${message.titleEn}`,
        text: `${message.body}\n\n${message.bodyEn}\n\n—— ${SIGNATURE}`,
      }
    : { subject: '', text: `${SMS_SIGNATURE}${message.body} ${message.bodyEn}` };
}
