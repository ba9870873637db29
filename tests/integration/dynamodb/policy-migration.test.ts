import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoAuditTrail } from '#adapters/dynamodb/audit-trail';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { ManualClock } from '#domain/waitable-clock';
import { seedReferenceData } from '#use-cases/seed-reference-data';
import type { TestTable } from '../../support/dynamo.ts';
import { createTestTable } from '../../support/dynamo.ts';

/**
 * R9.1's one-off migration: a table from before policy versions were records keeps QP-2022 open-ended
 * under pk `POLICY`. Seeding replaces it with the audited record ending 2022-12-31, as the text states.
 */
let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(async () => table.drop());

const LEGACY = {
  id: 'QP-2022',
  title: '青浦区推进企业智能化改造和智能工厂建设实施细则（试行）',
  effectiveFrom: '2022-03-02',
  diagnosisRewardFen: 2_000_000,
  implementationRewardCapFen: 10_000_000,
  tiers: [],
  publicityWorkingDays: 5,
};

describe('R9.1: the one-off migration of an open-ended QP-2022', () => {
  it('sets the end the text states, audited with the old item as before, and removes the old item', async () => {
    const documents = createDocumentClient(table.client);
    await documents.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { pk: 'POLICY', sk: 'POLICY#2022-03-02#QP-2022', entity: 'PolicyVersion', record: LEGACY },
      }),
    );
    const programme = new DynamoProgrammeStore(documents, table.tableName);
    const ports = {
      towns: new DynamoTownRepository(documents, table.tableName),
      programme,
      clock: new ManualClock(new Date('2026-12-01T01:00:00Z')),
    };

    await expect(seedReferenceData(ports)).resolves.toMatchObject({
      policyVersionsAdded: 0,
      policyVersionsMigrated: ['QP-2022'],
    });
    await expect(programme.get('PolicyVersion', 'QP-2022')).resolves.toMatchObject({
      effectiveFrom: '2022-03-02',
      effectiveTo: '2022-12-31',
      status: 'PUBLISHED',
      banYears: 3,
    });
    const legacy = await documents.send(
      new GetCommand({ TableName: table.tableName, Key: { pk: 'POLICY', sk: 'POLICY#2022-03-02#QP-2022' } }),
    );
    expect(legacy.Item).toBeUndefined();
    const trail = await new DynamoAuditTrail(documents, table.tableName).list('QP-2022', { first: 10 });
    // The trail keeps before and after as JSON text.
    const records = trail.edges.map(({ node }) => ({
      ...node,
      before: JSON.parse(String(node.before)) as unknown,
      after: JSON.parse(String(node.after)) as unknown,
    }));
    expect(records).toEqual([
      expect.objectContaining({
        operation: 'migratePolicyVersion',
        actorRole: 'SYSTEM',
        entityType: 'POLICY_VERSION',
        before: LEGACY,
        after: expect.objectContaining({ effectiveTo: '2022-12-31' }) as unknown,
      }),
    ]);

    // The one-off runs once: a second start finds nothing to migrate and nothing to add.
    await expect(seedReferenceData(ports)).resolves.toMatchObject({
      policyVersionsAdded: 0,
      policyVersionsMigrated: [],
    });
  });
});
