import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

/**
 * The local GraphiQL page's assets, built from node_modules with esbuild (GraphiQL 5 ships ES modules
 * and Monaco workers, no browser bundle): app.js (GraphiQL, its Explorer plugin, React), app.css, the
 * three Monaco workers and Monaco's icon font. Built once per version of their inputs and kept in
 * node_modules/.cache, so that only the first `npm start` after an install waits for it (a few seconds).
 */

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const ENTRY = join(here, 'app.js');
const WORKERS: Readonly<Record<string, string>> = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};
const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

export interface Asset {
  readonly type: string;
  readonly body: Buffer;
}

/** What the bundle is made of: the script, the lockfile (every package's version) and esbuild's version. */
function inputsKey(): string {
  return createHash('sha256')
    .update(readFileSync(ENTRY))
    .update(readFileSync(join(root, 'package-lock.json')))
    .update(esbuildVersion)
    .digest('hex')
    .slice(0, 16);
}

async function bundle(): Promise<Map<string, Buffer>> {
  const outdir = join(root, 'node_modules', '.cache', 'graphiql-local', 'out');
  const common = {
    bundle: true,
    minify: true,
    write: false,
    outdir,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  const [page, ...workers] = await Promise.all([
    build({
      ...common,
      entryPoints: { app: ENTRY },
      format: 'esm',
      loader: { '.ttf': 'file' },
      assetNames: '[name]',
      publicPath: '/graphiql/assets',
    }),
    ...Object.entries(WORKERS).map(([name, module]) =>
      build({ ...common, entryPoints: { [name]: require.resolve(module) }, format: 'iife' }),
    ),
  ]);
  const files = new Map<string, Buffer>();
  for (const result of [page, ...workers])
    for (const file of result.outputFiles) files.set(basename(file.path), Buffer.from(file.contents));
  return files;
}

let assets: Promise<Map<string, Buffer>> | undefined;

/** The built assets by file name, from the cache when their inputs have not changed. */
export function graphiqlAssets(): Promise<Map<string, Buffer>> {
  assets ??= (async () => {
    const dir = join(root, 'node_modules', '.cache', 'graphiql-local', inputsKey());
    try {
      const names = readdirSync(dir);
      if (names.includes('app.js'))
        return new Map(names.map((name) => [name, readFileSync(join(dir, name))]));
    } catch {
      // not built yet
    }
    const files = await bundle();
    // Written aside, then renamed into place whole: a concurrent server (tests run several) sees all
    // of it or none.
    const aside = `${dir}.${process.pid}`;
    mkdirSync(aside, { recursive: true });
    for (const [name, body] of files) writeFileSync(join(aside, name), body);
    try {
      renameSync(aside, dir);
    } catch {
      rmSync(aside, { recursive: true, force: true }); // another process put the same files there first
    }
    return files;
  })();
  return assets;
}

/** One built asset and its content type, or undefined. */
export async function graphiqlAsset(name: string): Promise<Asset | undefined> {
  const body = (await graphiqlAssets()).get(name);
  if (body === undefined) return undefined;
  const extension = name.slice(name.lastIndexOf('.'));
  return { type: TYPES[extension] ?? 'application/octet-stream', body };
}
