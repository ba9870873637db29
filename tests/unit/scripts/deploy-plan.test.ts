import { describe, expect, it } from 'vitest';
import type { AwsEnvironment } from '../../../scripts/deploy/plan.ts';
import {
  BOOTSTRAP_VERSION_PARAMETER,
  checkDeployContext,
  commandLine,
  DeployError,
  deployPlan,
  MIN_BOOTSTRAP_VERSION,
  parseDeployArgs,
} from '../../../scripts/deploy/plan.ts';

/** Issue 18: `npm run deploy`'s argument handling and command plan, pure (no AWS, no processes). */

const CDK_JSON = { '@aws-cdk/core:defaultCrossStackReferences': 'strong' };
const ARGS = [
  '-c',
  'stage=prod',
  '-c',
  'allowedOrigins=https://awards.qingpu.gov.cn',
  '--context',
  'callbackUrls=https://awards.qingpu.gov.cn/auth/callback',
  '-c',
  'alarmEmails=ops@qingpu.gov.cn,duty@qingpu.gov.cn',
];
const BOOTSTRAPPED: AwsEnvironment = {
  account: '111122223333',
  region: 'cn-north-1',
  callerArn: 'arn:aws-cn:iam::111122223333:user/operator',
  bootstrapVersion: 28,
};

const without = (key: string): string[] => {
  const index = ARGS.findIndex((arg) => arg.startsWith(`${key}=`));
  return [...ARGS.slice(0, index - 1), ...ARGS.slice(index + 1)];
};

describe('npm run deploy: arguments', () => {
  it('reads -c/--context key=value pairs (the last of a key wins, = allowed in a value) and the options', () => {
    const options = parseDeployArgs([
      ...ARGS,
      '-c',
      'stage=staging',
      '-c',
      'logoutUrls=https://a.example/?x=1',
      '--dry-run',
      '--profile',
      'qingpu-ops',
      '--region',
      'cn-northwest-1',
    ]);
    expect(options).toEqual({
      context: {
        stage: 'staging',
        allowedOrigins: 'https://awards.qingpu.gov.cn',
        callbackUrls: 'https://awards.qingpu.gov.cn/auth/callback',
        alarmEmails: 'ops@qingpu.gov.cn,duty@qingpu.gov.cn',
        logoutUrls: 'https://a.example/?x=1',
      },
      dryRun: true,
      bootstrap: false,
      help: false,
      profile: 'qingpu-ops',
      region: 'cn-northwest-1',
    });
  });

  it('refuses an unknown option, a stray word and context without =', () => {
    expect(() => parseDeployArgs(['--yes'])).toThrow(DeployError);
    expect(() => parseDeployArgs(['deploy'])).toThrow(DeployError);
    expect(() => parseDeployArgs(['-c', 'stage'])).toThrow(/-c stage: context is given as -c key=value/);
  });
});

