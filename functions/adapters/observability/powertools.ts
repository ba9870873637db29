import { Tracer } from '@aws-lambda-powertools/tracer';
import { SERVICE } from './logs-and-metrics.ts';

/**
 * Powertools for AWS Lambda: the logger and metrics (`logs-and-metrics.ts`), and X-Ray traces of the AWS
 * SDK clients for the functions that load the tracer. Outside Lambda the tracer stays off.
 */
export { count, logger, METRICS_NAMESPACE, metrics, SERVICE } from './logs-and-metrics.ts';
export const tracer = new Tracer({ serviceName: SERVICE });
