import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Powertools for AWS Lambda, one instance each per container: structured JSON logs (with the request's
 * correlation id) and CloudWatch metrics in the embedded metric format (namespace `SmartFactoryAwards`).
 * Apart from the tracer (`powertools.ts`), so that a function can log and count without loading X-Ray's
 * SDK: the GraphQL function does (issue 19: it relies on Lambda's active tracing, and its cold start is
 * shorter without the tracer's async hooks).
 */
export const SERVICE = 'smart-factory-awards';
export const METRICS_NAMESPACE = 'SmartFactoryAwards';
export const logger = new Logger({ serviceName: SERVICE });
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE });

/** Counts one thing that happened (a rejected request, a recorded award…). */
export function count(name: string, value = 1): void {
  if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}
