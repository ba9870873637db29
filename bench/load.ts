/**
 * `npm run bench` (part 5): a bounded load test of the local server on loopback — a fixed number of
 * requests, 10 connections, mixed reads (an enterprise list with eligibility, the public publicity list,
 * the towns) and writes (each registers its own enterprise). Reports throughput, p50/p99 latency and
 * errors; there must be no 5xx, and every write answered as done must be in the table exactly once.
 */
import autocannon from 'autocannon';
import { optionalEnv } from '#config/env';
import { systemClock } from '#domain/clock';
import { demoCreditCode, demoEnterprises } from '../local/demo-data.ts';
import { benchDynamo, startBenchApi } from './dynamodb.ts';
import { prepareDatabase } from '../local/local-api.ts';

/** A complete enterprise record to vary: the first of the demo registry. */
const TEMPLATE = demoEnterprises(1)[0];
const REQUESTS = Number(optionalEnv(process.env, 'BENCH_LOAD_REQUESTS') ?? 2_000);
const READS = [
  '{ enterprises(first: 20) { edges { node { creditCode name eligibility { eligible reasons { rule } } } } } }',
  '{ publicity(first: 20) { edges { node { projectId title } } } }',
  '{ towns { code name } }',
];

async function main(): Promise<void> {
  const { dynamo, close } = await benchDynamo();
  const tableName = `bench-load-${Date.now()}`;
  try {
    await prepareDatabase(dynamo, tableName, { demo: true, clock: systemClock });
    const { api, token } = await startBenchApi(dynamo, tableName, {
      userId: 'load',
      role: 'ECONOMIC_COMMISSION',
    });
    let writes = 0;
    const written: string[] = [];
    const failedWrites: string[] = [];
    const result = await autocannon({
      url: api.url,
      connections: 10,
      amount: REQUESTS,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (request) => {
            const n = writes;
            writes += 1;
            // One write in four: a new enterprise, its own credit code.
            if (n % 4 === 3) {
              const creditCode = demoCreditCode(500_000 + n);
              return {
                ...request,
                body: JSON.stringify({
                  query:
                    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
                  variables: {
                    input: { ...TEMPLATE, creditCode, name: `上海压测${n}有限公司` },
                  },
                }),
              };
            }
            return { ...request, body: JSON.stringify({ query: READS[n % 3] }) };
          },
          onResponse: (status, body) => {
            const parsed = JSON.parse(body) as {
              data?: { createEnterprise?: { creditCode: string } };
              errors?: unknown[];
            };
            if (parsed.data?.createEnterprise) written.push(parsed.data.createEnterprise.creditCode);
            else if (body.includes('createEnterprise') || (parsed.errors && status >= 500))
              failedWrites.push(body.slice(0, 200));
          },
        },
      ],
    });
    // Every write answered as done is in the table once.
    let stored = 0;
    for (const creditCode of new Set(written)) {
      const { body } = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ enterprise(creditCode: "${creditCode}") { creditCode } }` }),
      }).then(async (response) => ({
        body: (await response.json()) as { data?: { enterprise?: { creditCode: string } } },
      }));
      if (body.data?.enterprise?.creditCode === creditCode) stored += 1;
    }
    await api.close();
    const fiveHundreds = result['5xx'];
    console.log(`load test: ${result.requests.total} requests on loopback, 10 connections, 1 write in 4`);
    console.log(
      `  throughput ${result.requests.average.toFixed(0)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, 5xx ${fiveHundreds}`,
    );
    console.log(
      `  writes answered done: ${written.length} (distinct ${new Set(written).size}), found in the table: ${stored}, failed: ${failedWrites.length}`,
    );
    if (
      fiveHundreds > 0 ||
      result.errors > 0 ||
      stored !== written.length ||
      new Set(written).size !== written.length ||
      failedWrites.length > 0
    )
      process.exitCode = 1;
  } finally {
    await close();
  }
}

await main();
