import type { BuildOptions, Metafile } from 'esbuild';
import { buildSync } from 'esbuild';

/**
 * How every Lambda is bundled, in one place for the CDK constructs and for `npm run bench`, so that the
 * cold start the bench measures is the one deployed.
 *
 * - One ESM entry (`index.mjs`) with code splitting: what a request rarely needs (the XLSX reader and
 *   writer, the clients a handler imports on first use, Apollo's reporting plugins, SDK credential
 *   providers other than the environment's) lands in chunks that load when needed, not at every cold start.
 * - The AWS SDK is bundled: the deployed code runs the SDK version it was tested with.
 * - `@apollo/server` always resolves to its ESM build. The Lambda integration is CommonJS and would
 *   otherwise `require` a second copy of Apollo Server, with its own graphql-tools and protobuf code.
 * - `@apollo/utils.createhash` resolves to `infra/shims/apollo-create-hash.ts`: Node's crypto, not sha.js.
 */
function bundleOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    // No source maps: Node's --enable-source-maps reads them at load and made every cold start ~40 ms
    // slower. Logged errors carry the correlation id and message; stacks point into the minified chunks.
    sourcemap: false,
    metafile: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    alias: {
      '@apollo/server': './node_modules/@apollo/server/dist/esm',
      // Node's crypto, which the package cannot find in a bundle (the shim says why).
      '@apollo/utils.createhash': './infra/shims/apollo-create-hash.ts',
      // GraphQL Armor's token counter imports graphql-js's parser by its file path, which resolves to the
      // CommonJS build: a second copy of the parser, lexer and GraphQLError, loaded at every cold start.
      'graphql/language/parser': './node_modules/graphql/language/parser.mjs',
    },
    // CommonJS dependencies `require` Node's built-in modules; ESM has no `require` of its own.
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  };
}

/** Bundles `entry` (relative to `projectRoot`) into `outdir`; returns esbuild's account of what went where. */
export function bundleFunction(projectRoot: string, entry: string, outdir: string): Metafile {
  const result = buildSync({ ...bundleOptions(entry, outdir), absWorkingDir: projectRoot });
  if (!result.metafile) throw new Error('esbuild returned no metafile');
  return result.metafile;
}

/**
 * The output files a cold start loads before any request: the entry chunk (`index.mjs`) and the chunks it
 * imports statically, not those imported on first use. `npm run bench` weighs them; a test checks what
 * they hold.
 */
export function chunksLoadedAtStart(metafile: Metafile): Set<string> {
  const outputs = metafile.outputs;
  const loaded = new Set<string>();
  const visit = (path: string): void => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  const entry = Object.keys(outputs).find((path) => path.endsWith('index.mjs'));
  if (entry !== undefined) visit(entry);
  return loaded;
}
