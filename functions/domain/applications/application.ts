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

export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Which application states may follow which (review and publicity continue from ACCEPTED). */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  // A provider's application needs no town acceptance (R6.2.2 is about enterprise applications).
  SUBMITTED: ['ACCEPTED', 'RETURNED', 'WITHDRAWN'],
  RETURNED: ['SUBMITTED', 'WITHDRAWN'],
  ACCEPTED: [],
  WITHDRAWN: [],
};

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

/** R6.3: the commission's preliminary review and the experts' evaluations. */
export interface Review {
  readonly preliminary?:
    | { readonly passed: boolean; readonly reasons: string; readonly by: string; readonly at: string }
    | undefined;
  readonly experts: readonly ExpertReview[];
}

export interface Application {
  readonly id: string;
  readonly noticeId: string;
  readonly programme: Programme;
  readonly applicantType: 'PROVIDER' | 'ENTERPRISE';
  /** The provider id or the enterprise credit code. */
  readonly applicantId: string;
  readonly applicantName: string;
  /** The enterprise the application concerns (diagnosed, implementing or certified), and its town. */
  readonly creditCode: string;
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
