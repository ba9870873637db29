import type { AttributeValue, BatchWriteItemCommandInput } from '@aws-sdk/client-dynamodb';
import { BatchWriteItemCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { vi } from 'vitest';
import { InProgress } from '#domain/errors';
import { createAppServices } from '#graphql/app-services';
import type { AppServices } from '#graphql/context';
import type { ManualClock } from '#domain/waitable-clock';
import type { FileStore } from '#domain/files/file-store';
import { localWorkflow } from '../../local/workflow/local-workflow-engine.ts';
import { localImports } from '../../local/local-import-queue.ts';
import type { TestTable } from './dynamo.ts';
import { WRITE_COMMANDS as WRITES } from '#adapters/dynamodb/command-kinds';

/**
 * Fault injection for the tests under tests/integration/faults: a seeded random source whose seed is
 * printed (FAULT_SEED=<n> replays a run), and a DynamoDB client for one "process" of the application
 * whose SDK retries are off, so that a fault injected at its k-th write reaches the application's code:
 * the write never sent (a crash before it), applied with the process dying before it hears back (a crash
 * after it), or applied with its answer lost (the error surfaces to the use case and to its caller).
 */

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed of a fault test: FAULT_SEED when set (to replay a failed run), else a fresh one. Printed with
 * the test file's name, so that a failure's output says how to replay it.
 */
export function faultSeed(testFile: string): number {
  const given = process.env['FAULT_SEED'];
  const seed =
    given === undefined || given === '' ? Math.floor(Math.random() * 2 ** 32) : Number.parseInt(given, 10);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 32)
    throw new Error(`FAULT_SEED must be an integer from 0 to 2^32-1, not "${given ?? ''}"`);
  console.log(`${testFile}: FAULT_SEED=${seed} (replay with FAULT_SEED=${seed} npx vitest run ${testFile})`);
  return seed;
}

/** A seeded shuffle (Fisher–Yates), for choosing some of many injection points. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

export const FAULT_KINDS = ['crash-before', 'crash-after', 'lost-response'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault at the k-th write (1-based) a process makes. */
export interface FaultPoint {
  readonly kind: FaultKind;
  readonly write: number;
}

/** The process died: nothing it does after this reaches the table, and nobody hears its answer. */
export class InjectedCrash extends Error {
  override readonly name = 'InjectedCrash';
}

/** What a lost answer looks like to the SDK's caller when retries are off: a dropped connection. */
export class InjectedLostResponse extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'ECONNRESET';
  readonly $metadata = {};
}

/**
 * One process of the application over its own DynamoDB client, with the SDK's retries off (one attempt)
 * and at most one fault planned at its k-th write. Without a plan it only counts the writes. The process
 * is armed again for each run (a new process, as far as the table can tell: a crash leaves nothing of it).
 */
export class FaultyProcess {
  readonly client: DynamoDBClient;
  /** The writes it sent (command names), in order: the injection points of a fault-free run. */
  writes: string[] = [];
  /** Whether the planned fault happened. */
  fired = false;
  /** After a crash every call fails before it is sent. */
  crashed = false;
  private plan: FaultPoint | undefined;

  constructor(endpoint: string) {
    this.client = new DynamoDBClient({
      region: 'local',
      endpoint,
      maxAttempts: 1,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (this.crashed) throw new InjectedCrash('the process has died');
        const command = context.commandName ?? '';
        if (!WRITES.has(command)) return next(args);
        this.writes.push(command);
        const plan = this.plan;
        if (plan?.write !== this.writes.length) return next(args);
        this.fired = true;
        if (plan.kind === 'crash-before') {
          this.crashed = true;
          throw new InjectedCrash(`the process died before write ${plan.write} (${command}) was sent`);
        }
        try {
          await next(args);
        } finally {
          if (plan.kind === 'crash-after') this.crashed = true;
        }
        throw plan.kind === 'crash-after'
          ? new InjectedCrash(`the process died after write ${plan.write} (${command}) was applied`)
          : new InjectedLostResponse(
              `injected: the answer to write ${plan.write} (${command}) was lost after DynamoDB applied it`,
            );
      },
      { step: 'initialize', priority: 'high', name: 'injectApplicationFault' },
    );
  }

