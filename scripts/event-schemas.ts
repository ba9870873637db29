/**
 * `npm run events:schemas`: writes the JSON Schema of every domain event in the catalogue
 * (functions/domain/events/catalogue.ts) to schema/events/<kind>.v<version>.json, formatted as the
 * repository formats JSON, and removes files of entries the catalogue no longer has. `-- --check` only
 * says whether the committed files are up to date (tests/unit/domain/events/json-schemas.test.ts does the
 * same in `npm test`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { EVENT_SCHEMA_DIR, eventJsonSchemas } from '#domain/events/json-schemas';

const root = fileURLToPath(new URL('..', import.meta.url));
export const eventSchemaDir = join(root, EVENT_SCHEMA_DIR);

/** Each catalogue entry's file name and text, as committed. */
export async function renderedEventSchemas(): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  for (const entry of eventJsonSchemas()) {
    const filepath = join(eventSchemaDir, entry.fileName);
    const options = (await resolveConfig(filepath)) ?? {};
    rendered.set(entry.fileName, await format(JSON.stringify(entry.schema), { ...options, filepath }));
  }
  return rendered;
}

/** What differs between the committed files and the catalogue: stale, missing and extra files. */
export async function staleEventSchemas(): Promise<string[]> {
  const expected = await renderedEventSchemas();
  const present = readdirSync(eventSchemaDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name);
  const differences: string[] = [];
  for (const [name, text] of expected) {
    if (!present.includes(name)) differences.push(`${name} is missing`);
    else if (readFileSync(join(eventSchemaDir, name), 'utf8') !== text) differences.push(`${name} is stale`);
  }
  for (const name of present) if (!expected.has(name)) differences.push(`${name} is not in the catalogue`);
  return differences;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  if (values.check) {
    const differences = await staleEventSchemas();
    for (const difference of differences) console.error(`${EVENT_SCHEMA_DIR}/${difference}`);
    process.exit(differences.length === 0 ? 0 : 1);
  }
  mkdirSync(eventSchemaDir, { recursive: true });
  const expected = await renderedEventSchemas();
  for (const name of readdirSync(eventSchemaDir))
    if (name.endsWith('.json') && !expected.has(name)) rmSync(join(eventSchemaDir, name));
  for (const [name, text] of expected) writeFileSync(join(eventSchemaDir, name), text);
  console.log(`${expected.size} event schemas in ${EVENT_SCHEMA_DIR}/`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
