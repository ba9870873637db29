import { authorize, authorizeRole, listScope } from '#domain/authorization/policy';
import type { Resource } from '#domain/authorization/policy';
import type { DiagnosisAssignment } from '#domain/diagnosis/diagnosis';
import { ASSIGNMENT_TRANSITIONS, isOverdue } from '#domain/diagnosis/diagnosis';
import { assignSchema, reassignSchema, respondSchema, yearSchema } from '#domain/diagnosis/input-schemas';
import { InvalidInput, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { Claim } from '#domain/programme-store';
import { providerEligibility } from '#domain/registry/eligibility';
import type { Provider } from '#domain/registry/provider';
import type { ProviderRepository } from '#domain/registry/repositories';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  readableRecord,
  recordChange,
  requireRecord,
  requireVersion,
  revise,
  stamp,
} from '../programme/record-change.ts';
import { getPlan } from './diagnosis-plan.ts';

type Ports = ProgrammePorts & { readonly providers: ProviderRepository };

export const assignmentResource = (assignment: DiagnosisAssignment): Resource => ({
  creditCode: assignment.creditCode,
  town: assignment.town,
  providerId: assignment.providerId,
});

/** One open assignment per planned enterprise (R6.1.3): a claim held by the current assignment. */
const slotClaim = (assignment: Pick<DiagnosisAssignment, 'year' | 'creditCode' | 'id'>): Claim => ({
  name: `ASSIGNMENT#${assignment.year}#${assignment.creditCode}`,
  ownerId: assignment.id,
  conflict: `${assignment.creditCode} already has an open assignment in the ${assignment.year} plan`,
});

/** R6.1.2 and R4.3/R7.2: only an eligible provider on the roster is matched. */
async function eligibleProvider(providerId: string, today: string, ports: Ports): Promise<Provider> {
  const provider = await ports.providers.get(providerId);
  if (!provider)
    throw new InvalidInput([{ path: ['input', 'providerId'], message: `no provider ${providerId}` }]);
  const eligibility = providerEligibility(provider, today);
  if (!eligibility.eligible) {
    throw new PolicyViolation(
      'R6.1.2',
      `${provider.name} cannot be matched with enterprises`,
      eligibility.reasons,
    );
  }
  return provider;
}

function requireDeadline(deadline: string, today: string): void {
  if (deadline < today)
    throw new InvalidInput([{ path: ['input', 'deadline'], message: 'the deadline has already passed' }]);
}

function transition(assignment: DiagnosisAssignment, next: DiagnosisAssignment['status']): void {
  if (!ASSIGNMENT_TRANSITIONS[assignment.status].includes(next)) {
    throw new PolicyViolation('R6.1.3', `an assignment that is ${assignment.status} cannot become ${next}`);
  }
}

/**
 * Match a planned enterprise with a roster provider, with a deadline for the on-site diagnosis (R6.1.3).
 * Steps: validate; the year's plan must be published and list the enterprise; the provider must be on
 * the roster and eligible; the deadline must not have passed; create the assignment (PENDING) and take the
 * enterprise's assignment slot in one transaction, so an enterprise never has two open assignments.
 */
