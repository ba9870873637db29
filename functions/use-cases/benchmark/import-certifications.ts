import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { Actor } from '#domain/audit/audit-record';
import type { Certification } from '#domain/benchmark/certification';
import { standingId } from '#domain/benchmark/certification';
import type { CertificationLine, ListLine } from '#domain/benchmark/certification-list';
import { checkLine, listLines, notImportedReason, sameName } from '#domain/benchmark/certification-list';
import type {
  CertificationImport,
  ImportLineResult,
  ImportSource,
} from '#domain/benchmark/certification-import';
import { countOutcomes, emptyCounts, importIdFor } from '#domain/benchmark/certification-import';
import { tierOf } from '#domain/benchmark/tier-difference';
import { Conflict } from '#domain/errors';
import type { Bilingual } from '#domain/messages/bilingual';
import { render } from '#domain/messages/bilingual';
import { reasonsLine } from '#domain/messages/eligibility';
import { IMPORT_REASONS } from '#domain/messages/imports';
import type { TabularFile } from '#domain/imports/tabular-file';
import { readTabularFile } from '#domain/imports/tabular-file';
import { policyInForce } from '#domain/policy/policy-version';
import type { PolicyVersion } from '#domain/policy/policy-version';
import { enterpriseEligibility } from '#domain/registry/eligibility';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import { cstDate } from '#domain/time/cst';
import type { Project } from '#domain/workflow/project';
import type { Workflow } from '#domain/workflow/workflow-port';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { revise, saveRecord, stamp } from '../programme/record-change.ts';
import { allPolicyVersions } from '../programme/policy-versions.ts';
import type { AwardableLine } from './record-certifications.ts';
import {
  commitTransaction,
  enterpriseChanges,
  lineResult,
  packTransactions,
} from './record-certifications.ts';

/**
 * R6.7b (免申即享): a municipal or national list is imported and each certification on it is checked,
 * matched to the registry, checked for eligibility (R4.4) and recorded with its R5.3 award; positive
 * awards start down the automatic path (disbursement document, then payment).
 *
 * Safe to repeat in every way the issue lists: the same file is the same import (its id is the file's
 * digest), a certification is unique by body + number, and an enterprise's awards are written against
 * its standing's version — so a rerun after a crash finishes the job, an overlapping list reports the
 * certificates already recorded as duplicates, and two runs at once never record anything twice.
 */

export type ImportPorts = ProgrammePorts & {
  readonly enterprises: EnterpriseRepository;
  readonly workflow: Workflow;
};

export interface ImportFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly source: ImportSource;
}

export interface ImportOptions {
  /** Lines done so far, after each transaction. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Transactions in flight at once. */
  readonly concurrency?: number | undefined;
  /** Items per transaction (DynamoDB allows 100); tests make it small to interrupt an import half-way. */
  readonly transactionItems?: number | undefined;
  /** The run a request started and queued (`startCertificationImport`): its record is already running. */
  readonly queued?: boolean | undefined;
}

export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 } as const;
/** An enterprise's certifications in one transaction at most; more go in the next round. */
const LINES_PER_ENTERPRISE = 20;
const RETRIES = 5;
const PROGRESS_EVERY_MS = 2000;

const actorId = (actor: Actor): string =>
  'kind' in actor ? (actor.kind === 'user' ? actor.userId : 'anonymous') : actor.actorId;

/** Reads the file and its columns: a file that cannot be read is refused before anything is written. */
export async function readCertificationList(
  bytes: Uint8Array,
): Promise<{ table: TabularFile; lines: ListLine[]; ignoredColumns: string[] }> {
  const table = await readTabularFile(bytes, IMPORT_LIMITS);
  return { table, ...listLines(table) };
}

export async function runCertificationImport(
  actor: Actor,
  file: ImportFile,
  ports: ImportPorts,
  options: ImportOptions = {},
): Promise<CertificationImport> {
  const { record, lines } = await startCertificationImport(actor, file, ports, options.queued === true);
  // Progress is saved every couple of seconds, for the CLI's bar and the report's readers.
  let savedAt = 0;
  const progress = async (done: number): Promise<void> => {
    options.onProgress?.(done, lines.length);
    if (Date.now() - savedAt < PROGRESS_EVERY_MS) return;
    savedAt = Date.now();
    await saveProgress(actor, record.id, done, ports);
  };
  try {
    const results = await importLines(actor, record.id, lines, ports, progress, options);
    await ports.programme.saveImportReport(record.id, results);
    return await finish(actor, record.id, results, ports);
  } catch (error) {
    await fail(actor, record.id, error, ports);
    throw error;
  }
}

