import type { Actor } from '../audit/audit-record.ts';
import type { ImportSource } from './certification-import.ts';

/**
 * Port: where an import requested through the API runs. An import of thousands of lines outlasts a
 * request, so the request checks the file, starts the import's record and hands the run over: in AWS to
 * the import Lambda (an asynchronous invocation, retried, with a dead-letter queue), locally to the
 * server's own process. The client follows the import's progress on its record.
 */
export interface ImportJob {
  readonly importId: string;
  /** Where the list is in the file store. */
  readonly storageKey: string;
  readonly fileName: string;
  readonly source: ImportSource;
  /** Who asked for it: the import's changes are audited as theirs. */
  readonly requestedBy: Actor;
}

export interface ImportQueue {
  submit(job: ImportJob): Promise<void>;
}
