import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '#domain/events/catalogue';
import { parseDomainEvent } from '#domain/events/catalogue';
import { SETTINGS_2022 } from '#domain/policy/policy-version';
import type { ProjectFacts } from '#domain/statistics/tally';
import { measuresOf, needsPolicy, tallyOf } from '#domain/statistics/tally';

/** Issue 17: what each event adds to the statistics (Prepare: an event; Act: measure and tally; Assess). */

const POLICY = { fiscalYearRule: SETTINGS_2022.fiscalYearRule, tiers: SETTINGS_2022.tiers };
const ENTERPRISE = { applicationId: 'APP-1', enterpriseId: '913101180DM95UY1CJ', townId: 'ZHUJIAJIAO' };
const PROJECT = { projectId: 'PRJ-APP-1', ...ENTERPRISE };
const PAYMENT = {
  paymentId: 'PAY-1',
  projectId: 'PRJ-APP-1',
  documentId: 'DOC-1',
  enterpriseId: ENTERPRISE.enterpriseId,
};

const event = (kind: string, occurredAt: string, subject: object, payload: object): DomainEvent =>
  parseDomainEvent({ kind, version: 1, id: `${kind}-${occurredAt}`, occurredAt, subject, payload });

const tally = (candidate: DomainEvent, project?: ProjectFacts) => {
  const measures = measuresOf(candidate);
  if (measures === undefined) return undefined;
  return tallyOf(measures, project, needsPolicy(measures, project) ? POLICY : undefined);
};

const submitted = (occurredAt: string, payload: object = {}) =>
  event('application.submitted', occurredAt, ENTERPRISE, {
    programme: 'DISTRICT_BENCHMARK',
    applicantType: 'ENTERPRISE',
    planYear: 2026,
    requestedAmountFen: 20_000_000,
    resubmission: false,
    policyVersionId: 'QP-2022',
    benchmarkTitle: 'SMART_WORKSHOP',
    benchmarkLevel: 'DISTRICT',
    ...payload,
  });