/**
 * Reads the list (a file that cannot be read, or lacks a required column, is refused before anything
 * is written) and marks its import as running: a new import, or the next run of the same file's. A run
 * that a request started and queued (`queued`) finds its record running and takes it as it is.
 */
export async function startCertificationImport(
  actor: Actor,
  file: ImportFile,
  ports: ImportPorts,
  queued = false,
): Promise<{ record: CertificationImport; lines: ListLine[] }> {
  const { table, lines, ignoredColumns } = await readCertificationList(file.bytes);
  const sha256Hex = createHash('sha256').update(file.bytes).digest('hex');
  const read = { sha256Hex, table, ignoredColumns, totalLines: lines.length };
  const existing = await ports.programme.get('CertificationImport', importIdFor(sha256Hex));
  if (existing?.status === 'RUNNING' && queued) return { record: existing, lines };
  return { record: await begin(actor, file, read, existing, ports), lines };
}

async function begin(
  actor: Actor,
  file: ImportFile,
  read: { sha256Hex: string; table: TabularFile; ignoredColumns: string[]; totalLines: number },
  existing: CertificationImport | undefined,
  ports: ImportPorts,
): Promise<CertificationImport> {
  const id = importIdFor(read.sha256Hex);
  const now = ports.clock.now();
  const run = {
    status: 'RUNNING' as const,
    processedLines: 0,
    startedBy: actorId(actor),
    startedAt: now.toISOString(),
    failure: undefined,
    completedAt: undefined,
  };
  try {
    if (existing) {
      const next = revise(existing, { ...run, runs: existing.runs + 1 }, now);
      return await saveRecord(
        ports,
        actor,
        now,
        'runCertificationImport',
        'CertificationImport',
        existing,
        next,
      );
    }
    const created: CertificationImport = {
      id,
      fileName: file.fileName,
      sha256Hex: read.sha256Hex,
      format: read.table.format,
      encoding: read.table.encoding,
      source: file.source,
      totalLines: read.totalLines,
      counts: emptyCounts(),
      awardedFen: 0,
      ignoredColumns: read.ignoredColumns,
      runs: 1,
      ...run,
      ...stamp(now),
    };
    return await saveRecord(
      ports,
      actor,
      now,
      'startCertificationImport',
      'CertificationImport',
      null,
      created,
    );
  } catch (error) {
    // The same file is being imported by someone else at this moment: both runs go on, and neither can
    // record a certification twice; the import's record is theirs to start.
    if (!(error instanceof Conflict)) throw error;
    const current = await ports.programme.get('CertificationImport', id);
    if (!current) throw error;
    return current;
  }
}

/** Best effort: a run going on beside this one may be saving its own progress at the same moment. */
async function saveProgress(actor: Actor, id: string, done: number, ports: ImportPorts): Promise<void> {
  const current = await ports.programme.get('CertificationImport', id);
  if (!current || current.status !== 'RUNNING' || current.processedLines >= done) return;
  const now = ports.clock.now();
  const next = revise(current, { processedLines: done }, now);
  await saveRecord(ports, actor, now, 'importProgress', 'CertificationImport', current, next).catch(
    (error: unknown) => {
      if (!(error instanceof Conflict)) throw error;
    },
  );
}

async function finish(
  actor: Actor,
  id: string,
  results: readonly ImportLineResult[],
  ports: ImportPorts,
): Promise<CertificationImport> {
  const { counts, awardedFen } = countOutcomes(results);
  for (let attempt = 0; ; attempt += 1) {
    const current = await ports.programme.get('CertificationImport', id);
    if (!current) throw new Error(`import ${id} disappeared`);
    const now = ports.clock.now();
    const next = revise(
      current,
      {
        status: 'COMPLETED',
        processedLines: results.length,
        counts,
        awardedFen,
        completedAt: now.toISOString(),
        failure: undefined,
      },
      now,
    );
    try {
      return await saveRecord(
        ports,
        actor,
        now,
        'completeCertificationImport',
        'CertificationImport',
        current,
        next,
      );
    } catch (error) {
      if (!(error instanceof Conflict) || attempt >= RETRIES) throw error;
    }
  }
}

