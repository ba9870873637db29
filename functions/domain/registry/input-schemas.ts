import * as z from 'zod';
import { isCalendarDate } from '../time/cst.ts';
import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from './credit-code.ts';
import { BUSINESS_STATUSES, CREDIT_STANDINGS } from './registry-subject.ts';

/**
 * Input rules of the registry, shared by the GraphQL mutations and the CSV import. Every string has a
 * length limit; values are trimmed and stored as given (clients escape them when they display them).
 * `null` from GraphQL means "not given". Each schema is built on its first use (`z.lazy`), not when the
 * module loads: a cold start of the GraphQL function builds only those its first requests need (issue 19).
 */

export const text = (min: number, max: number) =>
  z.string().trim().min(min, `at least ${min} characters`).max(max, `at most ${max} characters`);
/** Control characters (NUL, BEL, tab, newlines…) and the line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what is shown. */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
/** What shows nothing: format characters (zero-width space and joiners, BOM…), spaces and blank fillers. */
const INVISIBLE = /[\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * A name (of an enterprise, provider, contact, principal, bank or account holder) on one line: trimmed,
 * NFC-normalised, and refused when it holds a control character, a bidi override, or only invisible
 * characters (issue 16 item 7): such names reach lists, documents and the bank file.
 */
export const name = (min: number, max: number) =>
  text(min, max)
    .transform((value) => value.normalize('NFC'))
    .superRefine((value, context) => {
      if (CONTROL.test(value)) {
        context.addIssue({ code: 'custom', message: 'no control characters or line breaks' });
      } else if (BIDI_OVERRIDE.test(value)) {
        context.addIssue({
          code: 'custom',
          message: 'no bidirectional override characters (U+202A–U+202E, U+2066–U+2069)',
        });
      } else if (value.replace(INVISIBLE, '') === '') {
        context.addIssue({ code: 'custom', message: 'only invisible characters' });
      }
    });
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null ? undefined : value), schema.optional());

export const creditCodeSchema = z.lazy(() =>
  z
    .string()
    .max(40, 'a unified social credit code has 18 characters')
    .transform(normalizeCreditCode)
    .superRefine((code, context) => {
      const problem = creditCodeProblem(code);
      if (problem) context.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] });
    }),
);

export const localDateSchema = z.lazy(() =>
  z.string().refine(isCalendarDate, 'expected a calendar date YYYY-MM-DD'),
);

const contactSchema = z.lazy(() =>
  z.object({
    name: name(1, 50),
    phone: optional(
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, 'digits, spaces, +, - and parentheses, 5–30 characters'),
    ),
    email: optional(z.email('not an e-mail address').max(100)),
  }),
);

const bankAccountSchema = z.lazy(() =>
  z.object({
    bankName: name(2, 100),
    accountName: name(2, 200),
    accountNumber: z
      .string()
      .max(60)
      .transform((value) => value.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{8,34}$/, '8–34 digits')),
  }),
);

const conditions = {
  independentLiability: z.boolean(),
  wellManaged: z.boolean(),
  businessStatus: z.enum(BUSINESS_STATUSES),
  soundFinancialRecords: z.boolean(),
  creditStanding: z.enum(CREDIT_STANDINGS),
};

const townCode = text(1, 64);

export const createEnterpriseSchema = z.lazy(() =>
  z.object({
    creditCode: creditCodeSchema,
    name: name(2, 200),
    town: townCode,
    registeredAddress: text(2, 300),
    businessInQingpu: z.boolean(),
    taxInQingpu: z.boolean(),
    ...conditions,
    principalName: name(1, 50),
    contacts: optional(z.array(contactSchema).max(10, 'at most 10 contacts')),
    bankAccount: optional(bankAccountSchema),
  }),
);
export type CreateEnterpriseInput = z.output<typeof createEnterpriseSchema>;

export const updateEnterpriseSchema = z.lazy(() =>
  z.object({
    creditCode: creditCodeSchema,
    version: z.number().int().min(1),
    name: optional(name(2, 200)),
    town: optional(townCode),
    registeredAddress: optional(text(2, 300)),
    businessInQingpu: optional(z.boolean()),
    taxInQingpu: optional(z.boolean()),
    independentLiability: optional(z.boolean()),
    wellManaged: optional(z.boolean()),
    businessStatus: optional(z.enum(BUSINESS_STATUSES)),
    soundFinancialRecords: optional(z.boolean()),
    creditStanding: optional(z.enum(CREDIT_STANDINGS)),
    principalName: optional(name(1, 50)),
    contacts: optional(z.array(contactSchema).max(10, 'at most 10 contacts')),
    bankAccount: optional(bankAccountSchema),
  }),
);
export type UpdateEnterpriseInput = z.output<typeof updateEnterpriseSchema>;

const qualificationsSchema = z.lazy(() => z.array(text(1, 200)).max(20, 'at most 20 qualifications'));

export const createProviderSchema = z.lazy(() =>
  z
    .object({
      creditCode: creditCodeSchema,
      name: name(2, 200),
      onRoster: z.boolean(),
      rosterSince: optional(localDateSchema),
      qualifications: optional(qualificationsSchema),
      ...conditions,
      contacts: optional(z.array(contactSchema).max(10, 'at most 10 contacts')),
      bankAccount: optional(bankAccountSchema),
    })
    .superRefine((input, context) => {
      if (input.onRoster && input.rosterSince === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['rosterSince'],
          message: 'a provider on the roster needs the date it joined (R6.1.2)',
        });
      }
    }),
);
export type CreateProviderInput = z.output<typeof createProviderSchema>;

export const updateProviderSchema = z.lazy(() =>
  z.object({
    id: text(1, 64),
    version: z.number().int().min(1),
    name: optional(name(2, 200)),
    onRoster: optional(z.boolean()),
    rosterSince: optional(localDateSchema),
    qualifications: optional(qualificationsSchema),
    independentLiability: optional(z.boolean()),
    wellManaged: optional(z.boolean()),
    businessStatus: optional(z.enum(BUSINESS_STATUSES)),
    soundFinancialRecords: optional(z.boolean()),
    creditStanding: optional(z.enum(CREDIT_STANDINGS)),
    contacts: optional(z.array(contactSchema).max(10, 'at most 10 contacts')),
    bankAccount: optional(bankAccountSchema),
  }),
);
export type UpdateProviderInput = z.output<typeof updateProviderSchema>;

export const enterpriseFilterSchema = z.lazy(() =>
  z.object({
    town: optional(townCode),
    businessStatus: optional(z.enum(BUSINESS_STATUSES)),
    eligible: optional(z.boolean()),
    search: optional(text(1, 100)),
  }),
);

export const providerFilterSchema = z.lazy(() =>
  z.object({
    onRoster: optional(z.boolean()),
    eligible: optional(z.boolean()),
    search: optional(text(1, 100)),
  }),
);
