/**
 * Deployment-time and daily Lambda: seeds the reference data an empty table needs (the towns of R3.2, the
 * first policy version of R8.1) and runs the one-off policy-version migration of R9.1 — what `npm start`
 * does locally — then logs whether a published policy version covers today (alarmed when none does). Run
 * by a CDK trigger after every deployment that changes it and by a daily schedule; adds only what is
 * missing, so administrators' later changes survive.
 */
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoProgrammeStore } from '#adapters/dynamodb/programme-store';
import { DynamoTownRepository } from '#adapters/dynamodb/town-repository';
import { logger } from '#adapters/observability/powertools';
import { requireEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { seedReferenceData } from '#use-cases/seed-reference-data';
import { policyCoverage } from '#use-cases/programme/policy-versions';

const tableName = requireEnv(process.env, 'TABLE_NAME');
const documents = createDocumentClient(createDynamoClient({ region: requireEnv(process.env, 'AWS_REGION') }));

const programme = new DynamoProgrammeStore(documents, tableName);

/** After every deployment and once a day: seed what is missing, then say whether a version covers today. */
export async function handler(): Promise<
  Awaited<ReturnType<typeof seedReferenceData>> & { policyVersionInForce: string | null }
> {
  const seeded = await seedReferenceData({
    towns: new DynamoTownRepository(documents, tableName),
    programme,
    clock: systemClock,
  });
  logger.info('reference data seeded', seeded);
  const coverage = await policyCoverage({ programme, clock: systemClock });
  // R9.1: nothing is guessed; the alarm on these lines tells operators to publish the current document.
  if (coverage.versionId === null)
    logger.warn('no published policy version is in force today', {
      event: 'noPolicyVersionInForce',
      date: coverage.date,
    });
  return { ...seeded, policyVersionInForce: coverage.versionId };
}
