import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';
import type { ImportPorts } from '#use-cases/benchmark/import-certifications';
import { failRunningImport } from '#use-cases/benchmark/import-certifications';
import { processImportJob } from '#use-cases/benchmark/certification-imports';
import type { FileStore } from '#domain/files/file-store';

/**
 * Imports run in the caller's own process, after the request has answered: for API tests that need
 * them fast and for benches of the import itself. The local server runs each import in a child process
 * instead (./import-process/child-process-import-queue.ts), as AWS runs them outside the API. A run that
 * fails leaves its import FAILED with the reason (and is logged); importing the same file again finishes it.
 */
export class LocalImportQueue implements ImportQueue {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly ports: ImportPorts & { readonly files: FileStore },
    private readonly onError: (job: ImportJob, error: unknown) => void,
  ) {}

  submit(job: ImportJob): Promise<void> {
    const run = processImportJob(job, this.ports)
      .catch(async (error: unknown) => {
        // A run refused before it took its record (the file no longer reads) must not leave it RUNNING.
        const reason = error instanceof Error ? error.message : String(error);
        await failRunningImport(job.requestedBy, job.importId, reason, this.ports);
        this.onError(job, error);
      })
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return Promise.resolve();
  }

  /** Resolves when every submitted import has finished (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Lets the imports under way finish. */
  close(): Promise<void> {
    return this.idle();
  }
}

/** The in-process import queue for `createAppServices`, over the same services as the API. */
export function localImports(
  onError: (job: ImportJob, error: unknown) => void,
): (services: ImportPorts & { readonly files: FileStore }) => LocalImportQueue {
  return (services) => new LocalImportQueue(services, onError);
}
