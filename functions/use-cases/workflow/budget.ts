import * as z from 'zod';
import { authorize, authorizeUser } from '#domain/authorization/policy';
import { PolicyViolation } from '#domain/errors';
import { BUDGET_REFUSALS } from '#domain/messages/applications';
import { render } from '#domain/messages/bilingual';
import type { Principal } from '#domain/identity/principal';
import { fenSchema, yearSchema } from '#domain/diagnosis/input-schemas';
import { text } from '#domain/registry/input-schemas';
import { parseInput } from '#domain/validation';
import type { Budget } from '#domain/payments/budget';
import { budgetId, remainingBudget } from '#domain/payments/budget';
import type { Project } from '#domain/workflow/project';
import type { RecordWrite } from '#domain/programme-store';
import type { AuditRecord } from '#domain/audit/audit-record';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, requireRecord, revise, saveRecord, stamp } from '../programme/record-change.ts';

const setBudgetSchema = z.object({ fiscalYear: yearSchema, amountFen: fenSchema });
const overrideSchema = z.object({ fiscalYear: yearSchema, projectId: text(1, 64), reason: text(5, 1000) });

/**
 * R2.2: set a fiscal year's budget (commission or finance). It may not be set below what is already
 * committed: the remaining budget never goes negative except through a recorded override.
 */
export async function setBudget(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Budget> {
  authorize(principal, 'manageBudget');
  const input = parseInput(setBudgetSchema, rawInput, ['input']);
  const now = ports.clock.now();
  const current = await ports.programme.get('Budget', budgetId(input.fiscalYear));
  if (current && input.amountFen < current.committedFen) {
    throw new PolicyViolation(
      'R2.2',
      render(BUDGET_REFUSALS.belowCommitted, {
        committedFen: current.committedFen,
        fiscalYear: input.fiscalYear,
      }),
    );
  }
  const next: Budget = current
    ? revise(current, { amountFen: input.amountFen }, now)
    : {
        id: budgetId(input.fiscalYear),
        fiscalYear: input.fiscalYear,
        amountFen: input.amountFen,
        committedFen: 0,
        disbursedFen: 0,
        recoveredFen: 0,
        overrides: [],
        ...stamp(now),
      };
  await saveRecord(ports, principal, now, 'setBudget', 'Budget', current ?? null, next);
  return next;
}

/** R2.2: the commission allows one project's approval beyond the remaining budget, with a reason. */
export async function overrideBudget(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<Budget> {
  const user = authorizeUser(principal, 'overrideBudget');
  const input = parseInput(overrideSchema, rawInput, ['input']);
  const budget = await requireRecord(ports.programme, 'Budget', budgetId(input.fiscalYear));
  const now = ports.clock.now();
  const next = revise(
    budget,
    {
      overrides: [
        ...budget.overrides.filter((o) => o.projectId !== input.projectId),
        { projectId: input.projectId, reason: input.reason, by: user.userId, at: now.toISOString() },
      ],
    },
    now,
  );
  await saveRecord(ports, principal, now, 'overrideBudget', 'Budget', budget, next);
  return next;
}

/** The year's budget: amount, committed, disbursed, recovered, overrides (commission and finance). */
export async function budgetSummary(
  principal: Principal,
  fiscalYear: number,
  ports: ProgrammePorts,
): Promise<Budget> {
  authorize(principal, 'readBudget');
  return requireRecord(
    ports.programme,
    'Budget',
    budgetId(parseInput(yearSchema, fiscalYear, ['fiscalYear'])),
  );
}

/**
 * R2.2: an approval commits the project's amount against the budget of the fiscal year it is approved in
 * (on the automatic path, R6.7b, the joint disbursement document is the approval: its projects commit
 * together). Returns the budget's change, to be written in the same transaction as the approval
 * (conditioned on the budget's version, so two approvals cannot both take the last of it). Amounts the
 * commission overrode for may go beyond what remains; the others must fit in it.
 */
export async function commitment(
  principal: Principal,
  projects: readonly Pick<Project, 'id' | 'proposedAmountFen'>[],
  fiscalYear: number,
  ports: ProgrammePorts,
): Promise<{ write: RecordWrite<'Budget'>; audit: AuditRecord }> {
  const budget = await ports.programme.get('Budget', budgetId(fiscalYear));
  if (!budget) throw new PolicyViolation('R2.2', render(BUDGET_REFUSALS.noBudget, { fiscalYear }));
  const remaining = remainingBudget(budget);
  const overridden = (project: Pick<Project, 'id'>) =>
    budget.overrides.some((override) => override.projectId === project.id);
  const required = projects
    .filter((project) => !overridden(project))
    .reduce((total, project) => total + project.proposedAmountFen, 0);
  if (required > 0 && required > remaining) {
    throw new PolicyViolation(
      'R2.2',
      render(BUDGET_REFUSALS.exceeds, { requiredFen: required, remainingFen: remaining, fiscalYear }),
    );
  }
  const total = projects.reduce((sum, project) => sum + project.proposedAmountFen, 0);
  const now = ports.clock.now();
  return recordChange(
    principal,
    now,
    'commitBudget',
    'Budget',
    budget,
    revise(budget, { committedFen: budget.committedFen + total }, now),
  );
}
