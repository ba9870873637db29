import { describe, expect, it } from 'vitest';
import { isInUse, metricsInUse, scanMetricCatalogue } from '../../../scripts/cost/metric-catalogue.ts';

const FILES = [
  {
    path: 'functions/adapters/observability/powertools.ts',
    text: 'export const metrics = new Metrics({ namespace: NS, serviceName: SERVICE });\nexport function count(name: string) {}',
  },
  {
    path: 'functions/handlers/graphql.ts',
    text: [
      'rejected: (code) => count(`Rejected_${code}`),',
      "count('Rejected_BODY_TOO_LARGE');",
      'mutated: (field) => count(`Mutation_${field}`),',
    ].join('\n'),
  },
  { path: 'functions/use-cases/payments/results.ts', text: "ports.telemetry.count('PaymentsPaid');" },
  { path: 'functions/handlers/other.ts', text: 'count(`Dynamic_${kind}_x`);' },
  { path: 'functions/graphql/generated/types.ts', text: "count('Generated')" },
];

describe('custom metric names scanned from the code', () => {
  it('finds literal names and expands templates over what they can hold; Powertools adds the service dimension', () => {
    const catalogue = scanMetricCatalogue(FILES, {
      Rejected_: ['FORBIDDEN', 'CONFLICT'],
      Mutation_: ['draftApplication'],
    });
    expect(catalogue.metrics.map((metric) => metric.name)).toEqual([
      'Mutation_draftApplication',
      'PaymentsPaid',
      'Rejected_BODY_TOO_LARGE',
      'Rejected_CONFLICT',
      'Rejected_FORBIDDEN',
    ]);
    expect(catalogue.metrics.find((metric) => metric.name === 'PaymentsPaid')?.at).toBe(
      'functions/use-cases/payments/results.ts:1',
    );
    expect(catalogue.dimensionSets).toEqual([['service']]);
  });

  it('reports a template it cannot expand instead of guessing its names', () => {
    const catalogue = scanMetricCatalogue(FILES, { Rejected_: [], Mutation_: [] });
    expect(catalogue.unexpanded).toEqual(['Dynamic_${kind}_x (functions/handlers/other.ts:1)']);
  });

  it('counts every dimension the code adds as a dimension set of its own', () => {
    const catalogue = scanMetricCatalogue(
      [...FILES, { path: 'functions/x.ts', text: "metrics.addDimension('town', town);" }],
      { Rejected_: [], Mutation_: [] },
    );
    expect(catalogue.dimensionSets).toEqual([['service'], ['service', 'town']]);
  });

  it('knows the names an alarm or a dashboard reads, SEARCH prefixes included', () => {
    const body = JSON.stringify({
      widgets: [
        {
          properties: {
            metrics: [
              [{ expression: "SUM(SEARCH('{NS,service} MetricName=~\"^Rejected_\"', 'Sum', 300))" }],
              ['NS', 'PaidFen', 'service', 's'],
              ['AWS/Lambda', 'Errors'],
            ],
          },
        },
      ],
    });
    const inUse = metricsInUse('NS', ['NS/StagesOverdue', 'AWS/SQS/Depth'], [body]);
    expect([...inUse.names].sort()).toEqual(['PaidFen', 'StagesOverdue']);
    expect(inUse.prefixes).toEqual(['Rejected_']);
    expect(isInUse('Rejected_FORBIDDEN', inUse)).toBe(true);
    expect(isInUse('Mutation_draftApplication', inUse)).toBe(false);
  });
});
