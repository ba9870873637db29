import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ImportLineResult } from '#domain/benchmark/certification-import';
import type {
  ChangeSet,
  CounterChange,
  LegacyPolicyVersion,
  ListPatterns,
  ListRequest,
  ProgrammeRecords,
  ProgrammeStore,
  RecordKind,
} from '#domain/programme-store';
import type { Page } from '#domain/validation';
import type { GuardedWrite } from './audited-write.ts';
import { writeWithAudit } from './audited-write.ts';
import { queryPage } from './paging.ts';
import { batchGet, batchWrite, queryPartition } from './batch-get.ts';

/** Where policy versions were kept before they were audited records (R9.1 migration). */
const LEGACY_POLICY_PK = 'POLICY';

/** Lines per stored page of an import's report: 10,000 lines are 40 items, each well under 400 KB. */
const REPORT_PAGE_LINES = 250;

type Key = Record<string, string>;
type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

interface KindDesign<K extends RecordKind> {
  /** Short prefix of the primary key. */
  readonly prefix: string;
  /** The index keys a record carries: which patterns find it, and its position there. */
  readonly indexes: (record: ProgrammeRecords[K]) => Partial<Record<IndexName, { pk: string; sk: string }>>;
  readonly patterns: Record<ListPatterns[K], { index: IndexName; partition: (value: string) => string }>;
}

/**
 * Key design of the programme's records (see KEY-DESIGN.md): pk `<PREFIX>#<id>`, sk `R`; one overloaded
 * index per access pattern, sorted by date (deadline, creation) then id.
 */
