/**
 * The CDK app: `npx cdk synth` (offline) and `npx cdk deploy --all -c stage=prod -c allowedOrigins=https://…`.
 */
import { App } from 'aws-cdk-lib';
import { buildServiceApp } from './app-builder.ts';

const app = new App();
const stage: unknown = app.node.tryGetContext('stage');
const origins: unknown = app.node.tryGetContext('allowedOrigins');
if (typeof stage !== 'string' || !/^[a-z][a-z0-9-]{0,20}$/.test(stage)) {
  throw new Error('context "stage" is required (lower-case, e.g. -c stage=prod)');
}
if (typeof origins !== 'string' || origins.trim() === '') {
  throw new Error('context "allowedOrigins" is required: comma-separated browser origins of the front ends');
}
buildServiceApp({ stage, allowedOrigins: origins.split(',').map((origin) => origin.trim()) }, app);
