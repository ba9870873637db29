import * as z from 'zod';
import { catalogueKey, EVENT_SCHEMAS } from './catalogue.ts';

/** The folder, from the repository root, where the catalogue's JSON Schemas are kept. */
export const EVENT_SCHEMA_DIR = 'schema/events';

export interface EventJsonSchema {
  /** `<kind>.v<version>.json`. */
  readonly fileName: string;
  readonly kind: string;
  readonly version: number;
  /** JSON Schema (draft 2020-12) of the whole event, envelope included. */
  readonly schema: Record<string, unknown>;
}

/**
 * The JSON Schema of every catalogue entry, generated from its zod schema: what other teams (and other
 * languages) validate events with. Committed under `schema/events/`; a test fails when they are stale.
 */
export function eventJsonSchemas(): EventJsonSchema[] {
  return EVENT_SCHEMAS.map((schema) => {
    const kind = schema.shape.kind.value;
    const version = schema.shape.version.value;
    const key = catalogueKey(kind, version);
    const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    return {
      fileName: `${key}.json`,
      kind,
      version,
      schema: { $schema, $id: `urn:smart-factory-awards:event:${key}`, ...rest },
    };
  });
}
