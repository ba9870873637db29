import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import pLimit from 'p-limit';
import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';
import type { Clock } from '#domain/clock';
import { systemClock } from '#domain/clock';
import { Conflict, UnreachableCaseError } from '#domain/errors';
import { systemWaitableClock } from '#domain/waitable-clock';
import type { ImportPorts } from '#use-cases/benchmark/import-certifications';
import { failRunningImport } from '#use-cases/benchmark/import-certifications';
import { MovableClock } from '../movable-clock.ts';
import type { ChildMessage, ImportStores, ImportUsage, ServerClock, ServerMessage } from './protocol.ts';
import { StderrRecord } from './stderr-record.ts';

/**
 * Imports requested through the local API run outside the API's process, as they do in AWS (the import
 * Lambda): each in a child process of its own (./import-child.ts, run by Node with tsx), on the server's
 * clock, over the same table and files. The API keeps answering whatever an import does: a list that
 * exhausts its process's memory kills that process only, and its import is left FAILED with the reason.
 *
 * Why a child process and not a worker thread: a worker's `resourceLimits` cap only its V8 heap, inside
 * the API's own process — the Buffers, zlib's inflation and exceljs's native memory are not capped, a
 * fatal error in native code takes the whole process down, and a worker shares the API's libuv thread
 * pool (files, zlib, crypto). A child process is capped by `--max-old-space-size`, fails alone, can be
 * killed by the operating system alone, and reports its own peak memory.
 */

/** An import's heap at most, in MB: a 20,000-line workbook at the inspection's limits fits with room to spare. */
export const IMPORT_HEAP_LIMIT_MB = 1024;
/** Import processes at once; more imports wait their turn. */
export const MAX_IMPORT_PROCESSES = 2;

const CHILD_SCRIPT = fileURLToPath(new URL('./import-child.ts', import.meta.url));
/** The repository's root: tsx reads tsconfig.json from the working directory. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** tsx's loader, by absolute URL: the child must not depend on the working directory to find it. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface ChildProcessImportOptions {
  /** The table and files folder the server uses. */
  readonly stores: ImportStores;
  /** The most V8 heap an import's process may use, in MB (IMPORT_HEAP_LIMIT_MB). */
  readonly heapLimitMb?: number | undefined;
  /** Told of each import whose run failed or whose process died (the server logs it). */
  readonly onError: (job: ImportJob, error: unknown) => void;
  /** Told how each run ended, with its process's peak memory when it could report it (the bench). */
  readonly onRunEnded?: ((run: ImportRunEnd) => void) | undefined;
  /**
   * Tests of the process boundary: each import's process, once started and on the server's clock, waits
   * for the promise this returns before it runs its import (the import is RUNNING meanwhile).
   */
  readonly holdRun?: ((held: { readonly job: ImportJob; readonly pid: number }) => Promise<void>) | undefined;
}

export interface ImportRunEnd {
  readonly job: ImportJob;
  readonly outcome:
    { readonly ok: true; readonly status: string } | { readonly ok: false; readonly reason: string };
  /** Absent when the process died before it could report. */
  readonly usage: ImportUsage | undefined;
}

/** What the queue knows of a run when it ends: the process's stderr too, for the log. */
type RunEnd = ImportRunEnd & { readonly stderr: string };

/** An import's run did not complete (it failed, or its process died); the message is the reason recorded with it. */
export class ImportProcessError extends Error {
  constructor(
    reason: string,
    /** The end of the process's stderr, for the server's log. */
    readonly stderr: string,
  ) {
    super(reason);
    this.name = 'ImportProcessError';
  }
}

/** The server's clock as a child can run it: the system clock, or a movable clock on machine time. */
function serverClockOf(clock: Clock): ServerClock {
  if (clock instanceof MovableClock && clock.onMachineTime)
    return { kind: 'movable', reading: clock.reading() };
  if (clock === systemClock || clock === systemWaitableClock) return { kind: 'system' };
  throw new Error(
    'imports in child processes run on the system clock or a MovableClock on machine time; run them in process with any other clock',
  );
}

/** Where a DynamoDB client sends its requests, for a child process to connect the same way. */
export async function connectionOf(
  dynamo: DynamoDBClient,
): Promise<Pick<ImportStores, 'region' | 'endpoint'>> {
  const region = await dynamo.config.region();
  if (dynamo.config.endpoint === undefined) return { region, endpoint: undefined };
  const endpoint = await dynamo.config.endpoint();
  const port = endpoint.port === undefined ? '' : `:${endpoint.port}`;
  return { region, endpoint: `${endpoint.protocol}//${endpoint.hostname}${port}${endpoint.path}` };
}

function deathReason(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: StderrRecord,
  context: { readonly heapLimitMb: number; readonly stopping: boolean },
): string {
  if (context.stopping)
    return 'the local server stopped while the import ran: import the same file again to finish it';
  if (stderr.ranOutOfMemory) {
    return `the import ran out of memory (its process may use ${context.heapLimitMb} MB) and was stopped: split the list into smaller files and import each`;
  }
  const lastLine = stderr.tail.trim().split('\n').at(-1)?.trim();
  const how = signal === null ? `exited with code ${code}` : `was stopped by ${signal}`;
  return `the import's process ${how}${lastLine ? ` (${lastLine.slice(0, 300)})` : ''}: import the same file again to finish it`;
}

export class ChildProcessImportQueue implements ImportQueue {
  private readonly running = new Set<Promise<void>>();
  private readonly children = new Set<ChildProcess>();
  /** Children that have said they are ready: they are told of every move of the clock. */
  private readonly listening = new Set<ChildProcess>();
  private readonly turns = pLimit(MAX_IMPORT_PROCESSES);
  private readonly heapLimitMb: number;
  private readonly unwatchClock: () => void;
  private stopping = false;

