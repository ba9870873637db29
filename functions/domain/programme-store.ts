import type { Application, ApplicationNotice, Expert } from './applications/application.ts';
import type { Attachment } from './attachments/attachment.ts';
import type { AuditRecord } from './audit/audit-record.ts';
import type {
  DiagnosisAssignment,
  DiagnosisPlan,
  DiagnosisReport,
  IntentionEntry,
} from './diagnosis/diagnosis.ts';
import type { PolicyVersion } from './policy/policy-version.ts';
import type { BenchmarkStanding, Certification } from './benchmark/certification.ts';
import type { FraudFinding, PaymentBatch } from './payments/payments.ts';
import type { CertificationImport, ImportLineResult } from './benchmark/certification-import.ts';
import type { HolidayArrangement } from './calendar/holiday-arrangement.ts';
import type { Project } from './workflow/project.ts';
import type { Objection } from './workflow/objection.ts';
import type { DomainError } from './errors.ts';
import type { Budget } from './payments/budget.ts';
import type { DisbursementDocument } from './payments/disbursement-document.ts';
import type { Payment } from './payments/payment.ts';
import type { Page, PageRequest } from './validation.ts';

/**
 * Port: the records of the programme, read by id or by a named access pattern, and changed only through
 * `commit`, which writes every change of one operation, its uniqueness claims and its audit records in one
 * transaction (all or nothing).
 */

export interface ProgrammeRecords {
  IntentionEntry: IntentionEntry;
  DiagnosisPlan: DiagnosisPlan;
  DiagnosisAssignment: DiagnosisAssignment;
  DiagnosisReport: DiagnosisReport;
  ApplicationNotice: ApplicationNotice;
  Application: Application;
  Attachment: Attachment;
  Project: Project;
  Objection: Objection;
  DisbursementDocument: DisbursementDocument;
  Payment: Payment;
  Budget: Budget;
  HolidayArrangement: HolidayArrangement;
  Expert: Expert;
  Certification: Certification;
  BenchmarkStanding: BenchmarkStanding;
  CertificationImport: CertificationImport;
  PaymentBatch: PaymentBatch;
  FraudFinding: FraudFinding;
  PolicyVersion: PolicyVersion;
}
export type RecordKind = keyof ProgrammeRecords;

/** The access patterns each kind supports; `value` is the partition they read (a year, a provider id…). */
export interface ListPatterns {
  IntentionEntry: 'byYear';
  DiagnosisPlan: never;
  DiagnosisAssignment: 'byYear' | 'byProvider' | 'byEnterprise';
  DiagnosisReport: 'byYear' | 'byProvider' | 'byEnterprise';
  ApplicationNotice: 'all';
  Application: 'byApplicant' | 'byTown' | 'all';
  Attachment: 'byOwner';
  Project: 'byStage';
  Objection: 'byProject';
  DisbursementDocument: 'all';
  Payment: 'byDocument' | 'byStatus' | 'byBatch';
  Budget: never;
  HolidayArrangement: 'all';
  Expert: 'all';
  Certification: 'byEnterprise';
  BenchmarkStanding: never;
  CertificationImport: 'all';
  PaymentBatch: 'all';
  FraudFinding: 'all';
  PolicyVersion: 'all';
}

export interface ListRequest<K extends RecordKind> extends PageRequest {
  readonly pattern: ListPatterns[K];
  readonly value: string;
  /** Only records whose sort position (a date, mostly) is before this value. */
  readonly before?: string | undefined;
  readonly accept?: ((record: ProgrammeRecords[K]) => boolean) | undefined;
}

export interface RecordWrite<K extends RecordKind = RecordKind> {
  readonly kind: K;
  readonly record: ProgrammeRecords[K];
  /** The version the change was made against; `null` creates the record (its id must be new). */
  readonly expectedVersion: number | null;
}

/** A uniqueness claim: at most one owner per name (e.g. one diagnosis reward per enterprise per plan). */
export interface Claim {
  readonly name: string;
  readonly ownerId: string;
  /** Message of the CONFLICT when someone else holds it. */
  readonly conflict: string;
  /** Hands the claim over: it must be held by this owner now (a reassignment). */
  readonly previousOwnerId?: string | undefined;
}

/**
 * An atomic counter changed in the same transaction as the records it counts (a project's objections, a
 * contact's objections of the day): concurrent changes add up, and a limit holds whatever their number.
 */
export interface CounterChange {
  /** The counter's name, e.g. `OBJECTIONS#<projectId>`. */
  readonly name: string;
  /** What each of its fields gains (negative: loses); a field never written counts 0. */
  readonly add: Readonly<Record<string, number>>;
  /** The whole change is refused with `refusal` when `field` would go past `max`. */
  readonly limit?: { readonly field: string; readonly max: number; readonly refusal: DomainError };
  /** When the counter may be deleted (epoch seconds, the table's time to live): counters of a day. */
  readonly expiresAt?: number | undefined;
}

export interface ChangeSet {
  readonly writes: readonly RecordWrite[];
  readonly claims?: readonly Claim[];
  readonly releases?: readonly Omit<Claim, 'conflict'>[];
  /** Counters of the records written, each at most once per change. */
  readonly counters?: readonly CounterChange[];
  /** One record per write, in the same transaction. */
  readonly audits: readonly AuditRecord[];
}

/** A policy version as stored before R9.1: open-ended, without citation or most settings. */
export interface LegacyPolicyVersion {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | undefined;
  readonly record: Readonly<Record<string, unknown>>;
}

export interface ProgrammeStore {
  /**
   * A record by id. `consistent` reads every change committed before the call (a strongly consistent
   * read): for decisions two processes may race on, such as the last objection settled while the workflow
   * starts waiting for it (R6.4.3).
   */
  get<K extends RecordKind>(
    kind: K,
    id: string,
    options?: { readonly consistent?: boolean },
  ): Promise<ProgrammeRecords[K] | undefined>;
  /** Many records of a kind by id, in batches; the ones that exist, by id. */
  getMany<K extends RecordKind>(kind: K, ids: readonly string[]): Promise<Map<string, ProgrammeRecords[K]>>;
  list<K extends RecordKind>(kind: K, request: ListRequest<K>): Promise<Page<ProgrammeRecords[K]>>;
  commit(changes: ChangeSet): Promise<void>;
  /** The next number of a named sequence (1, 2, 3…), atomically. */
  nextInSequence(name: string): Promise<number>;
  /** A counter's fields as last committed (a strongly consistent read); fields never written are absent. */
  counter(name: string): Promise<Readonly<Record<string, number>>>;
  /** Who holds a uniqueness claim, if anyone. */
  claimOwner(name: string): Promise<string | undefined>;
  /**
   * Policy versions kept before versions were records (one item under pk `POLICY`, no audit trail): read
   * by the one-off migration of R9.1, which replaces each with a record.
   */
  legacyPolicyVersions(): Promise<LegacyPolicyVersion[]>;
  /** Commits the changes and removes the legacy item, in one transaction. */
  replaceLegacyPolicyVersion(legacy: LegacyPolicyVersion, changes: ChangeSet): Promise<void>;
  /**
   * An import's report, line by line. The report is derived from the audited records the import made,
   * so saving it again (a rerun) simply replaces it.
   */
  saveImportReport(importId: string, lines: readonly ImportLineResult[]): Promise<void>;
  importReport(importId: string): Promise<ImportLineResult[]>;
}