async function fail(actor: Actor, id: string, error: unknown, ports: ImportPorts): Promise<void> {
  await failRunningImport(actor, id, error instanceof Error ? error.message : String(error), ports);
}

/**
 * Marks a running import FAILED with the reason, best effort (importing the same file again finishes it).
 * A run that fails does so itself; a run that dies without a word (its process killed or out of memory)
 * is failed by whoever saw it die: the local server, for the import processes it starts.
 */
export async function failRunningImport(
  actor: Actor,
  id: string,
  reason: string,
  ports: ProgrammePorts,
): Promise<void> {
  const current = await ports.programme.get('CertificationImport', id).catch(() => undefined);
  if (!current || current.status !== 'RUNNING') return;
  const now = ports.clock.now();
  const failure = reason.slice(0, 1000);
  await saveRecord(
    ports,
    actor,
    now,
    'failCertificationImport',
    'CertificationImport',
    current,
    revise(current, { status: 'FAILED', failure }, now),
  ).catch(() => undefined);
}

const refused = (
  line: number,
  outcome: ImportLineResult['outcome'],
  reason: Bilingual,
  rule?: string,
  data?: Partial<ImportLineResult>,
): ImportLineResult => ({
  line,
  outcome,
  reason: reason.en,
  reasonZh: reason.zh,
  rule,
  ...data,
});

/**
 * The outcome of a line whose certification is already recorded: its own outcome when this import's same
 * line recorded it (an earlier or a concurrent run), otherwise a duplicate saying where it came from.
 */
function alreadyRecorded(
  certification: Certification,
  line: CertificationLine,
  importId: string,
): ImportLineResult {
  const source = certification.source;
  if (source.kind === 'IMPORT' && source.importId === importId && source.line === line.line)
    return lineResult(certification, line.line);
  const from =
    source.kind === 'IMPORT'
      ? source.importId === importId
        ? { kind: 'THIS_LIST' as const, line: source.line }
        : { kind: 'IMPORT' as const, importId: source.importId, line: source.line }
      : { kind: 'APPLICATION' as const, applicationId: source.applicationId };
  const contradicted =
    certification.creditCode !== line.creditCode || certification.title !== line.title
      ? { creditCode: certification.creditCode, title: certification.title }
      : undefined;
  return refused(
    line.line,
    'DUPLICATE',
    render(IMPORT_REASONS.alreadyRecorded, {
      certificateNumber: line.certificateNumber,
      certifyingBody: line.certifyingBody,
      from,
      contradicted,
    }),
    'R5.4',
    {
      creditCode: line.creditCode,
      enterpriseName: line.enterpriseName,
      certificateNumber: line.certificateNumber,
      certificationId: certification.id,
    },
  );
}

