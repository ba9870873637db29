import * as z from 'zod';
import type { AuditEntityType, AuditRecord } from '../audit/audit-record.ts';
import { formatCst } from '../time/cst.ts';
import type { DomainEvent, EventKind, EventOf } from './catalogue.ts';

/**
 * The catalogued event a committed change stands for, derived from the audit record written in the
 * change's own transaction: zero or one event per audit record, decided by the entity type, the state
 * before and after, and (where the state alone does not say who acted) the operation. Pure: the same
 * function runs in the pipe's enrichment Lambda and in the local publisher.
 *
 * | event                       | audit record                                                          |
 * | --------------------------- | --------------------------------------------------------------------- |
 * | application.submitted       | APPLICATION becomes SUBMITTED (submitApplication)                     |
 * | application.accepted        | APPLICATION becomes ACCEPTED (acceptApplication)                      |
 * | application.returned        | APPLICATION becomes RETURNED (returnApplication, preliminaryReview)   |
 * | application.refused         | APPLICATION becomes REFUSED (refuseApplication)                       |
 * | publicity.opened            | PROJECT gains its publicity window (openPublicity)                    |
 * | publicity.closed            | PROJECT leaves IN_PUBLICITY for INVESTIGATION or DELIBERATION         |
 * | objection.filed             | OBJECTION created (fileObjection)                                     |
 * | objection.settled           | OBJECTION closed: UPHELD, DISMISSED (its investigation) or INADMISSIBLE (screened out) |
 * | project.approved            | PROJECT's deliberation decided: approved, not at 0 (decideDELIBERATION); an automatic award committed by its document (decideDISBURSEMENT_DOCUMENT) |
 * | project.refused             | PROJECT's deliberation decided: refused (decideDELIBERATION)          |
 * | project.removed             | PROJECT's investigation decided: upheld (decideINVESTIGATION)         |
 * | project.zero-award-recorded | PROJECT becomes ZERO_AWARD_RECORDED at its sign-off (signOffProject), or its deliberation decided at 0 |
 * | document.issued             | DISBURSEMENT_DOCUMENT becomes ISSUED (countersignDisbursementDocument) |
 * | payment.batched / paid / failed / cancelled | PAYMENT becomes IN_BATCH / PAID / FAILED / CANCELLED |
 * | payment.held                | PAYMENT becomes HELD, or stays HELD for another reason               |
 * | finding.recorded            | FRAUD_FINDING created (recordFraudFinding)                            |
 * | recovery.recorded           | FRAUD_FINDING's recovered amount grows (recordRecovery)               |
 * | ban.started                 | an existing ENTERPRISE or PROVIDER gets a ban it did not have (banEnterprise, banProvider) |
 * | import.finished             | CERTIFICATION_IMPORT leaves RUNNING (completeCertificationImport, failCertificationImport) |
 * | budget.overridden           | BUDGET gains or changes a project's override (overrideBudget)        |
 *
 * Decisions are taken where they are recorded (the deliberation's decision commits the budget in its
 * transaction), not where the workflow later moves the stage: a workflow that fails in between and is
 * resumed neither loses nor repeats the event.
 *
 * A record of one of these types whose state does not have the shape read here is refused with an error
 * naming it: the pipe retries it and, in the end, sends it to its dead-letter queue.
 */
export function eventFromAuditRecord(record: AuditRecord): DomainEvent | undefined {
  const derive = DERIVATIONS[record.entityType as keyof typeof DERIVATIONS] as Derivation | undefined;
  if (derive === undefined) return undefined;
  const found = derive(record);
  if (found === undefined) return undefined;
  return {
    kind: found.kind,
    version: 1,
    id: record.id,
    occurredAt: formatCst(new Date(record.at)),
    subject: found.subject,
    payload: found.payload,
  } as DomainEvent;
}

/** The entity types whose audit records may stand for an event: the pipe's filter lets only these through. */
export const EVENT_SOURCE_ENTITY_TYPES = (): AuditEntityType[] =>
  Object.keys(DERIVATIONS) as AuditEntityType[];

type Found = { [K in EventKind]: Pick<EventOf<K>, 'kind' | 'subject' | 'payload'> }[EventKind];
type Derivation = (record: AuditRecord) => Found | undefined;

/** Builds a kind's subject and payload, typed by the catalogue. */
const found = <K extends EventKind>(
  kind: K,
  subject: EventOf<K>['subject'],
  payload: EventOf<K>['payload'],
): Found => ({ kind, subject, payload }) as Found;

