import type { Stack } from 'aws-cdk-lib';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { Policy } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
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
  acknowledgeReviewedWildcards(stateful);
  acknowledgeReviewedWildcards(stateless);
  // Wildcards on named resources, each acknowledged on the one policy that grants it. The bucket ARNs
  // arrive through the stateful stack's exports, named after the buckets' logical IDs.
  const graphqlPolicy = policyAt(stateless, 'GraphqlFunction/Function/ServiceRole/DefaultPolicy');
  const importPolicy = policyAt(
    stateless,
    'CertificationImports/Function/Function/ServiceRole/DefaultPolicy',
  );
  const stateMachinePolicy = policyAt(stateless, 'ApprovalWorkflow/StateMachine/Role/DefaultPolicy');
  Validations.of(graphqlPolicy).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/*]`,
      reason:
        'Attachment keys are created at run time, so the function that signs upload and download URLs needs s3:PutObject and s3:GetObject on the objects of the attachments bucket; nothing else (no delete, list or ACL actions) and no other bucket.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::<CertificationImportsFunction890838B2.Arn>:*]',
      reason:
        'The GraphQL function invokes the import function (asynchronously, to run a requested import) in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
    },
  );
  Validations.of(importPolicy).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttAttachmentsBucket134755D7Arn3EBF7014/import/*]`,
      reason:
        'The import function reads the lists the commission uploaded (keys `import/…` made at run time): s3:GetObject on that prefix only.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::${stateful.stackName}:ExportsOutputFnGetAttImportsBucketB463A28BArnED5516E7/*]`,
      reason:
        'Operators drop lists under any key: the import function may read (s3:GetObject only) every object of the imports bucket.',
    },
  );
  Validations.of(stateMachinePolicy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::<WorkflowTaskFunctionE88F4855.Arn>:*]',
    reason:
      'The state machine may invoke the workflow task function in any of its versions or aliases (CDK grants the :* suffix); it invokes nothing else.',
  });
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

/**
 * The only actions granted on `Resource: *`, each with why: IAM offers them no resource-level permission
 * (or, for task responses, the token names the task). Anything else on `*` fails synthesis.
 */
export const REVIEWED_WILDCARD_ACTIONS: Readonly<Record<string, string>> = {
  'xray:PutTraceSegments': 'X-Ray trace submission has no resource-level permissions',
  'xray:PutTelemetryRecords': 'X-Ray telemetry has no resource-level permissions',
  'xray:GetSamplingRules': 'X-Ray sampling rules (state machine tracing) have no resource-level permissions',
  'xray:GetSamplingTargets':
    'X-Ray sampling targets (state machine tracing) have no resource-level permissions',
  'states:SendTaskSuccess':
    'a callback task is completed by its task token, which names the task; naming the state machine would also make the task function and the machine depend on each other',
  'states:SendTaskFailure': 'as SendTaskSuccess: the task token names the task',
  'logs:CreateLogDelivery':
    'the state machine’s CloudWatch Logs delivery APIs have no resource-level permissions',
  'logs:GetLogDelivery': 'log delivery API without resource-level permissions',
  'logs:UpdateLogDelivery': 'log delivery API without resource-level permissions',
  'logs:DeleteLogDelivery': 'log delivery API without resource-level permissions',
  'logs:ListLogDeliveries': 'log delivery API without resource-level permissions',
  'logs:PutResourcePolicy': 'log delivery needs the log group’s resource policy; the API takes no resource',
  'logs:DescribeResourcePolicies': 'log delivery API without resource-level permissions',
  'logs:DescribeLogGroups': 'log delivery API without resource-level permissions',
};

/**
 * cdk-nag's IAM5 finding names the resource (`*`) but not the action, so its acknowledgement is made on
 * each policy that grants `*`, never on a stack, and only when every action it grants on `*` is one of
 * the reviewed ones above: a new wildcard anywhere fails synthesis here, naming the action.
 */
function acknowledgeReviewedWildcards(stack: Stack): void {
  for (const policy of stack.node.findAll().filter((node): node is Policy => node instanceof Policy)) {
    const statements =
      (policy.document.toJSON() as { Statement?: { Action: unknown; Resource: unknown }[] } | undefined)
        ?.Statement ?? [];
    const onStar = statements
      .filter((statement) => [statement.Resource].flat().includes('*'))
      .flatMap((statement) => [statement.Action].flat() as string[]);
    if (onStar.length === 0) continue;
    const unreviewed = onStar.filter((action) => !(action in REVIEWED_WILDCARD_ACTIONS));
    if (unreviewed.length > 0)
      throw new Error(
        `${policy.node.path} grants ${unreviewed.join(', ')} on Resource *: not a reviewed wildcard`,
      );
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `Only actions without resource-level permissions are granted on *: ${onStar
        .map((action) => `${action} (${REVIEWED_WILDCARD_ACTIONS[action] ?? ''})`)
        .join('; ')}.`,
    });
  }
}

/** The construct at `path` under `stack` (e.g. a role's default policy), or an error naming the path. */
function policyAt(stack: Stack, path: string): IConstruct {
  let node: IConstruct = stack;
  for (const id of path.split('/')) {
    const child = node.node.tryFindChild(id);
    if (child === undefined) throw new Error(`no construct ${path} in ${stack.stackName}`);
    node = child;
  }
  return node;
}