/** Every line's outcome; records what is to be recorded. */
async function importLines(
  actor: Actor,
  importId: string,
  lines: readonly ListLine[],
  ports: ImportPorts,
  progress: (done: number) => Promise<void>,
  options: ImportOptions,
): Promise<ImportLineResult[]> {
  const now = ports.clock.now();
  const today = cstDate(now);
  const results = new Map<number, ImportLineResult>();
  const firstLineOf = new Map<string, number>();
  const checked: CertificationLine[] = [];
  for (const raw of lines) {
    const check = checkLine(raw, today);
    if (!check.ok) {
      results.set(
        raw.line,
        refused(raw.line, 'INVALID', { en: check.reason, zh: check.reasonZh }, check.rule, {
          creditCode: raw.values.creditCode,
          enterpriseName: raw.values.enterpriseName,
          certificateNumber: raw.values.certificateNumber,
        }),
      );
      continue;
    }
    const first = firstLineOf.get(check.line.id);
    if (first !== undefined) {
      results.set(
        raw.line,
        refused(raw.line, 'DUPLICATE', render(IMPORT_REASONS.sameAsLine, { first }), 'R5.4', {
          creditCode: check.line.creditCode,
          enterpriseName: check.line.enterpriseName,
          certificateNumber: check.line.certificateNumber,
          certificationId: check.line.id,
        }),
      );
      continue;
    }
    firstLineOf.set(check.line.id, raw.line);
    checked.push(check.line);
  }

  const creditCodes = [...new Set(checked.map((line) => line.creditCode))];
  const [enterprises, recorded, policies, firstStandings] = await Promise.all([
    ports.enterprises.getMany(creditCodes),
    ports.programme.getMany(
      'Certification',
      checked.map((line) => line.id),
    ),
    allPolicyVersions(ports.programme),
    // The first round's standings, read beside the rest rather than after it: every award is still written
    // against the version read (R5.4), and a standing changed meanwhile is read again (recordAlone).
    ports.programme.getMany('BenchmarkStanding', creditCodes.map(standingId)),
  ]);
  // Awards recorded before this run (by a run that may have stopped before starting them): read again at
  // the end to see whether they still wait for their start. Those this run records are started as written.
  const toStart: string[] = [];
  const created: Project[] = [];
  const awardable: AwardableLine[] = [];
  for (const line of checked) {
    const outcome = classify(
      line,
      importId,
      recorded.get(line.id),
      enterprises.get(line.creditCode),
      policies,
      today,
    );
    if ('outcome' in outcome) {
      results.set(line.line, outcome);
      if (outcome.projectId !== undefined) toStart.push(outcome.projectId);
    } else awardable.push(outcome);
  }
  let done = results.size;
  await progress(done);

  // Round r records each enterprise's r-th slice of certifications, in date order.
  const byEnterprise = new Map<string, AwardableLine[]>();
  for (const line of awardable) {
    const code = line.enterprise.creditCode;
    byEnterprise.set(code, [...(byEnterprise.get(code) ?? []), line]);
  }
  const limit = pLimit(options.concurrency ?? 4);
  for (let round = 0; byEnterprise.size > 0; round += 1) {
    const slices = [...byEnterprise.entries()].map(([code, group]) => {
      const sorted = [...group].sort(
        (a, b) => a.line.certifiedOn.localeCompare(b.line.certifiedOn) || a.line.line - b.line.line,
      );
      if (sorted.length <= LINES_PER_ENTERPRISE) byEnterprise.delete(code);
      else byEnterprise.set(code, sorted.slice(LINES_PER_ENTERPRISE));
      return sorted.slice(0, LINES_PER_ENTERPRISE);
    });
    const standings =
      round === 0
        ? firstStandings
        : await ports.programme.getMany(
            'BenchmarkStanding',
            slices.map((slice) => standingId(slice[0]?.enterprise.creditCode ?? '')),
          );
    const planned = slices.map((slice) => ({
      slice,
      changes: enterpriseChanges(
        actor,
        now,
        slice,
        standings.get(standingId(slice[0]?.enterprise.creditCode ?? '')),
      ),
    }));
    const transactions = packTransactions(
      planned.map((entry) => entry.changes),
      options.transactionItems,
    );
    const sliceOf = new Map(planned.map((entry) => [entry.changes, entry.slice]));
    await Promise.all(
      transactions.map((transaction) =>
        limit(async () => {
          try {
            await commitTransaction(ports, transaction);
            for (const entry of transaction) {
              for (const result of entry.results) results.set(result.line, result);
              created.push(...entry.projects);
            }
          } catch (error) {
            if (!(error instanceof Conflict)) throw error;
            // Someone else recorded one of these at the same moment: each enterprise again, on its own.
            for (const entry of transaction) {
              const slice = sliceOf.get(entry) ?? [];
              const alone = await recordAlone(actor, importId, slice, ports);
              for (const result of alone.already) {
                results.set(result.line, result);
                if (result.outcome === 'CREATED' && result.projectId !== undefined)
                  toStart.push(result.projectId);
              }
              for (const result of alone.recorded) results.set(result.line, result);
              created.push(...alone.projects);
            }
          }
          done += transaction.reduce((total, entry) => total + entry.results.length, 0);
          await progress(done);
        }),
      ),
    );
  }
  await startWorkflows(created, toStart, ports);
  return [...results.values()].sort((a, b) => a.line - b.line);
}

