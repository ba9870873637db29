/* eslint-disable vitest/no-standalone-expect -- the invariants are checked inside the one property below, after every step of every sequence */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '#domain/audit/audit-record';
import type { UserPrincipal } from '#domain/identity/principal';
import type { Payment } from '#domain/payments/payment';
import type { AppServices } from '#graphql/context';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { createPaymentBatch, submitPaymentBatch } from '#use-cases/payments/batches';
import { cancelPayment } from '#use-cases/payments/cancel';
import { recordFraudFinding, recordRecovery } from '#use-cases/payments/fraud';
import { reconcile } from '#use-cases/payments/reconciliation';
import { decideAcceptance, draftApplication, submitApplication } from '#use-cases/applications/applications';
import { publishApplicationNotice } from '#use-cases/applications/notices';
import {
  assignExpert,
  preliminaryReview,
  recordExpertReview,
  registerExpert,
} from '#use-cases/applications/review';
import { deliberate, proposeProject, signOffProject } from '#use-cases/workflow/projects';
import { cstDate } from '#domain/time/cst';

import { recordPaymentResult } from '#use-cases/payments/results';
import { everyRecord } from '#use-cases/programme/record-change';
import { createEnterprise } from '#use-cases/registry/enterprise-commands';
import { setBudget } from '#use-cases/workflow/budget';
import {
  countersignDisbursementDocument,
  draftDisbursementDocument,
} from '#use-cases/workflow/disbursement-documents';
import { createRegistry, enterpriseInput } from '../support/registry.ts';
import { demoCreditCode } from '../../local/demo-data.ts';

/**
 * The award's whole life, model-based (fast-check `fc.commands`): random sequences of district titles
 * applied for, reviewed, publicised on a moved clock and approved or refused (R6.7a), imports of municipal
 * and national titles (R6.7b), joint disbursement documents (R6.6), payment batches and the bank's results,
 * cancellations (R5.3.1), fraud findings at any stage (R7.1.1, R7.2.1) and recoveries (R7.1), run against
 * DynamoDB Local and checked step by step against a small reference model written from POLICY.md:
 *
 * - R5.2, R5.3, R5.3.1: a title pays max(0, its tier's amount − the highest tier amount among the
 *   enterprise's counting awards); an award stops counting when its payment is cancelled or a finding is
 *   recorded against it.
 * - R7.1.1: after a finding nothing more of the project is paid: an unpaid payment is cancelled, one in an
 *   unreleased batch taken out of it, one at the bank settled by the bank (paid → a receivable of what was
 *   paid); R7.2.1: a serious finding bars the unit from new automatic awards and holds its other payments.
 * - Invariants at every step: each award is paid at most once; per enterprise, paid − recovered − open
 *   receivables never exceeds the highest counting tier's amount; the budget's disbursed and recovered
 *   are the sums over payments and recoveries; `reconciliation` reports no mismatch.
 *
 * Seeded and reproducible: a failure prints the seed and the shrunk command list. `npm test` runs a few
 * sequences; `npm run test:model -- --runs N` runs more (MODEL_RUNS).
 */

const YUAN = 100;
/** R5.2: the district tiers 1–3 (applied for, R6.7a) and tiers 4 and 5 (imported, R6.7b), in fen. */
const TIER_AMOUNT = {
  1: 100_000 * YUAN,
  2: 200_000 * YUAN,
  3: 500_000 * YUAN,
  4: 1_000_000 * YUAN,
  5: 2_000_000 * YUAN,
} as const;
type Tier = keyof typeof TIER_AMOUNT;
type ImportedTier = 4 | 5;
type DistrictTier = 1 | 2 | 3;
const DISTRICT_TITLE: Record<DistrictTier, string> = {
  1: 'SMART_PRODUCTION_LINE',
  2: 'SMART_WORKSHOP',
  3: 'SMART_FACTORY',
};
const TITLE: Record<ImportedTier, { title: string; body: string }> = {
  4: { title: '市级智能工厂', body: '上海市经济和信息化委员会' },
  5: { title: '国家级标杆工厂', body: '工业和信息化部' },
};
const ENTERPRISES = 4;
// Monday 2026-03-02 10:00 CST: room in 2026 for the publicity windows the district titles go through.
const NOW = new Date('2026-03-02T02:00:00Z');
const RUNS = Number(process.env['MODEL_RUNS'] ?? 6);
/** Replays a run: the seed a failure prints (with its shrunk command list). */
const SEED = process.env['MODEL_SEED'] === undefined ? undefined : Number(process.env['MODEL_SEED']);

