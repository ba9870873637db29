import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_RULES } from '#domain/authorization/policy';
import type { Operation } from '#domain/authorization/policy';
import type { Role } from '#domain/identity/principal';
import { demoCreditCode } from '../../local/demo-data.ts';
import type { GraphqlResponse, TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import {
  ASSIGN,
  DRAFT,
  ProgrammeDriver,
  PROVIDER_INPUT,
  RESPOND,
  SUBMIT,
  dateIn,
} from '../support/programme.ts';
import { enterpriseInput, tableSnapshot } from '../support/registry.ts';

/**
 * The other-row cells of the authorization matrix, over HTTP (issue 16 item 6): for every grant scoped to
 * rows (OWN_TOWN, SELF, ASSIGNED) in OPERATION_RULES, a caller whose role holds the operation asks for, or
 * acts on, a row outside its scope — another town's enterprise, another enterprise's report or application,
 * another provider's assignment, an application the expert is not assigned to — and is refused as if the
 * row did not exist (NOT_FOUND, reads and writes alike), or, in lists, never sees it. Writes change nothing.
 *
 * The expectations are the policy's (a town officer sees only their town; an enterprise only itself; a
 * provider only its own work; an expert only their assignments), not the code's answers.
 */

// Ours: the callers' scope. Theirs: every row probed below, out of that scope.
const OUR_TOWN = 'ZHUJIAJIAO';
const OUR_CODE = '913101180DM95UY1CJ';
const OUR_PROVIDER_CODE = '91330100716105852F';
const OUR_PROVIDER = `PRV-${OUR_PROVIDER_CODE}`;
const OUR_EXPERT = 'rows-EXPERT';
const THEIR_CODE = '91310118QT56L02F4T'; // in Jinze: diagnosed, confirmed, applied for, reviewed, proposed
const THEIR_PENDING_CODE = demoCreditCode(9710); // in Jinze: assigned to their provider, not yet answered
const THEIR_PROVIDER_CODE = '914403001922038216';
const THEIR_PROVIDER = `PRV-${THEIR_PROVIDER_CODE}`;
const THEIR_EXPERT = 'expert-1'; // the expert ProgrammeDriver.review assigns and reviews as
const YEAR = 2026;

type ScopedRole = 'TOWN_OFFICER' | 'ENTERPRISE' | 'PROVIDER' | 'EXPERT';
type Cell = `${Operation}:${ScopedRole}`;

/** Every (operation, role) whose grant is scoped to rows: the cells this file must cover. */
const SCOPED_CELLS: readonly Cell[] = Object.entries(OPERATION_RULES).flatMap(([operation, rule]) =>
  rule.public
    ? []
    : Object.entries(rule.grants as Partial<Record<Role, string>>)
        .filter(([, scope]) => scope !== 'ALL')
        .map(([role]) => `${operation}:${role}` as Cell),
);

let api: TestApi;
let driver: ProgrammeDriver;
const tokens: Record<string, string | undefined> = {};
/** Their rows, made in beforeAll. */
const their = {
  assignment: '',
  pendingAssignment: '',
  report: '',
  reportFile: '',
  diagnosisNotice: '',
  implementationNotice: '',
  /** Their provider's diagnosis-reward application, a draft. */
  draft: '',
  /** Their enterprise's implementation application: submitted, accepted, reviewed by their expert. */
  application: '',
  project: '',
};

beforeAll(async () => {
  api = await startTestApi('development');
  const token = (userId: string, role: Role, scope: Record<string, string> = {}) =>
    api.token({ userId, role, ...scope });
  Object.assign(tokens, {
    commission: await token('rows-commission', 'ECONOMIC_COMMISSION'),
    // Their side, to build their rows.
    provider: await token('rows-their-provider', 'PROVIDER', { providerId: THEIR_PROVIDER }),
    theirEnterprise: await token('rows-their-enterprise', 'ENTERPRISE', { creditCode: THEIR_CODE }),
    jinze: await token('rows-jinze', 'TOWN_OFFICER', { town: 'JINZE' }),
    expert: await token(THEIR_EXPERT, 'EXPERT'),
    // Our side: the callers probed.
    TOWN_OFFICER: await token('rows-TOWN_OFFICER', 'TOWN_OFFICER', { town: OUR_TOWN }),
    ENTERPRISE: await token('rows-ENTERPRISE', 'ENTERPRISE', { creditCode: OUR_CODE }),
    PROVIDER: await token('rows-PROVIDER', 'PROVIDER', { providerId: OUR_PROVIDER }),
    EXPERT: await token(OUR_EXPERT, 'EXPERT'),
  });
  driver = new ProgrammeDriver(api, YEAR, THEIR_PROVIDER, tokens);
  const createEnterprise =
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }';
  await driver.ok('commission', createEnterprise, { input: enterpriseInput({ creditCode: OUR_CODE }) });
  for (const creditCode of [THEIR_CODE, THEIR_PENDING_CODE]) {
    await driver.ok('commission', createEnterprise, {
      input: enterpriseInput({
        creditCode,
        town: 'JINZE',
        name: `上海金泽${creditCode.slice(-4)}有限公司`,
      }),
    });
  }
  const createProvider = 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }';
  for (const [creditCode, name] of [
    [OUR_PROVIDER_CODE, '上海智造诊断咨询有限公司'],
    [THEIR_PROVIDER_CODE, '深圳某咨询公司'],
  ] as const) {
    await driver.ok('commission', createProvider, { input: { ...PROVIDER_INPUT, creditCode, name } });
  }
  const registerExpert = 'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }';
  for (const expertId of [OUR_EXPERT, THEIR_EXPERT]) {
    await driver.ok('commission', registerExpert, {
      input: { expertId, name: `专家${expertId.slice(-6)}`, specialty: '测试', affiliations: [] },
    });
  }
  await driver.plan([THEIR_CODE, THEIR_PENDING_CODE]);
  const report = await driver.diagnose(THEIR_CODE);
  await driver.confirm('theirEnterprise', report);
  const pending = await driver.ok<{ id: string }>('commission', ASSIGN, {
    input: { year: YEAR, creditCode: THEIR_PENDING_CODE, providerId: THEIR_PROVIDER, deadline: dateIn(30) },
  });
  const reportFile = await driver.ok<{ reportFile: { id: string } }>(
    'commission',
    `{ diagnosisReport(id: "${report.id}") { reportFile { id } } }`,
  );
  const diagnosisNotice = await driver.notice('DIAGNOSIS_REWARD', 0, []);
  const implementationNotice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
  const draft = await driver.ok<{ id: string }>('provider', DRAFT, {
    input: { noticeId: diagnosisNotice, reportId: report.id },
  });
  const drafted = await driver.ok<{ id: string; version: number }>('theirEnterprise', DRAFT, {
    input: {
      noticeId: implementationNotice,
      reportId: report.id,
      requestedAmountFen: 5_000_000,
      investment: { totalInvestmentFen: 90_000_000, description: '产线改造' },
    },
  });
  const submitted = await driver.ok<{ id: string }>('theirEnterprise', SUBMIT, {
    input: { id: drafted.id, version: drafted.version },
  });
  await driver.review(submitted.id, 'jinze');
  const project = await driver.ok<{ id: string }>(
    'commission',
    'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }',
    { input: { applicationId: submitted.id, proposedAmountFen: 5_000_000 } },
  );
  Object.assign(their, {
    assignment: report.assignmentId,
    pendingAssignment: pending.id,
    report: report.id,
    reportFile: reportFile.reportFile.id,
    diagnosisNotice,
    implementationNotice,
    draft: draft.id,
    application: submitted.id,
    project: project.id,
  });
}, 180_000);
afterAll(async () => api.close());

