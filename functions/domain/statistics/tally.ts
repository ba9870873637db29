import { tierOf } from '../benchmark/tier-difference.ts';
import type { DomainEvent, EventKind } from '../events/catalogue.ts';
import type { Fen } from '../money.ts';
import type { BenchmarkTitle, CertificationLevel, PolicySettings } from '../policy/policy-version.ts';
import { fiscalYearOf } from '../policy/policy-version.ts';
import type { Project } from '../workflow/project.ts';
import type { StatisticsMeasure, StatisticsProgramme, StatisticsTier } from './measures.ts';
import { NO_TIER } from './measures.ts';

/**
 * What one domain event adds to the programme statistics (issue 17), pure: a few measures (each a count
 * and an amount in fen), placed in one cell — fiscal year, town, CST month, programme, tier. Counters are
 * kept per cell, so any breakdown of a year is a sum over its cells.
 *
 * | event                                   | measures                                                     |
 * | --------------------------------------- | ------------------------------------------------------------ |
 * | application.submitted (not a resubmission) | APPLIED at the amount applied for; a provider's also ACCEPTED (R6.2.1) |
 * | application.accepted (not again, R6.3.1) | ACCEPTED                                                     |
 * | application.refused                     | REFUSED at the amount applied for                            |
 * | project.approved                        | APPROVED at the amount committed (R2.2)                      |
 * | project.refused, project.removed        | REFUSED at the amount proposed                               |
 * | payment.paid                            | PAID                                                         |
 * | recovery.recorded                       | RECOVERED: the amount; counted on the award's first recovery |
 *
 * Where the event says it, the cell comes from the event; a payment's or a recovery's town, programme and
 * tier are its project's (`ProjectFacts`), and so is its fiscal year: the year whose budget the award was
 * committed against (R2.2), which is also where the budget books what is paid and recovered. Measures
 * before any commitment (applied, accepted, refused) fall in the fiscal year the policy version's
 * fiscal-year rule gives for the event's date (R2.2: `APPROVAL_DATE`, the CST calendar year). The month is
 * the CST month of the event (of the payment date, of the recovery date).
 */

/** The kinds that count for something (the statistics' EventBridge rule takes only these). */
export const COUNTED_KINDS = [
  'application.submitted',
  'application.accepted',
  'application.refused',
  'project.approved',
  'project.refused',
  'project.removed',
  'payment.paid',
  'recovery.recorded',
] as const satisfies readonly EventKind[];

export interface Increment {
  readonly measure: StatisticsMeasure;
  readonly count: number;
  readonly amountFen: Fen;
}

/** Where a measure is counted, within a fiscal year. */
export interface Cell {
  readonly town: string;
  /** CST month, `YYYY-MM`. */
  readonly month: string;
  readonly programme: StatisticsProgramme;
  readonly tier: StatisticsTier;
}

export interface Tally {
  readonly fiscalYear: number;
  readonly cell: Cell;
  readonly increments: readonly Increment[];
}

/** What an event says of its measures and cell; the rest is its project's and its policy version's. */
export interface EventMeasures {
  readonly increments: readonly Increment[];
  /** CST date the measures happened on (`YYYY-MM-DD`): their month, and their fiscal year by the rule. */
  readonly date: string;
  readonly town?: string | undefined;
  readonly programme?: StatisticsProgramme | undefined;
  readonly tier?: number | undefined;
  readonly benchmark?: Benchmark | undefined;
  readonly fiscalYear?: number | undefined;
  readonly policyVersionId?: string | undefined;
  /** The project whose town, programme, tier and commitment the event takes (payments, recoveries). */
  readonly projectId?: string | undefined;
}

interface Benchmark {
  readonly title: string;
  readonly level: string;
}

/** What statistics read of a project (for the events of its payment and recoveries). */
export interface ProjectFacts {
  readonly town: string;
  readonly programme: StatisticsProgramme;
  readonly tier?: number | undefined;
  readonly benchmark?: Benchmark | undefined;
  readonly committedFiscalYear?: number | undefined;
  readonly policyVersionId: string;
}

/** What statistics read of a policy version: its R2.2 fiscal-year rule and its R5.2 tiers. */
export type PolicyFacts = Pick<PolicySettings, 'fiscalYearRule' | 'tiers'>;

