/**
 * One certification import in a process of its own, started by the local server
 * (`ChildProcessImportQueue`), as the import Lambda runs one in AWS: the same composition (createAppServices)
 * over the same table and files, on the server's clock, its workflow starts sent to the server (whose
 * workflow runner holds the executions). It reports how the run ended and its peak memory, then exits;
 * it exits too if the server goes away, so an import's process never outlives its server.
 *
 * Protocol: ./protocol.ts. Not meant to be run by hand.
 */
import { randomBytes } from 'node:crypto';
import { createDynamoClient } from '#adapters/dynamodb/client';
import type { ImportJob } from '#domain/benchmark/import-queue';
import type { Clock } from '#domain/clock';
import { Conflict, UnreachableCaseError } from '#domain/errors';
import type { WorkflowStage } from '#domain/workflow/failure';
import type { WorkflowPath } from '#domain/workflow/paths';
import type { Workflow } from '#domain/workflow/workflow-port';
import { createAppServices } from '#graphql/app-services';
import { processImportJob } from '#use-cases/benchmark/certification-imports';
import { LocalFileStore } from '../local-file-store.ts';
import { clockAt, REAL_TIME } from '../movable-clock.ts';
import type { ChildMessage, ImportStores, ServerClock, ServerMessage, WorkflowCall } from './protocol.ts';

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) {
      reject(new Error('the import process runs only as a child of the local server'));
      return;
    }
    process.send(message, undefined, {}, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** The server's clock, read here: the same formula over the machine's monotonic time, moved when it moves. */
class ServerClockHere implements Clock {
  private clock: ServerClock | undefined;

  set(clock: ServerClock): void {
    this.clock = clock;
  }

  now(): Date {
    if (this.clock === undefined) throw new Error('the server has not sent its clock');
    return this.clock.kind === 'system' ? new Date() : clockAt(this.clock.reading, REAL_TIME.now());
  }
}

/** The workflow port, answered by the server's workflow runner; a refused start comes back as CONFLICT. */
class ServerWorkflow implements Workflow {
  private next = 0;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  async start(
    projectId: string,
    path: WorkflowPath,
    resume?: { readonly from: WorkflowStage; readonly resumption: number },
  ): Promise<void> {
    await this.call({ method: 'start', projectId, path, resume });
  }

  async completeStage(token: string, output: Record<string, unknown>): Promise<boolean> {
    return (await this.call({ method: 'completeStage', token, output })) === true;
  }

  answered(message: Extract<ServerMessage, { type: 'workflowAnswer' }>): void {
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.answer.ok) waiting?.resolve(message.answer.value);
    else
      waiting?.reject(
        message.answer.conflict ? new Conflict(message.answer.message) : new Error(message.answer.message),
      );
  }

  private call(call: WorkflowCall): Promise<unknown> {
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      send({ type: 'workflow', id, call }).catch(reject);
    });
  }
}

async function run(job: ImportJob, stores: ImportStores, clock: Clock, workflow: Workflow): Promise<void> {
  const dynamo = createDynamoClient({ region: stores.region, endpoint: stores.endpoint });
  const app = createAppServices({
    mode: 'development',
    dynamo,
    tableName: stores.tableName,
    clock,
    // Reads only: this process never signs a link.
    files: new LocalFileStore(stores.filesDir, new Uint8Array(randomBytes(32)), () => '', clock),
    workflow: () => workflow,
    imports: () => ({
      submit: () => Promise.reject(new Error('an import process does not queue imports')),
    }),
  });
  let outcome: Extract<ChildMessage, { type: 'finished' }>['outcome'];
  try {
    const done = await processImportJob(job, app);
    outcome = { ok: true, status: done.status };
  } catch (error) {
    outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  dynamo.destroy();
  await send({
    type: 'finished',
    outcome,
    usage: { maxRssBytes: process.resourceUsage().maxRSS * 1024 },
  });
  process.exit(0);
}

const clock = new ServerClockHere();
const workflow = new ServerWorkflow();
// The server is gone (stopped, or killed): so is its import.
process.on('disconnect', () => process.exit(1));
process.on('message', (message: ServerMessage) => {
  switch (message.type) {
    case 'clock':
      clock.set(message.clock);
      break;
    case 'run':
      void run(message.job, message.stores, clock, workflow);
      break;
    case 'workflowAnswer':
      workflow.answered(message);
      break;
    default:
      throw new UnreachableCaseError(message);
  }
});
await send({ type: 'ready' });