/**
 * How a probe was answered: the authorization refusal (FORBIDDEN, NOT_FOUND), another error code, or for a
 * list whether it held one of their rows.
 */
type Outcome = string;
interface Probe {
  readonly label: string;
  readonly query: string;
  readonly variables?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** For a list: whether the data holds one of their rows. */
  readonly leaks?: (data: Record<string, unknown>) => boolean;
  /** A mutation: the table must be the same after it. */
  readonly write?: boolean;
  readonly expected: Outcome;
}

const version = async (kind: 'enterprise' | 'provider', id: string): Promise<number> => {
  const query =
    kind === 'enterprise'
      ? `{ x: enterprise(creditCode: "${id}") { version } }`
      : `{ x: provider(id: "${id}") { version } }`;
  return (await driver.ok<{ version: number }>('commission', query)).version;
};
const appVersion = async (id: string): Promise<number> =>
  (await driver.ok<{ version: number }>('commission', `{ x: application(id: "${id}") { version } }`)).version;

const read = (label: string, query: string): Probe => ({ label, query, expected: 'NOT_FOUND' });
const write = (label: string, query: string, variables: Probe['variables']): Probe => ({
  label,
  query,
  variables,
  write: true,
  expected: 'NOT_FOUND',
});
const list = (label: string, query: string, leaks: (data: Record<string, unknown>) => boolean): Probe => ({
  label,
  query,
  leaks,
  expected: 'absent',
});
const mentions =
  (...ids: (() => string)[]) =>
  (data: Record<string, unknown>) =>
    ids.some((id) => JSON.stringify(data).includes(id()));

