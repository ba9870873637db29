import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { ManualClock } from '#domain/waitable-clock';
import type { Objection } from '#domain/workflow/objection';
import type { Project } from '#domain/workflow/project';
import { recordChange, stamp } from '#use-cases/programme/record-change';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';

/**
 * Records stored in an older shape, read over GraphQL. The workflow's resolvers for them (Project.failure,
 * Objection.status) existed but were not attached to the schema until the resolver groups were loaded on
 * first call (issue 19): GraphQL then returned the stored value as it was, and these reads failed.
 */

const clock = new ManualClock(new Date('2026-12-28T02:00:00Z'));
const COMMISSION = { kind: 'user', userId: 'commission-1', role: 'ECONOMIC_COMMISSION' } as const;
const MISSING_2027 =
  "the State Council's holiday arrangement for 2027 is not loaded, so working days in 2027 are unknown; an administrator must load it first";
let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi('development', clock);
  token = await api.token({ userId: COMMISSION.userId, role: COMMISSION.role });
}, 60_000);
afterAll(async () => api.close());

/** Writes records as the code of their time did, with their audit records. */
async function stored(
  records: { kind: 'Project'; record: Project } | { kind: 'Objection'; record: Objection },
) {
  const programme = new DynamoProgrammeStore(createDocumentClient(api.table.client), api.table.tableName);
  const now = clock.now();
  const { write, audit } =
    records.kind === 'Project'
      ? recordChange(COMMISSION, now, 'proposeProject', 'Project', null, records.record)
      : recordChange({ kind: 'anonymous' }, now, 'fileObjection', 'Objection', null, records.record);
  await programme.commit({ writes: [write], audits: [audit] });
}

const project = (id: string, changes: Partial<Project>): Project => ({
  id,
  path: 'REVIEWED',
  title: '2026年度智能化改造实施奖励 · 上海旧记录智能制造有限公司',
  creditCode: '913101180DM95UY1CJ',
  enterpriseName: '上海旧记录智能制造有限公司',
  town: 'ZHUJIAJIAO',
  payeeType: 'ENTERPRISE',
  payeeId: '913101180DM95UY1CJ',
  payeeName: '上海旧记录智能制造有限公司',
  proposedAmountFen: 8_000_000,
  policyVersionId: 'QP-2022',
  stage: 'PROPOSED',
  ...stamp(clock.now()),
  ...changes,
});

describe('records stored in an older shape, over GraphQL', () => {
  it('R6.4.4: a failure stored as the state machine’s JSON string reads as code, rule, message and the stage to resume', async () => {
    await stored({
      kind: 'Project',
      record: project('PRJ-LEGACY-FAILURE', {
        stage: 'FAILED',
        failure: JSON.stringify({ Error: 'PolicyViolation', Cause: MISSING_2027 }),
      }),
    });
    const answer = await api.query(
      'query($id: ID!) { project(id: $id) { id stage failure { code rule message stage } } }',
      { token, variables: { id: 'PRJ-LEGACY-FAILURE' } },
    );
    expect(answer.body.errors).toBeUndefined();
    // A reviewed project that failed before any decision resumes at its publicity (R6.4.4).
    expect(answer.body.data?.['project']).toEqual({
      id: 'PRJ-LEGACY-FAILURE',
      stage: 'FAILED',
      failure: { code: 'POLICY_VIOLATION', rule: 'R6.4.2', message: MISSING_2027, stage: 'PUBLICITY' },
    });
  });

  it('R6.4.3: an objection stored OPEN, before screening existed, reads as RECEIVED (unscreened)', async () => {
    await stored({ kind: 'Project', record: project('PRJ-LEGACY-OBJECTION', { stage: 'IN_PUBLICITY' }) });
    await stored({
      kind: 'Objection',
      record: {
        id: 'OBJ-LEGACY-OPEN',
        projectId: 'PRJ-LEGACY-OBJECTION',
        objectorName: '李四',
        objectorContact: 'lisi@example.com',
        reason: '旧版本系统中提出的异议。',
        status: 'OPEN',
        ...stamp(clock.now()),
      },
    });
    const answer = await api.query(
      'query($id: ID!) { objections(projectId: $id) { edges { node { id status finding } } } }',
      { token, variables: { id: 'PRJ-LEGACY-OBJECTION' } },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.['objections']).toEqual({
      edges: [{ node: { id: 'OBJ-LEGACY-OPEN', status: 'RECEIVED', finding: null } }],
    });
  });
});
