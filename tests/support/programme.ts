import { uploadAttachment } from '../../local/import-client.ts';
import type { TestApi } from './api.ts';

/** Driving the programme over HTTP as its users do, with a token per named actor. */

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export const DAY = 24 * 60 * 60 * 1000;

/** A CST calendar date `days` from now. */
export function dateIn(days: number, now: number = Date.now()): string {
  return new Date(now + 8 * 60 * 60 * 1000 + days * DAY).toISOString().slice(0, 10);
}

export const ASSIGN = `mutation($input: AssignProviderInput!) { assignProvider(input: $input) { id version status } }`;
export const RESPOND = `mutation($input: RespondToAssignmentInput!) { respondToAssignment(input: $input) { status version } }`;
export const SUBMIT_REPORT = `mutation($input: SubmitDiagnosisReportInput!) { submitDiagnosisReport(input: $input) { id version status } }`;
export const CONFIRM = `mutation($input: ConfirmDiagnosisReportInput!) {
  confirmDiagnosisReport(input: $input) { status version confirmation { principalName signedPage { status } } }
}`;
export const DRAFT = `mutation($input: DraftApplicationInput!) { draftApplication(input: $input) { id version status requestedAmountFen } }`;
export const SUBMIT = `mutation($input: ApplicationVersionInput!) { submitApplication(input: $input) { id version status } }`;

export class ProgrammeDriver {
  constructor(
    private readonly api: TestApi,
    private readonly year: number,
    private readonly providerId: string,
    /** Tokens by actor name: `commission` and `provider` drive the shared steps. */
    readonly tokens: Record<string, string | undefined> = {},
    /** The server's time, for windows and deadlines relative to it. */
    private readonly now: () => number = Date.now,
  ) {}

  async call(as: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const { body } = await this.api.query(query, { token: this.tokens[as], variables });
    return body;
  }

  /** The field's data; fails the test with the errors when the call was refused. */
  async ok<T = Record<string, unknown>>(
    as: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const body = await this.call(as, query, variables);
    if (body.errors) throw new Error(`${as} was refused: ${JSON.stringify(body.errors)}`);
    const [value] = Object.values(body.data ?? {});
    return value as T;
  }

  /** How a call was refused: code, policy rule and reasons. */
  async refusal(as: string, query: string, variables: Record<string, unknown> = {}) {
    const body = await this.call(as, query, variables);
    const extensions = body.errors?.[0]?.extensions ?? {};
    return { code: extensions['code'], rule: extensions['rule'], reasons: extensions['reasons'] };
  }

  /** Upload a file as a browser does: sign, PUT to the pre-signed URL, confirm. A PDF unless `file` says. */
  async upload(
    as: string,
    ownerType: string,
    ownerId: string,
    purpose: string,
    file?: { content: Buffer; fileName: string; contentType: string },
  ): Promise<string> {
    return uploadAttachment(
      <T>(query: string, variables?: Record<string, unknown>) => this.ok<T>(as, query, variables),
      {
        ownerType,
        ownerId,
        purpose,
        fileName: file?.fileName ?? `${purpose.toLowerCase()}.pdf`,
        contentType: file?.contentType ?? 'application/pdf',
        content: file?.content ?? Buffer.from(`%PDF-1.7 ${purpose} for ${ownerId}`),
      },
    );
  }

  /**
   * R6.3, R3.1.1: the commission proposes (an amount for R5.1b only, R5.5) and a DRC joint reviewer
   * (`drc`, made when missing) signs off: the workflow starts. Returns the project as signed.
   */
  async propose(
    applicationId: string,
    proposedAmountFen?: number,
  ): Promise<{ id: string; stage: string; version: number; proposedAmountFen: number }> {
    const proposed = await this.ok<{ id: string; version: number }>(
      'commission',
      'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id version } }',
      { input: { applicationId, ...(proposedAmountFen === undefined ? {} : { proposedAmountFen }) } },
    );
    return this.signOff(proposed.id, proposed.version);
  }

  /** R3.1.1: a joint reviewer (`as`, by default a DRC one made when missing) signs a proposed project off. */
  async signOff(
    projectId: string,
    version: number,
    as = 'drc',
  ): Promise<{ id: string; stage: string; version: number; proposedAmountFen: number }> {
    this.tokens[as] ??= await this.api.token({ userId: `${as}-1`, role: 'JOINT_REVIEWER', body: 'DRC' });
    return this.ok(
      as,
      'mutation($input: SignOffProjectInput!) { signOffProject(input: $input) { id stage version proposedAmountFen } }',
      { input: { projectId, version } },
    );
  }

