import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ILocalBundling } from 'aws-cdk-lib';
import { Architecture, Code, Function as Lambda, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { bundleFunction } from '../bundle.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * esbuild through its API, on this machine. CDK reuses a bundle made from the same folder with the same
 * options, compared as JSON: the entry is a field so that it is part of that comparison (a function is
 * not), or every function would get the first one's bundle.
 */
class LocalEsbuild implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    bundleFunction(projectRoot, this.entry, outputDir);
    return true;
  }
}

export interface ServiceFunctionProps {
  /** Entry file relative to the repository root, e.g. `functions/handlers/graphql.ts`. */
  readonly entry: string;
  readonly environment: Record<string, string>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /** For functions invoked asynchronously: where events go once Lambda's retries are spent. */
  readonly deadLetterQueue?: IQueue;
  /**
   * Concurrent executions reserved for the function, which are also its ceiling: a flood of requests
   * cannot take the account's whole concurrency, nor run more copies than the table can serve.
   * `undefined`: none reserved.
   */
  readonly reservedConcurrentExecutions?: number | undefined;
  /**
   * X-Ray: `ACTIVE` (the default) samples each invocation with Lambda's fixed rule, the first a second and
   * 5 % of the rest, which at this service's rates is nearly every one; `PASS_THROUGH` traces only what the
   * caller sampled (issue 19: the GraphQL function, whose public route's REST stage samples).
   */
  readonly tracing?: Tracing;
}

/**
 * Every Lambda of the service the same way: Node.js 22 on arm64, bundled by the local esbuild (see
 * `infra/bundle.ts`: ESM, code splitting, AWS SDK included), X-Ray tracing, a log group with a retention
 * period. Grants are made by the caller.
 */
export class ServiceFunction extends Construct {
  readonly function: Lambda;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const logGroup = (this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    this.function = new Lambda(this, 'Function', {
      // esbuild's own API rather than NodejsFunction's command line: only the API splits code into chunks.
      code: Code.fromAsset(projectRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: new LocalEsbuild(props.entry),
          // Never used: bundling is always local (esbuild is a dev dependency), but CDK requires an image.
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
        },
      }),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(15),
      tracing: props.tracing ?? Tracing.ACTIVE,
      logGroup,
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue, retryAttempts: 2 } : {}),
      environment: {
        POWERTOOLS_SERVICE_NAME: 'smart-factory-awards',
        POWERTOOLS_METRICS_NAMESPACE: 'SmartFactoryAwards',
        ...props.environment,
      },
    });
  }
}