/** A checked line's outcome, or the line ready to record. */
function classify(
  line: CertificationLine,
  importId: string,
  recorded: Certification | undefined,
  enterprise: Awaited<ReturnType<EnterpriseRepository['get']>>,
  policies: readonly PolicyVersion[],
  today: string,
): ImportLineResult | AwardableLine {
  const data = {
    creditCode: line.creditCode,
    enterpriseName: line.enterpriseName,
    certificateNumber: line.certificateNumber,
    certificationId: line.id,
  };
  if (recorded) return alreadyRecorded(recorded, line, importId);
  if (!enterprise)
    return refused(
      line.line,
      'UNMATCHED',
      render(IMPORT_REASONS.notRegistered, { creditCode: line.creditCode }),
      'R6.7b',
      data,
    );
  if (!sameName(enterprise.name, line.enterpriseName)) {
    return refused(
      line.line,
      'UNMATCHED',
      render(IMPORT_REASONS.otherName, {
        listed: line.enterpriseName,
        registered: enterprise.name,
        creditCode: line.creditCode,
      }),
      'R6.7b',
      data,
    );
  }
  // R9.1: an automatic award is decided under the version in force on the certification date.
  const policy = policyInForce(policies, line.certifiedOn);
  if (!policy)
    return refused(
      line.line,
      'INVALID',
      render(IMPORT_REASONS.noPolicyOn, { date: line.certifiedOn }),
      'R9',
      data,
    );
  if (!policy.importedLevels.includes(line.level))
    return refused(line.line, 'INVALID', notImportedReason(line.title, line.level, policy.id), 'R6.7b', data);
  const rule = tierOf(policy, line.title, line.level);
  if (!rule)
    return refused(
      line.line,
      'INVALID',
      render(IMPORT_REASONS.notATier, { level: line.level, title: line.title, policyId: policy.id }),
      'R5.2',
      data,
    );
  const eligibility = enterpriseEligibility(enterprise, today);
  if (!eligibility.eligible) {
    return refused(
      line.line,
      'INELIGIBLE',
      reasonsLine(eligibility.reasons),
      [...new Set(eligibility.reasons.map((reason) => reason.rule))].join(','),
      data,
    );
  }
  return { line, enterprise, rule, policyVersionId: policy.id, importId };
}

/**
 * One enterprise's slice, after a conflict: read again, work out again, write again. Answers the lines
 * found already recorded apart from those it records, with the projects it records.
 */
async function recordAlone(
  actor: Actor,
  importId: string,
  slice: readonly AwardableLine[],
  ports: ImportPorts,
): Promise<{
  already: ImportLineResult[];
  recorded: readonly ImportLineResult[];
  projects: readonly Project[];
}> {
  const creditCode = slice[0]?.enterprise.creditCode ?? '';
  for (let attempt = 0; ; attempt += 1) {
    const recorded = await ports.programme.getMany(
      'Certification',
      slice.map((entry) => entry.line.id),
    );
    const already = slice.flatMap((entry) => {
      const certification = recorded.get(entry.line.id);
      return certification ? [alreadyRecorded(certification, entry.line, importId)] : [];
    });
    const pending = slice.filter((entry) => !recorded.has(entry.line.id));
    if (pending.length === 0) return { already, recorded: [], projects: [] };
    const standing = await ports.programme.get('BenchmarkStanding', standingId(creditCode));
    const changes = enterpriseChanges(actor, ports.clock.now(), pending, standing);
    try {
      await commitTransaction(ports, [changes]);
      return { already, recorded: changes.results, projects: changes.projects };
    } catch (error) {
      if (!(error instanceof Conflict) || attempt >= RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * Math.random()));
    }
  }
}

/**
 * Starts the automatic path of every award recorded by this import that has not started yet: those this
 * run recorded (proposed, as written: not read again), and those an earlier run recorded that are still
 * proposed (a run interrupted between recording and starting). A started one is refused by name (the
 * execution is named after the project) and left alone.
 */
async function startWorkflows(
  created: readonly Project[],
  recordedBefore: readonly string[],
  ports: ImportPorts,
): Promise<void> {
  const earlier = await ports.programme.getMany('Project', recordedBefore);
  for (const project of [...created, ...earlier.values()]) {
    if (project.stage !== 'PROPOSED') continue;
    await ports.workflow.start(project.id, project.path).catch((error: unknown) => {
      if (!(error instanceof Conflict)) throw error;
    });
  }
}
