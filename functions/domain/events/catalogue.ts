import * as z from 'zod';
import { InvalidInput } from '../errors.ts';
import { parseInput } from '../validation.ts';

/**
 * The catalogue of domain events (issue 17): one versioned kind for each committed change that someone
 * outside may care about. An event is derived from the audit record written in the change's own
 * transaction (`from-audit-record.ts`), so it exists exactly when its change committed; its `id` is that
 * audit record's id, so a consumer that sees the same id twice (delivery is at least once) knows it is
 * the same event.
 *
 * Every event has the same envelope: `kind` (`application.accepted`), `version` (1 …), `id`,
 * `occurredAt` (the change's instant in China Standard Time, `+08:00`), `subject` (the ids of the records
 * it concerns) and a small `payload`. Neither ever carries a bank account, an objector's name or contact,
 * an objection's reason, a finding's evidence or a principal's name: notifications are built from events.
 *
 * A kind's schema only gains optional fields once published (consumers ignore what they do not read); a
 * changed or removed field, or a changed meaning, is a new version, and both are kept while consumers
 * move. JSON Schemas of every entry are generated into `schema/events/` (`npm run events:schemas`); a test
 * fails when they are stale.
 */

const id = z.string().min(1).max(200);
const amountFen = z.number().int().min(0);
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant as users read it: ISO 8601 with the China Standard Time offset. */
const cstInstant = z.iso.datetime({ offset: true }).regex(/\+08:00$/);
const programme = z.enum(['DIAGNOSIS_REWARD', 'IMPLEMENTATION_REWARD', 'DISTRICT_BENCHMARK', 'LIGHTHOUSE']);
const path = z.enum(['REVIEWED', 'LIGHTHOUSE', 'AUTOMATIC']);

/** Who a change concerns: the enterprise (credit code) and its town, or the provider. */
const enterpriseSubject = { enterpriseId: id, townId: id, providerId: id.optional() };
const projectSubject = {
  projectId: id,
  applicationId: id.optional(),
  certificationId: id.optional(),
  ...enterpriseSubject,
};
const paymentSubject = {
  paymentId: id,
  projectId: id,
  documentId: id,
  applicationId: id.optional(),
  certificationId: id.optional(),
  /** The payee: an enterprise (credit code) or a provider. */
  enterpriseId: id.optional(),
  providerId: id.optional(),
};
const payeeSubject = { enterpriseId: id.optional(), providerId: id.optional() };

/**
 * What statistics (issue 17) read of an award's application or project beside its kind's own payload: the
 * policy version it is decided under (its R2.2 fiscal-year rule, its R5.2 tiers) and the title applied for.
 * Optional: added to version 1 after it was published (an additive field bumps nothing), absent from
 * events of records that lack them.
 */
const awardFacts = {
  policyVersionId: id.optional(),
  benchmarkTitle: z.string().optional(),
  benchmarkLevel: z.string().optional(),
};
/** And of a project: its programme (none on the automatic path, which `path` names) and its R5.2 tier. */
const projectFacts = {
  ...awardFacts,
  programme: programme.optional(),
  tier: z.number().int().min(1).optional(),
};

function event<
  const K extends string,
  const V extends number,
  S extends z.ZodRawShape,
  P extends z.ZodRawShape,
>(kind: K, version: V, description: string, subject: S, payload: P) {
  return z
    .strictObject({
      kind: z.literal(kind),
      version: z.literal(version),
      /** The audit record's id: the same id is the same event, however often it is delivered. */
      id,
      occurredAt: cstInstant,
      subject: z.strictObject(subject),
      payload: z.strictObject(payload),
    })
    .meta({ title: `${kind} v${version}`, description });
}

