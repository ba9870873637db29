import { describe, expect, it } from 'vitest';
import { accessLogBytes, computeBill, intelligentTieringShares } from '../../../scripts/cost/bill.ts';
import type { BillInputs } from '../../../scripts/cost/bill.ts';
import { loadPriceTable, loadWorkloadMix, unitPrice } from '../../../scripts/cost/inputs.ts';
import type { Measurement, PhaseRecord } from '../../../scripts/cost/measurement.ts';
import type { FunctionFacts, TemplateFacts } from '../../../scripts/cost/templates.ts';

const fn = (logicalId: string, memoryMb = 1024): FunctionFacts => ({
  logicalId,
  memoryMb,
  architecture: 'arm64',
  tracing: 'Active',
  logRetentionDays: 180,
  publishesMetrics: true,
});

const FACTS: TemplateFacts = {
  stacks: ['Stateless'],
  functions: [
    fn('GraphqlFunctionAAAAAAAA'),
    fn('WorkflowTaskFunctionAAAAAAAA'),
    fn('CertificationImportsFunctionAAAAAAAA', 2048),
    fn('DomainEventsEnrichmentFunctionAAAAAAAA', 512),
    fn('SeedReferenceDataFunctionAAAAAAAA'),
  ],
  alarms: [{ logicalId: 'A', metrics: 7, highResolution: false, metricNames: [] }],
  dashboards: [
    {
      logicalId: 'D',
      metrics: 2,
      body: JSON.stringify({
        widgets: [
          { properties: { metrics: [['SmartFactoryAwards', 'Mutation_draftApplication', 'service', 's']] } },
        ],
      }),
    },
  ],
  metricFilters: [],
  stateMachines: [
    {
      logicalId: 'M',
      definition: {
        StartAt: 'Route',
        States: {
          Route: {
            Type: 'Choice',
            Choices: [{ Variable: '$.path', StringEquals: 'REVIEWED', Next: 'Work' }],
            Default: 'Done',
          },
          Work: { Type: 'Task', Next: 'Done' },
          Done: { Type: 'Succeed' },
        },
      },
      tracing: true,
      logLevel: 'ALL',
      includeExecutionData: false,
      logRetentionDays: 180,
    },
  ],
  webAcls: [{ logicalId: 'Acl', rules: 2 }],
  apiStages: [
    { kind: 'http', accessLogFormat: '{"status":"$context.status"}', tracing: false, logRetentionDays: 180 },
  ],
  userPools: [{ logicalId: 'Pool', plan: 'ESSENTIALS' }],
  kmsKeys: 1,
  queues: 0,
  pipes: [],
  busRules: [],
  streamConsumers: [],
  schedules: [],
  buckets: 0,
  samplingRules: [],
};

const phase = (domainEvents: number): PhaseRecord => ({
  domainEvents,
  eventsByKind: {},
  auditRecords: domainEvents,
  auditBytes: 0,
  filteredRecords: domainEvents,
  storedBytes: 0,
});

const MEASUREMENT: Measurement = {
  version: 1,
  recordedAt: '2026-11-30T00:00:00.000Z',
  machine: 'test',
  node: 'v22',
  commit: 'abc',
  applications: 2,
  operations: [
    {
      name: 'draftApplication',
      phase: 'application',
      kind: 'mutation',
      route: 'private',
      calls: 2,
      refused: 0,
      readUnits: 1,
      writeUnits: 4,
      dynamoRequests: 4,
      durationMs: 40,
      responseBytes: 200,
      uploads: 0,
    },
    {
      name: 'ProjectStatus',
      phase: 'read',
      kind: 'query',
      route: 'private',
      calls: 4,
      refused: 0,
      readUnits: 2,
      writeUnits: 8,
      dynamoRequests: 8,
      durationMs: 40,
      responseBytes: 400,
      uploads: 0,
    },
  ],
  phases: { year: phase(0), application: phase(2), read: phase(0), import: phase(0) },
  import: { lines: 0, awardsCreated: 0, durationMs: 0 },
  graphqlHandler: { platformBytes: 300, platformLines: 3, samples: [] },
  enrichment: { invocations: 1, logBytes: 100, logLines: 1, durationMs: 5 },
  logCompressionRatio: 0.1,
};

