/**
 * The approval workflow's human stages (R6.4, R6.5, R6.6): each a callback the GraphQL mutation recording
 * the decision completes.
 */
export const HUMAN_STAGES = ['INVESTIGATION', 'DELIBERATION', 'DISBURSEMENT_DOCUMENT'] as const;
export type HumanStage = (typeof HUMAN_STAGES)[number];

/**
 * How long a human stage may wait before it is flagged overdue (and an alarm raised); it then waits on,
 * flagged again after each further period. Kept under 23 days so that the local runner, whose timers
 * cannot exceed 2^31−1 ms, keeps the same timeouts as AWS.
 */
export const STAGE_TIMEOUT_DAYS: Readonly<Record<HumanStage, number>> = {
  INVESTIGATION: 15,
  DELIBERATION: 20,
  DISBURSEMENT_DOCUMENT: 20,
};
