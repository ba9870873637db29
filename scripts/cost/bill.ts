import type { SamplingRule, TrafficShape } from './activity.ts';
import { activeHours, HOURS_PER_MONTH, tracedPerMonth } from './activity.ts';
import type { PriceKey, PriceTable, WorkloadMix } from './inputs.ts';
import { isConfirmed, unitPrice } from './inputs.ts';
import type { MetricCatalogue } from './metric-catalogue.ts';
import { isInUse, metricsInUse } from './metric-catalogue.ts';
import type { Measurement, OperationRecord, PhaseRecord } from './measurement.ts';
import type { PathProfile } from './state-machine.ts';
import { NORMAL_PATHS, pathProfile } from './state-machine.ts';
import type { FunctionFacts, TemplateFacts } from './templates.ts';
import { runsPerMonth } from './templates.ts';

/**
 * The monthly bill: the measured workload scaled by the district's mix and priced by the price table, for
 * one district or for `districts` of them on one deployment (their load added up; the deployment's fixed
 * costs — alarms, the dashboard, the web ACL, the key, the stream's polling — paid once). Every line says
 * where its quantity comes from. The bill counts no free allowance; `withFreeAllowances` is the same bill
 * for a deployment in an account of its own (each price's perpetual allowance taken off once).
 */

export const CUSTOM_NAMESPACE = 'SmartFactoryAwards';
const GB = 1e9;

/** Where a quantity comes from: measured in the recorded run, read from the templates or the code, or assumed. */
export type Basis = 'measured' | 'template' | 'code' | 'mix' | 'proxy' | 'estimated';

export interface Charge {
  readonly price: PriceKey;
  /** In the price's unit (requests, GB-s, GB-month…). */
  readonly units: number;
}

export interface BillLine {
  readonly service: string;
  readonly item: string;
  readonly quantity: number;
  readonly unit: string;
  readonly charges: readonly Charge[];
  readonly usd: number;
  readonly basis: Basis;
  /** Priced with a price that is unverified or estimated (prices.json). */
  readonly unverifiedPrice: boolean;
  /** The edge protection of the public route (the web ACL): reported on its own line. */
  readonly edge: boolean;
  readonly note?: string;
}

export interface MetricCost {
  readonly name: string;
  readonly source: 'code' | 'metric filter';
  readonly eventsPerMonth: number;
  readonly activeHours: number;
  readonly usd: number;
  readonly inUse: boolean;
  /** How its events per month were found. */
  readonly driver: string;
}

export interface BillTotals {
  readonly totalUsd: number;
  readonly edgeUsd: number;
  readonly excludingEdgeUsd: number;
  readonly perDistrictUsd: number;
}

export interface Bill extends BillTotals {
  readonly districts: number;
  readonly lines: readonly BillLine[];
  readonly metrics: readonly MetricCost[];
  /** The same bill in an account of its own: each price's free allowance taken off once. */
  readonly withFreeAllowances: BillTotals;
  readonly workload: {
    readonly apiCalls: number;
    readonly privateCalls: number;
    readonly publicCalls: number;
    readonly lifecycleCalls: number;
    readonly executions: number;
    readonly transitionsPerReviewedProject: number;
    readonly traces: number;
    readonly metricNames: number;
    readonly alarmMetrics: number;
    readonly logGb: number;
    readonly invocations: Readonly<Record<string, number>>;
  };
  readonly notes: readonly string[];
  /**
   * What the `Operations` dashboard would add, when the templates have none (context `operationsDashboard`
   * off): the dashboard, and the code's custom metrics, which the functions publish only with it.
   */
  readonly dashboardOptIn?: {
    readonly dashboardUsd: number;
    readonly metricsUsd: number;
    readonly metricNames: number;
  };
}

export interface BillInputs {
  readonly prices: PriceTable;
  readonly mix: WorkloadMix;
  readonly facts: TemplateFacts;
  readonly catalogue: MetricCatalogue;
  readonly measurement: Measurement;
}

/** The service's functions by the logical id CDK gives them (a rename in infra/ fails here, loudly). */
export const FUNCTION_IDS = {
  graphql: 'GraphqlFunction',
  workflowTask: 'WorkflowTaskFunction',
  import: 'CertificationImportsFunction',
  enrichment: 'DomainEventsEnrichmentFunction',
  seed: 'SeedReferenceDataFunction',
} as const;
/** Functions CDK adds that run only while deploying (custom resources). */
const DEPLOY_TIME = /^(AWSCDK|BucketNotificationsHandler|CustomResourceProvider)/;

interface ScaledOperation {
  readonly record: OperationRecord;
  readonly monthly: number;
}

/** A value for `placeholder` in an access log format, as API Gateway would fill it in. */
const ACCESS_LOG_SAMPLE: Readonly<Record<string, string>> = {
  '$context.requestId': 'c2b1f6e4-7a3d-4e59-9d5f-2f8f1b0a6c31',
  '$context.identity.sourceIp': '203.0.113.9',
  '$context.requestTime': '30/Nov/2026:10:00:00 +0800',
  '$context.routeKey': 'POST /graphql',
  '$context.httpMethod': 'POST',
  '$context.resourcePath': '/graphql',
  '$context.status': '200',
  '$context.integrationLatency': '48',
  '$context.authorizer.claims.sub': '9c3f1e0a-5b7d-4c2e-8f6a-1d2e3f4a5b6c',
  '$context.wafResponseCode': 'WAF_ALLOW',
};

