import { authorize, authorizeUser, isAllowed, listScope } from '#domain/authorization/policy';
import type { Resource } from '#domain/authorization/policy';
import { Conflict, Forbidden, InvalidInput, PolicyViolation, UnreachableCaseError } from '#domain/errors';
import type { Principal, UserPrincipal } from '#domain/identity/principal';
import type { Application } from '#domain/applications/application';
import type { PolicyVersion } from '#domain/policy/policy-version';
import type { AmountExplanation } from '#domain/workflow/amount-explanation';
import {
  diagnosisRewardExplanation,
  implementationRewardExplanation,
  tierDifferenceExplanation,
} from '#domain/workflow/amount-explanation';
import { addSignOff, signedOff } from '#domain/workflow/sign-off';
import { formatFen } from '#domain/money';
import type { Project } from '#domain/workflow/project';
import {
  PROJECT_STAGE_OF,
  requireProjectAt,
  requireProjectTransition,
} from '#domain/workflow/project-transitions';
import type { Workflow } from '#domain/workflow/workflow-port';
import {
  deliberationSchema,
  proposeListSchema,
  proposeSchema,
  resumeSchema,
  signOffSchema,
} from '#domain/workflow/input-schemas';
import type { CalendarPorts } from './calendar.ts';
import { storedCalendar } from './calendar.ts';
import { projectStageAt, readFailure } from '#domain/workflow/failure';
import type { ProjectResumption } from '#domain/workflow/failure';
import { publicityWorkingDays } from './project-stages.ts';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { HumanStage } from '#domain/workflow/human-stages';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { RecordWrite } from '#domain/programme-store';
import { commitment } from './budget.ts';
import { recordTitle, titleDifference } from '../benchmark/benchmark-approval.ts';
import { titleLabel } from '#domain/benchmark/certification-list';
import type { Programme } from '#domain/applications/application';
import { reviewComplete } from '../applications/review.ts';
import { namedPolicyVersion } from '../programme/policy-versions.ts';
import { fiscalYearOf } from '#domain/policy/policy-version';
import { findingId } from '#domain/payments/payments';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  commitChanges,
  readableRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from '../programme/record-change.ts';

export type WorkflowPorts = ProgrammePorts & { readonly workflow: Workflow };

/** Proposing and resuming also read the statutory calendar: publicity is computed before anything starts. */
export type ProposalPorts = WorkflowPorts & Pick<CalendarPorts, 'statutoryCalendar'>;

/**
 * R6.4.4: a reviewed project's publicity period must be computable before its workflow starts — as if
 * published now (the workflow computes the real window when publicity opens). A period that reaches a
 * year whose holiday arrangement is not loaded is refused with R6.4.2, naming the year. The lighthouse
 * and automatic paths have no publicity.
 */
async function requirePublicityComputable(
  projects: readonly Project[],
  now: Date,
  ports: ProposalPorts,
  label: (project: Project) => string = () => '',
): Promise<void> {
  const reviewed = projects.filter(
    (project) => project.path === 'REVIEWED' && !project.publicity && startsWorkflow(project),
  );
  if (reviewed.length === 0) return;
  const calendar = await storedCalendar(ports)();
  for (const project of reviewed) {
    const days = await publicityWorkingDays(ports.programme, project);
    try {
      calendar.publicityPeriod(now, days);
    } catch (error) {
      if (!(error instanceof PolicyViolation)) throw error;
      throw new PolicyViolation(
        error.rule,
        `${label(project)}its ${days}-working-day publicity cannot be computed, so it is not proposed: ${error.message}`,
        error.reasons,
      );
    }
  }
}

/** R7.1.1: the fraud finding recorded on a project, if any (it marks the project in its transaction). */
async function findingOn(project: Project, ports: ProgrammePorts): Promise<string | undefined> {
  return project.fraudFindingId ?? (await ports.programme.get('FraudFinding', findingId(project.id)))?.id;
}

