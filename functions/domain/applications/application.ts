import type { Fen } from '../money.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';

/**
 * R6.2: application notices and applications for the diagnosis-programme rewards (R5.1a, R5.1b), the
 * district benchmark titles (R6.7a) and lighthouse factories (R6.7c).
 */

export const PROGRAMMES = [
  'DIAGNOSIS_REWARD',
  'IMPLEMENTATION_REWARD',
  'DISTRICT_BENCHMARK',
  'LIGHTHOUSE',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** The benchmark programmes: an enterprise applies for a title, and is awarded the R5.3 difference. */
export const BENCHMARK_PROGRAMMES: Readonly<Partial<Record<Programme, CertificationLevel>>> = {
  DISTRICT_BENCHMARK: 'DISTRICT',
  LIGHTHOUSE: 'GLOBAL',
};
export const isBenchmarkProgramme = (programme: Programme): boolean => programme in BENCHMARK_PROGRAMMES;

export interface RequiredMaterial {
  /** Stable code, e.g. `INVESTMENT_EVIDENCE`. */
  readonly code: string;
  /** What it is, e.g. 实施投入凭证. */
  readonly name: string;
}

/** 申报通知 (R6.2.0). */
export interface ApplicationNotice {
  readonly id: string;
  readonly programme: Programme;
  readonly title: string;
  /** Who may apply, as the notice says it. */
  readonly eligibleApplicants: string;
  readonly requiredMaterials: readonly RequiredMaterial[];
  /** ISO instants; the window is shown and judged in China Standard Time. */
  readonly opensAt: string;
  readonly closesAt: string;
  /** The diagnosis plan year the notice is about. */
  readonly planYear: number;
  readonly policyVersionId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'REFUSED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicantType = 'PROVIDER' | 'ENTERPRISE';

/** What moves an application from one state to another, and who does it. */
export const APPLICATION_ACTIONS = [
  /** The applicant submits a draft, or a corrected application (R6.2). */
  'SUBMIT',
  /** The enterprise's town accepts it online (R6.2.2). */
  'ACCEPT',
  /** The town returns it for correction (R6.2.2). */
  'RETURN_BY_TOWN',
  /** The commission's preliminary review returns it for correction (R6.3.1). */
  'RETURN_IN_REVIEW',
  /** The commission's preliminary review refuses it, with reasons (R6.3.1). */
  'REFUSE',
  /** The applicant withdraws it (R6.3.1). */
  'WITHDRAW',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export interface ApplicationTransition {
  /** The states the action may be taken from, by who applies. */
  readonly from: Readonly<Record<ApplicantType, readonly ApplicationStatus[]>>;
  readonly to: ApplicationStatus;
  /** The rule that refuses the action from any other state. */
  readonly rule: string;
}

const either = (states: readonly ApplicationStatus[]) => ({ ENTERPRISE: states, PROVIDER: states });
/**
 * Waiting for the commission's preliminary review (R6.3): an enterprise application once its town accepted
 * it (R6.2.2), a provider application once submitted (it does not pass through a town).
 */
const IN_REVIEW = { ENTERPRISE: ['ACCEPTED'], PROVIDER: ['SUBMITTED'] } as const;

/**
 * Which action takes an application from which states to which (review and publicity continue from
 * ACCEPTED, or SUBMITTED for a provider). A returned enterprise application goes back through its town:
 * resubmitted, it is SUBMITTED and waits for the town again (R6.3.1). REFUSED and WITHDRAWN are final.
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationAction, ApplicationTransition>> = {
  SUBMIT: { from: either(['DRAFT', 'RETURNED']), to: 'SUBMITTED', rule: 'R6.2' },
  ACCEPT: { from: { ENTERPRISE: ['SUBMITTED'], PROVIDER: [] }, to: 'ACCEPTED', rule: 'R6.2.2' },
  RETURN_BY_TOWN: { from: { ENTERPRISE: ['SUBMITTED'], PROVIDER: [] }, to: 'RETURNED', rule: 'R6.2.2' },
  RETURN_IN_REVIEW: { from: IN_REVIEW, to: 'RETURNED', rule: 'R6.3.1' },
  REFUSE: { from: IN_REVIEW, to: 'REFUSED', rule: 'R6.3.1' },
  WITHDRAW: { from: either(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']), to: 'WITHDRAWN', rule: 'R6.3.1' },
};

/** The state `action` takes the application to, or undefined when the table does not allow it. */
export function nextStatus(
  application: Pick<Application, 'status' | 'applicantType'>,
  action: ApplicationAction,
): ApplicationStatus | undefined {
  const transition = APPLICATION_TRANSITIONS[action];
  return transition.from[application.applicantType].includes(application.status) ? transition.to : undefined;
}

/** Whether the application is waiting for (or in) the commission's review (R6.3). */
export const inReview = (application: Pick<Application, 'status' | 'applicantType'>): boolean =>
  (IN_REVIEW[application.applicantType] as readonly ApplicationStatus[]).includes(application.status);

/**
 * Whether an application in this state holds its one-per place (its `rewardClaim`): taken at submission,
 * kept while it is corrected or reviewed, given up when it is refused or withdrawn (R6.3.1) — in the same
 * transaction as the change of state.
 */
export const holdsRewardClaim = (status: ApplicationStatus): boolean =>
  status === 'SUBMITTED' || status === 'RETURNED' || status === 'ACCEPTED';

/**
 * R5.1b.1: an implementation reward may be applied for under a notice published in the report's plan year
 * or in the following `windowYears` years (the notice's policy version's `implementationWindowYears`).
 */
export const withinImplementationWindow = (
  noticeYear: number,
  reportYear: number,
  windowYears: number,
): boolean => noticeYear >= reportYear && noticeYear <= reportYear + windowYears;

export interface InvestmentFigures {
  /** What the enterprise invested in implementing the report's measures. */
  readonly totalInvestmentFen: Fen;
  readonly description: string;
}

/** 专家 (R6.3): an expert reviewer, and the enterprises and providers they are linked to. */
export interface Expert {
  /** The expert user's id (the `sub` of their account). */
  readonly id: string;
  readonly name: string;
  readonly specialty: string;
  /** Credit codes of enterprises and providers the expert is linked to (employer, recent work). */
  readonly affiliations: readonly string[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** R6.3: one expert's part in the review of an application. */
export interface ExpertReview {
  /** The expert user's id. */
  readonly expertId: string;
  readonly assignedAt: string;
  /** A declared conflict of interest: the expert takes no part in this review. */
  readonly conflict?: string | undefined;
  /** 0–100. */
  readonly score?: number | undefined;
  readonly opinion?: string | undefined;
  readonly reviewedAt?: string | undefined;
}

/** What the preliminary review decided (R6.3, R6.3.1). */
export type PreliminaryOutcome = 'PASSED' | 'RETURNED' | 'REFUSED';

export interface PreliminaryReview {
  readonly passed: boolean;
  /** Recorded from R6.3.1 on; older reviews are PASSED or RETURNED by `passed`. */
  readonly outcome?: PreliminaryOutcome | undefined;
  readonly reasons: string;
  readonly by: string;
  readonly at: string;
}

export const preliminaryOutcome = (review: PreliminaryReview): PreliminaryOutcome =>
  review.outcome ?? (review.passed ? 'PASSED' : 'RETURNED');

/** R6.3: the commission's preliminary review and the experts' evaluations. */
export interface Review {
  readonly preliminary?: PreliminaryReview | undefined;
  readonly experts: readonly ExpertReview[];
}

export interface Application {
  readonly id: string;
  readonly noticeId: string;
  readonly programme: Programme;
  readonly applicantType: ApplicantType;
  /** The provider id or the enterprise credit code. */
  readonly applicantId: string;
  readonly applicantName: string;
  /** The enterprise the application concerns (diagnosed, implementing or certified), and its town. */
  readonly creditCode: string;
  /**
   * That enterprise's name (for a diagnosis reward, the diagnosed enterprise, not the applying provider);
   * absent on applications drafted before it was recorded.
   */
  readonly enterpriseName?: string | undefined;
  readonly town: string;
  /** The diagnosis programme's provider and report (R5.1a, R5.1b); none for a benchmark title. */
  readonly providerId?: string | undefined;
  readonly reportId?: string | undefined;
  /** The title applied for (R6.7a, R6.7c), and its level. */
  readonly benchmark?: { readonly title: BenchmarkTitle; readonly level: CertificationLevel } | undefined;
  readonly planYear: number;
  /**
   * R5.1a: the fixed reward; R5.1b: what the enterprise asks for (at most the cap); a benchmark title:
   * the R5.3 difference as it stood at submission (recomputed at approval).
   */
  readonly requestedAmountFen: Fen;
  readonly investment?: InvestmentFigures | undefined;
  readonly status: ApplicationStatus;
  readonly returnReason?: string | undefined;
  readonly policyVersionId: string;
  readonly submittedAt?: string | undefined;
  readonly acceptedAt?: string | undefined;
  readonly review?: Review | undefined;
  /**
   * R6.3.1: the project it was proposed as, written with the project in the proposal's transaction against
   * the version the proposal read, so that a withdrawal and a proposal at once cannot both commit.
   */
  readonly projectId?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Uniqueness claims the programme keeps (R5.1a / R5.1b interpretations; one application per enterprise
 * and title under a benchmark notice's year).
 */
export const rewardClaim = (
  application: Pick<Application, 'programme' | 'planYear' | 'creditCode' | 'reportId' | 'benchmark'>,
): string => {
  switch (application.programme) {
    case 'DIAGNOSIS_REWARD':
      return `DIAGNOSIS_REWARD#${application.planYear}#${application.creditCode}`;
    case 'IMPLEMENTATION_REWARD':
      return `IMPLEMENTATION_REWARD#${application.reportId ?? ''}`;
    case 'DISTRICT_BENCHMARK':
    case 'LIGHTHOUSE':
      return `BENCHMARK#${application.planYear}#${application.creditCode}#${application.benchmark?.title ?? ''}`;
  }
};
