import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';
import type { ImportPorts } from '#use-cases/benchmark/import-certifications';
import { processImportJob } from '#use-cases/benchmark/certification-imports';
import type { FileStore } from '#domain/files/file-store';

/**
 * Imports requested through the local API run in the server's own process, after the request has
 * answered. A run that fails leaves its import FAILED with the reason (and is logged); importing the same
 * file again finishes it.
 */
export class LocalImportQueue implements ImportQueue {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly ports: ImportPorts & { readonly files: FileStore },
    private readonly onError: (job: ImportJob, error: unknown) => void,
  ) {}

  submit(job: ImportJob): Promise<void> {
    const run = processImportJob(job, this.ports)
      .catch((error: unknown) => this.onError(job, error))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return Promise.resolve();
  }

  /** Resolves when every submitted import has finished (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

/** The local import queue for `createAppServices`, over the same services as the API. */
export function localImports(
  onError: (job: ImportJob, error: unknown) => void,
): (services: ImportPorts & { readonly files: FileStore }) => LocalImportQueue {
  return (services) => new LocalImportQueue(services, onError);
}
