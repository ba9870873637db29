import type { Bilingual } from './messages/bilingual.ts';
import {
  invalidInput,
  notFound,
  objectionLimitReachedZh,
  policyRefusal,
  rateLimited,
  requestBudgetExceeded,
  withEnglishDetail,
} from './messages/errors.ts';
import { fieldMessageZh } from './messages/field-issues.ts';

/**
 * Typed domain errors. Every error a caller can see is one of these; the GraphQL layer turns them into
 * `extensions.code` in one place (functions/graphql/format-error.ts). Anything else is an internal error
 * and is masked.
 *
 * Every one says what is wrong in Chinese and in English (issue 18, `messages()`): a raiser that words its
 * refusal from the message catalogue (functions/domain/messages) passes both; one that passes English only
 * gets the catalogue's Chinese for its code (and rule), with the English beside it.
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
  /** The Chinese its raiser wrote, when it wrote one. */
  readonly #zh: string | undefined;
  constructor(message: string | Bilingual) {
    super(typeof message === 'string' ? message : message.en);
    this.#zh = typeof message === 'string' ? undefined : message.zh;
  }
  /** Extra machine-readable detail published in `extensions` (never secrets, never stack traces). */
  details(): Record<string, unknown> {
    return {};
  }
  /** What is wrong in both languages: the raiser's Chinese, or the catalogue's for the code. */
  messages(): Bilingual {
    return {
      zh: this.#zh ?? withEnglishDetail.zh({ code: this.code, en: this.message }),
      en: this.message,
    };
  }
  /** Whether the raiser gave its own Chinese (subclasses that word theirs from their fields ask). */
  protected get hasOwnZh(): boolean {
    return this.#zh !== undefined;
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
    super(notFound.en({ entity, id }));
  }
  override details(): Record<string, unknown> {
    return { entity: this.entity, id: this.id };
  }
  override messages(): Bilingual {
    return { zh: notFound.zh(this), en: this.message };
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
  override messages(): Bilingual {
    return { zh: objectionLimitReachedZh(this.limit, this.max), en: this.message };
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
    super(requestBudgetExceeded.en({ budget }));
  }
  override details(): Record<string, unknown> {
    return { cost: { dynamodbReads: this.dynamodbReads, budget: this.budget } };
  }
  override messages(): Bilingual {
    return { zh: requestBudgetExceeded.zh(this), en: this.message };
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
    super(rateLimited.en({ limit, resetAt }));
  }
  override details(): Record<string, unknown> {
    return { limit: this.limit, resetAt: this.resetAt, retryAfterSeconds: this.retryAfterSeconds };
  }
  override messages(): Bilingual {
    return { zh: rateLimited.zh(this), en: this.message };
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

/** One failing condition of a rule that checks several, e.g. one R4.4 eligibility condition. */
export interface PolicyReason {
  readonly rule: string;
  readonly message: string;
  /** The condition in Chinese, when its check words it (eligibility does). */
  readonly messageZh?: string | undefined;
}

/** A rule of the policy refused the request; `rule` is its ID in the policy (e.g. `R5.3`). */
export class PolicyViolation extends DomainError {
  readonly code = ErrorCode.POLICY_VIOLATION;
  constructor(
    readonly rule: string,
    message: string | Bilingual,
    /** Every failing condition, when the rule checks several (e.g. R4.4 eligibility). */
    readonly reasons: readonly PolicyReason[] = [],
  ) {
    super(message);
  }
  override details(): Record<string, unknown> {
    return this.reasons.length > 0
      ? { rule: this.rule, reasons: this.reasons.map(reasonInBoth) }
      : { rule: this.rule };
  }
  /**
   * The raiser's Chinese; else, when every failing condition has Chinese, the rule and the conditions;
   * else the rule by id and name with the English beside it.
   */
  override messages(): Bilingual {
    if (this.hasOwnZh) return super.messages();
    const translated = this.reasons.length > 0 && this.reasons.every((reason) => reason.messageZh);
    const reasonsZh = translated
      ? this.reasons.map((reason) => `${reason.messageZh ?? ''}（${reason.rule}）`).join('；')
      : undefined;
    return { zh: policyRefusal.zh({ rule: this.rule, en: this.message, reasonsZh }), en: this.message };
  }
}

const reasonInBoth = (reason: PolicyReason): Required<PolicyReason> => ({
  rule: reason.rule,
  message: reason.message,
  messageZh: reason.messageZh ?? fieldMessageZh(reason.message),
});

export interface FieldIssue {
  /** Path of the offending field inside the input, e.g. `['input', 'creditCode']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The problem in Chinese, when its check words it; otherwise the catalogue's phrase for the English. */
  readonly messageZh?: string | undefined;
}

/** The request's input is malformed; every offending field is named. */
export class InvalidInput extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  override details(): Record<string, unknown> {
    return {
      fields: this.issues.map((issue) => ({
        path: issue.path,
        message: issue.message,
        messageZh: issueZh(issue),
      })),
    };
  }
  override messages(): Bilingual {
    return {
      zh: invalidInput(this.issues.map((issue) => ({ path: issue.path.join('.'), zh: issueZh(issue) }))),
      en: this.message,
    };
  }
}

const issueZh = (issue: FieldIssue): string => issue.messageZh ?? fieldMessageZh(issue.message);

/** Thrown at the end of an exhaustive `switch`; the compiler proves it unreachable. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
