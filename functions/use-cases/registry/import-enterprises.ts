import { authorize, authorizeRole, isAllowed } from '#domain/authorization/policy';
import { enterpriseResource } from '#domain/registry/resources';
import { DomainError, ErrorCode, InvalidInput } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { Enterprise } from '#domain/registry/enterprise';
import { createEnterpriseSchema, creditCodeSchema } from '#domain/registry/input-schemas';
import type { RegisterLine } from '#domain/registry/register-csv';
import {
  readRegisterCsv,
  registerBoolean,
  registerCredit,
  registerStatus,
} from '#domain/registry/register-csv';
import { parseInput } from '#domain/validation';
import type { Bilingual } from '#domain/messages/bilingual';
import { render } from '#domain/messages/bilingual';
import { REGISTER_PROBLEMS } from '#domain/messages/imports';
import { fieldMessageZh } from '#domain/messages/field-issues';
import { REFUSALS } from '#domain/messages/refusals';
import { applyEnterprisePatch, createEnterprise } from './enterprise-commands.ts';
import type { RegistryPorts } from './ports.ts';

export interface ImportProblem {
  readonly field: string | null;
  readonly message: string;
  /** The same in Chinese (issue 18). */
  readonly messageZh: string;
  readonly code: ErrorCode;
}

export interface ImportLineError {
  readonly line: number;
  readonly creditCode: string | null;
  readonly problems: readonly ImportProblem[];
}

export interface EnterpriseImportReport {
  readonly lines: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly ImportLineError[];
}

const inBoth = (messages: Bilingual): { message: string; messageZh: string } => ({
  message: messages.en,
  messageZh: messages.zh,
});

/** Lines are written a few at a time: fast enough for a 5,000-line register inside one Lambda call. */
const CONCURRENCY = 8;

type Outcome = 'created' | 'updated' | 'unchanged' | ImportLineError;

function problemsOf(error: unknown): ImportProblem[] {
  if (error instanceof InvalidInput) {
    return error.issues.map((issue) => ({
      field:
        issue.path.find((segment) => typeof segment === 'string' && segment !== 'input')?.toString() ?? null,
      message: issue.message,
      messageZh: issue.messageZh ?? fieldMessageZh(issue.message),
      code: ErrorCode.BAD_USER_INPUT,
    }));
  }
  if (error instanceof DomainError) {
    const messages = error.messages();
    return [{ field: null, message: messages.en, messageZh: messages.zh, code: error.code }];
  }
  throw error;
}

/** The line as the input of `createEnterprise`: register words (是/否, 正常, 良好, town names) made values. */
function lineInput(line: RegisterLine, townCodes: ReadonlyMap<string, string>) {
  const v = line.values;
  const contact =
    v.contactName === undefined
      ? undefined
      : [{ name: v.contactName, phone: v.contactPhone, email: v.contactEmail }];
  return {
    creditCode: v.creditCode ?? '',
    name: v.name,
    town: v.town === undefined ? undefined : (townCodes.get(v.town) ?? v.town),
    registeredAddress: v.registeredAddress,
    businessInQingpu: registerBoolean(v.businessInQingpu),
    taxInQingpu: registerBoolean(v.taxInQingpu),
    independentLiability: registerBoolean(v.independentLiability),
    wellManaged: registerBoolean(v.wellManaged),
    businessStatus: registerStatus(v.businessStatus),
    soundFinancialRecords: registerBoolean(v.soundFinancialRecords),
    creditStanding: registerCredit(v.creditStanding),
    principalName: v.principalName,
    contacts: contact,
  };
}

