/**
 * Who is calling. Built by the identity adapter from verified JWT claims (Cognito in AWS, development
 * tokens locally); the domain never sees a token.
 */

/** The roles of the glossary. A user acts in exactly one of them. */
export const ROLES = [
  'ECONOMIC_COMMISSION',
  'JOINT_REVIEWER',
  'FINANCE',
  'EXPERT',
  'PROMOTION_OFFICE',
  'TOWN_OFFICER',
  'ENTERPRISE',
  'PROVIDER',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * R3.1, R3.1.1: the member bodies of the joint review group a JOINT_REVIEWER user sits for, besides the
 * Economic Commission (whose users sign as ECONOMIC_COMMISSION): the Development and Reform Commission
 * (区发展改革委), the Science and Technology Commission (区科委) and the Finance Bureau (区财政局, signing here
 * as a joint reviewer, not through the FINANCE role).
 */
export const JOINT_REVIEW_BODIES = ['DRC', 'STC', 'FINANCE_BUREAU'] as const;
export type JointReviewBody = (typeof JOINT_REVIEW_BODIES)[number];

export function isJointReviewBody(value: string): value is JointReviewBody {
  return (JOINT_REVIEW_BODIES as readonly string[]).includes(value);
}

export interface AnonymousPrincipal {
  readonly kind: 'anonymous';
}

export interface UserPrincipal {
  readonly kind: 'user';
  /** Stable subject of the identity provider (Cognito `sub`). */
  readonly userId: string;
  readonly role: Role;
  /** TOWN_OFFICER: the code of the local unit the officer works for. */
  readonly town?: string;
  /** ENTERPRISE: the unified social credit code of the enterprise the user speaks for. */
  readonly creditCode?: string;
  /** PROVIDER: the id of the service provider the user speaks for. */
  readonly providerId?: string;
  /** JOINT_REVIEWER: the member body of the joint review group the user signs for (R3.1.1). */
  readonly body?: JointReviewBody;
}

export type Principal = AnonymousPrincipal | UserPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };
