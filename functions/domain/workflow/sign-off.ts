import { PolicyViolation } from '../errors.ts';
import type { JointReviewBody } from '../identity/principal.ts';
import { JOINT_REVIEW_BODIES } from '../identity/principal.ts';

/**
 * R3.1, R3.1.1: the list of projects proposed for support is fixed by the joint review group, not by one
 * user. The Economic Commission proposes (its sign-off, with the amount it proposes); each other member
 * body — DRC, STC, the Finance Bureau — signs through a JOINT_REVIEWER user who sits for it, once per
 * body. The project waits in AWAITING_SIGN_OFF until the commission and at least `jointReviewBodies`
 * other bodies (policy data, default 1) have signed; only then does anything start.
 */

/** Who may sign: the commission and the other member bodies. */
export type SigningBody = 'ECONOMIC_COMMISSION' | JointReviewBody;

export const BODY_NAMES: Readonly<Record<SigningBody, string>> = {
  ECONOMIC_COMMISSION: '区经委',
  DRC: '区发展改革委',
  STC: '区科委',
  FINANCE_BUREAU: '区财政局',
};

export interface SignOff {
  readonly body: SigningBody;
  /** The signing user (`sub`). */
  readonly by: string;
  readonly at: string;
}

/** How many of the other member bodies have signed. */
export const otherBodiesSigned = (signOffs: readonly SignOff[]): number =>
  signOffs.filter((signOff) => (JOINT_REVIEW_BODIES as readonly string[]).includes(signOff.body)).length;

/** R3.1.1: signed by the commission and by enough other member bodies. */
export function signedOff(signOffs: readonly SignOff[], jointReviewBodies: number): boolean {
  return (
    signOffs.some((signOff) => signOff.body === 'ECONOMIC_COMMISSION') &&
    otherBodiesSigned(signOffs) >= jointReviewBodies
  );
}

/** R3.1.1: one sign-off per body; refused with the body named when it has signed already. */
export function addSignOff(signOffs: readonly SignOff[], signOff: SignOff, projectId: string): SignOff[] {
  const earlier = signOffs.find((existing) => existing.body === signOff.body);
  if (earlier) {
    throw new PolicyViolation(
      'R3.1.1',
      `${BODY_NAMES[signOff.body]} (${signOff.body}) has already signed off project ${projectId} (user ${earlier.by} at ${earlier.at}): each member body signs once`,
    );
  }
  return [...signOffs, signOff];
}
