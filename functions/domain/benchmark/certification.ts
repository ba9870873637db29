import { createHash } from 'node:crypto';
import type { Fen } from '../money.ts';
import type { BenchmarkTitle, CertificationLevel } from '../policy/policy-version.ts';
import type { BenchmarkAward } from './tier-difference.ts';

/**
 * A benchmark certification (标杆认定): a title an enterprise obtained, from a certifying body, under a
 * certificate number. Unique by body + number: its id is derived from them, so the same certificate can
 * never be recorded twice, whoever imports it and however often (R5.4, R6.7b).
 */

export type CertificationSource =
  | {
      readonly kind: 'IMPORT';
      readonly importId: string;
      /** The line of the list it came from (the header is line 1). */
      readonly line: number;
    }
  | { readonly kind: 'APPLICATION'; readonly applicationId: string };

/** What R5.3 made of the certification when it was recorded. */
export interface CertificationOutcome {
  readonly tier: number;
  readonly tierAmountFen: Fen;
  /** The enterprise's highest counting tier before it (0 when none); absent on older records. */
  readonly standingTierBefore?: number | undefined;
  readonly alreadyAwardedFen: Fen;
  readonly awardFen: Fen;
  /** Why it pays nothing, when it does not (R5.3: still recorded). */
  readonly zeroReason?: string | undefined;
  /** The project that carries a positive award down the automatic path (R6.8). */
  readonly projectId?: string | undefined;
}

export interface Certification {
  /** `CERT-` and a digest of the certifying body and the certificate number. */
  readonly id: string;
  readonly creditCode: string;
  /** The enterprise's name in the registry. */
  readonly enterpriseName: string;
  /** The enterprise's town, for scope. */
  readonly town: string;
  readonly title: BenchmarkTitle;
  readonly level: CertificationLevel;
  readonly certifyingBody: string;
  readonly certificateNumber: string;
  /** CST date of the certification. */
  readonly certifiedOn: string;
  readonly source: CertificationSource;
  /** R8.1: the policy version in force on the certification date. */
  readonly policyVersionId: string;
  readonly outcome: CertificationOutcome;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * An enterprise's benchmark awards so far (R5.3): the history the tier difference is computed from.
 * Updated in the same transaction as the award that raises it (R5.4), conditioned on its version.
 */
export interface BenchmarkStanding {
  /** `STANDING-<credit code>`. */
  readonly id: string;
  readonly creditCode: string;
  readonly awards: readonly (BenchmarkAward & { readonly certificationId: string })[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const standingId = (creditCode: string): string => `STANDING-${creditCode}`;

/** Bodies are compared without surrounding or doubled spaces; numbers also without case. */
export function certificationId(certifyingBody: string, certificateNumber: string): string {
  const body = certifyingBody.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const number = certificateNumber.normalize('NFKC').trim().toUpperCase();
  return `CERT-${createHash('sha256').update(`${body}\n${number}`).digest('hex').slice(0, 32)}`;
}

/** The highest tier an enterprise has been awarded and what it paid in full (0 when none). */
export function highestAward(standing: Pick<BenchmarkStanding, 'awards'> | undefined): {
  tier: number;
  amountFen: Fen;
} {
  return (standing?.awards ?? [])
    .filter((award) => award.status === 'AWARDED')
    .reduce(
      (highest, award) =>
        award.amountFen > highest.amountFen ? { tier: award.tier, amountFen: award.amountFen } : highest,
      {
        tier: 0,
        amountFen: 0,
      },
    );
}
