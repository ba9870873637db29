/**
 * The CDK app: `npx cdk synth` (offline) and
 * `npx cdk deploy --all -c stage=prod -c allowedOrigins=https://… -c callbackUrls=https://…/` (README, "Deploying").
 */
import { App } from 'aws-cdk-lib';
import { buildServiceApp, settingsFromContext } from './app-builder.ts';

const app = new App();
buildServiceApp(settingsFromContext(app), app);
