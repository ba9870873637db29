import * as z from 'zod';
import { fenSchema } from '../diagnosis/input-schemas.ts';
import { name, optional, text } from '../registry/input-schemas.ts';
import { contactKey, INADMISSIBLE_REASONS, OBJECTION_OUTCOMES } from './objection.ts';

/** Input rules of the review, publicity and approval stages. Schemas are built on first use (`z.lazy`, issue 19). */

const id = text(1, 64);

/**
 * R5.5: only an implementation reward (R5.1b) is proposed at a reviewed amount; fixed awards (R5.1a, the
 * tier amounts) take none — the use case refuses one given, naming R5.5.
 */
export const proposeSchema = z.lazy(() =>
  z.object({ applicationId: id, proposedAmountFen: optional(fenSchema) }),
);

/** R3.1.1: a member body's sign-off of the project as its signer read it. */
export const signOffSchema = z.lazy(() => z.object({ projectId: id, version: z.number().int().min(1) }));

/**
 * A list proposed at once: at most 25 projects, one transaction (a project and its application, R6.3.1, and
 * an audit record each: 100 items).
 */
export const proposeListSchema = z.lazy(() =>
  z.object({ items: z.array(proposeSchema).min(1).max(25) }).superRefine((input, context) => {
    const ids = input.items.map((item) => item.applicationId);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['items'], message: 'an application is listed twice' });
  }),
);

/**
 * R6.4, R6.4.3: objections are real-name: name, contact and reason are all required; a contact has at least
 * five letters or digits (a telephone number or an e-mail address, as `contactKey` reads it).
 */
export const objectionSchema = z.lazy(() =>
  z.object({
    projectId: id,
    objectorName: name(2, 50),
    objectorContact: text(5, 100).refine(
      (contact) => contactKey(contact).replace(/[^\p{L}\p{N}]/gu, '').length >= 5,
      { error: 'a telephone number or an e-mail address, with at least 5 letters or digits' },
    ),
    reason: text(10, 2000),
  }),
);

/**
 * R6.4.3: the commission's screening of one objection, against the version it read. An inadmissible one
 * names its reason code; an admissible one names none. The reason text is required either way.
 */
export const screeningSchema = z.lazy(() =>
  z
    .object({
      objectionId: id,
      version: z.number().int().min(1),
      admissible: z.boolean(),
      reasonCode: optional(z.enum(INADMISSIBLE_REASONS)),
      reason: text(2, 2000),
    })
    .superRefine((input, context) => {
      if (!input.admissible && input.reasonCode === undefined)
        context.addIssue({
          code: 'custom',
          path: ['reasonCode'],
          message: 'R6.4.3: an inadmissible objection is closed with its reason code',
        });
      if (input.admissible && input.reasonCode !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['reasonCode'],
          message: 'an admissible objection has no inadmissibility reason code: leave it out',
        });
    }),
);

/** R6.4.3: the disposition of one admissible objection after its investigation, with the finding. */
export const dispositionSchema = z.lazy(() =>
  z.object({
    objectionId: id,
    version: z.number().int().min(1),
    outcome: z.enum(OBJECTION_OUTCOMES),
    finding: text(2, 2000),
  }),
);

export const investigationSchema = z.lazy(() =>
  z.object({
    projectId: id,
    version: z.number().int().min(1),
    upheld: z.boolean(),
    finding: text(2, 2000),
  }),
);

export const deliberationSchema = z.lazy(() =>
  z.object({
    projectId: id,
    version: z.number().int().min(1),
    approved: z.boolean(),
    reason: text(2, 2000),
  }),
);

/** R6.4.4: the commission resumes a failed project once its cause is fixed, saying why. */
export const resumeSchema = z.lazy(() =>
  z.object({
    projectId: id,
    version: z.number().int().min(1),
    reason: text(2, 2000),
  }),
);

// At most 20 projects: issuing writes the document, a payment and a decision per project and their audit
// records in one transaction (≤ 100 items).
export const draftDocumentSchema = z.lazy(() => z.object({ projectIds: z.array(id).min(1).max(20) }));