/** R7.1.1: a project with a fraud finding starts nothing: it is refused, nothing written. */
async function requireNoFinding(project: Project, action: string, ports: ProgrammePorts): Promise<void> {
  const finding = await findingOn(project, ports);
  if (finding !== undefined)
    throw new PolicyViolation(
      'R7.1.1',
      `project ${project.id} has fraud finding ${finding}: it cannot be ${action}`,
    );
}

export const projectResource = (project: Project): Resource => ({
  town: project.town,
  ...(project.payeeType === 'ENTERPRISE' ? { creditCode: project.payeeId } : { providerId: project.payeeId }),
});

/** R5.3.1: a benchmark title that pays 0 is recorded at its sign-off and starts no workflow. */
const startsWorkflow = (project: Pick<Project, 'benchmark' | 'proposedAmountFen'>): boolean =>
  !(project.benchmark && project.proposedAmountFen === 0);

/** What a fixed award is, for the R5.5 refusal of a typed amount. */
const FIXED_AWARD: Readonly<Record<Exclude<Programme, 'IMPLEMENTATION_REWARD'>, string>> = {
  DIAGNOSIS_REWARD:
    "a diagnosis reward is a fixed award (R5.1a: the policy version's amount per enterprise diagnosed)",
  DISTRICT_BENCHMARK:
    "a district title is a fixed award (R5.2: its tier's amount, paid as the R5.3 difference worked out at approval)",
  LIGHTHOUSE:
    "a lighthouse factory is a fixed award (R5.2: its tier's amount, paid as the R5.3 difference worked out at approval)",
};

/**
 * R5.5: a proposal's amount and its explanation. Fixed awards are never typed in: the diagnosis reward is
 * the version's (R5.1a); a title's is its R5.3 difference against the standing now, provisional until
 * approval. Only the implementation reward takes a reviewed amount: a whole amount of fen > 0 up to the
 * lesser of the amount applied for and the version's cap (R5.1b).
 */
async function proposedAmount(
  amountFen: number | undefined,
  application: Application,
  policy: PolicyVersion,
  path: readonly (string | number)[],
  ports: WorkflowPorts,
): Promise<{ amountFen: number; explanation: AmountExplanation }> {
  const field = [...path, 'proposedAmountFen'];
  const { programme } = application;
  if (programme === 'IMPLEMENTATION_REWARD') {
    const limit = Math.min(application.requestedAmountFen, policy.implementationRewardCapFen);
    const range = `a whole amount of fen more than 0 and at most ${formatFen(limit)} yuan, the lesser of the ${formatFen(application.requestedAmountFen)} yuan applied for and the ${formatFen(policy.implementationRewardCapFen)} yuan cap of ${policy.id}`;
    if (amountFen === undefined)
      throw new InvalidInput([{ path: field, message: `R5.1b: the reviewed amount is required, ${range}` }]);
    if (amountFen <= 0 || amountFen > limit)
      throw new PolicyViolation('R5.1b', `${field.join('.')}: the reviewed amount must be ${range}`);
    return {
      amountFen,
      explanation: implementationRewardExplanation(
        policy.id,
        amountFen,
        application.requestedAmountFen,
        policy.implementationRewardCapFen,
      ),
    };
  }
  if (amountFen !== undefined)
    throw new PolicyViolation(
      'R5.5',
      `${field.join('.')}: ${FIXED_AWARD[programme]}; review approves or refuses it, never sets it: leave the amount out`,
    );
  switch (programme) {
    case 'DIAGNOSIS_REWARD':
      return {
        amountFen: policy.diagnosisRewardFen,
        explanation: diagnosisRewardExplanation(policy.id, policy.diagnosisRewardFen),
      };
    case 'DISTRICT_BENCHMARK':
    case 'LIGHTHOUSE': {
      const worked = await titleDifference(application, true, ports);
      if (!worked) throw new PolicyViolation('R5.2', `application ${application.id} names no title`);
      return { amountFen: worked.difference.awardFen, explanation: worked.explanation };
    }
    default:
      throw new UnreachableCaseError(programme);
  }
}
const PROGRAMME_TITLE: Readonly<Record<Programme, string>> = {
  DIAGNOSIS_REWARD: '智能化诊断奖励',
  IMPLEMENTATION_REWARD: '智能化改造实施奖励',
  DISTRICT_BENCHMARK: '标杆示范奖励',
  LIGHTHOUSE: '标杆示范奖励',
};

