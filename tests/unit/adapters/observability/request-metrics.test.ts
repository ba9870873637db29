import { describe, expect, it } from 'vitest';
import { COUNTED_MUTATIONS, REJECTED_METRIC, requestMetrics } from '#adapters/observability/request-metrics';

function sink() {
  const counted: string[] = [];
  const metadata: [string, string][] = [];
  return {
    counted,
    metadata,
    count: (name: string) => counted.push(name),
    addMetadata: (key: string, value: string) => metadata.push([key, value]),
  };
}

describe('what the GraphQL function counts of a request (issue 19: only what the dashboard reads)', () => {
  it('counts every refusal as one Rejected metric and keeps the codes as metadata of the same record', () => {
    // Prepare
    const target = sink();
    const metrics = requestMetrics(target);
    // Act
    metrics.rejected('BAD_USER_INPUT');
    metrics.rejected('FORBIDDEN');
    metrics.flush();
    // Assess
    expect(target.counted).toEqual([REJECTED_METRIC, REJECTED_METRIC]);
    expect(target.metadata).toEqual([['rejectedCodes', 'BAD_USER_INPUT FORBIDDEN']]);
  });

  it('adds no metadata to a request without refusals, and forgets the codes once flushed', () => {
    const target = sink();
    const metrics = requestMetrics(target);
    metrics.flush();
    metrics.rejected('CONFLICT');
    metrics.flush();
    metrics.flush();
    expect(target.metadata).toEqual([['rejectedCodes', 'CONFLICT']]);
  });

  it('counts the mutations the dashboard graphs, and no other', () => {
    const target = sink();
    const metrics = requestMetrics(target);
    metrics.mutated('recordFraudFinding');
    metrics.mutated('draftApplication');
    expect(COUNTED_MUTATIONS).toEqual(['recordFraudFinding']);
    expect(target.counted).toEqual(['Mutation_recordFraudFinding']);
  });
});