export const EVENT_SCHEMAS = [
  event(
    'application.submitted',
    1,
    'An application was submitted (R6.2), or submitted again after it was returned for correction.',
    { applicationId: id, ...enterpriseSubject },
    {
      programme,
      applicantType: z.enum(['ENTERPRISE', 'PROVIDER']),
      planYear: z.number().int(),
      requestedAmountFen: amountFen,
      resubmission: z.boolean(),
      ...awardFacts,
    },
  ),
  event(
    'application.accepted',
    1,
    "The enterprise's town accepted its application online (R6.2.2, 在线受理).",
    { applicationId: id, ...enterpriseSubject },
    {
      programme,
      requestedAmountFen: amountFen.optional(),
      /** Accepted again after the commission's review returned it for correction (R6.3.1). */
      reacceptance: z.boolean().optional(),
      ...awardFacts,
    },
  ),
  event(
    'application.returned',
    1,
    "An application was returned for correction, by the enterprise's town (R6.2.2) or by the commission's preliminary review (R6.3.1), with the reason.",
    { applicationId: id, ...enterpriseSubject },
    { programme, returnedBy: z.enum(['TOWN', 'PRELIMINARY_REVIEW']), reason: z.string() },
  ),
  event(
    'application.refused',
    1,
    "The commission's preliminary review refused an application (R6.3.1); refused is final.",
    { applicationId: id, ...enterpriseSubject },
    { programme, reasons: z.string(), requestedAmountFen: amountFen.optional(), ...awardFacts },
  ),
  event(
    'publicity.opened',
    1,
    "A proposed project's publicity opened (R6.4): its window, objections accepted until `endsAt`.",
    projectSubject,
    { startDate: calendarDate, endDate: calendarDate, endsAt: cstInstant },
  ),
  event(
    'publicity.closed',
    1,
    "A project's publicity ended (R6.4): on to the investigation of its open objections, or to deliberation.",
    projectSubject,
    { objectionOpen: z.boolean() },
  ),
  event(
    'objection.filed',
    1,
    'An objection to a project in publicity was received (R6.4). Who filed it and why are the commission’s only: not in the event.',
    { objectionId: id, projectId: id },
    {},
  ),
  event(
    'objection.settled',
    1,
    'The commission closed an objection (R6.4): upheld by its investigation (the project is removed), dismissed, or screened out as inadmissible (R6.4.3).',
    { objectionId: id, projectId: id },
    { outcome: z.enum(['UPHELD', 'DISMISSED', 'INADMISSIBLE']) },
  ),
  event(
    'project.approved',
    1,
    'The promotion office approved a project at deliberation (R6.5), or, for an automatic award (R6.7b), the joint disbursement document did; its amount is committed against the fiscal year’s budget (R2.2).',
    projectSubject,
    { path, amountFen, fiscalYear: z.number().int().nullable(), ...projectFacts },
  ),
  event(
    'project.refused',
    1,
    'The promotion office refused a project at deliberation (R6.5), with the reason.',
    projectSubject,
    { path, reason: z.string(), amountFen: amountFen.optional(), ...projectFacts },
  ),
  event(
    'project.removed',
    1,
    "An upheld objection removed a project from the programme (R6.4); its application's place is freed (R6.3.1).",
    projectSubject,
    { path, amountFen: amountFen.optional(), ...projectFacts },
  ),
  event(
    'project.zero-award-recorded',
    1,
    'A benchmark title whose R5.3 difference is 0 was recorded at 0 (R5.3.1): at the sign-off, or at deliberation. Nothing is paid.',
    projectSubject,
    {
      path,
      recordedAt: z.enum(['SIGN_OFF', 'DELIBERATION']),
      benchmarkTitle: z.string().nullable(),
      benchmarkLevel: z.string().nullable(),
    },
  ),
  event(
    'document.issued',
    1,
    'A joint disbursement document was issued (R6.6, countersigned by finance): the projects it pays, each with a READY payment, and those withheld by a fraud finding (R7.1.1).',
    { documentId: id },
    {
      documentNumber: z.string(),
      totalFen: amountFen,
      paidProjectIds: z.array(id),
      withheldProjectIds: z.array(id),
    },
  ),
  event(
    'payment.batched',
    1,
    'A payment was put into a payment batch for finance (R6.6).',
    { ...paymentSubject, batchId: id },
    { amountFen },
  ),
  event(
    'payment.paid',
    1,
    'The bank paid a payment (R6.6).',
    { ...paymentSubject, batchId: id.optional() },
    { amountFen, paidOn: calendarDate.nullable() },
  ),
  event(
    'payment.failed',
    1,
    'The bank refused a payment (R6.6); it may be batched again. The bank’s wording is not in the event.',
    { ...paymentSubject, batchId: id.optional() },
    { amountFen, attempts: z.number().int().min(0) },
  ),
  event(
    'payment.held',
    1,
    'A payment is held, with the reason (R4.4: the payee may not be paid now, or no bank account was on record; R7.2.1: another project’s serious finding).',
    paymentSubject,
    { amountFen, reason: z.string(), findingId: id.nullable() },
  ),
  event(
    'payment.cancelled',
    1,
    'A payment was cancelled (R6.6, or R7.1.1 by a fraud finding on its project), with the reason; its award no longer counts (R5.3.1).',
    paymentSubject,
    { amountFen, reason: z.string(), findingId: id.nullable() },
  ),
  event(
    'finding.recorded',
    1,
    'A fraud finding was recorded on a project (R7.1, R7.1.1); a serious one bans the payee (R7.2). Evidence and the principal’s name are not in the event.',
    { findingId: id, projectId: id, ...payeeSubject },
    { serious: z.boolean(), decidedOn: calendarDate, banUntil: calendarDate.nullable() },
  ),
  event(
    'recovery.recorded',
    1,
    'Money was recovered on a fraud finding (R7.1, 追回), against its receivable (what was paid for the project); it returns to the budget of the award’s fiscal year (R2.2).',
    { findingId: id, projectId: id, ...payeeSubject },
    {
      amountFen,
      recoveredOn: calendarDate,
      /** Recovered on the finding so far, this recovery included. */
      recoveredFen: amountFen,
      receivableFen: amountFen,
      fiscalYear: z.number().int(),
    },
  ),
  event(
    'ban.started',
    1,
    'An enterprise or provider is barred from applying (R7.2, 取消三年申报资格) until the given date (the first day it may apply again).',
    { ...payeeSubject, townId: id.optional() },
    { until: calendarDate, reason: z.string() },
  ),
  event(
    'import.finished',
    1,
    'A certification list import (R6.7b) finished: completed with its counts, or failed (run the same file again to finish it).',
    { importId: id },
    {
      status: z.enum(['COMPLETED', 'FAILED']),
      totalLines: z.number().int().min(0),
      processedLines: z.number().int().min(0),
      created: z.number().int().min(0),
      notCreated: z.number().int().min(0),
      awardedFen: amountFen,
    },
  ),
  event(
    'budget.overridden',
    1,
    "The commission allowed one project's approval beyond the remaining budget of a fiscal year (R2.2), with the reason.",
    { budgetId: id, projectId: id },
    { fiscalYear: z.number().int(), reason: z.string() },
  ),
] as const;

