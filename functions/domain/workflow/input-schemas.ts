import { z } from 'zod';
import { fenSchema } from '../diagnosis/input-schemas.ts';
import { text } from '../registry/input-schemas.ts';

/** Input rules of the review, publicity and approval stages. */

const id = text(1, 64);

export const proposeSchema = z.object({ applicationId: id, proposedAmountFen: fenSchema });

/** R6.4: objections are real-name: name, contact and reason are all required. */
export const objectionSchema = z.object({
  projectId: id,
  objectorName: text(2, 50),
  objectorContact: text(5, 100),
  reason: text(10, 2000),
});

export const investigationSchema = z.object({
  projectId: id,
  version: z.number().int().min(1),
  upheld: z.boolean(),
  finding: text(2, 2000),
});

export const deliberationSchema = z.object({
  projectId: id,
  version: z.number().int().min(1),
  approved: z.boolean(),
  reason: text(2, 2000),
});

// At most 20 projects: issuing writes the document, a payment and a decision per project and their audit
// records in one transaction (≤ 100 items).
export const draftDocumentSchema = z.object({ projectIds: z.array(id).min(1).max(20) });
