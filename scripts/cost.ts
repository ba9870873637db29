/**
 * `npm run cost`: the monthly AWS bill of one district and of all 16 Shanghai districts on one deployment,
 * computed from measured figures (issue 19):
 * - the price table `scripts/cost/prices.json` (list prices, their date, region and where each was checked);
 * - the district's workload mix `scripts/cost/district-mix.json` (the only typed-in figures: assumptions);
 * - the synthesized templates in `cdk.out` (`npm run synth` runs first): functions, alarms, dashboards,
 *   metric filters, the state machine's definition, the web ACL, the user pool's plan;
 * - the custom metric names the code publishes (scanned from `functions/`);
 * - a recorded workload against DynamoDB Local (`scripts/cost/record.ts`): DynamoDB units, durations,
 *   answers, events, stored bytes, and the Lambda handlers' logs per request.
 *
 * Options: `--applications N` (applications walked, default 2), `--repeats N` (each read document, default 5),
 * `--from FILE` (price a saved measurement instead of recording), `--verbose`. The measurement is saved
 * to `.data/cost/measurement.json`. Exits 0 and prints PASS or FAIL for each target.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLEnumType } from 'graphql';
import { buildSchema } from 'graphql';
import { COUNTED_MUTATIONS } from '#adapters/observability/request-metrics';
import { typeDefs } from '#graphql/generated/type-defs';
import { computeBill } from './cost/bill.ts';
import { loadPriceTable, loadWorkloadMix } from './cost/inputs.ts';
import type { Measurement } from './cost/measurement.ts';
import type { SourceFile } from './cost/metric-catalogue.ts';
import { scanMetricCatalogue } from './cost/metric-catalogue.ts';
import { recordWorkload } from './cost/record.ts';
import { renderBill } from './cost/report.ts';
import type { CfnTemplate } from './cost/templates.ts';
import { flatten, readSynthesizedTemplates, templateFacts } from './cost/templates.ts';
import { FUNCTION_IDS } from './cost/bill.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (path.endsWith('.ts'))
      files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
  }
  return files;
}

/**
 * What the metric templates in the code can be: a `Rejected_${code}` any of the API's error codes (ours and
 * Apollo's, UNKNOWN for an error without one); a `Mutation_${field}` the mutations `requestMetrics` counts
 * (`COUNTED_MUTATIONS`, checked against the schema).
 */
function templateExpansions(): Record<string, string[]> {
  const schema = buildSchema(typeDefs);
  const codes = (schema.getType('ErrorCode') as GraphQLEnumType).getValues().map((value) => value.name);
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
  const unknown = COUNTED_MUTATIONS.filter((field) => !mutations.includes(field));
  if (unknown.length > 0)
    throw new Error(`COUNTED_MUTATIONS names no mutation of the schema: ${unknown.join(', ')}`);
  return {
    Rejected_: [...new Set([...codes, ...Object.values(ApolloServerErrorCode), 'UNKNOWN'])],
    Mutation_: [...COUNTED_MUTATIONS],
  };
}

/** The GraphQL function's environment as the template sets it, references replaced by placeholders. */
function graphqlEnvironment(templates: Readonly<Record<string, CfnTemplate>>): Record<string, string> {
  for (const template of Object.values(templates))
    for (const [id, resource] of Object.entries(template.Resources ?? {}))
      if (resource.Type === 'AWS::Lambda::Function' && id.startsWith(FUNCTION_IDS.graphql)) {
        const variables = (
          resource.Properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined
        )?.Variables;
        return Object.fromEntries(
          Object.entries(variables ?? {}).map(([name, value]) => [name, flatten(value)]),
        );
      }
  throw new Error('no GraphQL function in the templates');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      applications: { type: 'string', default: '2' },
      repeats: { type: 'string', default: '5' },
      from: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const prices = loadPriceTable();
  const mix = loadWorkloadMix();
  const templates = readSynthesizedTemplates(join(root, 'cdk.out'));
  const facts = templateFacts(templates);
  const catalogue = scanMetricCatalogue(sourceFiles(join(root, 'functions')), templateExpansions());

  let measurement: Measurement;
  if (values.from !== undefined) {
    measurement = JSON.parse(readFileSync(values.from, 'utf8')) as Measurement;
    console.error(`pricing the measurement in ${values.from} (recorded ${measurement.recordedAt})`);
  } else {
    const applications = Number(values.applications);
    const repeats = Number(values.repeats);
    if (!Number.isInteger(applications) || applications < 2)
      throw new Error(
        '--applications must be a whole number of at least 2 (one stops in publicity for the reads)',
      );
    if (!Number.isInteger(repeats) || repeats < 1)
      throw new Error('--repeats must be a positive whole number');
    measurement = await recordWorkload({
      applications,
      readRepeats: repeats,
      registryEnterprises: mix.registryEnterprises,
      readDocuments: Object.keys(mix.reads.shares),
      graphqlEnvironment: graphqlEnvironment(templates),
      log: (line) => console.error(`[record] ${line}`),
    });
    const saved = join(root, '.data', 'cost', 'measurement.json');
    mkdirSync(dirname(saved), { recursive: true });
    writeFileSync(saved, `${JSON.stringify(measurement, null, 2)}\n`);
    console.error(`[record] saved ${relative(root, saved)}`);
  }

  const inputs = { prices, mix, facts, catalogue, measurement };
  const one = computeBill(inputs, 1);
  const shared = computeBill(inputs, mix.deployment.districts);
  console.log(renderBill({ one, shared, prices, mix, measurement, verbose: values.verbose }));
}

main().then(
  // Exits rather than waits for the event loop to empty: the recording leaves executions waiting (a
  // project in publicity, stages awaiting a decision), and the local Step Functions runner keeps a timer
  // for each running task state, which nothing can clear (issue 19: npm run cost never returned). The
  // recording's own resources (the local API, DynamoDB Local) are closed by then.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
