import type { DomainEvent } from '#domain/events/catalogue';
import { parseDomainEvent } from '#domain/events/catalogue';
import type { StatisticsCounters, StatisticsFactsSource } from '#domain/statistics/statistics-port';
import type { PolicyFacts, ProjectFacts } from '#domain/statistics/tally';
import { measuresOf, needsPolicy, policyVersionOf, tallyOf } from '#domain/statistics/tally';

export interface CountEventPorts {
  readonly counters: StatisticsCounters;
  readonly facts: StatisticsFactsSource;
}

/** What counting one delivery did. */
export type Counted = 'counted' | 'duplicate' | 'ignored';

/**
 * Counts one domain event into the programme statistics (issue 17), exactly once however often it is
 * delivered (EventBridge, the local publisher and the backfill all deliver at least once).
 *
 * Input: the event as delivered (EventBridge's `detail`, the local publisher's event, or one the backfill
 * derived from an audit record). Output: `counted`, `duplicate` (counted before: nothing changes) or
 * `ignored` (a kind that counts for nothing).
 * Steps:
 * 1. the event is checked against the catalogue (an unknown kind or version is refused, nothing written);
 * 2. its measures (`measuresOf`): none → ignored;
 * 3. what the event leaves to its project (a payment's or recovery's town, programme, tier and fiscal
 *    year) is read from the project, and its policy version when its fiscal year (R2.2 rule) or its tier
 *    (R5.2) must be worked out; a project or version that cannot be found fails the delivery, which is
 *    retried (nothing is guessed);
 * 4. the tally is added to its cell in one transaction with the event's marker: a marker already there
 *    means the event was counted, and the transaction changes nothing.
 *
 * Not `idempotentConsumer`: its record is written apart from the handler's writes and expires after a
 * day, so a crash between the two, or a replay of older events (the backfill), could count twice.
 */
export async function countEvent(raw: unknown, ports: CountEventPorts): Promise<Counted> {
  const event: DomainEvent = parseDomainEvent(raw);
  const measures = measuresOf(event);
  if (measures === undefined) return 'ignored';
  const project = measures.projectId === undefined ? undefined : await projectOf(measures.projectId, ports);
  const policy = needsPolicy(measures, project)
    ? await policyOf(policyVersionOf(measures, project), event, ports)
    : undefined;
  return ports.counters.apply(event.id, tallyOf(measures, project, policy));
}

async function projectOf(projectId: string, ports: CountEventPorts): Promise<ProjectFacts> {
  const project = await ports.facts.project(projectId);
  if (project === undefined) throw new Error(`statistics: project ${projectId} is not in the table`);
  return project;
}

async function policyOf(
  policyVersionId: string | undefined,
  event: DomainEvent,
  ports: CountEventPorts,
): Promise<PolicyFacts> {
  if (policyVersionId === undefined)
    throw new Error(`statistics: event ${event.kind} ${event.id} names no policy version (R2.2, R9.1)`);
  const policy = await ports.facts.policy(policyVersionId);
  if (policy === undefined)
    throw new Error(`statistics: policy version ${policyVersionId} is not in the table`);
  return policy;
}