const CSV_HEADER =
  '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人';
const UPDATE_ENTERPRISE =
  'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }';
const UPDATE_PROVIDER =
  'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version } }';
const BANK = { bankName: '中国银行', accountNumber: '6217000000000000001', accountName: '上海金泽某公司' };
const UPLOAD =
  'mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { attachment { id } } }';
const upload = (ownerType: string, ownerId: () => string, purpose: string) => () => ({
  input: {
    ownerType,
    ownerId: ownerId(),
    purpose,
    fileName: 'x.pdf',
    contentType: 'application/pdf',
    sizeBytes: 10,
    sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
  },
});

const ENTERPRISE_READ = (fields: string): Probe =>
  read(`enterprise(${fields}) of another town`, `{ enterprise(creditCode: "${THEIR_CODE}") { ${fields} } }`);
const PROVIDER_READ = (fields: string): Probe =>
  read(`provider(${fields}) of another provider`, `{ provider(id: "${THEIR_PROVIDER}") { ${fields} } }`);
const ASSIGNMENT_READS: readonly Probe[] = [
  read('diagnosisAssignment', '{ diagnosisAssignment(id: "$assignment") { status } }'),
  list(
    'diagnosisAssignments',
    `{ diagnosisAssignments(year: ${YEAR}) { edges { node { id } } } }`,
    mentions(
      () => their.assignment,
      () => their.pendingAssignment,
    ),
  ),
];
const REPORT_READS: readonly Probe[] = [
  read('diagnosisReport', '{ diagnosisReport(id: "$report") { status } }'),
  read('attachment (report file)', '{ attachment(id: "$reportFile") { status } }'),
  list(
    'diagnosisReports',
    `{ diagnosisReports(year: ${YEAR}) { edges { node { id } } } }`,
    mentions(() => their.report),
  ),
];
const APPLICATION_READS: readonly Probe[] = [
  read('application (their enterprise’s)', '{ application(id: "$application") { status } }'),
  read('application (their provider’s draft)', '{ application(id: "$draft") { status } }'),
  list(
    'applications',
    '{ applications { edges { node { id } } } }',
    mentions(
      () => their.application,
      () => their.draft,
    ),
  ),
];
const PROJECT_READS: readonly Probe[] = [
  read('project', '{ project(id: "$project") { stage } }'),
  list(
    'projects',
    '{ projects(stage: AWAITING_SIGN_OFF) { edges { node { id } } } }',
    mentions(() => their.project),
  ),
];
const CERTIFICATION_READS: readonly Probe[] = [
  read('certifications of another enterprise', `{ certifications(creditCode: "${THEIR_CODE}") { id } }`),
  read(
    'benchmarkStanding of another enterprise',
    `{ benchmarkStanding(creditCode: "${THEIR_CODE}") { highestTier } }`,
  ),
];
const APPLY: readonly Probe[] = [
  write('draftApplication on their report (diagnosis reward)', DRAFT, () => ({
    input: { noticeId: their.diagnosisNotice, reportId: their.report },
  })),
  write('draftApplication on their report (implementation)', DRAFT, () => ({
    input: {
      noticeId: their.implementationNotice,
      reportId: their.report,
      requestedAmountFen: 1_000_000,
      investment: { totalInvestmentFen: 9_000_000, description: '改造' },
    },
  })),
  write(
    'updateApplicationDraft of their draft',
    'mutation($input: UpdateApplicationDraftInput!) { updateApplicationDraft(input: $input) { version } }',
    async () => ({
      input: { id: their.draft, version: await appVersion(their.draft), requestedAmountFen: 1 },
    }),
  ),
  write('submitApplication of their draft', SUBMIT, async () => ({
    input: { id: their.draft, version: await appVersion(their.draft) },
  })),
  write(
    'withdrawApplication of their draft',
    'mutation($input: ApplicationVersionInput!) { withdrawApplication(input: $input) { status } }',
    async () => ({ input: { id: their.draft, version: await appVersion(their.draft) } }),
  ),
];