export type DomainEvent = z.output<(typeof EVENT_SCHEMAS)[number]>;
export type EventKind = DomainEvent['kind'];
/** One kind's event, by its name. */
export type EventOf<K extends EventKind> = Extract<DomainEvent, { kind: K }>;

/** Where each event goes on EventBridge and beside the code: `<kind>.v<version>`. */
export const catalogueKey = (kind: string, version: number): string => `${kind}.v${version}`;

const BY_KEY: ReadonlyMap<string, z.ZodType> = new Map(
  EVENT_SCHEMAS.map((schema) => [
    catalogueKey(schema.shape.kind.value, schema.shape.version.value),
    schema as z.ZodType,
  ]),
);

/** The versions the catalogue knows of each kind. */
export const EVENT_VERSIONS: ReadonlyMap<string, readonly number[]> = EVENT_SCHEMAS.reduce(
  (versions, schema) =>
    versions.set(schema.shape.kind.value, [
      ...(versions.get(schema.shape.kind.value) ?? []),
      schema.shape.version.value,
    ]),
  new Map<string, number[]>(),
);

/** The schema of one catalogue entry, or undefined when the catalogue has no such kind and version. */
export const eventSchema = (kind: string, version: number): z.ZodType | undefined =>
  BY_KEY.get(catalogueKey(kind, version));

const envelope = z.looseObject({ kind: z.string().min(1).max(100), version: z.number().int().min(1) });

/**
 * An event as a consumer receives it (EventBridge's `detail`, the local publisher's delivery), checked
 * against the catalogue: an unknown kind, or a version of it the catalogue does not have, is refused with
 * a message saying which kinds or versions exist (InvalidInput), before anything is done with it.
 */
export function parseDomainEvent(raw: unknown): DomainEvent {
  const { kind, version } = parseInput(envelope, raw, ['event']);
  const known = EVENT_VERSIONS.get(kind);
  if (known === undefined)
    throw new InvalidInput([
      {
        path: ['event', 'kind'],
        message: `unknown event kind "${kind}": the catalogue has ${[...EVENT_VERSIONS.keys()].join(', ')}`,
      },
    ]);
  const schema = eventSchema(kind, version);
  if (schema === undefined)
    throw new InvalidInput([
      {
        path: ['event', 'version'],
        message: `event kind "${kind}" has no version ${version}: the catalogue has version ${known.join(', ')}`,
      },
    ]);
  return parseInput(schema, raw, ['event']) as DomainEvent;
}
