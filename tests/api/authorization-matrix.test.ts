import { localImports } from '../../local/local-import-queue.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '#domain/identity/principal';
import type { Role } from '#domain/identity/principal';
import { createAppServices } from '#graphql/app-services';
import type { AppServices } from '#graphql/context';
import { systemClock } from '#domain/clock';
import { registerExpert } from '#use-cases/applications/review';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { createProvider } from '#use-cases/registry/provider-commands';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { testFileStore } from '../support/files.ts';
import { systemWaitableClock } from '#domain/waitable-clock';
import { localWorkflow } from '../../local/workflow/local-workflow-engine.ts';
import { ASSIGN, dateIn, DRAFT, ProgrammeDriver, PROVIDER_INPUT } from '../support/programme.ts';
import { enterpriseInput, user } from '../support/registry.ts';
import { demoCreditCode } from '../../local/demo-data.ts';
import { MovableClock } from '../../local/movable-clock.ts';
import { policyDraftInput } from '../support/policy.ts';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];
const OWN_CODE = '913101180DM95UY1CJ'; // the enterprise user's own enterprise, in Zhujiajiao
const OTHER_CODE = '91310118QT56L02F4T'; // an enterprise of Jinze
const PROVIDER_CODE = '91330100716105852F';
const PROVIDER_ID = `PRV-${PROVIDER_CODE}`;
const OTHER_PROVIDER_ID = 'PRV-914403001922038216';
const SECOND_CODE = '91310118CGG2RWLDKB'; // a second enterprise of Zhujiajiao, planned but not yet diagnosed

let api: TestApi;
let app: AppServices;
const tokens = new Map<Caller, string | undefined>();

beforeAll(async () => {
  // A movable clock, as `npm start` runs on: clock control is among the operations walked below.
  api = await startTestApi('development', new MovableClock(new Date()));
  app = createAppServices({
    mode: 'development',
    dynamo: api.table.client,
    tableName: api.table.tableName,
    clock: systemClock,
    files: testFileStore(),
    workflow: localWorkflow(systemWaitableClock, () => undefined),
    imports: localImports(() => undefined),
  });
  const commission = user('ECONOMIC_COMMISSION');
  await createEnterprise(commission, enterpriseInput({ creditCode: OWN_CODE }), app);
  await createEnterprise(
    commission,
    enterpriseInput({ creditCode: OTHER_CODE, town: 'JINZE', name: '上海金泽某公司' }),
    app,
  );
  const provider = { name: '上海智造诊断咨询有限公司', ...PROVIDER_INPUT };
  await createProvider(commission, { ...provider, creditCode: PROVIDER_CODE }, app);
  await createProvider(
    commission,
    { ...provider, creditCode: '914403001922038216', name: '深圳某咨询公司' },
    app,
  );
  for (const caller of CALLERS) {
    tokens.set(
      caller,
      caller === 'ANONYMOUS'
        ? undefined
        : await api.token({
            userId: `matrix-${caller}`,
            role: caller,
            town: caller === 'TOWN_OFFICER' ? 'ZHUJIAJIAO' : undefined,
            creditCode: caller === 'ENTERPRISE' ? OWN_CODE : undefined,
            providerId: caller === 'PROVIDER' ? PROVIDER_ID : undefined,
            body: caller === 'JOINT_REVIEWER' ? 'DRC' : undefined,
          }),
    );
  }
  await programmeFixtures();
}, 120_000);
afterAll(async () => api.close());

/** Records of the diagnosis programme that belong to the callers' own scope (their enterprise, town, provider). */
const fixture = {
  assignment: '',
  pendingAssignment: '',
  report: '',
  reportFile: '',
  notice: '',
  diagnosisNotice: '',
  application: '',
  pendingFile: '',
};

async function programmeFixtures(): Promise<void> {
  const driver = new ProgrammeDriver(api, 2026, PROVIDER_ID, {
    commission: tokens.get('ECONOMIC_COMMISSION'),
    provider: tokens.get('PROVIDER'),
    enterprise: tokens.get('ENTERPRISE'),
  });
  await createEnterprise(
    user('ECONOMIC_COMMISSION'),
    enterpriseInput({ creditCode: SECOND_CODE, name: '上海朱家角第二公司' }),
    app,
  );
  await driver.plan([OWN_CODE, SECOND_CODE]);
  await registerExpert(
    user('ECONOMIC_COMMISSION'),
    { expertId: 'matrix-EXPERT', name: '矩阵专家', specialty: '测试', affiliations: [] },
    app,
  );
  const report = await driver.diagnose(OWN_CODE);
  await driver.confirm('enterprise', report);
  const pending = await driver.ok<{ id: string }>('commission', ASSIGN, {
    input: { year: 2026, creditCode: SECOND_CODE, providerId: PROVIDER_ID, deadline: dateIn(30) },
  });
  const reportFile = await driver.ok<{ reportFile: { id: string } }>(
    'commission',
    `{ diagnosisReport(id: "${report.id}") { reportFile { id } } }`,
  );
  fixture.notice = await driver.notice('IMPLEMENTATION_REWARD', 0, []);
  fixture.diagnosisNotice = await driver.notice('DIAGNOSIS_REWARD', 0, []);
  const application = await driver.ok<{ id: string }>('enterprise', DRAFT, {
    input: {
      noticeId: fixture.notice,
      reportId: report.id,
      requestedAmountFen: 5_000_000,
      investment: { totalInvestmentFen: 90_000_000, description: '产线改造' },
    },
  });
  const pendingFile = await driver.ok<{ attachment: { id: string } }>(
    'enterprise',
    'mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { attachment { id } } }',
    {
      input: {
        ownerType: 'APPLICATION',
        ownerId: application.id,
        purpose: 'INVESTMENT_EVIDENCE',
        fileName: 'evidence.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
      },
    },
  );
  Object.assign(fixture, {
    assignment: report.assignmentId,
    pendingAssignment: pending.id,
    report: report.id,
    reportFile: reportFile.reportFile.id,
    application: application.id,
    pendingFile: pendingFile.attachment.id,
  });
}

