/**
 * `npm run schema:changelog` (also run by `npm run codegen`): compares the schema (`schema/*.graphql`)
 * with the last release's (`schema/releases/<version>.graphql`, the highest version there) using GraphQL
 * Inspector, and writes the "Unreleased" section of schema/CHANGELOG.md: every change, classed as
 * graphql-inspector classes it —
 *   - breaking: a client's valid operation may stop working (a field removed, an argument made required);
 *   - dangerous: operations still validate but may behave differently (an enum value or union member added,
 *     a default changed);
 *   - safe: nothing a client does changes (a field or type added, a description changed).
 * A breaking change is refused unless schema/breaking-changes.json lists it (its `type` and `path`, as
 * printed) with a reason. `-- --check` only says whether the file is up to date and no breaking change is
 * unlisted (tests/unit/schema/changelog.test.ts does the same in `npm test`). `-- --release <version>`
 * records a release: the schema becomes schema/releases/<version>.graphql, the Unreleased section becomes
 * that version's, and the allowed breaking changes (now released) are cleared.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Change } from '@graphql-inspector/core';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, printSchema } from 'graphql';
import { format, resolveConfig } from 'prettier';
import semver from 'semver';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaDir = join(root, 'schema');
export const releasesDir = join(schemaDir, 'releases');
export const changelogPath = join(schemaDir, 'CHANGELOG.md');
export const allowPath = join(schemaDir, 'breaking-changes.json');

/** Where the generated part ends: what follows (released sections) is kept as it is. */
const RELEASES_MARKER = '<!-- released versions below: kept as written at each release -->';

/** The schema as the API serves it: every `schema/*.graphql` file, in name order. */
export function currentSchemaSdl(): string {
  const sdl = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), 'utf8'))
    .join('\n');
  return printSchema(buildSchema(sdl));
}

/** The highest released version and its schema's SDL. */
export function lastRelease(): { version: string; sdl: string } {
  const versions = readdirSync(releasesDir)
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => name.slice(0, -'.graphql'.length))
    .filter((version) => semver.valid(version) !== null)
    .sort(semver.compare);
  const version = versions.at(-1);
  if (version === undefined) throw new Error(`no release in ${releasesDir}: record one with -- --release`);
  return { version, sdl: readFileSync(join(releasesDir, `${version}.graphql`), 'utf8') };
}

export interface SchemaChange {
  readonly level: 'breaking' | 'dangerous' | 'safe';
  readonly type: string;
  readonly path: string;
  readonly message: string;
  readonly reason?: string | undefined;
}

const LEVELS: Readonly<Record<CriticalityLevel, SchemaChange['level']>> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/** Inspector's message, without quoting whole descriptions (they can run to paragraphs). */
function describe(change: Change): string {
  const type = String(change.type);
  if (type.includes('DESCRIPTION')) {
    if (type.endsWith('_REMOVED')) return 'description removed';
    if (type.endsWith('_ADDED')) return 'description added';
    return 'description changed';
  }
  return change.message.replace(/\.$/, '');
}

/** Every change from `before` to `after`, classed, sorted by level, then path, then type. */
export async function schemaChanges(before: GraphQLSchema, after: GraphQLSchema): Promise<SchemaChange[]> {
  const changes: Change[] = await diff(before, after);
  const order = ['breaking', 'dangerous', 'safe'];
  const isDescription = (change: Change) => String(change.type).includes('DESCRIPTION');
  const added = new Set(
    changes
      .filter((change) => !isDescription(change) && String(change.type).endsWith('_ADDED'))
      .map((change) => change.path ?? ''),
  );
  return (
    changes
      // A description that came with its new field, type or value is part of that addition.
      .filter((change) => !(isDescription(change) && added.has(change.path ?? '')))
      .map((change) => ({
        level: LEVELS[change.criticality.level],
        type: String(change.type),
        path: change.path ?? '',
        message: describe(change),
      }))
      .sort(
        (a, b) =>
          order.indexOf(a.level) - order.indexOf(b.level) ||
          a.path.localeCompare(b.path) ||
          a.type.localeCompare(b.type),
      )
  );
}

export interface AllowedBreakingChange {
  readonly type: string;
  readonly path: string;
  readonly reason: string;
}

export function allowedBreakingChanges(): AllowedBreakingChange[] {
  return JSON.parse(readFileSync(allowPath, 'utf8')) as AllowedBreakingChange[];
}

/** What the allow file leaves wrong: unlisted breaking changes, entries without a reason, stale entries. */
export function refusals(
  changes: readonly SchemaChange[],
  allowed: readonly AllowedBreakingChange[],
): string[] {
  const breaking = changes.filter((change) => change.level === 'breaking');
  const listed = (change: SchemaChange) =>
    allowed.find((entry) => entry.type === change.type && entry.path === change.path);
  return [
    ...breaking
      .filter((change) => listed(change) === undefined)
      .map(
        (change) =>
          `breaking change not allowed: ${change.type} ${change.path} (${change.message}); keep the old field or argument (deprecate it), or list it in schema/breaking-changes.json with a reason`,
      ),
    ...allowed
      .filter((entry) => entry.reason.trim().length < 10)
      .map((entry) => `schema/breaking-changes.json: ${entry.type} ${entry.path} needs a reason`),
    ...allowed
      .filter((entry) => !breaking.some((change) => change.type === entry.type && change.path === entry.path))
      .map(
        (entry) =>
          `schema/breaking-changes.json: ${entry.type} ${entry.path} is no breaking change now; remove it`,
      ),
  ];
}