/**
 * The project an application becomes when the commission proposes it, after every R6.3 check: the
 * application passed its town (enterprise applications, R6.2.2) or was submitted (provider applications),
 * its preliminary review passed and experts evaluated it; its amount is R5.5's (`proposedAmount`). It waits
 * AWAITING_SIGN_OFF with the commission's sign-off (R3.1.1).
 */
async function proposal(
  item: { applicationId: string; proposedAmountFen?: number | undefined },
  user: UserPrincipal,
  now: Date,
  path: readonly (string | number)[],
  ports: WorkflowPorts,
): Promise<{ project: Project; application: Application }> {
  const application = await requireRecord(ports.programme, 'Application', item.applicationId);
  // R6.7c: a lighthouse application goes straight to deliberation, without town acceptance or review.
  const lighthouse = application.programme === 'LIGHTHOUSE';
  const ready = lighthouse
    ? application.status === 'SUBMITTED' || application.status === 'ACCEPTED'
    : application.applicantType === 'ENTERPRISE'
      ? application.status === 'ACCEPTED'
      : application.status === 'SUBMITTED';
  if (!ready)
    throw new PolicyViolation(
      'R6.3',
      `an application that is ${application.status} cannot be proposed for support`,
    );
  const policy = await namedPolicyVersion(ports.programme, application.policyVersionId);
  if (!lighthouse && !reviewComplete(application, policy.expertsRequired)) {
    throw new PolicyViolation(
      'R6.3',
      `a project is proposed after its preliminary review passed and ${policy.expertsRequired} expert(s) without a conflict evaluated it (${policy.id})`,
    );
  }
  const amount = await proposedAmount(item.proposedAmountFen, application, policy, path, ports);
  const project: Project = {
    id: `PRJ-${application.id}`,
    path: lighthouse ? 'LIGHTHOUSE' : 'REVIEWED',
    applicationId: application.id,
    benchmark: application.benchmark,
    title: `${application.planYear}年度${PROGRAMME_TITLE[application.programme]}${application.benchmark ? `（${titleLabel(application.benchmark.title, application.benchmark.level)}）` : ''} · ${application.applicantName}`,
    creditCode: application.creditCode,
    // R6.4: the enterprise the project concerns (for a diagnosis reward, the diagnosed one); applications
    // drafted before it was recorded fall back to what they carry.
    enterpriseName:
      application.enterpriseName ??
      (application.applicantType === 'ENTERPRISE' ? application.applicantName : application.creditCode),
    town: application.town,
    payeeType: application.applicantType,
    payeeId: application.applicantId,
    payeeName: application.applicantName,
    proposedAmountFen: amount.amountFen,
    amountExplanation: amount.explanation,
    signOffs: [{ body: 'ECONOMIC_COMMISSION', by: user.userId, at: now.toISOString() }],
    policyVersionId: application.policyVersionId,
    stage: 'AWAITING_SIGN_OFF',
    ...stamp(now),
  };
  return { project, application };
}

/**
 * R6.3.1: a new project and its application, marked with it, against the version the proposal read: a
 * withdrawal committed meanwhile (or one that comes after) conflicts with it, so never both commit.
 */
const proposalChanges = (
  principal: Principal,
  now: Date,
  operation: string,
  { project, application }: { project: Project; application: Application },
) => [
  recordChange(principal, now, operation, 'Project', null, project),
  recordChange(
    principal,
    now,
    operation,
    'Application',
    application,
    revise(application, { projectId: project.id }, now),
  ),
];

