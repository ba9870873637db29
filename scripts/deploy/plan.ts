/**
 * `npm run deploy`'s decisions, pure (no AWS, no processes): its command line, whether the context makes
 * a deployment (the checks `cdk synth` itself makes, plus someone to tell when an alarm fires), and the
 * commands to run — `cdk bootstrap` where the account and Region are not bootstrapped yet, then
 * `cdk deploy --all` with the same context.
 */
import { parseArgs } from 'node:util';
import type { DeploymentSettings } from '../../infra/app-builder.ts';
import { DEPLOY_EXAMPLE, settingsFromContext } from '../../infra/app-builder.ts';

export const DEPLOY_USAGE = `usage:
  npm run deploy -- -c stage=NAME -c allowedOrigins=URL[,URL] -c callbackUrls=URL[,URL] -c alarmEmails=ADDRESS[,ADDRESS] [-c key=value …] [--dry-run] [--profile NAME] [--region REGION] [--bootstrap]

  e.g. ${DEPLOY_EXAMPLE}
  -c key=value   context for the CDK app (README, "Deploying", lists every key)
  --dry-run      check the context, the credentials and the bootstrap, and print the commands instead of running them
  --profile, --region   the AWS profile and Region to deploy to (default: AWS_PROFILE, AWS_REGION, the profile's Region)
  --bootstrap    run cdk bootstrap even if the environment is bootstrapped (to upgrade it)`;

/** The bootstrap stack version this app's templates require (their CheckBootstrapVersion rule). */
export const MIN_BOOTSTRAP_VERSION = 6;
/** Where `cdk bootstrap` (default qualifier) records its version; what the CDK itself checks. */
export const BOOTSTRAP_VERSION_PARAMETER = '/cdk-bootstrap/hnb659fds/version';

export class DeployError extends Error {}

export interface DeployOptions {
  /** The `-c key=value` pairs, in order given (a key given twice: the last wins, as with cdk). */
  readonly context: Readonly<Record<string, string>>;
  readonly dryRun: boolean;
  /** Run `cdk bootstrap` whatever the environment's bootstrap version. */
  readonly bootstrap: boolean;
  readonly profile?: string;
  readonly region?: string;
  readonly help: boolean;
}

export function parseDeployArgs(argv: readonly string[]): DeployOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        context: { type: 'string', short: 'c', multiple: true },
        'dry-run': { type: 'boolean' },
        bootstrap: { type: 'boolean' },
        profile: { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new DeployError((error as Error).message);
  }
  const { values } = parsed;
  const context: Record<string, string> = {};
  for (const pair of values.context ?? []) {
    const match = /^([A-Za-z@][\w:@/.-]*)=(.*)$/s.exec(pair);
    if (!match) throw new DeployError(`-c ${pair}: context is given as -c key=value`);
    context[match[1] ?? ''] = match[2] ?? '';
  }
  return {
    context,
    dryRun: values['dry-run'] === true,
    bootstrap: values.bootstrap === true,
    help: values.help === true,
    ...(values.profile === undefined ? {} : { profile: values.profile }),
    ...(values.region === undefined ? {} : { region: values.region }),
  };
}

/**
 * The settings the app will be built with — `fileContext` (cdk.json, cdk.context.json) under the command
 * line's — refused as `cdk synth` would refuse them, and also when no one would hear of an alarm.
 * Warnings: what is allowed but probably not meant (a deployment for a front end on localhost).
 */
export function checkDeployContext(
  fileContext: Readonly<Record<string, unknown>>,
  options: Pick<DeployOptions, 'context'>,
): { settings: DeploymentSettings; warnings: string[] } {
  const context: Record<string, unknown> = { ...fileContext, ...options.context };
  let settings: DeploymentSettings;
  try {
    settings = settingsFromContext({ node: { tryGetContext: (key) => context[key] } });
  } catch (error) {
    throw new DeployError((error as Error).message);
  }
  if ((settings.alarmEmails ?? []).length + (settings.alarmSmsNumbers ?? []).length === 0)
    throw new DeployError(
      `context "alarmEmails" is required by npm run deploy: who is told when an alarm fires (-c alarmEmails=ops@example.gov.cn, comma-separated; or -c alarmSmsNumbers=+8613800000000), e.g. ${DEPLOY_EXAMPLE}`,
    );
  const local = [
    ...settings.allowedOrigins.map((url) => ['allowedOrigins', url] as const),
    ...(settings.callbackUrls ?? []).map((url) => ['callbackUrls', url] as const),
  ].filter(([, url]) => /^http:\/\/localhost\b/.test(url));
  const warnings = local.map(
    ([key, url]) =>
      `${key} includes ${url}: the deployment "${settings.stage}" will accept a front end running on someone's own machine`,
  );
  return { settings, warnings };
}

/** Where the deployment goes, as the AWS checks found it. */
export interface AwsEnvironment {
  readonly account: string;
  readonly region: string;
  /** Who is deploying (STS GetCallerIdentity's ARN). */
  readonly callerArn: string;
  /** The bootstrap stack's version (the SSM parameter), `undefined` when not bootstrapped. */
  readonly bootstrapVersion: number | undefined;
}

/** One command to run, with why. */
export interface PlannedCommand {
  readonly why: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Set for the command on top of the inherited environment. */
  readonly env: Readonly<Record<string, string>>;
}

/** The file `cdk deploy` writes the stacks' outputs to (URLs, bucket names, ids; no secrets). */
export const outputsFile = (stage: string): string => `cdk-outputs-${stage}.json`;

export function deployPlan(
  options: DeployOptions,
  settings: Pick<DeploymentSettings, 'stage'>,
  environment: AwsEnvironment,
): PlannedCommand[] {
  const env = {
    ...(options.profile === undefined ? {} : { AWS_PROFILE: options.profile }),
    // The Region the checks found, so that the CDK deploys where they looked.
    AWS_REGION: environment.region,
    AWS_DEFAULT_REGION: environment.region,
  };
  const context = Object.entries(options.context).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
  const target = `aws://${environment.account}/${environment.region}`;
  const plan: PlannedCommand[] = [];
  const version = environment.bootstrapVersion;
  if (options.bootstrap || version === undefined || version < MIN_BOOTSTRAP_VERSION)
    plan.push({
      why: options.bootstrap
        ? `bootstrap ${target} again, as asked (--bootstrap)`
        : version === undefined
          ? `${target} is not bootstrapped (no ${BOOTSTRAP_VERSION_PARAMETER}): create the CDKToolkit stack once`
          : `${target} is bootstrapped at version ${version}, older than the ${MIN_BOOTSTRAP_VERSION} this app needs: upgrade it`,
      command: 'npx',
      args: ['cdk', 'bootstrap', target, ...context],
      env,
    });
  plan.push({
    why: `deploy both stacks of "${settings.stage}" to ${target}; their outputs go to ${outputsFile(settings.stage)}`,
    command: 'npx',
    args: ['cdk', 'deploy', '--all', ...context, '--outputs-file', outputsFile(settings.stage)],
    env,
  });
  return plan;
}

/** A planned command as it would be typed in a POSIX shell (quoted where needed). */
export function commandLine(planned: PlannedCommand): string {
  const quote = (word: string): string =>
    /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
  const env = Object.entries(planned.env).map(([key, value]) => `${key}=${quote(value)}`);
  return [...env, planned.command, ...planned.args.map(quote)].join(' ');
}
