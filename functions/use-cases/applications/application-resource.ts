import type { Application } from '#domain/applications/application';
import type { Resource } from '#domain/authorization/policy';

/**
 * Scope of an application: the applicant itself (a provider or an enterprise, never the other party) and
 * the town of the enterprise it concerns.
 */
export const applicationResource = (application: Application): Resource => ({
  town: application.town,
  ...(application.applicantType === 'ENTERPRISE'
    ? { creditCode: application.creditCode }
    : { providerId: application.providerId }),
});
