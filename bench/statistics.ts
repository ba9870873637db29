/**
 * `npm run bench`: DynamoDB requests of a programme-statistics query at the demo's size and at ten times it.
 * For each size, the demo's enterprises (`npm start`'s, 62; then 620) each get a year of programme history
 * as audit records — an application submitted in one of the CST months of 2026 (an implementation reward,
 * a district benchmark title or a provider's diagnosis reward), accepted by its town or refused at review,
 * approved at deliberation against the 2026 budget and, for most, paid — with the projects payments read
 * their town from. The statistics backfill turns those records into events and counts them (the live
 * consumer's code), then the same queries run through the real GraphQL server: `programmeStatistics` of
 * 2026 by town, tier, programme and month, for the commission and for one town. The requests must not grow
 * with the programme: the 10× count over the 1× count must stay ≤ 1.2.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { auditIndexKeys, auditKey } from '#adapters/dynamodb/audited-write';
import { createDocumentClient } from '#adapters/dynamodb/client';
import type { AuditRecord } from '#domain/audit/audit-record';
import { systemClock } from '#domain/clock';
import { certifiedDemoEnterprises, demoEnterprises } from '../local/demo-data.ts';
import { DEMO_CONTINUATION } from '../local/demo-policy.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { backfillStatistics } from '../scripts/statistics-backfill.ts';
import { benchDynamo, startBenchApi } from './dynamodb.ts';

const FISCAL_YEAR = 2026;
const REPEATS = 10;
const TOWN = 'ZHUJIAJIAO';
const QUERY = `query($by: StatisticsDimension!, $town: String) {
  programmeStatistics(fiscalYear: ${FISCAL_YEAR}, by: $by, town: $town) {
    series { key label points { measure count amountFen } }
    totals { measure count amountFen }
  }
}`;
const ASKED = [
  ...(['TOWN', 'TIER', 'PROGRAMME', 'MONTH'] as const).map((by) => ({ by, town: undefined })),
  { by: 'TIER', town: TOWN },
] as const;

/** What one enterprise did in the year: its application's programme, outcome and month. */
function history(
  index: number,
  creditCode: string,
  town: string,
): { audits: AuditRecord[]; projects: object[] } {
  const month = String((index % 12) + 1).padStart(2, '0');
  // 10:00 China Standard Time on the given day of the month.
  const at = (day: number) => `${FISCAL_YEAR}-${month}-${String(day).padStart(2, '0')}T02:00:00.000Z`;
  const kind = index % 3;
  const programme = (['IMPLEMENTATION_REWARD', 'DISTRICT_BENCHMARK', 'DIAGNOSIS_REWARD'] as const)[kind];
  const titles = ['SMART_PRODUCTION_LINE', 'SMART_WORKSHOP', 'SMART_FACTORY'] as const;
  const benchmark = kind === 1 ? { title: titles[index % 3], level: 'DISTRICT' } : undefined;
  const tier = kind === 1 ? (index % 3) + 1 : undefined;
  const amountFen =
    kind === 0 ? 9_000_000 : kind === 2 ? 2_000_000 : [10_000_000, 20_000_000, 50_000_000][index % 3];
  const providerId = kind === 2 ? 'PRV-91330100716105852F' : undefined;
  const application = {
    id: `APP-BENCH-${index}`,
    programme,
    applicantType: kind === 2 ? 'PROVIDER' : 'ENTERPRISE',
    applicantId: providerId ?? creditCode,
    creditCode,
    town,
    planYear: FISCAL_YEAR,
    requestedAmountFen: amountFen,
    policyVersionId: DEMO_CONTINUATION.id,
    ...(benchmark ? { benchmark } : {}),
    ...(providerId ? { providerId } : {}),
  };
  const audit = (
    entityType: AuditRecord['entityType'],
    operation: string,
    before: object | null,
    after: { readonly id: string; readonly [field: string]: unknown },
    when: string,
  ): AuditRecord => ({
    id: randomUUID(),
    at: when,
    actorId: 'bench',
    actorRole: 'SYSTEM',
    operation,
    entityType,
    entityId: after.id,
    before,
    after,
    entityVersion: null,
  });
  const draft = { ...application, status: 'DRAFT' };
  const submitted = { ...application, status: 'SUBMITTED' };
  const audits = [audit('APPLICATION', 'submitApplication', draft, submitted, at(3))];
  const reviewed = kind === 2 ? submitted : { ...application, status: 'ACCEPTED' };
  if (kind !== 2) audits.push(audit('APPLICATION', 'acceptApplication', submitted, reviewed, at(5)));
  // One in five is refused at the preliminary review (R6.3.1); the others are approved.
  if (index % 5 === 4) {
    const refused = {
      ...reviewed,
      status: 'REFUSED',
      review: { experts: [], preliminary: { passed: false, outcome: 'REFUSED', reasons: '不符合条件。' } },
    };
    audits.push(audit('APPLICATION', 'refuseApplication', reviewed, refused, at(8)));
    return { audits, projects: [] };
  }
  const project = {
    id: `PRJ-${application.id}`,
    path: 'REVIEWED',
    applicationId: application.id,
    creditCode,
    town,
    payeeType: kind === 2 ? 'PROVIDER' : 'ENTERPRISE',
    payeeId: providerId ?? creditCode,
    proposedAmountFen: amountFen,
    policyVersionId: DEMO_CONTINUATION.id,
    stage: 'DELIBERATION',
    ...(benchmark ? { benchmark, amountExplanation: { rule: 'R5.3', tier } } : {}),
  };
  const approved = {
    ...project,
    committedFiscalYear: FISCAL_YEAR,
    decisions: { DELIBERATION: { approved: true } },
  };
  audits.push(audit('PROJECT', 'decideDELIBERATION', project, approved, at(20)));
  // Most are paid (R6.6) in the same month; some wait for their batch.
  if (index % 4 !== 3) {
    const payment = {
      id: `PAY-DOC-BENCH-${approved.id}`,
      documentId: 'DOC-BENCH',
      projectId: approved.id,
      applicationId: application.id,
      payeeType: approved.payeeType,
      payeeId: approved.payeeId,
      amountFen,
      fiscalYear: FISCAL_YEAR,
      batchId: 'BATCH-BENCH',
    };
    audits.push(
      audit(
        'PAYMENT',
        'recordPaymentResult',
        { ...payment, status: 'IN_BATCH' },
        { ...payment, status: 'PAID', paidOn: `${FISCAL_YEAR}-${month}-25` },
        at(25),
      ),
    );
  }
  return {
    audits,
    projects: [{ pk: `PROJECT#${approved.id}`, sk: 'R', entity: 'Project', record: approved }],
  };
}

