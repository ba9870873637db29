import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Every type, field, argument, input field and enum value of the schema says what it is (for the teams
 * reading it in their tools): a missing description fails here, by name.
 */

const schemaDir = new URL('../../../schema/', import.meta.url);
const sdl = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => readFileSync(new URL(name, schemaDir), 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);

function undescribed(): string[] {
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (description === undefined || description === null || description.trim() === '') missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
    )
      continue;
    const isRoot = ['Query', 'Mutation'].includes(type.name);
    if (!isRoot) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        need(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type))
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    if (isUnionType(type)) need(type.name, type.description);
  }
  return missing;
}

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(undescribed()).toEqual([]);
  });
});
