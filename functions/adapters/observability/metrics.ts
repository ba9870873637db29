import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SERVICE } from './logs.ts';

/** CloudWatch metrics in the embedded metric format, one instance per container. */
export const METRICS_NAMESPACE = 'SmartFactoryAwards';
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE });

/** Counts one thing that happened (a rejected request, a recorded award…). */
export function count(name: string, value = 1): void {
  if (value > 0) metrics.addMetric(name, MetricUnit.Count, value);
}