/** Items 25 at a time, 8 requests at once (the bench's seeding, not what it measures). */
async function writeAll(
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: object[],
): Promise<void> {
  const chunks = Array.from({ length: Math.ceil(items.length / 25) }, (_, index) =>
    items.slice(index * 25, index * 25 + 25),
  );
  for (let start = 0; start < chunks.length; start += 8)
    await Promise.all(
      chunks.slice(start, start + 8).map(async (chunk) => {
        let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const { UnprocessedItems } = await documents.send(
            new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
          );
          requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }),
    );
}

const auditItem = (record: AuditRecord) => ({
  ...auditKey(record),
  ...auditIndexKeys(record),
  entity: 'AuditRecord',
  ...record,
  before: record.before === null ? null : JSON.stringify(record.before),
  after: JSON.stringify(record.after),
});

async function measureAt(scale: number, dynamo: DynamoDBClient, requests: () => number) {
  const tableName = `bench-statistics-${scale}x-${Date.now()}`;
  await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
  const documents = createDocumentClient(dynamo);
  const enterprises = demoEnterprises(scale * (demoEnterprises().length + certifiedDemoEnterprises().length));
  const histories = enterprises.map((enterprise, index) =>
    history(index, enterprise.creditCode, enterprise.town),
  );
  const audits = histories.flatMap((entry) => entry.audits);
  await writeAll(documents, tableName, [
    ...histories.flatMap((entry) => entry.projects),
    ...audits.map(auditItem),
  ]);
  const started = performance.now();
  const backfill = await backfillStatistics(documents, tableName);
  const backfillSeconds = (performance.now() - started) / 1000;
  if (backfill.failed > 0) throw new Error(`${backfill.failed} audit records were not counted`);

  const { api, token } = await startBenchApi(dynamo, tableName, {
    userId: 'bench',
    role: 'ECONOMIC_COMMISSION',
  });
  try {
    const ask = async (variables: object) => {
      const before = requests();
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables }),
      });
      const body = (await response.json()) as {
        data?: { programmeStatistics: { totals: { measure: string; count: number }[] } };
        errors?: unknown;
      };
      if (body.errors || !body.data)
        throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
      return { requests: requests() - before, totals: body.data.programmeStatistics.totals };
    };
    await ask(ASKED[0]); // warm-up: JIT, connections
    const perQuery: { name: string; requests: number; p50: number }[] = [];
    for (const variables of ASKED) {
      const counts: number[] = [];
      const times: number[] = [];
      for (let repeat = 0; repeat < REPEATS; repeat += 1) {
        const started = performance.now();
        counts.push((await ask(variables)).requests);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      perQuery.push({
        name: `by ${variables.by}${variables.town === undefined ? '' : ` (${variables.town})`}`,
        requests: Math.max(...counts),
        p50: times[Math.floor(times.length / 2)] ?? 0,
      });
    }
    const { totals } = await ask(ASKED[0]);
    return {
      scale,
      enterprises: enterprises.length,
      events: backfill.counted,
      backfillSeconds,
      perQuery,
      totals,
    };
  } finally {
    await api.close();
  }
}

async function main(): Promise<void> {
  const { dynamo, close } = await benchDynamo();
  let requests = 0;
  dynamo.middlewareStack.add(
    (next) => (args) => {
      requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  try {
    const one = await measureAt(1, dynamo, () => requests);
    const ten = await measureAt(10, dynamo, () => requests);
    console.log(
      `statistics bench: programmeStatistics(fiscalYear: ${FISCAL_YEAR}) through the GraphQL server, ${REPEATS} requests per query, DynamoDB requests counted on the client`,
    );
    for (const run of [one, ten]) {
      const applied = run.totals.find((point) => point.measure === 'APPLIED')?.count ?? 0;
      console.log(
        `  ${run.scale}× the demo: ${run.enterprises} enterprises, ${run.events} events counted by the backfill in ${run.backfillSeconds.toFixed(1)} s (${applied} applications)`,
      );
      for (const query of run.perQuery)
        console.log(
          `    ${query.name.padEnd(22)} ${query.requests} DynamoDB requests, p50 ${query.p50.toFixed(1)} ms`,
        );
    }
    const worst = (run: typeof one) => Math.max(...run.perQuery.map((query) => query.requests));
    const ratio = worst(ten) / worst(one);
    console.log(
      `  requests ratio (10× vs 1×, the most any query made): ${worst(ten)} / ${worst(one)} = ${ratio.toFixed(2)} (must be ≤ 1.2)`,
    );
    if (ratio > 1.2) process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
