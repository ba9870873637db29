import type { EventBridgeEvent } from 'aws-lambda';
import type { Counted, CountEventPorts } from '#use-cases/statistics/count-event';
import { countEvent } from '#use-cases/statistics/count-event';

/** Where the handler reports: Powertools in Lambda, a recorder in the tests. */
export interface StatisticsLog {
  info(message: string, fields: Record<string, unknown>): void;
  count(name: string, value: number): void;
}

/**
 * The statistics Lambda's logic over its ports (issue 17): EventBridge invokes it asynchronously with one
 * domain event of a kind that counts (`detail` is the event), and it is counted once, however often it
 * comes. A failure — the table unreachable, a project or policy version not found, an event the catalogue
 * refuses — fails the invocation: Lambda retries it, then sends it to the dead-letter queue (alarmed).
 */
export function createStatisticsHandler(
  ports: CountEventPorts,
  log: StatisticsLog,
): (event: EventBridgeEvent<string, unknown>) => Promise<Counted> {
  return async (event) => {
    const outcome = await countEvent(event.detail, ports);
    if (outcome === 'counted') log.count('StatisticsEventsCounted', 1);
    if (outcome === 'duplicate') log.count('StatisticsEventsRedelivered', 1);
    log.info('statistics event', { eventId: event.id, kind: event['detail-type'], outcome });
    return outcome;
  };
}