/** The programme a project's award is under (R6.8: the path, the title, who is paid). */
export function projectProgramme(
  project: Pick<Project, 'path' | 'benchmark' | 'payeeType'>,
): StatisticsProgramme {
  switch (project.path) {
    case 'AUTOMATIC':
      return 'AUTOMATIC';
    case 'LIGHTHOUSE':
      return 'LIGHTHOUSE';
    case 'REVIEWED':
      if (project.benchmark !== undefined) return 'DISTRICT_BENCHMARK';
      return project.payeeType === 'PROVIDER' ? 'DIAGNOSIS_REWARD' : 'IMPLEMENTATION_REWARD';
  }
}

/** What a project says for statistics. */
export function projectFacts(
  project: Pick<
    Project,
    | 'path'
    | 'benchmark'
    | 'payeeType'
    | 'town'
    | 'amountExplanation'
    | 'committedFiscalYear'
    | 'policyVersionId'
  >,
): ProjectFacts {
  return {
    town: project.town,
    programme: projectProgramme(project),
    tier: project.amountExplanation?.tier,
    benchmark: project.benchmark,
    committedFiscalYear: project.committedFiscalYear,
    policyVersionId: project.policyVersionId,
  };
}

const one = (measure: StatisticsMeasure, amountFen: Fen): Increment => ({ measure, count: 1, amountFen });
const cstDateOf = (instant: string): string => instant.slice(0, 10); // occurredAt is written in CST
const benchmarkOf = (payload: { benchmarkTitle?: string; benchmarkLevel?: string }): Benchmark | undefined =>
  payload.benchmarkTitle === undefined || payload.benchmarkLevel === undefined
    ? undefined
    : { title: payload.benchmarkTitle, level: payload.benchmarkLevel };

/** The measures an event stands for, and what it says of their cell; undefined for an event that counts for nothing. */
export function measuresOf(event: DomainEvent): EventMeasures | undefined {
  const date = cstDateOf(event.occurredAt);
  switch (event.kind) {
    case 'application.submitted': {
      // A corrected application submitted again is the same application (R6.3.1).
      if (event.payload.resubmission) return undefined;
      const amount = event.payload.requestedAmountFen;
      return {
        ...applicationCell(event, date),
        increments: [
          one('APPLIED', amount),
          // R6.2.1: the provider submits the confirmed report to the commission; no town accepts it.
          ...(event.payload.applicantType === 'PROVIDER' ? [one('ACCEPTED', amount)] : []),
        ],
      };
    }
    case 'application.accepted':
      if (event.payload.reacceptance === true) return undefined;
      return {
        ...applicationCell(event, date),
        increments: [one('ACCEPTED', event.payload.requestedAmountFen ?? 0)],
      };
    case 'application.refused':
      return {
        ...applicationCell(event, date),
        increments: [one('REFUSED', event.payload.requestedAmountFen ?? 0)],
      };
    case 'project.approved':
      return {
        ...projectCell(event, date),
        fiscalYear: event.payload.fiscalYear ?? undefined,
        increments: [one('APPROVED', event.payload.amountFen)],
      };
    case 'project.refused':
    case 'project.removed':
      return {
        ...projectCell(event, date),
        increments: [one('REFUSED', event.payload.amountFen ?? 0)],
      };
    case 'payment.paid':
      return {
        date: event.payload.paidOn ?? date,
        projectId: event.subject.projectId,
        increments: [one('PAID', event.payload.amountFen)],
      };
    case 'recovery.recorded':
      return {
        date: event.payload.recoveredOn,
        projectId: event.subject.projectId,
        fiscalYear: event.payload.fiscalYear,
        increments: [
          {
            measure: 'RECOVERED',
            // An award from which money came back: counted with its first recovery.
            count: event.payload.recoveredFen === event.payload.amountFen ? 1 : 0,
            amountFen: event.payload.amountFen,
          },
        ],
      };
    default:
      return undefined;
  }
}

type ApplicationEvent = Extract<
  DomainEvent,
  { kind: 'application.submitted' | 'application.accepted' | 'application.refused' }
>;

