import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { seedReferenceData } from '#use-cases/seed-reference-data';
import { systemClock } from '#domain/clock';
import type { TestTable } from '../../support/dynamo.ts';
import { createTestTable } from '../../support/dynamo.ts';

let table: TestTable;
let towns: DynamoTownRepository;
let programme: DynamoProgrammeStore;
beforeAll(async () => {
  table = await createTestTable();
  towns = new DynamoTownRepository(createDocumentClient(table.client), table.tableName);
  programme = new DynamoProgrammeStore(createDocumentClient(table.client), table.tableName);
});
afterAll(async () => table.drop());

describe('reference data: local units (R3.2)', () => {
  it('stops a list of the towns whose signal is aborted, as the process’s list does past its deadline (issue 19)', async () => {
    await expect(towns.list({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('seeds Qingpu’s 3 subdistricts and 8 towns into an empty table', async () => {
    await expect(seedReferenceData({ towns, programme, clock: systemClock })).resolves.toEqual({
      townsAdded: 11,
      policyVersionsAdded: 1,
      policyVersionsMigrated: [],
    });
    const stored = await towns.list();
    expect(
      stored
        .filter((town) => town.kind === 'SUBDISTRICT')
        .map((town) => town.name)
        .sort(),
    ).toEqual(['夏阳街道', '盈浦街道', '香花桥街道'].sort());
    expect(stored.filter((town) => town.kind === 'TOWN')).toHaveLength(8);
    await expect(towns.get('ZHUJIAJIAO')).resolves.toEqual({
      code: 'ZHUJIAJIAO',
      name: '朱家角镇',
      nameEn: 'Zhujiajiao Town',
      kind: 'TOWN',
      active: true,
    });
  });

  it('seeding again adds nothing and keeps what an administrator changed', async () => {
    const renamed = {
      code: 'BAIHE',
      name: '白鹤镇（合并）',
      nameEn: 'Baihe Town',
      kind: 'TOWN',
      active: false,
    } as const;
    await createDocumentClient(table.client).send(
      new PutCommand({
        TableName: table.tableName,
        Item: { pk: 'TOWN', sk: 'TOWN#BAIHE', entity: 'Town', ...renamed },
      }),
    );
    await expect(seedReferenceData({ towns, programme, clock: systemClock })).resolves.toEqual({
      townsAdded: 0,
      policyVersionsAdded: 0,
      policyVersionsMigrated: [],
    });
    await expect(towns.get('BAIHE')).resolves.toEqual(renamed);
  });
});
