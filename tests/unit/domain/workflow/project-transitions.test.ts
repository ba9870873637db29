import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#domain/errors';
import { WORKFLOW_STAGES, projectStageAt } from '#domain/workflow/failure';
import { HUMAN_STAGES } from '#domain/workflow/human-stages';
import { PROJECT_STAGES } from '#domain/workflow/project';
import type { ProjectStage } from '#domain/workflow/project';
import {
  isFinalStage,
  mayBecome,
  PROJECT_STAGE_OF,
  PROJECT_TRANSITIONS,
  requireProjectAt,
  requireProjectTransition,
} from '#domain/workflow/project-transitions';

/** Whether the table lets a project walk these stages in order. */
const walks = (stages: readonly ProjectStage[]): boolean =>
  stages.every((stage, index) => index === 0 || mayBecome({ stage: stages[index - 1] ?? stage }, stage));

const refusal = (stage: ProjectStage, next: ProjectStage, rule: string): unknown => {
  try {
    requireProjectTransition({ id: 'PRJ-APP-1', stage }, next, rule);
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('project stages as a table', () => {
  it('R6.8: every stage has its row, and every move names a stage', () => {
    expect(Object.keys(PROJECT_TRANSITIONS).sort()).toEqual([...PROJECT_STAGES].sort());
    for (const next of Object.values(PROJECT_TRANSITIONS).flat()) expect(PROJECT_STAGES).toContain(next);
  });

  it('R6.8: the reviewed path (R5.1a, R5.1b, R6.7a) runs publicity → (investigation) → deliberation → joint document', () => {
    expect(
      walks([
        'AWAITING_SIGN_OFF',
        'PROPOSED',
        'IN_PUBLICITY',
        'DELIBERATION',
        'AWAITING_DOCUMENT',
        'COMPLETED',
      ]),
    ).toBe(true);
    expect(walks(['IN_PUBLICITY', 'INVESTIGATION', 'DELIBERATION'])).toBe(true);
  });

  it('R6.7c, R6.8: the lighthouse path goes from its proposal straight to deliberation', () => {
    expect(walks(['AWAITING_SIGN_OFF', 'PROPOSED', 'DELIBERATION', 'AWAITING_DOCUMENT', 'COMPLETED'])).toBe(
      true,
    );
  });

  it('R6.7b, R6.8: the automatic path goes from its recording straight to the joint disbursement document', () => {
    expect(walks(['PROPOSED', 'AWAITING_DOCUMENT', 'COMPLETED'])).toBe(true);
  });

  it('R3.1.1: nothing starts before the joint review group signs: AWAITING_SIGN_OFF leads only to PROPOSED or a 0 award', () => {
    expect(PROJECT_TRANSITIONS.AWAITING_SIGN_OFF).toEqual(['PROPOSED', 'ZERO_AWARD_RECORDED']);
    // R5.3.1: or a title whose difference fell to 0 by its approval at deliberation.
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'ZERO_AWARD_RECORDED'))).toEqual([
      'AWAITING_SIGN_OFF',
      'DELIBERATION',
    ]);
  });

  it('R5.3.1: a title that pays 0 is recorded and goes through no publicity, deliberation or payment', () => {
    expect(isFinalStage('ZERO_AWARD_RECORDED')).toBe(true);
  });

  it('R6.4: only an investigation of an objection removes a project; publicity with no objection open goes on to deliberation', () => {
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'REMOVED'))).toEqual(['INVESTIGATION']);
    expect(mayBecome({ stage: 'IN_PUBLICITY' }, 'AWAITING_DOCUMENT')).toBe(false);
  });

  it('R6.5: only the promotion office’s deliberation rejects, and a rejected project is never paid', () => {
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'REJECTED'))).toEqual(['DELIBERATION']);
    expect(isFinalStage('REJECTED')).toBe(true);
  });

  it('R6.6: a project waits for its joint disbursement document only after approval (or as an automatic award), and completes only with it', () => {
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'AWAITING_DOCUMENT')).sort()).toEqual(
      ['DELIBERATION', 'FAILED', 'PROPOSED'].sort(),
    );
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'COMPLETED'))).toEqual([
      'AWAITING_DOCUMENT',
    ]);
  });

  it('R7.1.1: a fraud finding ends the wait for the joint disbursement document: WITHHELD, final, nothing paid', () => {
    expect(PROJECT_STAGES.filter((stage) => mayBecome({ stage }, 'WITHHELD'))).toEqual(['AWAITING_DOCUMENT']);
    expect(isFinalStage('WITHHELD')).toBe(true);
    expect(mayBecome({ stage: 'WITHHELD' }, 'COMPLETED')).toBe(false);
  });

  it('R6.8: COMPLETED, REMOVED, REJECTED, ZERO_AWARD_RECORDED and WITHHELD are final; nothing reopens them', () => {
    const finals = PROJECT_STAGES.filter(isFinalStage);
    expect(finals.sort()).toEqual(
      ['COMPLETED', 'REJECTED', 'REMOVED', 'WITHHELD', 'ZERO_AWARD_RECORDED'].sort(),
    );
    for (const stage of finals)
      for (const next of PROJECT_STAGES)
        expect({ stage, next, allowed: mayBecome({ stage }, next) }).toEqual({ stage, next, allowed: false });
  });

  it('R6.4.4: every stage the workflow runs may fail, and a FAILED project resumes at the stage it failed at', () => {
    for (const stage of [
      'PROPOSED',
      'IN_PUBLICITY',
      'INVESTIGATION',
      'DELIBERATION',
      'AWAITING_DOCUMENT',
    ] as const)
      expect({ stage, fails: mayBecome({ stage }, 'FAILED') }).toEqual({ stage, fails: true });
    expect(mayBecome({ stage: 'AWAITING_SIGN_OFF' }, 'FAILED')).toBe(false);
    for (const failedAt of WORKFLOW_STAGES)
      for (const publicity of [
        undefined,
        { startDate: '2026-09-28', endDate: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z' },
      ]) {
        const back = projectStageAt(failedAt, { publicity });
        expect({ failedAt, back, allowed: mayBecome({ stage: 'FAILED' }, back) }).toEqual({
          failedAt,
          back,
          allowed: true,
        });
      }
  });

  it('R6.8: each human stage has the project stage it waits at', () => {
    expect(Object.keys(PROJECT_STAGE_OF)).toEqual([...HUMAN_STAGES]);
    expect(PROJECT_STAGE_OF).toEqual({
      INVESTIGATION: 'INVESTIGATION',
      DELIBERATION: 'DELIBERATION',
      DISBURSEMENT_DOCUMENT: 'AWAITING_DOCUMENT',
    });
  });

  it('R6.5: a move the table refuses is a POLICY_VIOLATION naming the rule of the operation that asked', () => {
    expect(refusal('REJECTED', 'AWAITING_DOCUMENT', 'R6.5')).toMatchObject({
      code: ErrorCode.POLICY_VIOLATION,
      rule: 'R6.5',
      message: 'project PRJ-APP-1 is REJECTED: it cannot become AWAITING_DOCUMENT',
    });
    expect(refusal('DELIBERATION', 'REJECTED', 'R6.5')).toBeUndefined();
  });

  it('R3.1.1: an operation on one stage only (a sign-off) is refused at any other, naming its rule', () => {
    expect(() =>
      requireProjectAt({ id: 'PRJ-APP-1', stage: 'PROPOSED' }, 'AWAITING_SIGN_OFF', 'R3.1.1', 'signed off'),
    ).toThrow(
      expect.objectContaining({
        code: ErrorCode.POLICY_VIOLATION,
        rule: 'R3.1.1',
        message: 'project PRJ-APP-1 is PROPOSED: only a project AWAITING_SIGN_OFF is signed off',
      }) as Error,
    );
  });
});
