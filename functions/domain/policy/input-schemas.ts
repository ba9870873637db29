import * as z from 'zod';
import { fenSchema } from '../diagnosis/input-schemas.ts';
import { localDateSchema, optional, text } from '../registry/input-schemas.ts';
import {
  BENCHMARK_TITLES,
  CERTIFICATION_LEVELS,
  FISCAL_YEAR_RULES,
  ONE_PER_RULES,
  POLICY_SETTING_NAMES,
} from './policy-version.ts';

/** Input rules of a policy version draft (R8.1, R9.1): every setting present, each with its clause. Schemas are built on first use (`z.lazy`, issue 19). */

const positiveFen = fenSchema.refine((value) => value > 0, 'an amount above 0');

const tierSchema = z.lazy(() =>
  z.object({
    tier: z.number().int().min(1).max(20),
    level: z.enum(CERTIFICATION_LEVELS),
    titles: z.array(z.enum(BENCHMARK_TITLES)).min(1, 'a tier names at least one title'),
    amountFen: positiveFen,
  }),
);

const clausesSchema = z.lazy(() =>
  z.object(
    Object.fromEntries(POLICY_SETTING_NAMES.map((name) => [name, text(1, 200)])) as Record<
      (typeof POLICY_SETTING_NAMES)[number],
      ReturnType<typeof text>
    >,
  ),
);

export const policyVersionIdSchema = z.lazy(() =>
  z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'capital letters, digits and hyphens, 2–32 characters, e.g. QP-2025'),
);

export const policyDraftSchema = z.lazy(() =>
  z
    .object({
      id: policyVersionIdSchema,
      /** Set to revise an existing draft (its current version); absent for a new one. */
      version: optional(z.number().int().min(1)),
      title: text(2, 200),
      effectiveFrom: localDateSchema,
      effectiveTo: localDateSchema,
      citation: z.object({
        issuingBody: text(2, 100),
        title: text(2, 200),
        documentNumber: optional(text(2, 60)),
        publishedOn: localDateSchema,
        clauses: clausesSchema,
      }),
      fundLine: text(2, 200),
      diagnosisRewardFen: positiveFen,
      implementationRewardCapFen: positiveFen,
      tiers: z.array(tierSchema).min(1).max(20),
      publicityWorkingDays: z.number().int().min(1).max(30),
      banYears: z.number().int().min(1).max(10),
      expertsRequired: z.number().int().min(1).max(15),
      jointReviewBodies: z.number().int().min(1).max(3),
      implementationWindowYears: z.number().int().min(0).max(10),
      importedLevels: z.array(z.enum(CERTIFICATION_LEVELS)).max(CERTIFICATION_LEVELS.length),
      onePerRules: z.object({
        diagnosisReward: z.enum(ONE_PER_RULES.diagnosisReward),
        implementationReward: z.enum(ONE_PER_RULES.implementationReward),
        benchmarkTitle: z.enum(ONE_PER_RULES.benchmarkTitle),
      }),
      fiscalYearRule: z.enum(FISCAL_YEAR_RULES),
    })
    .superRefine((input, context) => {
      if (input.effectiveTo < input.effectiveFrom)
        context.addIssue({
          code: 'custom',
          path: ['effectiveTo'],
          message: `ends (${input.effectiveTo}) before it starts (${input.effectiveFrom})`,
        });
      tierProblems(input.tiers).forEach(({ index, message }) =>
        context.addIssue({ code: 'custom', path: ['tiers', index], message }),
      );
    }),
);
export type PolicyDraftInput = z.output<typeof policyDraftSchema>;

/**
 * R5.2, R5.3: tiers are numbered 1, 2, 3… in order, each pays more than the one below (else a step up
 * would pay nothing), and a title at a level belongs to one tier only.
 */
function tierProblems(tiers: readonly z.output<typeof tierSchema>[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const seen = new Map<string, number>();
  tiers.forEach((rule, index) => {
    if (rule.tier !== index + 1)
      problems.push({ index, message: `tiers are numbered 1, 2, 3… in order; this one is ${rule.tier}` });
    const below = tiers[index - 1];
    if (below && rule.amountFen <= below.amountFen)
      problems.push({ index, message: `tier ${rule.tier} must pay more than tier ${below.tier}` });
    for (const title of rule.titles) {
      const key = `${rule.level} ${title}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push({ index, message: `${key} is already in tier ${other}` });
      else seen.set(key, rule.tier);
    }
  });
  return problems;
}

export const publishPolicySchema = z.lazy(() =>
  z.object({
    id: policyVersionIdSchema,
    version: z.number().int().min(1),
  }),
);
