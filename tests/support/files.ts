import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '#domain/clock';
import { systemClock } from '#domain/clock';
import { LocalFileStore } from '../../local/local-file-store.ts';

/** A fresh temporary folder for attachments. */
export const tempFilesDir = (): string => mkdtempSync(join(tmpdir(), 'sfa-files-'));

/** The local file store on a temporary folder, for use cases driven without the HTTP server. */
export function testFileStore(clock: Clock = systemClock): LocalFileStore {
  return new LocalFileStore(
    tempFilesDir(),
    new Uint8Array(randomBytes(32)),
    () => 'http://127.0.0.1:9',
    clock,
  );
}