const person = (userId: string, role: UserPrincipal['role']): UserPrincipal => ({
  kind: 'user',
  userId,
  role,
});
const COMMISSION = person('ec-model', 'ECONOMIC_COMMISSION');
const FINANCE_MAKER = person('fin-maker', 'FINANCE');
const FINANCE_CHECKER = person('fin-checker', 'FINANCE');
const TOWN = { ...person('town-model', 'TOWN_OFFICER'), town: 'ZHUJIAJIAO' };
const EXPERT = person('expert-model', 'EXPERT');
const DRC = { ...person('drc-model', 'JOINT_REVIEWER'), body: 'DRC' } as UserPrincipal;
const PROMOTION = person('promotion-model', 'PROMOTION_OFFICE');

// ---------------------------------------------------------------------------------------------------
// The reference model, from POLICY.md alone.

type ModelPayment = 'NONE' | 'READY' | 'IN_BATCH' | 'AT_BANK' | 'PAID' | 'FAILED' | 'CANCELLED' | 'BLOCKED';

interface ModelAward {
  readonly projectId: string | null;
  readonly enterprise: number;
  readonly tier: Tier;
  readonly amountFen: number;
  payment: ModelPayment;
  /** Cancelled by the commission (R5.3.1) or found (R7.1.1): it no longer counts for R5.3. */
  counting: boolean;
  found: boolean;
  /** What the finding says is owed back (R7.1.1: exactly what was paid) and what came back. */
  receivableFen: number;
  recoveredFen: number;
}

interface Model {
  readonly awards: ModelAward[];
  readonly imported: Set<string>;
  readonly banned: Set<number>;
  certificates: number;
  /** Steps run (for the report that sequences did something). */
  steps: number;
}

/**
 * R5.3, R5.3.1: what the enterprise has already been awarded, in the tier's full amount: the highest tier
 * among its counting awards that paid something. A title recorded at 0 (covered by a higher award) counts
 * at 0: if that higher award is later voided, the ladder is paid up to the next title in full.
 */
const highestCounting = (model: Model, enterprise: number): number =>
  model.awards
    .filter((award) => award.enterprise === enterprise && award.counting && award.amountFen > 0)
    .reduce((highest, award) => Math.max(highest, TIER_AMOUNT[award.tier]), 0);

const newAward = (
  projectId: string | null,
  enterprise: number,
  tier: Tier,
  amountFen: number,
): ModelAward => ({
  projectId,
  enterprise,
  tier,
  amountFen,
  payment: 'NONE',
  counting: true,
  found: false,
  receivableFen: 0,
  recoveredFen: 0,
});

const payable = (award: ModelAward, model: Model) =>
  award.projectId !== null && !award.found && !model.banned.has(award.enterprise);

// ---------------------------------------------------------------------------------------------------
// The real system.

interface Real {
  readonly app: AppServices;
  readonly clock: { now(): Date; set(instant: Date): void };
  /** The district-title notice (R6.7a) open over the whole run. */
  readonly notice: string;
  readonly codes: readonly string[];
  readonly names: readonly string[];
  keys: number;
}

async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  // The local workflow moves projects on asynchronously; wait for it (bounded), never for time itself.
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, attempt < 50 ? 0 : 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function paymentOf(real: Real, projectId: string): Promise<Payment | undefined> {
  const project = await real.app.programme.get('Project', projectId);
  const documentId = project?.decisions?.DISBURSEMENT_DOCUMENT?.['documentId'];
  return typeof documentId === 'string'
    ? real.app.programme.get('Payment', `PAY-${documentId}-${projectId}`)
    : undefined;
}

async function allPayments(real: Real): Promise<Payment[]> {
  const statuses = ['READY', 'HELD', 'IN_BATCH', 'PAID', 'FAILED', 'CANCELLED'] as const;
  return (
    await Promise.all(
      statuses.map((status) =>
        everyRecord(real.app.programme, 'Payment', { pattern: 'byStatus', value: status }),
      ),
    )
  ).flat();
}

