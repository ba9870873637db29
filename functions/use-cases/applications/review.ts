import { z } from 'zod';
import type { Application, ExpertReview } from '#domain/applications/application';
import { APPLICATION_TRANSITIONS } from '#domain/applications/application';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { Conflict, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { requireVersion, revise, saveRecord } from '../programme/record-change.ts';
import { applicationResource } from './application-resource.ts';
import { readableApplication } from './applications.ts';

const base = { applicationId: text(1, 64), version: z.number().int().min(1) };
const preliminarySchema = z.object({ ...base, passed: z.boolean(), reasons: text(2, 2000) });
const assignSchema = z.object({ ...base, expertId: text(1, 64) });
const conflictSchema = z.object({ ...base, reason: text(2, 1000) });
const scoreSchema = z.object({ ...base, score: z.number().int().min(0).max(100), opinion: text(2, 5000) });

/** An application ready for review: an enterprise's accepted by its town (R6.2.2), a provider's submitted. */
function inReview(application: Application): boolean {
  return application.applicantType === 'ENTERPRISE'
    ? application.status === 'ACCEPTED'
    : application.status === 'SUBMITTED';
}

/**
 * R6.3: the commission's preliminary review of the materials: passed, or returned to the applicant with
 * the reasons (the applicant corrects and submits again).
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
  if (!inReview(application) || application.review?.preliminary?.passed) {
    throw new PolicyViolation(
      'R6.3',
      `an application that is ${application.status} is not waiting for its preliminary review`,
    );
  }
  const now = ports.clock.now();
  const preliminary = {
    passed: input.passed,
    reasons: input.reasons,
    by: user.userId,
    at: now.toISOString(),
  };
  if (!input.passed && !APPLICATION_TRANSITIONS[application.status].includes('RETURNED')) {
    throw new PolicyViolation('R6.3', `an application that is ${application.status} cannot be returned`);
  }
  const next = revise(
    application,
    input.passed
      ? { review: { experts: [], ...application.review, preliminary } }
      : {
          status: 'RETURNED',
          returnReason: input.reasons,
          review: { experts: [], ...application.review, preliminary },
        },
    now,
  );
  return saveRecord(ports, principal, now, 'preliminaryReview', 'Application', application, next);
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
  if (application.review.experts.some((expert) => expert.expertId === input.expertId)) {
    throw new Conflict(`expert ${input.expertId} is already assigned to this application`);
  }
  const now = ports.clock.now();
  const expert: ExpertReview = { expertId: input.expertId, assignedAt: now.toISOString() };
  const next = revise(
    application,
    { review: { ...application.review, experts: [...application.review.experts, expert] } },
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
  const user = authorizeUser(principal, 'reviewAsExpert');
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

/** R6.3: reviewed enough to be proposed: preliminary review passed and at least one expert's evaluation. */
export function reviewComplete(application: Application): boolean {
  const review = application.review;
  return (
    review?.preliminary?.passed === true &&
    review.experts.some((expert) => !expert.conflict && expert.reviewedAt !== undefined)
  );
}

/** The experts' evaluations, for the commission and the joint review group who decide on them. */
export function expertReviewsOf(principal: Principal, application: Application): readonly ExpertReview[] {
  authorize(principal, 'proposeProject');
  return application.review?.experts ?? [];
}