function alreadyProposed(applicationId: string, existing: Project): Conflict {
  const proposed = `application ${applicationId} has already been proposed`;
  switch (existing.stage) {
    case 'FAILED':
      return new Conflict(
        `${proposed}, and the workflow of project ${existing.id} failed: the commission resumes it (resumeProject) once its cause is fixed`,
      );
    case 'AWAITING_SIGN_OFF':
      return new Conflict(
        `${proposed}: project ${existing.id} is waiting for the member bodies' sign-off (R3.1.1)`,
      );
    case 'PROPOSED':
    case 'IN_PUBLICITY':
    case 'INVESTIGATION':
    case 'DELIBERATION':
    case 'AWAITING_DOCUMENT':
    case 'COMPLETED':
    case 'REMOVED':
    case 'REJECTED':
    case 'ZERO_AWARD_RECORDED':
    case 'WITHHELD':
      return new Conflict(proposed);
    default:
      throw new UnreachableCaseError(existing.stage);
  }
}

/**
 * R6.3, R3.1.1: the commission proposes a project for support — its sign-off for the joint review group —
 * with the amount R5.5 gives it; nothing starts until the other member bodies sign (`signOffProject`).
 *
 * Input: `{ applicationId, proposedAmountFen? }` (an amount for R5.1b only). Output: the project,
 * AWAITING_SIGN_OFF.
 * 1. The R6.3 checks and the R5.5 amount (`proposal`): an amount typed for a fixed award is refused with
 *    R5.5, an R5.1b amount outside (0, min(requested, cap)] with R5.1b.
 * 2. An application proposed already is refused (CONFLICT), unless its project is PROPOSED and its
 *    workflow never started (a failure in between): that one is started now — unless it has a fraud
 *    finding (R7.1.1: refused, nothing started).
 * 3. R6.4.4: on the reviewed path, the publicity period is computed as if published now; if it reaches a
 *    year whose holiday arrangement is not loaded, refused with R6.4.2 and nothing is written, so the same
 *    project can be proposed again once the year is loaded (checked again when the last body signs).
 * 4. The project is written with its audit record.
 */