/** Every invariant, after every command. */
async function checkInvariants(model: Model, real: Real): Promise<void> {
  const payments = await allPayments(real);
  // Each award is paid at most once.
  const paidProjects = payments
    .filter((payment) => payment.status === 'PAID')
    .map((payment) => payment.projectId);
  expect(new Set(paidProjects).size).toBe(paidProjects.length);

  for (const award of model.awards.filter((candidate) => candidate.projectId !== null)) {
    const payment = await paymentOf(real, award.projectId ?? '');
    const status = payment?.status ?? 'NONE';
    const expected: Record<ModelPayment, readonly string[]> = {
      NONE: ['NONE'],
      READY: ['READY'],
      IN_BATCH: ['IN_BATCH'],
      AT_BANK: ['IN_BATCH'],
      PAID: ['PAID'],
      FAILED: ['FAILED'],
      CANCELLED: ['CANCELLED', 'NONE'],
      // R7.2.1: a banned unit's other payments wait, held or not yet batched; never paid.
      BLOCKED: ['READY', 'HELD', 'NONE'],
    };
    expect({ project: award.projectId, status }).toEqual({
      project: award.projectId,
      status: expect.toSatisfy((value: string) => expected[award.payment].includes(value)) as unknown,
    });
    if (payment) expect(payment.amountFen).toBe(award.amountFen);
  }

  // Per enterprise: what it keeps (paid on awards not found) never exceeds its highest counting tier.
  for (let enterprise = 0; enterprise < ENTERPRISES; enterprise += 1) {
    const kept = model.awards
      .filter((award) => award.enterprise === enterprise && award.payment === 'PAID' && !award.found)
      .reduce((sum, award) => sum + award.amountFen, 0);
    const keptReal = payments
      .filter((payment) => payment.payeeId === real.codes[enterprise] && payment.status === 'PAID')
      .filter(
        (payment) => !model.awards.some((award) => award.projectId === payment.projectId && award.found),
      )
      .reduce((sum, payment) => sum + payment.amountFen, 0);
    expect(keptReal).toBe(kept);
    expect(kept).toBeLessThanOrEqual(highestCounting(model, enterprise));
  }

  // Findings owe exactly what was paid; recoveries are what the commission recorded.
  for (const award of model.awards.filter((candidate) => candidate.found && candidate.projectId !== null)) {
    const finding = await real.app.programme.get('FraudFinding', `FRAUD-${award.projectId ?? ''}`);
    expect({ paid: finding?.paidFen, recovered: finding?.recoveredFen }).toEqual({
      paid: award.receivableFen,
      recovered: award.recoveredFen,
    });
  }

  // R2.2: the budget's disbursed and recovered are the sums over payments and recoveries.
  const budget = await real.app.programme.get('Budget', 'BUDGET-2026');
  const paidFen = payments
    .filter((payment) => payment.status === 'PAID')
    .reduce((sum, payment) => sum + payment.amountFen, 0);
  expect(budget?.disbursedFen ?? 0).toBe(paidFen);
  expect(budget?.recoveredFen ?? 0).toBe(model.awards.reduce((sum, award) => sum + award.recoveredFen, 0));
  expect((await reconcile(COMMISSION, 2026, real.app)).mismatches).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------
// Commands.

/** A step of a sequence: what it does, then every invariant checked against the model. */
abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract check(model: Readonly<Model>): boolean;
  protected abstract act(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
  async run(model: Model, real: Real): Promise<void> {
    await this.act(model, real);
    await checkInvariants(model, real);
    model.steps += 1;
  }
}

class ImportTitle extends Step {
  constructor(
    readonly enterprise: number,
    readonly tier: ImportedTier,
  ) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return !model.imported.has(`${this.enterprise}:${this.tier}`);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    model.imported.add(`${this.enterprise}:${this.tier}`);
    model.certificates += 1;
    const { title, body } = TITLE[this.tier];
    const line = [
      '1',
      real.names[this.enterprise],
      real.codes[this.enterprise],
      title,
      '',
      body,
      '2026-02-20',
    ];
    const csv = `序号,企业名称,统一社会信用代码,认定称号,认定层级,认定机构,认定日期,证书编号\n${[...line, `M-${model.certificates}-${this.tier}`].join(',')}`;
    const result = await runCertificationImport(
      SYSTEM_ACTOR,
      {
        bytes: new TextEncoder().encode(csv),
        fileName: 'model.csv',
        source: { kind: 'BUCKET', bucket: 'model', key: `${model.certificates}` },
      },
      real.app,
    );
    const [reported] = await real.app.programme.importReport(result.id);
    if (model.banned.has(this.enterprise)) {
      // R7.2.1: a barred unit gets no new automatic award.
      expect(reported).toMatchObject({ outcome: 'INELIGIBLE' });
      return;
    }
    // R5.3: pay the difference to the highest counting tier.
    const amountFen = Math.max(0, TIER_AMOUNT[this.tier] - highestCounting(model, this.enterprise));
    expect(reported).toMatchObject({
      outcome: amountFen > 0 ? 'CREATED' : 'ZERO_AMOUNT',
      awardFen: amountFen,
    });
    const projectId = reported?.projectId ?? null;
    model.awards.push(newAward(amountFen > 0 ? projectId : null, this.enterprise, this.tier, amountFen));
    if (amountFen > 0 && projectId !== null) {
      await until(
        async () =>
          (await real.app.programme.get('Project', projectId))?.waiting?.stage === 'DISBURSEMENT_DOCUMENT'
            ? true
            : undefined,
        `${projectId} waiting for its document`,
      );
    }
  }
  toString(): string {
    return `ImportTitle(enterprise ${this.enterprise}, tier ${this.tier})`;
  }
}

