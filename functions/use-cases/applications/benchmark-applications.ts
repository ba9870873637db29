import type { Application, ApplicationNotice } from '#domain/applications/application';
import { BENCHMARK_PROGRAMMES } from '#domain/applications/application';
import { standingId } from '#domain/benchmark/certification';
import type { TierDifference } from '#domain/benchmark/tier-difference';
import { tierDifference, tierOf } from '#domain/benchmark/tier-difference';
import { Forbidden, InvalidInput, NotFound } from '#domain/errors';
import type { UserPrincipal } from '#domain/identity/principal';
import type { BenchmarkTitle, PolicyVersion, TierRule } from '#domain/policy/policy-version';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { stamp } from '../programme/record-change.ts';

/**
 * Applications for a benchmark title: district titles (R6.7a, reviewed path) and lighthouse factories
 * (R6.7c, lighthouse path). The enterprise applies for itself; what it may be awarded is the R5.3
 * difference against what it has already been awarded — shown when it applies, worked out again when
 * the promotion office approves (`deliberate`), in the same transaction that raises its standing (R5.4).
 */

/** The tier of the title applied for under the notice's programme, or why there is none. */
export function benchmarkRule(
  notice: Pick<ApplicationNotice, 'programme'>,
  policy: PolicyVersion,
  title: BenchmarkTitle | undefined,
): TierRule {
  const level = BENCHMARK_PROGRAMMES[notice.programme];
  const rule = title === undefined || level === undefined ? undefined : tierOf(policy, title, level);
  if (!rule) {
    const titles = policy.tiers.filter((tier) => tier.level === level).flatMap((tier) => tier.titles);
    throw new InvalidInput([
      {
        path: ['input', 'title'],
        message: `a ${notice.programme} application is for one of ${titles.join(', ')}`,
      },
    ]);
  }
  return rule;
}

/** R5.3 for an enterprise now: the tier's amount less the highest tier already awarded to it. */
export async function currentDifference(
  creditCode: string,
  rule: TierRule,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<TierDifference> {
  const standing = await ports.programme.get('BenchmarkStanding', standingId(creditCode));
  return tierDifference(rule, standing?.awards ?? []);
}

/** A new draft for a benchmark title: the enterprise's own, with the difference it would be awarded now. */
export async function benchmarkDraft(
  user: UserPrincipal,
  notice: ApplicationNotice,
  policy: PolicyVersion,
  title: BenchmarkTitle | undefined,
  ports: ProgrammePorts & { readonly enterprises: EnterpriseRepository },
): Promise<Application> {
  if (user.role !== 'ENTERPRISE' || user.creditCode === undefined)
    throw new Forbidden('a benchmark title is applied for by the enterprise itself (R6.7a, R6.7c)');
  const enterprise = await ports.enterprises.get(user.creditCode);
  if (!enterprise) throw new NotFound('Enterprise', user.creditCode);
  const rule = benchmarkRule(notice, policy, title);
  const difference = await currentDifference(enterprise.creditCode, rule, ports);
  return {
    id: `APP-${crypto.randomUUID()}`,
    noticeId: notice.id,
    programme: notice.programme,
    applicantType: 'ENTERPRISE',
    applicantId: enterprise.creditCode,
    applicantName: enterprise.name,
    creditCode: enterprise.creditCode,
    enterpriseName: enterprise.name,
    town: enterprise.town,
    benchmark: { title: title ?? rule.titles[0] ?? 'SMART_FACTORY', level: rule.level },
    planYear: notice.planYear,
    requestedAmountFen: difference.awardFen,
    status: 'DRAFT',
    policyVersionId: policy.id,
    ...stamp(ports.clock.now()),
  };
}

/**
 * At submission: the difference as it stands now. A title that would pay 0 is still applied for and
 * reviewed — the title is what the review confers — and, once signed off, recorded at 0 with the reason
 * (R5.3.1).
 */
export async function submittedDifference(
  application: Application,
  notice: ApplicationNotice,
  policy: PolicyVersion,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<number> {
  const rule = benchmarkRule(notice, policy, application.benchmark?.title);
  const difference = await currentDifference(application.creditCode, rule, ports);
  return difference.awardFen;
}
