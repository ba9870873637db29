import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RequestBudgetExceeded } from '#domain/errors';
import { READ_COMMANDS as READS, WRITE_COMMANDS as WRITES } from './command-kinds.ts';

/** DynamoDB reads one GraphQL request may make: well above any screen's need, far below a hostile query's. */
export const REQUEST_READ_BUDGET = 200;

/**
 * Reports that must read everything (reconciliation, payment exports, overdue lists) page internally under
 * their own, documented limit instead of the request's budget.
 */
export const REPORT_READ_LIMIT = 5_000;

/**
 * Bulk changes whose input is already bounded (a payment batch of at most 20,000 payments, a bank result
 * file of at most 10,000 lines, a town register of at most 5,000 lines, a serious finding holding a unit's
 * other payments) read in proportion to it before they write: they run under this limit instead.
 */
export const BULK_READ_LIMIT = 60_000;

/** One request's DynamoDB reads against its budget. */
export class ReadMeter {
  reads = 0;
  /** Reads made by reports within the request, under their own limit (not charged to the budget). */
  reportReads = 0;
  /** Once the request has written, it is never refused: a change is never cut between two commits. */
  wrote = false;
  /** Closed when the response is sent: work the request started in the background is not its cost. */
  closed = false;
  constructor(readonly budget: number = REQUEST_READ_BUDGET) {}

  get remaining(): number {
    return Math.max(0, this.budget - this.reads);
  }
}

const meters = new AsyncLocalStorage<ReadMeter>();

/** Runs one request (everything it awaits) under its own read meter. */
export function withReadMeter<T>(meter: ReadMeter, run: () => T): T {
  return meters.run(meter, run);
}

/**
 * Runs `run` outside the current request's meter: what the API does about the request rather than for it
 * (charging its caller's rate budget) is neither a read of the request nor a write that would stop its
 * budget from refusing further reads.
 */
export function unmetered<T>(run: () => T): T {
  return meters.exit(run);
}

/** The meter of the request being served, if any (jobs and scripts run unmetered). */
export function currentReadMeter(): ReadMeter | undefined {
  const meter = meters.getStore();
  return meter && !meter.closed ? meter : undefined;
}

/**
 * Runs a report that must read everything under its own read limit, not the request's budget; its reads
 * are reported with the request's cost. Outside a metered request it runs unmetered.
 */
export async function asReport<T>(run: () => Promise<T>, limit: number = REPORT_READ_LIMIT): Promise<T> {
  const request = currentReadMeter();
  if (request === undefined) return run();
  const report = new ReadMeter(limit);
  try {
    return await meters.run(report, run);
  } finally {
    request.reportReads += report.reads;
    if (report.wrote) request.wrote = true;
  }
}

const metered = new WeakSet<DynamoDBClient>();

/**
 * Counts each DynamoDB read (every request sent, retries of unprocessed keys included) against the
 * current request's meter, and refuses a read past the budget with REQUEST_BUDGET_EXCEEDED, unless the
 * request has already written. Outside a metered request nothing is counted.
 */
export function meterReads(client: DynamoDBClient): void {
  if (metered.has(client)) return;
  metered.add(client);
  client.middlewareStack.add(
    (next, context) => (args) => {
      const meter = currentReadMeter();
      const command = context.commandName ?? '';
      if (meter && WRITES.has(command)) meter.wrote = true;
      if (meter && READS.has(command)) {
        if (!meter.wrote && meter.reads >= meter.budget)
          throw new RequestBudgetExceeded(meter.budget, meter.reads);
        meter.reads += 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'requestReadBudget' },
  );
}
