import { authorize, listScope } from '#domain/authorization/policy';
import { Conflict, InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import type { DiagnosisPlan, PlanEntry } from '#domain/diagnosis/diagnosis';
import { intentionEntryId } from '#domain/diagnosis/diagnosis';
import { amendPlanSchema, createPlanSchema, yearSchema } from '#domain/diagnosis/input-schemas';
import type { Principal } from '#domain/identity/principal';
import { parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { requireVersion, revise, saveRecord, stamp } from '../programme/record-change.ts';

const planId = (year: number): string => `PLAN-${year}`;

/** Every planned enterprise must come from that year's intention pool (R6.1.1), once. */
async function planEntries(
  entries: readonly { creditCode: string; targetDate: string }[],
  year: number,
  ports: ProgrammePorts,
  path: readonly (string | number)[],
): Promise<PlanEntry[]> {
  const seen = new Set<string>();
  const planned: PlanEntry[] = [];
  for (const [index, entry] of entries.entries()) {
    if (seen.has(entry.creditCode)) {
      throw new InvalidInput([{ path: [...path, index, 'creditCode'], message: 'listed twice' }]);
    }
    seen.add(entry.creditCode);
    const pooled = await ports.programme.get('IntentionEntry', intentionEntryId(year, entry.creditCode));
    if (!pooled) {
      throw new PolicyViolation(
        'R6.1.1',
        `${entry.creditCode} is not in the ${year} intention pool; the plan is drawn from the pool`,
      );
    }
    planned.push({
      creditCode: entry.creditCode,
      enterpriseName: pooled.enterpriseName,
      town: pooled.town,
      targetDate: entry.targetDate,
    });
  }
  return planned;
}

/**
 * Draw up a year's diagnosis plan from its intention pool (R6.1.1). One plan per year, created as a
 * draft; steps: validate, check every entry against the pool, create with its audit record.
 */
export async function createDiagnosisPlan(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<DiagnosisPlan> {
  authorize(principal, 'manageDiagnosisPlan');
  const input = parseInput(createPlanSchema, rawInput, ['input']);
  if (await ports.programme.get('DiagnosisPlan', planId(input.year))) {
    throw new Conflict(`the ${input.year} plan exists already; amend it instead`);
  }
  const now = ports.clock.now();
  const plan: DiagnosisPlan = {
    id: planId(input.year),
    year: input.year,
    status: 'DRAFT',
    entries: await planEntries(input.entries, input.year, ports, ['input', 'entries']),
    ...stamp(now),
  };
  await saveRecord(ports, principal, now, 'createDiagnosisPlan', 'DiagnosisPlan', null, plan);
  return plan;
}

/** Publish a draft plan: from now on enterprises of the plan can be matched with providers (R6.1.3). */
export async function publishDiagnosisPlan(
  principal: Principal,
  args: { year: number; version: number },
  ports: ProgrammePorts,
): Promise<DiagnosisPlan> {
  authorize(principal, 'manageDiagnosisPlan');
  const plan = await getPlan(parseInput(yearSchema, args.year, ['year']), ports);
  requireVersion(plan, args.version);
  if (plan.status === 'PUBLISHED') throw new Conflict(`the ${plan.year} plan is already published`);
  const now = ports.clock.now();
  const published = revise(plan, { status: 'PUBLISHED', publishedAt: now.toISOString() }, now);
  await saveRecord(ports, principal, now, 'publishDiagnosisPlan', 'DiagnosisPlan', plan, published);
  return published;
}

/** Amend a plan, published or not: add pool enterprises, remove others; every amendment is audited. */
export async function amendDiagnosisPlan(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<DiagnosisPlan> {
  authorize(principal, 'manageDiagnosisPlan');
  const input = parseInput(amendPlanSchema, rawInput, ['input']);
  const plan = await getPlan(input.year, ports);
  requireVersion(plan, input.version);
  const removed = new Set(input.remove ?? []);
  const kept = plan.entries.filter((entry) => !removed.has(entry.creditCode));
  const added = await planEntries(input.add ?? [], input.year, ports, ['input', 'add']);
  const duplicate = added.find((entry) => kept.some((existing) => existing.creditCode === entry.creditCode));
  if (duplicate) throw new Conflict(`${duplicate.creditCode} is already in the ${plan.year} plan`);
  const now = ports.clock.now();
  const amended = revise(plan, { entries: [...kept, ...added] }, now);
  await saveRecord(ports, principal, now, 'amendDiagnosisPlan', 'DiagnosisPlan', plan, amended);
  return amended;
}

export async function getPlan(year: number, ports: ProgrammePorts): Promise<DiagnosisPlan> {
  const plan = await ports.programme.get('DiagnosisPlan', planId(year));
  if (!plan) throw new NotFound('DiagnosisPlan', planId(year));
  return plan;
}

/**
 * A year's plan, for the bodies that follow the programme. A town officer sees the entries of their own
 * town only, as with every other list of theirs.
 */
export async function readDiagnosisPlan(
  principal: Principal,
  year: number,
  ports: ProgrammePorts,
): Promise<DiagnosisPlan> {
  const scope = listScope(principal, 'readDiagnosisPlan');
  const plan = await getPlan(parseInput(yearSchema, year, ['year']), ports);
  return scope.kind === 'all'
    ? plan
    : {
        ...plan,
        entries: plan.entries.filter((entry) => scope.kind === 'town' && entry.town === scope.town),
      };
}
