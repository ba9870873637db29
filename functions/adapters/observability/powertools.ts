import { Tracer } from '@aws-lambda-powertools/tracer';
import { SERVICE } from './logs.ts';

/**
 * Powertools for AWS Lambda: the logger (`logs.ts`) and metrics (`metrics.ts`), and X-Ray traces of the AWS
 * SDK clients for the functions that load the tracer. Outside Lambda the tracer stays off.
 */
export { logger, SERVICE } from './logs.ts';
export { count, METRICS_NAMESPACE, metrics } from './metrics.ts';
export const tracer = new Tracer({ serviceName: SERVICE });
