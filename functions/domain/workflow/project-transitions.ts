import { PolicyViolation } from '../errors.ts';
import { render } from '../messages/bilingual.ts';
import { REFUSALS } from '../messages/refusals.ts';
import type { ProjectAction } from '../messages/refusals.ts';
import type { HumanStage } from './human-stages.ts';
import type { Project, ProjectStage } from './project.ts';

/**
 * Which project stages may follow which (R3.1.1, R5.3.1, R6.3–R6.6, R6.8, R6.4.4); anything else is
 * refused. A project waits AWAITING_SIGN_OFF for the joint review group (R3.1.1), then is PROPOSED and its
 * workflow runs its path: reviewed through publicity (and an investigation) to deliberation, lighthouse
 * straight to deliberation, automatic (created PROPOSED by the import) straight to the joint disbursement
 * document. A title that pays 0 is recorded at its sign-off and goes no further (R5.3.1). A fraud finding
 * ends the wait for the document: WITHHELD, nothing paid (R7.1.1). Any stage under way may fail, and the
 * commission resumes a FAILED project at the stage it failed at (R6.4.4). COMPLETED, REMOVED, REJECTED,
 * ZERO_AWARD_RECORDED and WITHHELD are final.
 */
export const PROJECT_TRANSITIONS: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  AWAITING_SIGN_OFF: ['PROPOSED', 'ZERO_AWARD_RECORDED'],
  PROPOSED: ['IN_PUBLICITY', 'DELIBERATION', 'AWAITING_DOCUMENT', 'FAILED'],
  IN_PUBLICITY: ['INVESTIGATION', 'DELIBERATION', 'FAILED'],
  INVESTIGATION: ['DELIBERATION', 'REMOVED', 'FAILED'],
  DELIBERATION: ['AWAITING_DOCUMENT', 'REJECTED', 'ZERO_AWARD_RECORDED', 'FAILED'],
  AWAITING_DOCUMENT: ['COMPLETED', 'WITHHELD', 'FAILED'],
  COMPLETED: [],
  REMOVED: [],
  REJECTED: [],
  FAILED: ['PROPOSED', 'IN_PUBLICITY', 'INVESTIGATION', 'DELIBERATION', 'AWAITING_DOCUMENT'],
  ZERO_AWARD_RECORDED: [],
  WITHHELD: [],
};

/** The project's stage while the workflow waits on a human stage. */
export const PROJECT_STAGE_OF: Readonly<Record<HumanStage, ProjectStage>> = {
  INVESTIGATION: 'INVESTIGATION',
  DELIBERATION: 'DELIBERATION',
  DISBURSEMENT_DOCUMENT: 'AWAITING_DOCUMENT',
};

/** Whether the table lets the project move to `next`. */
export const mayBecome = (project: Pick<Project, 'stage'>, next: ProjectStage): boolean =>
  PROJECT_TRANSITIONS[project.stage].includes(next);

/** A stage nothing follows: the project's life ended there. */
export const isFinalStage = (stage: ProjectStage): boolean => PROJECT_TRANSITIONS[stage].length === 0;

/** Refuses a move the table does not allow, naming the rule of the operation that asked for it. */
export function requireProjectTransition(
  project: Pick<Project, 'id' | 'stage'>,
  next: ProjectStage,
  rule: string,
): void {
  if (!mayBecome(project, next))
    throw new PolicyViolation(
      rule,
      render(REFUSALS.projectTransition, { id: project.id, stage: project.stage, next }),
    );
}

/**
 * Refuses an operation that acts on a project at one stage only (a sign-off, a resume) when it is at any
 * other, naming the rule.
 */
export function requireProjectAt(
  project: Pick<Project, 'id' | 'stage'>,
  stage: ProjectStage,
  rule: string,
  action: ProjectAction,
): void {
  if (project.stage !== stage)
    throw new PolicyViolation(
      rule,
      render(REFUSALS.projectNotAt, { id: project.id, stage: project.stage, required: stage, action }),
    );
}
