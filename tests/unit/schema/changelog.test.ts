import { Kind, buildSchema, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  changelogProblems,
  currentSchemaSdl,
  lastRelease,
  refusals,
  schemaChanges,
} from '../../../scripts/schema-changelog.ts';

/**
 * Issue 18: the schema changelog (schema/CHANGELOG.md) is kept by CI. Every change since the last release
 * is in it, classed breaking, dangerous or safe by GraphQL Inspector, and a breaking one is refused unless
 * schema/breaking-changes.json lists it with a reason.
 */
const current = currentSchemaSdl();

describe('the schema changelog (issue 18)', () => {
  it('is up to date, and every breaking change since the last release is allowed with a reason', async () => {
    expect(await changelogProblems()).toEqual([]);
  });

  it('the last release is a schema that builds', () => {
    const { version, sdl } = lastRelease();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(() => buildSchema(sdl)).not.toThrow();
  });

  it('classes a removed field as breaking and refuses it unless listed with a reason', async () => {
    const before = buildSchema(current);
    const after = buildSchema(
      print(
        visit(parse(current), {
          FieldDefinition: (field, _key, _parent, _path, ancestors) => {
            const owner = ancestors.at(-1);
            const inQuery =
              owner !== undefined &&
              'kind' in owner &&
              owner.kind === Kind.OBJECT_TYPE_DEFINITION &&
              owner.name.value === 'Query';
            return inQuery && field.name.value === 'towns' ? null : undefined;
          },
        }),
      ),
    );
    const changes = await schemaChanges(before, after);
    expect(changes).toEqual([
      {
        level: 'breaking',
        type: 'FIELD_REMOVED',
        path: 'Query.towns',
        message: expect.any(String) as unknown,
      },
    ]);
    expect(refusals(changes, [])).toEqual([
      expect.stringMatching(/^breaking change not allowed: FIELD_REMOVED Query\.towns/),
    ]);
    expect(
      refusals(changes, [{ type: 'FIELD_REMOVED', path: 'Query.towns', reason: 'no client reads it' }]),
    ).toEqual([]);
    expect(refusals(changes, [{ type: 'FIELD_REMOVED', path: 'Query.towns', reason: '' }])).toEqual([
      expect.stringMatching(/needs a reason/),
    ]);
  });

  it('classes an enum value added to an existing enum as dangerous, and a new field as safe', async () => {
    const before = buildSchema(current);
    const after = buildSchema(
      current
        .replace(/^enum ErrorCode \{$/m, 'enum ErrorCode {\n  TEAPOT')
        .replace(/^type Query \{$/m, 'type Query {\n  "A new field."\n  teapot: Boolean'),
    );
    const changes = await schemaChanges(before, after);
    expect(changes.map(({ level, path }) => ({ level, path }))).toEqual([
      { level: 'dangerous', path: 'ErrorCode.TEAPOT' },
      { level: 'safe', path: 'Query.teapot' },
    ]);
    expect(refusals(changes, [])).toEqual([]);
  });

  it('an allowed breaking change that no longer happens is reported, so the list stays true', () => {
    expect(
      refusals([], [{ type: 'FIELD_REMOVED', path: 'Query.towns', reason: 'no client reads it' }]),
    ).toEqual([expect.stringMatching(/is no breaking change now; remove it/)]);
  });
});
