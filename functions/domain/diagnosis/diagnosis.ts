import type { Fen } from '../money.ts';

/**
 * The diagnosis programme (R6.1): the intention pool, the annual plan, matching enterprises with roster
 * providers under a deadline, and the diagnosis report the enterprise confirms (R6.2.1).
 */

/** 意向企业库 entry (R6.1.1): an enterprise of a town willing to be diagnosed in a year. */
export interface IntentionEntry {
  /** `<year>#<creditCode>`: one entry per enterprise per year. */
  readonly id: string;
  readonly year: number;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly town: string;
  readonly contactName: string;
  readonly contactPhone: string;
  /** What the enterprise hopes the diagnosis covers. */
  readonly needs: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const intentionEntryId = (year: number, creditCode: string): string => `${year}#${creditCode}`;

/**
 * Held from an enterprise's first intention entry on: its programme records carry its town (for town
 * scope), so the registry refuses to move it to another town while it holds this claim.
 */
export const inProgrammeClaim = (creditCode: string): string => `IN_PROGRAMME#${creditCode}`;
/** Every record of an enterprise holds its in-programme claim under this one owner, so none conflicts. */
export const IN_PROGRAMME_OWNER = 'DIAGNOSIS_PROGRAMME';

export const PLAN_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanEntry {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly town: string;
  /** CST date by which the diagnosis should be done. */
  readonly targetDate: string;
}

/** 年度诊断服务计划: one per year, drawn from that year's intention pool. */
export interface DiagnosisPlan {
  /** The year, as text: the plan's id. */
  readonly id: string;
  readonly year: number;
  readonly status: PlanStatus;
  readonly entries: readonly PlanEntry[];
  readonly publishedAt?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const ASSIGNMENT_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'REPORTED', 'REASSIGNED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** 对接 (R6.1.3): a planned enterprise matched with a roster provider, to be diagnosed by a deadline. */
export interface DiagnosisAssignment {
  readonly id: string;
  readonly year: number;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly town: string;
  readonly providerId: string;
  readonly providerName: string;
  /** CST date by which the on-site diagnosis must be done. */
  readonly deadline: string;
  readonly status: AssignmentStatus;
  readonly declineReason?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Which assignment states may follow which; anything else is refused. */
export const ASSIGNMENT_TRANSITIONS: Readonly<Record<AssignmentStatus, readonly AssignmentStatus[]>> = {
  PENDING: ['ACCEPTED', 'DECLINED', 'REASSIGNED'],
  ACCEPTED: ['REPORTED', 'REASSIGNED'],
  DECLINED: [],
  REPORTED: [],
  REASSIGNED: [],
};

/** Still waiting for the provider to act: counts against the deadline. */
export const isOpenAssignment = (assignment: Pick<DiagnosisAssignment, 'status'>): boolean =>
  assignment.status === 'PENDING' || assignment.status === 'ACCEPTED';

/** R6.1.3: an open assignment whose deadline (a CST date) has passed on `today`. */
export const isOverdue = (
  assignment: Pick<DiagnosisAssignment, 'status' | 'deadline'>,
  today: string,
): boolean => isOpenAssignment(assignment) && assignment.deadline < today;

export const REPORT_STATUSES = ['SUBMITTED', 'CONFIRMED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** 签字、盖章确认 (R6.2.1). */
export interface EnterpriseConfirmation {
  /** The principal (legal representative) who signed. */
  readonly principalName: string;
  /** The enterprise user who confirmed it in the system. */
  readonly confirmedBy: string;
  readonly confirmedAt: string;
  /** Attachment id of the scan of the signed and stamped page. */
  readonly signedPageAttachmentId: string;
}

/** R6.1.4: what came after the diagnosis. */
export interface FollowUp {
  readonly continuing: boolean;
  readonly note: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** 诊断报告. */
export interface DiagnosisReport {
  /** Same as its assignment's id: one report per assignment. */
  readonly id: string;
  readonly assignmentId: string;
  readonly year: number;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly town: string;
  readonly providerId: string;
  readonly summary: string;
  readonly recommendedMeasures: readonly string[];
  readonly estimatedInvestmentFen: Fen;
  /** Attachment id of the report file. */
  readonly reportAttachmentId: string;
  readonly status: ReportStatus;
  readonly confirmation?: EnterpriseConfirmation | undefined;
  readonly followUp?: FollowUp | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
