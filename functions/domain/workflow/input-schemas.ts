import * as z from 'zod';
import { fenSchema } from '../diagnosis/input-schemas.ts';
import { name, optional, text } from '../registry/input-schemas.ts';

/** Input rules of the review, publicity and approval stages. */

const id = text(1, 64);

/**
 * R5.5: only an implementation reward (R5.1b) is proposed at a reviewed amount; fixed awards (R5.1a, the
 * tier amounts) take none — the use case refuses one given, naming R5.5.
 */
export const proposeSchema = z.object({ applicationId: id, proposedAmountFen: optional(fenSchema) });

/** R3.1.1: a member body's sign-off of the project as its signer read it. */
export const signOffSchema = z.object({ projectId: id, version: z.number().int().min(1) });

/**
 * A list proposed at once: at most 25 projects, one transaction (a project and its application, R6.3.1, and
 * an audit record each: 100 items).
 */
export const proposeListSchema = z
  .object({ items: z.array(proposeSchema).min(1).max(25) })
  .superRefine((input, context) => {
    const ids = input.items.map((item) => item.applicationId);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['items'], message: 'an application is listed twice' });
  });

/** R6.4: objections are real-name: name, contact and reason are all required. */
export const objectionSchema = z.object({
  projectId: id,
  objectorName: name(2, 50),
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

/** R6.4.4: the commission resumes a failed project once its cause is fixed, saying why. */
export const resumeSchema = z.object({
  projectId: id,
  version: z.number().int().min(1),
  reason: text(2, 2000),
});

// At most 20 projects: issuing writes the document, a payment and a decision per project and their audit
// records in one transaction (≤ 100 items).
export const draftDocumentSchema = z.object({ projectIds: z.array(id).min(1).max(20) });