const csvHeader =
  '统一社会信用代码,企业名称,所属街镇,注册地址,实际经营地在青浦,财税户管地在青浦,独立承担民事责任,运行管理规范,经营状态,财务制度健全,信用记录,法定代表人';

/** A complete year in the calendar file format, marked as test data (R6.4.4). */
const CALENDAR_2035 = {
  year: 2035,
  testData: true,
  notice: { title: '测试数据', publishedOn: '2034-11-01', url: 'https://example.invalid/2035' },
  festivals: Object.entries({
    NEW_YEARS_DAY: '01-01',
    SPRING_FESTIVAL: '02-08',
    QINGMING: '04-05',
    LABOUR_DAY: '05-01',
    DRAGON_BOAT: '06-11',
    MID_AUTUMN: '09-17',
    NATIONAL_DAY: '10-01',
  }).map(([festival, day]) => ({ festival, holidays: [`2035-${day}`] })),
};

/** One example call of every root field, valid for a caller who is allowed to make it. */
type Example = { query: string; variables?: Record<string, unknown> };
const OPERATIONS: Record<string, (caller: Caller, index: number) => Example | Promise<Example>> = {
  health: () => ({ query: '{ health { status } }' }),
  version: () => ({ query: '{ version { version } }' }),
  me: () => ({ query: '{ me { role } }' }),
  towns: () => ({ query: '{ towns { code } }' }),
  enterprises: () => ({ query: '{ enterprises(first: 5) { edges { node { creditCode } } } }' }),
  enterprise: () => ({ query: `{ enterprise(creditCode: "${OWN_CODE}") { name } }` }),
  createEnterprise: (_caller, index) => ({
    query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    variables: { input: enterpriseInput({ creditCode: demoCreditCode(9000 + index) }) },
  }),
  updateEnterprise: async (caller) => ({
    query: 'mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { version } }',
    variables: {
      input: {
        creditCode: OWN_CODE,
        version: (await app.enterprises.get(OWN_CODE))?.version,
        contacts: [{ name: `联系人${caller}` }],
      },
    },
  }),
  importEnterprises: (_caller, index) => ({
    query: 'mutation($csv: String!) { importEnterprises(csv: $csv) { created errors { line } } }',
    variables: {
      csv: `${csvHeader}\n${demoCreditCode(9500 + index)},上海导入测试${index}有限公司,朱家角镇,上海市青浦区朱家角镇1号,是,是,是,是,正常,是,良好,王伟`,
    },
  }),
  providers: () => ({ query: '{ providers(first: 5) { edges { node { id } } } }' }),
  provider: () => ({ query: `{ provider(id: "${PROVIDER_ID}") { name } }` }),
  createProvider: (_caller, index) => ({
    query: 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }',
    variables: {
      input: {
        creditCode: demoCreditCode(9800 + index, '310104'),
        name: `上海矩阵测试咨询${index}有限公司`,
        onRoster: false,
        independentLiability: true,
        wellManaged: true,
        businessStatus: 'NORMAL',
        soundFinancialRecords: true,
        creditStanding: 'GOOD',
      },
    },
  }),
  updateProvider: async (caller) => ({
    query: 'mutation($input: UpdateProviderInput!) { updateProvider(input: $input) { version } }',
    variables: {
      input: {
        id: PROVIDER_ID,
        version: (await app.providers.get(PROVIDER_ID))?.version,
        contacts: [{ name: `联系人${caller}` }],
      },
    },
  }),
  auditTrail: () => ({
    query: `{ auditTrail(entityId: "${OWN_CODE}") { edges { node { operation } } } }`,
  }),
  auditRecords: (caller) => ({
    query:
      'query($actorId: String) { auditRecords(filter: { actorId: $actorId }) { edges { node { operation } } } }',
    variables: { actorId: `matrix-${caller}` },
  }),
  exportAuditRecords: () => ({
    query:
      'mutation { exportAuditRecords(input: { filter: { from: "2026-12-01", to: "2026-12-01" }, format: CSV }) { rowCount } }',
  }),
  policyVersions: () => ({ query: '{ policyVersions { id diagnosisRewardFen } }' }),
  draftPolicyVersion: (_caller, index) => ({
    query: 'mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { id } }',
    variables: { input: policyDraftInput({ id: `QP-MATRIX-${index}` }) },
  }),
  publishPolicyVersion: () => ({
    query: 'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { id } }',
    variables: { input: { id: 'QP-NONE', version: 1 } },
  }),
  intentionPool: () => ({ query: '{ intentionPool(year: 2026) { edges { node { id } } } }' }),
  diagnosisPlan: () => ({ query: '{ diagnosisPlan(year: 2026) { status } }' }),
  diagnosisAssignments: () => ({
    query: '{ diagnosisAssignments(year: 2026) { edges { node { id overdue } } } }',
  }),
  overdueAssignmentCounts: () => ({
    query: '{ overdueAssignmentCounts(year: 2026) { providerId overdue } }',
  }),
  diagnosisAssignment: () => ({ query: `{ diagnosisAssignment(id: "${fixture.assignment}") { status } }` }),
  diagnosisReports: () => ({ query: '{ diagnosisReports(year: 2026) { edges { node { id } } } }' }),
  diagnosisReport: () => ({ query: `{ diagnosisReport(id: "${fixture.report}") { status } }` }),
  attachment: () => ({ query: `{ attachment(id: "${fixture.reportFile}") { status } }` }),
  applicationNotices: () => ({ query: '{ applicationNotices { edges { node { id } } } }' }),
  applications: () => ({ query: '{ applications { edges { node { id } } } }' }),
  application: () => ({ query: `{ application(id: "${fixture.application}") { status } }` }),
  addIntentionEntry: () => ({
    query: 'mutation($input: IntentionEntryInput!) { addIntentionEntry(input: $input) { id } }',
    variables: {
      input: {
        year: 2027,
        creditCode: OWN_CODE,
        contactName: '李',
        contactPhone: '021-59701234',
        needs: '诊断',
      },
    },
  }),
  createDiagnosisPlan: () => ({
    query: 'mutation($input: CreateDiagnosisPlanInput!) { createDiagnosisPlan(input: $input) { id } }',
    variables: { input: { year: 2027, entries: [{ creditCode: OWN_CODE, targetDate: '2027-06-30' }] } },
  }),
  publishDiagnosisPlan: () => ({
    query: 'mutation { publishDiagnosisPlan(year: 2027, version: 1) { status } }',
  }),
  amendDiagnosisPlan: () => ({
    query: 'mutation($input: AmendDiagnosisPlanInput!) { amendDiagnosisPlan(input: $input) { version } }',
    variables: { input: { year: 2027, version: 2, remove: [OWN_CODE] } },
  }),
  assignProvider: () => ({
    query: ASSIGN,
    variables: { input: { year: 2026, creditCode: OWN_CODE, providerId: PROVIDER_ID, deadline: dateIn(20) } },
  }),
  respondToAssignment: () => ({
    query: 'mutation($input: RespondToAssignmentInput!) { respondToAssignment(input: $input) { status } }',
    variables: { input: { assignmentId: fixture.pendingAssignment, version: 1, accept: true } },
  }),
  reassignProvider: () => ({
    query: 'mutation($input: ReassignProviderInput!) { reassignProvider(input: $input) { id } }',
    variables: {
      input: {
        assignmentId: fixture.pendingAssignment,
        version: 2,
        providerId: PROVIDER_ID,
        deadline: dateIn(40),
      },
    },
  }),
  requestAttachmentUpload: () => ({
    query:
      'mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { attachment { id } } }',
    variables: {
      input: {
        ownerType: 'APPLICATION',
        ownerId: fixture.application,
        purpose: 'INVESTMENT_EVIDENCE',
        fileName: 'evidence.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256Base64: 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
      },
    },
  }),
  completeAttachmentUpload: () => ({
    query: `mutation { completeAttachmentUpload(id: "${fixture.pendingFile}") { status } }`,
  }),
  submitDiagnosisReport: () => ({
    query: 'mutation($input: SubmitDiagnosisReportInput!) { submitDiagnosisReport(input: $input) { id } }',
    variables: {
      input: {
        assignmentId: fixture.assignment,
        summary: '重复提交的报告摘要',
        recommendedMeasures: ['x'],
        estimatedInvestmentFen: 1,
        reportAttachmentId: fixture.reportFile,
      },
    },
  }),
  confirmDiagnosisReport: () => ({
    query:
      'mutation($input: ConfirmDiagnosisReportInput!) { confirmDiagnosisReport(input: $input) { status } }',
    variables: {
      input: {
        reportId: fixture.report,
        version: 2,
        principalName: '王建国',
        signedPageAttachmentId: fixture.reportFile,
      },
    },
  }),
  recordFollowUp: async () => ({
    query: 'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { version } }',
    variables: {
      input: {
        reportId: fixture.report,
        version: (await app.programme.get('DiagnosisReport', fixture.report))?.version,
        continuing: true,
        note: '继续合作实施',
      },
    },
  }),
  publishApplicationNotice: () => ({
    query:
      'mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id } }',
    variables: {
      input: {
        programme: 'DIAGNOSIS_REWARD',
        title: '诊断奖励申报',
        eligibleApplicants: '入库服务商',
        requiredMaterials: [],
        opensAt: '2026-12-01T09:00:00+08:00',
        closesAt: '2026-12-31T17:00:00+08:00',
        planYear: 2026,
      },
    },
  }),
  // Each applies for its own reward: the provider for the diagnosis reward, the enterprise for implementation.
  draftApplication: (caller) => ({
    query: DRAFT,
    variables: {
      input: {
        noticeId: caller === 'PROVIDER' ? fixture.diagnosisNotice : fixture.notice,
        reportId: fixture.report,
      },
    },
  }),
  updateApplicationDraft: async () => ({
    query:
      'mutation($input: UpdateApplicationDraftInput!) { updateApplicationDraft(input: $input) { version } }',
    variables: {
      input: {
        id: fixture.application,
        version: (await app.programme.get('Application', fixture.application))?.version,
        requestedAmountFen: 6_000_000,
      },
    },
  }),
  submitApplication: async () => ({
    query: 'mutation($input: ApplicationVersionInput!) { submitApplication(input: $input) { status } }',
    variables: {
      input: {
        id: fixture.application,
        version: (await app.programme.get('Application', fixture.application))?.version,
      },
    },
  }),
  withdrawApplication: () => ({
    query: 'mutation($input: ApplicationVersionInput!) { withdrawApplication(input: $input) { status } }',
    variables: { input: { id: fixture.application, version: 1 } },
  }),
  acceptApplication: async () => ({
    query: 'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
    variables: {
      input: {
        id: fixture.application,
        version: (await app.programme.get('Application', fixture.application))?.version,
      },
    },
  }),
  returnApplication: () => ({
    query: 'mutation($input: ReturnApplicationInput!) { returnApplication(input: $input) { status } }',
    variables: { input: { id: fixture.application, version: 1, reason: '材料不全' } },
  }),
  publicity: () => ({ query: '{ publicity { edges { node { projectId } } } }' }),
  projects: () => ({ query: '{ projects(stage: IN_PUBLICITY) { edges { node { id } } } }' }),
  project: () => ({ query: '{ project(id: "PRJ-none") { id } }' }),
  objections: () => ({ query: '{ objections(projectId: "PRJ-none") { edges { node { id } } } }' }),
  disbursementDocuments: () => ({ query: '{ disbursementDocuments { edges { node { id } } } }' }),
  proposeProject: () => ({
    query: 'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }',
    variables: { input: { applicationId: 'APP-none', proposedAmountFen: 100 } },
  }),
  proposeProjects: () => ({
    query: 'mutation($input: ProposeProjectsInput!) { proposeProjects(input: $input) { id } }',
    variables: { input: { items: [{ applicationId: 'APP-none', proposedAmountFen: 100 }] } },
  }),
  signOffProject: () => ({
    query: 'mutation($input: SignOffProjectInput!) { signOffProject(input: $input) { id } }',
    variables: { input: { projectId: 'PRJ-none', version: 1 } },
  }),
  fileObjection: () => ({
    query: 'mutation($input: FileObjectionInput!) { fileObjection(input: $input) { received } }',
    variables: {
      input: {
        projectId: 'PRJ-none',
        objectorName: '张三',
        objectorContact: '13800000000',
        reason: '异议理由十个字以上。',
      },
    },
  }),
  screenObjection: () => ({
    query: 'mutation($input: ScreenObjectionInput!) { screenObjection(input: $input) { id } }',
    variables: {
      input: {
        objectionId: 'OBJ-none',
        version: 1,
        admissible: false,
        reasonCode: 'UNREACHABLE_CONTACT',
        reason: '电话无法接通',
      },
    },
  }),
  settleObjection: () => ({
    query: 'mutation($input: SettleObjectionInput!) { settleObjection(input: $input) { id } }',
    variables: { input: { objectionId: 'OBJ-none', version: 2, outcome: 'DISMISSED', finding: '不成立' } },
  }),
  recordInvestigation: () => ({
    query: 'mutation($input: RecordInvestigationInput!) { recordInvestigation(input: $input) { id } }',
    variables: { input: { projectId: 'PRJ-none', version: 1, upheld: false, finding: '不成立' } },
  }),
  resumeProject: () => ({
    query: 'mutation($input: ResumeProjectInput!) { resumeProject(input: $input) { id } }',
    variables: { input: { projectId: 'PRJ-none', version: 1, reason: '2027年安排已载入' } },
  }),
  deliberate: () => ({
    query: 'mutation($input: DeliberateInput!) { deliberate(input: $input) { id } }',
    variables: { input: { projectId: 'PRJ-none', version: 1, approved: true, reason: '同意' } },
  }),
  draftDisbursementDocument: () => ({
    query:
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id } }',
    variables: { input: { projectIds: ['PRJ-none'] } },
  }),
  countersignDisbursementDocument: () => ({
    query: 'mutation { countersignDisbursementDocument(id: "DOC-none", version: 1) { id } }',
  }),
  experts: () => ({ query: '{ experts { id } }' }),
  registerExpert: () => ({
    query: 'mutation($input: RegisterExpertInput!) { registerExpert(input: $input) { id } }',
    variables: { input: { expertId: 'expert-x', name: '专家X', specialty: '测试', affiliations: [] } },
  }),
  preliminaryReview: async () => ({
    query: 'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { version } }',
    variables: {
      input: {
        applicationId: fixture.application,
        version: (await app.programme.get('Application', fixture.application))?.version,
        passed: true,
        reasons: '材料齐全',
      },
    },
  }),
  refuseApplication: () => ({
    query: 'mutation($input: RefuseApplicationInput!) { refuseApplication(input: $input) { version } }',
    variables: { input: { applicationId: 'APP-none', version: 1, reasons: '不符合条件' } },
  }),
  assignExpert: async () => ({
    query: 'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
    variables: {
      input: {
        applicationId: fixture.application,
        version: (await app.programme.get('Application', fixture.application))?.version,
        expertId: 'matrix-EXPERT',
      },
    },
  }),
  declareConflict: () => ({
    query: 'mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { declared } }',
    variables: { input: { applicationId: fixture.application, version: 1, reason: '利益相关' } },
  }),
  recordExpertReview: () => ({
    query: 'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }',
    variables: { input: { applicationId: fixture.application, version: 1, score: 80, opinion: '意见' } },
  }),
  overdueStages: () => ({ query: '{ overdueStages { id } }' }),
  calendarYears: () => ({ query: '{ calendarYears { year source package } }' }),
  loadHolidayArrangement: () => ({
    query: 'mutation($input: HolidayArrangementInput!) { loadHolidayArrangement(input: $input) { outcome } }',
    variables: { input: CALENDAR_2035 },
  }),
  budget: () => ({ query: '{ budget(fiscalYear: 2031) { amountFen } }' }),
  programmeStatistics: () => ({
    query: '{ programmeStatistics(fiscalYear: 2026, by: TOWN) { totals { count } } }',
  }),
  certificationImport: () => ({ query: '{ certificationImport(id: "IMP-none") { id } }' }),
  certificationImports: () => ({ query: '{ certificationImports { edges { node { id } } } }' }),
  certifications: () => ({ query: `{ certifications(creditCode: "${OWN_CODE}") { id } }` }),
  benchmarkStanding: () => ({ query: `{ benchmarkStanding(creditCode: "${OWN_CODE}") { highestTier } }` }),
  paymentBatches: () => ({ query: '{ paymentBatches { edges { cursor } } }' }),
  paymentBatch: () => ({ query: '{ paymentBatch(id: "BATCH-none") { id } }' }),
  payments: () => ({ query: '{ payments(status: READY) { edges { cursor } } }' }),
  fraudFindings: () => ({ query: '{ fraudFindings { edges { cursor } } }' }),
  reconciliation: () => ({ query: '{ reconciliation(fiscalYear: 2031) { mismatches } }' }),
  // Nothing is ready to pay in the matrix: past authorization the batch is refused by R6.6.
  createPaymentBatch: (caller) => ({
    query: 'mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id } }',
    variables: { input: { idempotencyKey: `matrix-${caller}-batch` } },
  }),
  submitPaymentBatch: () => ({
    query: 'mutation { submitPaymentBatch(id: "BATCH-none", version: 1) { id } }',
  }),
  recordPaymentResult: (caller) => ({
    query: 'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { id } }',
    variables: {
      input: {
        idempotencyKey: `matrix-${caller}-result`,
        paymentId: 'PAY-none',
        result: { paid: false, reason: '退回' },
      },
    },
  }),
  uploadPaymentResults: (caller) => ({
    query: 'mutation($input: UploadPaymentResultsInput!) { uploadPaymentResults(input: $input) { applied } }',
    variables: {
      input: { idempotencyKey: `matrix-${caller}-file`, batchId: 'BATCH-none', attachmentId: 'FILE-none' },
    },
  }),
  cancelPayment: () => ({
    query: 'mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { id } }',
    variables: { input: { paymentId: 'PAY-none', version: 1, reason: '重复拨付需取消' } },
  }),
  recordFraudFinding: () => ({
    query: 'mutation($input: RecordFraudFindingInput!) { recordFraudFinding(input: $input) { id } }',
    variables: {
      input: {
        projectId: 'PRJ-none',
        evidence: '证据材料不少于十个字。',
        decidedOn: '2026-01-05',
        serious: false,
        principalName: '王主要',
      },
    },
  }),
  releaseHeldPayment: () => ({
    query: 'mutation($input: ReleaseHeldPaymentInput!) { releaseHeldPayment(input: $input) { id } }',
    variables: { input: { paymentId: 'PAY-none', version: 1, reason: '经核查与违规无关' } },
  }),
  bans: () => ({ query: '{ bans { edges { node { findingId until } } } }' }),
  recordRecovery: () => ({
    query: 'mutation($input: RecordRecoveryInput!) { recordRecovery(input: $input) { id } }',
    variables: { input: { findingId: 'FRAUD-none', amountFen: 100, recoveredOn: '2026-01-05' } },
  }),
  // Past authorization the missing attachment is refused as input (BAD_USER_INPUT).
  importCertifications: () => ({
    query: 'mutation { importCertifications(input: { attachmentId: "FILE-none" }) { id } }',
  }),
  setBudget: () => ({
    query: 'mutation { setBudget(input: { fiscalYear: 2031, amountFen: 100 }) { amountFen } }',
  }),
  localClock: () => ({ query: '{ localClock { now speed } }' }),
  // Past authorization a move back is refused as input (BAD_USER_INPUT): the matrix never moves the clock.
  moveLocalClock: () => ({
    query: 'mutation { moveLocalClock(input: { to: "2000-01-01T00:00:00+08:00" }) { now } }',
  }),
  overrideBudget: () => ({
    query: 'mutation($input: OverrideBudgetInput!) { overrideBudget(input: $input) { version } }',
    variables: { input: { fiscalYear: 2032, projectId: 'PRJ-none', reason: '特殊情况说明' } },
  }),
  // Issue 17: a recipient reads its own (the commission names one); each sets only its own.
  notifications: (caller) => ({
    query:
      'query($recipient: String) { notifications(recipient: $recipient, first: 5) { edges { node { id } } } }',
    variables: caller === 'ECONOMIC_COMMISSION' ? { recipient: `ENTERPRISE#${OWN_CODE}` } : {},
  }),
  notificationPreferences: (caller) => ({
    query: 'query($recipient: String) { notificationPreferences(recipient: $recipient) { channels } }',
    variables: caller === 'ECONOMIC_COMMISSION' ? { recipient: `ENTERPRISE#${OWN_CODE}` } : {},
  }),
  setNotificationPreferences: () => ({
    query:
      'mutation($input: SetNotificationPreferencesInput!) { setNotificationPreferences(input: $input) { channels } }',
    variables: { input: { channels: ['INBOX', 'EMAIL'], mutedKinds: [] } },
  }),
};

