import * as z from 'zod';
import { Unauthenticated } from '#domain/errors';
import { isJointReviewBody, isRole, JOINT_REVIEW_BODIES } from '#domain/identity/principal';
import type { UserPrincipal } from '#domain/identity/principal';

/**
 * Claim names shared by Cognito ID tokens and the local development tokens. In Cognito the roles are
 * groups and the scope claims are custom attributes the app client cannot write (infra/constructs/identity.ts).
 */
export const CLAIMS = {
  groups: 'cognito:groups',
  town: 'custom:town',
  creditCode: 'custom:creditCode',
  providerId: 'custom:providerId',
  /** JOINT_REVIEWER: the member body the user signs for (R3.1.1): DRC, STC or FINANCE_BUREAU. */
  body: 'custom:body',
} as const;

/**
 * API Gateway's JWT authorizer hands array claims to Lambda as one string, `[A B]`; a verified token
 * locally keeps them as an array. Both arrive here.
 */
const groupsClaim = z.union([
  z.array(z.string()),
  z.string().transform((value) =>
    value
      .replace(/^\[|\]$/g, '')
      .split(/[\s,]+/)
      .filter(Boolean),
  ),
]);

const claimsSchema = z.object({
  sub: z.string().min(1),
  [CLAIMS.groups]: groupsClaim.optional(),
  [CLAIMS.town]: z.string().min(1).optional(),
  [CLAIMS.creditCode]: z.string().min(1).optional(),
  [CLAIMS.providerId]: z.string().min(1).optional(),
  [CLAIMS.body]: z.string().min(1).optional(),
});

/** Turns verified claims into a principal; refuses a token whose role lacks the scope claim it needs. */
export function principalFromClaims(claims: unknown): UserPrincipal {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) throw new Unauthenticated('token claims are malformed');
  const data = parsed.data;
  const roles = (data[CLAIMS.groups] ?? []).filter(isRole);
  const [role, ...others] = roles;
  if (role === undefined || others.length > 0) {
    throw new Unauthenticated('token must carry exactly one role group');
  }
  const body = data[CLAIMS.body];
  if (body !== undefined && !isJointReviewBody(body)) {
    throw new Unauthenticated(
      `the ${CLAIMS.body} claim must name a member body of the joint review group (${JOINT_REVIEW_BODIES.join(', ')}), not "${body}"`,
    );
  }
  const principal: UserPrincipal = {
    kind: 'user',
    userId: data.sub,
    role,
    ...(data[CLAIMS.town] === undefined ? {} : { town: data[CLAIMS.town] }),
    ...(data[CLAIMS.creditCode] === undefined ? {} : { creditCode: data[CLAIMS.creditCode] }),
    ...(data[CLAIMS.providerId] === undefined ? {} : { providerId: data[CLAIMS.providerId] }),
    ...(body === undefined ? {} : { body }),
  };
  const missing = requiredScopeClaim(principal);
  if (missing) {
    throw new Unauthenticated(
      missing === CLAIMS.body
        ? `role JOINT_REVIEWER needs the ${CLAIMS.body} claim: the member body the user signs for (${JOINT_REVIEW_BODIES.join(', ')}, R3.1.1)`
        : `role ${role} needs the ${missing} claim`,
    );
  }
  return principal;
}

function requiredScopeClaim(principal: UserPrincipal): string | undefined {
  switch (principal.role) {
    case 'TOWN_OFFICER':
      return principal.town === undefined ? CLAIMS.town : undefined;
    case 'ENTERPRISE':
      return principal.creditCode === undefined ? CLAIMS.creditCode : undefined;
    case 'PROVIDER':
      return principal.providerId === undefined ? CLAIMS.providerId : undefined;
    case 'JOINT_REVIEWER':
      return principal.body === undefined ? CLAIMS.body : undefined;
    case 'ECONOMIC_COMMISSION':
    case 'FINANCE':
    case 'EXPERT':
    case 'PROMOTION_OFFICE':
      return undefined;
  }
}