/**
 * R6.7a through the reviewed path: apply, town acceptance, preliminary review, an expert, the commission's
 * proposal and a member body's sign-off (R3.1.1), five working days of publicity on a moved clock, then
 * the promotion office approves or refuses. R5.3 at approval: the difference to the highest counting tier;
 * R5.3.1: a title paying 0 is recorded at 0 at sign-off and goes no further.
 */
class DistrictTitle extends Step {
  constructor(
    readonly enterprise: number,
    readonly tier: DistrictTier,
    readonly approve: boolean,
  ) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return !model.imported.has(`${this.enterprise}:${this.tier}`) && !model.banned.has(this.enterprise);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    model.imported.add(`${this.enterprise}:${this.tier}`);
    const { app } = real;
    const enterprise = {
      ...person(`ent-${this.enterprise}`, 'ENTERPRISE'),
      creditCode: real.codes[this.enterprise],
    };
    const draft = await draftApplication(
      enterprise,
      { noticeId: real.notice, title: DISTRICT_TITLE[this.tier] },
      app,
    );
    let application = await submitApplication(enterprise, { id: draft.id, version: draft.version }, app);
    application = await decideAcceptance(
      TOWN,
      { id: application.id, version: application.version },
      true,
      app,
    );
    application = await preliminaryReview(
      COMMISSION,
      { applicationId: application.id, version: application.version, passed: true, reasons: '材料齐全。' },
      app,
    );
    application = await assignExpert(
      COMMISSION,
      { applicationId: application.id, version: application.version, expertId: EXPERT.userId },
      app,
    );
    await recordExpertReview(
      EXPERT,
      {
        applicationId: application.id,
        version: application.version,
        score: 90,
        opinion: '达到区级标杆要求。',
      },
      app,
    );
    const proposed = await proposeProject(COMMISSION, { applicationId: application.id }, app);
    const signed = await signOffProject(DRC, { projectId: proposed.id, version: proposed.version }, app);
    const amountFen = Math.max(0, TIER_AMOUNT[this.tier] - highestCounting(model, this.enterprise));
    if (amountFen === 0) {
      // R5.3.1: recorded at 0 with its reason, counting at its tier, nothing started.
      expect(signed.stage).toBe('ZERO_AWARD_RECORDED');
      model.awards.push(newAward(null, this.enterprise, this.tier, 0));
      return;
    }
    const inPublicity = await until(async () => {
      const project = await app.programme.get('Project', proposed.id);
      return project?.stage === 'IN_PUBLICITY' ? project : undefined;
    }, `${proposed.id} in publicity`);
    // Past 24:00 CST of the fifth working day (R6.4.1), plus the minute the workflow gives the index.
    real.clock.set(new Date(Date.parse(inPublicity.publicity?.endsAt ?? '') + 2 * 60 * 1000));
    const waiting = await until(async () => {
      const project = await app.programme.get('Project', proposed.id);
      return project?.waiting?.stage === 'DELIBERATION' ? project : undefined;
    }, `${proposed.id} waiting for deliberation`);
    const decided = await deliberate(
      PROMOTION,
      {
        projectId: waiting.id,
        version: waiting.version,
        approved: this.approve,
        reason: this.approve ? '同意。' : '不予支持。',
      },
      app,
    );
    if (!this.approve) return;
    // R5.3: the difference as it stands at approval; the award counts from its approval (R5.3.1).
    expect(decided.proposedAmountFen).toBe(amountFen);
    model.awards.push(newAward(proposed.id, this.enterprise, this.tier, amountFen));
    await until(
      async () =>
        (await app.programme.get('Project', proposed.id))?.waiting?.stage === 'DISBURSEMENT_DOCUMENT'
          ? true
          : undefined,
      `${proposed.id} waiting for its document`,
    );
  }
  toString(): string {
    return `DistrictTitle(enterprise ${this.enterprise}, tier ${this.tier}, ${this.approve ? 'approved' : 'refused'})`;
  }
}

