/**
 * `npm run migrate:audit-index`: issue 17's one-off migration, for a table in AWS. Audit records written
 * before the trail could be read by actor, entity type and date get the index attributes their record
 * implies (nothing else of them changes; a rerun changes nothing). Run it once after deploying the release
 * that reads those indexes, with an operator's credentials: it Scans the table and updates `AUDIT#*`
 * items' index attributes, which the service's own functions are denied. `npm start` runs it on its
 * local table by itself.
 *
 *   TABLE_NAME=<the stateful stack's table> AWS_REGION=cn-north-1 npm run migrate:audit-index
 *
 * DYNAMODB_ENDPOINT points it at another DynamoDB endpoint (DynamoDB Local, a development table).
 */
import { AUDIT_INDEX_MIGRATION_KEY, backfillAuditIndexes } from './audit-index-backfill.ts';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { optionalEnv, requireEnv } from '#config/env';

const tableName = requireEnv(process.env, 'TABLE_NAME');
const documents = createDocumentClient(
  createDynamoClient({
    region: requireEnv(process.env, 'AWS_REGION'),
    endpoint: optionalEnv(process.env, 'DYNAMODB_ENDPOINT'),
  }),
);
const result = await backfillAuditIndexes(documents, tableName, ({ found, indexed }) => {
  console.log(`audit records without indexes so far: ${found} found, ${indexed} indexed`);
});
await documents.send(
  new PutCommand({
    TableName: tableName,
    Item: {
      ...AUDIT_INDEX_MIGRATION_KEY,
      entity: 'Migration',
      completedAt: new Date().toISOString(),
      ...result,
    },
  }),
);
console.log(`done: ${result.indexed} audit records indexed (${result.found} found) in ${tableName}`);
