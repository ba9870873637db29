import type { Bill, BillLine } from './bill.ts';
import type { PriceTable, WorkloadMix } from './inputs.ts';
import type { Measurement } from './measurement.ts';

/** The bill as text: one table for one district and for the deployment shared by all districts, then targets. */

const usd = (value: number): string => `$${value < 10 ? value.toFixed(2) : value.toFixed(1)}`;
const count = (value: number): string =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(2)} M`
    : value >= 1e4
      ? `${(value / 1e3).toFixed(0)} k`
      : value >= 100
        ? value.toFixed(0)
        : value.toFixed(value >= 1 ? 1 : 3);
const pad = (text: string, width: number): string =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);
const right = (text: string, width: number): string =>
  text.length >= width ? text : ' '.repeat(width - text.length) + text;

export interface TargetResult {
  readonly name: string;
  readonly usd: number;
  /** The same figure for a deployment in an account of its own (free allowances taken off). */
  readonly ownAccountUsd: number;
  readonly limit: number;
  readonly pass: boolean;
}

export function targets(one: Bill, shared: Bill, mix: WorkloadMix): TargetResult[] {
  return [
    {
      name: 'one district, everything but the edge protection',
      usd: one.excludingEdgeUsd,
      ownAccountUsd: one.withFreeAllowances.excludingEdgeUsd,
      limit: mix.targets.oneDistrictExcludingEdgeUsd,
      pass: one.excludingEdgeUsd <= mix.targets.oneDistrictExcludingEdgeUsd,
    },
    {
      name: `a district's share of one deployment for ${shared.districts} (edge included)`,
      usd: shared.perDistrictUsd,
      ownAccountUsd: shared.withFreeAllowances.perDistrictUsd,
      limit: mix.targets.perDistrictSharedUsd,
      pass: shared.perDistrictUsd <= mix.targets.perDistrictSharedUsd,
    },
  ];
}

function mark(entry: BillLine): string {
  return entry.unverifiedPrice || entry.basis === 'estimated' || entry.basis === 'proxy' ? '*' : ' ';
}