class IssueDocument extends Step {
  check(model: Readonly<Model>): boolean {
    return model.awards.some((award) => award.payment === 'NONE' && award.projectId !== null && !award.found);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const listed = model.awards.filter(
      (award) => award.payment === 'NONE' && award.projectId !== null && !award.found,
    );
    const draft = await draftDisbursementDocument(
      COMMISSION,
      { projectIds: listed.map((award) => award.projectId ?? '') },
      real.app,
    );
    await countersignDisbursementDocument(
      FINANCE_CHECKER,
      { id: draft.id, version: draft.version },
      real.app,
    );
    for (const award of listed) award.payment = model.banned.has(award.enterprise) ? 'BLOCKED' : 'READY';
  }
  toString(): string {
    return 'IssueDocument';
  }
}

class MakeAndReleaseBatch extends Step {
  constructor(readonly release: boolean) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return (
      !model.awards.some((award) => award.payment === 'IN_BATCH' || award.payment === 'AT_BANK') &&
      model.awards.some(
        (award) => (award.payment === 'READY' || award.payment === 'FAILED') && payable(award, model),
      )
    );
  }
  protected async act(model: Model, real: Real): Promise<void> {
    real.keys += 1;
    const batch = await createPaymentBatch(
      FINANCE_MAKER,
      { idempotencyKey: `model-batch-${real.keys}` },
      real.app,
    );
    const expected = model.awards.filter(
      (award) => (award.payment === 'READY' || award.payment === 'FAILED') && payable(award, model),
    );
    const inBatch = (
      await everyRecord(real.app.programme, 'Payment', { pattern: 'byBatch', value: batch.id })
    ).map((payment) => payment.projectId);
    expect(inBatch.sort()).toEqual(expected.map((award) => award.projectId).sort());
    for (const award of expected) award.payment = 'IN_BATCH';
    if (!this.release) return;
    const current = await real.app.programme.get('PaymentBatch', batch.id);
    await submitPaymentBatch(FINANCE_CHECKER, { id: batch.id, version: current?.version ?? 0 }, real.app);
    for (const award of model.awards) if (award.payment === 'IN_BATCH') award.payment = 'AT_BANK';
  }
  toString(): string {
    return `MakeBatch(${this.release ? 'released' : 'kept open'})`;
  }
}

class ReleaseOpenBatch extends Step {
  check(model: Readonly<Model>): boolean {
    return model.awards.some((award) => award.payment === 'IN_BATCH');
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const award = model.awards.find((candidate) => candidate.payment === 'IN_BATCH');
    const payment = await paymentOf(real, award?.projectId ?? '');
    const batch = await real.app.programme.get('PaymentBatch', payment?.batchId ?? '');
    if (!batch) throw new Error('no open batch');
    await submitPaymentBatch(FINANCE_CHECKER, { id: batch.id, version: batch.version }, real.app);
    for (const inBatch of model.awards) if (inBatch.payment === 'IN_BATCH') inBatch.payment = 'AT_BANK';
  }
  toString(): string {
    return 'ReleaseOpenBatch';
  }
}