/** What is read of a record's state: only the fields events need (never bank accounts or objectors). */
function read<T extends z.ZodType>(
  view: T,
  record: AuditRecord,
  which: 'before' | 'after',
): z.output<T> | undefined {
  const state = record[which];
  if (state === null || state === undefined) return undefined;
  const parsed = view.safeParse(typeof state === 'string' ? JSON.parse(state) : state);
  if (!parsed.success)
    throw new Error(
      `audit record ${record.id} (${record.operation} on ${record.entityType} ${record.entityId}): its ${which} state is not what events are derived from: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  return parsed.data;
}

const text = z.string();
const optionalText = z.string().optional();

const applicationView = z.looseObject({
  id: text,
  status: text,
  programme: z.enum(['DIAGNOSIS_REWARD', 'IMPLEMENTATION_REWARD', 'DISTRICT_BENCHMARK', 'LIGHTHOUSE']),
  applicantType: z.enum(['ENTERPRISE', 'PROVIDER']),
  applicantId: text,
  creditCode: text,
  town: text,
  planYear: z.number(),
  requestedAmountFen: z.number(),
  providerId: optionalText,
  returnReason: optionalText,
  review: z.looseObject({ preliminary: z.looseObject({ reasons: text }).optional() }).optional(),
  policyVersionId: optionalText,
  benchmark: z.looseObject({ title: text, level: text }).optional(),
});
type ApplicationView = z.output<typeof applicationView>;

/** What statistics read of an award beside each kind's payload (the fields present on the record). */
const awardFacts = (view: {
  policyVersionId?: string | undefined;
  benchmark?: { title: string; level: string } | undefined;
}) => ({
  ...optionalId('policyVersionId', view.policyVersionId),
  ...optionalId('benchmarkTitle', view.benchmark?.title),
  ...optionalId('benchmarkLevel', view.benchmark?.level),
});
const applicationFacts = (view: ApplicationView) => ({
  requestedAmountFen: view.requestedAmountFen,
  ...awardFacts(view),
});

function application(record: AuditRecord): Found | undefined {
  const before = read(applicationView, record, 'before');
  const after = read(applicationView, record, 'after');
  if (after === undefined || before?.status === after.status) return undefined;
  const subject = {
    applicationId: after.id,
    enterpriseId: after.creditCode,
    townId: after.town,
    ...optionalId(
      'providerId',
      after.providerId ?? (after.applicantType === 'PROVIDER' ? after.applicantId : undefined),
    ),
  };
  switch (after.status) {
    case 'SUBMITTED':
      return found('application.submitted', subject, {
        programme: after.programme,
        applicantType: after.applicantType,
        planYear: after.planYear,
        resubmission: before?.status === 'RETURNED',
        ...applicationFacts(after),
      });
    case 'ACCEPTED':
      return found('application.accepted', subject, {
        programme: after.programme,
        // Only an accepted application reaches the preliminary review (R6.3): one that has its decision
        // was accepted before, returned by the review and corrected (R6.3.1).
        reacceptance: before?.review?.preliminary !== undefined,
        ...applicationFacts(after),
      });
    case 'RETURNED':
      return found('application.returned', subject, {
        programme: after.programme,
        // The town returns an enterprise's submitted application; the review returns one it was reviewing.
        returnedBy: record.operation === 'returnApplication' ? 'TOWN' : 'PRELIMINARY_REVIEW',
        reason: after.returnReason ?? '',
      });
    case 'REFUSED':
      return found('application.refused', subject, {
        programme: after.programme,
        reasons: after.review?.preliminary?.reasons ?? '',
        ...applicationFacts(after),
      });
    default:
      return undefined;
  }
}

const projectView = z.looseObject({
  id: text,
  stage: text,
  path: z.enum(['REVIEWED', 'LIGHTHOUSE', 'AUTOMATIC']),
  applicationId: optionalText,
  certificationId: optionalText,
  creditCode: text,
  town: text,
  payeeType: z.enum(['ENTERPRISE', 'PROVIDER']),
  payeeId: text,
  proposedAmountFen: z.number(),
  committedFiscalYear: z.number().optional(),
  policyVersionId: optionalText,
  amountExplanation: z.looseObject({ tier: z.number().optional() }).optional(),
  benchmark: z.looseObject({ title: text, level: text }).optional(),
  publicity: z.looseObject({ startDate: text, endDate: text, endsAt: text }).optional(),
  deliberation: z.looseObject({ reason: text }).optional(),
  decisions: z
    .looseObject({
      INVESTIGATION: z.looseObject({ upheld: z.boolean().optional() }).optional(),
      DELIBERATION: z
        .looseObject({ approved: z.boolean().optional(), zeroAward: z.boolean().optional() })
        .optional(),
    })
    .optional(),
});
type ProjectView = z.output<typeof projectView>;

/** The application programme a project is under: none on the automatic path (R6.7b), which `path` names. */
function projectProgramme(view: ProjectView): z.output<typeof applicationView>['programme'] | undefined {
  switch (view.path) {
    case 'AUTOMATIC':
      return undefined;
    case 'LIGHTHOUSE':
      return 'LIGHTHOUSE';
    case 'REVIEWED':
      if (view.benchmark !== undefined) return 'DISTRICT_BENCHMARK';
      return view.payeeType === 'PROVIDER' ? 'DIAGNOSIS_REWARD' : 'IMPLEMENTATION_REWARD';
  }
}

function projectFacts(view: ProjectView) {
  const programme = projectProgramme(view);
  const tier = view.amountExplanation?.tier;
  return {
    ...awardFacts(view),
    ...(programme === undefined ? {} : { programme }),
    ...(tier === undefined ? {} : { tier }),
  };
}

function project(record: AuditRecord): Found | undefined {
  const before = read(projectView, record, 'before');
  const after = read(projectView, record, 'after');
  if (after === undefined) return undefined;
  const subject = {
    projectId: after.id,
    ...optionalId('applicationId', after.applicationId),
    ...optionalId('certificationId', after.certificationId),
    enterpriseId: after.creditCode,
    townId: after.town,
    ...optionalId('providerId', after.payeeType === 'PROVIDER' ? after.payeeId : undefined),
  };
  if (after.publicity && !before?.publicity)
    return found('publicity.opened', subject, {
      startDate: after.publicity.startDate,
      endDate: after.publicity.endDate,
      endsAt: formatCst(new Date(after.publicity.endsAt)),
    });
  if (before?.stage === 'IN_PUBLICITY' && (after.stage === 'INVESTIGATION' || after.stage === 'DELIBERATION'))
    return found('publicity.closed', subject, { objectionOpen: after.stage === 'INVESTIGATION' });
  const deliberation = newDecision(before, after, 'DELIBERATION');
  if (
    deliberation?.zeroAward === true ||
    (before?.stage === 'AWAITING_SIGN_OFF' && after.stage === 'ZERO_AWARD_RECORDED')
  )
    return found('project.zero-award-recorded', subject, {
      path: after.path,
      recordedAt: deliberation ? 'DELIBERATION' : 'SIGN_OFF',
      benchmarkTitle: after.benchmark?.title ?? null,
      benchmarkLevel: after.benchmark?.level ?? null,
    });
  // An automatic award (R6.7b) has no deliberation: its joint disbursement document approves and commits it.
  const automaticCommitment =
    after.path === 'AUTOMATIC' &&
    before !== undefined &&
    before.committedFiscalYear === undefined &&
    after.committedFiscalYear !== undefined;
  if (deliberation?.approved === true || automaticCommitment)
    return found('project.approved', subject, {
      path: after.path,
      amountFen: after.proposedAmountFen,
      fiscalYear: after.committedFiscalYear ?? null,
      ...projectFacts(after),
    });
  if (deliberation?.approved === false)
    return found('project.refused', subject, {
      path: after.path,
      reason: after.deliberation?.reason ?? '',
      amountFen: after.proposedAmountFen,
      ...projectFacts(after),
    });
  if (newDecision(before, after, 'INVESTIGATION')?.upheld === true)
    return found('project.removed', subject, {
      path: after.path,
      amountFen: after.proposedAmountFen,
      ...projectFacts(after),
    });
  return undefined;
}

/** A human stage's decision recorded by this change (not there before). */
function newDecision<S extends 'INVESTIGATION' | 'DELIBERATION'>(
  before: ProjectView | undefined,
  after: ProjectView,
  stage: S,
): NonNullable<NonNullable<ProjectView['decisions']>[S]> | undefined {
  if (before?.decisions?.[stage] !== undefined) return undefined;
  return after.decisions?.[stage] ?? undefined;
}

const objectionView = z.looseObject({ id: text, projectId: text, status: text });
/** The statuses an objection is closed in (screened out as inadmissible, or its investigation settled). */
const SETTLED_OBJECTION = ['UPHELD', 'DISMISSED', 'INADMISSIBLE'] as const;

function objection(record: AuditRecord): Found | undefined {
  const before = read(objectionView, record, 'before');
  const after = read(objectionView, record, 'after');
  if (after === undefined) return undefined;
  const subject = { objectionId: after.id, projectId: after.projectId };
  if (before === undefined) return found('objection.filed', subject, {});
  const settled = SETTLED_OBJECTION.find((status) => status === after.status);
  if (settled !== undefined && before.status !== after.status)
    return found('objection.settled', subject, { outcome: settled });
  return undefined;
}

const documentView = z.looseObject({
  id: text,
  status: text,
  documentNumber: optionalText,
  totalFen: z.number(),
  lines: z.array(z.looseObject({ projectId: text, withheld: z.looseObject({}).optional() })),
});

function disbursementDocument(record: AuditRecord): Found | undefined {
  const before = read(documentView, record, 'before');
  const after = read(documentView, record, 'after');
  if (after === undefined || before?.status === 'ISSUED' || after.status !== 'ISSUED') return undefined;
  return found(
    'document.issued',
    { documentId: after.id },
    {
      documentNumber: after.documentNumber ?? '',
      totalFen: after.totalFen,
      paidProjectIds: after.lines.filter((line) => !line.withheld).map((line) => line.projectId),
      withheldProjectIds: after.lines.filter((line) => line.withheld).map((line) => line.projectId),
    },
  );
}

const paymentView = z.looseObject({
  id: text,
  status: text,
  projectId: text,
  documentId: text,
  applicationId: optionalText,
  certificationId: optionalText,
  payeeType: z.enum(['ENTERPRISE', 'PROVIDER']),
  payeeId: text,
  amountFen: z.number(),
  batchId: optionalText,
  paidOn: optionalText,
  holdReason: optionalText,
  cancelReason: optionalText,
  findingStop: z.looseObject({ findingId: text }).optional(),
  attempts: z.array(z.unknown()).optional(),
});

function payment(record: AuditRecord): Found | undefined {
  const before = read(paymentView, record, 'before');
  const after = read(paymentView, record, 'after');
  if (after === undefined) return undefined;
  const held =
    after.status === 'HELD' && (before?.status !== 'HELD' || before.holdReason !== after.holdReason);
  if (before?.status === after.status && !held) return undefined;
  const subject = {
    paymentId: after.id,
    projectId: after.projectId,
    documentId: after.documentId,
    ...optionalId('applicationId', after.applicationId),
    ...optionalId('certificationId', after.certificationId),
    ...optionalId(after.payeeType === 'ENTERPRISE' ? 'enterpriseId' : 'providerId', after.payeeId),
  };
  // The batch the bank's result came from is the one the payment was in.
  const batchId = after.batchId ?? before?.batchId;
  switch (after.status) {
    case 'IN_BATCH':
      return found(
        'payment.batched',
        { ...subject, batchId: after.batchId ?? '' },
        { amountFen: after.amountFen },
      );
    case 'PAID':
      return found(
        'payment.paid',
        { ...subject, ...optionalId('batchId', batchId) },
        { amountFen: after.amountFen, paidOn: after.paidOn ?? null },
      );
    case 'FAILED':
      return found(
        'payment.failed',
        { ...subject, ...optionalId('batchId', batchId) },
        { amountFen: after.amountFen, attempts: after.attempts?.length ?? 0 },
      );
    case 'HELD':
      return found('payment.held', subject, {
        amountFen: after.amountFen,
        reason: after.holdReason ?? '',
        findingId: after.findingStop?.findingId ?? null,
      });
    case 'CANCELLED':
      return found('payment.cancelled', subject, {
        amountFen: after.amountFen,
        reason: after.cancelReason ?? '',
        findingId: after.findingStop?.findingId ?? null,
      });
    default:
      return undefined;
  }
}

const findingView = z.looseObject({
  id: text,
  projectId: text,
  payeeType: z.enum(['ENTERPRISE', 'PROVIDER']),
  payeeId: text,
  serious: z.boolean(),
  decidedOn: text,
  banUntil: optionalText,
  paidFen: z.number().optional(),
  recoveredFen: z.number().optional(),
  recoveries: z.array(z.looseObject({ recoveredOn: text })).optional(),
  fiscalYear: z.number().optional(),
});

function fraudFinding(record: AuditRecord): Found | undefined {
  const before = read(findingView, record, 'before');
  const after = read(findingView, record, 'after');
  if (after === undefined) return undefined;
  const subject = {
    findingId: after.id,
    projectId: after.projectId,
    ...optionalId(after.payeeType === 'ENTERPRISE' ? 'enterpriseId' : 'providerId', after.payeeId),
  };
  if (before === undefined)
    return found('finding.recorded', subject, {
      serious: after.serious,
      decidedOn: after.decidedOn,
      banUntil: after.banUntil ?? null,
    });
  // R7.1: money came back on the finding's receivable (recordRecovery).
  const recovered = (after.recoveredFen ?? 0) - (before.recoveredFen ?? 0);
  const recoveredOn = after.recoveries?.at(-1)?.recoveredOn;
  if (recovered > 0 && recoveredOn !== undefined && after.fiscalYear !== undefined)
    return found('recovery.recorded', subject, {
      amountFen: recovered,
      recoveredOn,
      recoveredFen: after.recoveredFen ?? 0,
      receivableFen: after.paidFen ?? 0,
      fiscalYear: after.fiscalYear,
    });
  return undefined;
}

const ban = z.looseObject({ until: text, reason: text }).optional();
const enterpriseView = z.looseObject({ creditCode: text, town: text, ban });
const providerView = z.looseObject({ id: text, ban });

/** A ban set on a unit that already existed (a seeded record carrying one starts nothing). */
const newBan = (
  before: { ban?: { until: string; reason: string } | undefined } | undefined,
  after: { ban?: { until: string; reason: string } | undefined },
) =>
  before !== undefined &&
  after.ban !== undefined &&
  (before.ban?.until !== after.ban.until || before.ban.reason !== after.ban.reason)
    ? after.ban
    : undefined;

function enterprise(record: AuditRecord): Found | undefined {
  const before = read(enterpriseView, record, 'before');
  const after = read(enterpriseView, record, 'after');
  const started = after && newBan(before, after);
  if (!after || !started) return undefined;
  return found(
    'ban.started',
    { enterpriseId: after.creditCode, townId: after.town },
    { until: started.until, reason: started.reason },
  );
}

function provider(record: AuditRecord): Found | undefined {
  const before = read(providerView, record, 'before');
  const after = read(providerView, record, 'after');
  const started = after && newBan(before, after);
  if (!after || !started) return undefined;
  return found('ban.started', { providerId: after.id }, { until: started.until, reason: started.reason });
}

const importView = z.looseObject({
  id: text,
  status: text,
  totalLines: z.number(),
  processedLines: z.number(),
  counts: z.record(z.string(), z.number()),
  awardedFen: z.number(),
});

function certificationImport(record: AuditRecord): Found | undefined {
  const before = read(importView, record, 'before');
  const after = read(importView, record, 'after');
  if (
    after === undefined ||
    before?.status !== 'RUNNING' ||
    (after.status !== 'COMPLETED' && after.status !== 'FAILED')
  )
    return undefined;
  const created = after.counts['CREATED'] ?? 0;
  const all = Object.values(after.counts).reduce((sum, count) => sum + count, 0);
  return found(
    'import.finished',
    { importId: after.id },
    {
      status: after.status,
      totalLines: after.totalLines,
      processedLines: after.processedLines,
      created,
      notCreated: all - created,
      awardedFen: after.awardedFen,
    },
  );
}

const budgetView = z.looseObject({
  id: text,
  fiscalYear: z.number(),
  overrides: z.array(z.looseObject({ projectId: text, reason: text, at: text })),
});

function budget(record: AuditRecord): Found | undefined {
  const before = read(budgetView, record, 'before');
  const after = read(budgetView, record, 'after');
  if (after === undefined) return undefined;
  const changed = after.overrides.find(
    (override) =>
      !before?.overrides.some(
        (earlier) =>
          earlier.projectId === override.projectId &&
          earlier.reason === override.reason &&
          earlier.at === override.at,
      ),
  );
  if (changed === undefined) return undefined;
  return found(
    'budget.overridden',
    { budgetId: after.id, projectId: changed.projectId },
    { fiscalYear: after.fiscalYear, reason: changed.reason },
  );
}

/** `{ [name]: value }` when there is a value, else nothing (subjects carry only the ids that apply). */
function optionalId<N extends string>(name: N, value: string | undefined): Partial<Record<N, string>> {
  return value === undefined ? {} : ({ [name]: value } as Record<N, string>);
}

const DERIVATIONS = {
  APPLICATION: application,
  PROJECT: project,
  OBJECTION: objection,
  DISBURSEMENT_DOCUMENT: disbursementDocument,
  PAYMENT: payment,
  FRAUD_FINDING: fraudFinding,
  ENTERPRISE: enterprise,
  PROVIDER: provider,
  CERTIFICATION_IMPORT: certificationImport,
  BUDGET: budget,
} satisfies Partial<Record<AuditEntityType, Derivation>>;
