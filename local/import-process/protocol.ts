import type { ImportJob } from '#domain/benchmark/import-queue';
import type { WorkflowStage } from '#domain/workflow/failure';
import type { WorkflowPath } from '#domain/workflow/paths';
import type { ClockReading } from '../movable-clock.ts';

/**
 * The messages between the local server and an import's child process, over Node's IPC channel
 * (`serialization: 'advanced'`). One child runs one import:
 *
 *   child  → server   ready                    modules loaded, listening
 *   server → child    clock                    the server's clock (at once, then after every move)
 *   server → child    run                      the job and where the data is
 *   child  → server   workflow … / server → child workflowAnswer   (each award's workflow start)
 *   child  → server   finished                 the outcome and the child's peak memory; then it exits
 *
 * A child that exits without `finished` died (out of memory, killed): the server fails its import.
 */

/** The server's clock: the system clock, or its movable clock's reading (run with `clockAt`). */
export type ServerClock =
  { readonly kind: 'system' } | { readonly kind: 'movable'; readonly reading: ClockReading };

/** Where the child finds the data: the same table and files folder as the server. */
export interface ImportStores {
  readonly region: string;
  /** DynamoDB Local's (or another local endpoint's); unset for DynamoDB itself. */
  readonly endpoint: string | undefined;
  readonly tableName: string;
  readonly filesDir: string;
}

/** What the child's process used: its peak resident memory (`process.resourceUsage().maxRSS`). */
export interface ImportUsage {
  readonly maxRssBytes: number;
}

export type WorkflowCall =
  | {
      readonly method: 'start';
      readonly projectId: string;
      readonly path: WorkflowPath;
      readonly resume: { readonly from: WorkflowStage; readonly resumption: number } | undefined;
    }
  | { readonly method: 'completeStage'; readonly token: string; readonly output: Record<string, unknown> };

export type ServerMessage =
  | { readonly type: 'clock'; readonly clock: ServerClock }
  | { readonly type: 'run'; readonly job: ImportJob; readonly stores: ImportStores }
  | {
      readonly type: 'workflowAnswer';
      readonly id: number;
      readonly answer:
        | { readonly ok: true; readonly value: boolean | undefined }
        | { readonly ok: false; readonly conflict: boolean; readonly message: string };
    };

export type ChildMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'workflow'; readonly id: number; readonly call: WorkflowCall }
  | {
      readonly type: 'finished';
      /** The import's status when its run returned, or why the run threw. */
      readonly outcome:
        { readonly ok: true; readonly status: string } | { readonly ok: false; readonly reason: string };
      readonly usage: ImportUsage;
    };
