import type { Hash } from 'node:crypto';
import { createHash as nodeCreateHash } from 'node:crypto';

/**
 * `@apollo/utils.createhash` as it means to behave in Node, for the bundles (`infra/bundle.ts` aliases
 * the package to this file). The package picks Node's crypto through `module.require`, which a bundle's
 * CommonJS wrapper does not have, so in a Lambda bundle it fell back to sha.js, a SHA-256 in JavaScript:
 * loaded at every cold start (about 2.6 ms in a CPU profile) and run on every request's query (Apollo's
 * document cache key). Same digests: both are SHA-256.
 */
export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