/**
 * Registering a credit code: the cells where "not there" cannot answer as "not yours", because a new code
 * is created. Decided for issue 16 (existence oracles): a code the programme holds gets one answer,
 * CONFLICT with the same message whichever town keeps it (ours or theirs), naming neither the town nor
 * anything of the record — the one bit a unique key gives away to whoever may register. A line or input
 * naming another town is FORBIDDEN before the registry is consulted (the import probe above).
 */
type GraphqlBody = GraphqlResponse['body'];

const REGISTRATION = {
  createEnterprise: {
    query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    variables: (creditCode: string) => ({ input: enterpriseInput({ creditCode }) }),
    message: (body: GraphqlBody) => {
      const error = body.errors?.[0];
      return error && `${String(error.extensions?.['code'])}: ${error.message}`;
    },
  },
  importEnterprises: {
    query:
      'mutation($csv: String!) { importEnterprises(csv: $csv) { created updated errors { line problems { code message } } } }',
    variables: (creditCode: string) => ({
      csv: `${CSV_HEADER}\n${creditCode},上海导入有限公司,朱家角镇,上海市青浦区朱家角镇1号,是,是,是,是,正常,是,良好,王伟`,
    }),
    message: (body: GraphqlBody) => {
      const report = body.data?.['importEnterprises'] as
        { errors: { problems: { code: string; message: string }[] }[] } | undefined;
      const problem = report?.errors[0]?.problems[0];
      return problem && `${problem.code}: ${problem.message}`;
    },
  },
} as const;
/** Issue 17: another recipient's notifications and preferences (a town's inbox, an enterprise's, a provider's). */
const NOTIFICATION_READS = (recipient: string): readonly Probe[] => [
  read(
    `notifications of ${recipient}`,
    `{ notifications(recipient: "${recipient}") { edges { node { id } } } }`,
  ),
  read(
    `notificationPreferences of ${recipient}`,
    `{ notificationPreferences(recipient: "${recipient}") { channels } }`,
  ),
];
const SET_PREFERENCES = (recipient: string): Probe =>
  write(
    `setNotificationPreferences of ${recipient}`,
    'mutation($input: SetNotificationPreferencesInput!) { setNotificationPreferences(input: $input) { channels } }',
    () => ({ input: { recipient, channels: ['INBOX'], mutedKinds: ['publicity.opened'] } }),
  );

const REGISTRATION_CELLS = ['createEnterprise:TOWN_OFFICER', 'importEnterprises:TOWN_OFFICER'] as const;