export async function proposeProject(
  principal: Principal,
  rawInput: unknown,
  ports: ProposalPorts,
): Promise<Project> {
  const user = authorizeUser(principal, 'proposeForSupport');
  const input = parseInput(proposeSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const proposed = await proposal(input, user, now, ['input'], ports);
  const { project } = proposed;
  const existing = await ports.programme.get('Project', project.id);
  if (existing && existing.stage !== 'PROPOSED') throw alreadyProposed(input.applicationId, existing);
  if (existing) await requireNoFinding(existing, 'started', ports);
  await requirePublicityComputable([existing ?? project], now, ports);
  if (existing) {
    await ports.workflow.start(existing.id, existing.path).catch((error: unknown) => {
      if (!(error instanceof Conflict)) throw error;
    });
    return existing;
  }
  await commitChanges(ports.programme, proposalChanges(principal, now, 'proposeProject', proposed));
  return project;
}

/**
 * R6.3, R3.1.1: the commission proposes a whole list at once: every item is checked first (R5.5 amounts;
 * R6.4.4: the publicity period of each reviewed one, as in `proposeProject`), then all the projects are
 * created in one transaction (all or none), each AWAITING_SIGN_OFF.
 */
export async function proposeProjects(
  principal: Principal,
  rawInput: unknown,
  ports: ProposalPorts,
): Promise<Project[]> {
  const user = authorizeUser(principal, 'proposeForSupport');
  const input = parseInput(proposeListSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const proposals: { project: Project; application: Application }[] = [];
  for (const [index, item] of input.items.entries()) {
    const proposed = await proposal(item, user, now, ['input', 'items', index], ports).catch(
      (error: unknown) => {
        throw error instanceof PolicyViolation
          ? new PolicyViolation(error.rule, `item ${index + 1}: ${error.message}`, error.reasons)
          : error;
      },
    );
    const existing = await ports.programme.get('Project', proposed.project.id);
    if (existing) {
      const conflict = alreadyProposed(item.applicationId, existing);
      throw new Conflict(`item ${index + 1}: ${conflict.message}`);
    }
    proposals.push(proposed);
  }
  const projects = proposals.map((proposed) => proposed.project);
  await requirePublicityComputable(
    projects,
    now,
    ports,
    (project) => `item ${projects.indexOf(project) + 1}: `,
  );
  await commitChanges(
    ports.programme,
    proposals.flatMap((proposed) => proposalChanges(principal, now, 'proposeProjects', proposed)),
  );
  return projects;
}

/**
 * R3.1.1: a member body signs off a proposed project through a JOINT_REVIEWER user who sits for it.
 *
 * Input: `{ projectId, version }`. Output: the project.
 * 1. One sign-off per body (R3.1.1, the body named); only a project AWAITING_SIGN_OFF, at `version` (the
 *    amount the signer read; CONFLICT otherwise; the write is conditional on it too, so of two concurrent
 *    sign-offs one wins and the other reads again). A project with a fraud finding is refused (R7.1.1):
 *    it is neither signed nor recorded, nothing is written.
 * 2. Not yet the commission and `jointReviewBodies` other bodies (the project's policy version): the
 *    sign-off is recorded, with its audit record.
 * 3. Enough: a benchmark title's R5.3 difference is worked out again against the standing now
 *    (provisional until approval, R5.5). A title that pays 0 is recorded at 0 with the reason — the
 *    certification, the standing (counting at 0) and the project ZERO_AWARD_RECORDED in one transaction —
 *    and starts nothing (R5.3.1). Otherwise the publicity period is checked (R6.4.4, refused with R6.4.2
 *    and nothing written), the project becomes PROPOSED and its workflow starts.
 */
export async function signOffProject(
  principal: Principal,
  rawInput: unknown,
  ports: ProposalPorts,
): Promise<Project> {
  const user = authorizeUser(principal, 'signOffProject');
  const input = parseInput(signOffSchema, rawInput, ['input']);
  if (user.body === undefined)
    throw new Forbidden(
      'a joint reviewer signs for a member body of the joint review group, and none is named',
    );
  const project = await requireRecord(ports.programme, 'Project', input.projectId);
  const now = ports.clock.now();
  const signOffs = addSignOff(
    project.signOffs ?? [],
    { body: user.body, by: user.userId, at: now.toISOString() },
    project.id,
  );
  requireProjectAt(project, 'AWAITING_SIGN_OFF', 'R3.1.1', 'signed off');
  requireVersion(project, input.version);
  await requireNoFinding(project, 'signed off', ports);
  const policy = await namedPolicyVersion(ports.programme, project.policyVersionId);
  if (!signedOff(signOffs, policy.jointReviewBodies))
    return saveRecord(
      ports,
      principal,
      now,
      'signOffProject',
      'Project',
      project,
      revise(project, { signOffs }, now),
    );
  const worked = await titleDifference(project, true, ports);
  if (worked?.difference.awardFen === 0) {
    requireProjectTransition(project, 'ZERO_AWARD_RECORDED', 'R5.3.1');
    const recorded = await recordTitle(principal, project, ports);
    const zero = revise(
      project,
      {
        signOffs,
        stage: 'ZERO_AWARD_RECORDED',
        proposedAmountFen: 0,
        amountExplanation: recorded?.explanation ?? worked.explanation,
      },
      now,
    );
    await commitChanges(ports.programme, [
      recordChange(principal, now, 'signOffProject', 'Project', project, zero),
      ...(recorded?.changes ?? []),
    ]);
    return zero;
  }
  requireProjectTransition(project, 'PROPOSED', 'R3.1.1');
  const proposed = revise(
    project,
    {
      signOffs,
      stage: 'PROPOSED',
      ...(worked
        ? { proposedAmountFen: worked.difference.awardFen, amountExplanation: worked.explanation }
        : {}),
    },
    now,
  );
  await requirePublicityComputable([proposed], now, ports);
  await saveRecord(ports, principal, now, 'signOffProject', 'Project', project, proposed);
  await ports.workflow.start(proposed.id, proposed.path);
  return proposed;
}

/**
 * R6.4.4: the commission resumes a FAILED project from the stage it failed at, once the cause is fixed.
 *
 * Input: `{ projectId, version, reason }`. Output: the project, back at the stage it failed at.
 * 1. The project must be at `version` (a resume delivered twice finds it moved on: CONFLICT) and FAILED —
 *    except a project whose resumption is its latest change (the execution may not have started: a
 *    failure in between), whose execution is started again under the same name, which starts it once.
 * 2. The cause is checked where it can be: a project that failed before or while opening publicity must
 *    now have a computable publicity period (else refused with R6.4.2, naming the year).
 * 3. The project returns to the stage it failed at, with its resumption (who, why, when, the failure)
 *    and an audit record, written against `version`: of two concurrent resumes one wins.
 * 4. A new execution starts, named `<projectId>_r<n>`, with the stage to start from: OpenPublicity
 *    (which keeps a window already opened), AwaitInvestigation, AwaitDeliberation or
 *    AwaitDisbursementDocument; decisions recorded before the failure complete their stage at once.
 */
export async function resumeProject(
  principal: Principal,
  rawInput: unknown,
  ports: ProposalPorts,
): Promise<Project> {
  const user = authorizeUser(principal, 'resumeProject');
  const input = parseInput(resumeSchema, rawInput, ['input']);
  const project = await requireRecord(ports.programme, 'Project', input.projectId);
  requireVersion(project, input.version);
  const start = (resumption: Pick<ProjectResumption, 'count' | 'from'>) =>
    ports.workflow
      .start(project.id, project.path, { from: resumption.from, resumption: resumption.count })
      .catch((error: unknown) => {
        if (!(error instanceof Conflict)) throw error;
      });
  if (project.stage !== 'FAILED') {
    if (project.resumption?.version === project.version) {
      await start(project.resumption);
      return project;
    }
    requireProjectAt(project, 'FAILED', 'R6.8', 'resumed');
  }
  const failure = readFailure(project);
  if (!failure) throw new PolicyViolation('R6.8', `project ${project.id} failed without a recorded failure`);
  const stage = projectStageAt(failure.stage, project);
  requireProjectTransition(project, stage, 'R6.4.4');
  const now = ports.clock.now();
  if (failure.stage === 'PUBLICITY') await requirePublicityComputable([project], now, ports);
  const resumption = {
    count: (project.resumption?.count ?? 0) + 1,
    from: failure.stage,
    reason: input.reason,
    by: user.userId,
    at: now.toISOString(),
    version: project.version + 1,
    failure,
  };
  const resumed = revise(project, { stage, failure: undefined, resumption }, now);
  await saveRecord(ports, principal, now, 'resumeProject', 'Project', project, resumed);
  await start(resumption);
  return resumed;
}

/** R6.4: what the public sees of projects in publicity: nothing private. */
export interface PublicityEntry {
  readonly projectId: string;
  readonly title: string;
  readonly enterpriseName: string;
  readonly proposedAmountFen: number;
  /** A benchmark title's R5.3 difference is worked out again at approval (R5.5). */
  readonly amountProvisional: boolean;
  readonly amountExplanation: AmountExplanation | null;
  readonly startDate: string;
  readonly endDate: string;
}

/** The projects in publicity now, for anyone (R6.4). */
export async function publicityList(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<PublicityEntry>> {
  authorize(principal, 'readPublicity');
  const now = ports.clock.now().getTime();
  const page = await ports.programme.list('Project', {
    pattern: 'byStage',
    value: 'IN_PUBLICITY',
    first: pageSize(args.first),
    after: args.after,
    // R6.4.3: a project whose removal an upheld objection decided is no longer shown (the workflow removes
    // it when publicity closes).
    accept: (project) =>
      project.publicity !== undefined &&
      Date.parse(project.publicity.endsAt) > now &&
      project.decisions?.INVESTIGATION === undefined,
  });
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({
      cursor,
      node: {
        projectId: node.id,
        title: node.title,
        enterpriseName: node.enterpriseName,
        proposedAmountFen: node.proposedAmountFen,
        amountProvisional: node.amountExplanation?.provisional ?? node.benchmark !== undefined,
        amountExplanation: node.amountExplanation ?? null,
        startDate: node.publicity?.startDate ?? '',
        endDate: node.publicity?.endDate ?? '',
      },
    })),
  };
}

export async function waitingProject(
  projectId: string,
  stage: HumanStage,
  version: number | undefined,
  ports: ProgrammePorts,
): Promise<Project & { taskToken: string }> {
  const project = await requireRecord(ports.programme, 'Project', projectId);
  if (version !== undefined) requireVersion(project, version);
  if (project.waiting?.stage !== stage || project.taskToken === undefined) {
    throw new PolicyViolation('R6.8', `project ${project.id} is ${project.stage}, not waiting for ${stage}`);
  }
  return project as Project & { taskToken: string };
}

/**
 * Record the decision of a human stage and hand it to the workflow: the decision is stored first (with its
 * audit record), then the stage's task is completed with it; a decision delivered twice finds the stage
 * no longer waiting.
 */
export async function decide(
  principal: Principal,
  project: Project & { taskToken: string },
  stage: HumanStage,
  decision: Record<string, unknown>,
  extra: {
    readonly changes?: Partial<Project>;
    /** Other records the decision changes, in the same transaction (the budget). */
    readonly also?: readonly { readonly write: RecordWrite; readonly audit: AuditRecord }[];
  },
  ports: WorkflowPorts,
): Promise<Project> {
  const recorded = project.decisions?.[stage];
  if (recorded) {
    // Decided already, but the workflow may not have heard (a lost response, a crash): tell it again,
    // with the decision first recorded; nothing is written or committed twice.
    await ports.workflow.completeStage(project.taskToken, recorded);
    return project;
  }
  const now = ports.clock.now();
  const decided = revise(
    project,
    { ...extra.changes, decisions: { ...project.decisions, [stage]: decision } },
    now,
  );
  const projectChange = recordChange(principal, now, `decide${stage}`, 'Project', project, decided);
  const changes = [projectChange, ...(extra.also ?? [])];
  await ports.programme.commit({
    writes: changes.map((change) => change.write),
    audits: changes.map((change) => change.audit),
  });
  await ports.workflow.completeStage(project.taskToken, decision);
  return decided;
}

/** R6.5: the promotion office approves or rejects, with reasons. */
export async function deliberate(
  principal: Principal,
  rawInput: unknown,
  ports: WorkflowPorts,
): Promise<Project> {
  const user = authorizeUser(principal, 'deliberate');
  const input = parseInput(deliberationSchema, rawInput, ['input']);
  const project = await waitingProject(input.projectId, 'DELIBERATION', input.version, ports);
  // R7.1.1: a project with a fraud finding is not approved (refusing it is still open to the office).
  const finding = await findingOn(project, ports);
  if (input.approved && finding !== undefined)
    throw new PolicyViolation(
      'R7.1.1',
      `project ${project.id} has fraud finding ${finding}: it cannot be approved`,
    );
  const deliberation = {
    approved: input.approved,
    reason: input.reason,
    decidedBy: user.userId,
    decidedAt: ports.clock.now().toISOString(),
  };
  // R2.2: approval commits the amount against the budget of the fiscal year the project's policy version
  // names (the year it is given in); a benchmark title's amount is its R5.3 difference as it stands at
  // approval (R6.7a, R6.7c).
  const policy = await namedPolicyVersion(ports.programme, project.policyVersionId);
  const fiscalYear = fiscalYearOf(policy.fiscalYearRule, ports.clock.now());
  const approving = input.approved && !project.decisions?.DELIBERATION;
  const benchmark = approving ? await recordTitle(principal, project, ports) : undefined;
  const amountFen = benchmark?.amountFen ?? project.proposedAmountFen;
  // R5.3.1: a title whose difference fell to 0 since the sign-off is recorded at 0 with the reason (the
  // title, the standing counting at 0) and ends ZERO_AWARD_RECORDED: nothing is committed or paid.
  if (benchmark?.amountFen === 0) {
    const changes = { deliberation, proposedAmountFen: 0, amountExplanation: benchmark.explanation };
    return decide(
      principal,
      project,
      'DELIBERATION',
      { approved: true, zeroAward: true },
      { changes, also: benchmark.changes },
      ports,
    );
  }
  const also = approving
    ? [
        await commitment(principal, [{ id: project.id, proposedAmountFen: amountFen }], fiscalYear, ports),
        ...(benchmark?.changes ?? []),
      ]
    : [];
  const changes = input.approved
    ? {
        deliberation,
        committedFiscalYear: fiscalYear,
        proposedAmountFen: amountFen,
        ...(benchmark ? { amountExplanation: benchmark.explanation } : {}),
      }
    : { deliberation };
  return decide(principal, project, 'DELIBERATION', { approved: input.approved }, { changes, also }, ports);
}

export function readableProject(principal: Principal, id: string, ports: ProgrammePorts): Promise<Project> {
  return readableRecord(principal, 'readProjects', 'Project', id, projectResource, ports);
}

/** Projects at a stage, for those who may see them (a town its town's, a payee its own). */
export async function listProjects(
  principal: Principal,
  args: {
    stage: Project['stage'];
    overdueOnly?: boolean | null;
    first?: number | null;
    after?: string | null;
  },
  ports: ProgrammePorts,
): Promise<Page<Project>> {
  const scope = listScope(principal, 'readProjects');
  return ports.programme.list('Project', {
    pattern: 'byStage',
    value: args.stage,
    first: pageSize(args.first),
    after: args.after,
    accept: (project) =>
      (args.overdueOnly !== true || project.waiting?.overdue === true) &&
      (scope.kind === 'all' ||
        (scope.kind === 'town' && project.town === scope.town) ||
        isAllowed(principal, 'readProjects', projectResource(project))),
  });
}

/**
 * Every project whose human stage has waited past its time limit (an alarm has been raised), oldest
 * first, for those who may see it.
 */
export async function overdueStages(principal: Principal, ports: ProgrammePorts): Promise<Project[]> {
  listScope(principal, 'readProjects');
  const overdue: Project[] = [];
  for (const stage of Object.values(PROJECT_STAGE_OF)) {
    let after: string | null = null;
    do {
      const page: Page<Project> = await listProjects(
        principal,
        { stage, overdueOnly: true, first: 100, after },
        ports,
      );
      overdue.push(...page.edges.map((edge) => edge.node));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after !== null);
  }
  return overdue.sort((a, b) => (a.waiting?.since ?? '').localeCompare(b.waiting?.since ?? ''));
}

/**
 * How a project's amount was worked out. Projects record it when proposed (and a title's again at
 * approval); an automatic award's is read from its certification's R5.3 outcome; null for records older
 * than explanations.
 */
export async function projectAmountExplanation(
  project: Project,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<AmountExplanation | null> {
  if (project.amountExplanation) return project.amountExplanation;
  if (project.certificationId === undefined) return null;
  const certification = await ports.programme.get('Certification', project.certificationId);
  if (!certification) return null;
  const policy = await namedPolicyVersion(ports.programme, certification.policyVersionId);
  const { outcome } = certification;
  const before = policy.tiers.find((tier) => tier.amountFen === outcome.alreadyAwardedFen)?.tier ?? 0;
  return tierDifferenceExplanation(policy.id, outcome, before, false);
}

/** A payment's amount is its project's: the same explanation. */
export async function paymentAmountExplanation(
  payment: { readonly projectId: string },
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<AmountExplanation | null> {
  const project = await ports.programme.get('Project', payment.projectId);
  return project ? projectAmountExplanation(project, ports) : null;
}
