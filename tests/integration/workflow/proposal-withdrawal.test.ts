import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { Application } from '#domain/applications/application';
import { rewardClaim } from '#domain/applications/application';
import type { ChangeSet, ProgrammeStore } from '#domain/programme-store';
import type { AppServices } from '#graphql/context';
import { withdrawApplication } from '#use-cases/applications/applications';
import { recordChange } from '#use-cases/programme/record-change';
import { proposeProject, proposeProjects } from '#use-cases/workflow/projects';
import type { TestTable } from '../../support/dynamo.ts';
import { createRegistry, user } from '../../support/registry.ts';
import { demoCreditCode } from '../../../local/demo-data.ts';

/**
 * R6.3.1 against DynamoDB Local: a withdrawal and a proposal of the same application at once never both
 * commit — the proposal writes the application (its `projectId`) against the version it read, and the
 * withdrawal writes it against the version it read.
 */

const NOW = new Date('2026-11-30T02:00:00Z');
const PROVIDER = 'PRV-TEST';
let table: TestTable;
let app: AppServices;

let count = 0;
const codes = new Map<string, string>();
const application = (id: string): Application => ({
  id,
  noticeId: 'NTC-TEST',
  programme: 'DIAGNOSIS_REWARD',
  applicantType: 'PROVIDER',
  applicantId: PROVIDER,
  providerId: PROVIDER,
  applicantName: '测试诊断服务有限公司',
  creditCode: codes.get(id) ?? codes.set(id, demoCreditCode(830_001 + (count += 1))).get(id) ?? '',
  enterpriseName: '上海测试智能科技有限公司',
  town: 'ZHUJIAJIAO',
  planYear: 2026,
  reportId: `RPT-${id}`,
  requestedAmountFen: 2_000_000,
  status: 'SUBMITTED',
  policyVersionId: 'QP-2022',
  review: {
    preliminary: { passed: true, outcome: 'PASSED', reasons: '材料齐全。', by: 'c', at: NOW.toISOString() },
    experts: [
      { expertId: 'expert-1', assignedAt: NOW.toISOString(), score: 88, reviewedAt: NOW.toISOString() },
    ],
  },
  version: 1,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});

/** A submitted application holding its one-per place, as `submitApplication` leaves it. */
async function seed(record: Application): Promise<void> {
  const { write, audit } = recordChange(SYSTEM_ACTOR, NOW, 'seed', 'Application', null, record);
  await app.programme.commit({
    writes: [write],
    audits: [audit],
    claims: [{ name: rewardClaim(record), ownerId: record.id, conflict: 'taken' }],
  });
}

/** A store whose first commit lets `meanwhile` run first: the withdrawal read before the proposal wrote. */
function interleaved(meanwhile: () => Promise<unknown>): ProgrammeStore {
  const store = Object.create(app.programme) as ProgrammeStore;
  let first = true;
  store.commit = async (changes: ChangeSet) => {
    if (first) {
      first = false;
      await meanwhile();
    }
    return app.programme.commit(changes);
  };
  return store;
}

beforeAll(async () => {
  ({ table, app } = await createRegistry(NOW));
}, 60_000);
afterAll(async () => table.drop());

const provider = () => user('PROVIDER', { providerId: PROVIDER });

describe('R6.3.1 a withdrawal races a proposal', () => {
  for (const [name, propose] of [
    [
      'proposeProject',
      (id: string) => proposeProject(user('ECONOMIC_COMMISSION'), { applicationId: id }, app),
    ],
    [
      'proposeProjects',
      (id: string) => proposeProjects(user('ECONOMIC_COMMISSION'), { items: [{ applicationId: id }] }, app),
    ],
  ] as const) {
    it(`R6.3.1: a withdrawal read before ${name} committed is refused when it commits after it; the project stands on a live application`, async () => {
      const id = `APP-RACE-${name}`;
      await seed(application(id));
      await expect(
        withdrawApplication(
          provider(),
          { id, version: 1 },
          { ...app, programme: interleaved(() => propose(id)) },
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await app.programme.get('Project', `PRJ-${id}`)).toMatchObject({ stage: 'AWAITING_SIGN_OFF' });
      expect(await app.programme.get('Application', id)).toMatchObject({
        status: 'SUBMITTED',
        projectId: `PRJ-${id}`,
      });
      expect(await app.programme.claimOwner(rewardClaim(application(id)))).toBe(id);
    });
  }

  it('R6.3.1: a proposal that read the application before a withdrawal committed is refused, nothing proposed', async () => {
    const id = 'APP-RACE-WITHDRAWN';
    await seed(application(id));
    const store = Object.create(app.programme) as ProgrammeStore;
    let first = true;
    store.commit = async (changes: ChangeSet) => {
      if (first) {
        first = false;
        await withdrawApplication(provider(), { id, version: 1 }, app);
      }
      return app.programme.commit(changes);
    };
    await expect(
      proposeProject(user('ECONOMIC_COMMISSION'), { applicationId: id }, { ...app, programme: store }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await app.programme.get('Project', `PRJ-${id}`)).toBeUndefined();
    expect(await app.programme.get('Application', id)).toMatchObject({ status: 'WITHDRAWN' });
  });
});