/** The probes of each other-row cell: the caller is the cell's role, on our side; the rows are theirs. */
const PROBES: Partial<Record<Cell, readonly Probe[]>> = {
  'uploadAttachment:PROVIDER': [
    write(
      'requestAttachmentUpload to another provider’s report',
      UPLOAD,
      upload('REPORT', () => their.report, 'REPORT_FILE'),
    ),
    write(
      'requestAttachmentUpload to another provider’s application',
      UPLOAD,
      upload('APPLICATION', () => their.draft, 'INVESTMENT_EVIDENCE'),
    ),
    write(
      'completeAttachmentUpload of another provider’s report file',
      'mutation($id: ID!) { completeAttachmentUpload(id: $id) { status } }',
      () => ({ id: their.reportFile }),
    ),
  ],
  'uploadAttachment:ENTERPRISE': [
    write(
      'requestAttachmentUpload to another enterprise’s report',
      UPLOAD,
      upload('REPORT', () => their.report, 'SIGNED_PAGE'),
    ),
    write(
      'requestAttachmentUpload to another enterprise’s application',
      UPLOAD,
      upload('APPLICATION', () => their.application, 'INVESTMENT_EVIDENCE'),
    ),
  ],
  'readEnterprise:TOWN_OFFICER': [
    ENTERPRISE_READ('name'),
    list(
      'enterprises',
      '{ enterprises(first: 100) { edges { node { creditCode } } } }',
      mentions(() => THEIR_CODE),
    ),
  ],
  'readEnterprise:ENTERPRISE': [ENTERPRISE_READ('name')],
  'readEnterpriseContacts:TOWN_OFFICER': [ENTERPRISE_READ('contacts { name }')],
  'readEnterpriseContacts:ENTERPRISE': [ENTERPRISE_READ('contacts { name }')],
  'readEnterpriseBankAccount:ENTERPRISE': [ENTERPRISE_READ('bankAccount { accountNumber }')],
  'createEnterprise:TOWN_OFFICER': [
    // Not about an existing row: a town officer registers enterprises of their own town only.
    {
      label: 'createEnterprise in another town',
      query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
      variables: () => ({ input: enterpriseInput({ creditCode: demoCreditCode(9720), town: 'JINZE' }) }),
      write: true,
      expected: 'FORBIDDEN',
    },
  ],
  'updateEnterpriseRecord:TOWN_OFFICER': [
    write('updateEnterprise (record) of another town', UPDATE_ENTERPRISE, async () => ({
      input: {
        creditCode: THEIR_CODE,
        version: await version('enterprise', THEIR_CODE),
        name: '改名有限公司',
      },
    })),
  ],
  'updateEnterpriseContacts:TOWN_OFFICER': [
    write('updateEnterprise (contacts) of another town', UPDATE_ENTERPRISE, async () => ({
      input: {
        creditCode: THEIR_CODE,
        version: await version('enterprise', THEIR_CODE),
        contacts: [{ name: '改联系人' }],
      },
    })),
  ],
  'updateEnterpriseContacts:ENTERPRISE': [
    write('updateEnterprise (contacts) of another enterprise', UPDATE_ENTERPRISE, async () => ({
      input: {
        creditCode: THEIR_CODE,
        version: await version('enterprise', THEIR_CODE),
        contacts: [{ name: '改联系人' }],
      },
    })),
  ],
  'updateEnterpriseBankAccount:ENTERPRISE': [
    write('updateEnterprise (bank account) of another enterprise', UPDATE_ENTERPRISE, async () => ({
      input: { creditCode: THEIR_CODE, version: await version('enterprise', THEIR_CODE), bankAccount: BANK },
    })),
  ],
  'importEnterprises:TOWN_OFFICER': [
    {
      label: 'importEnterprises: a line of another town',
      query: 'mutation($csv: String!) { importEnterprises(csv: $csv) { created errors { line } } }',
      variables: () => ({
        csv: `${CSV_HEADER}\n${demoCreditCode(9721)},上海金泽导入有限公司,金泽镇,上海市青浦区金泽镇1号,是,是,是,是,正常,是,良好,王伟`,
      }),
      // The import answers line by line: the line is refused and nothing is created.
      leaks: (data) => (data['importEnterprises'] as { created: number }).created !== 0,
      write: true,
      expected: 'absent',
    },
  ],
  'readProvider:PROVIDER': [
    PROVIDER_READ('name'),
    list(
      'providers',
      '{ providers(first: 100) { edges { node { id } } } }',
      mentions(() => THEIR_PROVIDER),
    ),
  ],
  'readProviderContacts:PROVIDER': [PROVIDER_READ('contacts { name }')],
  'readProviderBankAccount:PROVIDER': [PROVIDER_READ('bankAccount { accountNumber }')],
  'updateProviderProfile:PROVIDER': [
    write('updateProvider (qualifications) of another provider', UPDATE_PROVIDER, async () => ({
      input: {
        id: THEIR_PROVIDER,
        version: await version('provider', THEIR_PROVIDER),
        qualifications: ['x'],
      },
    })),
  ],
  'updateProviderContacts:PROVIDER': [
    write('updateProvider (contacts) of another provider', UPDATE_PROVIDER, async () => ({
      input: {
        id: THEIR_PROVIDER,
        version: await version('provider', THEIR_PROVIDER),
        contacts: [{ name: '改联系人' }],
      },
    })),
  ],
  'updateProviderBankAccount:PROVIDER': [
    write('updateProvider (bank account) of another provider', UPDATE_PROVIDER, async () => ({
      input: {
        id: THEIR_PROVIDER,
        version: await version('provider', THEIR_PROVIDER),
        bankAccount: { ...BANK, accountName: '深圳某咨询公司' },
      },
    })),
  ],
  'addIntentionEntry:TOWN_OFFICER': [
    // One answer for "not yours" and "not there" (issue 16 item 4): as for an unregistered code.
    {
      label: 'addIntentionEntry for another town’s enterprise',
      query: 'mutation($input: IntentionEntryInput!) { addIntentionEntry(input: $input) { id } }',
      variables: () => ({
        input: {
          year: YEAR + 1,
          creditCode: THEIR_CODE,
          contactName: '李',
          contactPhone: '021-59701234',
          needs: '诊断',
        },
      }),
      write: true,
      expected: 'BAD_USER_INPUT',
    },
  ],
  'readIntentionPool:TOWN_OFFICER': [
    list(
      'intentionPool',
      `{ intentionPool(year: ${YEAR}) { edges { node { creditCode } } } }`,
      mentions(
        () => THEIR_CODE,
        () => THEIR_PENDING_CODE,
      ),
    ),
  ],
  'readDiagnosisPlan:TOWN_OFFICER': [
    list(
      'diagnosisPlan entries',
      `{ diagnosisPlan(year: ${YEAR}) { entries { creditCode } } }`,
      mentions(
        () => THEIR_CODE,
        () => THEIR_PENDING_CODE,
      ),
    ),
  ],
  'respondToAssignment:PROVIDER': [
    write('respondToAssignment of another provider’s assignment', RESPOND, () => ({
      input: { assignmentId: their.pendingAssignment, version: 1, accept: true },
    })),
  ],
  'readAssignment:TOWN_OFFICER': ASSIGNMENT_READS,
  'readAssignment:PROVIDER': ASSIGNMENT_READS,
  'readAssignment:ENTERPRISE': ASSIGNMENT_READS,
  'submitDiagnosisReport:PROVIDER': [
    write(
      'submitDiagnosisReport on another provider’s assignment',
      'mutation($input: SubmitDiagnosisReportInput!) { submitDiagnosisReport(input: $input) { id } }',
      () => ({
        input: {
          assignmentId: their.pendingAssignment,
          summary: '他人任务的诊断报告摘要，不少于十个字。',
          recommendedMeasures: ['x'],
          estimatedInvestmentFen: 1,
          reportAttachmentId: their.reportFile,
        },
      }),
    ),
  ],
  'confirmDiagnosisReport:ENTERPRISE': [
    write(
      'confirmDiagnosisReport of another enterprise’s report',
      'mutation($input: ConfirmDiagnosisReportInput!) { confirmDiagnosisReport(input: $input) { status } }',
      () => ({
        input: {
          reportId: their.report,
          version: 1,
          principalName: '王建国',
          signedPageAttachmentId: their.reportFile,
        },
      }),
    ),
  ],
  'recordFollowUp:TOWN_OFFICER': [
    write(
      'recordFollowUp on another town’s report',
      'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { version } }',
      async () => ({
        input: {
          reportId: their.report,
          version: (
            await driver.ok<{ version: number }>(
              'commission',
              `{ x: diagnosisReport(id: "${their.report}") { version } }`,
            )
          ).version,
          continuing: true,
          note: '继续合作实施',
        },
      }),
    ),
  ],
  'readDiagnosisReport:TOWN_OFFICER': REPORT_READS,
  'readDiagnosisReport:PROVIDER': REPORT_READS,
  'readDiagnosisReport:ENTERPRISE': REPORT_READS,
  'applyForReward:PROVIDER': APPLY,
  'applyForReward:ENTERPRISE': APPLY,
  'acceptApplication:TOWN_OFFICER': [
    write(
      'acceptApplication of another town’s application',
      'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
      async () => ({ input: { id: their.application, version: await appVersion(their.application) } }),
    ),
    write(
      'returnApplication of another town’s application',
      'mutation($input: ReturnApplicationInput!) { returnApplication(input: $input) { status } }',
      async () => ({
        input: { id: their.application, version: await appVersion(their.application), reason: '材料不全' },
      }),
    ),
  ],
  'readApplication:TOWN_OFFICER': APPLICATION_READS,
  'readApplication:PROVIDER': APPLICATION_READS,
  'readApplication:ENTERPRISE': APPLICATION_READS,
  'readApplication:EXPERT': APPLICATION_READS,
  'reviewAsExpert:EXPERT': [
    write(
      'recordExpertReview of an application assigned to another expert',
      'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }',
      async () => ({
        input: {
          applicationId: their.application,
          version: await appVersion(their.application),
          score: 80,
          opinion: '意见',
        },
      }),
    ),
    write(
      'declareConflict on an application assigned to another expert',
      'mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { declared } }',
      async () => ({
        input: {
          applicationId: their.application,
          version: await appVersion(their.application),
          reason: '利益相关',
        },
      }),
    ),
  ],
  'readCertifications:TOWN_OFFICER': CERTIFICATION_READS,
  'readCertifications:ENTERPRISE': CERTIFICATION_READS,
  'readProjects:TOWN_OFFICER': PROJECT_READS,
  'readProjects:PROVIDER': PROJECT_READS,
  'readProjects:ENTERPRISE': PROJECT_READS,
  // Issue 17: a town officer's statistics are its own town's: another town is as if it did not exist.
  'readProgrammeStatistics:TOWN_OFFICER': [
    read(
      'programmeStatistics of another town',
      `{ programmeStatistics(fiscalYear: ${YEAR}, by: TOWN, town: "JINZE") { totals { count } } }`,
    ),
    list(
      'programmeStatistics of the district, by town',
      `{ programmeStatistics(fiscalYear: ${YEAR}, by: TOWN) { series { key } } }`,
      mentions(() => 'JINZE'),
    ),
  ],
  'readNotifications:TOWN_OFFICER': NOTIFICATION_READS('TOWN#JINZE'),
  'readNotifications:ENTERPRISE': NOTIFICATION_READS(`ENTERPRISE#${THEIR_CODE}`),
  'readNotifications:PROVIDER': NOTIFICATION_READS(`PROVIDER#${THEIR_PROVIDER}`),
  'manageNotificationPreferences:TOWN_OFFICER': [SET_PREFERENCES('TOWN#JINZE')],
  'manageNotificationPreferences:ENTERPRISE': [SET_PREFERENCES(`ENTERPRISE#${THEIR_CODE}`)],
  'manageNotificationPreferences:PROVIDER': [SET_PREFERENCES(`PROVIDER#${THEIR_PROVIDER}`)],
};

