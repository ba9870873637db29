import { describe, expect, it } from 'vitest';
import { auditRecord, SYSTEM_ACTOR, WORKFLOW_ACTOR } from '#domain/audit/audit-record';
import type { AuditEntityType } from '#domain/audit/audit-record';
import { eventSchema, parseDomainEvent } from '#domain/events/catalogue';
import { eventFromAuditRecord } from '#domain/events/from-audit-record';
import { InvalidInput } from '#domain/errors';

/** Issue 17: the event each audited change stands for (Prepare: an audit record; Act: derive; Assess). */

const AT = new Date('2026-10-09T16:00:00.000Z');
const change = (
  entityType: AuditEntityType,
  operation: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) => auditRecord(WORKFLOW_ACTOR, AT, { operation, entityType, entityId: String(after['id']), before, after });

/** Derives the event and checks it against its catalogue schema. */
function derive(record: ReturnType<typeof change>) {
  const event = eventFromAuditRecord(record);
  if (event) expect(eventSchema(event.kind, event.version)?.safeParse(event).success).toBe(true);
  return event;
}

const application = {
  id: 'APP-1',
  programme: 'IMPLEMENTATION_REWARD',
  applicantType: 'ENTERPRISE',
  applicantId: '913101180DM95UY1CJ',
  creditCode: '913101180DM95UY1CJ',
  town: 'ZHUJIAJIAO',
  planYear: 2026,
  requestedAmountFen: 9_000_000,
  status: 'DRAFT',
  version: 1,
};
const project = {
  id: 'PRJ-APP-1',
  path: 'REVIEWED',
  applicationId: 'APP-1',
  creditCode: '913101180DM95UY1CJ',
  town: 'ZHUJIAJIAO',
  payeeType: 'ENTERPRISE',
  payeeId: '913101180DM95UY1CJ',
  payeeName: '上海时钟智能制造有限公司',
  proposedAmountFen: 8_000_000,
  stage: 'PROPOSED',
  version: 3,
};
const payment = {
  id: 'PAY-DOC-1-PRJ-APP-1',
  documentId: 'DOC-1',
  projectId: 'PRJ-APP-1',
  applicationId: 'APP-1',
  payeeType: 'ENTERPRISE',
  payeeId: '913101180DM95UY1CJ',
  payeeName: '上海时钟智能制造有限公司',
  bankAccount: { bankName: '中国银行', accountName: '上海时钟', accountNumber: '6216600000001' },
  amountFen: 8_000_000,
  status: 'READY',
  version: 1,
};

