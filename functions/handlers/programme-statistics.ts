/**
 * Lambda entry point of the programme statistics (issue 17): an EventBridge rule on the domain-events bus
 * sends it the events that count. Composition root: the table's statistics adapter, built once per
 * container (it keeps the policy versions it read, which never change once published).
 */
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoStatistics } from '#adapters/dynamodb/statistics-store';
import { count, logger, metrics, tracer } from '#adapters/observability/powertools';
import { requireEnv } from '#config/env';
import { createStatisticsHandler } from './statistics-handler.ts';

const statistics = new DynamoStatistics(
  createDocumentClient(
    tracer.captureAWSv3Client(createDynamoClient({ region: requireEnv(process.env, 'AWS_REGION') })),
  ),
  requireEnv(process.env, 'TABLE_NAME'),
);
const handle = createStatisticsHandler(
  { counters: statistics, facts: statistics },
  { info: (message, fields) => logger.info(message, fields), count },
);

export const handler: typeof handle = async (event) => {
  try {
    return await handle(event);
  } finally {
    metrics.publishStoredMetrics();
  }
};
