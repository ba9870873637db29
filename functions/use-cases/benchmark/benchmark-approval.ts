import type { Actor, AuditRecord } from '#domain/audit/audit-record';
import type { BenchmarkStanding, Certification } from '#domain/benchmark/certification';
import { certificationId, standingId } from '#domain/benchmark/certification';
import { highestAward } from '#domain/benchmark/certification';
import type { TierDifference } from '#domain/benchmark/tier-difference';
import { tierDifference, tierOf } from '#domain/benchmark/tier-difference';
import { PolicyViolation } from '#domain/errors';
import type { RecordWrite } from '#domain/programme-store';
import { cstDate } from '#domain/time/cst';
import type { Project } from '#domain/workflow/project';
import type { CertificationLevel, TierRule } from '#domain/policy/policy-version';
import type { AmountExplanation } from '#domain/workflow/amount-explanation';
import { tierDifferenceExplanation } from '#domain/workflow/amount-explanation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, revise, stamp } from '../programme/record-change.ts';
import { namedPolicyVersion } from '../programme/policy-versions.ts';

/** Who certifies a title obtained by application: the district for R6.7a, the lighthouse network for R6.7c. */
const CERTIFYING_BODY = { DISTRICT: '青浦区经济委员会', GLOBAL: '世界经济论坛全球灯塔网络' } as const;

/** The certification a benchmark application's approval records (unique per application). */
export const applicationCertificationId = (level: CertificationLevel, applicationId: string): string =>
  certificationId(CERTIFYING_BODY[level === 'GLOBAL' ? 'GLOBAL' : 'DISTRICT'], applicationId);

/** A benchmark project's R5.3 difference now, with its tier, the standing it was worked out against and why. */
export interface TitleDifference {
  readonly rule: TierRule;
  readonly standing: BenchmarkStanding | undefined;
  readonly difference: TierDifference;
  readonly explanation: AmountExplanation;
}

/**
 * R5.2, R5.3, R5.5: what a benchmark project's title pays against the enterprise's standing as it is now —
 * the tier's fixed amount less the highest tier already awarded, never typed in — and its explanation
 * (`provisional` until the award is approved). Undefined for projects that are not a benchmark title's.
 */
export async function titleDifference(
  project: Pick<Project, 'benchmark' | 'creditCode' | 'policyVersionId'>,
  provisional: boolean,
  ports: Pick<ProgrammePorts, 'programme'>,
): Promise<TitleDifference | undefined> {
  const { benchmark } = project;
  if (!benchmark) return undefined;
  const policy = await namedPolicyVersion(ports.programme, project.policyVersionId);
  const rule = tierOf(policy, benchmark.title, benchmark.level);
  if (!rule)
    throw new PolicyViolation('R5.2', `${benchmark.level} ${benchmark.title} is not a tier of ${policy.id}`);
  const standing = await ports.programme.get('BenchmarkStanding', standingId(project.creditCode));
  const difference = tierDifference(rule, standing?.awards ?? []);
  const before = highestAward(standing);
  return {
    rule,
    standing,
    difference,
    explanation: tierDifferenceExplanation(policy.id, difference, before.tier, provisional),
  };
}

/**
 * R6.7a, R6.7c, R5.3.1: records a benchmark project's title and its award as R5.3 makes it now — the
 * certification, and the standing raised in the same transaction as the caller's change, conditioned on
 * the standing's version (R5.4): an import recording a higher tier at the same moment makes one of the
 * two retry. A title that pays 0 is recorded too, with the reason, its award counting at 0.
 *
 * Used at the last sign-off for a title already paying 0, and at the promotion office's approval (R6.7a,
 * R6.7c), where the difference is worked out in full (R5.5: a fixed award is never reduced) against the
 * standing as it is then; one that has fallen to 0 since the sign-off is recorded at 0 like any title and
 * the caller ends the project ZERO_AWARD_RECORDED with no commitment. Undefined for projects that are not
 * a benchmark title's.
 */
export async function recordTitle(
  actor: Actor,
  project: Project,
  ports: ProgrammePorts,
): Promise<
  | {
      amountFen: number;
      explanation: AmountExplanation;
      changes: { write: RecordWrite; audit: AuditRecord }[];
    }
  | undefined
> {
  const { benchmark, applicationId } = project;
  if (!benchmark || applicationId === undefined) return undefined;
  const worked = await titleDifference(project, false, ports);
  if (!worked) return undefined;
  const { rule, standing, difference, explanation } = worked;
  const now = ports.clock.now();
  const certification: Certification = {
    id: applicationCertificationId(benchmark.level, applicationId),
    creditCode: project.creditCode,
    enterpriseName: project.enterpriseName,
    town: project.town,
    title: benchmark.title,
    level: benchmark.level,
    certifyingBody: CERTIFYING_BODY[benchmark.level === 'GLOBAL' ? 'GLOBAL' : 'DISTRICT'],
    certificateNumber: applicationId,
    certifiedOn: cstDate(now),
    source: { kind: 'APPLICATION', applicationId },
    policyVersionId: project.policyVersionId,
    outcome: { ...difference, projectId: project.id },
    ...stamp(now),
  };
  const awards = [
    ...(standing?.awards ?? []),
    {
      tier: rule.tier,
      // What was awarded: the tier's amount (the difference brings the enterprise up to it), or 0 for a
      // title that paid nothing (R5.3.1: recorded, counting at 0).
      amountFen: difference.awardFen > 0 ? rule.amountFen : 0,
      status: 'AWARDED' as const,
      certificationId: certification.id,
    },
  ];
  const raised: BenchmarkStanding = standing
    ? revise(standing, { awards }, now)
    : { id: standingId(project.creditCode), creditCode: project.creditCode, awards, ...stamp(now) };
  return {
    amountFen: difference.awardFen,
    explanation,
    changes: [
      recordChange(actor, now, 'recordCertification', 'Certification', null, certification),
      recordChange(actor, now, 'raiseBenchmarkStanding', 'BenchmarkStanding', standing ?? null, raised),
    ],
  };
}
