/**
 * The decision that ends a project's DISBURSEMENT_DOCUMENT stage (R6.6): the joint document that was issued
 * for it, or — a fraud finding recorded while it waited — withheld, nothing paid (R7.1.1). The state machine
 * reads `withheld` (its DocumentWithheld Choice) to end the project WITHHELD instead of COMPLETED.
 */
export type DocumentDecision =
  | { readonly documentId: string }
  | { readonly withheld: true; readonly findingId: string; readonly rule: 'R7.1.1' };

/** R7.1.1: the decision a fraud finding records for a project waiting for its document. */
export const withheldByFinding = (findingId: string): DocumentDecision & Record<string, unknown> => ({
  withheld: true,
  findingId,
  rule: 'R7.1.1',
});