function inputs(): BillInputs {
  const mix = loadWorkloadMix();
  return {
    prices: loadPriceTable(),
    mix: { ...mix, reads: { shares: { ProjectStatus: 1 } } },
    facts: FACTS,
    catalogue: {
      metrics: [
        { name: 'Mutation_draftApplication', at: 'x:1' },
        { name: 'Rejected_FORBIDDEN', at: 'x:2' },
      ],
      dimensionSets: [['service']],
      unexpanded: [],
    },
    measurement: MEASUREMENT,
  };
}

const lineOf = (bill: ReturnType<typeof computeBill>, item: string) => {
  const found = bill.lines.find((entry) => entry.item.startsWith(item));
  if (found === undefined) throw new Error(`no line ${item}`);
  return found;
};

describe('the monthly bill', () => {
  it('scales what an application measured by the applications of a month, and fills the rest of the calls with page views', () => {
    // Prepare
    const input = inputs();
    const applications = 500 / 12;
    const calls = 20_000 * input.mix.daysPerMonth;
    // Act
    const bill = computeBill(input, 1);
    // Assess: each application drafts once (2 calls for 2 applications), 2 WRU a draft, 2 WRU a page view.
    expect(bill.workload.lifecycleCalls).toBeCloseTo(applications, 6);
    expect(bill.workload.apiCalls).toBeCloseTo(calls, 6);
    expect(lineOf(bill, 'write request units').quantity).toBeCloseTo(
      applications * 2 + (calls - applications) * 2,
      3,
    );
    expect(lineOf(bill, 'HTTP API').quantity).toBeCloseTo(calls, 3);
  });

  it('prices each line from the price table, and keeps the edge protection on its own', () => {
    const { prices } = inputs();
    const bill = computeBill(inputs(), 1);
    const acl = lineOf(bill, '1 web ACL');
    expect(acl.edge).toBe(true);
    expect(acl.usd).toBeCloseTo(unitPrice(prices, 'waf.webAcl') + 2 * unitPrice(prices, 'waf.rule'), 9);
    expect(lineOf(bill, '1 alarms').usd).toBeCloseTo(7 * 0.1, 9);
    expect(bill.excludingEdgeUsd + bill.edgeUsd).toBeCloseTo(bill.totalUsd, 9);
  });

  it('for 16 districts adds up their load and pays the deployment’s fixed costs once', () => {
    const one = computeBill(inputs(), 1);
    const sixteen = computeBill(inputs(), 16);
    expect(lineOf(sixteen, 'HTTP API').usd).toBeCloseTo(16 * lineOf(one, 'HTTP API').usd, 6);
    expect(lineOf(sixteen, '1 web ACL').usd).toBe(lineOf(one, '1 web ACL').usd);
    expect(lineOf(sixteen, '1 dashboard').usd).toBe(lineOf(one, '1 dashboard').usd);
    expect(sixteen.perDistrictUsd).toBeCloseTo(sixteen.totalUsd / 16, 9);
    expect(sixteen.perDistrictUsd).toBeLessThan(one.totalUsd);
  });

  it('bills a custom metric by the hours it is sent in, and knows which ones no alarm or dashboard reads', () => {
    const bill = computeBill(inputs(), 1);
    const drafted = bill.metrics.find((metric) => metric.name === 'Mutation_draftApplication');
    const refused = bill.metrics.find((metric) => metric.name === 'Rejected_FORBIDDEN');
    expect(drafted).toMatchObject({ inUse: true });
    expect(drafted?.activeHours).toBeLessThan(500 / 12);
    expect(refused).toMatchObject({ inUse: false });
    expect(refused?.eventsPerMonth).toBeCloseTo(20_000 * inputs().mix.daysPerMonth * 0.001, 6);
  });

  it('in an account of its own, takes each perpetual free allowance off once (the dashboard, 10 alarm metrics, Cognito’s 10,000 MAU)', () => {
    const bill = computeBill(inputs(), 1);
    const saved = bill.totalUsd - bill.withFreeAllowances.totalUsd;
    expect(lineOf(bill, 'monthly active users').usd).toBeGreaterThan(0);
    expect(saved).toBeGreaterThanOrEqual(3 + 0.7 + lineOf(bill, 'monthly active users').usd - 1e-9);
  });

  it('without the dashboard, bills none of the code’s metrics and says what turning it on would add (issue 19)', () => {
    const withDashboard = computeBill(inputs(), 1);
    const base = inputs();
    const bill = computeBill(
      {
        ...base,
        facts: {
          ...base.facts,
          dashboards: [],
          functions: base.facts.functions.map((f) => ({ ...f, publishesMetrics: false })),
        },
      },
      1,
    );
    expect(lineOf(bill, 'no dashboard').usd).toBe(0);
    expect(lineOf(bill, 'custom metrics').usd).toBe(0);
    expect(bill.metrics).toEqual([]);
    const codeMetrics = withDashboard.metrics.reduce((total, metric) => total + metric.usd, 0);
    expect(codeMetrics).toBeGreaterThan(0);
    expect(bill.dashboardOptIn).toEqual({
      dashboardUsd: 3,
      metricsUsd: codeMetrics,
      metricNames: 2,
    });
    expect(withDashboard.totalUsd - bill.totalUsd).toBeCloseTo(3 + codeMetrics, 9);
    expect(withDashboard.dashboardOptIn).toBeUndefined();
  });

  describe('attachments in S3 Intelligent-Tiering (issue 19)', () => {
    // Two files an application: 4 uploads over the 2 applications recorded.
    const withUploads = (attachmentBytes: number): BillInputs => {
      const base = inputs();
      const [draft, ...rest] = base.measurement.operations;
      if (draft === undefined) throw new Error('no operation');
      return {
        ...base,
        mix: { ...base.mix, attachmentBytes },
        measurement: { ...base.measurement, operations: [{ ...draft, uploads: 4 }, ...rest] },
      };
    };

    it('puts files written evenly over 5 years in the tiers their age gives them, none read after its first days', () => {
      // Worked by hand: 5 years of 365.25 days are 1,826.25 days; under 30 days old 30/1,826.25, 30 to 90
      // days 60/1,826.25, older 1,736.25/1,826.25.
      const shares = intelligentTieringShares(5);
      expect(shares.frequent).toBeCloseTo(0.016427, 6);
      expect(shares.infrequent).toBeCloseTo(0.032854, 6);
      expect(shares.archiveInstant).toBeCloseTo(0.950719, 6);
      // Within the first 30 days of the service everything is still in Frequent Access.
      expect(intelligentTieringShares(20 / 365.25)).toEqual({
        frequent: 1,
        infrequent: 0,
        archiveInstant: 0,
      });
    });

    it('prices 5 years of a district’s files at each tier’s rate, plus monitoring and one transition an upload', () => {
      const bill = computeBill(withUploads(2_000_000), 1);
      const attachments = lineOf(bill, 'attachments after 5 years');
      // Worked by hand: 2 files × 500 applications × 5 years = 5,000 files of 2 MB, 10 GB.
      // Storage 10 × (30 × 0.023 + 60 × 0.0125 + 1,736.25 × 0.004) / 1,826.25 = 10 × 8.385 / 1,826.25
      // = 0.0459138; monitoring 5,000 × 0.0025 / 1,000 = 0.0125; transitions 1,000 / 12 a month
      // × 0.01 / 1,000 = 0.0008333. In S3 Standard it was 10 × 0.023 = 0.23.
      expect(attachments.quantity).toBeCloseTo(10, 9);
      expect(attachments.usd).toBeCloseTo(0.059247, 6);
      expect(attachments.basis).toBe('estimated');
      expect(attachments.item).toBe('attachments after 5 years (2 an application), auto-tiered');
      expect(
        computeBill(withUploads(2_000_000), 16).lines.find((l) => l.item === attachments.item)?.usd,
      ).toBeCloseTo(16 * 0.059247, 5);
    });

    it('keeps files under 128 KB at S3 Standard’s rate, unmonitored and not transitioned', () => {
      const attachments = lineOf(computeBill(withUploads(100_000), 1), 'attachments after 5 years');
      // 5,000 files of 100 kB: 0.5 GB × 0.023.
      expect(attachments.charges).toEqual([{ price: 's3.storage', units: 0.5 }]);
      expect(attachments.usd).toBeCloseTo(0.0115, 9);
    });
  });

  it('sizes an access log line from the stage’s format', () => {
    expect(accessLogBytes('{"status":"$context.status","ip":"$context.identity.sourceIp"}')).toBe(
      Buffer.byteLength('{"status":"200","ip":"203.0.113.9"}'),
    );
  });
});
