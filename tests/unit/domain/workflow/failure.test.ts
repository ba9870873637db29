import { describe, expect, it } from 'vitest';
import { Conflict, InProgress, InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import {
  describeFailure,
  executionName,
  isDeterministic,
  projectStageAt,
  readFailure,
  resumePoint,
  STAGE_REFUSED,
  stageRefusal,
} from '#domain/workflow/failure';
import type { Project } from '#domain/workflow/project';

const at = new Date('2026-12-28T02:00:00Z');
const project = (changes: Partial<Project>): Project => ({
  id: 'PRJ-APP-1',
  path: 'REVIEWED',
  title: 't',
  creditCode: '913101180DM95UY1CJ',
  enterpriseName: 'e',
  town: 'ZHUJIAJIAO',
  payeeType: 'ENTERPRISE',
  payeeId: '913101180DM95UY1CJ',
  payeeName: 'e',
  proposedAmountFen: 100,
  policyVersionId: 'QP-2022',
  stage: 'PROPOSED',
  version: 3,
  createdAt: '2026-12-20T00:00:00.000Z',
  updatedAt: '2026-12-28T02:00:00.000Z',
  ...changes,
});
const missing2027 = new PolicyViolation(
  'R6.4.2',
  "the State Council's holiday arrangement for 2027 is not loaded, so working days in 2027 are unknown; an administrator must load it first",
);

describe('R6.4.4: which failures are retried', () => {
  it('a domain error is deterministic, except a lost write race or a request in progress', () => {
    expect(isDeterministic(missing2027)).toBe(true);
    expect(isDeterministic(new NotFound('Project', 'P'))).toBe(true);
    expect(isDeterministic(new InvalidInput([{ path: ['x'], message: 'bad' }]))).toBe(true);
    expect(isDeterministic(new Conflict('version moved'))).toBe(false);
    expect(isDeterministic(new InProgress('running'))).toBe(false);
    expect(isDeterministic(new Error('ProvisionedThroughputExceeded'))).toBe(false);
  });

  it('a refusal is named ProjectStageRefused and carries its code, rule and message', () => {
    const refusal = stageRefusal(missing2027);
    expect(refusal.name).toBe(STAGE_REFUSED);
    expect(JSON.parse(refusal.message)).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.2',
      message: missing2027.message,
    });
  });
});

describe('R6.4.4: what a FAILED project shows', () => {
  const refusal = stageRefusal(missing2027);
  const expected = {
    code: 'POLICY_VIOLATION',
    rule: 'R6.4.2',
    message: missing2027.message,
    stage: 'PUBLICITY',
    error: STAGE_REFUSED,
    at: '2026-12-28T02:00:00.000Z',
  };

  it('reads a refusal caught by the local runner (Cause: the message)', () => {
    expect(describeFailure({ Error: STAGE_REFUSED, Cause: refusal.message }, 'PUBLICITY', at)).toEqual(
      expected,
    );
  });

  it('reads a refusal caught from Lambda (Cause: the error response as JSON)', () => {
    const cause = JSON.stringify({
      errorType: STAGE_REFUSED,
      errorMessage: refusal.message,
      trace: ['at x'],
    });
    expect(describeFailure({ Error: STAGE_REFUSED, Cause: cause }, 'PUBLICITY', at)).toEqual(expected);
  });

  it('shows only the error name of anything else (its cause may hold internals)', () => {
    expect(
      describeFailure({ Error: 'States.Timeout', Cause: 'secret table name' }, 'DELIBERATION', at),
    ).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: expect.stringContaining('(States.Timeout)') as unknown,
      stage: 'DELIBERATION',
      error: 'States.Timeout',
      at: '2026-12-28T02:00:00.000Z',
    });
    expect(describeFailure(undefined, 'PUBLICITY', at)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reads records from before failures were structured (a JSON string), recognising R6.4.2', () => {
    const legacy = project({
      stage: 'FAILED',
      failure: JSON.stringify({ Error: 'Error', Cause: missing2027.message }),
    });
    expect(readFailure(legacy)).toEqual({
      code: 'POLICY_VIOLATION',
      rule: 'R6.4.2',
      message: missing2027.message,
      stage: 'PUBLICITY',
      error: 'Error',
      at: '2026-12-28T02:00:00.000Z',
    });
    expect(readFailure(project({ stage: 'FAILED', failure: 'not json' }))).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'not json',
    });
    expect(readFailure(project({}))).toBeUndefined();
  });
});

describe('R6.4.4, R6.8: where a resume starts', () => {
  it('from the stage the project stood at', () => {
    expect(resumePoint(project({ stage: 'PROPOSED' }))).toBe('PUBLICITY');
    expect(resumePoint(project({ stage: 'IN_PUBLICITY' }))).toBe('PUBLICITY');
    expect(resumePoint(project({ stage: 'INVESTIGATION' }))).toBe('INVESTIGATION');
    expect(resumePoint(project({ stage: 'DELIBERATION' }))).toBe('DELIBERATION');
    expect(resumePoint(project({ stage: 'AWAITING_DOCUMENT' }))).toBe('DISBURSEMENT_DOCUMENT');
    expect(resumePoint(project({ stage: 'PROPOSED', path: 'LIGHTHOUSE' }))).toBe('DELIBERATION');
    expect(resumePoint(project({ stage: 'PROPOSED', path: 'AUTOMATIC' }))).toBe('DISBURSEMENT_DOCUMENT');
  });

  it('for an old FAILED record, from where its recorded decisions lead', () => {
    const failed = (decisions: Project['decisions']) => project({ stage: 'FAILED', decisions });
    expect(resumePoint(failed(undefined))).toBe('PUBLICITY');
    expect(resumePoint(failed({ INVESTIGATION: { upheld: true } }))).toBe('INVESTIGATION');
    expect(resumePoint(failed({ INVESTIGATION: { upheld: false } }))).toBe('DELIBERATION');
    expect(resumePoint(failed({ DELIBERATION: { approved: false } }))).toBe('DELIBERATION');
    expect(resumePoint(failed({ DELIBERATION: { approved: true } }))).toBe('DISBURSEMENT_DOCUMENT');
  });

  it('restores the stage the project had there', () => {
    expect(projectStageAt('PUBLICITY', {})).toBe('PROPOSED');
    const publicity = { startDate: '2026-12-28', endDate: '2027-01-04', endsAt: '2027-01-04T16:00:00.000Z' };
    expect(projectStageAt('PUBLICITY', { publicity })).toBe('IN_PUBLICITY');
    expect(projectStageAt('DISBURSEMENT_DOCUMENT', {})).toBe('AWAITING_DOCUMENT');
  });

  it('under a new execution name per resumption, within Step Functions’ 80 allowed characters', () => {
    const longest = `PRJ-APP-${crypto.randomUUID()}`;
    expect(executionName(longest)).toBe(longest);
    expect(executionName(longest, 12)).toBe(`${longest}_r12`);
    expect(executionName(longest, 12).length).toBeLessThanOrEqual(80);
    expect(executionName('PRJ-CERT-0123456789abcdef0123456789abcdef', 1)).toMatch(/^[\w-]+_r1$/);
    expect(() => executionName('PRJ~1')).toThrow();
  });
});
