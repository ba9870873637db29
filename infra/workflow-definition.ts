import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { ApprovalWorkflow } from './constructs/approval-workflow.ts';

/** The ARN the local definition names as its task function; the local runner binds it to the handler code. */
export const LOCAL_TASK_FUNCTION_ARN = 'arn:aws:lambda:cn-north-1:000000000000:function:local-workflow-task';

/** Pseudo parameters become fixed local values; any other reference is the task function's ARN. */
function placeholder(reference: unknown): string {
  const ref = (reference as { Ref?: string }).Ref;
  switch (ref) {
    case 'AWS::Partition':
      return 'aws';
    case 'AWS::Region':
      return 'cn-north-1';
    case 'AWS::AccountId':
      return '000000000000';
    default:
      return LOCAL_TASK_FUNCTION_ARN;
  }
}

/**
 * Turns a synthesized `DefinitionString` (a string, or an `Fn::Join` whose references CloudFormation fills
 * in at deployment) into the Amazon States Language document, references replaced by placeholder ARNs.
 */
export function aslFromDefinitionString(definition: unknown): Record<string, unknown> {
  if (typeof definition === 'string') return JSON.parse(definition) as Record<string, unknown>;
  const join = (definition as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) throw new Error('unexpected DefinitionString: neither a string nor Fn::Join');
  const [separator, parts] = join;
  const text = parts.map((part) => (typeof part === 'string' ? part : placeholder(part))).join(separator);
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * The approval workflow's definition exactly as CDK synthesizes it, for the local runner and the tests:
 * the construct deployed in AWS, synthesized in a stack of its own around a placeholder task function.
 */
export function synthesizeWorkflowDefinition(): Record<string, unknown> {
  const app = new App();
  const stack = new Stack(app, 'LocalApprovalWorkflow');
  new ApprovalWorkflow(stack, 'Workflow', {
    taskFunction: LambdaFunction.fromFunctionArn(stack, 'TaskFunction', LOCAL_TASK_FUNCTION_ARN),
  });
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: { DefinitionString: unknown } }>;
  };
  const machine = Object.values(template.Resources).find(
    (resource) => resource.Type === 'AWS::StepFunctions::StateMachine',
  );
  if (!machine) throw new Error('the approval workflow synthesized no state machine');
  return aslFromDefinitionString(machine.Properties.DefinitionString);
}