export async function assignProvider(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<DiagnosisAssignment> {
  authorize(principal, 'assignProvider');
  const input = parseInput(assignSchema, rawInput, ['input']);
  const plan = await getPlan(input.year, ports);
  const entry = plan.entries.find((planned) => planned.creditCode === input.creditCode);
  if (plan.status !== 'PUBLISHED' || !entry) {
    throw new PolicyViolation(
      'R6.1.3',
      `${input.creditCode} is not in the published ${input.year} diagnosis plan`,
    );
  }
  const now = ports.clock.now();
  const today = cstDate(now);
  requireDeadline(input.deadline, today);
  const provider = await eligibleProvider(input.providerId, today, ports);
  const assignment: DiagnosisAssignment = {
    id: `ASG-${crypto.randomUUID()}`,
    year: input.year,
    creditCode: entry.creditCode,
    enterpriseName: entry.enterpriseName,
    town: entry.town,
    providerId: provider.id,
    providerName: provider.name,
    deadline: input.deadline,
    status: 'PENDING',
    ...stamp(now),
  };
  const { write, audit } = recordChange(
    principal,
    now,
    'assignProvider',
    'DiagnosisAssignment',
    null,
    assignment,
  );
  await ports.programme.commit({ writes: [write], claims: [slotClaim(assignment)], audits: [audit] });
  return assignment;
}

/** The provider accepts its assignment, or declines it with a reason (which frees the enterprise for another). */
export async function respondToAssignment(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<DiagnosisAssignment> {
  authorizeRole(principal, 'respondToAssignment');
  const input = parseInput(respondSchema, rawInput, ['input']);
  const assignment = await readableAssignment(principal, input.assignmentId, ports);
  authorize(principal, 'respondToAssignment', assignmentResource(assignment));
  requireVersion(assignment, input.version);
  const next = input.accept ? 'ACCEPTED' : 'DECLINED';
  transition(assignment, next);
  if (!input.accept && input.reason === undefined) {
    throw new InvalidInput([{ path: ['input', 'reason'], message: 'a declined assignment needs a reason' }]);
  }
  const now = ports.clock.now();
  const answered = revise(
    assignment,
    { status: next, declineReason: input.accept ? undefined : input.reason },
    now,
  );
  const { write, audit } = recordChange(
    principal,
    now,
    'respondToAssignment',
    'DiagnosisAssignment',
    assignment,
    answered,
  );
  await ports.programme.commit({
    writes: [write],
    releases: input.accept ? [] : [{ name: slotClaim(assignment).name, ownerId: assignment.id }],
    audits: [audit],
  });
  return answered;
}

/**
 * The commission hands an open assignment to another provider with a new deadline: the old one becomes
 * REASSIGNED and the slot passes to the new one, in one transaction.
 */
export async function reassignProvider(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<DiagnosisAssignment> {
  authorize(principal, 'assignProvider');
  const input = parseInput(reassignSchema, rawInput, ['input']);
  const old = await requireRecord(ports.programme, 'DiagnosisAssignment', input.assignmentId);
  requireVersion(old, input.version);
  transition(old, 'REASSIGNED');
  const now = ports.clock.now();
  const today = cstDate(now);
  requireDeadline(input.deadline, today);
  const provider = await eligibleProvider(input.providerId, today, ports);
  const replacement: DiagnosisAssignment = {
    ...old,
    id: `ASG-${crypto.randomUUID()}`,
    providerId: provider.id,
    providerName: provider.name,
    deadline: input.deadline,
    status: 'PENDING',
    declineReason: undefined,
    ...stamp(now),
  };
  const closed = recordChange(
    principal,
    now,
    'reassignProvider',
    'DiagnosisAssignment',
    old,
    revise(old, { status: 'REASSIGNED' }, now),
  );
  const opened = recordChange(principal, now, 'reassignProvider', 'DiagnosisAssignment', null, replacement);
  await ports.programme.commit({
    writes: [closed.write, opened.write],
    claims: [{ ...slotClaim(replacement), previousOwnerId: old.id }],
    audits: [closed.audit, opened.audit],
  });
  return replacement;
}

/** An assignment the caller may see; otherwise NOT_FOUND. */
export function readableAssignment(
  principal: Principal,
  id: string,
  ports: ProgrammePorts,
): Promise<DiagnosisAssignment> {
  return readableRecord(principal, 'readAssignment', 'DiagnosisAssignment', id, assignmentResource, ports);
}

/**
 * Assignments the caller may see, by deadline: the commission a year's, a provider its own, an
 * enterprise its own, a town officer their town's. `overdueOnly` keeps open assignments past their
 * deadline (R6.1.3), as of today in China Standard Time.
 */
export async function listAssignments(
  principal: Principal,
  args: { year: number; overdueOnly?: boolean | null; first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<DiagnosisAssignment>> {
  const scope = listScope(principal, 'readAssignment');
  const year = parseInput(yearSchema, args.year, ['year']);
  const today = cstDate(ports.clock.now());
  const overdue = args.overdueOnly === true;
  const accept = (assignment: DiagnosisAssignment): boolean =>
    assignment.year === year &&
    (!overdue || isOverdue(assignment, today)) &&
    (scope.kind !== 'town' || assignment.town === scope.town);
  const request = {
    first: pageSize(args.first),
    after: args.after,
    accept,
    ...(overdue ? { before: today } : {}),
  };
  switch (scope.kind) {
    case 'provider':
      return ports.programme.list('DiagnosisAssignment', {
        ...request,
        pattern: 'byProvider',
        value: scope.providerId,
      });
    case 'enterprise':
      return ports.programme.list('DiagnosisAssignment', {
        ...request,
        pattern: 'byEnterprise',
        value: scope.creditCode,
      });
    case 'assigned':
      // Experts are given applications to review, not assignments or reports.
      return { edges: [], hasNextPage: false, endCursor: null };
    case 'town':
    case 'all':
      return ports.programme.list('DiagnosisAssignment', {
        ...request,
        pattern: 'byYear',
        value: String(year),
      });
  }
}

/** R6.1.3: how many open assignments each provider has past their deadline, for the commission. */
export async function overdueCountsByProvider(
  principal: Principal,
  args: { year: number },
  ports: ProgrammePorts,
): Promise<{ providerId: string; providerName: string; overdue: number }[]> {
  authorize(principal, 'assignProvider');
  const year = parseInput(yearSchema, args.year, ['year']);
  const today = cstDate(ports.clock.now());
  const counts = new Map<string, { providerId: string; providerName: string; overdue: number }>();
  let after: string | null = null;
  do {
    const page: Page<DiagnosisAssignment> = await ports.programme.list('DiagnosisAssignment', {
      pattern: 'byYear',
      value: String(year),
      before: today,
      first: 100,
      after,
      accept: (assignment) => isOverdue(assignment, today),
    });
    for (const { node } of page.edges) {
      const entry = counts.get(node.providerId) ?? {
        providerId: node.providerId,
        providerName: node.providerName,
        overdue: 0,
      };
      counts.set(node.providerId, { ...entry, overdue: entry.overdue + 1 });
    }
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  return [...counts.values()].sort(
    (a, b) => b.overdue - a.overdue || a.providerId.localeCompare(b.providerId),
  );
}