describe('events derived from audit records (issue 17)', () => {
  it('takes the id from the audit record and the instant in China Standard Time', () => {
    const record = change('APPLICATION', 'submitApplication', application, {
      ...application,
      status: 'SUBMITTED',
    });
    expect(derive(record)).toEqual({
      kind: 'application.submitted',
      version: 1,
      id: record.id,
      occurredAt: '2026-10-10T00:00:00.000+08:00',
      subject: { applicationId: 'APP-1', enterpriseId: '913101180DM95UY1CJ', townId: 'ZHUJIAJIAO' },
      payload: {
        programme: 'IMPLEMENTATION_REWARD',
        applicantType: 'ENTERPRISE',
        planYear: 2026,
        requestedAmountFen: 9_000_000,
        resubmission: false,
      },
    });
  });

  it('R6.2.2, R6.3.1: an application accepted, returned by its town or by the review, refused', () => {
    const submitted = { ...application, status: 'SUBMITTED' };
    expect(
      derive(change('APPLICATION', 'acceptApplication', submitted, { ...submitted, status: 'ACCEPTED' }))
        ?.kind,
    ).toBe('application.accepted');
    const returned = { ...submitted, status: 'RETURNED', returnReason: '缺少投入凭证。' };
    expect(derive(change('APPLICATION', 'returnApplication', submitted, returned))?.payload).toEqual({
      programme: 'IMPLEMENTATION_REWARD',
      returnedBy: 'TOWN',
      reason: '缺少投入凭证。',
    });
    const accepted = { ...submitted, status: 'ACCEPTED' };
    expect(derive(change('APPLICATION', 'preliminaryReview', accepted, returned))?.payload).toMatchObject({
      returnedBy: 'PRELIMINARY_REVIEW',
    });
    expect(
      derive(change('APPLICATION', 'submitApplication', returned, { ...submitted, version: 5 }))?.payload,
    ).toMatchObject({ resubmission: true });
    const refused = {
      ...accepted,
      status: 'REFUSED',
      review: { experts: [], preliminary: { passed: false, outcome: 'REFUSED', reasons: '不符合条件。' } },
    };
    expect(derive(change('APPLICATION', 'refuseApplication', accepted, refused))).toMatchObject({
      kind: 'application.refused',
      payload: { reasons: '不符合条件。' },
    });
  });

  it('emits nothing for a change that moves no state someone outside cares about', () => {
    expect(derive(change('APPLICATION', 'draftApplication', null, application))).toBeUndefined();
    expect(
      derive(
        change(
          'APPLICATION',
          'assignExpert',
          { ...application, status: 'ACCEPTED' },
          { ...application, status: 'ACCEPTED', version: 2 },
        ),
      ),
    ).toBeUndefined();
    expect(derive(change('PROJECT', 'flagOverdue', project, { ...project, version: 4 }))).toBeUndefined();
    expect(
      derive(change('DIAGNOSIS_PLAN', 'createDiagnosisPlan', null, { id: 'PLAN-2026' })),
    ).toBeUndefined();
  });

  it('R6.4: publicity opens with its window and closes towards the investigation or deliberation', () => {
    const open = {
      ...project,
      stage: 'IN_PUBLICITY',
      publicity: { startDate: '2026-09-28', endDate: '2026-10-09', endsAt: '2026-10-09T16:00:00.000Z' },
    };
    expect(derive(change('PROJECT', 'openPublicity', project, open))).toMatchObject({
      kind: 'publicity.opened',
      subject: { projectId: 'PRJ-APP-1', applicationId: 'APP-1', enterpriseId: '913101180DM95UY1CJ' },
      payload: { startDate: '2026-09-28', endDate: '2026-10-09', endsAt: '2026-10-10T00:00:00.000+08:00' },
    });
    expect(
      derive(change('PROJECT', 'awaitDecision', open, { ...open, stage: 'INVESTIGATION' }))?.payload,
    ).toEqual({
      objectionOpen: true,
    });
    expect(
      derive(change('PROJECT', 'awaitDecision', open, { ...open, stage: 'DELIBERATION' }))?.payload,
    ).toEqual({
      objectionOpen: false,
    });
  });

  it('R6.4: an objection filed and settled carries nothing about the objector', () => {
    const objection = {
      id: 'OBJ-1',
      projectId: 'PRJ-APP-1',
      objectorName: '张三',
      objectorContact: '13800000000',
      reason: '投入不实。',
      status: 'OPEN',
    };
    const filed = derive(change('OBJECTION', 'fileObjection', null, objection));
    expect(filed).toMatchObject({
      kind: 'objection.filed',
      subject: { objectionId: 'OBJ-1', projectId: 'PRJ-APP-1' },
    });
    const settled = derive(
      change('OBJECTION', 'investigateObjection', objection, {
        ...objection,
        status: 'DISMISSED',
        finding: '属实',
      }),
    );
    expect(settled).toMatchObject({ kind: 'objection.settled', payload: { outcome: 'DISMISSED' } });
    // Screening (R6.4.3) closes an inadmissible one; an admissible one is settled after its investigation.
    const received = { ...objection, status: 'RECEIVED' };
    const screenedOut = derive(
      change('OBJECTION', 'screenObjection', received, {
        ...received,
        status: 'INADMISSIBLE',
        screening: { reason: '联系方式无效' },
      }),
    );
    expect(screenedOut).toMatchObject({ kind: 'objection.settled', payload: { outcome: 'INADMISSIBLE' } });
    const investigating = { ...objection, status: 'UNDER_INVESTIGATION' };
    expect(derive(change('OBJECTION', 'screenObjection', received, investigating))).toBeUndefined();
    expect(
      derive(change('OBJECTION', 'settleObjection', investigating, { ...investigating, status: 'UPHELD' }))
        ?.payload,
    ).toEqual({ outcome: 'UPHELD' });
    for (const event of [filed, settled, screenedOut])
      expect(JSON.stringify(event)).not.toMatch(/张三|13800000000|投入不实|属实|联系方式/);
  });

  it('R6.5, R5.3.1, R6.4: deliberation and investigation outcomes are taken where the decision is recorded, once', () => {
    const waiting = { ...project, stage: 'DELIBERATION' };
    const decided = (decision: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      derive(
        change('PROJECT', 'decideDELIBERATION', waiting, {
          ...waiting,
          ...extra,
          decisions: { DELIBERATION: decision },
        }),
      );
    expect(decided({ approved: true }, { committedFiscalYear: 2026 })).toMatchObject({
      kind: 'project.approved',
      payload: { path: 'REVIEWED', amountFen: 8_000_000, fiscalYear: 2026 },
    });
    expect(
      decided({ approved: false }, { deliberation: { approved: false, reason: '预算不足。' } }),
    ).toMatchObject({
      kind: 'project.refused',
      payload: { reason: '预算不足。' },
    });
    expect(decided({ approved: true, zeroAward: true }, { proposedAmountFen: 0 })).toMatchObject({
      kind: 'project.zero-award-recorded',
      payload: { recordedAt: 'DELIBERATION' },
    });
    // The workflow moving the stage afterwards is not a second event.
    const approved = { ...waiting, decisions: { DELIBERATION: { approved: true } } };
    expect(
      derive(change('PROJECT', 'awaitDecision', approved, { ...approved, stage: 'AWAITING_DOCUMENT' })),
    ).toBeUndefined();
    const rejected = { ...waiting, decisions: { DELIBERATION: { approved: false } } };
    expect(
      derive(change('PROJECT', 'recordRejection', rejected, { ...rejected, stage: 'REJECTED' })),
    ).toBeUndefined();
    const signing = {
      ...project,
      stage: 'AWAITING_SIGN_OFF',
      benchmark: { title: 'SMART_FACTORY', level: 'DISTRICT' },
    };
    expect(
      derive(
        change('PROJECT', 'signOffProject', signing, {
          ...signing,
          stage: 'ZERO_AWARD_RECORDED',
          proposedAmountFen: 0,
        }),
      ),
    ).toMatchObject({
      kind: 'project.zero-award-recorded',
      payload: { recordedAt: 'SIGN_OFF', benchmarkTitle: 'SMART_FACTORY', benchmarkLevel: 'DISTRICT' },
    });
    const investigating = { ...project, stage: 'INVESTIGATION' };
    expect(
      derive(
        change('PROJECT', 'decideINVESTIGATION', investigating, {
          ...investigating,
          decisions: { INVESTIGATION: { upheld: true } },
        }),
      )?.kind,
    ).toBe('project.removed');
    expect(
      derive(
        change('PROJECT', 'decideINVESTIGATION', investigating, {
          ...investigating,
          decisions: { INVESTIGATION: { upheld: false } },
        }),
      ),
    ).toBeUndefined();
  });

  it('R6.6: a document issued lists the projects it pays and those withheld', () => {
    const draft = {
      id: 'DOC-1',
      status: 'DRAFT',
      totalFen: 9_000_000,
      lines: [
        { projectId: 'PRJ-1', amountFen: 8_000_000 },
        { projectId: 'PRJ-2', amountFen: 1_000_000 },
      ],
    };
    const issued = {
      ...draft,
      status: 'ISSUED',
      documentNumber: '青经财拨〔2026〕1号',
      totalFen: 8_000_000,
      lines: [
        draft.lines[0],
        { ...draft.lines[1], withheld: { findingId: 'FRAUD-PRJ-2', reason: 'R7.1.1' } },
      ],
    };
    expect(
      derive(change('DISBURSEMENT_DOCUMENT', 'countersignDisbursementDocument', draft, issued)),
    ).toMatchObject({
      kind: 'document.issued',
      subject: { documentId: 'DOC-1' },
      payload: {
        documentNumber: '青经财拨〔2026〕1号',
        totalFen: 8_000_000,
        paidProjectIds: ['PRJ-1'],
        withheldProjectIds: ['PRJ-2'],
      },
    });
    expect(derive(change('DISBURSEMENT_DOCUMENT', 'draftDisbursementDocument', null, draft))).toBeUndefined();
  });

  it('R6.6, R4.4, R7.1.1: every move of a payment, never with its bank account', () => {
    const batched = { ...payment, status: 'IN_BATCH', batchId: 'BATCH-1', version: 2 };
    const events = [
      derive(change('PAYMENT', 'issuePayment', null, payment)),
      derive(change('PAYMENT', 'batchPayment', payment, batched)),
      derive(
        change('PAYMENT', 'recordPaymentPaid', batched, { ...batched, status: 'PAID', paidOn: '2026-10-20' }),
      ),
      derive(
        change('PAYMENT', 'recordPaymentFailed', batched, {
          ...batched,
          status: 'FAILED',
          failureReason: '账号 6216600000001 已销户',
          attempts: [{ batchId: 'BATCH-1', paid: false, detail: 'x', at: AT.toISOString() }],
        }),
      ),
      derive(
        change('PAYMENT', 'holdPayment', payment, { ...payment, status: 'HELD', holdReason: 'R7.2: banned' }),
      ),
      derive(
        change('PAYMENT', 'cancelPaymentForFraud', payment, {
          ...payment,
          status: 'CANCELLED',
          cancelReason: 'R7.1.1: fraud finding FRAUD-PRJ-APP-1',
          findingStop: { findingId: 'FRAUD-PRJ-APP-1', rule: 'R7.1.1' },
        }),
      ),
    ];
    expect(events.map((event) => event?.kind)).toEqual([
      undefined,
      'payment.batched',
      'payment.paid',
      'payment.failed',
      'payment.held',
      'payment.cancelled',
    ]);
    expect(events[2]?.subject).toEqual({
      paymentId: payment.id,
      projectId: 'PRJ-APP-1',
      documentId: 'DOC-1',
      applicationId: 'APP-1',
      enterpriseId: '913101180DM95UY1CJ',
      batchId: 'BATCH-1',
    });
    expect(events[5]?.payload).toMatchObject({ findingId: 'FRAUD-PRJ-APP-1' });
    for (const event of events) expect(JSON.stringify(event ?? {})).not.toMatch(/6216600000001|中国银行/);
    // Held again for the same reason: nothing new; for another reason: held again.
    const held = { ...payment, status: 'HELD', holdReason: 'R7.2: banned', version: 3 };
    expect(derive(change('PAYMENT', 'holdPayment', held, { ...held, version: 4 }))).toBeUndefined();
    expect(
      derive(change('PAYMENT', 'holdPayment', held, { ...held, holdReason: 'no bank account', version: 4 }))
        ?.kind,
    ).toBe('payment.held');
  });

  it('R7.1, R7.2: a finding recorded (no evidence, no principal) and the ban it starts', () => {
    const finding = {
      id: 'FRAUD-PRJ-APP-1',
      projectId: 'PRJ-APP-1',
      payeeType: 'PROVIDER',
      payeeId: 'PRV-91330100716105852F',
      payeeName: '杭州智能制造诊断服务有限公司',
      principalName: '赵主要',
      evidence: '伪造材料',
      decidedOn: '2026-10-09',
      serious: true,
      banUntil: '2029-10-10',
    };
    const recorded = derive(change('FRAUD_FINDING', 'recordFraudFinding', null, finding));
    expect(recorded).toMatchObject({
      kind: 'finding.recorded',
      subject: { findingId: finding.id, projectId: 'PRJ-APP-1', providerId: 'PRV-91330100716105852F' },
      payload: { serious: true, decidedOn: '2026-10-09', banUntil: '2029-10-10' },
    });
    expect(JSON.stringify(recorded)).not.toMatch(/赵主要|伪造材料/);
    expect(
      derive(change('FRAUD_FINDING', 'completeFraudFinding', finding, { ...finding, completed: true })),
    ).toBeUndefined();

    const provider = { id: 'PRV-91330100716105852F', version: 2 };
    const ban = { until: '2029-10-10', reason: 'R7.2.1 fraud finding FRAUD-PRJ-APP-1 decided on 2026-10-09' };
    const record = auditRecord(WORKFLOW_ACTOR, AT, {
      operation: 'banProvider',
      entityType: 'PROVIDER',
      entityId: provider.id,
      before: provider,
      after: { ...provider, ban, version: 3 },
    });
    expect(derive(record)).toMatchObject({
      kind: 'ban.started',
      subject: { providerId: provider.id },
      payload: ban,
    });
    const enterprise = {
      creditCode: '913101180DM95UY1CJ',
      town: 'ZHUJIAJIAO',
      bankAccount: payment.bankAccount,
    };
    const seeded = auditRecord(SYSTEM_ACTOR, AT, {
      operation: 'seedDemoData',
      entityType: 'ENTERPRISE',
      entityId: enterprise.creditCode,
      before: null,
      after: { ...enterprise, ban },
    });
    expect(derive(seeded)).toBeUndefined();
    const banned = derive(
      auditRecord(WORKFLOW_ACTOR, AT, {
        operation: 'banEnterprise',
        entityType: 'ENTERPRISE',
        entityId: enterprise.creditCode,
        before: enterprise,
        after: { ...enterprise, ban },
      }),
    );
    expect(banned).toMatchObject({ subject: { enterpriseId: enterprise.creditCode, townId: 'ZHUJIAJIAO' } });
    expect(JSON.stringify(banned)).not.toContain('6216600000001');
  });

  it('issue 17 statistics: what awards carry beside each payload — the policy version, title, programme, tier, amount', () => {
    const benchmark = {
      ...application,
      programme: 'DISTRICT_BENCHMARK',
      benchmark: { title: 'SMART_WORKSHOP', level: 'DISTRICT' },
      requestedAmountFen: 20_000_000,
      policyVersionId: 'QP-2022',
      status: 'SUBMITTED',
    };
    expect(
      derive(change('APPLICATION', 'acceptApplication', benchmark, { ...benchmark, status: 'ACCEPTED' }))
        ?.payload,
    ).toEqual({
      programme: 'DISTRICT_BENCHMARK',
      requestedAmountFen: 20_000_000,
      reacceptance: false,
      policyVersionId: 'QP-2022',
      benchmarkTitle: 'SMART_WORKSHOP',
      benchmarkLevel: 'DISTRICT',
    });
    // R6.3.1: accepted again after the review returned it (its preliminary decision is on the record).
    const corrected = {
      ...benchmark,
      review: { experts: [], preliminary: { passed: false, outcome: 'RETURNED', reasons: '补充材料。' } },
    };
    expect(
      derive(change('APPLICATION', 'acceptApplication', corrected, { ...corrected, status: 'ACCEPTED' }))
        ?.payload,
    ).toMatchObject({ reacceptance: true });
    const waiting = {
      ...project,
      stage: 'DELIBERATION',
      benchmark: { title: 'SMART_WORKSHOP', level: 'DISTRICT' },
      policyVersionId: 'QP-2022',
      amountExplanation: { rule: 'R5.3', tier: 2 },
    };
    expect(
      derive(
        change('PROJECT', 'decideDELIBERATION', waiting, {
          ...waiting,
          committedFiscalYear: 2026,
          decisions: { DELIBERATION: { approved: true } },
        }),
      )?.payload,
    ).toEqual({
      path: 'REVIEWED',
      amountFen: 8_000_000,
      fiscalYear: 2026,
      programme: 'DISTRICT_BENCHMARK',
      tier: 2,
      policyVersionId: 'QP-2022',
      benchmarkTitle: 'SMART_WORKSHOP',
      benchmarkLevel: 'DISTRICT',
    });
    const diagnosis = { ...project, stage: 'INVESTIGATION', payeeType: 'PROVIDER', payeeId: 'PRV-1' };
    expect(
      derive(
        change('PROJECT', 'decideINVESTIGATION', diagnosis, {
          ...diagnosis,
          decisions: { INVESTIGATION: { upheld: true } },
        }),
      )?.payload,
    ).toEqual({ path: 'REVIEWED', amountFen: 8_000_000, programme: 'DIAGNOSIS_REWARD' });
  });

  it('R6.7b, R2.2: an automatic award is approved when its joint disbursement document commits it, once', () => {
    const automatic = {
      ...project,
      id: 'PRJ-CERT-1',
      path: 'AUTOMATIC',
      applicationId: undefined,
      certificationId: 'CERT-1',
      benchmark: { title: 'SMART_FACTORY', level: 'MUNICIPAL' },
      amountExplanation: { rule: 'R5.3', tier: 4 },
      stage: 'AWAITING_DOCUMENT',
    };
    const committed = { ...automatic, committedFiscalYear: 2026, decisions: { DISBURSEMENT_DOCUMENT: {} } };
    expect(derive(change('PROJECT', 'decideDISBURSEMENT_DOCUMENT', automatic, committed))).toMatchObject({
      kind: 'project.approved',
      subject: { projectId: 'PRJ-CERT-1', certificationId: 'CERT-1', townId: 'ZHUJIAJIAO' },
      payload: { path: 'AUTOMATIC', amountFen: 8_000_000, fiscalYear: 2026, tier: 4 },
    });
    expect(
      derive(change('PROJECT', 'completeProject', committed, { ...committed, stage: 'COMPLETED' })),
    ).toBeUndefined();
    // A reviewed project was approved (and committed) at deliberation: its document is no second approval.
    const reviewed = { ...project, stage: 'AWAITING_DOCUMENT' };
    expect(
      derive(
        change('PROJECT', 'decideDISBURSEMENT_DOCUMENT', reviewed, {
          ...reviewed,
          committedFiscalYear: 2026,
        }),
      ),
    ).toBeUndefined();
  });

  it('R7.1: money recovered on a finding, each recovery once', () => {
    const finding = {
      id: 'FRAUD-PRJ-APP-1',
      projectId: 'PRJ-APP-1',
      payeeType: 'ENTERPRISE',
      payeeId: '913101180DM95UY1CJ',
      evidence: '伪造材料',
      decidedOn: '2026-10-09',
      serious: false,
      paidFen: 8_000_000,
      recoveredFen: 0,
      recoveries: [],
      fiscalYear: 2026,
    };
    const once = {
      ...finding,
      recoveredFen: 3_000_000,
      recoveries: [{ amountFen: 3_000_000, recoveredOn: '2026-11-02', by: 'fin-1' }],
    };
    expect(derive(change('FRAUD_FINDING', 'recordRecovery', finding, once))).toMatchObject({
      kind: 'recovery.recorded',
      subject: { findingId: finding.id, projectId: 'PRJ-APP-1', enterpriseId: '913101180DM95UY1CJ' },
      payload: {
        amountFen: 3_000_000,
        recoveredOn: '2026-11-02',
        recoveredFen: 3_000_000,
        receivableFen: 8_000_000,
        fiscalYear: 2026,
      },
    });
    const twice = {
      ...once,
      recoveredFen: 8_000_000,
      recoveries: [...once.recoveries, { amountFen: 5_000_000, recoveredOn: '2026-12-01', by: 'fin-1' }],
    };
    expect(derive(change('FRAUD_FINDING', 'recordRecovery', once, twice))?.payload).toMatchObject({
      amountFen: 5_000_000,
      recoveredOn: '2026-12-01',
      recoveredFen: 8_000_000,
    });
    expect(
      derive(change('FRAUD_FINDING', 'completeFraudFinding', twice, { ...twice, completed: true })),
    ).toBeUndefined();
  });

  it('R6.7b, R2.2: an import finished, and a budget override', () => {
    const running = {
      id: 'IMP-1',
      status: 'RUNNING',
      totalLines: 3,
      processedLines: 1,
      counts: { CREATED: 0, ZERO_AMOUNT: 0, DUPLICATE: 0, UNMATCHED: 0, INELIGIBLE: 0, INVALID: 0 },
      awardedFen: 0,
    };
    const done = {
      ...running,
      status: 'COMPLETED',
      processedLines: 3,
      counts: { ...running.counts, CREATED: 2, INVALID: 1 },
      awardedFen: 200_000_000,
    };
    expect(
      derive(change('CERTIFICATION_IMPORT', 'completeCertificationImport', running, done))?.payload,
    ).toEqual({
      status: 'COMPLETED',
      totalLines: 3,
      processedLines: 3,
      created: 2,
      notCreated: 1,
      awardedFen: 200_000_000,
    });
    expect(
      derive(change('CERTIFICATION_IMPORT', 'importProgress', running, { ...running, processedLines: 2 })),
    ).toBeUndefined();
    const budget = { id: 'BUDGET-2026', fiscalYear: 2026, overrides: [] };
    const override = {
      projectId: 'PRJ-APP-1',
      reason: '重点项目，先行批准。',
      by: 'ec-1',
      at: AT.toISOString(),
    };
    expect(
      derive(change('BUDGET', 'overrideBudget', budget, { ...budget, overrides: [override] })),
    ).toMatchObject({
      kind: 'budget.overridden',
      subject: { budgetId: 'BUDGET-2026', projectId: 'PRJ-APP-1' },
      payload: { fiscalYear: 2026, reason: override.reason },
    });
    expect(
      derive(
        change(
          'BUDGET',
          'commitBudget',
          { ...budget, overrides: [override] },
          { ...budget, overrides: [override], committedFen: 1 },
        ),
      ),
    ).toBeUndefined();
  });

  it('refuses a record of an event source whose state is not what events are read from, naming it', () => {
    const record = change('PAYMENT', 'batchPayment', payment, { id: 'PAY-x', status: 'IN_BATCH' });
    expect(() => eventFromAuditRecord(record)).toThrow(/PAY-x.*after state.*projectId/);
  });
});

describe('the catalogue refuses what it does not know (issue 17, bad input)', () => {
  it('names the kinds it has for an unknown kind, and the versions it has for an unknown version', () => {
    expect(() => parseDomainEvent({ kind: 'application.teleported', version: 1 })).toThrow(InvalidInput);
    expect(() => parseDomainEvent({ kind: 'application.teleported', version: 1 })).toThrow(
      /unknown event kind "application.teleported": the catalogue has application.submitted, /,
    );
    expect(() => parseDomainEvent({ kind: 'payment.paid', version: 7 })).toThrow(
      'event kind "payment.paid" has no version 7: the catalogue has version 1',
    );
    expect(() => parseDomainEvent({ version: 1 })).toThrow(/event\.kind/);
  });

  it('refuses a known kind whose fields do not match its schema', () => {
    expect(() =>
      parseDomainEvent({
        kind: 'payment.paid',
        version: 1,
        id: 'a',
        occurredAt: '2026-10-10T00:00:00.000Z',
        subject: {},
        payload: {},
      }),
    ).toThrow(/event\.occurredAt/);
  });
});
