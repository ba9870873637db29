import type { Fen } from '../money.ts';

/**
 * R2.2: a fiscal year's budget for the programme. Approvals commit against it, payments disburse from it,
 * recoveries return to it; remaining may go below zero only through a recorded override. A cancelled
 * payment, or an approved award a finding stops before it is paid, gives its commitment back.
 */
export interface Budget {
  /** `BUDGET-<fiscal year>`. */
  readonly id: string;
  readonly fiscalYear: number;
  readonly amountFen: Fen;
  readonly committedFen: Fen;
  readonly disbursedFen: Fen;
  readonly recoveredFen: Fen;
  /** Approvals the commission allowed beyond the remaining budget, with its reasons. */
  readonly overrides: readonly {
    readonly projectId: string;
    readonly reason: string;
    readonly by: string;
    readonly at: string;
  }[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const budgetId = (fiscalYear: number): string => `BUDGET-${fiscalYear}`;

/** R2.2: what approvals may still commit: the budget less what is committed, plus what was recovered. */
export const remainingBudget = (
  budget: Pick<Budget, 'amountFen' | 'committedFen' | 'recoveredFen'>,
): number => budget.amountFen - budget.committedFen + budget.recoveredFen;