/** One access log line's bytes: the stage's format with typical values. */
export function accessLogBytes(format: string): number {
  const line = format.replace(
    /\$context(\.[A-Za-z]+)+/g,
    (placeholder) => ACCESS_LOG_SAMPLE[placeholder] ?? 'value',
  );
  return Buffer.byteLength(line);
}

/**
 * S3 Intelligent-Tiering's automatic tiers: a file not read for 30 consecutive days is billed at the
 * Infrequent Access rate, for 90 at the Archive Instant Access rate (the optional archive tiers, which need
 * a restore, are off: infra/constructs/attachments-bucket.ts). Smaller objects are neither transitioned by
 * a lifecycle rule nor monitored: they stay at S3 Standard's rate.
 */
export const INTELLIGENT_TIERING = {
  infrequentAfterDays: 30,
  archiveInstantAfterDays: 90,
  minBytes: 128 * 1024,
} as const;
/** A year of the bill: 365.25 days, twelve of the mix's 30.4375-day months. */
const DAYS_PER_YEAR = 365.25;

export interface TierShares {
  readonly frequent: number;
  readonly infrequent: number;
  readonly archiveInstant: number;
}

/**
 * Where files written evenly over `years` are at the end of the last one, if none is read after its first
 * days: their ages are spread evenly from 0 to `years` × 365.25 days, and each is in the tier its age (days
 * without a read) puts it in. For 5 years (1,826.25 days): 30/1,826.25 in Frequent Access, 60/1,826.25 in
 * Infrequent Access, the rest in Archive Instant Access.
 */
export function intelligentTieringShares(years: number): TierShares {
  const days = years * DAYS_PER_YEAR;
  const younger = (age: number): number => Math.min(age, days) / days;
  return {
    frequent: younger(INTELLIGENT_TIERING.infrequentAfterDays),
    infrequent:
      younger(INTELLIGENT_TIERING.archiveInstantAfterDays) - younger(INTELLIGENT_TIERING.infrequentAfterDays),
    archiveInstant: 1 - younger(INTELLIGENT_TIERING.archiveInstantAfterDays),
  };
}

const sum = <T>(items: readonly T[], value: (item: T) => number): number =>
  items.reduce((total, item) => total + value(item), 0);

/** Totals of `lines` with each price's free allowance taken off once across them. */
export function totalsWithFreeAllowances(
  lines: readonly BillLine[],
  prices: PriceTable,
  districts: number,
  eligible: (price: PriceKey) => boolean = () => true,
): BillTotals {
  const left = new Map<PriceKey, number>();
  const usdOf = (entry: BillLine): number =>
    sum(entry.charges, (charge) => {
      const allowance = eligible(charge.price) ? (prices.prices[charge.price].freePerMonth?.units ?? 0) : 0;
      const remaining = left.get(charge.price) ?? allowance;
      const free = Math.min(remaining, charge.units);
      left.set(charge.price, remaining - free);
      return (charge.units - free) * unitPrice(prices, charge.price);
    });
  const costs = lines.map((entry) => ({ entry, usd: usdOf(entry) }));
  const totalUsd = sum(costs, ({ usd }) => usd);
  const edgeUsd = sum(
    costs.filter(({ entry }) => entry.edge),
    ({ usd }) => usd,
  );
  return { totalUsd, edgeUsd, excludingEdgeUsd: totalUsd - edgeUsd, perDistrictUsd: totalUsd / districts };
}

