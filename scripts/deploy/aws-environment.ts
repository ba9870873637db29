/**
 * `npm run deploy`'s look at AWS before it runs anything (read-only): who the credentials are (STS
 * GetCallerIdentity), which Region, and whether the CDK bootstrap stack is there (its SSM parameter).
 */
import { GetParameterCommand, ParameterNotFound, SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsEnvironment } from './plan.ts';
import { BOOTSTRAP_VERSION_PARAMETER, DeployError } from './plan.ts';

export async function findAwsEnvironment(options: {
  readonly profile?: string | undefined;
  readonly region?: string | undefined;
  /** `--bootstrap`: bootstrapping anyway, so its version is not looked up. */
  readonly bootstrap?: boolean;
}): Promise<AwsEnvironment> {
  const config = {
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.region === undefined ? {} : { region: options.region }),
  };
  const sts = new STSClient(config);
  let region: string;
  try {
    region = await sts.config.region();
  } catch {
    throw new DeployError(
      'no AWS Region: pass --region (e.g. --region cn-north-1), set AWS_REGION, or give the profile a region',
    );
  }
  let account: string;
  let callerArn: string;
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    account = identity.Account ?? '';
    callerArn = identity.Arn ?? '';
  } catch (error) {
    throw new DeployError(
      `no usable AWS credentials (${(error as Error).name}: ${(error as Error).message}): sign in (aws configure, aws sso login) or pass --profile NAME`,
    );
  } finally {
    sts.destroy();
  }
  if (options.bootstrap === true) return { account, region, callerArn, bootstrapVersion: undefined };
  const ssm = new SSMClient({ ...config, region });
  try {
    const parameter = await ssm.send(new GetParameterCommand({ Name: BOOTSTRAP_VERSION_PARAMETER }));
    const version = Number(parameter.Parameter?.Value);
    return { account, region, callerArn, bootstrapVersion: Number.isFinite(version) ? version : undefined };
  } catch (error) {
    if (error instanceof ParameterNotFound)
      return { account, region, callerArn, bootstrapVersion: undefined };
    throw new DeployError(
      `cannot tell whether aws://${account}/${region} is bootstrapped: reading ${BOOTSTRAP_VERSION_PARAMETER} failed (${(error as Error).name}: ${(error as Error).message}); pass --bootstrap to run cdk bootstrap anyway`,
    );
  } finally {
    ssm.destroy();
  }
}
