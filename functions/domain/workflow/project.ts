import type { Fen } from '../money.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';
import type { HumanStage, WorkflowPath } from '../../workflow/states.ts';
import type { ProjectFailure, ProjectResumption, WorkflowStage } from './failure.ts';
import type { AmountExplanation } from './amount-explanation.ts';
import type { SignOff } from './sign-off.ts';

/**
 * A project proposed for support (拟支持项目, R6.3) on its way through publicity, deliberation and the
 * joint disbursement document (R6.4–R6.6), driven by one workflow execution.
 */

export const PROJECT_STAGES = [
  /** R3.1.1: proposed by the commission, waiting for the other member bodies' sign-off; nothing started. */
  'AWAITING_SIGN_OFF',
  'PROPOSED',
  'IN_PUBLICITY',
  'INVESTIGATION',
  'DELIBERATION',
  'AWAITING_DOCUMENT',
  'COMPLETED',
  'REMOVED',
  'REJECTED',
  'FAILED',
  /** R5.3.1: a title that pays 0, confirmed by the sign-off and recorded with the reason; nothing else. */
  'ZERO_AWARD_RECORDED',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export interface PublicityWindow {
  readonly startDate: string;
  readonly endDate: string;
  /** 24:00 CST of the end date: objections are accepted until then (R6.4.1). */
  readonly endsAt: string;
}

export interface Decision {
  readonly approved: boolean;
  readonly reason: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface Project {
  /** `PRJ-` and the application's (or the certification's) id: one project per application. */
  readonly id: string;
  readonly path: WorkflowPath;
  /** The application it was proposed from (reviewed and lighthouse paths). */
  readonly applicationId?: string | undefined;
  /** The certification whose award it pays (automatic path, R6.7b). */
  readonly certificationId?: string | undefined;
  /** The benchmark title applied for (R6.7a, R6.7c): approval works out its R5.3 difference. */
  readonly benchmark?: { readonly title: BenchmarkTitle; readonly level: CertificationLevel } | undefined;
  readonly title: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly town: string;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  /**
   * R5.5: the fixed amount (R5.1a, a tier's R5.3 difference — provisional until approval), or the reviewed
   * R5.1b amount, never above the cap nor above what was applied for.
   */
  readonly proposedAmountFen: Fen;
  /** How the amount was worked out: rule, policy version, inputs, arithmetic (absent on older records). */
  readonly amountExplanation?: AmountExplanation | undefined;
  /** R3.1.1: the joint review group's sign-offs, the commission's first. */
  readonly signOffs?: readonly SignOff[] | undefined;
  readonly policyVersionId: string;
  readonly stage: ProjectStage;
  readonly publicity?: PublicityWindow | undefined;
  /** The human stage the workflow waits on, and since when; `overdue` once its timeout has passed. */
  readonly waiting?:
    { readonly stage: HumanStage; readonly since: string; readonly overdue: boolean } | undefined;
  /**
   * The workflow's task token for the waiting stage: the mutation recording the decision completes the
   * stage with it. Kept with the project, never shown to clients.
   */
  readonly taskToken?: string | undefined;
  readonly deliberation?: Decision | undefined;
  /** R2.2: the fiscal year whose budget the approval committed the amount against. */
  readonly committedFiscalYear?: number | undefined;
  /** Decisions of the human stages, as their mutations recorded them (the workflow's outputs). */
  readonly decisions?: Partial<Record<HumanStage, Record<string, unknown>>> | undefined;
  /**
   * Why the workflow failed (FAILED only); records written before failures were structured hold the
   * state machine's `{Error, Cause}` as a JSON string (read them with `readFailure`).
   */
  readonly failure?: ProjectFailure | string | undefined;
  /** The commission's last resumption of the project after a failure (R6.4.4). */
  readonly resumption?: ProjectResumption | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const OBJECTION_STATUSES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** 异议 (R6.4): real-name; the objector's identity is for the commission only. */
export interface Objection {
  readonly id: string;
  readonly projectId: string;
  readonly objectorName: string;
  readonly objectorContact: string;
  readonly reason: string;
  readonly status: ObjectionStatus;
  readonly finding?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const DOCUMENT_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** 资金拨付文件 (R6.6): issued jointly by the commission and finance, two different users. */
export interface DisbursementDocument {
  readonly id: string;
  /** Given at issue: `青经财拨〔<year>〕<n>号`, n counting up per year. */
  readonly documentNumber?: string | undefined;
  readonly status: DocumentStatus;
  readonly lines: readonly {
    readonly projectId: string;
    readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
    readonly payeeId: string;
    readonly payeeName: string;
    readonly amountFen: number;
  }[];
  readonly totalFen: number;
  readonly draftedBy: string;
  readonly countersignedBy?: string | undefined;
  readonly issuedAt?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const PAYMENT_STATUSES = ['READY', 'HELD', 'IN_BATCH', 'PAID', 'FAILED', 'CANCELLED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * 拨付 (R6.6): one payment per project per disbursement document, created when the document is issued,
 * with the payee's bank account as it stood then. Finance's batches and results build on it.
 */
export interface Payment {
  /** `PAY-` + document id + project id: a document pays a project once. */
  readonly id: string;
  readonly documentId: string;
  readonly documentNumber: string;
  readonly projectId: string;
  readonly applicationId?: string | undefined;
  readonly certificationId?: string | undefined;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  /** As it stood at issue; null when none was recorded (the payment is then held for it). */
  readonly bankAccount: {
    readonly bankName: string;
    readonly accountName: string;
    readonly accountNumber: string;
  } | null;
  readonly amountFen: number;
  /**
   * READY → IN_BATCH → PAID, or FAILED (the bank's reason) and then batched again; HELD when the payee
   * fails eligibility or has no bank account when a batch is made (R4.4); CANCELLED by the commission
   * before it is batched, or by a fraud finding (R7.1).
   */
  readonly status: PaymentStatus;
  /** R2.2: the fiscal year whose budget the award was committed against. */
  readonly fiscalYear?: number | undefined;
  readonly batchId?: string | undefined;
  readonly holdReason?: string | undefined;
  readonly cancelReason?: string | undefined;
  readonly bankReference?: string | undefined;
  readonly paidOn?: string | undefined;
  readonly failureReason?: string | undefined;
  /** Every batch it was in and what the bank said. */
  readonly attempts?:
    | readonly {
        readonly batchId: string;
        readonly paid: boolean;
        readonly detail: string;
        readonly at: string;
      }[]
    | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * R2.2: a fiscal year's budget for the programme. Approvals commit against it, payments disburse from it,
 * recoveries return to it; remaining may go below zero only through a recorded override.
 */
export interface Budget {
  /** `BUDGET-<fiscal year>`. */
  readonly id: string;
  readonly fiscalYear: number;
  readonly amountFen: number;
  readonly committedFen: number;
  readonly disbursedFen: number;
  readonly recoveredFen: number;
  /** Approvals the commission allowed beyond the remaining budget, with its reasons. */
  readonly overrides: readonly {
    readonly projectId: string;
    readonly reason: string;
    readonly by: string;
    readonly at: string;
  }[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const budgetId = (fiscalYear: number): string => `BUDGET-${fiscalYear}`;

/** R2.2: what approvals may still commit: the budget less what is committed, plus what was recovered. */
export const remainingBudget = (
  budget: Pick<Budget, 'amountFen' | 'committedFen' | 'recoveredFen'>,
): number => budget.amountFen - budget.committedFen + budget.recoveredFen;

/** Port: the workflow engine (Step Functions in AWS, the local runner on one machine). */
export interface Workflow {
  /**
   * Starts the project's execution, named after it (and, resumed, after its resumption: see
   * `executionName`); a second start of the same name is refused with CONFLICT. `resume` makes it start
   * at that stage.
   */
  start(
    projectId: string,
    path: WorkflowPath,
    resume?: { readonly from: WorkflowStage; readonly resumption: number },
  ): Promise<void>;
  /** Completes a waiting stage; false when the token is no longer waiting (a replayed decision). */
  completeStage(token: string, output: Record<string, unknown>): Promise<boolean>;
}
