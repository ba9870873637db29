import type { Application } from '#domain/applications/application';
import type { Resource } from '#domain/authorization/policy';

/**
 * Scope of an application: the applicant itself (a provider or an enterprise, never the other party), the
 * town of the enterprise it concerns, and the experts assigned to review it.
 */
export const applicationResource = (application: Application): Resource => ({
  town: application.town,
  // R6.3: experts who declared a conflict of interest see nothing of it.
  assignedExperts: (application.review?.experts ?? [])
    .filter((expert) => !expert.conflict)
    .map((expert) => expert.expertId),
  ...(application.applicantType === 'ENTERPRISE'
    ? { creditCode: application.creditCode }
    : { providerId: application.providerId }),
});
