/**
 * `npm run bench` (part 2): R6.7b import throughput. A generated list of 10,000 lines — each a municipal
 * or national certification of a registered, eligible enterprise, so every line is recorded with its
 * award, its standing and its project — is imported against DynamoDB Local; then a raw `BatchWriteItem`
 * loop writes the same number of items the import wrote, of about the same size, in the same run. The
 * ratio of their throughputs must be ≥ 0.3, and is printed against issue 19's target, ≥ 0.5. Workflow
 * starts are counted, not executed (the state machine's own runs are not the import's work).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { optionalEnv } from '#config/env';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import { systemClock } from '#domain/clock';
import type { Workflow } from '#domain/workflow/workflow-port';
import { createAppServices } from '#graphql/app-services';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { demoCreditCode, demoEnterprises } from '../local/demo-data.ts';
import { benchDynamo } from './dynamodb.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { localImports } from '../local/local-import-queue.ts';
import { LocalFileStore } from '../local/local-file-store.ts';

const LINES = Number(optionalEnv(process.env, 'BENCH_IMPORT_LINES') ?? 10_000);
const MIN_RATIO = 0.3;
/** Issue 19's target, printed beside the figure. */
const TARGET_RATIO = 0.5;

/** The DynamoDB items a command writes: a transaction's items, a batch's puts, a single put or update. */
function itemsWritten(input: Record<string, unknown>): number {
  if (Array.isArray(input['TransactItems'])) return input['TransactItems'].length;
  const requests = input['RequestItems'] as Record<string, unknown[]> | undefined;
  if (requests && !('Keys' in (Object.values(requests)[0] ?? {})))
    return Object.values(requests).reduce(
      (total, items) => total + (Array.isArray(items) ? items.length : 0),
      0,
    );
  return 'Item' in input || 'UpdateExpression' in input ? 1 : 0;
}

async function main(): Promise<void> {
  const { dynamo, close } = await benchDynamo();
  let items = 0;
  let bytes = 0;
  dynamo.middlewareStack.add(
    (next) => (args) => {
      const written = itemsWritten(args.input as Record<string, unknown>);
      items += written;
      if (written > 0) bytes += JSON.stringify(args.input).length;
      return next(args);
    },
    { step: 'initialize', name: 'countWrites' },
  );
  const tableName = `bench-import-${Date.now()}`;
  try {
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    let started = 0;
    const workflow: Workflow = {
      start: () => {
        started += 1;
        return Promise.resolve();
      },
      completeStage: () => Promise.resolve(false),
    };
    const app = createAppServices({
      mode: 'development',
      dynamo,
      tableName,
      clock: systemClock,
      files: new LocalFileStore(
        mkdtempSync(join(tmpdir(), 'sfa-bench-files-')),
        new Uint8Array(randomBytes(32)),
        () => 'http://127.0.0.1:9',
        systemClock,
      ),
      workflow: () => workflow,
      imports: localImports(() => undefined),
    });

    // The registry: one eligible enterprise per line (not timed).
    const commission = { kind: 'user', userId: 'bench', role: 'ECONOMIC_COMMISSION' } as const;
    const registered = pLimit(16);
    const template = demoEnterprises(1)[0];
    const enterprises = Array.from({ length: LINES }, (_, index) => ({
      creditCode: demoCreditCode(200_000 + index),
      name: `上海基准${index}智能制造有限公司`,
    }));
    await Promise.all(
      enterprises.map((enterprise) =>
        registered(() => createEnterprise(commission, { ...template, ...enterprise }, app)),
      ),
    );
    const list = [
      '序号,企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号',
      ...enterprises.map((enterprise, index) =>
        index % 3 === 0
          ? `${index + 1},${enterprise.name},${enterprise.creditCode},国家级标杆工厂,工业和信息化部,2026-06-01,MIIT-BENCH-${index}`
          : `${index + 1},${enterprise.name},${enterprise.creditCode},市级智能工厂,上海市经济和信息化委员会,2026-05-01,SH-BENCH-${index}`,
      ),
    ].join('\n');

    items = 0;
    bytes = 0;
    const importStart = performance.now();
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      {
        bytes: new TextEncoder().encode(list),
        fileName: 'bench.csv',
        source: { kind: 'BUCKET', bucket: 'bench', key: 'bench.csv' },
      },
      app,
      { concurrency: 8 },
    );
    const importMs = performance.now() - importStart;
    const importItems = items;
    if (result.counts.CREATED !== LINES)
      throw new Error(`expected ${LINES} created, got ${JSON.stringify(result.counts)}`);
    const itemBytes = Math.max(100, Math.round(bytes / importItems));

    // The baseline: a plain loop of BatchWriteItem calls, 25 items each, writing as many items of the
    // same average size as the import wrote.
    const documents = createDocumentClient(dynamo);
    const padding = 'x'.repeat(itemBytes);
    const baselineStart = performance.now();
    for (let start = 0; start < importItems; start += 25) {
      let pending = Array.from({ length: Math.min(25, importItems - start) }, (_, offset) => ({
        PutRequest: { Item: { pk: `BASELINE#${start + offset}`, sk: 'R', padding } },
      }));
      while (pending.length > 0) {
        const answer = await documents.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
        );
        pending = (answer.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
    const baselineMs = performance.now() - baselineStart;
    const ratio = baselineMs / importMs;

    console.log(
      `import bench: ${LINES} lines, each recorded with its award (R5.3), standing (R5.4) and project`,
    );
    console.log(
      `  import:   ${(importMs / 1000).toFixed(1)} s, ${Math.round((LINES * 1000) / importMs)} lines/s, ${importItems} items written (${(importItems / LINES).toFixed(1)} per line, audit records included), ${started} workflow starts`,
    );
    console.log(
      `  baseline: ${(baselineMs / 1000).toFixed(1)} s for ${importItems} items of ~${itemBytes} bytes by BatchWriteItem, 25 at a time`,
    );
    console.log(
      `  throughput ratio (import / raw BatchWriteItem, same items): ${ratio.toFixed(2)} (must be ≥ ${MIN_RATIO}; ` +
        `target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'not met'})`,
    );
    if (ratio < MIN_RATIO) process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
