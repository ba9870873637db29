/**
 * `npm run bench`: DynamoDB requests per `enterprises(first: N)` page with nested town and eligibility,
 * against DynamoDB Local through the real GraphQL server. The nested fields must batch (DataLoader), so
 * a page of 100 costs about what a page of 10 does: the ratio must stay ≤ 1.5.
 */
import { performance } from 'node:perf_hooks';
import { createDocumentClient } from '#adapters/dynamodb/client';
import { DynamoEnterpriseRepository } from '#adapters/dynamodb/enterprise-repository';
import { DynamoProviderRepository } from '#adapters/dynamodb/provider-repository';
import { systemClock } from '#domain/clock';
import { seedDemoData } from '#use-cases/registry/seed-demo-data';
import { demoEnterprises } from '../local/demo-data.ts';
import { benchDynamo, startBenchApi } from './dynamodb.ts';
import { prepareDatabase } from '../local/local-api.ts';

const ENTERPRISES = 300;
const REPEATS = 20;
const QUERY = `query Page($first: Int!) {
  enterprises(first: $first) { edges { node { creditCode name town { code name } eligibility { eligible reasons { rule message } } } } pageInfo { hasNextPage } }
}`;

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
  const tableName = `bench-${Date.now()}`;
  try {
    await prepareDatabase(dynamo, tableName, { demo: false, demoPolicy: true, clock: systemClock });
    const documents = createDocumentClient(dynamo);
    await seedDemoData(
      { enterprises: demoEnterprises(ENTERPRISES), providers: [] },
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

    const measure = async (first: number) => {
      const counts: number[] = [];
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i += 1) {
        const before = requests;
        const started = performance.now();
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY, variables: { first } }),
        });
        const body = (await response.json()) as {
          data?: { enterprises: { edges: unknown[] } };
          errors?: unknown;
        };
        times.push(performance.now() - started);
        counts.push(requests - before);
        if (body.errors || body.data?.enterprises.edges.length !== first)
          throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
      }
      times.sort((a, b) => a - b);
      return {
        requests: Math.max(...counts),
        p50: times[Math.floor(times.length / 2)] ?? 0,
        max: times.at(-1) ?? 0,
      };
    };

    await measure(10); // warm-up: JIT, connections
    const ten = await measure(10);
    const hundred = await measure(100);
    const ratio = hundred.requests / ten.requests;
    await api.close();

    console.log(
      `registry bench: ${ENTERPRISES} enterprises in DynamoDB Local, ${REPEATS} requests per size, nested town + eligibility`,
    );
    console.log(
      `  enterprises(first: 10):  ${ten.requests} DynamoDB requests, p50 ${ten.p50.toFixed(1)} ms, max ${ten.max.toFixed(1)} ms`,
    );
    console.log(
      `  enterprises(first: 100): ${hundred.requests} DynamoDB requests, p50 ${hundred.p50.toFixed(1)} ms, max ${hundred.max.toFixed(1)} ms`,
    );
    console.log(`  requests ratio (100 vs 10): ${ratio.toFixed(2)} (must be ≤ 1.5)`);
    if (ratio > 1.5) process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