export function renderBill(options: {
  readonly one: Bill;
  readonly shared: Bill;
  readonly prices: PriceTable;
  readonly mix: WorkloadMix;
  readonly measurement: Measurement;
  readonly verbose: boolean;
}): string {
  const { one, shared, prices, mix, measurement } = options;
  const out: string[] = [];
  const w = one.workload;
  out.push(
    `Monthly bill, AWS list prices in US$ (${prices.region}, price table of ${prices.date}; no free tiers, no discounts)`,
    `Workload recorded ${measurement.recordedAt.slice(0, 16).replace('T', ' ')} UTC on ${measurement.machine}, Node ${measurement.node}, commit ${measurement.commit}:`,
    `${measurement.applications} applications walked from diagnosis to payment, a certification import and ${Object.keys(mix.reads.shares).length} read documents against DynamoDB Local.`,
    `One district: ${mix.applicationsPerYear} applications a year, ${mix.apiCallsPerDay.toLocaleString('en')} API calls a day (${count(w.apiCalls)} a month: ${count(w.privateCalls)} signed in, ${count(w.publicCalls)} public; ${count(w.lifecycleCalls)} of them applications' steps).`,
    '',
  );
  const widths = [17, 58, 11, 13, 13];
  out.push(
    [
      pad('service', widths[0] ?? 0),
      pad('item', widths[1] ?? 0),
      right('1 district', widths[2] ?? 0),
      right(`${shared.districts} districts`, widths[3] ?? 0),
      right('per district', widths[4] ?? 0),
    ].join(' '),
  );
  const row = (service: string, item: string, a: number, b: number, flag = ' '): string =>
    [
      pad(service, widths[0] ?? 0),
      pad(item, widths[1] ?? 0),
      right(usd(a), widths[2] ?? 0),
      right(usd(b), widths[3] ?? 0),
      right(usd(b / shared.districts), widths[4] ?? 0) + flag,
    ].join(' ');
  one.lines.forEach((entry, index) => {
    if (entry.edge) return;
    const other = shared.lines[index];
    out.push(row(entry.service, entry.item, entry.usd, other?.usd ?? 0, mark(entry)));
    if (options.verbose && entry.note !== undefined)
      out.push(`${' '.repeat((widths[0] ?? 0) + 3)}${entry.note}`);
  });
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 1, 0));
  out.push(rule);
  out.push(row('', 'everything but the edge protection', one.excludingEdgeUsd, shared.excludingEdgeUsd));
  const edge = one.lines.filter((entry) => entry.edge);
  out.push(
    row(
      'WAF (edge)',
      `edge protection: ${edge.map((entry) => entry.item).join(' + ')}`,
      one.edgeUsd,
      shared.edgeUsd,
      edge.some((entry) => mark(entry) === '*') ? '*' : ' ',
    ),
  );
  out.push(row('', 'total', one.totalUsd, shared.totalUsd));
  out.push('');
  out.push(
    row(
      '',
      'total in an account of its own (free allowances)',
      one.withFreeAllowances.totalUsd,
      shared.withFreeAllowances.totalUsd,
    ),
  );
  out.push('');
  for (const result of targets(one, shared, mix))
    out.push(
      `${result.pass ? 'PASS' : 'FAIL'}  ${result.name}: ${usd(result.usd)} (target ≤ ${usd(result.limit)}); in an account of its own ${usd(
        result.ownAccountUsd,
      )}: ${result.ownAccountUsd <= result.limit ? 'PASS' : 'FAIL'}`,
    );
  const optIn = one.dashboardOptIn;
  const optInShared = shared.dashboardOptIn;
  if (optIn !== undefined && optInShared !== undefined) {
    const added = (bill: NonNullable<Bill['dashboardOptIn']>): number => bill.dashboardUsd + bill.metricsUsd;
    out.push(
      `With the Operations dashboard (-c operationsDashboard=true): +${usd(added(optIn))} for one district, +${usd(
        added(optInShared),
      )} for ${shared.districts} (the dashboard ${usd(optIn.dashboardUsd)}, free as one of an account's first three; ${
        optIn.metricNames
      } custom metric names the functions then publish, ${usd(optIn.metricsUsd)} and ${usd(optInShared.metricsUsd)}).`,
    );
  }
  out.push('');

  const unused = one.metrics.filter((metric) => !metric.inUse);
  const unusedShared = shared.metrics.filter((metric) => !metric.inUse);
  out.push(
    `Custom metrics: ${w.metricNames} names × dimension sets, ${unused.length} read by no alarm or dashboard (${usd(
      unused.reduce((total, metric) => total + metric.usd, 0),
    )} for one district, ${usd(unusedShared.reduce((total, metric) => total + metric.usd, 0))} for ${shared.districts}).`,
  );
  const top = shared.metrics.slice(0, options.verbose ? 40 : 6);
  out.push(
    `  costliest at ${shared.districts} districts: ${top
      .map((metric) => `${metric.name}${metric.inUse ? '' : ' (unused)'} ${usd(metric.usd)}`)
      .join(', ')}`,
  );
  out.push(
    `Alarms: ${w.alarmMetrics} alarm metrics. X-Ray: ${count(w.traces)} traces a month for one district, ${count(shared.workload.traces)} for ${shared.districts}. Logs: ${w.logGb.toFixed(2)} GB a month for one district. Step Functions: ${w.transitionsPerReviewedProject} transitions a reviewed project.`,
    `Invocations a month for one district: ${Object.entries(w.invocations)
      .map(([name, value]) => `${name} ${count(value)}`)
      .join(', ')}.`,
  );
  out.push(
    `* a price marked unverified or estimated in prices.json, or a quantity estimated (not measured) or measured by proxy; see prices.json and the README's Monthly bill.`,
  );
  for (const note of [...one.notes, ...prices.notes.slice(1)]) out.push(`Note: ${note}`);
  return out.join('\n');
}