  /** A fresh start, with this fault planned (or none). */
  arm(plan?: FaultPoint): void {
    this.plan = plan;
    this.writes = [];
    this.fired = false;
    this.crashed = false;
  }
}

/** The application's services over a client (a process of its own), on a table the test made. */
export function servicesOver(
  dynamo: DynamoDBClient,
  tableName: string,
  clock: ManualClock,
  files: FileStore,
): AppServices {
  return createAppServices({
    mode: 'development',
    dynamo,
    tableName,
    clock,
    files,
    workflow: localWorkflow(clock, (projectId, error) => {
      throw new Error(`workflow of ${projectId} failed: ${String(error)}`);
    }),
    imports: localImports((job, error) => {
      throw new Error(`import ${job.importId} failed: ${String(error)}`);
    }),
  });
}

export type Item = Record<string, AttributeValue>;

/** Every item of a table, as stored (tests only: the application never scans). */
export async function tableItems(table: Pick<TestTable, 'client' | 'tableName'>): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await table.client.send(
      new ScanCommand({ TableName: table.tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return items;
}

const itemKey = (item: Item): string => `${item['pk']?.S ?? ''}\u0000${item['sk']?.S ?? ''}`;

/**
 * Puts the table back to exactly these items (deleting what was added, writing back what changed), so
 * that every injection point starts from the same state: a run changes few items, so this is quicker
 * than a fresh table.
 */
export async function resetTable(
  table: Pick<TestTable, 'client' | 'tableName'>,
  items: readonly Item[],
  /** What the table holds now, when the caller knows (read it otherwise). */
  current?: readonly Item[],
): Promise<void> {
  const wanted = new Map(items.map((item) => [itemKey(item), item]));
  const requests: NonNullable<BatchWriteItemCommandInput['RequestItems']>[string] = [];
  for (const item of current ?? (await tableItems(table))) {
    const want = wanted.get(itemKey(item));
    wanted.delete(itemKey(item));
    if (want === undefined) {
      const { pk, sk } = item;
      if (pk === undefined || sk === undefined) throw new Error('an item without its keys');
      requests.push({ DeleteRequest: { Key: { pk, sk } } });
    } else if (canonicalJson(want) !== canonicalJson(item)) requests.push({ PutRequest: { Item: want } });
  }
  for (const item of wanted.values()) requests.push({ PutRequest: { Item: item } });
  for (let start = 0; start < requests.length; start += 25) {
    let pending = requests.slice(start, start + 25);
    while (pending.length > 0) {
      const { UnprocessedItems } = await table.client.send(
        new BatchWriteItemCommand({ RequestItems: { [table.tableName]: pending } }),
      );
      pending = UnprocessedItems?.[table.tableName] ?? [];
    }
  }
}

/**
 * The table's state in a form two runs can be compared in, item by item: what is random or read from the
 * machine's clock is left out (audit record ids, the idempotency records' expiry times) and batch ids
 * (random) are named by their position (creation time, then first payment). Everything else — every
 * record with its version, every claim, every audit record (operation, entity, version, before and
 * after), every idempotency record's status and stored answer — must be the same.
 */
export function comparableState(
  items: readonly Item[],
  options: {
    /** Leave out the answers idempotency records keep (a rerun's report of what it did may differ). */
    readonly withoutStoredAnswers?: boolean;
  } = {},
): {
  readonly state: string[];
  /** Names the random batch ids in a text (an answer) as the state does. */
  readonly rename: (text: string) => string;
} {
  const plain = items.map((item) => unmarshall(item));
  const firstPayment = new Map<string, string>();
  for (const item of plain) {
    const record = item['record'] as { id?: string; batchId?: string } | undefined;
    if (item['entity'] !== 'Payment' || record?.batchId === undefined || record.id === undefined) continue;
    const known = firstPayment.get(record.batchId);
    if (known === undefined || record.id < known) firstPayment.set(record.batchId, record.id);
  }
  const batches = plain
    .filter((item) => item['entity'] === 'PaymentBatch')
    .map((item) => item['record'] as { id: string; createdAt: string })
    .sort(
      (a, b) =>
        a.createdAt.localeCompare(b.createdAt) ||
        (firstPayment.get(a.id) ?? '').localeCompare(firstPayment.get(b.id) ?? ''),
    );
  const names = new Map(batches.map((batch, index) => [batch.id, `BATCH-#${index + 1}`]));
  const rename = (text: string): string =>
    text.replace(/BATCH-[0-9a-f-]{36}/g, (id) => names.get(id) ?? 'BATCH-#unknown');
  const fields =
    options.withoutStoredAnswers === true
      ? IDEMPOTENCY_FIELDS.filter((f) => f !== 'data')
      : IDEMPOTENCY_FIELDS;
  return { state: comparableItems(plain, rename, fields), rename };
}

/** What an audit record says (its id, random, and the keys built from it are left out). */
const AUDIT_FIELDS = [
  'pk',
  'entity',
  'at',
  'actorId',
  'actorRole',
  'operation',
  'entityType',
  'entityId',
  'entityVersion',
  'before',
  'after',
];
/** What an idempotency record says (its expiry times, read from the machine's clock, are left out). */
const IDEMPOTENCY_FIELDS = ['pk', 'sk', 'status', 'data', 'validation'];

/** An audit record's before and after are JSON text, in the key order of whoever wrote them. */
const parsed = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : text);

const only = (item: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(item).filter(([field]) => fields.includes(field)));

function comparableItems(
  plain: readonly Record<string, unknown>[],
  rename: (text: string) => string,
  idempotencyFields: readonly string[],
): string[] {
  return plain
    .map((item) =>
      item['entity'] === 'AuditRecord'
        ? { ...only(item, AUDIT_FIELDS), before: parsed(item['before']), after: parsed(item['after']) }
        : item['pk'] === 'IDEMPOTENCY'
          ? only(item, idempotencyFields)
          : item,
    )
    .map((item) => rename(canonicalJson(item)))
    .sort();
}

/** JSON with every object's keys sorted, so that equal values print alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Set)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * How long a request in progress blocks a retry under its key (`IN_PROGRESS_MS` of the idempotency
 * adapter, two minutes), with a margin: the retry of a run that died is let through after it.
 */
const PAST_IN_PROGRESS_WINDOW_MS = 2 * 60 * 1000 + 1000;

interface Outcome<T> {
  readonly value?: T;
  readonly error?: unknown;
}

async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

export interface FaultRun<T> {
  /** The writes of the first process, in order (a fault-free run's are the injection points). */
  readonly writes: readonly string[];
  /** What the caller heard from the first process: an error when a fault was injected. */
  readonly first: Outcome<T>;
  /** The dead run's claim (its idempotency record in progress) was in the table when the caller retried. */
  readonly claimLeft: boolean;
  /** A retry right away was refused as still in progress, and wrote nothing. */
  readonly refusedInProgress: boolean;
  /** The answer the caller ends with. */
  readonly answer: T;
  /** The table afterwards. */
  readonly items: Item[];
}

/**
 * Runs a caller's command on a shared table, each run from the same state, in two processes of the
 * application (each its own client and services): the first, where the fault is planned, and the one a
 * caller's retry reaches after the first has died.
 *
 * Runs never overlap: a test that timed out is not stopped by Vitest — its loop of runs would go on
 * beside the next test's, on the same table, processes and idempotency keys, and fail it with errors that
 * are not its own (a key "still being processed", a batch that "already exists", a payment "already
 * paid"). So each run waits for the one before it to end, and a run whose test's signal was aborted (it
 * timed out) is not started.
 */
export class FaultBench {
  private readonly first: FaultyProcess;
  private readonly second: FaultyProcess;
  private readonly firstApp: AppServices;
  private readonly secondApp: AppServices;
  /** The run under way (or the last one), which the next waits for. */
  private current: Promise<unknown> = Promise.resolve();
  /** The table's items after the last run that ended, when known: the next reset need not read them. */
  private known: Item[] | undefined;

  constructor(
    private readonly table: TestTable,
    services: (dynamo: DynamoDBClient, tableName: string) => AppServices,
  ) {
    this.first = new FaultyProcess(table.endpoint);
    this.second = new FaultyProcess(table.endpoint);
    this.firstApp = services(this.first.client, table.tableName);
    this.secondApp = services(this.second.client, table.tableName);
  }

  /**
   * One run of the command on the table put back to `base`, with the fault planned (or none). After a
   * crash the caller retries in the other process (the dead run's claim, if left, refuses a retry right
   * away, which must write nothing, and lets one through once its time is up); after a lost answer, in
   * the same process. The retry repeats the very same command (same idempotency key, same version).
   */
  run<T>(
    base: readonly Item[],
    command: (app: AppServices) => Promise<T>,
    plan?: FaultPoint,
    /** The test's signal (aborted when it times out): a run is not started once it is. */
    signal?: AbortSignal,
  ): Promise<FaultRun<T>> {
    const started = this.current.then(() => this.runAlone(base, command, plan, signal));
    // The next run waits for this one to end, failed or not.
    this.current = started.catch(() => undefined);
    return started;
  }

  private async runAlone<T>(
    base: readonly Item[],
    command: (app: AppServices) => Promise<T>,
    plan: FaultPoint | undefined,
    signal: AbortSignal | undefined,
  ): Promise<FaultRun<T>> {
    signal?.throwIfAborted();
    const known = this.known;
    this.known = undefined;
    await resetTable(this.table, base, known);
    const result = await this.faultAndRetry(command, plan);
    this.known = result.items;
    return result;
  }

  private async faultAndRetry<T>(
    command: (app: AppServices) => Promise<T>,
    plan: FaultPoint | undefined,
  ): Promise<FaultRun<T>> {
    this.first.arm(plan);
    this.second.arm();
    if (plan === undefined) {
      const answer = await command(this.firstApp);
      return {
        writes: this.first.writes,
        first: { value: answer },
        claimLeft: false,
        refusedInProgress: false,
        answer,
        items: await tableItems(this.table),
      };
    }
    const heard = await outcome(() => command(this.firstApp));
    if (!this.first.fired)
      throw new Error(
        `the fault ${JSON.stringify(plan)} was never reached: ${this.first.writes.length} writes`,
      );
    const app = this.first.crashed ? this.secondApp : this.firstApp;
    const beforeRetry = await tableItems(this.table);
    const claimLeft = beforeRetry.some(
      (item) => item['pk']?.S === 'IDEMPOTENCY' && item['status']?.S === 'INPROGRESS',
    );
    let retry = await outcome(() => command(app));
    let refusedInProgress = false;
    if (retry.error instanceof InProgress) {
      refusedInProgress = true;
      const unchanged = comparableState(await tableItems(this.table)).state;
      if (JSON.stringify(unchanged) !== JSON.stringify(comparableState(beforeRetry).state))
        throw new Error('a retry refused as in progress changed the table');
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + PAST_IN_PROGRESS_WINDOW_MS);
        retry = await outcome(() => command(app));
      } finally {
        vi.useRealTimers();
      }
    }
    if (retry.error !== undefined)
      throw retry.error instanceof Error ? retry.error : new Error(JSON.stringify(retry.error));
    return {
      writes: this.first.writes,
      first: heard,
      claimLeft,
      refusedInProgress,
      answer: retry.value as T,
      items: await tableItems(this.table),
    };
  }

  close(): void {
    this.first.client.destroy();
    this.second.client.destroy();
  }
}
