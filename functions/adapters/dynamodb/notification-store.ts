import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { DeliveryStatus, NotificationDelivery, NotificationStore } from '#domain/notifications/delivery';
import type { NotificationPreferences } from '#domain/notifications/preferences';
import type { Page, PageRequest } from '#domain/validation';
import { writeWithAudit } from './audited-write.ts';
import { queryPage } from './paging.ts';

/**
 * Notification items (issue 17; KEY-DESIGN.md).
 *   pk `NOTIFYPREF#<recipient>`, sk `NOTIFYPREF`        a recipient's preferences (absent: the defaults)
 *   pk `NOTIFY#<recipient>`, sk `<UTC ISO of the event>#<eventId>#<channel>`
 *                                                       one delivery: created once per (event, recipient,
 *                                                       channel); a recipient's notifications newest first
 * The recipient is `ENTERPRISE#<code>`, `PROVIDER#<id>` or `TOWN#<code>`. Deliveries are written by the
 * notifications consumer alone (PutItem, conditioned), preferences with their audit record.
 */
const preferencesKey = (recipient: string) => ({ pk: `NOTIFYPREF#${recipient}`, sk: 'NOTIFYPREF' });

const deliveryKey = (
  delivery: Pick<NotificationDelivery, 'recipient' | 'occurredAt' | 'eventId' | 'channel'>,
) => ({
  pk: `NOTIFY#${delivery.recipient}`,
  // The event's instant in UTC orders a recipient's notifications whatever offset it was written with.
  sk: `${new Date(delivery.occurredAt).toISOString()}#${delivery.eventId}#${delivery.channel}`,
});

function toDelivery(item: Record<string, unknown>): NotificationDelivery {
  const { pk: _pk, sk: _sk, entity: _entity, attemptCount: _count, ...delivery } = item;
  return delivery as unknown as NotificationDelivery;
}

const deliveryItem = (delivery: NotificationDelivery) => ({
  ...deliveryKey(delivery),
  entity: 'NotificationDelivery',
  // Its own attribute, so that a conditional write compares a number rather than a list.
  attemptCount: delivery.attempts.length,
  ...delivery,
});

export class DynamoNotificationStore implements NotificationStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async preferences(recipient: string): Promise<NotificationPreferences | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: preferencesKey(recipient), ConsistentRead: true }),
    );
    if (Item === undefined) return undefined;
    const { pk: _pk, sk: _sk, entity: _entity, ...preferences } = Item;
    return preferences as NotificationPreferences;
  }

  savePreferences(
    preferences: NotificationPreferences,
    expectedVersion: number,
    audit: AuditRecord,
  ): Promise<void> {
    return writeWithAudit(
      this.documents,
      this.tableName,
      [
        {
          put: {
            ...preferencesKey(preferences.recipient),
            entity: 'NotificationPreferences',
            ...preferences,
          },
          ...(expectedVersion === 0
            ? { condition: 'attribute_not_exists(pk)' }
            : { condition: 'version = :expected', values: { ':expected': expectedVersion } }),
          conflict: `the notification preferences of ${preferences.recipient} were changed meanwhile; read them again`,
        },
      ],
      audit,
    );
  }

  async createDelivery(
    delivery: NotificationDelivery,
  ): Promise<{ created: boolean; delivery: NotificationDelivery }> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: deliveryItem(delivery),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { created: true, delivery };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: deliveryKey(delivery), ConsistentRead: true }),
    );
    if (Item === undefined) throw new Error(`delivery ${deliveryKey(delivery).sk} vanished`);
    return { created: false, delivery: toDelivery(Item) };
  }

  async replaceDelivery(
    delivery: NotificationDelivery,
    expected: { readonly status: DeliveryStatus; readonly attempts: number },
  ): Promise<boolean> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: deliveryItem(delivery),
          ConditionExpression: '#status = :status AND attemptCount = :attempts',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': expected.status, ':attempts': expected.attempts },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  list(recipient: string, page: PageRequest): Promise<Page<NotificationDelivery>> {
    return queryPage({
      documents: this.documents,
      input: {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `NOTIFY#${recipient}` },
        ScanIndexForward: false,
      },
      keyNames: ['pk', 'sk'],
      first: page.first,
      after: page.after,
      toNode: toDelivery,
    });
  }
}
