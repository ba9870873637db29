import { authorize, authorizeUser } from '#domain/authorization/policy';
import { Forbidden, PolicyViolation } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { cstDate } from '#domain/time/cst';
import type { Page } from '#domain/validation';
import { pageSize, parseId, parseInput } from '#domain/validation';
import { draftDocumentSchema } from '#domain/workflow/input-schemas';
import type { DisbursementDocument, DisbursementLine } from '#domain/payments/disbursement-document';
import { requireDocumentTransition } from '#domain/payments/disbursement-document';
import type { Payment } from '#domain/payments/payment';
import { paymentId } from '#domain/payments/payment';
import { findingId } from '#domain/payments/payments';
import type { ProgrammeStore } from '#domain/programme-store';
import type { Project } from '#domain/workflow/project';
import type { EnterpriseRepository, ProviderRepository } from '#domain/registry/repositories';
import { recordChange, requireRecord, requireVersion, revise, stamp } from '../programme/record-change.ts';
import type { WorkflowPorts } from './projects.ts';
import { waitingProject } from './projects.ts';
import { commitment } from './budget.ts';

/** R7.1.1: the fraud findings recorded on these projects, by project. */
async function findingsOn(
  projects: readonly Pick<Project, 'id' | 'fraudFindingId'>[],
  programme: ProgrammeStore,
): Promise<Map<string, string>> {
  const recorded = await programme.getMany(
    'FraudFinding',
    projects.map((project) => findingId(project.id)),
  );
  return new Map(
    projects.flatMap((project) => {
      const id = project.fraudFindingId ?? recorded.get(findingId(project.id))?.id;
      return id === undefined ? [] : [[project.id, id] as const];
    }),
  );
}

/**
 * R6.6: the commission drafts a disbursement document listing approved projects, their payees and
 * amounts. A project waiting for its document can be in one document only (a claim taken with the draft).
 * A project with a fraud finding is refused (R7.1.1).
 */
export async function draftDisbursementDocument(
  principal: Principal,
  rawInput: unknown,
  ports: WorkflowPorts,
): Promise<DisbursementDocument> {
  const user = authorizeUser(principal, 'draftDisbursementDocument');
  const input = parseInput(draftDocumentSchema, rawInput, ['input']);
  const projects = [];
  for (const projectId of new Set(input.projectIds))
    projects.push(await requireRecord(ports.programme, 'Project', projectId));
  // R7.1.1 first: a project found fraudulent no longer waits for a document (it ends WITHHELD).
  const stopped = await findingsOn(projects, ports.programme);
  if (stopped.size > 0)
    throw new PolicyViolation(
      'R7.1.1',
      `${[...stopped].map(([projectId, id]) => `project ${projectId} has fraud finding ${id}`).join('; ')}: nothing more of it is paid, and it is left out of any disbursement document`,
    );
  for (const project of projects)
    if (project.waiting?.stage !== 'DISBURSEMENT_DOCUMENT')
      throw new PolicyViolation(
        'R6.6',
        `project ${project.id} is ${project.stage}; only approved projects go into a disbursement document`,
      );
  const now = ports.clock.now();
  const lines = projects.map((project) => ({
    projectId: project.id,
    payeeType: project.payeeType,
    payeeId: project.payeeId,
    payeeName: project.payeeName,
    amountFen: project.proposedAmountFen,
  }));
  const document: DisbursementDocument = {
    id: `DOC-${crypto.randomUUID()}`,
    status: 'DRAFT',
    lines,
    totalFen: lines.reduce((total, line) => total + line.amountFen, 0),
    draftedBy: user.userId,
    ...stamp(now),
  };
  const { write, audit } = recordChange(
    principal,
    now,
    'draftDisbursementDocument',
    'DisbursementDocument',
    null,
    document,
  );
  await ports.programme.commit({
    writes: [write],
    claims: lines.map((line) => ({
      name: `DOCUMENT_LINE#${line.projectId}`,
      ownerId: document.id,
      conflict: `project ${line.projectId} is already in another disbursement document`,
    })),
    audits: [audit],
  });
  return document;
}

/**
 * R6.6: finance countersigns the draft — a different user from the one who drafted it — and the
 * document is issued with the next number of its year; each listed project's workflow then completes
 * its disbursement-document stage. A project found fraudulent since the draft (R7.1.1) gets no payment,
 * no commitment and no decision: its line is kept, marked withheld with the finding, and the total is what
 * the document pays. The finding writes the project, so a finding and an issue at the same moment never
 * both pass (each is conditioned on the project's version).
 */