const SIGNED_IN = ROLES;
const EC = 'ECONOMIC_COMMISSION';
const READERS: readonly Caller[] = [EC, 'JOINT_REVIEWER', 'FINANCE', 'PROMOTION_OFFICE'];

/** Who may call what, from the issue: town officers keep their towns, subjects see themselves, anonymous gets liveness. */
const ALLOWED: Record<keyof typeof OPERATIONS, readonly Caller[]> = {
  health: CALLERS,
  version: SIGNED_IN,
  me: SIGNED_IN,
  towns: SIGNED_IN,
  enterprises: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  enterprise: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  createEnterprise: [EC, 'TOWN_OFFICER'],
  updateEnterprise: [EC, 'TOWN_OFFICER', 'ENTERPRISE'],
  importEnterprises: [EC, 'TOWN_OFFICER'],
  providers: [...READERS, 'TOWN_OFFICER', 'PROVIDER'],
  provider: [...READERS, 'TOWN_OFFICER', 'PROVIDER'],
  createProvider: [EC],
  updateProvider: [EC, 'PROVIDER'],
  auditTrail: [EC],
  auditRecords: [EC],
  exportAuditRecords: [EC],
  policyVersions: SIGNED_IN,
  draftPolicyVersion: [EC],
  publishPolicyVersion: [EC],
  intentionPool: [EC, 'TOWN_OFFICER'],
  diagnosisPlan: [...READERS, 'TOWN_OFFICER'],
  diagnosisAssignments: [EC, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  overdueAssignmentCounts: [EC],
  diagnosisAssignment: [EC, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  diagnosisReports: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  diagnosisReport: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  attachment: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  applicationNotices: SIGNED_IN,
  applications: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE', 'EXPERT'],
  application: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  addIntentionEntry: [EC, 'TOWN_OFFICER'],
  createDiagnosisPlan: [EC],
  publishDiagnosisPlan: [EC],
  amendDiagnosisPlan: [EC],
  assignProvider: [EC],
  respondToAssignment: ['PROVIDER'],
  reassignProvider: [EC],
  requestAttachmentUpload: [EC, 'ENTERPRISE'],
  completeAttachmentUpload: [EC, 'ENTERPRISE'],
  submitDiagnosisReport: ['PROVIDER'],
  confirmDiagnosisReport: ['ENTERPRISE'],
  recordFollowUp: [EC, 'TOWN_OFFICER'],
  publishApplicationNotice: [EC],
  draftApplication: ['PROVIDER', 'ENTERPRISE'],
  updateApplicationDraft: ['ENTERPRISE'],
  submitApplication: ['ENTERPRISE'],
  withdrawApplication: ['ENTERPRISE'],
  acceptApplication: ['TOWN_OFFICER'],
  returnApplication: ['TOWN_OFFICER'],
  publicity: CALLERS,
  projects: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  project: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  objections: [EC],
  disbursementDocuments: READERS,
  // R3.1.1: the commission proposes (policy operation proposeForSupport; readExpertReviews only reads the
  // experts' evaluations); the other member bodies sign off through joint reviewers.
  proposeProject: [EC],
  proposeProjects: [EC],
  signOffProject: ['JOINT_REVIEWER'],
  // R6.4, R6.4.3: anyone files (anonymous callers too); only the commission screens and settles.
  fileObjection: CALLERS,
  screenObjection: [EC],
  settleObjection: [EC],
  recordInvestigation: [EC],
  deliberate: ['PROMOTION_OFFICE'],
  resumeProject: [EC],
  draftDisbursementDocument: [EC],
  countersignDisbursementDocument: ['FINANCE'],
  experts: [EC],
  registerExpert: [EC],
  preliminaryReview: [EC],
  refuseApplication: [EC],
  assignExpert: [EC],
  // The commission assigned this matrix's expert above (assignExpert runs first): only that expert may act.
  declareConflict: ['EXPERT'],
  recordExpertReview: ['EXPERT'],
  overdueStages: [...READERS, 'TOWN_OFFICER', 'PROVIDER', 'ENTERPRISE'],
  calendarYears: SIGNED_IN,
  loadHolidayArrangement: [EC],
  budget: [EC, 'FINANCE'],
  // Issue 17: the commission's statistics; a town officer's are its own town's.
  programmeStatistics: [EC, 'TOWN_OFFICER'],
  setBudget: [EC, 'FINANCE'],
  overrideBudget: [EC],
  certificationImport: [EC, 'FINANCE'],
  certificationImports: [EC, 'FINANCE'],
  certifications: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  benchmarkStanding: [...READERS, 'TOWN_OFFICER', 'ENTERPRISE'],
  importCertifications: [EC],
  paymentBatches: [EC, 'FINANCE'],
  paymentBatch: [EC, 'FINANCE'],
  payments: [EC, 'FINANCE'],
  fraudFindings: [EC, 'FINANCE'],
  reconciliation: [EC, 'FINANCE'],
  createPaymentBatch: ['FINANCE'],
  submitPaymentBatch: ['FINANCE'],
  recordPaymentResult: ['FINANCE'],
  uploadPaymentResults: ['FINANCE'],
  cancelPayment: [EC],
  recordFraudFinding: [EC],
  recordRecovery: [EC, 'FINANCE'],
  releaseHeldPayment: [EC],
  bans: [...READERS, 'TOWN_OFFICER'],
  localClock: [EC],
  moveLocalClock: [EC],
  notifications: [EC, 'TOWN_OFFICER', 'ENTERPRISE', 'PROVIDER'],
  notificationPreferences: [EC, 'TOWN_OFFICER', 'ENTERPRISE', 'PROVIDER'],
  setNotificationPreferences: ['TOWN_OFFICER', 'ENTERPRISE', 'PROVIDER'],
};

/**
 * Examples aimed at a row that does not exist: a caller past authorization learns it is missing
 * (NOT_FOUND), a caller without the grant is refused before anything is looked up (FORBIDDEN).
 */
const MISSING_ROW: readonly (keyof typeof OPERATIONS)[] = [
  'project',
  'proposeProject',
  'proposeProjects',
  'signOffProject',
  'fileObjection',
  'screenObjection',
  'settleObjection',
  'recordInvestigation',
  'deliberate',
  'resumeProject',
  'draftDisbursementDocument',
  'countersignDisbursementDocument',
  'overrideBudget',
  'budget',
  'certificationImport',
  'publishPolicyVersion',
  'refuseApplication',
  'paymentBatch',
  'submitPaymentBatch',
  'recordPaymentResult',
  'uploadPaymentResults',
  'cancelPayment',
  'recordFraudFinding',
  'recordRecovery',
  'releaseHeldPayment',
];

/**
 * Callers whose role is granted the operation but who are outside this particular row's scope: they
 * learn nothing about it (NOT_FOUND), as for a record that does not exist. The fixture application is the
 * enterprise's own, so the provider, whose grant covers only applications it made itself, cannot see it.
 */
const OUT_OF_SCOPE: Partial<Record<keyof typeof OPERATIONS, readonly Caller[]>> = {
  // Experts read applications assigned to them only (R6.3); none of these is.
  application: ['PROVIDER', 'EXPERT'],
  attachment: ['EXPERT'],
  updateApplicationDraft: ['PROVIDER'],
  submitApplication: ['PROVIDER'],
  withdrawApplication: ['PROVIDER'],
  // Files of the enterprise's application: another provider's write answers as if it did not exist (issue 16).
  requestAttachmentUpload: ['PROVIDER'],
  completeAttachmentUpload: ['PROVIDER'],
};

describe('authorization matrix over HTTP: every caller × every query and mutation', () => {
  it('covers every root field of the schema', async () => {
    const { body } = await api.query(
      '{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }',
    );
    const fields = ['q', 'm'].flatMap((root) =>
      (body.data?.[root] as { fields: { name: string }[] }).fields.map((field) => field.name),
    );
    expect(fields.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  const cases = Object.keys(OPERATIONS).flatMap((field) =>
    CALLERS.map((caller, index) => ({
      field,
      caller,
      index,
      allowed: ALLOWED[field]?.includes(caller) ?? false,
    })),
  );

  it.each(cases)('$caller → $field: allowed=$allowed', async ({ field, caller, index, allowed }) => {
    const operation = OPERATIONS[field];
    if (!operation) throw new Error(`no example for ${field}`);
    const { query, variables } = await operation(caller, index);
    const { body } = await api.query(query, {
      token: tokens.get(caller),
      ...(variables ? { variables } : {}),
    });
    const codes = (body.errors ?? []).map((error) => String(error.extensions?.['code']));
    // Past authorization a call may still be refused by a policy or input rule (a second plan for the year,
    // a report already confirmed): that is "allowed" here. Only the refusals of authorization count.
    const outcome =
      ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR'].find((code) =>
        codes.includes(code),
      ) ?? 'allowed';
    const expected = allowed
      ? MISSING_ROW.includes(field)
        ? 'NOT_FOUND'
        : 'allowed'
      : OUT_OF_SCOPE[field]?.includes(caller)
        ? 'NOT_FOUND'
        : 'FORBIDDEN';
    expect({ field, caller, outcome }).toEqual({ field, caller, outcome: expected });
  });
});

const everything = {
  enterpriseTowns: ['JINZE', 'ZHUJIAJIAO'],
  seesOwnEnterprise: true,
  seesOtherEnterprise: true,
  providers: [PROVIDER_ID, OTHER_PROVIDER_ID],
  providerCount: 3, // the two above and the one the commission created in the matrix
};
const nothing: {
  enterpriseTowns: string[];
  seesOwnEnterprise: boolean;
  seesOtherEnterprise: boolean;
  providers: string[];
  providerCount: number;
} = {
  enterpriseTowns: [],
  seesOwnEnterprise: false,
  seesOtherEnterprise: false,
  providers: [],
  providerCount: 0,
};

/** What each caller's lists may contain (after the matrix above has run its creations). */
const EXPECTED_SCOPE: Record<Exclude<Caller, 'ANONYMOUS'>, typeof nothing> = {
  ECONOMIC_COMMISSION: everything,
  JOINT_REVIEWER: everything,
  FINANCE: everything,
  PROMOTION_OFFICE: everything,
  EXPERT: nothing,
  TOWN_OFFICER: { ...everything, enterpriseTowns: ['ZHUJIAJIAO'], seesOtherEnterprise: false },
  ENTERPRISE: { ...nothing, enterpriseTowns: ['ZHUJIAJIAO'], seesOwnEnterprise: true },
  PROVIDER: { ...nothing, providers: [PROVIDER_ID], providerCount: 1 },
};

describe('row-level scope: lists never leak rows out of scope', () => {
  it.each(ROLES)('%s sees only rows in scope', async (caller) => {
    // Separate requests: a list the role may not see at all is FORBIDDEN and would null the other.
    const listed = async (query: string, list: string): Promise<{ node: Record<string, unknown> }[]> => {
      const { body } = await api.query(query, { token: tokens.get(caller) });
      if (body.errors?.[0]?.extensions?.['code'] === 'FORBIDDEN') return [];
      return (body.data?.[list] as { edges: { node: Record<string, unknown> }[] }).edges;
    };
    const enterprises = (await listed(
      '{ enterprises(first: 100) { edges { node { creditCode town { code } } } } }',
      'enterprises',
    )) as { node: { creditCode: string; town: { code: string } } }[];
    const providers = (await listed('{ providers(first: 100) { edges { node { id } } } }', 'providers')) as {
      node: { id: string };
    }[];
    const codes = enterprises.map((edge) => edge.node.creditCode);
    const providerIds = providers.map((edge) => edge.node.id);
    expect({
      enterpriseTowns: [...new Set(enterprises.map((edge) => edge.node.town.code))].sort(),
      seesOwnEnterprise: codes.includes(OWN_CODE),
      seesOtherEnterprise: codes.includes(OTHER_CODE),
      providers: [PROVIDER_ID, OTHER_PROVIDER_ID].filter((id) => providerIds.includes(id)),
      providerCount: providerIds.length,
    }).toEqual(EXPECTED_SCOPE[caller]);
  });

  it('hides bank details from a town officer and contact data from finance, field by field', async () => {
    const query = `{ enterprise(creditCode: "${OWN_CODE}") { name contacts { name } bankAccount { accountNumber } } }`;
    const officer = await api.query(query, { token: tokens.get('TOWN_OFFICER') });
    expect(officer.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
      ['enterprise.bankAccount', 'FORBIDDEN'],
    ]);
    const finance = await api.query(query, { token: tokens.get('FINANCE') });
    expect(finance.body.errors?.map((error) => [error.path?.join('.'), error.extensions?.['code']])).toEqual([
      ['enterprise.contacts', 'FORBIDDEN'],
    ]);
  });

  it('answers NOT_FOUND, not the record, when a town officer asks for another town’s enterprise', async () => {
    const { body } = await api.query(`{ enterprise(creditCode: "${OTHER_CODE}") { name } }`, {
      token: tokens.get('TOWN_OFFICER'),
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(body.data).toBeNull();
  });
});
