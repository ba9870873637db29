import * as z from 'zod';
import { CERTIFICATION_LIST } from '#domain/attachments/attachment';
import { authorize, authorizeRole, isAllowed } from '#domain/authorization/policy';
import type { BenchmarkStanding, Certification } from '#domain/benchmark/certification';
import { standingId } from '#domain/benchmark/certification';
import type {
  CertificationImport,
  ImportLineResult,
  ImportOutcome,
} from '#domain/benchmark/certification-import';
import { IMPORT_OUTCOMES } from '#domain/benchmark/certification-import';
import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';
import { importReportCsv } from '#domain/benchmark/import-report-csv';
import { NotFound } from '#domain/errors';
import type { DownloadTicket, FileStore } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import { normalizeCreditCode } from '#domain/registry/credit-code';
import { enterpriseResource } from '#domain/registry/resources';
import type { Page } from '#domain/validation';
import { pageSize, parseId, parseInput } from '#domain/validation';
import { requireUploaded } from '../diagnosis/attachments.ts';
import { everyRecord, listPage, readableRecord } from '../programme/record-change.ts';
import type { ImportPorts } from './import-certifications.ts';
import { runCertificationImport, startCertificationImport } from './import-certifications.ts';

type Ports = ImportPorts & { readonly files: FileStore; readonly imports: ImportQueue };

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const importSchema = z.lazy(() => z.object({ attachmentId: z.string().trim().min(1).max(64) }));
const REPORT_SECONDS = 5 * 60;

/**
 * R6.7b: the commission imports a list it uploaded (an IMPORT attachment). The file is read and its
 * columns checked now — a file that cannot be imported is refused with the reason and nothing is
 * written — then the import is marked running and handed to the import queue; the returned record shows
 * its progress, and its report when it completes. The same file again is the same import, run again.
 */
export async function importCertifications(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<CertificationImport> {
  authorize(principal, 'importCertifications');
  const input = parseInput(importSchema, rawInput, ['input']);
  const attachment = await requireUploaded(
    input.attachmentId,
    { type: 'IMPORT', id: CERTIFICATION_LIST, purpose: CERTIFICATION_LIST },
    ['input', 'attachmentId'],
    ports,
  );
  const source = { kind: 'UPLOAD', attachmentId: attachment.id } as const;
  const bytes = await ports.files.read(attachment.storageKey);
  const { record } = await startCertificationImport(
    principal,
    { bytes, fileName: attachment.fileName, source },
    ports,
  );
  await ports.imports.submit({
    importId: record.id,
    storageKey: attachment.storageKey,
    fileName: attachment.fileName,
    source,
    requestedBy: principal,
  });
  return record;
}

/** The queued run of an import (the import Lambda, or the local server's own process). */
export async function processImportJob(
  job: ImportJob,
  ports: ImportPorts & { readonly files: FileStore },
): Promise<CertificationImport> {
  const bytes = await ports.files.read(job.storageKey);
  return runCertificationImport(
    job.requestedBy,
    { bytes, fileName: job.fileName, source: job.source },
    ports,
    { queued: true },
  );
}

export function readableImport(
  principal: Principal,
  id: string,
  ports: Pick<Ports, 'programme'>,
): Promise<CertificationImport> {
  return readableRecord(principal, 'readCertificationImports', 'CertificationImport', id, () => ({}), ports);
}

export async function listImports(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: Pick<Ports, 'programme'>,
): Promise<Page<CertificationImport>> {
  authorize(principal, 'readCertificationImports');
  return listPage(ports.programme, 'CertificationImport', 'all', '', args);
}

const outcomeSchema = z.lazy(() => z.enum(IMPORT_OUTCOMES).nullish());
const afterSchema = z.lazy(() =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'a cursor from this list')
    .nullish(),
);

/** The report's lines in file order, optionally one outcome only; the cursor is the line number. */
export async function importReportLines(
  principal: Principal,
  record: CertificationImport,
  args: { outcome?: ImportOutcome | null; first?: number | null; after?: string | null },
  ports: Pick<Ports, 'programme'>,
): Promise<Page<ImportLineResult>> {
  authorize(principal, 'readCertificationImports');
  const outcome = parseInput(outcomeSchema, args.outcome, ['outcome']);
  const after = Number(parseInput(afterSchema, args.after, ['after']) ?? 0);
  const first = pageSize(args.first);
  const lines = (await ports.programme.importReport(record.id)).filter(
    (line) => line.line > after && (outcome === undefined || outcome === null || line.outcome === outcome),
  );
  const page = lines.slice(0, first);
  return {
    edges: page.map((line) => ({ cursor: String(line.line), node: line })),
    hasNextPage: lines.length > first,
    endCursor: page.at(-1) === undefined ? null : String(page.at(-1)?.line),
  };
}

/** The report as CSV for a spreadsheet, written to the file store and offered as a short-lived link. */
export async function importReportDownload(
  principal: Principal,
  record: CertificationImport,
  ports: Pick<Ports, 'programme' | 'files'>,
): Promise<DownloadTicket | null> {
  authorize(principal, 'readCertificationImports');
  if (record.status !== 'COMPLETED') return null;
  const key = `imports/${record.id}/report-v${record.version}.csv`;
  if ((await ports.files.head(key)) === undefined) {
    const csv = importReportCsv(record, await ports.programme.importReport(record.id));
    await ports.files.write(key, new TextEncoder().encode(csv), 'text/csv; charset=utf-8');
  }
  return ports.files.presignDownload({
    key,
    fileName: `${record.fileName.replace(/\.[^.]*$/, '')}-report.csv`,
    expiresInSeconds: REPORT_SECONDS,
  });
}

/** An enterprise's certifications, oldest first, for those who may see the enterprise's projects. */
export async function enterpriseCertifications(
  principal: Principal,
  rawCreditCode: string,
  ports: Pick<Ports, 'programme' | 'enterprises'>,
): Promise<Certification[]> {
  const creditCode = await readableEnterpriseCode(principal, rawCreditCode, ports);
  return everyRecord(ports.programme, 'Certification', { pattern: 'byEnterprise', value: creditCode });
}

/** What an enterprise has been awarded so far (R5.3); an empty standing when nothing yet. */
export async function benchmarkStanding(
  principal: Principal,
  rawCreditCode: string,
  ports: Pick<Ports, 'programme' | 'enterprises'>,
): Promise<BenchmarkStanding> {
  const creditCode = await readableEnterpriseCode(principal, rawCreditCode, ports);
  const standing = await ports.programme.get('BenchmarkStanding', standingId(creditCode));
  const epoch = new Date(0).toISOString();
  return (
    standing ?? {
      id: standingId(creditCode),
      creditCode,
      awards: [],
      version: 0,
      createdAt: epoch,
      updatedAt: epoch,
    }
  );
}

/** The caller must hold `readCertifications` for the enterprise; outside their scope it is NOT_FOUND. */
async function readableEnterpriseCode(
  principal: Principal,
  rawCreditCode: string,
  ports: Pick<Ports, 'enterprises'>,
): Promise<string> {
  authorizeRole(principal, 'readCertifications');
  const creditCode = normalizeCreditCode(parseId(rawCreditCode, ['creditCode']));
  const enterprise = await ports.enterprises.get(creditCode);
  if (!enterprise || !isAllowed(principal, 'readCertifications', enterpriseResource(enterprise)))
    throw new NotFound('Enterprise', creditCode);
  return creditCode;
}