const DESIGN: { [K in RecordKind]: KindDesign<K> } = {
  IntentionEntry: {
    prefix: 'INTENT',
    indexes: (entry) => ({
      gsi1: { pk: `INTENT_YEAR#${entry.year}`, sk: `${entry.town}#${entry.creditCode}` },
    }),
    patterns: { byYear: { index: 'gsi1', partition: (year) => `INTENT_YEAR#${year}` } },
  },
  // One plan per year, read by its id only.
  DiagnosisPlan: { prefix: 'PLAN', indexes: () => ({}), patterns: {} },
  DiagnosisAssignment: {
    prefix: 'ASSIGN',
    indexes: (a) => ({
      gsi1: { pk: `ASSIGN_YEAR#${a.year}`, sk: `${a.deadline}#${a.id}` },
      gsi2: { pk: `ASSIGN_PROVIDER#${a.providerId}`, sk: `${a.deadline}#${a.id}` },
      gsi3: { pk: `ASSIGN_ENT#${a.creditCode}`, sk: `${a.deadline}#${a.id}` },
    }),
    patterns: {
      byYear: { index: 'gsi1', partition: (year) => `ASSIGN_YEAR#${year}` },
      byProvider: { index: 'gsi2', partition: (id) => `ASSIGN_PROVIDER#${id}` },
      byEnterprise: { index: 'gsi3', partition: (code) => `ASSIGN_ENT#${code}` },
    },
  },
  DiagnosisReport: {
    prefix: 'REPORT',
    indexes: (r) => ({
      gsi1: { pk: `REPORT_YEAR#${r.year}`, sk: `${r.createdAt}#${r.id}` },
      gsi2: { pk: `REPORT_PROVIDER#${r.providerId}`, sk: `${r.createdAt}#${r.id}` },
      gsi3: { pk: `REPORT_ENT#${r.creditCode}`, sk: `${r.createdAt}#${r.id}` },
    }),
    patterns: {
      byYear: { index: 'gsi1', partition: (year) => `REPORT_YEAR#${year}` },
      byProvider: { index: 'gsi2', partition: (id) => `REPORT_PROVIDER#${id}` },
      byEnterprise: { index: 'gsi3', partition: (code) => `REPORT_ENT#${code}` },
    },
  },
  ApplicationNotice: {
    prefix: 'NOTICE',
    indexes: (n) => ({ gsi1: { pk: 'NOTICE', sk: `${n.opensAt}#${n.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'NOTICE' } },
  },
  Application: {
    prefix: 'APP',
    indexes: (a) => ({
      gsi1: { pk: 'APP', sk: `${a.createdAt}#${a.id}` },
      gsi2: { pk: `APP_APPLICANT#${a.applicantId}`, sk: `${a.createdAt}#${a.id}` },
      gsi3: { pk: `APP_TOWN#${a.town}`, sk: `${a.createdAt}#${a.id}` },
    }),
    patterns: {
      all: { index: 'gsi1', partition: () => 'APP' },
      byApplicant: { index: 'gsi2', partition: (id) => `APP_APPLICANT#${id}` },
      byTown: { index: 'gsi3', partition: (town) => `APP_TOWN#${town}` },
    },
  },
  Project: {
    prefix: 'PROJECT',
    indexes: (p) => ({ gsi1: { pk: `PROJECT_STAGE#${p.stage}`, sk: `${p.createdAt}#${p.id}` } }),
    patterns: { byStage: { index: 'gsi1', partition: (stage) => `PROJECT_STAGE#${stage}` } },
  },
  Objection: {
    prefix: 'OBJECTION',
    indexes: (o) => ({ gsi1: { pk: `OBJECTION_PROJECT#${o.projectId}`, sk: `${o.createdAt}#${o.id}` } }),
    patterns: { byProject: { index: 'gsi1', partition: (projectId) => `OBJECTION_PROJECT#${projectId}` } },
  },
  DisbursementDocument: {
    prefix: 'DOCUMENT',
    indexes: (d) => ({ gsi1: { pk: 'DOCUMENT', sk: `${d.createdAt}#${d.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'DOCUMENT' } },
  },
  Payment: {
    prefix: 'PAYMENT',
    indexes: (p) => ({
      gsi1: { pk: `PAYMENT_DOCUMENT#${p.documentId}`, sk: `${p.createdAt}#${p.id}` },
      gsi2: { pk: `PAYMENT_STATUS#${p.status}`, sk: `${p.createdAt}#${p.id}` },
      ...(p.batchId === undefined ? {} : { gsi3: { pk: `PAYMENT_BATCH#${p.batchId}`, sk: p.id } }),
    }),
    patterns: {
      byDocument: { index: 'gsi1', partition: (documentId) => `PAYMENT_DOCUMENT#${documentId}` },
      byStatus: { index: 'gsi2', partition: (status) => `PAYMENT_STATUS#${status}` },
      byBatch: { index: 'gsi3', partition: (batchId) => `PAYMENT_BATCH#${batchId}` },
    },
  },
  PaymentBatch: {
    prefix: 'BATCH',
    indexes: (b) => ({ gsi1: { pk: 'BATCH', sk: `${b.createdAt}#${b.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'BATCH' } },
  },
  FraudFinding: {
    prefix: 'FRAUD',
    indexes: (f) => ({ gsi1: { pk: 'FRAUD', sk: `${f.createdAt}#${f.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'FRAUD' } },
  },
  // One budget per fiscal year, read by its id only.
  Budget: { prefix: 'BUDGET', indexes: () => ({}), patterns: {} },
  HolidayArrangement: {
    prefix: 'CALENDAR',
    indexes: (a) => ({ gsi1: { pk: 'CALENDAR', sk: String(a.year) } }),
    patterns: { all: { index: 'gsi1', partition: () => 'CALENDAR' } },
  },
  Expert: {
    prefix: 'EXPERT',
    indexes: (e) => ({ gsi1: { pk: 'EXPERT', sk: `${e.name}#${e.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'EXPERT' } },
  },
  Certification: {
    prefix: 'CERT',
    indexes: (c) => ({ gsi1: { pk: `CERT_ENT#${c.creditCode}`, sk: `${c.certifiedOn}#${c.id}` } }),
    patterns: { byEnterprise: { index: 'gsi1', partition: (code) => `CERT_ENT#${code}` } },
  },
  // One per enterprise, read by its id only (in the same transaction as the award it records, R5.4).
  BenchmarkStanding: { prefix: 'STANDING', indexes: () => ({}), patterns: {} },
  CertificationImport: {
    prefix: 'IMPORT',
    indexes: (i) => ({ gsi1: { pk: 'IMPORT', sk: `${i.createdAt}#${i.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'IMPORT' } },
  },
  // Few, read whole: the versions in force are found among all of them.
  PolicyVersion: {
    prefix: 'POLICYV',
    indexes: (v) => ({ gsi1: { pk: 'POLICYV', sk: `${v.effectiveFrom}#${v.id}` } }),
    patterns: { all: { index: 'gsi1', partition: () => 'POLICYV' } },
  },
  Attachment: {
    prefix: 'FILE',
    indexes: (f) => ({
      gsi1: { pk: `FILE_OWNER#${f.ownerType}#${f.ownerId}`, sk: `${f.createdAt}#${f.id}` },
    }),
    patterns: { byOwner: { index: 'gsi1', partition: (owner) => `FILE_OWNER#${owner}` } },
  },
};

const recordKey = (kind: RecordKind, id: string): Key => ({ pk: `${DESIGN[kind].prefix}#${id}`, sk: 'R' });
const claimKey = (name: string): Key => ({ pk: `CLAIM#${name}`, sk: 'CLAIM' });
const counterKey = (name: string): Key => ({ pk: `COUNTER#${name}`, sk: 'COUNTER' });

/** A counter's fields are attributes `n_<field>` of its item, beside its keys, `entity` and `expiresAt`. */
const COUNTER_FIELD = /^[a-z][A-Za-z]{0,30}$/;
function counterField(field: string): string {
  if (!COUNTER_FIELD.test(field)) throw new Error(`not a counter field: ${field}`);
  return `n_${field}`;
}

/**
 * A counter's change as a transaction's Update: `ADD` of every field (a missing field starts at 0), and,
 * with a limit, the condition that the limited field is at most `max − added` before the change.
 */
function counterWrite(change: CounterChange): GuardedWrite {
  const fields = Object.entries(change.add);
  const names = Object.fromEntries(fields.map(([field], index) => [`#f${index}`, counterField(field)]));
  const values: Record<string, unknown> = Object.fromEntries(
    fields.map(([, amount], index) => [`:a${index}`, amount]),
  );
  const sets = ['entity = :entity', ...(change.expiresAt === undefined ? [] : ['expiresAt = :expiresAt'])];
  values[':entity'] = 'Counter';
  if (change.expiresAt !== undefined) values[':expiresAt'] = change.expiresAt;
  const limit = change.limit;
  if (limit) {
    names['#limited'] = counterField(limit.field);
    values[':most'] = limit.max - (change.add[limit.field] ?? 0);
  }
  return {
    update: counterKey(change.name),
    expression: `ADD ${fields.map((_, index) => `#f${index} :a${index}`).join(', ')} SET ${sets.join(', ')}`,
    names,
    values,
    ...(limit
      ? {
          condition: 'attribute_not_exists(#limited) OR #limited <= :most',
          refusal: limit.refusal,
          conflict: limit.refusal.message,
        }
      : { conflict: `counter ${change.name} could not be changed` }),
  };
}

export function programmeItem<K extends RecordKind>(
  kind: K,
  record: ProgrammeRecords[K],
): Record<string, unknown> {
  const indexes = (DESIGN[kind] as KindDesign<K>).indexes(record);
  return {
    ...recordKey(kind, record.id),
    entity: kind,
    ...Object.fromEntries(
      Object.entries(indexes).flatMap(([index, value]) => [
        [`${index}pk`, value.pk],
        [`${index}sk`, value.sk],
      ]),
    ),
    record,
  };
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the kind it stored
const fromItem = <K extends RecordKind>(item: Record<string, unknown>): ProgrammeRecords[K] =>
  item['record'] as ProgrammeRecords[K];

/** The programme's records in the single table; each record is kept whole under `record`. */
export class DynamoProgrammeStore implements ProgrammeStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get<K extends RecordKind>(
    kind: K,
    id: string,
    options: { readonly consistent?: boolean } = {},
  ): Promise<ProgrammeRecords[K] | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: recordKey(kind, id),
        ...(options.consistent === true ? { ConsistentRead: true } : {}),
      }),
    );
    return Item ? fromItem<K>(Item) : undefined;
  }

  async counter(name: string): Promise<Readonly<Record<string, number>>> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: counterKey(name), ConsistentRead: true }),
    );
    return Object.fromEntries(
      Object.entries(Item ?? {})
        .filter(([attribute, value]) => attribute.startsWith('n_') && typeof value === 'number')
        .map(([attribute, value]) => [attribute.slice(2), value as number]),
    );
  }

  async getMany<K extends RecordKind>(
    kind: K,
    ids: readonly string[],
  ): Promise<Map<string, ProgrammeRecords[K]>> {
    const items = await batchGet(
      this.documents,
      this.tableName,
      [...new Set(ids)].map((id) => recordKey(kind, id)),
    );
    return new Map(items.map((item) => [fromItem<K>(item).id, fromItem<K>(item)]));
  }

  async saveImportReport(importId: string, lines: readonly ImportLineResult[]): Promise<void> {
    const pages = [];
    for (let start = 0; start < lines.length; start += REPORT_PAGE_LINES) {
      pages.push({
        pk: `IMPORT_REPORT#${importId}`,
        sk: `PAGE#${String(start / REPORT_PAGE_LINES).padStart(5, '0')}`,
        entity: 'ImportReportPage',
        lines: lines.slice(start, start + REPORT_PAGE_LINES),
      });
    }
    await batchWrite(this.documents, this.tableName, pages);
  }

  async importReport(importId: string): Promise<ImportLineResult[]> {
    const pages = await queryPartition<{ lines: ImportLineResult[] }>(
      this.documents,
      this.tableName,
      `IMPORT_REPORT#${importId}`,
    );
    return pages.flatMap((page) => page.lines);
  }

  list<K extends RecordKind>(kind: K, request: ListRequest<K>): Promise<Page<ProgrammeRecords[K]>> {
    const pattern = (DESIGN[kind] as KindDesign<K>).patterns[request.pattern];
    const index = pattern.index;
    return queryPage<ProgrammeRecords[K]>({
      documents: this.documents,
      input: {
        TableName: this.tableName,
        IndexName: index,
        KeyConditionExpression:
          request.before === undefined ? `${index}pk = :pk` : `${index}pk = :pk AND ${index}sk < :before`,
        ExpressionAttributeValues: {
          ':pk': pattern.partition(request.value),
          ...(request.before === undefined ? {} : { ':before': request.before }),
        },
      },
      keyNames: ['pk', 'sk', `${index}pk`, `${index}sk`],
      first: request.first,
      after: request.after,
      toNode: (item) => fromItem<K>(item),
      accept: request.accept,
    });
  }

  async commit(changes: ChangeSet, alsoWrite: readonly GuardedWrite[] = []): Promise<void> {
    const writes: GuardedWrite[] = [
      ...alsoWrite,
      ...changes.writes.map((write): GuardedWrite => {
        const item = programmeItem(write.kind, write.record);
        return write.expectedVersion === null
          ? {
              put: item,
              condition: 'attribute_not_exists(pk)',
              conflict: `${write.kind} ${write.record.id} already exists`,
            }
          : {
              put: item,
              condition: '#record.#version = :expected',
              values: { ':expected': write.expectedVersion },
              names: { '#record': 'record', '#version': 'version' },
              conflict: `${write.kind} ${write.record.id} was changed by someone else (version ${write.expectedVersion} is stale); reload and try again`,
            };
      }),
      ...(changes.claims ?? []).map((claim): GuardedWrite => ({
        put: { ...claimKey(claim.name), entity: 'Claim', ownerId: claim.ownerId },
        // A claim is taken when free (or already ours); handed over only by its current owner.
        ...(claim.previousOwnerId === undefined
          ? { condition: 'attribute_not_exists(pk) OR ownerId = :owner', values: { ':owner': claim.ownerId } }
          : { condition: 'ownerId = :previous', values: { ':previous': claim.previousOwnerId } }),
        conflict: claim.conflict,
      })),
      ...(changes.releases ?? []).map((release): GuardedWrite => ({
        delete: claimKey(release.name),
        condition: 'attribute_not_exists(pk) OR ownerId = :owner',
        values: { ':owner': release.ownerId },
        conflict: `claim ${release.name} belongs to someone else`,
      })),
      ...(changes.counters ?? []).map(counterWrite),
    ];
    if (changes.audits.length === 0) throw new Error('every change needs its audit record');
    await writeWithAudit(this.documents, this.tableName, writes, changes.audits);
  }

  async nextInSequence(name: string): Promise<number> {
    const { Attributes } = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `SEQUENCE#${name}`, sk: 'SEQUENCE' },
        UpdateExpression: 'ADD #value :one SET entity = :entity',
        ExpressionAttributeNames: { '#value': 'value' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'Sequence' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.['value']);
  }

  async claimOwner(name: string): Promise<string | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: claimKey(name) }),
    );
    return typeof Item?.['ownerId'] === 'string' ? Item['ownerId'] : undefined;
  }

  async legacyPolicyVersions(): Promise<LegacyPolicyVersion[]> {
    const items = await queryPartition<{ sk: string; record: LegacyPolicyVersion['record'] }>(
      this.documents,
      this.tableName,
      LEGACY_POLICY_PK,
    );
    return items.map((item) => ({
      id: String(item.record['id']),
      effectiveFrom: String(item.record['effectiveFrom']),
      effectiveTo: typeof item.record['effectiveTo'] === 'string' ? item.record['effectiveTo'] : undefined,
      record: item.record,
    }));
  }

  async replaceLegacyPolicyVersion(legacy: LegacyPolicyVersion, changes: ChangeSet): Promise<void> {
    await this.commit(changes, [
      {
        delete: { pk: LEGACY_POLICY_PK, sk: `POLICY#${legacy.effectiveFrom}#${legacy.id}` },
        condition: 'attribute_exists(pk)',
        conflict: `the legacy policy version ${legacy.id} was migrated already`,
      },
    ]);
  }
}
