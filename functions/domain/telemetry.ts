/**
 * What the service counts for its operators: payments paid and failed, money paid, and the like.
 * CloudWatch metrics in Lambda (Powertools); nothing where no one collects them (`npm start`, tests).
 * Counted after the change it reports is committed, so a retried or replayed request counts nothing twice.
 */
export interface Telemetry {
  count(name: string, value?: number): void;
}

export const noTelemetry: Telemetry = { count: () => undefined };
