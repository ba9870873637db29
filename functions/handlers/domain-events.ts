/**
 * The domain-events pipe's enrichment (issue 17): EventBridge Pipes reads the table's stream, keeps only
 * inserted audit records (its filter), and hands them here in batches; the catalogued events they stand
 * for go back to the pipe, which puts each on the bus with detail-type = kind and source
 * `smart-factory-awards`. A record that stands for no event is dropped (an empty answer sends nothing).
 * A record that cannot be read fails the batch: the pipe retries it, bisecting, then sends it to its
 * dead-letter queue (alarmed). No AWS call is made: the function has no table or bus permissions.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { eventsFromStreamRecords } from '#adapters/events/stream-records';
import { logger } from '#adapters/observability/powertools';
import type { DomainEvent } from '#domain/events/catalogue';

export function handler(records: DynamoDBRecord[]): Promise<DomainEvent[]> {
  try {
    const events = eventsFromStreamRecords(records);
    // No custom metric (issue 19): no dashboard or alarm read one, and the pipe's own metrics in the
    // AWS/EventBridge/Pipes namespace count its invocations and events; this line names each event.
    logger.info('stream records enriched', {
      records: records.length,
      events: events.map((event) => `${event.kind} ${event.id}`),
    });
    return Promise.resolve(events);
  } catch (error) {
    // The batch fails as a whole: the pipe retries it, bisecting, then dead-letters the bad record.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