  /** The workflow runs in the background: waits until the project reaches `stage`. */
  async waitForStage(projectId: string, stage: string): Promise<void> {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const { stage: current } = await this.ok<{ stage: string }>(
        'commission',
        'query($id: ID!) { project(id: $id) { stage } }',
        { id: projectId },
      );
      if (current === stage) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`project ${projectId} never reached ${stage}`);
  }

  /** The commission uploads a list and imports it (R6.7b); resolves with the import once it has finished. */
  async importList(
    content: string,
    fileName: string,
  ): Promise<{
    id: string;
    status: string;
    runs: number;
    awardedFen: number;
    counts: Record<string, number>;
  }> {
    const attachmentId = await this.upload(
      'commission',
      'IMPORT',
      'CERTIFICATION_LIST',
      'CERTIFICATION_LIST',
      {
        content: Buffer.from(content, 'utf8'),
        fileName,
        contentType: 'text/csv',
      },
    );
    const started = await this.ok<{ id: string }>(
      'commission',
      'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
      { input: { attachmentId } },
    );
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const current = await this.ok<{
        id: string;
        status: string;
        runs: number;
        awardedFen: number;
        counts: Record<string, number>;
      }>(
        'commission',
        `query($id: ID!) { certificationImport(id: $id) { id status runs awardedFen
          counts { created zeroAmount duplicate unmatched ineligible invalid } } }`,
        { id: started.id },
      );
      if (current.status !== 'RUNNING') return current;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`import ${started.id} never completed`);
  }

  /** Assignment (by `commission`) → acceptance → report with its file (by `provider`). Returns the report. */
  async diagnose(creditCode: string): Promise<{ id: string; version: number; assignmentId: string }> {
    const assignment = await this.ok<{ id: string; version: number }>('commission', ASSIGN, {
      input: { year: this.year, creditCode, providerId: this.providerId, deadline: dateIn(30, this.now()) },
    });
    await this.ok('provider', RESPOND, {
      input: { assignmentId: assignment.id, version: assignment.version, accept: true },
    });
    const reportId = assignment.id.replace(/^ASG-/, 'RPT-');
    const reportAttachmentId = await this.upload('provider', 'REPORT', reportId, 'REPORT_FILE');
    const report = await this.ok<{ id: string; version: number }>('provider', SUBMIT_REPORT, {
      input: {
        assignmentId: assignment.id,
        summary: '产线自动化程度低，建议引入MES与AGV。',
        recommendedMeasures: ['部署MES系统', '引入AGV物流'],
        estimatedInvestmentFen: 300_000_000,
        reportAttachmentId,
      },
    });
    return { ...report, assignmentId: assignment.id };
  }

  /** The enterprise confirms its report (R6.2.1), signed by the principal registered in the test fixtures. */
  async confirm(as: string, report: { id: string; version: number }): Promise<void> {
    const signedPageAttachmentId = await this.upload(as, 'REPORT', report.id, 'SIGNED_PAGE');
    await this.ok(as, CONFIRM, {
      input: {
        reportId: report.id,
        version: report.version,
        principalName: '王建国',
        signedPageAttachmentId,
      },
    });
  }

  /** The commission publishes a notice whose window opens `opensInDays` from now and lasts two weeks. */
  async notice(
    programme: string,
    opensInDays: number,
    requiredMaterials: { code: string; name: string }[],
  ): Promise<string> {
    const published = await this.ok<{ id: string }>(
      'commission',
      `mutation($input: PublishApplicationNoticeInput!) { publishApplicationNotice(input: $input) { id policyVersionId } }`,
      {
        input: {
          programme,
          title: `${this.year}年度智能化改造${programme === 'DIAGNOSIS_REWARD' ? '诊断' : '实施'}奖励申报`,
          eligibleApplicants: programme === 'DIAGNOSIS_REWARD' ? '入库服务商' : '完成诊断并实施的企业',
          requiredMaterials,
          opensAt: new Date(this.now() + opensInDays * DAY - 60 * 60 * 1000).toISOString(),
          closesAt: new Date(this.now() + (opensInDays + 14) * DAY).toISOString(),
          planYear: this.year,
        },
      },
    );
    return published.id;
  }

  private async applicationVersion(applicationId: string): Promise<number> {
    return (
      await this.ok<{ version: number }>('commission', `{ application(id: "${applicationId}") { version } }`)
    ).version;
  }

  /**
   * R6.2.2, R6.3: the town (`acceptAs`) accepts an enterprise application, then the commission's
   * preliminary review passes it and `expert` (user `expert-1`, registered by the test) evaluates it.
   */
  async review(applicationId: string, acceptAs?: string): Promise<void> {
    if (acceptAs !== undefined) {
      await this.ok(
        acceptAs,
        'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
        { input: { id: applicationId, version: await this.applicationVersion(applicationId) } },
      );
    }
    await this.ok(
      'commission',
      'mutation($input: PreliminaryReviewInput!) { preliminaryReview(input: $input) { version } }',
      {
        input: {
          applicationId,
          version: await this.applicationVersion(applicationId),
          passed: true,
          reasons: '材料齐全。',
        },
      },
    );
    await this.ok(
      'commission',
      'mutation($input: AssignExpertInput!) { assignExpert(input: $input) { version } }',
      {
        input: { applicationId, version: await this.applicationVersion(applicationId), expertId: 'expert-1' },
      },
    );
    await this.ok(
      'expert',
      'mutation($input: ExpertReviewInput!) { recordExpertReview(input: $input) { version } }',
      {
        input: {
          applicationId,
          version: await this.applicationVersion(applicationId),
          score: 86,
          opinion: '实施效果明显，投入真实。',
        },
      },
    );
  }

  /**
   * An R5.1b application of enterprise user `as` on a confirmed report of `creditCode`, under a notice open
   * now, accepted by `zhujiajiao` and, unless `reviewed` is false, reviewed: ready to be proposed.
   */
  async implementationApplication(creditCode: string, as: string, reviewed = true): Promise<string> {
    const report = await this.diagnose(creditCode);
    await this.confirm(as, report);
    const notice = await this.notice('IMPLEMENTATION_REWARD', 0, []);
    const draft = await this.ok<{ id: string; version: number }>(as, DRAFT, {
      input: {
        noticeId: notice,
        reportId: report.id,
        requestedAmountFen: 9_000_000,
        investment: { totalInvestmentFen: 400_000_000, description: 'MES' },
      },
    });
    const submitted = await this.ok<{ id: string; version: number }>(as, SUBMIT, {
      input: { id: draft.id, version: draft.version },
    });
    if (reviewed) await this.review(submitted.id, 'zhujiajiao');
    else
      await this.ok(
        'zhujiajiao',
        'mutation($input: ApplicationVersionInput!) { acceptApplication(input: $input) { status } }',
        { input: { id: submitted.id, version: submitted.version } },
      );
    return submitted.id;
  }

  /** Pool (by `commission`), plan and publish for these enterprises. */
  async plan(creditCodes: readonly string[]): Promise<void> {
    for (const creditCode of creditCodes) {
      await this.ok(
        'commission',
        `mutation($input: IntentionEntryInput!) { addIntentionEntry(input: $input) { id } }`,
        {
          input: {
            year: this.year,
            creditCode,
            contactName: '李经理',
            contactPhone: '021-59701234',
            needs: '产线数字化诊断',
          },
        },
      );
    }
    const plan = await this.ok<{ version: number }>(
      'commission',
      'mutation($input: CreateDiagnosisPlanInput!) { createDiagnosisPlan(input: $input) { version } }',
      {
        input: {
          year: this.year,
          entries: creditCodes.map((creditCode) => ({ creditCode, targetDate: dateIn(60, this.now()) })),
        },
      },
    );
    await this.ok(
      'commission',
      `mutation { publishDiagnosisPlan(year: ${this.year}, version: ${plan.version}) { status } }`,
    );
  }
}

export const PROVIDER_INPUT = {
  onRoster: true,
  rosterSince: '2025-03-01',
  independentLiability: true,
  wellManaged: true,
  businessStatus: 'NORMAL',
  soundFinancialRecords: true,
  creditStanding: 'GOOD',
};

/** The workflow closes publicity a minute after it ends (objections filed at the last second settle first). */
export const closedAfter = (endsAt: string | undefined): Date => new Date(Date.parse(endsAt ?? '') + 60_000);
