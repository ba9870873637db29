import { authorize, authorizeRole, listScope } from '#domain/authorization/policy';
import type { Resource } from '#domain/authorization/policy';
import type { DiagnosisReport } from '#domain/diagnosis/diagnosis';
import { ASSIGNMENT_TRANSITIONS } from '#domain/diagnosis/diagnosis';
import {
  confirmReportSchema,
  followUpSchema,
  submitReportSchema,
  yearSchema,
} from '#domain/diagnosis/input-schemas';
import { PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import type { EnterpriseRepository } from '#domain/registry/repositories';
import type { Page } from '#domain/validation';
import { pageSize, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import {
  readableRecord,
  recordChange,
  requireVersion,
  revise,
  saveRecord,
  stamp,
} from '../programme/record-change.ts';
import { assignmentResource, readableAssignment } from './assignments.ts';
import { reportIdFor, requireUploaded } from './attachments.ts';

export const reportResource = (report: DiagnosisReport): Resource => ({
  creditCode: report.creditCode,
  town: report.town,
  providerId: report.providerId,
});

/**
 * The provider submits the diagnosis report of its own accepted assignment (R6.1.3), with the report file
 * uploaded first. Steps: validate; the assignment must be the caller's and ACCEPTED; the report file must
 * be an uploaded REPORT_FILE of this report; create the report (SUBMITTED) and mark the assignment
 * REPORTED in one transaction. One report per assignment.
 */
export async function submitDiagnosisReport(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<DiagnosisReport> {
  authorizeRole(principal, 'submitDiagnosisReport');
  const input = parseInput(submitReportSchema, rawInput, ['input']);
  const assignment = await readableAssignment(principal, input.assignmentId, ports);
  authorize(principal, 'submitDiagnosisReport', assignmentResource(assignment));
  if (!ASSIGNMENT_TRANSITIONS[assignment.status].includes('REPORTED')) {
    throw new PolicyViolation(
      'R6.1.3',
      `a report is submitted for an accepted assignment; this one is ${assignment.status}`,
    );
  }
  const id = reportIdFor(assignment.id);
  await requireUploaded(
    input.reportAttachmentId,
    { type: 'REPORT', id, purpose: 'REPORT_FILE' },
    ['input', 'reportAttachmentId'],
    ports,
  );
  const now = ports.clock.now();
  const report: DiagnosisReport = {
    id,
    assignmentId: assignment.id,
    year: assignment.year,
    creditCode: assignment.creditCode,
    enterpriseName: assignment.enterpriseName,
    town: assignment.town,
    providerId: assignment.providerId,
    summary: input.summary,
    recommendedMeasures: input.recommendedMeasures,
    estimatedInvestmentFen: input.estimatedInvestmentFen,
    reportAttachmentId: input.reportAttachmentId,
    status: 'SUBMITTED',
    ...stamp(now),
  };
  const created = recordChange(principal, now, 'submitDiagnosisReport', 'DiagnosisReport', null, report);
  const reported = recordChange(
    principal,
    now,
    'submitDiagnosisReport',
    'DiagnosisAssignment',
    assignment,
    revise(assignment, { status: 'REPORTED' }, now),
  );
  await ports.programme.commit({
    writes: [created.write, reported.write],
    audits: [created.audit, reported.audit],
  });
  return report;
}

/**
 * R6.2.1: the enterprise confirms the report its principal signed and it stamped. Steps: the report must
 * be the caller's own and SUBMITTED; the principal named must be the registry's legal representative;
 * the scan of the signed and stamped page must be an uploaded SIGNED_PAGE of this report; then CONFIRMED,
 * recording who confirmed it and when.
 */
export async function confirmDiagnosisReport(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts & { readonly enterprises: EnterpriseRepository },
): Promise<DiagnosisReport> {
  authorizeRole(principal, 'confirmDiagnosisReport');
  const input = parseInput(confirmReportSchema, rawInput, ['input']);
  const report = await readableReport(principal, input.reportId, ports);
  authorize(principal, 'confirmDiagnosisReport', reportResource(report));
  requireVersion(report, input.version);
  if (report.status !== 'SUBMITTED')
    throw new PolicyViolation('R6.2.1', `the report is already ${report.status}`);
  const enterprise = await ports.enterprises.get(report.creditCode);
  if (enterprise?.principalName !== input.principalName) {
    throw new PolicyViolation(
      'R6.2.1',
      `the report must be signed by the enterprise's principal as registered (${enterprise?.principalName ?? 'unknown'})`,
    );
  }
  await requireUploaded(
    input.signedPageAttachmentId,
    { type: 'REPORT', id: report.id, purpose: 'SIGNED_PAGE' },
    ['input', 'signedPageAttachmentId'],
    ports,
  );
  const now = ports.clock.now();
  const confirmed = revise(
    report,
    {
      status: 'CONFIRMED',
      confirmation: {
        principalName: input.principalName,
        confirmedBy: principal.kind === 'user' ? principal.userId : 'anonymous',
        confirmedAt: now.toISOString(),
        signedPageAttachmentId: input.signedPageAttachmentId,
      },
    },
    now,
  );
  await saveRecord(ports, principal, now, 'confirmDiagnosisReport', 'DiagnosisReport', report, confirmed);
  return confirmed;
}

/** R6.1.4: record whether the enterprise and provider go on to design and implement a solution. */
export async function recordFollowUp(
  principal: Principal,
  rawInput: unknown,
  ports: ProgrammePorts,
): Promise<DiagnosisReport> {
  authorizeRole(principal, 'recordFollowUp');
  const input = parseInput(followUpSchema, rawInput, ['input']);
  const report = await readableReport(principal, input.reportId, ports);
  authorize(principal, 'recordFollowUp', reportResource(report));
  requireVersion(report, input.version);
  const now = ports.clock.now();
  const updated = revise(
    report,
    {
      followUp: {
        continuing: input.continuing,
        note: input.note,
        recordedBy: principal.kind === 'user' ? principal.userId : 'anonymous',
        recordedAt: now.toISOString(),
      },
    },
    now,
  );
  await saveRecord(ports, principal, now, 'recordFollowUp', 'DiagnosisReport', report, updated);
  return updated;
}

export function readableReport(
  principal: Principal,
  id: string,
  ports: ProgrammePorts,
): Promise<DiagnosisReport> {
  return readableRecord(principal, 'readDiagnosisReport', 'DiagnosisReport', id, reportResource, ports);
}

/** A year's reports the caller may see: a provider its own, an enterprise its own, a town its town's. */
export async function listReports(
  principal: Principal,
  args: { year: number; first?: number | null; after?: string | null },
  ports: ProgrammePorts,
): Promise<Page<DiagnosisReport>> {
  const scope = listScope(principal, 'readDiagnosisReport');
  const year = parseInput(yearSchema, args.year, ['year']);
  const request = {
    first: pageSize(args.first),
    after: args.after,
    accept: (report: DiagnosisReport) =>
      report.year === year && (scope.kind !== 'town' || report.town === scope.town),
  };
  switch (scope.kind) {
    case 'provider':
      return ports.programme.list('DiagnosisReport', {
        ...request,
        pattern: 'byProvider',
        value: scope.providerId,
      });
    case 'enterprise':
      return ports.programme.list('DiagnosisReport', {
        ...request,
        pattern: 'byEnterprise',
        value: scope.creditCode,
      });
    case 'assigned':
      // Experts are given applications to review, not assignments or reports.
      return { edges: [], hasNextPage: false, endCursor: null };
    case 'town':
    case 'all':
      return ports.programme.list('DiagnosisReport', { ...request, pattern: 'byYear', value: String(year) });
  }
}
