/**
 * Deployment-time Lambda: seeds the reference data an empty table needs (the towns of R3.2, the first
 * policy version of R8.1) — what `npm start` does locally. Run by a CDK trigger after every deployment
 * that changes it; adds only what is missing, so administrators' later changes survive.
 */
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { logger } from '#adapters/observability/powertools';
import { requireEnv } from '#config/env';
import { seedReferenceData } from '#use-cases/seed-reference-data';

const tableName = requireEnv(process.env, 'TABLE_NAME');
const documents = createDocumentClient(createDynamoClient({ region: requireEnv(process.env, 'AWS_REGION') }));

export async function handler(): Promise<{ townsAdded: number; policyVersionsAdded: number }> {
  const seeded = await seedReferenceData({
    towns: new DynamoTownRepository(documents, tableName),
    policies: new DynamoProgrammeStore(documents, tableName),
  });
  logger.info('reference data seeded', seeded);
  return seeded;
}
