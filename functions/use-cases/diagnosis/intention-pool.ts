import { authorizeRole, isAllowed, listScope } from '#domain/authorization/policy';
import { Conflict, InvalidInput, PolicyViolation } from '#domain/errors';
import type { IntentionEntry } from '#domain/diagnosis/diagnosis';
import { IN_PROGRAMME_OWNER, inProgrammeClaim, intentionEntryId } from '#domain/diagnosis/diagnosis';
import { intentionEntrySchema, yearSchema } from '#domain/diagnosis/input-schemas';
import type { Principal } from '#domain/identity/principal';
import type { Enterprise } from '#domain/registry/enterprise';
import { enterpriseEligibility } from '#domain/registry/eligibility';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import { enterpriseResource } from '#domain/registry/resources';
import type { Page } from '#domain/validation';
import { cstDate } from '#domain/time/cst';
import { pageSize, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, stamp } from '../programme/record-change.ts';

type Ports = ProgrammePorts & { readonly enterprises: EnterpriseRepository };

/**
 * Add an enterprise to a year's intention pool (R6.1.1).
 *
 * Input: year, credit code, contact, needs. Output: the entry.
 * Steps: 1. validate; 2. the enterprise must be registered and, for a town officer, in their own town:
 * both refused with the same BAD_USER_INPUT, so the answer does not tell whether another town has it; 4. the enterprise must meet R4.1 and R4.3 and not be under an R7.2 ban today (R4.5),
 * every failing condition named; 5. create the entry with its audit record: one entry per enterprise per
 * year, a second one is refused with CONFLICT.
 */
export async function addIntentionEntry(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<IntentionEntry> {
  authorizeRole(principal, 'addIntentionEntry');
  const input = parseInput(intentionEntrySchema, rawInput, ['input']);
  const enterprise = await ports.enterprises.get(input.creditCode);
  // "Not there" and "not yours" get one answer (issue 16 item 4), as reads answer NOT_FOUND for both: a town
  // officer learns nothing of another town's credit codes. The message depends on the caller only.
  if (!enterprise || !isAllowed(principal, 'addIntentionEntry', enterpriseResource(enterprise))) {
    throw new InvalidInput([
      {
        path: ['input', 'creditCode'],
        message: isAllowed(principal, 'addIntentionEntry')
          ? 'no registered enterprise has this credit code'
          : 'no enterprise of your town is registered with this credit code',
      },
    ]);
  }
  const now = ports.clock.now();
  requirePoolable(enterprise, cstDate(now));
  const entry: IntentionEntry = {
    id: intentionEntryId(input.year, enterprise.creditCode),
    year: input.year,
    creditCode: enterprise.creditCode,
    enterpriseName: enterprise.name,
    town: enterprise.town,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    needs: input.needs,
    ...stamp(now),
  };
  if (await ports.programme.get('IntentionEntry', entry.id)) {
    throw new Conflict(`${enterprise.name} is already in the ${input.year} intention pool`);
  }
  // The create is conditional too: of two concurrent additions, one wins and the other gets CONFLICT.
  const { write, audit } = recordChange(principal, now, 'addIntentionEntry', 'IntentionEntry', null, entry);
  await ports.programme.commit({
    writes: [write],
    claims: [
      {
        name: inProgrammeClaim(entry.creditCode),
        ownerId: IN_PROGRAMME_OWNER,
        // Every entry of the enterprise holds the same claim under the same owner, so it never conflicts.
        conflict: 'the enterprise is already marked as taking part in the programme',
      },
    ],
    audits: [audit],
  });
  return entry;
}

/**
 * R4.5: the diagnosis programme serves Qingpu enterprises: only an enterprise that meets R4.1 and R4.3 and
 * is not under an R7.2 ban enters the pool. A ban names its own rule (R7.2), as at submission.
 */
function requirePoolable(enterprise: Enterprise, today: string): void {
  const { eligible, reasons } = enterpriseEligibility(enterprise, today);
  if (eligible) return;
  throw new PolicyViolation(
    reasons.some((reason) => reason.rule === 'R7.2') ? 'R7.2' : 'R4.5',
    `${enterprise.name} cannot enter the intention pool`,
    reasons,
  );
}

/** A year's intention pool: the commission sees every town's entries, a town officer their town's. */
export async function listIntentionPool(
  principal: Principal,
  args: { year: number; first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<IntentionEntry>> {
  const scope = listScope(principal, 'readIntentionPool');
  const year = parseInput(yearSchema, args.year, ['year']);
  return ports.programme.list('IntentionEntry', {
    pattern: 'byYear',
    value: String(year),
    first: pageSize(args.first),
    after: args.after,
    accept: scope.kind === 'town' ? (entry) => entry.town === scope.town : undefined,
  });
}
