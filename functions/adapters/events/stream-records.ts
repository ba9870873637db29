import * as z from 'zod';
import { AUDIT_ENTITY_TYPES } from '#domain/audit/audit-record';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { DomainEvent } from '#domain/events/catalogue';
import { eventSchema } from '#domain/events/catalogue';
import { eventFromAuditRecord } from '#domain/events/from-audit-record';

/**
 * From the table's stream to catalogued events, for both runtimes: the pipe's enrichment Lambda (records
 * as EventBridge Pipes delivers them) and the local publisher (records as DynamoDB Local's GetRecords
 * returns them). Stream records are per item: only audit records (pk `AUDIT#…`, `entity` AuditRecord),
 * inserted in the change's own transaction, stand for a change; every other item is ignored here (and in
 * AWS already by the pipe's filter).
 */

/** A stream image attribute as DynamoDB sends it (both SDK and Lambda event shapes). */
export interface StreamAttribute {
  readonly S?: string | undefined;
  readonly N?: string | undefined;
  readonly NULL?: boolean | undefined;
}

/** What is read of a stream record: both the Lambda event type and the SDK's `_Record` fit it. */
export interface StreamRecordLike {
  readonly eventName?: string | undefined;
  readonly dynamodb?:
    | {
        readonly Keys?: Record<string, StreamAttribute> | undefined;
        readonly NewImage?: Record<string, StreamAttribute> | undefined;
      }
    | undefined;
}

/** The pk prefix and `entity` value of audit items (`audited-write.ts`). */
export const AUDIT_PK_PREFIX = 'AUDIT#';
export const AUDIT_ENTITY = 'AuditRecord';

const storedAudit = z.object({
  id: z.string().min(1),
  at: z.iso.datetime(),
  actorId: z.string(),
  actorRole: z.string(),
  operation: z.string().min(1),
  entityType: z.enum(AUDIT_ENTITY_TYPES),
  entityId: z.string().min(1),
  before: z.string().nullable(),
  after: z.string().nullable(),
  entityVersion: z.number().nullable(),
});

/** Whether a stream record is an audit record's insertion (the only items events come from). */
export function isAuditInsert(record: StreamRecordLike): boolean {
  const image = record.dynamodb?.NewImage;
  return (
    record.eventName === 'INSERT' &&
    image?.['pk']?.S?.startsWith(AUDIT_PK_PREFIX) === true &&
    image['entity']?.S === AUDIT_ENTITY
  );
}

/** The audit record a stream image holds (before and after are stored as JSON text). */
export function auditRecordFromImage(image: Record<string, StreamAttribute>): AuditRecord {
  const value = (name: string): string | number | null | undefined => {
    const attribute = image[name];
    if (attribute === undefined || attribute.NULL === true) return attribute === undefined ? undefined : null;
    if (attribute.S !== undefined) return attribute.S;
    if (attribute.N !== undefined) return Number(attribute.N);
    throw new Error(`audit item attribute ${name} is neither a string, a number nor null`);
  };
  const parsed = storedAudit.safeParse({
    ...Object.fromEntries(
      ['id', 'at', 'actorId', 'actorRole', 'operation', 'entityType', 'entityId', 'before', 'after'].map(
        (name) => [name, value(name)],
      ),
    ),
    entityVersion: value('entityVersion') ?? null,
  });
  if (!parsed.success)
    throw new Error(
      `stream item ${image['pk']?.S ?? '?'} / ${image['sk']?.S ?? '?'} is not an audit record: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  const record = parsed.data;
  return {
    ...record,
    before: record.before === null ? null : (JSON.parse(record.before) as unknown),
    after: record.after === null ? null : (JSON.parse(record.after) as unknown),
  };
}

/**
 * The events a batch of stream records stands for, in the stream's order: zero or one per audit record.
 * Each is checked against its catalogue schema before it leaves, so nothing uncatalogued is emitted.
 */
export function eventsFromStreamRecords(records: readonly StreamRecordLike[]): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const record of records) {
    if (!isAuditInsert(record)) continue;
    const event = eventFromAuditRecord(auditRecordFromImage(record.dynamodb?.NewImage ?? {}));
    if (event === undefined) continue;
    const checked = eventSchema(event.kind, event.version)?.safeParse(event);
    if (!checked?.success)
      throw new Error(
        `event ${event.kind} v${event.version} ${event.id} does not match its catalogue schema: ${
          checked?.error.message ?? 'no schema'
        }`,
      );
    events.push(event);
  }
  return events;
}
