import type { Fen } from '../money.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';
import type { HumanStage } from './human-stages.ts';
import type { WorkflowPath } from './paths.ts';
import type { ProjectFailure, ProjectResumption } from './failure.ts';
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
  /** R7.1.1: stopped by a fraud finding while waiting for its joint disbursement document; nothing paid. */
  'WITHHELD',
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
  /** R7.1.1: the fraud finding recorded on the project; from then on nothing more of it is paid. */
  readonly fraudFindingId?: string | undefined;
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
