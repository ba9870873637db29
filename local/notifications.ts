import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoNotificationStore } from '#adapters/dynamodb/notification-store';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { OutboxSender } from '#adapters/notifications/outbox-sender';
import type { Clock } from '#domain/clock';
import type { DomainEvent } from '#domain/events/catalogue';
import type { NotificationDelivery } from '#domain/notifications/delivery';
import type { DeliveryOutcome, DeliveryPorts } from '#use-cases/notifications/deliver-notifications';
import { deliverNotifications } from '#use-cases/notifications/deliver-notifications';

/**
 * The notifications consumer on one machine (issue 17), as the notifications Lambda runs in AWS but
 * subscribed to the local publisher: the same use case over the same table, with the local outbox for
 * e-mail and SMS — nothing leaves the machine, and every message that would have gone out is a SENT
 * delivery the `notifications` query (and GraphiQL) shows, `sentVia: LOCAL_OUTBOX`.
 */
export function localNotifications(options: {
  readonly dynamo: DynamoDBClient;
  readonly tableName: string;
  readonly clock: Clock;
  readonly onParked?: (delivery: NotificationDelivery) => void;
}): {
  readonly ports: DeliveryPorts;
  readonly deliver: (event: DomainEvent) => Promise<readonly DeliveryOutcome[]>;
} {
  const documents = createDocumentClient(options.dynamo);
  const outbox = new OutboxSender();
  const ports: DeliveryPorts = {
    notifications: new DynamoNotificationStore(documents, options.tableName),
    enterprises: new DynamoEnterpriseRepository(documents, options.tableName),
    providers: new DynamoProviderRepository(documents, options.tableName),
    senders: { EMAIL: outbox, SMS: outbox },
    clock: options.clock,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    onParked: options.onParked,
  };
  return { ports, deliver: (event) => deliverNotifications(event, ports) };
}
