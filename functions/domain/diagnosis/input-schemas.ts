import * as z from 'zod';
import { creditCodeSchema, localDateSchema, name, optional, text } from '../registry/input-schemas.ts';

/** Input rules of the diagnosis programme. Schemas are built on first use (`z.lazy`, issue 19). */

const year = z.lazy(() => z.number().int().min(2022, 'the programme starts in 2022').max(2100));
const fen = z.lazy(() => z.number().int('amounts are integer fen').min(0).max(Number.MAX_SAFE_INTEGER));

export const intentionEntrySchema = z.lazy(() =>
  z.object({
    year,
    creditCode: creditCodeSchema,
    contactName: name(1, 50),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,30}$/, 'digits, spaces, +, - and parentheses, 5–30 characters'),
    needs: text(1, 2000),
  }),
);

const planEntry = z.lazy(() => z.object({ creditCode: creditCodeSchema, targetDate: localDateSchema }));

// At most 500 enterprises a year: the plan and its audit record each stay far below DynamoDB's 400 KB item limit.
export const createPlanSchema = z.lazy(() => z.object({ year, entries: z.array(planEntry).min(1).max(500) }));
export const amendPlanSchema = z.lazy(() =>
  z.object({
    year,
    version: z.number().int().min(1),
    add: optional(z.array(planEntry).max(500)),
    remove: optional(z.array(creditCodeSchema).max(500)),
  }),
);

export const assignSchema = z.lazy(() =>
  z.object({
    year,
    creditCode: creditCodeSchema,
    providerId: text(1, 64),
    deadline: localDateSchema,
  }),
);

export const respondSchema = z.lazy(() =>
  z.object({
    assignmentId: text(1, 64),
    version: z.number().int().min(1),
    accept: z.boolean(),
    reason: optional(text(1, 500)),
  }),
);

export const reassignSchema = z.lazy(() =>
  z.object({
    assignmentId: text(1, 64),
    version: z.number().int().min(1),
    providerId: text(1, 64),
    deadline: localDateSchema,
  }),
);

export const submitReportSchema = z.lazy(() =>
  z.object({
    assignmentId: text(1, 64),
    summary: text(10, 5000),
    recommendedMeasures: z.array(text(1, 500)).min(1).max(50),
    estimatedInvestmentFen: fen,
    reportAttachmentId: text(1, 64),
  }),
);

export const confirmReportSchema = z.lazy(() =>
  z.object({
    reportId: text(1, 64),
    version: z.number().int().min(1),
    principalName: name(1, 50),
    signedPageAttachmentId: text(1, 64),
  }),
);

export const followUpSchema = z.lazy(() =>
  z.object({
    reportId: text(1, 64),
    version: z.number().int().min(1),
    continuing: z.boolean(),
    note: text(1, 2000),
  }),
);

export { fen as fenSchema, year as yearSchema };
