import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LOCAL_PATHS } from './paths.ts';

/**
 * The development-token secret: random, made on first use, kept in the git-ignored .data folder so that
 * `npm run token` and `npm start` agree and no two machines share one.
 */
export function loadOrCreateDevSecret(path: string = LOCAL_PATHS.devTokenSecret): Uint8Array {
  try {
    return new Uint8Array(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return new Uint8Array(secret);
}