/**
 * Create or update enterprises from a town's register (CSV).
 *
 * Input: the file's text. Output: counts and every refused line with its problems.
 * Steps: 1. authorize the import (commission, or a town officer); 2. read the file, refusing it whole
 * when columns are missing or unknown; 3. validate each line as `createEnterprise` would (credit code
 * check character, lengths, values); a credit code repeated in the file is refused after its first line;
 * 4. new enterprises are created, known ones updated with the register's fields (never bank details;
 * contacts only when the line has them), each line in its own transaction with its audit record, so a
 * refused line writes nothing and a good line is written whole. A town officer's lines for another town
 * are refused as FORBIDDEN.
 */
export async function importEnterprises(
  principal: Principal,
  csv: string,
  ports: Pick<RegistryPorts, 'enterprises' | 'towns' | 'clock' | 'programme'>,
): Promise<EnterpriseImportReport> {
  authorizeRole(principal, 'importEnterprises');
  const lines = readRegisterCsv(csv);
  const towns = await ports.towns.list();
  const townCodes = new Map(
    towns.flatMap((town) => [[town.code, town.code] as const, [town.name, town.code] as const]),
  );

  const firstLineOf = new Map<string, number>();
  const codes = lines.flatMap((line) => {
    const parsed = creditCodeSchema.safeParse(line.values.creditCode ?? '');
    if (!parsed.success) return [];
    if (!firstLineOf.has(parsed.data)) firstLineOf.set(parsed.data, line.line);
    return [parsed.data];
  });
  const existing = await ports.enterprises.getMany(codes);

  const processLine = async (line: RegisterLine): Promise<Outcome> => {
    const creditCode = line.values.creditCode ?? null;
    try {
      const input = parseInput(createEnterpriseSchema, lineInput(line, townCodes), ['input']);
      const first = firstLineOf.get(input.creditCode);
      if (first !== line.line) {
        return {
          line: line.line,
          creditCode,
          problems: [
            {
              field: 'creditCode',
              ...inBoth(render(REGISTER_PROBLEMS.repeatedCreditCode, { first: first ?? 0 })),
              code: ErrorCode.CONFLICT,
            },
          ],
        };
      }
      // A line naming a town outside the caller's scope is refused before the registry is consulted, so
      // the answer cannot depend on whether (or where) the code is registered.
      authorize(principal, 'createEnterprise', enterpriseResource(input));
      const current: Enterprise | undefined = existing.get(input.creditCode);
      if (current && !isAllowed(principal, 'readEnterprise', enterpriseResource(current))) {
        // Registered outside the caller's scope: nothing of the record is compared or revealed, and the
        // answer is createEnterprise's for any registered code (one answer whichever town keeps it).
        return {
          line: line.line,
          creditCode,
          problems: [
            {
              field: 'creditCode',
              ...inBoth(render(REFUSALS.alreadyRegistered, { creditCode: input.creditCode })),
              code: ErrorCode.CONFLICT,
            },
          ],
        };
      }
      if (!current) {
        await createEnterprise(principal, { ...input }, ports);
        return 'created';
      }
      const { creditCode: _code, contacts, ...record } = input;
      const patch = contacts === undefined ? record : { ...record, contacts };
      const next = await applyEnterprisePatch(
        principal,
        current,
        patch,
        current.version,
        'importEnterprises',
        ports,
        ['input', 'town'],
      );
      return next === current ? 'unchanged' : 'updated';
    } catch (error) {
      return { line: line.line, creditCode, problems: problemsOf(error) };
    }
  };

  const outcomes: Outcome[] = new Array<Outcome>(lines.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, lines.length) }, async () => {
      while (next < lines.length) {
        const index = next;
        next += 1;
        const line = lines[index];
        if (line) outcomes[index] = await processLine(line);
      }
    }),
  );

  return {
    lines: lines.length,
    created: outcomes.filter((outcome) => outcome === 'created').length,
    updated: outcomes.filter((outcome) => outcome === 'updated').length,
    unchanged: outcomes.filter((outcome) => outcome === 'unchanged').length,
    errors: outcomes.filter((outcome): outcome is ImportLineError => typeof outcome === 'object'),
  };
}
