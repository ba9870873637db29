import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { StatefulStack } from './stacks/stateful-stack.ts';
import { StatelessStack } from './stacks/stateless-stack.ts';

export interface DeploymentSettings {
  /** Deployment name, part of every stack name (e.g. `prod`, `test`). */
  readonly stage: string;
  /** Browser origins of the front ends. */
  readonly allowedOrigins: readonly string[];
}

export interface ServiceApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Builds the whole service; shared by `infra/app.ts` (cdk synth/deploy) and the infra tests. */
export function buildServiceApp(settings: DeploymentSettings, app = new App()): ServiceApp {
  const prefix = `SmartFactoryAwards-${settings.stage}`;
  const stateful = new StatefulStack(app, `${prefix}-Stateful`, { allowedOrigins: settings.allowedOrigins });
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    table: stateful.table,
    userPool: stateful.userPool,
    appClient: stateful.appClient,
    attachments: stateful.attachments,
    imports: stateful.imports,
    allowedOrigins: settings.allowedOrigins,
  });
  Tags.of(app).add('service', 'smart-factory-awards');
  Tags.of(app).add('stage', settings.stage);
  suppressReviewedFindings(stateful, stateless);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stateful, stateless };
}

/** cdk-nag findings we accept, each with the reason a reviewer needs. */
function suppressReviewedFindings(stateful: StatefulStack, stateless: StatelessStack): void {
  const acknowledge = (id: string, reason: string): void => {
    Validations.of(stateless).acknowledge({ id, reason });
  };
  // S3's EventBridge switch is set through a CDK-provided custom resource whose Lambda logs with the
  // basic execution role.
  Validations.of(stateful).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      'The AWS-managed basic execution policy lets the CDK bucket-notifications handler (which turns on EventBridge for the imports bucket) write its own CloudWatch logs and nothing else.',
  });
  acknowledge(
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'The AWS-managed basic execution policy lets the function write its own CloudWatch logs and nothing else.',
  );
  acknowledge(
    'AwsSolutions-IAM5[Resource::*]',
    'Actions without resource-level permissions: X-Ray trace submission (xray:PutTraceSegments, PutTelemetryRecords) and Step Functions task responses (states:SendTaskSuccess/Failure, scoped by the task token); table access is granted on named resources only.',
  );
  // The bucket ARN arrives through the stateful stack's export, named after the bucket's logical ID.
  acknowledge(
    `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/*]`,
    'Attachment keys are created at run time, so the function that signs upload and download URLs needs s3:PutObject and s3:GetObject on the objects of the attachments bucket; nothing else (no delete, list or ACL actions) and no other bucket.',
  );
  acknowledge(
    `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/import/*]`,
    'The import function reads the lists the commission uploaded (keys `import/…` made at run time): s3:GetObject on that prefix only.',
  );
  acknowledge(
    `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttImportsBucketB463A28BArnED5516E7/*]`,
    'Operators drop lists under any key: the import function may read (s3:GetObject only) every object of the imports bucket.',
  );
  acknowledge(
    'AwsSolutions-IAM5[Resource::<CertificationImportsFunction890838B2.Arn>:*]',
    'The GraphQL function invokes the import function (asynchronously, to run a requested import) in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
  );
  acknowledge(
    'AwsSolutions-IAM5[Resource::<WorkflowTaskFunctionE88F4855.Arn>:*]',
    'The state machine may invoke the workflow task function in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
  );
  acknowledge(
    'AwsSolutions-SQS3',
    'Both queues are themselves dead-letter queues (failed workflow executions; failed import runs); they need none of their own.',
  );
  acknowledge(
    'AwsSolutions-L1',
    'Node.js 22 is the runtime the design card fixes for every function (Runtime.NODEJS_22_X).',
  );
  acknowledge(
    'AwsSolutions-APIG4',
    'Only /public/graphql has no authorizer: R6.4 makes the publicity list and objection filing public; the function admits only those operations for anonymous callers, and the route has its own lower throttle.',
  );
}
