/**
 * The custom metrics the code can publish, scanned from its source: every `count('Name', …)` (the
 * Powertools wrapper and the `Telemetry` port) and `addMetric('Name', …)`, with the names built from a
 * template (`Rejected_${code}`, `Mutation_${field}`) expanded over what the template can hold (the error
 * codes, the schema's mutations). CloudWatch bills each name once per dimension set it is published
 * with; Powertools adds the `service` dimension to every metric, and the scan reports any other
 * dimension the code adds.
 */

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface EmittedMetric {
  readonly name: string;
  /** Where it is published (`path:line`). */
  readonly at: string;
  /** The template it was expanded from (`Rejected_${…}`), if any. */
  readonly template?: string;
}

export interface MetricCatalogue {
  readonly metrics: readonly EmittedMetric[];
  /** Dimension sets every metric is published with (Powertools' default `service` first). */
  readonly dimensionSets: readonly (readonly string[])[];
  /** Templates the scan could not expand: a dynamic name the bill cannot count. */
  readonly unexpanded: readonly string[];
}

const CALL = /\b(?:count|addMetric)\(\s*(['"`])([A-Za-z0-9_]*)(\$\{[^}]*\})?([^'"`]*)\1/g;
const DIMENSION = /\b(?:addDimension|addDimensions|setDefaultDimensions)\(\s*(?:\{\s*)?['"]?([A-Za-z0-9_]+)/g;

/**
 * Scans `files` for metric names; `expansions` maps a template's literal prefix (`Rejected_`) to the values
 * its placeholder can take. Files under `generated/` and test files are skipped.
 */
export function scanMetricCatalogue(
  files: readonly SourceFile[],
  expansions: Readonly<Record<string, readonly string[]>>,
): MetricCatalogue {
  const metrics = new Map<string, EmittedMetric>();
  const unexpanded: string[] = [];
  const dimensions = new Set<string>();
  let powertools = false;
  for (const file of files) {
    if (file.path.includes('/generated/') || file.path.endsWith('.test.ts')) continue;
    if (/new Metrics\(\s*\{[^}]*serviceName/.test(file.text)) powertools = true;
    const lines = file.text.split('\n');
    lines.forEach((line, index) => {
      const at = `${file.path}:${index + 1}`;
      for (const match of line.matchAll(CALL)) {
        const [, , prefix = '', placeholder, rest = ''] = match;
        if (placeholder === undefined) {
          if (prefix !== '' && !metrics.has(prefix)) metrics.set(prefix, { name: prefix, at });
          continue;
        }
        const values = expansions[prefix];
        const template = `${prefix}${placeholder}${rest}`;
        if (values === undefined || rest !== '') {
          unexpanded.push(`${template} (${at})`);
          continue;
        }
        for (const value of values) {
          const name = `${prefix}${value}`;
          if (!metrics.has(name)) metrics.set(name, { name, at, template });
        }
      }
      for (const match of line.matchAll(DIMENSION)) if (match[1]) dimensions.add(match[1]);
    });
  }
  const dimensionSets: string[][] = [];
  if (powertools) dimensionSets.push(['service']);
  for (const dimension of dimensions) dimensionSets.push(['service', dimension]);
  return {
    metrics: [...metrics.values()].sort((a, b) => a.name.localeCompare(b.name)),
    dimensionSets: dimensionSets.length > 0 ? dimensionSets : [[]],
    unexpanded,
  };
}

/**
 * The custom metric names an alarm or a dashboard of the templates reads in `namespace`: named metrics,
 * and SEARCH expressions' `MetricName=~"^Prefix"` patterns (returned as `Prefix*`).
 */
export function metricsInUse(
  namespace: string,
  alarmMetricNames: readonly string[],
  dashboardBodies: readonly string[],
): { readonly names: ReadonlySet<string>; readonly prefixes: readonly string[] } {
  const names = new Set<string>();
  const prefixes: string[] = [];
  for (const full of alarmMetricNames)
    if (full.startsWith(`${namespace}/`)) names.add(full.slice(namespace.length + 1));
  for (const body of dashboardBodies) {
    const parsed = JSON.parse(body) as { widgets?: { properties?: { metrics?: unknown[][] } }[] };
    for (const widget of parsed.widgets ?? [])
      for (const entry of widget.properties?.metrics ?? []) {
        const options = entry.at(-1) as { expression?: string } | undefined;
        if (typeof options?.expression === 'string') {
          if (!options.expression.includes(namespace)) continue;
          for (const match of options.expression.matchAll(/MetricName=~\\?"\^?([A-Za-z0-9_]+)/g))
            if (match[1]) prefixes.push(match[1]);
          continue;
        }
        // A metric entry: [namespace, name, …] or ['.', name, …] repeating the previous one's namespace.
        if (entry[0] === namespace && typeof entry[1] === 'string') names.add(entry[1]);
      }
  }
  return { names, prefixes };
}

/** Whether `name` is read by an alarm or a dashboard. */
export function isInUse(name: string, inUse: ReturnType<typeof metricsInUse>): boolean {
  return inUse.names.has(name) || inUse.prefixes.some((prefix) => name.startsWith(prefix));
}
