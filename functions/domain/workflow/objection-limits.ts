/**
 * INTERPRETATION R6.4.3, abuse controls on filing objections (issue 16, item 3 "objection flood"): the
 * numbers, in one place. The public route is behind a per-IP rate rule at the edge, but the edge cannot
 * see a project or a contact inside a POST body, so these limits are kept by the application, each on a
 * counter written in the same transaction as the objection (no two concurrent filings can both take the
 * last place). A filing past either is refused with OBJECTION_LIMIT_REACHED, nothing written.
 *
 * They are not settings of a policy version (R9.1): the policy text sets no number here, and the limits
 * protect the commission's screening work rather than decide anyone's award. Change them here, with
 * their reasons.
 */
export const OBJECTION_LIMITS = {
  /**
   * Objections one project receives over its whole publicity. Every one is screened by hand as soon as
   * it arrives (及时, R6.4.3) and blocks deliberation until it is: 50 is ten for each of the five working
   * days of publicity — far beyond what a project of this programme has drawn from the people who know
   * it, far below what a script sends — and keeps a project's objections within one page of the
   * commission's list (at most 100).
   */
  perProject: 50,
  /**
   * Objections one contact (as `contactKey` reads it) files across all projects in one China Standard
   * Time day (R6.4.1 dates). A real person objects to the few projects they know something about — a
   * neighbour, a competitor, a supplier in their town; an invented identity objects to every project in
   * the publicity list. Still one objection per contact per project, whatever the day.
   */
  perContactPerDay: 5,
} as const;

/** The counter of one contact's objections on one CST day. */
export const contactDayCounterName = (cstDay: string, contactKey: string): string =>
  `OBJECTIONS_BY_CONTACT#${cstDay}#${contactKey}`;
