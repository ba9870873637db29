import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { READ_COMMANDS as READS, WRITE_COMMANDS as WRITES } from '#adapters/dynamodb/command-kinds';

/**
 * Measures what each operation of a recorded workload costs DynamoDB: a middleware on the client asks
 * every request for its consumed capacity (`ReturnConsumedCapacity: INDEXES`, which DynamoDB Local answers
 * as DynamoDB does: item sizes rounded up to 1 KB written or 4 KB read, halved for eventually consistent
 * reads, doubled in transactions, each index's share included) and charges it to the label the recorder
 * set — the operation being called, and after its answer, whatever it set off (workflow steps, rate-limit
 * accounting) until the table goes quiet.
 */

export interface Consumption {
  readUnits: number;
  writeUnits: number;
  requests: number;
}

interface ConsumedCapacity {
  readonly CapacityUnits?: number;
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

/** Capacity units of one response's `ConsumedCapacity` (an object, or a list for batches and transactions). */
export function capacityUnits(consumed: unknown): number {
  const entries = (Array.isArray(consumed) ? consumed : [consumed]) as (ConsumedCapacity | undefined)[];
  return entries.reduce((sum, entry) => sum + (entry?.CapacityUnits ?? 0), 0);
}

/** The kind of capacity a command consumes, or undefined for control-plane calls. */
export function commandKind(commandName: string): 'read' | 'write' | undefined {
  if (READS.has(commandName)) return 'read';
  if (WRITES.has(commandName)) return 'write';
  return undefined;
}

export class CapacityMeter {
  /** Whatever is charged now goes to this label; `undefined`: not counted (the recorder's own reads). */
  label: string | undefined;
  private readonly totals = new Map<string, Consumption>();
  private inflight = 0;
  private lastActivity = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Adds the middleware to `client` (the one the local server and its workflow use). */
  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const kind = commandKind(context.commandName ?? '');
        const label = this.label;
        if (kind === undefined) return next(args);
        const input = args.input as Record<string, unknown>;
        input['ReturnConsumedCapacity'] = 'INDEXES';
        this.inflight += 1;
        this.lastActivity = this.now();
        try {
          const result = await next(args);
          const output = result.output as { ConsumedCapacity?: unknown };
          this.charge(label, kind, capacityUnits(output.ConsumedCapacity));
          return result;
        } catch (error) {
          // A refused write (a failed condition) still consumes its units; DynamoDB does not say how many
          // in the error, so it is counted as one request of at least one unit.
          this.charge(label, kind, 1);
          throw error;
        } finally {
          this.inflight -= 1;
          this.lastActivity = this.now();
        }
      },
      { step: 'initialize', name: 'costCapacityMeter', priority: 'high' },
    );
  }

  charge(label: string | undefined, kind: 'read' | 'write', units: number): void {
    if (label === undefined) return;
    const total = this.totals.get(label) ?? { readUnits: 0, writeUnits: 0, requests: 0 };
    if (kind === 'read') total.readUnits += units;
    else total.writeUnits += units;
    total.requests += 1;
    this.totals.set(label, total);
  }

  /** What `label` consumed so far, and forgets it. */
  take(label: string): Consumption {
    const total = this.totals.get(label) ?? { readUnits: 0, writeUnits: 0, requests: 0 };
    this.totals.delete(label);
    return total;
  }

  /** Resolves once no request is in flight and none has been made for `quietMs`. */
  async settled(quietMs = 200, timeoutMs = 30_000): Promise<void> {
    const deadline = this.now() + timeoutMs;
    for (;;) {
      const now = this.now();
      if (this.inflight === 0 && now - this.lastActivity >= quietMs) return;
      if (now > deadline) throw new Error('DynamoDB did not go quiet');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
