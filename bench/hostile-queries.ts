/**
 * `npm run bench`, after the registry pages: hostile queries against the registry at ten times the demo's
 * size (`npm start`'s demo enterprises and providers), through the real GraphQL server over HTTP, each
 * with as many aliases as the query limits admit (15 at most; the cost limit admits fewer of a costly
 * field): filtered lists matching nothing, a page after the cursor such a list gave, pages with their
 * nested fields, missing records, audit lists filtered to nothing, the deepest the registry nests. For
 * each: the DynamoDB calls it made (counted on the client), the reads its request was charged
 * (`extensions.cost`), its time, and whether it was answered or refused with REQUEST_BUDGET_EXCEEDED;
 * then the worst against the per-request budget. Fails when a query was charged more reads than the
 * budget, or answered with another error.
 */
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { REQUEST_READ_BUDGET } from '#adapters/dynamodb/read-budget';
import { systemClock } from '#domain/clock';
import { providerIdFor } from '#domain/registry/provider';
import { cstDate } from '#domain/time/cst';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import {
  certifiedDemoEnterprises,
  demoCreditCode,
  demoEnterprises,
  demoProviders,
} from '../local/demo-data.ts';
import { prepareDatabase } from '../local/local-api.ts';
import { benchDynamo, startBenchApi } from './dynamodb.ts';

const SCALE = 10;
const REPEATS = 5;
/** GraphQL Armor's alias limit (functions/graphql/server.ts). */
const MAX_ALIASES = 15;
const NOTHING = '不存在';

/** `count` aliases of one field. */
const aliases = (count: number, field: string): string =>
  Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join('\n');
/** As little as a page can be asked for: the reads are the same, the query's cost is the least. */
const BARE = '{ pageInfo { hasNextPage } }';

/** A hostile query as a function of how many aliases it has: the bench uses the most the limits admit. */
interface Hostile {
  readonly name: string;
  readonly query: (count: number) => string;
}

function hostileQueries(today: string, from: string, cursor: string): Hostile[] {
  const missing = demoCreditCode(999_999);
  return [
    {
      name: 'enterprises(first: 1, search matching nothing)',
      query: (n) => `{ ${aliases(n, `enterprises(first: 1, filter: { search: "${NOTHING}" }) ${BARE}`)} }`,
    },
    {
      name: 'enterprises(first: 100, search matching nothing)',
      query: (n) => `{ ${aliases(n, `enterprises(first: 100, filter: { search: "${NOTHING}" }) ${BARE}`)} }`,
    },
    {
      name: 'enterprises(first: 100, town+status+eligible+search: nothing)',
      query: (n) =>
        `{ ${aliases(n, `enterprises(first: 100, filter: { town: "ZHUJIAJIAO", businessStatus: REVOKED, eligible: true, search: "${NOTHING}" }) ${BARE}`)} }`,
    },
    {
      name: "enterprises(first: 100, after: the last page's cursor, search: nothing)",
      query: (n) =>
        `{ ${aliases(n, `enterprises(first: 100, after: "${cursor}", filter: { search: "${NOTHING}" }) ${BARE}`)} }`,
    },
    {
      name: 'enterprises(first: 100) with nested town, eligibility, ban',
      query: (n) =>
        `{ ${aliases(n, 'enterprises(first: 100) { edges { node { town { code } eligibility { eligible } ban { until } } } }')} }`,
    },
    {
      name: 'providers(first: 100, roster+eligible+search: nothing)',
      query: (n) =>
        `{ ${aliases(n, `providers(first: 100, filter: { onRoster: false, eligible: true, search: "${NOTHING}" }) ${BARE}`)} }`,
    },
    {
      name: 'providers(first: 100) with nested eligibility, ban',
      query: (n) =>
        `{ ${aliases(n, 'providers(first: 100) { edges { node { eligibility { eligible } ban { until } } } }')} }`,
    },
    {
      name: 'enterprise(creditCode) of no enterprise',
      query: (n) => `{ ${aliases(n, `enterprise(creditCode: "${missing}") { creditCode }`)} }`,
    },
    {
      name: 'experts, towns, providers and enterprises matching nothing, mixed',
      query: (n) =>
        `{ ${Array.from(
          { length: n },
          (_, index) =>
            [
              `x${index}: experts { id }`,
              `x${index}: towns { code }`,
              `x${index}: providers(first: 100, filter: { search: "${NOTHING}" }) ${BARE}`,
              `x${index}: enterprises(first: 100, filter: { eligible: false, search: "${NOTHING}" }) ${BARE}`,
            ][index % 4],
        ).join('\n')} }`,
    },
    {
      name: 'auditRecords(first: 100, 92 days, an actor with no changes)',
      query: (n) =>
        `{ ${aliases(n, `auditRecords(first: 100, filter: { entityType: ENTERPRISE, actorId: "nobody", from: "${from}", to: "${today}" }) ${BARE}`)} }`,
    },
    {
      // Enterprise → eligibility → reasons is as deep as the registry's types go (6 levels of 10).
      name: 'deepest the registry nests, through a fragment',
      query: (n) => `query Deep { ${aliases(n, 'enterprises(first: 100) { edges { node { ...Deep } } }')} }
        fragment Deep on Enterprise { town { code } eligibility { reasons { rule } } }`,
    },
  ];
}

