import { Aws, Token } from 'aws-cdk-lib';
import type { IAspect } from 'aws-cdk-lib';
import { AlarmBase, CfnAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { IConstruct } from 'constructs';

export interface AlarmNotificationsProps {
  /** Who is told by e-mail when an alarm fires or clears (context `alarmEmails`). */
  readonly emails: readonly string[];
  /** Who is told by SMS, E.164 numbers (context `alarmSmsNumbers`). */
  readonly smsNumbers: readonly string[];
}

/**
 * Issue 18: the topic every alarm of the service notifies (on ALARM and back to OK), with the operators'
 * subscriptions. Encrypted with its own customer-managed key (rotated yearly) and reachable over TLS
 * only. CloudWatch publishes as the service principal, so the topic's policy (which replaces SNS's
 * default one) lets `cloudwatch.amazonaws.com` publish for this account's alarms, and the key lets it
 * encrypt — without both, alarms change state and nobody hears of it. Kept in the stateful stack: a
 * confirmed e-mail subscription should outlive redeployments of the functions.
 */
export class AlarmNotifications extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmNotificationsProps) {
    super(scope, id);
    const key = new Key(this, 'Key', {
      description: 'Encrypts the smart-factory awards alarm notifications topic',
      enableKeyRotation: true,
    });
    const cloudwatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    // The form SNS documents for CloudWatch and encrypted topics; the key serves this topic only.
    key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsEncryptNotifications',
        principals: [cloudwatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Smart-factory awards alarms',
      masterKey: key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [cloudwatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    for (const email of props.emails) this.topic.addSubscription(new EmailSubscription(email));
    for (const number of props.smsNumbers) this.topic.addSubscription(new SmsSubscription(number));
  }
}

/**
 * Gives every CloudWatch alarm in scope the topic as its alarm and OK action, in one place: alarms added
 * anywhere in the app, now or later, are covered without each construct remembering to. An L2 alarm
 * (`Alarm`, `CompositeAlarm`) gets an `SnsAction`; a bare `CfnAlarm` gets the topic's ARN appended.
 * Do not add the topic to an alarm yourself: it would be listed twice.
 */
export class NotifyOnAlarms implements IAspect {
  constructor(private readonly topic: ITopic) {}

  visit(node: IConstruct): void {
    if (node instanceof AlarmBase) {
      const action = new SnsAction(this.topic);
      node.addAlarmAction(action);
      node.addOkAction(action);
      return;
    }
    // An L2 alarm's own CfnAlarm takes its actions from the L2 (above).
    if (!(node instanceof CfnAlarm) || node.node.scope instanceof AlarmBase) return;
    node.alarmActions = withTopic(node.alarmActions, this.topic.topicArn, node.node.path);
    node.okActions = withTopic(node.okActions, this.topic.topicArn, node.node.path);
  }
}

function withTopic(actions: string[] | undefined, topicArn: string, path: string): string[] {
  if (actions !== undefined && Token.isUnresolved(actions))
    throw new Error(`${path}: alarm actions given as a token cannot be extended with the alarm topic`);
  return [...(actions ?? []), topicArn];
}
