import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction, chunksLoadedAtStart } from '../../infra/bundle.ts';

/**
 * The GraphQL function's bundle as CDK deploys it (issue 19, B4): what a cold start loads (the entry chunk
 * and what it imports statically) and what waits for first use.
 */
const out = mkdtempSync(join(tmpdir(), 'graphql-bundle-'));
let metafile: Metafile;
beforeAll(() => {
  metafile = bundleFunction(
    fileURLToPath(new URL('../..', import.meta.url)),
    'functions/handlers/graphql.ts',
    out,
  );
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The source files in the chunks a cold start loads. */
function loadedAtStart(): Set<string> {
  return new Set(
    [...chunksLoadedAtStart(metafile)].flatMap((chunk) => Object.keys(metafile.outputs[chunk]?.inputs ?? {})),
  );
}

describe('the GraphQL function’s bundle (issue 19, B4)', () => {
  it('loads the resolver groups a first screen does not need on first use, not at the start', () => {
    const start = loadedAtStart();
    const bundled = Object.keys(metafile.inputs);
    for (const group of ['payments', 'workflow', 'application', 'diagnosis', 'audit', 'benchmark']) {
      const file = `functions/graphql/resolvers/${group}.ts`;
      expect(bundled).toContain(file);
      expect(start.has(file)).toBe(false);
    }
    expect(start.has('functions/graphql/resolvers/enterprise.ts')).toBe(true);
  });

  it('hashes queries with Node’s crypto: sha.js, the JavaScript fallback Apollo took in a bundle, is not in it', () => {
    const bundled = Object.keys(metafile.inputs);
    expect(bundled.filter((input) => input.includes('node_modules/sha.js/'))).toEqual([]);
    expect(bundled).toContain('infra/shims/apollo-create-hash.ts');
  });

  it('holds one graphql-js, its ESM build: GraphQL Armor’s import of the parser by file path does not bring the CommonJS copy', () => {
    const graphqlModules = Object.keys(metafile.inputs).filter((input) =>
      input.includes('node_modules/graphql/'),
    );
    expect(graphqlModules).toContain('node_modules/graphql/language/parser.mjs');
    expect(graphqlModules.filter((input) => !input.endsWith('.mjs'))).toEqual([]);
  });
});
