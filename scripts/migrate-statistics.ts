/**
 * `npm run migrate:statistics`: issue 17's one-off rebuild of the programme statistics, for a table in AWS.
 * Every audit record of the table is turned into its domain event and counted, exactly as the statistics
 * function counts the events it is sent — each once: an event the function counted already (its marker
 * is there) changes nothing, so it can run while the function is live, and again. Run it once after
 * deploying the release with the statistics, with an operator's credentials: it Scans the table, which the
 * service's functions are not granted. `npm start` runs it on its local table by itself.
 *
 *   TABLE_NAME=<the stateful stack's table> AWS_REGION=cn-north-1 npm run migrate:statistics
 *
 * DYNAMODB_ENDPOINT points it at another DynamoDB endpoint (DynamoDB Local, a development table).
 */
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { optionalEnv, requireEnv } from '#config/env';
import { backfillStatistics, markStatisticsBackfilled } from './statistics-backfill.ts';

const tableName = requireEnv(process.env, 'TABLE_NAME');
const documents = createDocumentClient(
  createDynamoClient({
    region: requireEnv(process.env, 'AWS_REGION'),
    endpoint: optionalEnv(process.env, 'DYNAMODB_ENDPOINT'),
  }),
);
const result = await backfillStatistics(documents, tableName, {
  onProgress: ({ records, counted, duplicates, failed }) =>
    console.log(
      `audit records read so far: ${records}; events counted ${counted}, already counted ${duplicates}, failed ${failed}`,
    ),
  onError: (record, error) =>
    console.error(`not counted: ${record}: ${error instanceof Error ? error.message : String(error)}`),
});
if (result.failed > 0) {
  console.error(
    `${result.failed} audit records could not be counted (above, with the reason); fix the cause and run it again: what was counted stays counted once`,
  );
  process.exitCode = 1;
} else {
  await markStatisticsBackfilled(documents, tableName, new Date(), result);
  console.log(
    `done: ${result.counted} events counted, ${result.duplicates} already counted, from ${result.records} audit records of ${tableName}`,
  );
}
