import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eventSchemaDir } from '../../scripts/event-schemas.ts';

/**
 * The committed JSON Schemas of the event catalogue (schema/events), compiled with ajv (draft 2020-12,
 * strict, with formats): what a consumer in another language validates events with. Keyed `<kind>.v<n>`.
 */
export function committedEventValidators(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<string, ValidateFunction>();
  for (const name of readdirSync(eventSchemaDir).filter((file) => file.endsWith('.json')))
    validators.set(
      name.replace(/\.json$/, ''),
      ajv.compile(JSON.parse(readFileSync(`${eventSchemaDir}/${name}`, 'utf8')) as object),
    );
  return validators;
}

/** Why an event does not validate against its committed JSON Schema, or undefined when it does. */
export function schemaErrors(
  validators: ReadonlyMap<string, ValidateFunction>,
  event: { kind: string; version: number },
): string | undefined {
  const validate = validators.get(`${event.kind}.v${event.version}`);
  if (validate === undefined) return `no committed JSON Schema for ${event.kind} v${event.version}`;
  if (validate(event)) return undefined;
  return JSON.stringify(validate.errors);
}
