import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Powertools for AWS Lambda's logger, one per container: structured JSON logs with the request's
 * correlation id. Apart from the metrics (`metrics.ts`) and the tracer (`powertools.ts`), so that a
 * function loads only what it uses: the GraphQL function logs without X-Ray's SDK (it relies on Lambda's
 * active tracing), and loads the metrics only when the stack turns them on (issue 19).
 */
export const SERVICE = 'smart-factory-awards';
export const logger = new Logger({ serviceName: SERVICE });