export async function countersignDisbursementDocument(
  principal: Principal,
  args: { id: string; version: number },
  ports: WorkflowPorts & {
    readonly enterprises: EnterpriseRepository;
    readonly providers: ProviderRepository;
  },
): Promise<DisbursementDocument> {
  const user = authorizeUser(principal, 'countersignDisbursementDocument');
  const document = await requireRecord(ports.programme, 'DisbursementDocument', parseId(args.id, ['id']));
  requireVersion(document, args.version);
  requireDocumentTransition(document, 'ISSUED');
  if (document.draftedBy === user.userId)
    throw new Forbidden('the document is issued jointly: the user who drafted it cannot countersign it');
  // R7.1.1: a project found fraudulent since the draft is issued without a payment (its line says why);
  // its finding ended its wait for the document (WITHHELD).
  const listed = await Promise.all(
    document.lines.map((line) => requireRecord(ports.programme, 'Project', line.projectId)),
  );
  const stopped = await findingsOn(listed, ports.programme);
  // Every other listed project must still be waiting for its document: none is paid that has left the
  // workflow.
  const projects = await Promise.all(
    listed
      .filter((project) => !stopped.has(project.id))
      .map((project) => waitingProject(project.id, 'DISBURSEMENT_DOCUMENT', undefined, ports)),
  );
  if (projects.length === 0)
    throw new PolicyViolation(
      'R7.1.1',
      `every project of document ${document.id} has a fraud finding: there is nothing left to issue`,
    );
  const lines: DisbursementLine[] = document.lines.map((line) => {
    const id = stopped.get(line.projectId);
    return id === undefined
      ? line
      : {
          ...line,
          withheld: { findingId: id, reason: `R7.1.1: fraud finding ${id} recorded after the draft` },
        };
  });
  const paid = lines.filter((line) => line.withheld === undefined);
  const now = ports.clock.now();
  const year = cstDate(now).slice(0, 4);
  // Automatic awards (R6.7b) had no deliberation: the document approves them, and commits them (R2.2).
  const uncommitted = projects.filter((project) => project.committedFiscalYear === undefined);
  const budgetChanges =
    uncommitted.length > 0 ? [await commitment(principal, uncommitted, Number(year), ports)] : [];
  const number = await ports.programme.nextInSequence(`DISBURSEMENT_DOCUMENT#${year}`);
  const payments = await Promise.all(
    paid.map(async (line): Promise<Payment> => {
      const project = await requireRecord(ports.programme, 'Project', line.projectId);
      const account =
        line.payeeType === 'ENTERPRISE'
          ? (await ports.enterprises.get(line.payeeId))?.bankAccount
          : (await ports.providers.get(line.payeeId))?.bankAccount;
      return {
        id: paymentId(document.id, line.projectId),
        documentId: document.id,
        documentNumber: '',
        projectId: line.projectId,
        applicationId: project.applicationId,
        certificationId: project.certificationId,
        payeeType: line.payeeType,
        payeeId: line.payeeId,
        payeeName: line.payeeName,
        bankAccount: account ?? null,
        amountFen: line.amountFen,
        status: 'READY',
        fiscalYear: project.committedFiscalYear ?? Number(year),
        ...stamp(now),
      };
    }),
  );
  const issued = revise(
    document,
    {
      status: 'ISSUED',
      lines,
      totalFen: paid.reduce((total, line) => total + line.amountFen, 0),
      documentNumber: `青经财拨〔${year}〕${number}号`,
      countersignedBy: user.userId,
      issuedAt: now.toISOString(),
    },
    now,
  );
  const { write, audit } = recordChange(
    principal,
    now,
    'countersignDisbursementDocument',
    'DisbursementDocument',
    document,
    issued,
  );
  // The document and its payments are one transaction: issued with all of them, or not at all; a payment's
  // id names its document and project, so it can never be created twice.
  const paymentChanges = payments.map((payment) =>
    recordChange(principal, now, 'issuePayment', 'Payment', null, {
      ...payment,
      documentNumber: issued.documentNumber ?? '',
    }),
  );
  // Each project's decision is recorded in the same transaction, so a stage completion lost after it (a
  // timeout, a crash) is made good by a retry, by the resumed workflow or by the stage's timeout.
  const decision = { documentId: issued.id };
  const projectChanges = projects.map((project) =>
    recordChange(
      principal,
      now,
      'decideDISBURSEMENT_DOCUMENT',
      'Project',
      project,
      revise(
        project,
        {
          decisions: { ...project.decisions, DISBURSEMENT_DOCUMENT: decision },
          committedFiscalYear: project.committedFiscalYear ?? Number(year),
        },
        now,
      ),
    ),
  );
  const changes = [{ write, audit }, ...paymentChanges, ...projectChanges, ...budgetChanges];
  await ports.programme.commit({
    writes: changes.map((change) => change.write),
    audits: changes.map((change) => change.audit),
  });
  for (const project of projects) await ports.workflow.completeStage(project.taskToken, decision);
  return issued;
}

export async function listDisbursementDocuments(
  principal: Principal,
  args: { first?: number | null; after?: string | null },
  ports: WorkflowPorts,
): Promise<Page<DisbursementDocument>> {
  authorize(principal, 'readDisbursementDocuments');
  return ports.programme.list('DisbursementDocument', {
    pattern: 'all',
    value: '',
    first: pageSize(args.first),
    after: args.after,
  });
}

/** The payments a document's issue created. */
export async function documentPayments(
  principal: Principal,
  document: DisbursementDocument,
  ports: WorkflowPorts,
): Promise<Payment[]> {
  authorize(principal, 'readDisbursementDocuments');
  const page = await ports.programme.list('Payment', {
    pattern: 'byDocument',
    value: document.id,
    first: 100,
  });
  return page.edges.map((edge) => edge.node);
}