describe('statistics: the measures of an event (issue 17)', () => {
  it('R6.2, R5.2: an application is applied for once, in its town, programme and tier, at the amount applied for', () => {
    expect(tally(submitted('2026-05-12T10:00:00.000+08:00'))).toEqual({
      fiscalYear: 2026,
      cell: { town: 'ZHUJIAJIAO', month: '2026-05', programme: 'DISTRICT_BENCHMARK', tier: '2' },
      increments: [{ measure: 'APPLIED', count: 1, amountFen: 20_000_000 }],
    });
    // R6.3.1: corrected and submitted again, it is the same application.
    expect(tally(submitted('2026-05-20T10:00:00.000+08:00', { resubmission: true }))).toBeUndefined();
  });

  it('R2.2, R6.4.1: the fiscal year and month are those of the CST date, across midnight UTC', () => {
    // 2026-12-31T16:30Z is 2027-01-01 00:30 in China Standard Time.
    const late = event('application.submitted', '2027-01-01T00:30:00.000+08:00', ENTERPRISE, {
      programme: 'IMPLEMENTATION_REWARD',
      applicantType: 'ENTERPRISE',
      planYear: 2026,
      requestedAmountFen: 9_000_000,
      resubmission: false,
      policyVersionId: 'QP-2022',
    });
    expect(tally(late)).toMatchObject({ fiscalYear: 2027, cell: { month: '2027-01', tier: 'NONE' } });
    const early = event('application.submitted', '2026-12-31T23:59:00.000+08:00', ENTERPRISE, {
      programme: 'IMPLEMENTATION_REWARD',
      applicantType: 'ENTERPRISE',
      planYear: 2026,
      requestedAmountFen: 9_000_000,
      resubmission: false,
      policyVersionId: 'QP-2022',
    });
    expect(tally(early)).toMatchObject({ fiscalYear: 2026, cell: { month: '2026-12' } });
  });

  it('R6.2.1, R6.2.2: a provider’s application is taken into review when submitted; an enterprise’s when its town first accepts it', () => {
    const provider = event(
      'application.submitted',
      '2026-05-12T10:00:00.000+08:00',
      { ...ENTERPRISE, providerId: 'PRV-1' },
      {
        programme: 'DIAGNOSIS_REWARD',
        applicantType: 'PROVIDER',
        planYear: 2026,
        requestedAmountFen: 2_000_000,
        resubmission: false,
        policyVersionId: 'QP-2022',
      },
    );
    expect(tally(provider)?.increments).toEqual([
      { measure: 'APPLIED', count: 1, amountFen: 2_000_000 },
      { measure: 'ACCEPTED', count: 1, amountFen: 2_000_000 },
    ]);
    const accepted = (reacceptance: boolean) =>
      event('application.accepted', '2026-05-13T10:00:00.000+08:00', ENTERPRISE, {
        programme: 'IMPLEMENTATION_REWARD',
        requestedAmountFen: 9_000_000,
        reacceptance,
        policyVersionId: 'QP-2022',
      });
    expect(tally(accepted(false))?.increments).toEqual([
      { measure: 'ACCEPTED', count: 1, amountFen: 9_000_000 },
    ]);
    expect(tally(accepted(true))).toBeUndefined();
  });

  it('R6.3.1, R6.5, R6.4: refused at review or deliberation, or removed by an objection, at the amount asked or proposed', () => {
    const refused = event('application.refused', '2026-06-01T10:00:00.000+08:00', ENTERPRISE, {
      programme: 'IMPLEMENTATION_REWARD',
      reasons: '不符合条件。',
      requestedAmountFen: 9_000_000,
      policyVersionId: 'QP-2022',
    });
    expect(tally(refused)?.increments).toEqual([{ measure: 'REFUSED', count: 1, amountFen: 9_000_000 }]);
    for (const kind of ['project.refused', 'project.removed'])
      expect(
        tally(
          event(kind, '2026-07-01T10:00:00.000+08:00', PROJECT, {
            path: 'REVIEWED',
            ...(kind === 'project.refused' ? { reason: '效益不明显。' } : {}),
            amountFen: 7_000_000,
            programme: 'IMPLEMENTATION_REWARD',
            policyVersionId: 'QP-2022',
          }),
        ),
      ).toEqual({
        fiscalYear: 2026,
        cell: { town: 'ZHUJIAJIAO', month: '2026-07', programme: 'IMPLEMENTATION_REWARD', tier: 'NONE' },
        increments: [{ measure: 'REFUSED', count: 1, amountFen: 7_000_000 }],
      });
  });

  it('R2.2: an approval counts in the fiscal year it was committed against; an automatic award under AUTOMATIC, by its tier', () => {
    const approved = event('project.approved', '2027-01-05T10:00:00.000+08:00', PROJECT, {
      path: 'AUTOMATIC',
      amountFen: 100_000_000,
      fiscalYear: 2026,
      tier: 4,
      benchmarkTitle: 'SMART_FACTORY',
      benchmarkLevel: 'MUNICIPAL',
    });
    expect(tally(approved)).toEqual({
      fiscalYear: 2026,
      cell: { town: 'ZHUJIAJIAO', month: '2027-01', programme: 'AUTOMATIC', tier: '4' },
      increments: [{ measure: 'APPROVED', count: 1, amountFen: 100_000_000 }],
    });
  });

  it('R6.6, R7.1: a payment and a recovery take their project’s town, programme, tier and fiscal year', () => {
    const project: ProjectFacts = {
      town: 'JINZE',
      programme: 'LIGHTHOUSE',
      tier: 6,
      committedFiscalYear: 2026,
      policyVersionId: 'QP-2022',
    };
    const paid = event('payment.paid', '2027-01-03T10:00:00.000+08:00', PAYMENT, {
      amountFen: 500_000_000,
      paidOn: '2027-01-02',
    });
    expect(measuresOf(paid)?.projectId).toBe('PRJ-APP-1');
    expect(tally(paid, project)).toEqual({
      fiscalYear: 2026,
      cell: { town: 'JINZE', month: '2027-01', programme: 'LIGHTHOUSE', tier: '6' },
      increments: [{ measure: 'PAID', count: 1, amountFen: 500_000_000 }],
    });
    const recovery = (amountFen: number, recoveredFen: number) =>
      event(
        'recovery.recorded',
        '2027-02-03T10:00:00.000+08:00',
        { findingId: 'FRAUD-PRJ-APP-1', projectId: 'PRJ-APP-1', enterpriseId: ENTERPRISE.enterpriseId },
        { amountFen, recoveredOn: '2027-02-01', recoveredFen, receivableFen: 500_000_000, fiscalYear: 2026 },
      );
    // Counted once per award (its first recovery), every amount.
    expect(tally(recovery(200_000_000, 200_000_000), project)?.increments).toEqual([
      { measure: 'RECOVERED', count: 1, amountFen: 200_000_000 },
    ]);
    expect(tally(recovery(300_000_000, 500_000_000), project)?.increments).toEqual([
      { measure: 'RECOVERED', count: 0, amountFen: 300_000_000 },
    ]);
  });

  it('counts nothing for events that are not a measure', () => {
    expect(
      tally(
        event('objection.filed', '2026-07-01T10:00:00.000+08:00', { objectionId: 'O', projectId: 'P' }, {}),
      ),
    ).toBeUndefined();
  });

  it('guesses nothing: a fiscal year or tier it cannot work out is refused (R2.2, R5.2, R9)', () => {
    const measures = measuresOf(submitted('2026-05-12T10:00:00.000+08:00'));
    if (measures === undefined) throw new Error('no measures');
    expect(needsPolicy(measures, undefined)).toBe(true);
    expect(() => tallyOf(measures, undefined, undefined)).toThrow(/fiscal year/);
    const unknownTitle = measuresOf(
      submitted('2026-05-12T10:00:00.000+08:00', {
        benchmarkTitle: 'LIGHTHOUSE_FACTORY',
        benchmarkLevel: 'DISTRICT',
      }),
    );
    if (unknownTitle === undefined) throw new Error('no measures');
    expect(() => tallyOf(unknownTitle, undefined, POLICY)).toThrow(/tier/);
  });
});