class BankResult extends Step {
  constructor(
    readonly pick: number,
    readonly paid: boolean,
  ) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return model.awards.some((award) => award.payment === 'AT_BANK');
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const atBank = model.awards.filter((award) => award.payment === 'AT_BANK');
    const award = atBank[this.pick % atBank.length];
    if (!award) return;
    const payment = await paymentOf(real, award.projectId ?? '');
    real.keys += 1;
    await recordPaymentResult(
      FINANCE_MAKER,
      {
        paymentId: payment?.id,
        idempotencyKey: `model-result-${real.keys}`,
        result: this.paid
          ? { paid: true, bankReference: `B${real.keys}`, paidOn: cstDate(real.clock.now()) }
          : { paid: false, reason: '账户冻结' },
      },
      real.app,
    );
    if (award.found) {
      // R7.1.1: settled by the bank: paid becomes a receivable; refused is never paid again.
      award.payment = this.paid ? 'PAID' : 'CANCELLED';
      if (this.paid) award.receivableFen = award.amountFen;
    } else award.payment = this.paid ? 'PAID' : 'FAILED';
  }
  toString(): string {
    return `BankResult(${this.pick}, ${this.paid ? 'paid' : 'refused'})`;
  }
}

class CancelPayment extends Step {
  constructor(readonly pick: number) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return model.awards.some(
      (award) => (award.payment === 'READY' || award.payment === 'FAILED') && !award.found,
    );
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const open = model.awards.filter(
      (award) => (award.payment === 'READY' || award.payment === 'FAILED') && !award.found,
    );
    const award = open[this.pick % open.length];
    if (!award) return;
    const payment = await paymentOf(real, award.projectId ?? '');
    await cancelPayment(
      COMMISSION,
      { paymentId: payment?.id, version: payment?.version, reason: '企业主动放弃' },
      real.app,
    );
    // R5.3.1: cancelling voids the award; it no longer counts as already awarded.
    award.payment = 'CANCELLED';
    award.counting = false;
  }
  toString(): string {
    return `CancelPayment(${this.pick})`;
  }
}

class RecordFinding extends Step {
  constructor(
    readonly pick: number,
    readonly serious: boolean,
  ) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return model.awards.some(
      (award) => award.projectId !== null && !award.found && award.payment !== 'CANCELLED',
    );
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const open = model.awards.filter(
      (award) => award.projectId !== null && !award.found && award.payment !== 'CANCELLED',
    );
    const award = open[this.pick % open.length];
    if (!award) return;
    await recordFraudFinding(
      COMMISSION,
      {
        projectId: award.projectId,
        evidence: '申报材料中的认定证书系伪造（模型测试）',
        decidedOn: cstDate(real.clock.now()),
        serious: this.serious,
        principalName: '张三',
      },
      real.app,
    );
    award.found = true;
    award.counting = false;
    // R7.1.1: nothing more is paid; what was paid is owed back; the bank settles what it holds.
    if (award.payment === 'PAID') award.receivableFen = award.amountFen;
    else if (award.payment !== 'AT_BANK') award.payment = award.payment === 'NONE' ? 'NONE' : 'CANCELLED';
    if (award.payment === 'NONE') {
      // An approved award still waiting for its document stops waiting: withheld, nothing paid.
      await until(
        async () =>
          (await real.app.programme.get('Project', award.projectId ?? ''))?.stage === 'WITHHELD'
            ? true
            : undefined,
        `${award.projectId ?? ''} withheld`,
      );
    }
    if (this.serious) {
      model.banned.add(award.enterprise);
      // R7.2.1: the unit's other payments not yet at the bank wait (held) from the finding on.
      for (const other of model.awards)
        if (
          other.enterprise === award.enterprise &&
          !other.found &&
          ['READY', 'FAILED', 'IN_BATCH'].includes(other.payment)
        )
          other.payment = 'BLOCKED';
    }
  }
  toString(): string {
    return `RecordFinding(${this.pick}, ${this.serious ? 'serious' : 'not serious'})`;
  }
}