function applicationCell(event: ApplicationEvent, date: string): Omit<EventMeasures, 'increments'> {
  return {
    date,
    town: event.subject.townId,
    programme: event.payload.programme,
    benchmark: benchmarkOf(event.payload),
    policyVersionId: event.payload.policyVersionId,
  };
}

type ProjectEvent = Extract<
  DomainEvent,
  { kind: 'project.approved' | 'project.refused' | 'project.removed' }
>;

function projectCell(event: ProjectEvent, date: string): Omit<EventMeasures, 'increments'> {
  const programme = event.payload.programme ?? (event.payload.path === 'AUTOMATIC' ? 'AUTOMATIC' : undefined);
  const tier = event.payload.tier;
  const benchmark = benchmarkOf(event.payload);
  return {
    date,
    town: event.subject.townId,
    programme,
    tier,
    benchmark,
    policyVersionId: event.payload.policyVersionId,
    // An event derived before projects carried their programme and tier: its project says them.
    ...(programme === undefined || (tier === undefined && benchmark === undefined && !TIERLESS.has(programme))
      ? { projectId: event.subject.projectId }
      : {}),
  };
}

/** The rewards that have no R5.2 tier. */
const TIERLESS: ReadonlySet<StatisticsProgramme> = new Set(['DIAGNOSIS_REWARD', 'IMPLEMENTATION_REWARD']);

/** Whether the cell needs the policy version: a fiscal year to work out, or a title's tier to look up. */
export function needsPolicy(measures: EventMeasures, project: ProjectFacts | undefined): boolean {
  const fiscalYear = measures.fiscalYear ?? project?.committedFiscalYear;
  const tier = measures.tier ?? project?.tier;
  const benchmark = measures.benchmark ?? project?.benchmark;
  return fiscalYear === undefined || (tier === undefined && benchmark !== undefined);
}

/** The policy version the measures are decided under: the event's, or its project's. */
export const policyVersionOf = (
  measures: EventMeasures,
  project: ProjectFacts | undefined,
): string | undefined => measures.policyVersionId ?? project?.policyVersionId;

/**
 * The tally of an event's measures, its cell completed from its project and its policy version. Refuses
 * (throws) where neither says what it needs: nothing is guessed.
 */
export function tallyOf(
  measures: EventMeasures,
  project: ProjectFacts | undefined,
  policy: PolicyFacts | undefined,
): Tally {
  const town = measures.town ?? project?.town;
  const programme = measures.programme ?? project?.programme;
  if (town === undefined || programme === undefined)
    throw new Error(
      `statistics: the town or programme of ${measures.projectId === undefined ? 'an event' : `project ${measures.projectId}`} is unknown`,
    );
  const fiscalYear =
    measures.fiscalYear ??
    project?.committedFiscalYear ??
    (policy === undefined ? undefined : fiscalYearOf(policy.fiscalYearRule, cstMidnight(measures.date)));
  if (fiscalYear === undefined)
    throw new Error(`statistics: no policy version to find the fiscal year of ${measures.date} (R2.2)`);
  return {
    fiscalYear,
    cell: {
      town,
      month: measures.date.slice(0, 7),
      programme,
      tier: tierOfCell(measures, project, policy, programme),
    },
    increments: measures.increments,
  };
}

function tierOfCell(
  measures: EventMeasures,
  project: ProjectFacts | undefined,
  policy: PolicyFacts | undefined,
  programme: StatisticsProgramme,
): StatisticsTier {
  const known = measures.tier ?? project?.tier;
  if (known !== undefined) return `${known}`;
  const benchmark = measures.benchmark ?? project?.benchmark;
  if (benchmark !== undefined && policy !== undefined) {
    const rule = tierOf(policy, benchmark.title as BenchmarkTitle, benchmark.level as CertificationLevel);
    if (rule !== undefined) return `${rule.tier}`;
  }
  if (TIERLESS.has(programme)) return NO_TIER;
  throw new Error(
    `statistics: the tier of a ${programme} award (${benchmark === undefined ? 'no title' : `${benchmark.level} ${benchmark.title}`}) is not in its policy version (R5.2)`,
  );
}

/** The instant a CST date begins. */
const cstMidnight = (date: string): Date => new Date(`${date}T00:00:00+08:00`);
