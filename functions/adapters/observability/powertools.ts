import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Powertools for AWS Lambda, one instance each per container: structured JSON logs (with the request's
 * correlation id), CloudWatch metrics in the embedded metric format (namespace `SmartFactoryAwards`), and
 * X-Ray traces of the AWS SDK clients. Outside Lambda the tracer stays off.
 */
export const SERVICE = 'smart-factory-awards';
export const METRICS_NAMESPACE = 'SmartFactoryAwards';
export const logger = new Logger({ serviceName: SERVICE });
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE });
export const tracer = new Tracer({ serviceName: SERVICE });

/** Counts one thing that happened (a rejected request, a recorded award…). */
export function count(name: string, value = 1): void {
  if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}