class RecordRecovery extends Step {
  constructor(
    readonly pick: number,
    readonly part: number,
  ) {
    super();
  }
  check(model: Readonly<Model>): boolean {
    return model.awards.some((award) => award.receivableFen > award.recoveredFen);
  }
  protected async act(model: Model, real: Real): Promise<void> {
    const owing = model.awards.filter((award) => award.receivableFen > award.recoveredFen);
    const award = owing[this.pick % owing.length];
    if (!award) return;
    const outstanding = award.receivableFen - award.recoveredFen;
    const amountFen = Math.max(1, Math.floor((outstanding * this.part) / 4));
    await recordRecovery(
      COMMISSION,
      { findingId: `FRAUD-${award.projectId ?? ''}`, amountFen, recoveredOn: cstDate(real.clock.now()) },
      real.app,
    );
    award.recoveredFen += amountFen;
  }
  toString(): string {
    return `RecordRecovery(${this.pick}, ${this.part}/4)`;
  }
}

const importTitle = fc
  .tuple(fc.integer({ min: 0, max: ENTERPRISES - 1 }), fc.constantFrom<ImportedTier>(4, 5))
  .map(([enterprise, tier]) => new ImportTitle(enterprise, tier));
const districtTitle = fc
  .tuple(fc.integer({ min: 0, max: ENTERPRISES - 1 }), fc.constantFrom<DistrictTier>(1, 2, 3), fc.boolean())
  .map(([enterprise, tier, approve]) => new DistrictTitle(enterprise, tier, approve));
// Titles and documents are listed more than once: they make what the other steps act on.
const commands = [
  importTitle,
  importTitle,
  districtTitle,
  districtTitle,
  fc.constant(new IssueDocument()),
  fc.constant(new IssueDocument()),
  fc.boolean().map((release) => new MakeAndReleaseBatch(release)),
  fc.constant(new ReleaseOpenBatch()),
  fc.tuple(fc.nat(9), fc.boolean()).map(([pick, paid]) => new BankResult(pick, paid)),
  fc.nat(9).map((pick) => new CancelPayment(pick)),
  fc.tuple(fc.nat(9), fc.boolean()).map(([pick, serious]) => new RecordFinding(pick, serious)),
  fc.tuple(fc.nat(9), fc.integer({ min: 1, max: 4 })).map(([pick, part]) => new RecordRecovery(pick, part)),
];

async function freshSystem(): Promise<{ real: Real; drop: () => Promise<void> }> {
  const { table, app, clock } = await createRegistry(NOW);
  await setBudget(COMMISSION, { fiscalYear: 2026, amountFen: 1_000_000_000 * YUAN }, app);
  const codes: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < ENTERPRISES; index += 1) {
    const code = demoCreditCode(700_000 + index);
    const name = `上海模型测试${index}智能制造有限公司`;
    await createEnterprise(
      COMMISSION,
      enterpriseInput({
        creditCode: code,
        name,
        bankAccount: {
          bankName: '中国银行上海青浦支行',
          accountName: name,
          accountNumber: `621660000000000${index}`,
        },
      }),
      app,
    );
    codes.push(code);
    names.push(name);
  }
  await registerExpert(
    COMMISSION,
    { expertId: EXPERT.userId, name: '孙教授', specialty: '智能制造', affiliations: [] },
    app,
  );
  const notice = await publishApplicationNotice(
    COMMISSION,
    {
      programme: 'DISTRICT_BENCHMARK',
      title: '2026年度区级智能工厂（车间、生产线、仓储）申报',
      eligibleApplicants: '本区企业',
      requiredMaterials: [],
      opensAt: new Date(NOW.getTime() - 60 * 60 * 1000).toISOString(),
      closesAt: '2026-12-31T09:00:00+08:00',
      planYear: 2026,
    },
    app,
  );
  return { real: { app, clock, notice: notice.id, codes, names, keys: 0 }, drop: () => table.drop() };
}

describe('the award’s whole life against a reference model (R5.3, R5.3.1, R6.6, R7.1.1, R7.2.1, R2.2)', () => {
  it(`random sequences of district titles, imports, documents, batches, bank results, cancellations, findings and recoveries keep every record right (${RUNS} runs)`, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'max' }), async (sequence) => {
        const { real, drop } = await freshSystem();
        try {
          const model: Model = {
            awards: [],
            imported: new Set(),
            banned: new Set(),
            certificates: 0,
            steps: 0,
          };
          await fc.asyncModelRun(() => ({ model, real }), sequence);
          steps += model.steps;
        } finally {
          await drop();
        }
      }),
      { numRuns: RUNS, verbose: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    // The sequences did something: steps ran and were checked against the model.
    expect(steps).toBeGreaterThan(0);
  }, 600_000);
});