  constructor(
    private readonly ports: ImportPorts,
    private readonly options: ChildProcessImportOptions,
  ) {
    this.heapLimitMb = options.heapLimitMb ?? IMPORT_HEAP_LIMIT_MB;
    serverClockOf(ports.clock); // refuses a clock a child could not follow, now rather than at the first import
    const clock = ports.clock;
    this.unwatchClock =
      clock instanceof MovableClock
        ? clock.watch((reading) => {
            for (const child of this.listening)
              this.send(child, { type: 'clock', clock: { kind: 'movable', reading } });
          })
        : () => undefined;
  }

  submit(job: ImportJob): Promise<void> {
    if (this.stopping) return Promise.reject(new Error('the local server is stopping: no import starts now'));
    const run = this.turns(() => this.runInChild(job))
      .then((ended) => this.ended(ended))
      .catch((error: unknown) => this.options.onError(job, error))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return Promise.resolve();
  }

  /** Resolves when every submitted import has finished (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Stops every import's process and waits until their imports are recorded as FAILED: no orphans. */
  async close(): Promise<void> {
    this.stopping = true;
    this.unwatchClock();
    for (const child of this.children) child.kill('SIGKILL');
    await this.idle();
  }

  private runInChild(job: ImportJob): Promise<RunEnd> {
    if (this.stopping) {
      return Promise.resolve({
        job,
        outcome: {
          ok: false,
          reason: 'the local server stopped before the import ran: import the same file again',
        },
        usage: undefined,
        stderr: '',
      });
    }
    return new Promise((settle) => {
      const child = fork(CHILD_SCRIPT, [], {
        cwd: ROOT,
        execArgv: [`--max-old-space-size=${this.heapLimitMb}`, '--import', TSX_LOADER],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      });
      this.children.add(child);
      let finished: Extract<ChildMessage, { type: 'finished' }> | undefined;
      const stderr = new StderrRecord();
      child.stderr?.on('data', (chunk: Buffer) => stderr.append(chunk.toString('utf8')));
      child.on('message', (message: ChildMessage) => {
        switch (message.type) {
          case 'ready':
            void this.start(child, job);
            break;
          case 'workflow':
            void this.answerWorkflow(child, message);
            break;
          case 'finished':
            finished = message;
            break;
          default:
            throw new UnreachableCaseError(message);
        }
      });
      let settled = false;
      const end = (code: number | null, signal: NodeJS.Signals | null, error?: Error): void => {
        if (settled) return;
        settled = true;
        this.children.delete(child);
        this.listening.delete(child);
        if (finished !== undefined) {
          settle({ job, outcome: finished.outcome, usage: finished.usage, stderr: stderr.tail });
          return;
        }
        const reason = error
          ? `the import's process could not start: ${error.message}`
          : deathReason(code, signal, stderr, { heapLimitMb: this.heapLimitMb, stopping: this.stopping });
        settle({ job, outcome: { ok: false, reason }, usage: undefined, stderr: stderr.tail });
      };
      child.once('error', (error) => {
        // A process that never started has no exit to wait for; one that did ends with 'close'.
        if (child.pid === undefined) end(null, null, error);
      });
      child.once('close', (code, signal) => end(code, signal));
    });
  }

  /** The child is up: give it the clock, hold it if a test asks, then its job. */
  private async start(child: ChildProcess, job: ImportJob): Promise<void> {
    this.listening.add(child);
    this.send(child, { type: 'clock', clock: serverClockOf(this.ports.clock) });
    if (this.options.holdRun !== undefined && child.pid !== undefined)
      await this.options.holdRun({ job, pid: child.pid }).catch(() => undefined);
    if (this.stopping) return;
    this.send(child, { type: 'run', job, stores: this.options.stores });
  }

  private async answerWorkflow(
    child: ChildProcess,
    message: Extract<ChildMessage, { type: 'workflow' }>,
  ): Promise<void> {
    const { call } = message;
    let answer: Extract<ServerMessage, { type: 'workflowAnswer' }>['answer'];
    try {
      switch (call.method) {
        case 'start':
          await this.ports.workflow.start(call.projectId, call.path, call.resume);
          answer = { ok: true, value: undefined };
          break;
        case 'completeStage':
          answer = { ok: true, value: await this.ports.workflow.completeStage(call.token, call.output) };
          break;
        default:
          throw new UnreachableCaseError(call);
      }
    } catch (error) {
      answer = {
        ok: false,
        conflict: error instanceof Conflict,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    this.send(child, { type: 'workflowAnswer', id: message.id, answer });
  }

  /** A run that did not complete leaves its import FAILED with the reason (unless the run recorded it). */
  private async ended(ended: RunEnd): Promise<void> {
    if (!ended.outcome.ok) {
      const { reason } = ended.outcome;
      await failRunningImport(ended.job.requestedBy, ended.job.importId, reason, this.ports);
      this.options.onError(ended.job, new ImportProcessError(reason, ended.stderr));
    }
    this.options.onRunEnded?.({ job: ended.job, outcome: ended.outcome, usage: ended.usage });
  }

  /** To a child that may have died meanwhile: its 'close' says what became of it. */
  private send(child: ChildProcess, message: ServerMessage): void {
    if (child.connected) child.send(message, () => undefined);
  }
}

/** The child-process import queue for `createAppServices`, over the same services as the API. */
export function childProcessImports(
  options: ChildProcessImportOptions,
): (services: ImportPorts) => ChildProcessImportQueue {
  return (services) =>
    new ChildProcessImportQueue(services, {
      ...options,
      stores: { ...options.stores, filesDir: resolve(options.stores.filesDir) },
    });
}
