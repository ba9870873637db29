import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUDIT_ORDERS } from '#domain/audit/audit-query';
import { AUDIT_ENTITY_TYPES } from '#domain/audit/audit-record';

/**
 * Every kind of record the code audits can be read back through GraphQL: an audit record whose type the
 * enum lacks (POLICY_VERSION was) would fail the whole page of `auditRecords` that holds it.
 */
describe('audit enums in the schema (issue 17)', () => {
  const schemaDir = new URL('../../../schema/', import.meta.url);
  const schema = buildSchema(
    readdirSync(schemaDir)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => readFileSync(new URL(name, schemaDir), 'utf8'))
      .join('\n'),
  );
  const values = (name: string) => {
    const type = schema.getType(name);
    return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
  };

  it('AuditEntityType has exactly the domain’s entity types', () => {
    expect(values('AuditEntityType').sort()).toEqual([...AUDIT_ENTITY_TYPES].sort());
  });

  it('AuditOrder has exactly the domain’s orders', () => {
    expect(values('AuditOrder').sort()).toEqual([...AUDIT_ORDERS].sort());
  });
});
