import type { Town, TownRepository } from '#domain/towns/town';
import { withinDeadline } from './within-deadline.ts';

/** How long a process keeps the towns it read before reading them again (issue 19, B4). */
export const REFERENCE_TOWNS_TTL_MS = 5 * 60 * 1000;

/**
 * How long the process's callers wait for one read of the towns. Every request showing towns waits on the
 * same read: one whose answer never came would hold them all, for as long as the list is kept, until each
 * Lambda invocation timed out. Past this the read counts as failed (and is not kept): each caller reads its
 * own towns, and the next list is read anew. DynamoDB answers a dozen items in milliseconds.
 */
export const REFERENCE_TOWNS_DEADLINE_MS = 5_000;

/**
 * Every town, as a process last read it, for showing a record's town (`Enterprise.town` and the like):
 * one Query of the town partition (a dozen items) at most every five minutes per process, instead of a
 * BatchGetItem in every request that shows towns (issue 19, B4). Towns are reference data: the API never
 * changes them (`seed-reference-data` adds missing ones), so an operator's change is shown within five
 * minutes; a code the cached list lacks (a town added since) is read by the caller. Checks that decide a
 * change (an active town, R3.2) read the table, never this. Concurrent callers share one read; a failed
 * read is not kept.
 */
export class ReferenceTowns {
  private cached: { readonly at: number; readonly towns: Promise<ReadonlyMap<string, Town>> } | undefined;
  /** The list the last read answered, once it has. */
  private ready: { readonly at: number; readonly towns: ReadonlyMap<string, Town> } | undefined;

  constructor(
    private readonly towns: Pick<TownRepository, 'list'>,
    private readonly ttlMs = REFERENCE_TOWNS_TTL_MS,
    private readonly now: () => number = () => performance.now(),
    private readonly deadlineMs = REFERENCE_TOWNS_DEADLINE_MS,
  ) {}

  all(): Promise<ReadonlyMap<string, Town>> {
    const now = this.now();
    if (this.cached !== undefined && now - this.cached.at < this.ttlMs) return this.cached.towns;
    const towns = withinDeadline(
      (signal) => this.towns.list({ signal }),
      this.deadlineMs,
      'the list of towns',
    ).then((list) => {
      const read = new Map(list.map((town) => [town.code, town]));
      this.ready = { at: now, towns: read };
      return read;
    });
    const entry = { at: now, towns };
    this.cached = entry;
    towns.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return towns;
  }

  /**
   * The town at once, when the list has been read within the five minutes and has it; otherwise
   * `undefined`, and the caller goes the way of `all()`. A page of 100 records showing towns then resolves
   * them without a promise each (issue 19, B2).
   */
  known(code: string): Town | undefined {
    const ready = this.ready;
    return ready !== undefined && this.now() - ready.at < this.ttlMs ? ready.towns.get(code) : undefined;
  }
}