const substitute = (query: string): string =>
  query.replace(
    /\$(assignment|report|reportFile|application|draft|project)\b/g,
    (_, key: string) => their[key as keyof typeof their],
  );

async function outcomeOf(as: string, probe: Probe): Promise<Outcome> {
  const variables = (await probe.variables?.()) ?? {};
  const { body } = await api.query(substitute(probe.query), { token: tokens[as], variables });
  const codes = (body.errors ?? []).map((error) => String(error.extensions?.['code']));
  const refusal = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].find((code) => codes.includes(code));
  if (refusal !== undefined) return refusal;
  if (codes.length > 0) return codes[0] ?? 'ERROR';
  if (probe.leaks) return probe.leaks(body.data ?? {}) ? 'LEAKED' : 'absent';
  return 'ANSWERED';
}

describe('authorization over HTTP: every other-row cell (a scoped role on a row outside its scope)', () => {
  it('has probes for every scoped grant in OPERATION_RULES, and for nothing else', () => {
    const covered = new Set([...Object.keys(PROBES), ...REGISTRATION_CELLS]);
    expect([...covered].sort()).toEqual([...SCOPED_CELLS].sort());
  });

  const cases = Object.entries(PROBES).flatMap(([cell, probes]) =>
    probes.map((probe) => ({ cell, role: cell.split(':')[1] as ScopedRole, probe, label: probe.label })),
  );

  it.each(cases)('$cell: $label → refused', async ({ cell, role, probe }) => {
    const before = probe.write ? await tableSnapshot(api.table) : '';
    const outcome = await outcomeOf(role, probe);
    expect({ cell, probe: probe.label, outcome }).toEqual({
      cell,
      probe: probe.label,
      outcome: probe.expected,
    });
    const after = probe.write ? await tableSnapshot(api.table) : '';
    expect(after).toBe(before);
  });

  // Issue 16's decision for registration (REGISTRATION above): their registered code answers exactly as
  // ours does, and nothing is written; a code no one holds is what tells the two apart, as it must.
  it.each(REGISTRATION_CELLS)(
    '%s: a code another town keeps answers as a code our town keeps (one CONFLICT), writing nothing',
    async (cell) => {
      const registration = REGISTRATION[cell.split(':')[0] as keyof typeof REGISTRATION];
      const answer = async (asked: (typeof REGISTRATION)[keyof typeof REGISTRATION], creditCode: string) => {
        const { body } = await api.query(asked.query, {
          token: tokens['TOWN_OFFICER'],
          variables: asked.variables(creditCode),
        });
        return asked.message(body)?.replace(creditCode, '<code>');
      };
      const before = await tableSnapshot(api.table);
      const theirs = await answer(registration, THEIR_CODE);
      // Our town's registered code, registered again: the answer any registered code must get.
      const ours = await answer(REGISTRATION.createEnterprise, OUR_CODE);
      expect(await tableSnapshot(api.table)).toBe(before);
      expect(ours).toMatch(/^CONFLICT: enterprise <code> is already registered in the programme/);
      expect(theirs).toBe(ours);
      expect(theirs).not.toMatch(/金泽|JINZE|scope/i);
    },
  );

  // The probes aim at rows that exist, with queries that work: the commission, which sees every row, gets
  // them. A refusal above is about scope, not a typo.
  const reads = cases.filter(({ probe }) => probe.write !== true);
  it.each(reads)('control: $cell: $label, asked by the commission, answers', async ({ cell, probe }) => {
    const outcome = await outcomeOf('commission', probe);
    expect({ cell, probe: probe.label, outcome }).toEqual({
      cell,
      probe: probe.label,
      outcome: probe.leaks ? 'LEAKED' : 'ANSWERED',
    });
  });
});
