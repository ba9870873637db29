import type { DomainEvent } from '#domain/events/catalogue';
import { parseDomainEvent } from '#domain/events/catalogue';
import type { Idempotency } from '#domain/idempotency';

/** What a consumer does with one event; it may be called again for the same event only after a failure. */
export type EventHandler = (event: DomainEvent) => Promise<void>;

/** What happened to one delivery. */
export type Delivery = 'handled' | 'duplicate';

/**
 * An idempotent consumer of domain events: delivery is at least once (the stream, the pipe and EventBridge
 * all retry), so the same event may arrive twice, or twice at once.
 *
 * Input: the event as delivered (EventBridge's `detail`, or the local publisher's event).
 * Output: `handled` the first time, `duplicate` for every later delivery of the same event id.
 * Steps:
 * 1. The event is checked against the catalogue: an unknown kind or version, or an event that does not
 *    match its schema, is refused (InvalidInput, saying which kinds and versions exist) and nothing is
 *    written.
 * 2. Under the idempotency port (a conditional put in the table, keyed by consumer and event id, kept a
 *    day — longer than the stream keeps records), the handler runs once: a later delivery finds the
 *    record and does nothing; one arriving while the first is still running is refused as IN_PROGRESS
 *    (the deliverer retries it); a handler that fails keeps nothing, so the retry runs it again.
 */
export function idempotentConsumer(
  name: string,
  handle: EventHandler,
  ports: { readonly idempotency: Idempotency },
): (raw: unknown) => Promise<Delivery> {
  return async (raw) => {
    const event = parseDomainEvent(raw);
    // Set by the work when it runs: a delivery the idempotency record answers never runs it.
    const run = { ran: false };
    await ports.idempotency.once(
      `event:${name}`,
      event.id,
      { kind: event.kind, version: event.version },
      async () => {
        run.ran = true;
        await handle(event);
        return { handled: event.id };
      },
    );
    return run.ran ? 'handled' : 'duplicate';
  };
}
