/**
 * `npm run bench`, after the import throughput: the peak memory of an import run as the local server runs
 * it — in a child process of its own (local/import-process) — for a spreadsheet bomb against a normal
 * 10,000-line list (as CSV, then the same lines as XLSX). Each run's process reports its peak resident
 * memory (`process.resourceUsage().maxRSS`); this process, the server's side, is measured too. The bomb
 * (400 MB of sheet in a file of about 0.4 MB) is handed to an import process directly, past the request
 * that refuses it, to show what the process does with it: it refuses it from the zip directory, uninflated.
 *
 *   BENCH_IMPORT_LINES=1000 npx tsx bench/import-isolation.ts     a smaller list while developing
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import pLimit from 'p-limit';
import { optionalEnv } from '#config/env';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { ImportJob } from '#domain/benchmark/import-queue';
import { systemClock } from '#domain/clock';
import type { Workflow } from '#domain/workflow/workflow-port';
import { createAppServices } from '#graphql/app-services';
import { startCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { demoCreditCode, demoEnterprises } from '../local/demo-data.ts';
import type {
  ChildProcessImportQueue,
  ImportRunEnd,
} from '../local/import-process/child-process-import-queue.ts';
import {
  childProcessImports,
  connectionOf,
  IMPORT_HEAP_LIMIT_MB,
} from '../local/import-process/child-process-import-queue.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { LocalFileStore } from '../local/local-file-store.ts';
import { spreadsheetBomb } from '../tests/support/zip.ts';
import { benchDynamo } from './dynamodb.ts';

const LINES = Number(optionalEnv(process.env, 'BENCH_IMPORT_LINES') ?? 10_000);
const BOMB_MB = 400;
const MB = 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
const size = (bytes: number): string => (bytes < MB ? `${(bytes / 1024).toFixed(0)} KB` : mb(bytes));
/** This process's resident memory at its peak so far. */
const ownPeak = (): number => process.resourceUsage().maxRSS * 1024;

interface Row {
  readonly label: string;
  readonly fileBytes: number;
  readonly run: ImportRunEnd;
  readonly ms: number;
  readonly serverPeakBefore: number;
  readonly serverPeakAfter: number;
}

async function main(): Promise<void> {
  const { dynamo, close } = await benchDynamo();
  const tableName = `bench-isolation-${Date.now()}`;
  const filesDir = mkdtempSync(join(tmpdir(), 'sfa-bench-files-'));
  let queue: ChildProcessImportQueue | undefined;
  try {
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    let workflowStarts = 0;
    const workflow: Workflow = {
      start: () => {
        workflowStarts += 1;
        return Promise.resolve();
      },
      completeStage: () => Promise.resolve(false),
    };
    const ended: ImportRunEnd[] = [];
    const stores = { ...(await connectionOf(dynamo)), tableName, filesDir };
    const app = createAppServices({
      mode: 'development',
      dynamo,
      tableName,
      clock: systemClock,
      files: new LocalFileStore(filesDir, new Uint8Array(randomBytes(32)), () => '', systemClock),
      workflow: () => workflow,
      imports: (services) =>
        (queue = childProcessImports({
          stores,
          onError: () => undefined,
          onRunEnded: (run) => ended.push(run),
        })(services)),
    });
    const imports = queue;
    if (imports === undefined) throw new Error('no import queue');

    // The registry: one eligible enterprise per line (not measured).
    const commission = { kind: 'user', userId: 'bench', role: 'ECONOMIC_COMMISSION' } as const;
    const registered = pLimit(16);
    const template = demoEnterprises(1)[0];
    const enterprises = Array.from({ length: LINES }, (_, index) => ({
      creditCode: demoCreditCode(300_000 + index),
      name: `上海隔离${index}智能制造有限公司`,
    }));
    await Promise.all(
      enterprises.map((enterprise) =>
        registered(() => createEnterprise(commission, { ...template, ...enterprise }, app)),
      ),
    );
    const header = ['序号', '企业名称', '统一社会信用代码', '认定称号', '认定机构', '认定日期', '证书编号'];
    const rows = enterprises.map((enterprise, index) => [
      String(index + 1),
      enterprise.name,
      enterprise.creditCode,
      '市级智能工厂',
      '上海市经济和信息化委员会',
      '2026-05-01',
      `SH-ISO-${index}`,
    ]);
    const csv = new TextEncoder().encode([header, ...rows].map((row) => row.join(',')).join('\n'));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名单').addRows([header, ...rows]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const bomb = await spreadsheetBomb(BOMB_MB);

    /** Stores the file, starts its record as the request would (unless `asRequested` is false), and runs it. */
    const measure = async (
      label: string,
      bytes: Uint8Array,
      fileName: string,
      contentType: string,
      asRequested: boolean,
    ): Promise<Row> => {
      const storageKey = `imports/bench/${fileName}`;
      await app.files.write(storageKey, bytes, contentType);
      const source = { kind: 'UPLOAD', attachmentId: fileName } as const;
      const importId = asRequested
        ? (await startCertificationImport(SYSTEM_ACTOR, { bytes, fileName, source }, app)).record.id
        : `IMP-refused-${fileName}`;
      const job: ImportJob = { importId, storageKey, fileName, source, requestedBy: SYSTEM_ACTOR };
      const serverPeakBefore = ownPeak();
      const started = performance.now();
      await imports.submit(job);
      await imports.idle();
      const run = ended.at(-1);
      if (run?.job.importId !== importId) throw new Error(`no report of ${label}`);
      return {
        label,
        fileBytes: bytes.length,
        run,
        ms: performance.now() - started,
        serverPeakBefore,
        serverPeakAfter: ownPeak(),
      };
    };

    const results = [
      await measure(`${LINES}-line list, CSV`, csv, 'list.csv', 'text/csv', true),
      await measure(
        `same ${LINES} lines, XLSX (already recorded: duplicates)`,
        xlsx,
        'list.xlsx',
        XLSX,
        true,
      ),
      await measure(`bomb: ${BOMB_MB} MB of sheet, XLSX`, bomb, 'bomb.xlsx', XLSX, false),
    ];

    console.log(
      `import isolation bench: each import in its own process (heap limit ${IMPORT_HEAP_LIMIT_MB} MB), peak memory as the process reports it`,
    );
    for (const row of results) {
      const outcome = row.run.outcome.ok ? row.run.outcome.status : `refused: ${row.run.outcome.reason}`;
      console.log(
        `  ${row.label.padEnd(58)} file ${size(row.fileBytes).padStart(6)}  import process peak RSS ${row.run.usage ? mb(row.run.usage.maxRssBytes) : 'not reported'}  ${(row.ms / 1000).toFixed(1)} s  ${outcome.slice(0, 140)}`,
      );
    }
    const bombRow = results[2];
    const listRow = results[0];
    if (bombRow?.run.usage && listRow?.run.usage) {
      console.log(
        `  bomb vs ${LINES}-line list: ${mb(bombRow.run.usage.maxRssBytes)} vs ${mb(listRow.run.usage.maxRssBytes)} at peak; this (server) process peaked at ${mb(bombRow.serverPeakAfter)} (${mb(bombRow.serverPeakBefore)} before the bomb); ${workflowStarts} workflow starts asked of it over IPC`,
      );
    }
    const refusedBomb = bombRow !== undefined && !bombRow.run.outcome.ok;
    if (!refusedBomb || results.slice(0, 2).some((row) => !row.run.outcome.ok)) process.exitCode = 1;
  } finally {
    await queue?.close();
    await close();
  }
}

await main();
