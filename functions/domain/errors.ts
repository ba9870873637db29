/**
 * Typed domain errors. Every error a caller can see is one of these; the GraphQL layer turns them into
 * `extensions.code` in one place (functions/graphql/format-error.ts). Anything else is an internal error
 * and is masked.
 */

/** Stable error codes of the API. Mirrors `enum ErrorCode` in schema/base.graphql. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  POLICY_VIOLATION: 'POLICY_VIOLATION',
  IN_PROGRESS: 'IN_PROGRESS',
  REQUEST_BUDGET_EXCEEDED: 'REQUEST_BUDGET_EXCEEDED',
  OBJECTION_LIMIT_REACHED: 'OBJECTION_LIMIT_REACHED',
  RATE_LIMITED: 'RATE_LIMITED',
  OPERATION_NOT_REGISTERED: 'OPERATION_NOT_REGISTERED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra machine-readable detail published in `extensions` (never secrets, never stack traces). */
  details(): Record<string, unknown> {
    return {};
  }
}

/** The caller's credentials are missing where required, malformed, tampered with or expired. */
export class Unauthenticated extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}

/** The caller is known but may not do this, or may not see this row. */
export class Forbidden extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

export class NotFound extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} does not exist`);
  }
  override details(): Record<string, unknown> {
    return { entity: this.entity, id: this.id };
  }
}

/** A concurrent change won, or a uniqueness rule refused the write. */
export class Conflict extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

/**
 * Another request was writing the same items at that very moment (DynamoDB cancelled the transaction for
 * it): nothing was written, and the same change may simply be tried again. Clients see CONFLICT.
 */
export class ConcurrentWrite extends Conflict {}

/**
 * INTERPRETATION R6.4.3: an objection beyond the limits the application keeps on filing (so many per
 * project; so many per contact and China Standard Time day, across projects). Nothing is written.
 */
export class ObjectionLimitReached extends DomainError {
  readonly code = ErrorCode.OBJECTION_LIMIT_REACHED;
  readonly rule = 'R6.4.3';
  constructor(
    /** Which limit: objections received by one project, or filed by one contact in one CST day. */
    readonly limit: 'PER_PROJECT' | 'PER_CONTACT_PER_DAY',
    readonly max: number,
    message: string,
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return { rule: this.rule, limit: this.limit, max: this.max };
  }
}

/**
 * The request has used its budget of DynamoDB reads: the rest of it is refused (the fields already
 * answered stay answered). Ask for less at a time (smaller pages, fewer aliases) and follow the cursors.
 */
export class RequestBudgetExceeded extends DomainError {
  readonly code = ErrorCode.REQUEST_BUDGET_EXCEEDED;
  constructor(
    readonly budget: number,
    readonly dynamodbReads: number,
  ) {
    super(
      `this request used its budget of ${budget} DynamoDB reads; ask for less at a time and follow the cursors`,
    );
  }
  override details(): Record<string, unknown> {
    return { cost: { dynamodbReads: this.dynamodbReads, budget: this.budget } };
  }
}

/**
 * The caller has used its rate budget for the window: the request was refused before any work. Ask again
 * after `retryAfterSeconds` (also the `Retry-After` header), when the window resets.
 */
export class RateLimited extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
  constructor(
    readonly limit: number,
    readonly resetAt: string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `this caller has used its budget of ${limit} points (DynamoDB reads) for the window; ask again after ${resetAt}`,
    );
  }
  override details(): Record<string, unknown> {
    return { limit: this.limit, resetAt: this.resetAt, retryAfterSeconds: this.retryAfterSeconds };
  }
}

/**
 * Only registered operations (trusted documents) are served, and this one is not: its id is unknown, or
 * its text is not exactly a registered document's. Register the operation with the client's documents.
 */
export class OperationNotRegistered extends DomainError {
  readonly code = ErrorCode.OPERATION_NOT_REGISTERED;
}

/** A duplicate request arrived while the first one with the same idempotency key is still running. */
export class InProgress extends DomainError {
  readonly code = ErrorCode.IN_PROGRESS;
}

/** A rule of the policy refused the request; `rule` is its ID in the policy (e.g. `R5.3`). */
export class PolicyViolation extends DomainError {
  readonly code = ErrorCode.POLICY_VIOLATION;
  constructor(
    readonly rule: string,
    message: string,
    /** Every failing condition, when the rule checks several (e.g. R4.4 eligibility). */
    readonly reasons: readonly { readonly rule: string; readonly message: string }[] = [],
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return this.reasons.length > 0 ? { rule: this.rule, reasons: this.reasons } : { rule: this.rule };
  }
}

export interface FieldIssue {
  /** Path of the offending field inside the input, e.g. `['input', 'creditCode']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The request's input is malformed; every offending field is named. */
export class InvalidInput extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  override details(): Record<string, unknown> {
    return { fields: this.issues.map((issue) => ({ path: issue.path, message: issue.message })) };
  }
}

/** Thrown at the end of an exhaustive `switch`; the compiler proves it unreachable. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
