import { tierDifferenceExplanation } from '#domain/workflow/amount-explanation';
import type { Actor, AuditRecord } from '#domain/audit/audit-record';
import type { BenchmarkStanding, Certification } from '#domain/benchmark/certification';
import { standingId } from '#domain/benchmark/certification';
import type { CertificationLine } from '#domain/benchmark/certification-list';
import { titleLabel } from '#domain/benchmark/certification-list';
import type { ImportLineResult } from '#domain/benchmark/certification-import';
import { tierDifference } from '#domain/benchmark/tier-difference';
import { render } from '#domain/messages/bilingual';
import { IMPORT_REASONS } from '#domain/messages/imports';
import { IN_PROGRAMME_OWNER, inProgrammeClaim } from '#domain/diagnosis/diagnosis';
import type { TierRule } from '#domain/policy/policy-version';
import type { Claim, RecordWrite } from '#domain/programme-store';
import type { Enterprise } from '#domain/registry/enterprise';
import type { Project } from '#domain/workflow/project';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { commitChanges, recordChange, revise, stamp } from '../programme/record-change.ts';

/**
 * Recording certifications and their R5.3 awards: an enterprise's certifications are taken in date order
 * against its standing, and everything one enterprise's certifications change — the certifications, the
 * standing they raise, the projects that carry positive awards down the automatic path (R6.8) — is
 * written in one transaction, conditioned on the standing's version (R5.4) and on each certification
 * being new (unique by body + number). Several enterprises share a transaction while it has room.
 */

/** A line ready to be recorded: checked, matched, eligible, with its tier under the policy in force. */
export interface AwardableLine {
  readonly line: CertificationLine;
  readonly enterprise: Enterprise;
  readonly rule: TierRule;
  readonly policyVersionId: string;
  readonly importId: string;
}

interface Change {
  readonly write: RecordWrite;
  readonly audit: AuditRecord;
}

interface EnterpriseChanges {
  readonly changes: readonly Change[];
  readonly claim: Claim;
  readonly results: readonly ImportLineResult[];
  readonly projects: readonly Project[];
}

/** DynamoDB takes at most 100 items in a transaction. */
const TRANSACTION_ITEMS = 100;

const projectFor = (certification: Certification, enterprise: Enterprise, now: Date): Project => ({
  id: `PRJ-${certification.id}`,
  path: 'AUTOMATIC',
  certificationId: certification.id,
  title: `${titleLabel(certification.title, certification.level)}（${certification.certificateNumber}）· ${enterprise.name}`,
  creditCode: enterprise.creditCode,
  enterpriseName: enterprise.name,
  town: enterprise.town,
  payeeType: 'ENTERPRISE',
  payeeId: enterprise.creditCode,
  payeeName: enterprise.name,
  proposedAmountFen: certification.outcome.awardFen,
  policyVersionId: certification.policyVersionId,
  stage: 'PROPOSED',
  ...stamp(now),
});

/** What one enterprise's new certifications change, worked out against its standing. */
export function enterpriseChanges(
  actor: Actor,
  now: Date,
  lines: readonly AwardableLine[],
  standing: BenchmarkStanding | undefined,
): EnterpriseChanges {
  const ordered = [...lines].sort(
    (a, b) => a.line.certifiedOn.localeCompare(b.line.certifiedOn) || a.line.line - b.line.line,
  );
  const initial = standing?.awards ?? [];
  let awards = initial;
  const changes: Change[] = [];
  const results: ImportLineResult[] = [];
  const projects: Project[] = [];
  for (const { line, enterprise, rule, policyVersionId, importId } of ordered) {
    const difference = tierDifference(rule, awards);
    const projectId = difference.awardFen > 0 ? `PRJ-${line.id}` : undefined;
    const certification: Certification = {
      id: line.id,
      creditCode: enterprise.creditCode,
      enterpriseName: enterprise.name,
      town: enterprise.town,
      title: line.title,
      level: line.level,
      certifyingBody: line.certifyingBody,
      certificateNumber: line.certificateNumber,
      certifiedOn: line.certifiedOn,
      source: { kind: 'IMPORT', importId, line: line.line },
      policyVersionId,
      outcome: { ...difference, projectId },
      ...stamp(now),
    };
    changes.push(recordChange(actor, now, 'recordCertification', 'Certification', null, certification));
    if (projectId !== undefined) {
      const project = projectFor(certification, enterprise, now);
      projects.push(project);
      changes.push(recordChange(actor, now, 'createAutomaticAward', 'Project', null, project));
      awards = [
        ...awards,
        { tier: rule.tier, amountFen: rule.amountFen, status: 'AWARDED', certificationId: line.id },
      ];
    }
    results.push(lineResult(certification, line.line));
  }
  const creditCode = ordered[0]?.enterprise.creditCode ?? '';
  if (awards !== initial) {
    const next: BenchmarkStanding = standing
      ? revise(standing, { awards }, now)
      : { id: standingId(creditCode), creditCode, awards, ...stamp(now) };
    changes.push(
      recordChange(actor, now, 'raiseBenchmarkStanding', 'BenchmarkStanding', standing ?? null, next),
    );
  }
  return {
    changes,
    // The enterprise now has programme records that carry its town (R3.2).
    claim: {
      name: inProgrammeClaim(creditCode),
      ownerId: IN_PROGRAMME_OWNER,
      conflict: 'the enterprise is already marked as taking part in the programme',
    },
    results,
    projects,
  };
}

/** The report line of a recorded certification (also for one an earlier run of the same import made). */
export function lineResult(certification: Certification, line: number): ImportLineResult {
  const { outcome } = certification;
  const reason =
    outcome.awardFen > 0
      ? render(IMPORT_REASONS.created, outcome)
      : outcome.zeroReason === undefined
        ? IMPORT_REASONS.nothingToPay
        : { en: outcome.zeroReason, zh: IMPORT_REASONS.zeroAmount.zh(outcome) };
  return {
    line,
    outcome: outcome.awardFen > 0 ? 'CREATED' : 'ZERO_AMOUNT',
    reason: reason.en,
    reasonZh: reason.zh,
    rule: outcome.awardFen > 0 ? undefined : 'R5.3',
    creditCode: certification.creditCode,
    enterpriseName: certification.enterpriseName,
    certificateNumber: certification.certificateNumber,
    certificationId: certification.id,
    projectId: outcome.projectId,
    awardFen: outcome.awardFen,
    amountExplanation: tierDifferenceExplanation(
      certification.policyVersionId,
      outcome,
      outcome.standingTierBefore ?? 0,
      false,
    ),
  };
}

/** Packs enterprises' changes into transactions of at most 100 items (an enterprise is never split). */
export function packTransactions(
  all: readonly EnterpriseChanges[],
  maxItems = TRANSACTION_ITEMS,
): EnterpriseChanges[][] {
  const transactions: EnterpriseChanges[][] = [];
  let current: EnterpriseChanges[] = [];
  let items = 0;
  for (const entry of all) {
    const size = entry.changes.length * 2 + 1;
    if (current.length > 0 && items + size > maxItems) {
      transactions.push(current);
      current = [];
      items = 0;
    }
    current.push(entry);
    items += size;
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}

/** Writes a packed transaction: all its enterprises' changes, or none (a Conflict). */
export function commitTransaction(
  ports: Pick<ProgrammePorts, 'programme'>,
  entries: readonly EnterpriseChanges[],
): Promise<void> {
  return commitChanges(
    ports.programme,
    entries.flatMap((entry) => entry.changes),
    { claims: entries.map((entry) => entry.claim) },
  );
}
