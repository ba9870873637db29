/**
 * What the GraphQL function counts of each request. CloudWatch bills each custom metric name by the hours
 * it is sent in (issue 19, `npm run cost`), so only what the Operations dashboard or an alarm reads is a
 * metric of its own:
 * - `Rejected`, once per refusal; the refusals' codes go in the same embedded-metric record as metadata
 *   (`rejectedCodes`), where CloudWatch Logs Insights counts them by code, instead of one metric a code;
 * - `Mutation_<field>` for the mutations the dashboard graphs (`COUNTED_MUTATIONS`) and no other.
 */

/** The metric of refused requests (the dashboard's "Refused requests"). */
export const REJECTED_METRIC = 'Rejected';

/** Mutations counted as `Mutation_<field>`: those the Operations dashboard graphs. */
export const COUNTED_MUTATIONS: readonly string[] = ['recordFraudFinding'];

/** Where the counts go: the Powertools metrics of the function (`count`, `metrics.addMetadata`). */
export interface MetricSink {
  count(name: string): void;
  addMetadata(key: string, value: string): void;
}

export interface RequestMetrics {
  /** A refusal with its error code (one per error of the answer). */
  rejected(code: string): void;
  /** A mutation that ran without error. */
  mutated(field: string): void;
  /** Before the request's metrics are published: its refusals' codes into the same record. */
  flush(): void;
}

export function requestMetrics(sink: MetricSink): RequestMetrics {
  const codes: string[] = [];
  return {
    rejected: (code) => {
      sink.count('Rejected');
      codes.push(code);
    },
    mutated: (field) => {
      if (COUNTED_MUTATIONS.includes(field)) sink.count(`Mutation_${field}`);
    },
    flush: () => {
      if (codes.length > 0) sink.addMetadata('rejectedCodes', codes.splice(0).join(' '));
    },
  };
}
