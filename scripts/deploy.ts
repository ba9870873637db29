/**
 * `npm run deploy`: the whole deployment in one command (issue 18; README, "Deploying").
 *
 *   npm run deploy -- -c stage=prod -c allowedOrigins=https://awards.example.gov.cn \
 *     -c callbackUrls=https://awards.example.gov.cn/auth/callback -c alarmEmails=ops@example.gov.cn
 *
 * 1. checks the context as `cdk synth` will (and that someone is told of alarms), before anything else;
 * 2. checks the AWS credentials and Region (STS) and whether the environment is bootstrapped (SSM);
 * 3. runs `cdk bootstrap aws://ACCOUNT/REGION` if it is not (once per account and Region);
 * 4. runs `cdk deploy --all` with the same context, writing the outputs to cdk-outputs-<stage>.json,
 *    and prints the next steps. `--dry-run` stops after 2 and prints the commands instead.
 *
 * Exit status: 0 done, 1 a check or command failed, 2 wrong usage or context.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findAwsEnvironment } from './deploy/aws-environment.ts';
import type { PlannedCommand } from './deploy/plan.ts';
import {
  checkDeployContext,
  commandLine,
  DEPLOY_USAGE,
  DeployError,
  deployPlan,
  outputsFile,
  parseDeployArgs,
} from './deploy/plan.ts';

function fail(message: string, status: 1 | 2): never {
  console.error(`npm run deploy: ${message}${status === 2 ? `\n\n${DEPLOY_USAGE}` : ''}`);
  process.exit(status);
}

/** The context the CDK reads from files: cdk.json's, then cdk.context.json's (the command line wins). */
function fileContext(): Record<string, unknown> {
  const json = (path: string): Record<string, unknown> =>
    existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  const cdkJson = json('cdk.json') as { context?: Record<string, unknown> };
  return { ...cdkJson.context, ...json('cdk.context.json') };
}

function run(planned: PlannedCommand): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(planned.command, planned.args, {
      stdio: 'inherit',
      env: { ...process.env, ...planned.env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

let options;
let checked;
try {
  options = parseDeployArgs(process.argv.slice(2));
  if (options.help) {
    console.log(DEPLOY_USAGE);
    process.exit(0);
  }
  checked = checkDeployContext(fileContext(), options);
} catch (error) {
  if (error instanceof DeployError) fail(error.message, 2);
  throw error;
}
for (const warning of checked.warnings) console.warn(`warning: ${warning}`);

let environment;
try {
  environment = await findAwsEnvironment(options);
} catch (error) {
  if (error instanceof DeployError) fail(error.message, 1);
  throw error;
}
const { stage } = checked.settings;
console.log(
  `stage "${stage}" → account ${environment.account}, Region ${environment.region}, as ${environment.callerArn}; bootstrap ${
    environment.bootstrapVersion === undefined ? 'not found' : `version ${environment.bootstrapVersion}`
  }`,
);

const plan = deployPlan(options, checked.settings, environment);
if (options.dryRun) {
  console.log('\ndry run: nothing is run. The deployment would run:');
  for (const [index, planned] of plan.entries())
    console.log(`\n${index + 1}. ${planned.why}\n   ${commandLine(planned)}`);
  process.exit(0);
}
for (const planned of plan) {
  console.log(`\n→ ${planned.why}\n  ${commandLine(planned)}\n`);
  const status = await run(planned);
  if (status !== 0)
    fail(`${planned.args.slice(0, 2).join(' ')} failed (exit status ${status}); nothing after it was run`, 1);
}

// What an operator does next (README, "Deploying", steps 5–8).
const outputs = existsSync(outputsFile(stage))
  ? (JSON.parse(readFileSync(outputsFile(stage), 'utf8')) as Record<string, Record<string, string>>)
  : {};
const outputOrNothing = (name: string): string | undefined =>
  Object.values(outputs).find((stackOutputs) => name in stackOutputs)?.[name];
const output = (name: string): string => outputOrNothing(name) ?? `<${name}>`;
// The dashboard is there only with -c operationsDashboard=true (issue 19: US$3 a month).
const dashboard = outputOrNothing('DashboardUrl');
console.log(`
Deployed. The outputs are in ${outputsFile(stage)} (README, "Deploying", says what each is for). Next:
  - each address in alarmEmails gets "AWS Notification - Subscription Confirmation": open its link, or no alarm reaches it;
  - the first commission user:
      npm run users -- create --role ECONOMIC_COMMISSION --email <address> --name <name> --user-pool-id ${output('UserPoolId')} --apply
  - the front ends: GraphQL ${output('GraphqlUrl')}, public ${output('PublicGraphqlUrl')}, sign-in ${output('SignInBaseUrl')}, client id ${output('UserPoolClientId')}${dashboard === undefined ? '.' : `;\n  - the Operations dashboard: ${dashboard}`}`);
