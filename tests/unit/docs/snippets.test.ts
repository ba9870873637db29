import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DocumentNode } from 'graphql';
import { Kind, buildSchema, parse, validate } from 'graphql';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 18: every code block the guides show works as written. TypeScript blocks (```ts, ```typescript)
 * are type-checked as modules standing at the repository's root — so `./client/generated/graphql` means
 * what it says — with the repository's compiler options as a front end builds them (a bundler's module
 * resolution and the DOM), so an import of a name the module does not export fails here. GraphQL blocks
 * (```graphql) are validated against the schema the API serves, each operation on its own.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const GUIDES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

interface Snippet {
  readonly guide: string;
  readonly line: number;
  readonly language: string;
  readonly code: string;
}

function snippetsOf(guide: string): Snippet[] {
  const lines = readFileSync(join(ROOT, guide), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  let open: { language: string; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (!fence) {
      open?.body.push(text);
      return;
    }
    if (open) {
      snippets.push({ guide, line: open.line, language: open.language, code: open.body.join('\n') });
      open = undefined;
    } else {
      open = { language: fence[1] ?? '', line: index + 1, body: [] };
    }
  });
  return snippets;
}

const snippets = GUIDES.flatMap(snippetsOf);
const typescript = snippets.filter((snippet) => ['ts', 'typescript'].includes(snippet.language));
const graphql = snippets.filter((snippet) => snippet.language === 'graphql');

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)) as { config: unknown };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  return {
    ...parsed.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    noEmit: true,
  };
}

/** Each snippet as a file at the repository's root, known only to the compiler. */
function typeCheck(files: ReadonlyMap<string, string>): string[] {
  const options = compilerOptions();
  const base = ts.createCompilerHost(options, true);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (path) => files.has(path) || base.fileExists(path),
    readFile: (path) => files.get(path) ?? base.readFile(path),
    getSourceFile: (path, language, onError, shouldCreate) => {
      const text = files.get(path);
      return text === undefined
        ? base.getSourceFile(path, language, onError, shouldCreate)
        : ts.createSourceFile(path, text, language, true);
    },
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].flatMap((path) => {
    const source = program.getSourceFile(path);
    return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => {
      const where =
        diagnostic.file && diagnostic.start !== undefined
          ? `:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}`
          : '';
      return `${path.slice(ROOT.length + 1)}${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  });
}

describe('the guides’ code blocks (issue 18)', () => {
  it('there are TypeScript blocks to check, the front-end guide’s typed document among them', () => {
    expect(typescript.length).toBeGreaterThan(0);
    expect(typescript.some((snippet) => snippet.code.includes('TownDashboardDocument'))).toBe(true);
  });

  it('every TypeScript block type-checks as written, imports included', () => {
    const files = new Map(
      typescript.map((snippet) => [
        // A name no real file has: `.snippet-<guide>-<line>.ts`, beside package.json.
        join(ROOT, `.snippet-${snippet.guide.replace(/[/.]/g, '-')}-${snippet.line}.ts`),
        // A module, so that blocks declaring the same names do not clash.
        `${snippet.code}\nexport {};\n`,
      ]),
    );
    expect(typeCheck(files)).toEqual([]);
  }, 60_000);

  it('a block importing a name its module does not export fails (the check has teeth)', () => {
    const path = join(ROOT, '.snippet-negative.ts');
    const diagnostics = typeCheck(
      new Map([
        [
          path,
          "import { TownDashboardDocument } from './client/generated';\nexport { TownDashboardDocument };\n",
        ],
      ]),
    );
    expect(diagnostics.join('\n')).toMatch(/has no exported member 'TownDashboardDocument'/);
  }, 60_000);

  it('every GraphQL block is valid against the schema the API serves, operation by operation', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'client/schema.graphql'), 'utf8'));
    const problems = graphql.flatMap((snippet) => {
      const document = parse(snippet.code);
      const fragments = document.definitions.filter(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
      );
      return document.definitions
        .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
        .flatMap((operation) => {
          const alone: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
          return validate(schema, alone).map((error) => `${snippet.guide}:${snippet.line}: ${error.message}`);
        });
    });
    expect(graphql.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
