/**
 * Lambda entry point of imports (R6.7b): runs an import the API queued, or imports a list dropped into the
 * imports bucket. Composition root: built once per container. A run that throws is retried by Lambda and
 * then lands in the dead-letter queue with an alarm; repeating a run records nothing twice.
 */
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { tracer } from '#adapters/observability/powertools';
import { S3FileStore } from '#adapters/files/s3-file-store';
import { LambdaImportQueue } from '#adapters/imports/lambda-import-queue';
import { StepFunctionsWorkflow } from '#adapters/workflow/step-functions-workflow';
import { requireEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { createAppServices } from '#graphql/app-services';
import { createImportHandler } from './import-handler.ts';

const region = requireEnv(process.env, 'AWS_REGION');
const s3 = tracer.captureAWSv3Client(new S3Client({ region }));
const app = createAppServices({
  mode: 'production',
  dynamo: tracer.captureAWSv3Client(createDynamoClient({ region })),
  tableName: requireEnv(process.env, 'TABLE_NAME'),
  clock: systemClock,
  files: new S3FileStore(s3, requireEnv(process.env, 'ATTACHMENTS_BUCKET'), systemClock),
  workflow: () =>
    new StepFunctionsWorkflow(new SFNClient({ region }), requireEnv(process.env, 'STATE_MACHINE_ARN')),
  // Runs never queue further runs; the queue is here only because the services include one.
  imports: () => new LambdaImportQueue(new LambdaClient({ region }), 'unused'),
});

export const handler = createImportHandler(app, {
  importsBucket: requireEnv(process.env, 'IMPORTS_BUCKET'),
  droppedFiles: new S3FileStore(s3, requireEnv(process.env, 'IMPORTS_BUCKET'), systemClock),
});