const HEADINGS: Readonly<Record<SchemaChange['level'], string>> = {
  breaking: 'Breaking',
  dangerous: 'Dangerous',
  safe: 'Safe',
};

function section(title: string, changes: readonly SchemaChange[]): string {
  const lines = [`## ${title}`, ''];
  if (changes.length === 0) lines.push('No change.', '');
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    const ofLevel = changes.filter((change) => change.level === level);
    if (ofLevel.length === 0) continue;
    lines.push(`### ${HEADINGS[level]}`, '');
    for (const change of ofLevel) {
      const reason = change.reason === undefined ? '' : ` Allowed: ${change.reason}`;
      lines.push(`- \`${change.path}\` (${change.type}): ${change.message}.${reason}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const HEADER = `# Schema changelog

What changed in the GraphQL schema, release by release, each change classed by
[GraphQL Inspector](https://the-guild.dev/graphql/inspector): **breaking** (a client's valid operation may
stop working), **dangerous** (operations still validate but may behave differently: an enum value or union
member added, a default changed) or **safe**. The Unreleased section is generated by
\`npm run schema:changelog\` (and \`npm run codegen\`) from \`schema/*.graphql\` against the last release's
schema in \`schema/releases/\`; \`npm test\` fails when it is out of date, and on a breaking change that
\`schema/breaking-changes.json\` does not list with a reason. \`npm run schema:changelog -- --release X.Y.Z\`
records a release.
`;

/** The whole file: the generated part, then the released sections kept from `existing`. */
export async function renderChangelog(
  release: string,
  changes: readonly SchemaChange[],
  existing: string,
): Promise<string> {
  const index = existing.indexOf(RELEASES_MARKER);
  const released = index === -1 ? '' : existing.slice(index + RELEASES_MARKER.length).trim();
  const text = [
    HEADER,
    section(`Unreleased (against ${release})`, changes),
    RELEASES_MARKER,
    '',
    released,
  ].join('\n');
  const options = (await resolveConfig(changelogPath)) ?? {};
  return format(text, { ...options, filepath: changelogPath });
}

/** The changes since the last release, with the allowed breaking changes' reasons. */
export async function unreleasedChanges(): Promise<{ release: string; changes: SchemaChange[] }> {
  const { version, sdl } = lastRelease();
  const allowed = allowedBreakingChanges();
  const changes = (await schemaChanges(buildSchema(sdl), buildSchema(currentSchemaSdl()))).map((change) => ({
    ...change,
    reason: allowed.find((entry) => entry.type === change.type && entry.path === change.path)?.reason,
  }));
  return { release: version, changes };
}

/** What `--check` and the test report: a stale changelog and every refusal. */
export async function changelogProblems(): Promise<string[]> {
  const { release, changes } = await unreleasedChanges();
  const existing = readFileSync(changelogPath, 'utf8');
  const stale =
    (await renderChangelog(release, changes, existing)) === existing
      ? []
      : ['schema/CHANGELOG.md is out of date: run npm run schema:changelog (npm run codegen runs it too)'];
  return [...stale, ...refusals(changes, allowedBreakingChanges())];
}

async function recordRelease(version: string): Promise<void> {
  const { release, changes } = await unreleasedChanges();
  if (semver.valid(version) === null || !semver.gt(version, release))
    throw new Error(`a release needs a version above ${release}, got ${version}`);
  const problems = refusals(changes, allowedBreakingChanges());
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const existing = readFileSync(changelogPath, 'utf8');
  const index = existing.indexOf(RELEASES_MARKER);
  const released = index === -1 ? '' : existing.slice(index + RELEASES_MARKER.length).trim();
  const date = new Date().toISOString().slice(0, 10);
  const releasePath = join(releasesDir, `${version}.graphql`);
  const releaseOptions = (await resolveConfig(releasePath)) ?? {};
  writeFileSync(releasePath, await format(currentSchemaSdl(), { ...releaseOptions, filepath: releasePath }));
  writeFileSync(allowPath, '[]\n');
  const history = [section(`${version} (${date})`, changes), released].join('\n');
  writeFileSync(changelogPath, await renderChangelog(version, [], `${RELEASES_MARKER}\n${history}`));
  console.log(`released schema ${version} (${changes.length} changes since ${release})`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, release: { type: 'string' } },
  });
  if (values.release !== undefined) return recordRelease(values.release);
  if (values.check) {
    const problems = await changelogProblems();
    for (const problem of problems) console.error(problem);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  const { release, changes } = await unreleasedChanges();
  const existing = readFileSync(changelogPath, { encoding: 'utf8', flag: 'a+' });
  writeFileSync(changelogPath, await renderChangelog(release, changes, existing));
  const counts = ['breaking', 'dangerous', 'safe'].map(
    (level) => `${changes.filter((change) => change.level === level).length} ${level}`,
  );
  console.log(`schema/CHANGELOG.md: ${counts.join(', ')} since ${release}`);
  for (const problem of refusals(changes, allowedBreakingChanges())) console.error(problem);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
