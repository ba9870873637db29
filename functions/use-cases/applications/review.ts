import * as z from 'zod';
import type {
  Application,
  ApplicationAction,
  Expert,
  ExpertReview,
  PreliminaryReview,
} from '#domain/applications/application';
import { inReview } from '#domain/applications/application';
import { authorize, authorizeUser, authorizeUserRole, isAllowed } from '#domain/authorization/policy';
import { Conflict, InvalidInput, PolicyViolation } from '#domain/errors';
import type { Principal, UserPrincipal } from '#domain/identity/principal';
import { creditCodeSchema, text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, requireVersion, revise, saveRecord, stamp } from '../programme/record-change.ts';
import { applicationResource } from './application-resource.ts';
import { claimChanges, readableApplication, transition } from './applications.ts';

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const expertSchema = z.lazy(() =>
  z.object({
    expertId: text(1, 64),
    name: text(1, 50),
    specialty: text(1, 200),
    affiliations: z.array(creditCodeSchema).max(50),
  }),
);

/** R6.3: the commission registers an expert (or updates the record), with the subjects they are linked to. */
export async function registerExpert(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Expert> {
  authorize(principal, 'manageExperts');
  const input = parseInput(expertSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const current = await ports.programme.get('Expert', input.expertId);
  const fields = {
    name: input.name,
    specialty: input.specialty,
    affiliations: [...new Set(input.affiliations)],
  };
  const next: Expert = current
    ? revise(current, fields, now)
    : { id: input.expertId, ...fields, ...stamp(now) };
  return saveRecord(ports, principal, now, 'registerExpert', 'Expert', current ?? null, next);
}

/** The register of experts, by name (commission). */
export async function listExperts(principal: Principal, ports: ProgrammePorts): Promise<Expert[]> {
  authorize(principal, 'manageExperts');
  const page = await ports.programme.list('Expert', { pattern: 'all', value: '', first: 100 });
  return page.edges.map((edge) => edge.node);
}

const base = { applicationId: text(1, 64), version: z.number().int().min(1) };
const preliminarySchema = z.lazy(() => z.object({ ...base, passed: z.boolean(), reasons: text(2, 2000) }));
const refuseSchema = z.lazy(() => z.object({ ...base, reasons: text(2, 2000) }));
const assignSchema = z.lazy(() => z.object({ ...base, expertId: text(1, 64) }));
const conflictSchema = z.lazy(() => z.object({ ...base, reason: text(2, 1000) }));
const scoreSchema = z.lazy(() =>
  z.object({ ...base, score: z.number().int().min(0).max(100), opinion: text(2, 5000) }),
);

/** Waiting for its preliminary review: in review (R6.2.2 done for an enterprise) and not yet passed. */
const awaitingPreliminaryReview = (application: Application): boolean =>
  inReview(application) && application.review?.preliminary?.passed !== true;

/**
 * R6.3, R6.3.1: the commission's preliminary review of the materials: passed (experts review it next), or
 * returned to the applicant for correction with the reasons. A returned enterprise application goes back
 * through its town: corrected and submitted again, the town accepts it again (R6.2.2). The application
 * keeps its one-per place while it is corrected.
 */
export async function preliminaryReview(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Application> {
  const user = authorizeUser(principal, 'preliminaryReview');
  const input = parseInput(preliminarySchema, rawInput, ['input']);
  const application = await readableApplication(principal, input.applicationId, ports);
  requireVersion(application, input.version);
  requireAwaitingPreliminaryReview(application);
  if (input.passed) {
    const now = ports.clock.now();
    const preliminary = decision(user, 'PASSED', input.reasons, now);
    const next = revise(application, { review: { experts: [], ...application.review, preliminary } }, now);
    return saveRecord(ports, principal, now, 'preliminaryReview', 'Application', application, next);
  }
  return decide(principal, user, application, 'RETURN_IN_REVIEW', input.reasons, 'preliminaryReview', ports);
}

/**
 * R6.3.1: the commission's preliminary review refuses an application, with the reasons. Refused is final;
 * the application's one-per place (per report, per plan, per title) is given up in the same transaction,
 * so that a corrected application can be filed while a notice is open.
 *
 * Input: application id, version, reasons (2–2000 characters). Output: the REFUSED application.
 * Steps: 1. the commission (preliminaryReview) only; 2. validate; 3. the application, at that version;
 * 4. waiting for its preliminary review (else R6.3.1); 5. REFUSED with the decision, the claim released
 * and the audit record, in one transaction.
 */
export async function refuseApplication(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Application> {
  const user = authorizeUser(principal, 'preliminaryReview');
  const input = parseInput(refuseSchema, rawInput, ['input']);
  const application = await readableApplication(principal, input.applicationId, ports);
  requireVersion(application, input.version);
  transition(application, 'REFUSE');
  requireAwaitingPreliminaryReview(application);
  return decide(principal, user, application, 'REFUSE', input.reasons, 'refuseApplication', ports);
}

function requireAwaitingPreliminaryReview(application: Application): void {
  if (!awaitingPreliminaryReview(application)) {
    throw new PolicyViolation(
      'R6.3',
      `an ${application.applicantType.toLowerCase()} application that is ${application.status} is not waiting for its preliminary review`,
    );
  }
}

function decision(
  user: UserPrincipal,
  outcome: PreliminaryReview['outcome'] & string,
  reasons: string,
  now: Date,
): PreliminaryReview {
  return { passed: outcome === 'PASSED', outcome, reasons, by: user.userId, at: now.toISOString() };
}

/** A return or a refusal: the new state, the decision, and the claim it gives up, with the audit record. */
async function decide(
  principal: Principal,
  user: UserPrincipal,
  application: Application,
  action: Extract<ApplicationAction, 'RETURN_IN_REVIEW' | 'REFUSE'>,
  reasons: string,
  operation: string,
  ports: ProgrammePorts,
): Promise<Application> {
  const status = transition(application, action);
  const now = ports.clock.now();
  const preliminary = decision(user, action === 'REFUSE' ? 'REFUSED' : 'RETURNED', reasons, now);
  const next = revise(
    application,
    {
      status,
      ...(action === 'RETURN_IN_REVIEW' ? { returnReason: reasons, acceptedAt: undefined } : {}),
      review: { experts: [], ...application.review, preliminary },
    },
    now,
  );
  const { write, audit } = recordChange(principal, now, operation, 'Application', application, next);
  await ports.programme.commit({ writes: [write], audits: [audit], ...claimChanges(application, next) });
  return next;
}

/** R6.3: the commission assigns an expert to an application that passed its preliminary review. */
export async function assignExpert(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Application> {
  authorize(principal, 'assignExperts');
  const input = parseInput(assignSchema, rawInput, ['input']);
  const application = await readableApplication(principal, input.applicationId, ports);
  requireVersion(application, input.version);
  if (!inReview(application) || !application.review?.preliminary?.passed) {
    throw new PolicyViolation('R6.3', 'experts review applications that passed the preliminary review');
  }
  // R6.3: only a registered expert, and never one linked to the enterprise or the provider concerned.
  const expert = await ports.programme.get('Expert', input.expertId);
  if (!expert)
    throw new InvalidInput([{ path: ['input', 'expertId'], message: 'no registered expert has this id' }]);
  const linked = [application.creditCode, (application.providerId ?? '').replace(/^PRV-/, '')].filter(
    (code) => expert.affiliations.includes(code),
  );
  if (linked.length > 0) {
    throw new PolicyViolation(
      'R6.3',
      `${expert.name} is linked to ${linked.join(' and ')} and cannot review this application`,
    );
  }
  if (application.review.experts.some((assigned) => assigned.expertId === input.expertId)) {
    throw new Conflict(`expert ${input.expertId} is already assigned to this application`);
  }
  const now = ports.clock.now();
  const assignment: ExpertReview = { expertId: input.expertId, assignedAt: now.toISOString() };
  const next = revise(
    application,
    { review: { ...application.review, experts: [...application.review.experts, assignment] } },
    now,
  );
  return saveRecord(ports, principal, now, 'assignExpert', 'Application', application, next);
}

async function ownAssignment(
  principal: Principal,
  applicationId: string,
  version: number,
  ports: ProgrammePorts,
) {
  const user = authorizeUserRole(principal, 'reviewAsExpert');
  const application = await readableApplication(principal, applicationId, ports);
  authorize(principal, 'reviewAsExpert', applicationResource(application));
  requireVersion(application, version);
  const review = application.review ?? { experts: [] };
  const mine = review.experts.find((expert) => expert.expertId === user.userId);
  if (!mine || mine.reviewedAt) throw new PolicyViolation('R6.3', 'this review has already been recorded');
  return { application, review, mine };
}

const replaceExpert = (experts: readonly ExpertReview[], updated: ExpertReview) =>
  experts.map((expert) => (expert.expertId === updated.expertId ? updated : expert));

/** R6.3: an assigned expert declares a conflict of interest and takes no further part (nor sees the file). */
export async function declareConflict(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<{ declared: true }> {
  const input = parseInput(conflictSchema, rawInput, ['input']);
  const { application, review, mine } = await ownAssignment(
    principal,
    input.applicationId,
    input.version,
    ports,
  );
  const now = ports.clock.now();
  const next = revise(
    application,
    { review: { ...review, experts: replaceExpert(review.experts, { ...mine, conflict: input.reason }) } },
    now,
  );
  await saveRecord(ports, principal, now, 'declareConflict', 'Application', application, next);
  return { declared: true };
}

/** R6.3: an assigned expert without a conflict records a score and an opinion, once. */
export async function recordExpertReview(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Application> {
  const input = parseInput(scoreSchema, rawInput, ['input']);
  const { application, review, mine } = await ownAssignment(
    principal,
    input.applicationId,
    input.version,
    ports,
  );
  const now = ports.clock.now();
  const reviewed = { ...mine, score: input.score, opinion: input.opinion, reviewedAt: now.toISOString() };
  const next = revise(
    application,
    { review: { ...review, experts: replaceExpert(review.experts, reviewed) } },
    now,
  );
  return saveRecord(ports, principal, now, 'recordExpertReview', 'Application', application, next);
}

/**
 * R6.3: reviewed enough to be proposed: preliminary review passed and the evaluations of as many experts
 * without a conflict as the application's policy version requires.
 */
export function reviewComplete(application: Application, expertsRequired: number): boolean {
  const review = application.review;
  return (
    review?.preliminary?.passed === true &&
    review.experts.filter((expert) => !expert.conflict && expert.reviewedAt !== undefined).length >=
      expertsRequired
  );
}

/**
 * The experts' evaluations: all of them for the commission and the joint review group who decide on them
 * (readExpertReviews); an expert assigned to the application reads back their own (R6.3), never the
 * others'; anyone else is refused.
 */
export function expertReviewsOf(principal: Principal, application: Application): readonly ExpertReview[] {
  const experts = application.review?.experts ?? [];
  if (
    principal.kind === 'user' &&
    !isAllowed(principal, 'readExpertReviews') &&
    isAllowed(principal, 'reviewAsExpert', applicationResource(application))
  )
    return experts.filter((expert) => expert.expertId === principal.userId);
  authorize(principal, 'readExpertReviews');
  return experts;
}