export function computeBill(inputs: BillInputs, districts: number): Bill {
  const { prices, mix, facts, catalogue, measurement } = inputs;
  const lines: BillLine[] = [];
  const notes: string[] = [];
  const shape: TrafficShape = {
    busyHoursPerMonth: mix.traffic.busyHoursPerMonth,
    shareInBusyHours: mix.traffic.shareInBusyHours,
  };
  const sampling: SamplingRule = mix.awsBehaviour.xRaySampling;
  const p = (key: PriceKey): number => unitPrice(prices, key);
  const line = (
    service: string,
    item: string,
    quantity: number,
    unit: string,
    charges: readonly Charge[],
    basis: Basis,
    extra: { edge?: boolean; note?: string } = {},
  ): void => {
    lines.push({
      service,
      item,
      quantity,
      unit,
      charges,
      usd: sum(charges, (charge) => charge.units * p(charge.price)),
      basis,
      unverifiedPrice: charges.some((charge) => !isConfirmed(prices, charge.price)),
      edge: extra.edge ?? false,
      ...(extra.note === undefined ? {} : { note: extra.note }),
    });
  };

  // The workload of a month.
  const K = measurement.applications;
  const applications = (mix.applicationsPerYear / 12) * districts;
  const imports = (mix.certificationImportsPerYear / 12) * districts;
  const scale = (record: OperationRecord): number => {
    switch (record.phase) {
      case 'application':
        return (record.calls / K) * applications;
      case 'year':
        return (record.calls / 12) * districts;
      case 'import':
        return record.calls * imports;
      case 'read':
        return 0; // below, from the calls left to page views
    }
  };
  const recorded = measurement.operations;
  const lifecycle: ScaledOperation[] = recorded
    .filter((record) => record.phase !== 'read')
    .map((record) => ({ record, monthly: scale(record) }));
  const apiCalls = mix.apiCallsPerDay * mix.daysPerMonth * districts;
  const lifecycleCalls = sum(
    lifecycle.filter(({ record }) => record.kind !== 'time'),
    ({ monthly }) => monthly,
  );
  const readCalls = Math.max(0, apiCalls - lifecycleCalls);
  const reads: ScaledOperation[] = Object.entries(mix.reads.shares).map(([name, share]) => {
    const record = recorded.find((candidate) => candidate.phase === 'read' && candidate.name === name);
    if (record === undefined) throw new Error(`the recorded run has no read ${name}: record again`);
    return { record, monthly: readCalls * share };
  });
  const operations = [...lifecycle, ...reads];
  const apiOperations = operations.filter(({ record }) => record.kind !== 'time');
  const perCall = (scaled: ScaledOperation, value: (record: OperationRecord) => number): number =>
    scaled.record.calls === 0 ? 0 : (value(scaled.record) / scaled.record.calls) * scaled.monthly;
  const callsOn = (route: OperationRecord['route']): number =>
    sum(
      apiOperations.filter(({ record }) => record.route === route),
      ({ monthly }) => monthly,
    );
  const privateCalls = callsOn('private');
  const publicCalls = callsOn('public');
  const refusedCalls = apiCalls * sum(Object.values(mix.refusals.shares), (share) => share);
  const mutationCalls = sum(
    apiOperations.filter(({ record }) => record.kind === 'mutation'),
    ({ monthly }) => monthly,
  );
  const perPhase = (value: (phase: PhaseRecord) => number): number =>
    (value(measurement.phases.application) / K) * applications +
    (value(measurement.phases.year) / 12) * districts +
    value(measurement.phases.import) * imports;
  const domainEvents = perPhase((phase) => phase.domainEvents);
  const filteredRecords = perPhase((phase) => phase.filteredRecords);
  const auditRecords = perPhase((phase) => phase.auditRecords);
  const eventsOf = (kinds: readonly string[]): number =>
    perPhase((phase) => sum(kinds, (kind) => phase.eventsByKind[kind] ?? 0));

  // The workflow: executions per path, from the synthesized definition.
  const machine = facts.stateMachines[0];
  if (machine === undefined || facts.stateMachines.length > 1)
    throw new Error('the bill models exactly one state machine');
  const reviewed: PathProfile = pathProfile(machine.definition, NORMAL_PATHS.REVIEWED);
  const automatic: PathProfile = pathProfile(machine.definition, NORMAL_PATHS.AUTOMATIC);
  const automaticProjects = measurement.import.awardsCreated * imports;
  const executions = applications + automaticProjects;
  const transitions = applications * reviewed.transitions + automaticProjects * automatic.transitions;
  const workflowInvocations = applications * reviewed.lambdaTasks + automaticProjects * automatic.lambdaTasks;

  // Functions from the template, and what invokes each.
  const fn = (id: string): FunctionFacts => {
    const found = facts.functions.find((candidate) => candidate.logicalId.startsWith(id));
    if (found === undefined) throw new Error(`no function ${id}… in the templates`);
    return found;
  };
  const graphql = fn(FUNCTION_IDS.graphql);
  const workflowTask = fn(FUNCTION_IDS.workflowTask);
  const importer = fn(FUNCTION_IDS.import);
  const enrichment = fn(FUNCTION_IDS.enrichment);
  const seed = fn(FUNCTION_IDS.seed);
  const mutationMeanMs =
    sum(
      recorded.filter((record) => record.kind === 'mutation'),
      (record) => record.durationMs,
    ) /
    Math.max(
      1,
      sum(
        recorded.filter((record) => record.kind === 'mutation'),
        (record) => record.calls,
      ),
    );
  const seedRuns = sum(
    facts.schedules.filter((schedule) => schedule.targets.includes(seed.logicalId)),
    (schedule) => runsPerMonth(schedule.expression, mix.daysPerMonth),
  );
  interface Invoked {
    readonly f: FunctionFacts;
    readonly invocations: number;
    readonly meanMs: number;
    readonly basis: Basis;
    /** Log bytes and lines per invocation besides Lambda's own. */
    readonly logBytes: number;
    readonly logLines: number;
  }
  const graphqlInvocations = sum(apiOperations, ({ monthly }) => monthly);
  const graphqlMs = sum(apiOperations, (scaled) => perCall(scaled, (record) => record.durationMs));
  const enrichmentRuns = Math.max(1, measurement.enrichment.invocations);
  const invoked: Invoked[] = [
    {
      f: graphql,
      invocations: graphqlInvocations,
      meanMs: graphqlMs / Math.max(1, graphqlInvocations),
      basis: 'measured',
      logBytes: 0,
      logLines: 0,
    },
    {
      f: workflowTask,
      invocations: workflowInvocations,
      meanMs: mutationMeanMs,
      basis: 'proxy',
      logBytes: 0,
      logLines: 0,
    },
    {
      f: importer,
      invocations: imports,
      meanMs: measurement.import.durationMs,
      basis: 'measured',
      logBytes: 0,
      logLines: 0,
    },
    {
      f: enrichment,
      invocations: filteredRecords,
      meanMs: measurement.enrichment.durationMs / enrichmentRuns,
      basis: 'measured',
      logBytes: measurement.enrichment.logBytes / enrichmentRuns,
      logLines: measurement.enrichment.logLines / enrichmentRuns,
    },
    { f: seed, invocations: seedRuns, meanMs: mutationMeanMs, basis: 'proxy', logBytes: 0, logLines: 0 },
  ];
  // Consumers of the bus: each invoked once per event of the kinds its rule matches.
  for (const rule of facts.busRules)
    for (const target of rule.targets) {
      const f = facts.functions.find((candidate) => candidate.logicalId === target);
      if (f !== undefined)
        invoked.push({
          f,
          invocations: eventsOf(rule.detailTypes),
          meanMs: mutationMeanMs,
          basis: 'proxy',
          logBytes: 0,
          logLines: 0,
        });
    }
  // Consumers of the stream through an event source mapping (free reads): the audit archiver takes every
  // audit insertion, one batch each at a district's rate.
  for (const consumer of facts.streamConsumers) {
    const f = facts.functions.find((candidate) => candidate.logicalId === consumer.functionId);
    if (f === undefined) continue;
    const audit = consumer.filters.some((filter) => filter.includes('AUDIT#'));
    if (!audit)
      notes.push(`stream consumer ${f.logicalId}: its filter is not modelled, billed as every audit record`);
    invoked.push({
      f,
      invocations: auditRecords,
      meanMs: mutationMeanMs,
      basis: 'proxy',
      logBytes: 0,
      logLines: 0,
    });
  }
  const billed = new Set(invoked.map(({ f }) => f.logicalId));
  for (const other of facts.functions)
    if (!billed.has(other.logicalId) && !DEPLOY_TIME.test(other.logicalId))
      notes.push(`function ${other.logicalId} has no workload model: not billed`);
  const gbSeconds = ({ f, invocations, meanMs }: Invoked): number =>
    ((invocations * meanMs) / 1000) * (f.memoryMb / 1024);

  // Lambda.
  const totalInvocations = sum(invoked, ({ invocations }) => invocations);
  line(
    'Lambda',
    `requests (${invoked.length} functions)`,
    totalInvocations,
    'invocations',
    [{ price: 'lambda.request', units: totalInvocations }],
    'measured',
  );
  const graphqlGbS = gbSeconds(invoked[0] as Invoked);
  line(
    'Lambda',
    `GraphQL function ${graphql.memoryMb} MB ${graphql.architecture}`,
    graphqlGbS,
    'GB-s',
    [{ price: 'lambda.armGbSecond', units: graphqlGbS }],
    'measured',
    {
      note: `mean ${(graphqlMs / Math.max(1, graphqlInvocations)).toFixed(1)} ms a call on the local server`,
    },
  );
  const othersGbS = sum(invoked.slice(1), gbSeconds);
  line(
    'Lambda',
    'the other functions (workflow, import, events, archive…)',
    othersGbS,
    'GB-s',
    [{ price: 'lambda.armGbSecond', units: othersGbS }],
    'proxy',
    {
      note: 'import and enrichment measured; the rest at the mean mutation time',
    },
  );

  // API Gateway and data transfer.
  line(
    'API Gateway',
    'HTTP API (signed-in users)',
    privateCalls,
    'requests',
    [{ price: 'apiGateway.httpRequest', units: privateCalls }],
    'mix',
  );
  line(
    'API Gateway',
    'REST API (public route)',
    publicCalls,
    'requests',
    [{ price: 'apiGateway.restRequest', units: publicCalls }],
    'mix',
  );
  const responseGb = sum(apiOperations, (scaled) => perCall(scaled, (record) => record.responseBytes)) / GB;
  line(
    'Data transfer',
    'responses to the internet',
    responseGb,
    'GB',
    [{ price: 'dataTransfer.out', units: responseGb }],
    'measured',
  );

  // DynamoDB.
  const readUnits = sum(operations, (scaled) => perCall(scaled, (record) => record.readUnits));
  const writeUnits = sum(operations, (scaled) => perCall(scaled, (record) => record.writeUnits));
  line(
    'DynamoDB',
    'read request units',
    readUnits,
    'RRU',
    [{ price: 'dynamodb.readRequestUnit', units: readUnits }],
    'measured',
  );
  line(
    'DynamoDB',
    'write request units',
    writeUnits,
    'WRU',
    [{ price: 'dynamodb.writeRequestUnit', units: writeUnits }],
    'measured',
    {
      note: `${(writeUnits / Math.max(1, apiCalls)).toFixed(2)} a call on average (the rate budget's leases: a write when an instance claims a block of its caller's window)`,
    },
  );
  const perYear = (value: (phase: PhaseRecord) => number): number =>
    ((value(measurement.phases.application) / K) * mix.applicationsPerYear +
      value(measurement.phases.year) +
      value(measurement.phases.import) * mix.certificationImportsPerYear) *
    districts;
  const storedGb = (perYear((phase) => phase.storedBytes) * mix.storageYears) / GB;
  line(
    'DynamoDB',
    `storage after ${mix.storageYears} years, with point-in-time recovery`,
    storedGb,
    'GB',
    [
      { price: 'dynamodb.storage', units: storedGb },
      { price: 'dynamodb.pitr', units: storedGb },
    ],
    'measured',
  );
  const streamReads =
    mix.awsBehaviour.pipesStreamPollsPerSecondPerShard *
    mix.awsBehaviour.streamShards *
    HOURS_PER_MONTH *
    3600 *
    facts.pipes.length;
  line(
    'DynamoDB',
    'stream reads by the pipe (polling)',
    streamReads,
    'GetRecords',
    [{ price: 'dynamodb.streamsRead', units: streamReads }],
    'estimated',
    {
      note: `${mix.awsBehaviour.pipesStreamPollsPerSecondPerShard}/s per shard assumed; a Lambda event source mapping reads free`,
    },
  );

  // Step Functions, EventBridge, Pipes, SQS.
  line(
    'Step Functions',
    `state transitions (${reviewed.transitions} a reviewed project)`,
    transitions,
    'transitions',
    [{ price: 'stepFunctions.standardTransition', units: transitions }],
    'template',
  );
  line(
    'EventBridge',
    'domain events on the bus',
    domainEvents,
    'events',
    [{ price: 'eventBridge.customEvent', units: domainEvents }],
    'measured',
  );
  line(
    'EventBridge Pipes',
    'audit records past the filter',
    filteredRecords,
    'requests',
    [{ price: 'pipes.request', units: filteredRecords }],
    'measured',
  );
  line(
    'SQS',
    `${facts.queues} dead-letter queues (idle)`,
    0,
    'requests',
    [{ price: 'sqs.request', units: 0 }],
    'template',
  );

  // CloudWatch: custom metrics.
  const inUse = metricsInUse(
    CUSTOM_NAMESPACE,
    facts.alarms.flatMap((alarm) => alarm.metricNames),
    facts.dashboards.map((dashboard) => dashboard.body),
  );
  const successfulCalls = (field: string): number =>
    sum(
      apiOperations.filter(
        ({ record }) => record.kind === 'mutation' && record.name.split('+').includes(field),
      ),
      (scaled) => scaled.monthly * (1 - scaled.record.refused / Math.max(1, scaled.record.calls)),
    );
  const invocationsOf = (prefix: string): number =>
    sum(
      invoked.filter(({ f }) => f.logicalId.startsWith(prefix)),
      ({ invocations }) => invocations,
    );
  const drivers: Readonly<Record<string, { events: number; driver: string }>> = {
    NotificationsSent: { events: invocationsOf('Notifications'), driver: 'notifications function runs' },
    StatisticsEventsCounted: {
      events: invocationsOf('ProgrammeStatistics'),
      driver: 'statistics function runs',
    },
    StatisticsEventsRedelivered: { events: 0, driver: 'no redelivery in the mix' },
    PaymentsBatched: { events: successfulCalls('createPaymentBatch'), driver: 'createPaymentBatch calls' },
    PaymentsPaid: { events: successfulCalls('recordPaymentResult'), driver: 'payments recorded paid' },
    PaidFen: { events: successfulCalls('recordPaymentResult'), driver: 'payments recorded paid' },
    PaymentsFailed: { events: 0, driver: 'no refused payment in the mix' },
    DomainEventsEmitted: { events: filteredRecords, driver: 'enrichment runs' },
    ImportsCompleted: { events: imports, driver: 'imports' },
    AwardsCreated: { events: imports, driver: 'imports' },
    AwardsZeroAmount: { events: imports, driver: 'imports' },
    ImportLinesRefused: { events: imports, driver: 'imports' },
    AwardedFen: { events: imports, driver: 'imports' },
    ImportsFailed: { events: 0, driver: 'no failed import in the mix' },
  };
  const codeMetricCosts: MetricCost[] = [];
  const dimensionSets = catalogue.dimensionSets.length;
  // Without the dashboard the functions publish none (POWERTOOLS_METRICS_DISABLED): priced apart, below.
  const codeMetricsPublished = facts.functions.some((f) => f.publishesMetrics);
  for (const metric of catalogue.metrics) {
    let events: number;
    let driver: string;
    const known = drivers[metric.name];
    if (metric.name.startsWith('Mutation_')) {
      events = successfulCalls(metric.name.slice('Mutation_'.length));
      driver = 'successful calls of the mutation';
    } else if (metric.name.startsWith('Rejected_')) {
      events = apiCalls * (mix.refusals.shares[metric.name.slice('Rejected_'.length)] ?? 0);
      driver = 'refusals of the mix';
    } else if (known !== undefined) {
      events = known.events;
      driver = known.driver;
    } else {
      events = Number.POSITIVE_INFINITY;
      driver = 'no driver known: billed as sent every hour';
    }
    const hours = Number.isFinite(events) ? activeHours(events, shape) : HOURS_PER_MONTH;
    codeMetricCosts.push({
      name: metric.name,
      source: 'code',
      eventsPerMonth: events,
      activeHours: hours,
      usd: (hours / HOURS_PER_MONTH) * p('cloudWatch.metric') * dimensionSets,
      inUse: isInUse(metric.name, inUse),
      driver,
    });
  }
  const metricCosts: MetricCost[] = codeMetricsPublished ? [...codeMetricCosts] : [];
  for (const filter of facts.metricFilters) {
    const hours = filter.hasDefault ? HOURS_PER_MONTH : 0;
    metricCosts.push({
      name: filter.name,
      source: 'metric filter',
      eventsPerMonth: filter.hasDefault ? Number.POSITIVE_INFINITY : 0,
      activeHours: hours,
      usd: (hours / HOURS_PER_MONTH) * p('cloudWatch.metric'),
      inUse: isInUse(filter.name, inUse),
      driver: filter.hasDefault ? 'default value: every log event' : 'only on a match (an alarm condition)',
    });
  }
  const metricMonths = sum(metricCosts, (metric) => metric.usd) / p('cloudWatch.metric');
  const codeMetricNames = catalogue.metrics.length * dimensionSets;
  const metricNames = (codeMetricsPublished ? codeMetricNames : 0) + facts.metricFilters.length;
  line(
    'CloudWatch',
    codeMetricsPublished
      ? `custom metrics: ${metricNames} names, billed by the hours each is sent in`
      : `custom metrics: ${metricNames} names, all from metric filters`,
    metricMonths,
    'metric-months',
    [{ price: 'cloudWatch.metric', units: metricMonths }],
    'code',
    {
      note: codeMetricsPublished
        ? `${(metricNames * p('cloudWatch.metric')).toFixed(2)} USD if every one were sent every hour`
        : `the functions publish no embedded metrics (POWERTOOLS_METRICS_DISABLED: no dashboard reads them); ${(metricNames * p('cloudWatch.metric')).toFixed(2)} USD if every filter matched every hour`,
    },
  );
  const alarmMetrics = sum(facts.alarms, (alarm) => alarm.metrics * (alarm.highResolution ? 3 : 1));
  line(
    'CloudWatch',
    `${facts.alarms.length} alarms`,
    alarmMetrics,
    'alarm metrics',
    [{ price: 'cloudWatch.alarmMetric', units: alarmMetrics }],
    'template',
    {
      note: `a metric-math alarm is billed for each metric it reads (${
        facts.alarms
          .filter((alarm) => alarm.metrics > 1)
          .map((alarm) => `${alarm.logicalId.replace(/[0-9A-F]{8}$/, '')} reads ${alarm.metrics}`)
          .join(', ') || 'none here'
      })`,
    },
  );
  const dashboardMetrics = facts.dashboards.map((dashboard) => dashboard.metrics);
  line(
    'CloudWatch',
    facts.dashboards.length === 0
      ? 'no dashboard (context operationsDashboard off)'
      : `${facts.dashboards.length} dashboard (${dashboardMetrics.join(', ')} metrics)`,
    facts.dashboards.length,
    'dashboards',
    [{ price: 'cloudWatch.dashboard', units: facts.dashboards.length }],
    'template',
  );

  // CloudWatch Logs: each source's bytes and log events a month, and how long its group keeps them.
  const samples = measurement.graphqlHandler.samples;
  const sample = (outcome: 'query' | 'mutation' | 'refused'): { bytes: number; events: number } => {
    const found = samples.find((candidate) => candidate.outcome === outcome);
    return found === undefined
      ? { bytes: 0, events: 0 }
      : { bytes: found.logBytes / found.requests, events: found.logLines / found.requests };
  };
  const platform = {
    bytes: measurement.graphqlHandler.platformBytes,
    events: measurement.graphqlHandler.platformLines,
  };
  const okQueries = Math.max(0, graphqlInvocations - mutationCalls - refusedCalls);
  const stage = (kind: 'http' | 'rest') => facts.apiStages.find((candidate) => candidate.kind === kind);
  const httpStage = stage('http');
  const restStage = stage('rest');
  const sources: { bytes: number; events: number; retentionDays: number | undefined }[] = [
    {
      bytes:
        okQueries * sample('query').bytes +
        mutationCalls * sample('mutation').bytes +
        refusedCalls * sample('refused').bytes,
      events:
        okQueries * sample('query').events +
        mutationCalls * sample('mutation').events +
        refusedCalls * sample('refused').events,
      retentionDays: graphql.logRetentionDays,
    },
    ...invoked.map((entry) => ({
      bytes: entry.invocations * (platform.bytes + entry.logBytes),
      events: entry.invocations * (platform.events + entry.logLines),
      retentionDays: entry.f.logRetentionDays,
    })),
    {
      bytes:
        privateCalls *
        (httpStage?.accessLogFormat === undefined ? 0 : accessLogBytes(httpStage.accessLogFormat)),
      events: httpStage?.accessLogFormat === undefined ? 0 : privateCalls,
      retentionDays: httpStage?.logRetentionDays,
    },
    {
      bytes:
        publicCalls *
        (restStage?.accessLogFormat === undefined ? 0 : accessLogBytes(restStage.accessLogFormat)),
      events: restStage?.accessLogFormat === undefined ? 0 : publicCalls,
      retentionDays: restStage?.logRetentionDays,
    },
  ];
  const logGb = sum(sources, (source) => source.bytes) / GB;
  const graphqlLogBytes = (sources[0]?.bytes ?? 0) + graphqlInvocations * platform.bytes;
  line(
    'CloudWatch Logs',
    'Lambda and API access logs ingested',
    logGb,
    'GB',
    [{ price: 'logs.ingestion', units: logGb }],
    'measured',
    {
      note: `the GraphQL function logs ${(graphqlLogBytes / Math.max(1, graphqlInvocations)).toFixed(0)} B a request, ${platform.bytes} B of them Lambda's own lines`,
    },
  );
  // Archived: gzip-compressed, plus 26 bytes of metadata an event, kept for each group's retention.
  const retentionMonths = (days: number | undefined): number => (days ?? 3650) / (365.25 / 12);
  const archivedGb =
    sum(
      sources,
      (source) =>
        (source.bytes * measurement.logCompressionRatio + 26 * source.events) *
        retentionMonths(source.retentionDays),
    ) / GB;
  line(
    'CloudWatch Logs',
    `archived (retention ${graphql.logRetentionDays ?? 'never expires'} days)`,
    archivedGb,
    'GB-month',
    [{ price: 'logs.storage', units: archivedGb }],
    'measured',
    {
      note: `gzip keeps ${(measurement.logCompressionRatio * 100).toFixed(0)} % of the captured lines`,
    },
  );
  const sfnLogGb =
    machine.logLevel === 'OFF'
      ? 0
      : ((applications * reviewed.logEvents + automaticProjects * automatic.logEvents) *
          mix.awsBehaviour.stepFunctionsLogBytesPerEvent) /
        GB;
  line(
    'CloudWatch Logs',
    `state machine execution log (level ${machine.logLevel})`,
    sfnLogGb,
    'GB',
    [{ price: 'logs.vendedIngestion', units: sfnLogGb }],
    'estimated',
  );

  // X-Ray: the default rule (1 a second and 5 % of the rest) at each traced entry point.
  const traced = (calls: number, f: FunctionFacts): number =>
    f.tracing === 'Active' ? tracedPerMonth(calls, shape, sampling) : 0;
  const privateTraces = traced(privateCalls, graphql);
  // The public route's REST stage samples by its own rule when the app defines one for API Gateway stages.
  const stageRule = facts.samplingRules.find((rule) => rule.serviceType === 'AWS::ApiGateway::Stage');
  const publicTraces =
    restStage?.tracing === true
      ? tracedPerMonth(publicCalls, shape, stageRule ?? sampling)
      : traced(publicCalls, graphql);
  const workflowTraces = machine.tracing ? executions : traced(workflowInvocations, workflowTask);
  const otherTraces = sum(
    invoked.filter(({ f }) => f !== graphql && f !== workflowTask),
    ({ f, invocations }) => traced(invocations, f),
  );
  const traces = privateTraces + publicTraces + workflowTraces + otherTraces;
  line(
    'X-Ray',
    'traces recorded',
    traces,
    'traces',
    [{ price: 'xRay.traceRecorded', units: traces }],
    'template',
    {
      note: `signed-in requests ${privateTraces.toFixed(0)}, public ${publicTraces.toFixed(0)}, workflow ${workflowTraces.toFixed(0)}, other functions ${otherTraces.toFixed(0)}`,
    },
  );
  line(
    'X-Ray',
    'traces retrieved by operators',
    mix.xRayTracesRetrievedPerMonth,
    'traces',
    [{ price: 'xRay.traceRetrieved', units: mix.xRayTracesRetrievedPerMonth }],
    'mix',
  );

  // Cognito, KMS, S3, notifications.
  for (const pool of facts.userPools) {
    const users = mix.monthlyActiveUsers.count * districts;
    const key: PriceKey =
      pool.plan === 'PLUS'
        ? 'cognito.plusMau'
        : pool.plan === 'LITE'
          ? 'cognito.liteMau'
          : 'cognito.essentialsMau';
    line(
      'Cognito',
      `monthly active users (${pool.plan} plan)`,
      users,
      'MAU',
      [{ price: key, units: users }],
      'mix',
    );
  }
  line(
    'KMS',
    `${facts.kmsKeys} customer managed key${facts.kmsKeys === 1 ? '' : 's'}`,
    facts.kmsKeys,
    'keys',
    [{ price: 'kms.key', units: facts.kmsKeys }],
    'template',
  );
  const uploadsPerApplication =
    sum(
      recorded.filter((record) => record.phase === 'application'),
      (record) => record.uploads,
    ) / K;
  const uploads = uploadsPerApplication * applications + imports;
  // The attachments kept (the lists to import and the import reports are left out: a few a year). The
  // bucket moves them to Intelligent-Tiering the day they are written (one lifecycle transition each); how
  // they split between its tiers depends on when they are read, assumed here never after their first days.
  const storedFiles = uploadsPerApplication * mix.applicationsPerYear * districts * mix.storageYears;
  const filesGb = (storedFiles * mix.attachmentBytes) / GB;
  const tiered = mix.attachmentBytes >= INTELLIGENT_TIERING.minBytes;
  const shares = intelligentTieringShares(mix.storageYears);
  const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
  line(
    'S3',
    `attachments after ${mix.storageYears} years (${uploadsPerApplication.toFixed(0)} an application)${tiered ? ', auto-tiered' : ''}`,
    filesGb,
    'GB-month',
    tiered
      ? [
          { price: 's3.intelligentTieringFrequent', units: filesGb * shares.frequent },
          { price: 's3.intelligentTieringInfrequent', units: filesGb * shares.infrequent },
          { price: 's3.intelligentTieringArchiveInstant', units: filesGb * shares.archiveInstant },
          { price: 's3.intelligentTieringMonitoring', units: storedFiles },
          { price: 's3.transitionToIntelligentTiering', units: uploadsPerApplication * applications },
        ]
      : [{ price: 's3.storage', units: filesGb }],
    tiered ? 'estimated' : 'measured',
    {
      note: tiered
        ? `Intelligent-Tiering, none read after its first days (assumed): ${percent(shares.frequent)} Frequent, ${percent(shares.infrequent)} Infrequent, ${percent(shares.archiveInstant)} Archive Instant Access; ${storedFiles.toFixed(0)} files monitored, ${(uploadsPerApplication * applications).toFixed(0)} transitions a month; ${(filesGb * p('s3.storage')).toFixed(2)} USD all in S3 Standard`
        : `files under 128 KB stay in S3 Standard (a lifecycle rule does not move them to Intelligent-Tiering)`,
    },
  );
  const archivedAudit = facts.streamConsumers.length > 0 ? auditRecords : 0;
  const auditGb =
    facts.streamConsumers.length > 0 ? (perYear((phase) => phase.auditBytes) * mix.storageYears) / GB : 0;
  line(
    'S3',
    `uploads and their checks; ${archivedAudit.toFixed(0)} audit records archived`,
    uploads + archivedAudit,
    'PUT',
    [
      { price: 's3.put', units: uploads + archivedAudit },
      { price: 's3.get', units: uploads },
    ],
    'measured',
  );
  line(
    'S3',
    `audit archive after ${mix.storageYears} years (Object Lock)`,
    auditGb,
    'GB-month',
    [{ price: 's3.storage', units: auditGb }],
    'measured',
  );
  const notifying = facts.busRules
    .filter((rule) => rule.targets.some((target) => target.startsWith('Notifications')))
    .flatMap((rule) => rule.detailTypes);
  const notified = eventsOf(notifying);
  const emails = notified * mix.notifications.emailsPerEvent;
  const sms = notified * mix.notifications.smsPerEvent;
  line(
    'SES / SNS',
    `notifications: ${emails.toFixed(0)} e-mails, ${sms.toFixed(0)} SMS`,
    emails + sms,
    'messages',
    [
      { price: 'ses.email', units: emails },
      { price: 'sns.smsChina', units: sms },
    ],
    'mix',
  );

  // The edge protection of the public route.
  const rules = sum(facts.webAcls, (acl) => acl.rules);
  line(
    'WAF (edge)',
    `${facts.webAcls.length} web ACL and ${rules} rules`,
    facts.webAcls.length,
    'web ACLs',
    [
      { price: 'waf.webAcl', units: facts.webAcls.length },
      { price: 'waf.rule', units: rules },
    ],
    'template',
    { edge: true },
  );
  line(
    'WAF (edge)',
    'requests inspected',
    publicCalls,
    'requests',
    [{ price: 'waf.request', units: facts.webAcls.length > 0 ? publicCalls : 0 }],
    'mix',
    { edge: true },
  );

  if (catalogue.unexpanded.length > 0)
    notes.push(`metric names the scan could not expand (not billed): ${catalogue.unexpanded.join('; ')}`);
  const totalUsd = sum(lines, (entry) => entry.usd);
  const edgeUsd = sum(
    lines.filter((entry) => entry.edge),
    (entry) => entry.usd,
  );
  // The dashboard allowance holds for dashboards of up to 50 metrics only.
  const dashboardsFree = dashboardMetrics.every((count) => count <= 50);
  return {
    districts,
    lines,
    metrics: metricCosts.sort((a, b) => b.usd - a.usd),
    totalUsd,
    edgeUsd,
    excludingEdgeUsd: totalUsd - edgeUsd,
    perDistrictUsd: totalUsd / districts,
    withFreeAllowances: totalsWithFreeAllowances(
      lines,
      prices,
      districts,
      (price) => price !== 'cloudWatch.dashboard' || dashboardsFree,
    ),
    workload: {
      apiCalls,
      privateCalls,
      publicCalls,
      lifecycleCalls,
      executions,
      transitionsPerReviewedProject: reviewed.transitions,
      traces,
      metricNames,
      alarmMetrics,
      logGb,
      invocations: Object.fromEntries(
        invoked.map(({ f, invocations }) => [f.logicalId.replace(/[0-9A-F]{8}$/, ''), invocations]),
      ),
    },
    notes,
    ...(facts.dashboards.length > 0
      ? {}
      : {
          dashboardOptIn: {
            dashboardUsd: p('cloudWatch.dashboard'),
            metricsUsd: codeMetricsPublished ? 0 : sum(codeMetricCosts, (metric) => metric.usd),
            metricNames: codeMetricsPublished ? 0 : codeMetricNames,
          },
        }),
  };
}
