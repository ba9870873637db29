import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  holdsRewardClaim,
  nextStatus,
  withinImplementationWindow,
} from '#domain/applications/application';

/** The application's life as a table (R6.2, R6.3.1) and the implementation window (R5.1b.1), without a database. */

describe('R6.3.1: application states', () => {
  it('R6.3.1: the preliminary review returns or refuses an enterprise application its town accepted, and a provider application as submitted', () => {
    expect(nextStatus({ status: 'ACCEPTED', applicantType: 'ENTERPRISE' }, 'RETURN_IN_REVIEW')).toBe(
      'RETURNED',
    );
    expect(nextStatus({ status: 'ACCEPTED', applicantType: 'ENTERPRISE' }, 'REFUSE')).toBe('REFUSED');
    expect(nextStatus({ status: 'SUBMITTED', applicantType: 'PROVIDER' }, 'RETURN_IN_REVIEW')).toBe(
      'RETURNED',
    );
    expect(nextStatus({ status: 'SUBMITTED', applicantType: 'PROVIDER' }, 'REFUSE')).toBe('REFUSED');
    // An enterprise application not yet accepted by its town is the town's to accept or return (R6.2.2).
    expect(nextStatus({ status: 'SUBMITTED', applicantType: 'ENTERPRISE' }, 'REFUSE')).toBeUndefined();
  });

  it('R6.3.1: a returned enterprise application goes back through its town: resubmitted, then accepted again', () => {
    const resubmitted = nextStatus({ status: 'RETURNED', applicantType: 'ENTERPRISE' }, 'SUBMIT');
    expect(resubmitted).toBe('SUBMITTED');
    expect(nextStatus({ status: 'SUBMITTED', applicantType: 'ENTERPRISE' }, 'ACCEPT')).toBe('ACCEPTED');
    expect(nextStatus({ status: 'ACCEPTED', applicantType: 'ENTERPRISE' }, 'RETURN_BY_TOWN')).toBeUndefined();
  });

  it('R6.3.1: refused and withdrawn are final and free the one-per place; every other submitted state holds it', () => {
    for (const action of Object.keys(APPLICATION_TRANSITIONS) as (keyof typeof APPLICATION_TRANSITIONS)[]) {
      for (const applicantType of ['ENTERPRISE', 'PROVIDER'] as const) {
        expect(nextStatus({ status: 'REFUSED', applicantType }, action)).toBeUndefined();
        expect(nextStatus({ status: 'WITHDRAWN', applicantType }, action)).toBeUndefined();
      }
    }
    expect(APPLICATION_STATUSES.filter(holdsRewardClaim)).toEqual(['SUBMITTED', 'RETURNED', 'ACCEPTED']);
  });
});

describe('R5.1b.1: the implementation window', () => {
  it('R5.1b.1: a notice of the plan year or of the following years up to the window', () => {
    expect(withinImplementationWindow(2026, 2026, 2)).toBe(true);
    expect(withinImplementationWindow(2028, 2026, 2)).toBe(true);
    expect(withinImplementationWindow(2029, 2026, 2)).toBe(false);
    expect(withinImplementationWindow(2025, 2026, 2)).toBe(false);
    expect(withinImplementationWindow(2027, 2026, 0)).toBe(false);
  });
});
