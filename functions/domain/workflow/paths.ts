/** R6.8: the paths through the approval workflow — reviewed (R5.1a, R5.1b, R6.7a), automatic (R6.7b), lighthouse (R6.7c). */
export const WORKFLOW_PATHS = ['REVIEWED', 'AUTOMATIC', 'LIGHTHOUSE'] as const;
export type WorkflowPath = (typeof WORKFLOW_PATHS)[number];
