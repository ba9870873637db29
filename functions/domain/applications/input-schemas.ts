import * as z from 'zod';
import { fenSchema, yearSchema } from '../diagnosis/input-schemas.ts';
import { optional, text } from '../registry/input-schemas.ts';
import { PROGRAMMES } from './application.ts';
import { BENCHMARK_TITLES } from '../policy/policy-version.ts';

/** Input rules of notices and applications (R6.2). Schemas are built on first use (`z.lazy`, issue 19). */

/** An instant: a Date (the GraphQL DateTime scalar parses to one) or ISO 8601 text with its offset. */
const instant = z.lazy(() =>
  z
    .union([
      z.date(),
      z.iso.datetime({
        offset: true,
        error: 'an ISO 8601 instant with its offset, e.g. 2026-12-01T09:00:00+08:00',
      }),
    ])
    .transform((value) => (value instanceof Date ? value : new Date(value)).toISOString()),
);

export const noticeSchema = z.lazy(() =>
  z
    .object({
      programme: z.enum(PROGRAMMES),
      title: text(2, 200),
      eligibleApplicants: text(2, 1000),
      requiredMaterials: z
        .array(
          z.object({
            code: z
              .string()
              .trim()
              .regex(/^[A-Z][A-Z0-9_]{1,49}$/, 'an upper-case code'),
            name: text(1, 100),
          }),
        )
        .max(30),
      opensAt: instant,
      closesAt: instant,
      planYear: yearSchema,
      /** R9.1: the version the notice names; it must be in force on the publication date. */
      policyVersionId: optional(text(2, 32)),
    })
    .superRefine((notice, context) => {
      if (Date.parse(notice.closesAt) <= Date.parse(notice.opensAt)) {
        context.addIssue({
          code: 'custom',
          path: ['closesAt'],
          message: 'the window must close after it opens',
        });
      }
      const codes = notice.requiredMaterials.map((material) => material.code);
      if (new Set(codes).size !== codes.length) {
        context.addIssue({
          code: 'custom',
          path: ['requiredMaterials'],
          message: 'material codes must be distinct',
        });
      }
    }),
);

const investmentSchema = z.lazy(() =>
  z.object({
    totalInvestmentFen: fenSchema.refine((value) => value > 0, 'must be more than 0'),
    description: text(1, 2000),
  }),
);

export const draftApplicationSchema = z.lazy(() =>
  z.object({
    noticeId: text(1, 64),
    /** The diagnosis programme's report (R5.1a, R5.1b). */
    reportId: optional(text(1, 64)),
    /** The title a benchmark application is for (R6.7a, R6.7c). */
    title: optional(z.enum(BENCHMARK_TITLES)),
    requestedAmountFen: optional(fenSchema),
    investment: optional(investmentSchema),
  }),
);

export const updateDraftSchema = z.lazy(() =>
  z.object({
    id: text(1, 64),
    version: z.number().int().min(1),
    requestedAmountFen: optional(fenSchema),
    investment: optional(investmentSchema),
  }),
);

export const applicationVersionSchema = z.lazy(() =>
  z.object({ id: text(1, 64), version: z.number().int().min(1) }),
);

export const returnApplicationSchema = z.lazy(() =>
  z.object({
    id: text(1, 64),
    version: z.number().int().min(1),
    reason: text(1, 1000),
  }),
);