/** Answered (a missing record's NOT_FOUND is an answer), refused by the read budget, or something else. */
function outcomeOf(codes: readonly string[]): string {
  if (codes.length === 0) return 'answered';
  if (codes.every((code) => code === 'REQUEST_BUDGET_EXCEEDED')) return 'refused: REQUEST_BUDGET_EXCEEDED';
  if (codes.every((code) => code.startsWith('NOT_FOUND'))) return 'answered: NOT_FOUND';
  return `ERROR ${codes.join('; ')}`;
}

interface Measured {
  readonly name: string;
  readonly calls: number;
  readonly reads: number;
  readonly p50: number;
  readonly max: number;
  /** `answered`, `refused: REQUEST_BUDGET_EXCEEDED`, or `ERROR` and what it was. */
  readonly outcome: string;
}

async function main(): Promise<void> {
  const { dynamo, close } = await benchDynamo();
  let calls = 0;
  dynamo.middlewareStack.add(
    (next) => (args) => {
      calls += 1;
      return next(args);
    },
    // After the budget's own check (initialize): a read it refuses never reaches DynamoDB.
    { step: 'build', name: 'countCalls' },
  );
  const tableName = `bench-hostile-${Date.now()}`;
  try {
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    const demo = {
      enterprises: demoEnterprises().length + certifiedDemoEnterprises().length,
      providers: demoProviders().length,
    };
    const providers = Array.from({ length: SCALE }, (_, copy) =>
      demoProviders().map((provider, index) => {
        const creditCode = demoCreditCode(80_000 + copy * 100 + index);
        return {
          ...provider,
          creditCode,
          id: providerIdFor(creditCode),
          name: `${provider.name}（${copy + 1}）`,
        };
      }),
    ).flat();
    const documents = createDocumentClient(dynamo);
    await seedDemoData(
      { enterprises: demoEnterprises(SCALE * demo.enterprises), providers },
      {
        enterprises: new DynamoEnterpriseRepository(documents, tableName),
        providers: new DynamoProviderRepository(documents, tableName),
        clock: systemClock,
      },
    );
    const { api, token } = await startBenchApi(dynamo, tableName, {
      userId: 'bench',
      role: 'ECONOMIC_COMMISSION',
    });
    const now = Date.now();
    const today = cstDate(new Date(now));
    const from = cstDate(new Date(now - 91 * 24 * 60 * 60 * 1000));

    const post = async (query: string): Promise<unknown> => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return response.json();
    };
    const run = async (query: string) => {
      const before = calls;
      const started = performance.now();
      const body = (await post(query)) as {
        errors?: { message: string; extensions?: { code?: string } }[];
        extensions?: { cost?: { dynamodbReads: number } };
      };
      const ms = performance.now() - started;
      const codes = [
        ...new Set(
          (body.errors ?? []).map((error) =>
            error.extensions?.code === 'REQUEST_BUDGET_EXCEEDED'
              ? 'REQUEST_BUDGET_EXCEEDED'
              : `${error.extensions?.code ?? ''} ${error.message.slice(0, 120)}`,
          ),
        ),
      ];
      return { ms, calls: calls - before, reads: body.extensions?.cost?.dynamodbReads ?? Number.NaN, codes };
    };

    const first = (await post(
      `{ enterprises(first: 100, filter: { search: "${NOTHING}" }) { pageInfo { endCursor } } }`,
    )) as { data?: { enterprises: { pageInfo: { endCursor: string | null } } } };
    const cursor = first.data?.enterprises.pageInfo.endCursor;
    if (!cursor) throw new Error(`no cursor: ${JSON.stringify(first)}`);

    const results: Measured[] = [];
    for (const hostile of hostileQueries(today, from, cursor)) {
      // The most aliases the limits admit (15 at most; the cost limit admits fewer of a costly field).
      let count = MAX_ALIASES;
      while (count > 1 && (await run(hostile.query(count))).codes.some((code) => /Cost limit/.test(code)))
        count -= 1;
      const query = hostile.query(count);
      await run(query); // warm-up: JIT, connections
      const runs = [];
      for (let repeat = 0; repeat < REPEATS; repeat += 1) runs.push(await run(query));
      const times = runs.map((one) => one.ms).sort((a, b) => a - b);
      const codes = [...new Set(runs.flatMap((one) => one.codes))];
      results.push({
        name: `${count}× ${hostile.name}`,
        calls: Math.max(...runs.map((one) => one.calls)),
        reads: Math.max(...runs.map((one) => one.reads)),
        p50: times[Math.floor(times.length / 2)] ?? 0,
        max: times.at(-1) ?? 0,
        outcome: outcomeOf(codes),
      });
    }
    await api.close();

    console.log(
      `hostile queries bench: ${SCALE * demo.enterprises} enterprises and ${providers.length} providers (${SCALE}× the demo's ${demo.enterprises} and ${demo.providers}) in DynamoDB Local, through the GraphQL server; read budget ${REQUEST_READ_BUDGET} per request; ${REPEATS} runs each`,
    );
    console.log(
      `  ${'query'.padEnd(78)} ${'calls'.padStart(5)} ${'reads'.padStart(5)} ${'p50 ms'.padStart(8)} ${'max ms'.padStart(8)}  outcome`,
    );
    for (const row of results) {
      console.log(
        `  ${row.name.padEnd(78)} ${String(row.calls).padStart(5)} ${String(row.reads).padStart(5)} ${row.p50.toFixed(1).padStart(8)} ${row.max.toFixed(1).padStart(8)}  ${row.outcome}`,
      );
    }
    const worst = [...results].sort((a, b) => b.reads - a.reads || b.calls - a.calls || b.max - a.max)[0];
    if (worst) {
      console.log(
        `  worst: ${worst.name}: ${worst.calls} DynamoDB calls, ${worst.reads} reads of the ${REQUEST_READ_BUDGET}-read budget (${((100 * worst.reads) / REQUEST_READ_BUDGET).toFixed(0)}%), p50 ${worst.p50.toFixed(1)} ms, max ${worst.max.toFixed(1)} ms; ${worst.outcome}`,
      );
    }
    if (results.some((row) => !(row.reads <= REQUEST_READ_BUDGET) || row.outcome.startsWith('ERROR')))
      process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
