import type { Actor, AuditRecord } from '#domain/audit/audit-record';
import type { BenchmarkStanding, Certification } from '#domain/benchmark/certification';
import { certificationId, standingId } from '#domain/benchmark/certification';
import { tierDifference, tierOf } from '#domain/benchmark/tier-difference';
import { PolicyViolation } from '#domain/errors';
import type { RecordWrite } from '#domain/programme-store';
import { cstDate } from '#domain/time/cst';
import type { Project } from '#domain/workflow/project';
import type { CertificationLevel } from '#domain/policy/policy-version';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { recordChange, revise, stamp } from '../programme/record-change.ts';
import { namedPolicyVersion } from '../programme/policy-versions.ts';

/** Who certifies a title obtained by application: the district for R6.7a, the lighthouse network for R6.7c. */
const CERTIFYING_BODY = { DISTRICT: '青浦区经济委员会', GLOBAL: '世界经济论坛全球灯塔网络' } as const;

/** The certification a benchmark application's approval records (unique per application). */
export const applicationCertificationId = (level: CertificationLevel, applicationId: string): string =>
  certificationId(CERTIFYING_BODY[level === 'GLOBAL' ? 'GLOBAL' : 'DISTRICT'], applicationId);

/**
 * R6.7a, R6.7c at approval: the promotion office's approval of a benchmark application is the moment the
 * title is recorded and its R5.3 difference worked out — against the enterprise's standing as it is now,
 * never more than was proposed and published — in the same transaction as the approval, conditioned on
 * the standing's version (R5.4): an import recording a higher tier at the same moment makes one of the two
 * retry. Undefined for projects that are not a benchmark title's.
 */
export async function benchmarkApproval(
  actor: Actor,
  project: Project,
  ports: ProgrammePorts,
): Promise<{ amountFen: number; changes: { write: RecordWrite; audit: AuditRecord }[] } | undefined> {
  const { benchmark, applicationId } = project;
  if (!benchmark || applicationId === undefined) return undefined;
  const policy = await namedPolicyVersion(ports.programme, project.policyVersionId);
  const rule = tierOf(policy, benchmark.title, benchmark.level);
  if (!rule)
    throw new PolicyViolation('R5.2', `${benchmark.level} ${benchmark.title} is not a tier of ${policy.id}`);
  const standing = await ports.programme.get('BenchmarkStanding', standingId(project.creditCode));
  const difference = tierDifference(rule, standing?.awards ?? []);
  if (difference.awardFen === 0) {
    throw new PolicyViolation(
      'R5.3',
      `${difference.zeroReason ?? 'the title pays nothing'}; the promotion office may reject the project with this reason`,
    );
  }
  const amountFen = Math.min(difference.awardFen, project.proposedAmountFen);
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
    policyVersionId: policy.id,
    outcome: { ...difference, awardFen: amountFen, projectId: project.id },
    ...stamp(now),
  };
  const awards = [
    ...(standing?.awards ?? []),
    {
      tier: rule.tier,
      amountFen: rule.amountFen,
      status: 'AWARDED' as const,
      certificationId: certification.id,
    },
  ];
  const raised: BenchmarkStanding = standing
    ? revise(standing, { awards }, now)
    : { id: standingId(project.creditCode), creditCode: project.creditCode, awards, ...stamp(now) };
  return {
    amountFen,
    changes: [
      recordChange(actor, now, 'recordCertification', 'Certification', null, certification),
      recordChange(actor, now, 'raiseBenchmarkStanding', 'BenchmarkStanding', standing ?? null, raised),
    ],
  };
}
