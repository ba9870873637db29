import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS } from '#domain/events/catalogue';
import { staleEventSchemas } from '../../../../scripts/event-schemas.ts';
import { committedEventValidators } from '../../../support/event-schemas.ts';

/** Issue 17: every catalogue entry has its JSON Schema in the repository, and it is the current one. */

describe('the JSON Schemas of the event catalogue (schema/events)', () => {
  it('are committed for every kind and version, up to date, and none is left over (npm run events:schemas)', async () => {
    expect(await staleEventSchemas()).toEqual([]);
  });

  it('compile (ajv, draft 2020-12) and refuse what their zod schemas refuse', () => {
    const validators = committedEventValidators();
    expect(validators.size).toBe(EVENT_SCHEMAS.length);
    const validate = validators.get('objection.filed.v1');
    const event = {
      kind: 'objection.filed',
      version: 1,
      id: '7d1f6c1e-0000-4000-8000-000000000000',
      occurredAt: '2026-10-10T00:00:00.000+08:00',
      subject: { objectionId: 'OBJ-1', projectId: 'PRJ-1' },
      payload: {},
    };
    expect(validate?.(event)).toBe(true);
    // An objector's name has no place in it; nor has a UTC instant, nor another version.
    expect(validate?.({ ...event, payload: { objectorName: '张三' } })).toBe(false);
    expect(validate?.({ ...event, occurredAt: '2026-10-09T16:00:00.000Z' })).toBe(false);
    expect(validate?.({ ...event, version: 2 })).toBe(false);
  });
});
