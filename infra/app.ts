/**
 * The CDK app: `npm run synth` (offline, a local context) and `npm run deploy -- -c stage=prod
 * -c allowedOrigins=https://… -c callbackUrls=https://…/ -c alarmEmails=…` (README, "Deploying"). cdk.json
 * gives no deployment settings: a missing one is refused with what to pass.
 */
import { App } from 'aws-cdk-lib';
import { buildServiceApp, settingsFromContext } from './app-builder.ts';

const app = new App();
buildServiceApp(settingsFromContext(app), app);