describe('npm run deploy: the context is checked before anything runs', () => {
  it('takes complete context, with the settings cdk synth will build', () => {
    const { settings, warnings } = checkDeployContext(CDK_JSON, parseDeployArgs(ARGS));
    expect(settings).toMatchObject({
      stage: 'prod',
      allowedOrigins: ['https://awards.qingpu.gov.cn'],
      alarmEmails: ['ops@qingpu.gov.cn', 'duty@qingpu.gov.cn'],
    });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['stage', /context "stage" is required.*-c stage=prod/],
    ['allowedOrigins', /context "allowedOrigins" is required.*-c allowedOrigins=https:\/\//],
    ['callbackUrls', /context "callbackUrls" is required.*-c callbackUrls=https:\/\//],
    ['alarmEmails', /context "alarmEmails" is required by npm run deploy.*-c alarmEmails=/],
  ])('refuses a missing %s, saying what to pass', (key, message) => {
    const check = () => checkDeployContext(CDK_JSON, parseDeployArgs(without(key)));
    expect(check).toThrow(DeployError);
    expect(check).toThrow(message);
    expect(check).toThrow(/npm run deploy -- -c stage=prod -c allowedOrigins=/);
  });

  it('takes SMS numbers instead of e-mails, and refuses a malformed address or number', () => {
    const sms = [...without('alarmEmails'), '-c', 'alarmSmsNumbers=+8613800000000'];
    expect(checkDeployContext(CDK_JSON, parseDeployArgs(sms)).settings.alarmSmsNumbers).toEqual([
      '+8613800000000',
    ]);
    expect(() =>
      checkDeployContext(CDK_JSON, parseDeployArgs([...ARGS, '-c', 'alarmEmails=ops.qingpu.gov.cn'])),
    ).toThrow(/context "alarmEmails": ops.qingpu.gov.cn is not an e-mail address/);
    expect(() =>
      checkDeployContext(CDK_JSON, parseDeployArgs([...ARGS, '-c', 'alarmSmsNumbers=13800000000'])),
    ).toThrow(/alarmSmsNumbers.*E\.164/);
  });

  it('warns when a deployment would accept a front end on localhost', () => {
    const local = parseDeployArgs([...ARGS, '-c', 'allowedOrigins=http://localhost:5173']);
    expect(checkDeployContext(CDK_JSON, local).warnings).toEqual([
      expect.stringMatching(/allowedOrigins includes http:\/\/localhost:5173/),
    ]);
  });

  it('reads what files give under the command line (cdk.json, cdk.context.json)', () => {
    const fromFile = { ...CDK_JSON, stage: 'fromfile' };
    expect(checkDeployContext(fromFile, parseDeployArgs(without('stage'))).settings.stage).toBe('fromfile');
    expect(checkDeployContext(fromFile, parseDeployArgs(ARGS)).settings.stage).toBe('prod');
  });
});

describe('npm run deploy: the plan', () => {
  const options = parseDeployArgs(ARGS);
  const settings = { stage: 'prod' };

  it('deploys both stacks with the same context, in the Region checked, writing the outputs to a file', () => {
    const plan = deployPlan(options, settings, BOOTSTRAPPED);
    expect(plan.map(commandLine)).toEqual([
      'AWS_REGION=cn-north-1 AWS_DEFAULT_REGION=cn-north-1 npx cdk deploy --all -c stage=prod -c allowedOrigins=https://awards.qingpu.gov.cn -c callbackUrls=https://awards.qingpu.gov.cn/auth/callback -c alarmEmails=ops@qingpu.gov.cn,duty@qingpu.gov.cn --outputs-file cdk-outputs-prod.json',
    ]);
  });

  it('bootstraps first, once, where the bootstrap parameter is missing', () => {
    const plan = deployPlan(options, settings, { ...BOOTSTRAPPED, bootstrapVersion: undefined });
    expect(plan.map((step) => step.args.slice(0, 3))).toEqual([
      ['cdk', 'bootstrap', 'aws://111122223333/cn-north-1'],
      ['cdk', 'deploy', '--all'],
    ]);
    expect(plan[0]?.why).toContain(`not bootstrapped (no ${BOOTSTRAP_VERSION_PARAMETER})`);
    expect(plan[0]?.args).toContain('stage=prod');
  });

  it('upgrades a bootstrap older than the app needs, and bootstraps again when asked', () => {
    const old = deployPlan(options, settings, {
      ...BOOTSTRAPPED,
      bootstrapVersion: MIN_BOOTSTRAP_VERSION - 1,
    });
    expect(old[0]?.why).toMatch(/older than the 6 this app needs/);
    const forced = deployPlan(parseDeployArgs([...ARGS, '--bootstrap']), settings, BOOTSTRAPPED);
    expect(forced.map((step) => step.args[1])).toEqual(['bootstrap', 'deploy']);
  });

  it('runs every command as the profile given, and quotes what a shell would split', () => {
    const plan = deployPlan(
      parseDeployArgs([...ARGS, '--profile', 'qingpu-ops', '-c', 'logoutUrls=https://a.example/?a=1&b=2']),
      settings,
      BOOTSTRAPPED,
    );
    expect(plan[0]?.env).toEqual({
      AWS_PROFILE: 'qingpu-ops',
      AWS_REGION: 'cn-north-1',
      AWS_DEFAULT_REGION: 'cn-north-1',
    });
    expect(commandLine(plan[0] ?? { why: '', command: '', args: [], env: {} })).toMatch(
      /^AWS_PROFILE=qingpu-ops .* -c 'logoutUrls=https:\/\/a\.example\/\?a=1&b=2' /,
    );
  });
});
