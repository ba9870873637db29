import type {
  Application,
  ApplicationAction,
  ApplicationNotice,
  ApplicationStatus,
} from '#domain/applications/application';
import type { Attachment } from '#domain/attachments/attachment';
import {
  APPLICATION_TRANSITIONS,
  holdsRewardClaim,
  isBenchmarkProgramme,
  nextStatus,
  rewardClaim,
  withinImplementationWindow,
} from '#domain/applications/application';
import {
  applicationVersionSchema,
  draftApplicationSchema,
  returnApplicationSchema,
  updateDraftSchema,
} from '#domain/applications/input-schemas';
import {
  authorize,
  authorizeRole,
  authorizeUserRole,
  isAllowed,
  listScope,
} from '#domain/authorization/policy';
import type { DiagnosisReport } from '#domain/diagnosis/diagnosis';
import { Forbidden, InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import { APPLICATION_REFUSALS } from '#domain/messages/applications';
import { render } from '#domain/messages/bilingual';
import type { Principal, UserPrincipal } from '#domain/identity/principal';
import type { ChangeSet } from '#domain/programme-store';
import type { PolicyVersion } from '#domain/policy/policy-version';
import { enterpriseEligibility, providerEligibility } from '#domain/registry/eligibility';
import type { Eligibility } from '#domain/registry/eligibility';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import { cstDate, formatCst } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import { readableReport } from '../diagnosis/reports.ts';
import { benchmarkDraft, submittedDifference } from './benchmark-applications.ts';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  readableRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from '../programme/record-change.ts';
import { applicationResource } from './application-resource.ts';
import { namedPolicyVersion } from '../programme/policy-versions.ts';

type Ports = ProgrammePorts & {
  readonly enterprises: EnterpriseRepository;
  readonly providers: ProviderRepository;
};

/** Someone already applied for the same reward (a claim holds it). */
function alreadyApplied(application: Application): PolicyViolation {
  switch (application.programme) {
    case 'DIAGNOSIS_REWARD':
      return new PolicyViolation('R5.1a', render(APPLICATION_REFUSALS.diagnosisRewardTaken, application));
    case 'IMPLEMENTATION_REWARD':
      return new PolicyViolation('R5.1b', render(APPLICATION_REFUSALS.implementationRewardTaken, undefined));
    default:
      return new PolicyViolation(
        'R5.3',
        render(APPLICATION_REFUSALS.titleTaken, {
          applicant: application.applicantName,
          title: application.benchmark?.title,
          planYear: application.planYear,
        }),
      );
  }
}

/** The state `action` takes the application to (APPLICATION_TRANSITIONS), or the rule that refuses it. */
export function transition(application: Application, action: ApplicationAction): ApplicationStatus {
  const next = nextStatus(application, action);
  if (next === undefined) {
    const { rule, to } = APPLICATION_TRANSITIONS[action];
    throw new PolicyViolation(rule, render(APPLICATION_REFUSALS.transition, { ...application, to }));
  }
  return next;
}

/**
 * The one-per place (`rewardClaim`) an application's change of state takes or gives up, written in the
 * same transaction: taken at submission, given up when it is refused or withdrawn (R6.3.1).
 */
export function claimChanges(
  before: Application,
  after: Application,
): Pick<ChangeSet, 'claims' | 'releases'> {
  const held = holdsRewardClaim(before.status);
  const holds = holdsRewardClaim(after.status);
  const name = rewardClaim(before);
  if (!held && holds)
    return {
      claims: [
        {
          name,
          ownerId: before.id,
          conflict: 'another application for the same reward was submitted at the same time',
        },
      ],
    };
  if (held && !holds) return { releases: [{ name, ownerId: before.id }] };
  return {};
}

function policyOf(notice: ApplicationNotice, ports: ProgrammePorts): Promise<PolicyVersion> {
  return namedPolicyVersion(ports.programme, notice.policyVersionId);
}

/** R5.1a: the fixed reward; R5.1b: what is asked, never above the cap. */
function requestedAmount(
  notice: ApplicationNotice,
  policy: PolicyVersion,
  requested: number | undefined,
): number {
  if (notice.programme === 'DIAGNOSIS_REWARD') return policy.diagnosisRewardFen;
  const amount = requested ?? 0;
  if (amount > policy.implementationRewardCapFen) {
    throw new PolicyViolation(
      'R5.1b',
      render(APPLICATION_REFUSALS.overCap, { capFen: policy.implementationRewardCapFen, askedFen: amount }),
    );
  }
  return amount;
}

/**
 * Whether the notice calls for the reward of this report:
 * - R5.1a (R6.2.0): a diagnosis-reward notice calls for the rewards of its own plan year;
 * - R5.1b.1: an implementation-reward notice published (CST) in the report's plan year or in the following
 *   years up to the notice's policy version's `implementationWindowYears`, so that an enterprise that
 *   finishes implementing later still applies.
 */
function requireNoticeCoversReport(
  notice: ApplicationNotice,
  policy: PolicyVersion,
  report: DiagnosisReport,
): void {
  if (notice.programme === 'IMPLEMENTATION_REWARD') {
    const published = Number(cstDate(new Date(notice.createdAt)).slice(0, 4));
    if (!withinImplementationWindow(published, report.year, policy.implementationWindowYears)) {
      throw new PolicyViolation(
        'R5.1b.1',
        `an implementation reward for a report of the ${report.year} plan is applied for under a notice published from ${report.year} to ${report.year + policy.implementationWindowYears} (${policy.id}); this notice was published in ${published}`,
      );
    }
    return;
  }
  if (notice.planYear !== report.year) {
    throw new PolicyViolation(
      'R6.2.0',
      `the notice is for the ${notice.planYear} plan; the report belongs to the ${report.year} plan`,
    );
  }
}

/** Who applies for what: providers for the diagnosis reward, enterprises for the implementation reward. */
function applicantOf(principal: UserPrincipal, notice: ApplicationNotice, report: DiagnosisReport) {
  if (notice.programme === 'DIAGNOSIS_REWARD') {
    if (principal.role !== 'PROVIDER' || principal.providerId !== report.providerId) {
      throw new Forbidden(
        'the diagnosis reward is applied for by the provider that wrote the report (R6.2.1)',
      );
    }
    return { applicantType: 'PROVIDER', applicantId: report.providerId } as const;
  }
  if (principal.role !== 'ENTERPRISE' || principal.creditCode !== report.creditCode) {
    throw new Forbidden(
      'the implementation reward is applied for by the enterprise the report is about (R6.2.2)',
    );
  }
  return { applicantType: 'ENTERPRISE', applicantId: report.creditCode } as const;
}

/**
 * Start an application as a draft: for a notice, on a diagnosis report of the applicant. Steps: the
 * caller applies for itself (a provider for R5.1a on its report, an enterprise for R5.1b on its own);
 * the amount is the policy version's fixed reward or the requested amount within the cap; saved as DRAFT.
 */
export async function draftApplication(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<Application> {
  const user = authorizeUserRole(principal, 'applyForReward');
  const input = parseInput(draftApplicationSchema, rawInput, ['input']);
  const notice = await requireRecord(ports.programme, 'ApplicationNotice', input.noticeId);
  const policy = await policyOf(notice, ports);
  if (isBenchmarkProgramme(notice.programme)) {
    const draft = await benchmarkDraft(user, notice, policy, input.title, ports);
    return saveRecord(ports, principal, ports.clock.now(), 'draftApplication', 'Application', null, draft);
  }
  if (input.reportId === undefined)
    throw new InvalidInput([
      { path: ['input', 'reportId'], message: 'the diagnosis report the reward rests on' },
    ]);
  const report = await readableReport(principal, input.reportId, ports);
  requireNoticeCoversReport(notice, policy, report);
  const applicant = applicantOf(user, notice, report);
  const name =
    applicant.applicantType === 'PROVIDER'
      ? ((await ports.providers.get(applicant.applicantId))?.name ?? applicant.applicantId)
      : report.enterpriseName;
  const now = ports.clock.now();
  const application: Application = {
    id: `APP-${crypto.randomUUID()}`,
    noticeId: notice.id,
    programme: notice.programme,
    ...applicant,
    applicantName: name,
    creditCode: report.creditCode,
    enterpriseName: report.enterpriseName,
    town: report.town,
    providerId: report.providerId,
    reportId: report.id,
    planYear: report.year,
    requestedAmountFen: requestedAmount(notice, policy, input.requestedAmountFen),
    investment: input.investment,
    status: 'DRAFT',
    policyVersionId: policy.id,
    ...stamp(now),
  };
  await saveRecord(ports, principal, now, 'draftApplication', 'Application', null, application);
  return application;
}

/** Change a draft (or an application returned for correction): amount and investment figures. */
export async function updateApplicationDraft(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<Application> {
  authorizeRole(principal, 'applyForReward');
  const input = parseInput(updateDraftSchema, rawInput, ['input']);
  const application = await ownApplication(principal, input.id, ports);
  requireVersion(application, input.version);
  // What may be submitted may be changed: a draft, or an application returned for correction.
  if (nextStatus(application, 'SUBMIT') === undefined) {
    throw new PolicyViolation('R6.2', render(APPLICATION_REFUSALS.notChangeable, application));
  }
  const notice = await requireRecord(ports.programme, 'ApplicationNotice', application.noticeId);
  const policy = await policyOf(notice, ports);
  const now = ports.clock.now();
  const updated = revise(
    application,
    {
      // A benchmark title's amount is R5.3's, worked out at submission and approval, never typed in.
      requestedAmountFen: isBenchmarkProgramme(application.programme)
        ? application.requestedAmountFen
        : requestedAmount(notice, policy, input.requestedAmountFen ?? application.requestedAmountFen),
      investment: input.investment ?? application.investment,
    },
    now,
  );
  await saveRecord(ports, principal, now, 'updateApplicationDraft', 'Application', application, updated);
  return updated;
}

/**
 * Submit an application. Every rule is checked here, at submission (R4.4):
 * 1. only inside the notice's window (R6.2.0);
 * 2. the report must be confirmed by the enterprise (R6.2.1);
 * 3. the amount within the cap (R5.1b) and, for R5.1b, investment figures given;
 * 4. the applicant eligible (R4.1–R4.3, R7.2), every failing condition returned; a provider's place on the
 *    roster is not asked again: it was checked when the provider was assigned (R6.1.2.1);
 * 5. for a diagnosis reward, the diagnosed enterprise meets R4.1 (R4.5);
 * 6. every material the notice requires uploaded (R6.2.0);
 * 7. at most one diagnosis reward per enterprise per plan (R5.1a), one implementation reward per report
 *    (R5.1b), one application per title (R5.3): a claim taken in the same transaction as the status
 *    change, so concurrent submissions cannot both pass; a refused or withdrawn application gave its
 *    claim up (R6.3.1).
 * An enterprise application (a corrected one too) then waits for its town (R6.2.2); a provider
 * application goes to review.
 */
export async function submitApplication(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<Application> {
  authorizeRole(principal, 'applyForReward');
  const input = parseInput(applicationVersionSchema, rawInput, ['input']);
  const application = await ownApplication(principal, input.id, ports);
  requireVersion(application, input.version);
  const status = transition(application, 'SUBMIT');
  const notice = await requireRecord(ports.programme, 'ApplicationNotice', application.noticeId);
  const now = ports.clock.now();
  if (now.getTime() < Date.parse(notice.opensAt) || now.getTime() >= Date.parse(notice.closesAt)) {
    throw new PolicyViolation(
      'R6.2.0',
      render(APPLICATION_REFUSALS.outsideWindow, {
        title: notice.title,
        opensAt: formatCst(new Date(notice.opensAt)),
        closesAt: formatCst(new Date(notice.closesAt)),
      }),
    );
  }
  const policy = await policyOf(notice, ports);
  // R5.3: a benchmark title is applied for at the difference it pays now.
  const requestedAmountFen = isBenchmarkProgramme(application.programme)
    ? await submittedDifference(application, notice, policy, ports)
    : await diagnosisAmount(application, notice, policy, ports);
  if (
    application.programme === 'IMPLEMENTATION_REWARD' &&
    (application.investment === undefined || application.requestedAmountFen <= 0)
  ) {
    throw new PolicyViolation('R5.1b', render(APPLICATION_REFUSALS.needsInvestment, undefined));
  }
  const eligibility = await applicantEligibility(application, cstDate(now), ports);
  if (!eligibility.eligible) {
    // A ban names its own rule (R7.2); any other failing condition is R4.4's check at submission.
    throw new PolicyViolation(
      eligibility.reasons.some((reason) => reason.rule === 'R7.2') ? 'R7.2' : 'R4.4',
      `${application.applicantName} is not eligible for support`,
      eligibility.reasons,
    );
  }
  if (application.programme === 'DIAGNOSIS_REWARD') await requireQingpuEnterprise(application, now, ports);
  const uploaded = (await applicationFiles(application, ports)).filter((file) => file.status === 'UPLOADED');
  const missing = notice.requiredMaterials.filter(
    (material) => !uploaded.some((file) => file.purpose === material.code),
  );
  if (missing.length > 0) {
    throw new PolicyViolation(
      'R6.2.0',
      render(APPLICATION_REFUSALS.materialsMissing, { materials: missing }),
    );
  }
  const holder = await ports.programme.claimOwner(rewardClaim(application));
  if (holder !== undefined && holder !== application.id) throw alreadyApplied(application);
  const submitted = revise(
    application,
    {
      status,
      submittedAt: now.toISOString(),
      acceptedAt: undefined,
      returnReason: undefined,
      requestedAmountFen,
    },
    now,
  );
  await saveWithClaim(principal, now, 'submitApplication', application, submitted, ports);
  return submitted;
}

/** R5.1a, R5.1b at submission: the report confirmed (R6.2.1), the amount within the cap. */
async function diagnosisAmount(
  application: Application,
  notice: ApplicationNotice,
  policy: PolicyVersion,
  ports: Ports,
): Promise<number> {
  const report = await requireRecord(ports.programme, 'DiagnosisReport', application.reportId ?? '');
  requireNoticeCoversReport(notice, policy, report);
  if (report.status !== 'CONFIRMED') {
    throw new PolicyViolation(
      'R6.2.1',
      'the diagnosis report has not been signed, stamped and confirmed by the enterprise',
    );
  }
  return requestedAmount(notice, policy, application.requestedAmountFen);
}

/** Writes an application's change of state with its audit record and the claim it takes or gives up. */
async function saveWithClaim(
  principal: Principal,
  now: Date,
  operation: string,
  before: Application,
  after: Application,
  ports: ProgrammePorts,
): Promise<void> {
  const { write, audit } = recordChange(principal, now, operation, 'Application', before, after);
  await ports.programme.commit({ writes: [write], audits: [audit], ...claimChanges(before, after) });
}

/**
 * R4.5: the diagnosis programme serves Qingpu enterprises — a provider's diagnosis reward needs the
 * diagnosed enterprise to meet R4.1 when the reward is applied for.
 */
async function requireQingpuEnterprise(application: Application, now: Date, ports: Ports): Promise<void> {
  const enterprise = await ports.enterprises.get(application.creditCode);
  if (!enterprise) throw new NotFound('Enterprise', application.creditCode);
  const outside = enterpriseEligibility(enterprise, cstDate(now)).reasons.filter(
    (reason) => reason.rule === 'R4.1',
  );
  if (outside.length > 0) {
    throw new PolicyViolation(
      'R4.5',
      `the diagnosed enterprise ${enterprise.name} is not a Qingpu enterprise, so its diagnosis is not rewarded`,
      outside,
    );
  }
}

async function applicantEligibility(
  application: Application,
  today: string,
  ports: Ports,
): Promise<Eligibility> {
  if (application.applicantType === 'PROVIDER') {
    const provider = await ports.providers.get(application.applicantId);
    if (!provider) throw new NotFound('Provider', application.applicantId);
    // R6.1.2.1: the roster was checked when the provider was assigned the diagnosis; a provider taken off
    // it since keeps the reward. R4.3 and R7.2 are checked now.
    const reasons = providerEligibility(provider, today).reasons.filter((reason) => reason.rule !== 'R6.1.2');
    return { eligible: reasons.length === 0, reasons };
  }
  const enterprise = await ports.enterprises.get(application.applicantId);
  if (!enterprise) throw new NotFound('Enterprise', application.applicantId);
  return enterpriseEligibility(enterprise, today);
}

/**
 * The applicant withdraws its application, until it is proposed for support (then it is the workflow's);
 * the one-per place it held is given up in the same transaction, so that a corrected application can be
 * filed while a notice is open (R6.3.1).
 */
export async function withdrawApplication(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<Application> {
  authorizeRole(principal, 'applyForReward');
  const input = parseInput(applicationVersionSchema, rawInput, ['input']);
  const application = await ownApplication(principal, input.id, ports);
  requireVersion(application, input.version);
  const status = transition(application, 'WITHDRAW');
  // R6.3.1: the proposal marks the application in its transaction (`projectId`), and this withdrawal is
  // written against the version read here: of a withdrawal and a proposal at once, one fails.
  const projectId =
    application.projectId ?? (await ports.programme.get('Project', `PRJ-${application.id}`))?.id;
  if (projectId !== undefined) {
    throw new PolicyViolation(
      'R6.3',
      `the application has been proposed for support as project ${projectId}; it is no longer withdrawn by the applicant`,
    );
  }
  const now = ports.clock.now();
  const withdrawn = revise(application, { status }, now);
  await saveWithClaim(principal, now, 'withdrawApplication', application, withdrawn, ports);
  return withdrawn;
}

/**
 * R6.2.2: the enterprise's town accepts its application online (在线受理), or returns it for correction
 * with a reason. Only enterprise applications pass through the town.
 */
export async function decideAcceptance(
  principal: Principal,
  rawInput: unknown,
  accept: boolean,
  ports: ProgrammePorts,
): Promise<Application> {
  authorizeRole(principal, 'acceptApplication');
  const input = accept
    ? { ...parseInput(applicationVersionSchema, rawInput, ['input']), reason: undefined }
    : parseInput(returnApplicationSchema, rawInput, ['input']);
  const application = await readableApplication(principal, input.id, ports);
  authorize(principal, 'acceptApplication', applicationResource(application));
  if (application.applicantType !== 'ENTERPRISE') {
    throw new PolicyViolation(
      'R6.2.2',
      'only enterprise applications are accepted by their town; provider applications go to review',
    );
  }
  requireVersion(application, input.version);
  const next = transition(application, accept ? 'ACCEPT' : 'RETURN_BY_TOWN');
  const now = ports.clock.now();
  const decided = revise(
    application,
    accept ? { status: next, acceptedAt: now.toISOString() } : { status: next, returnReason: input.reason },
    now,
  );
  await saveRecord(
    ports,
    principal,
    now,
    accept ? 'acceptApplication' : 'returnApplication',
    'Application',
    application,
    decided,
  );
  return decided;
}

async function ownApplication(principal: Principal, id: string, ports: ProgrammePorts): Promise<Application> {
  const application = await readableApplication(principal, id, ports);
  authorize(principal, 'applyForReward', applicationResource(application));
  return application;
}

export function readableApplication(
  principal: Principal,
  id: string,
  ports: ProgrammePorts,
): Promise<Application> {
  return readableRecord(principal, 'readApplication', 'Application', id, applicationResource, ports);
}

/** Applications the caller may see, newest first: the applicant its own, a town its town's, oversight all. */
export async function listApplications(
  principal: Principal,
  args: { status?: ApplicationStatus | null; first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<Application>> {
  const scope = listScope(principal, 'readApplication');
  const request = {
    first: pageSize(args.first),
    after: args.after,
    accept: (application: Application) => args.status == null || application.status === args.status,
  };
  switch (scope.kind) {
    case 'provider':
      return ports.programme.list('Application', {
        ...request,
        pattern: 'byApplicant',
        value: scope.providerId,
      });
    case 'enterprise':
      return ports.programme.list('Application', {
        ...request,
        pattern: 'byApplicant',
        value: scope.creditCode,
      });
    case 'town':
      return ports.programme.list('Application', { ...request, pattern: 'byTown', value: scope.town });
    case 'all':
      return ports.programme.list('Application', { ...request, pattern: 'all', value: '' });
    case 'assigned':
      // An expert's review assignments (R6.3).
      return ports.programme.list('Application', {
        ...request,
        pattern: 'all',
        value: '',
        accept: (application) =>
          request.accept(application) &&
          isAllowed(principal, 'readApplication', applicationResource(application)),
      });
  }
}

/** An application's materials (uploaded and pending), for whoever may read the application. */
export async function applicationMaterials(
  principal: Principal,
  application: Application,
  ports: ProgrammePorts,
): Promise<Attachment[]> {
  authorize(principal, 'readApplication', applicationResource(application));
  return applicationFiles(application, ports);
}

/** Every file of an application, page after page. */
async function applicationFiles(application: Application, ports: ProgrammePorts): Promise<Attachment[]> {
  const files: Attachment[] = [];
  let after: string | null = null;
  do {
    const page: Page<Attachment> = await ports.programme.list('Attachment', {
      pattern: 'byOwner',
      value: `APPLICATION#${application.id}`,
      first: 100,
      after,
    });
    files.push(...page.edges.map((edge) => edge.node));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  return files;
}
