import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  Figure,
  StatisticsMeasure,
  StatisticsProgramme,
  StatisticsTier,
} from '#domain/statistics/measures';
import { STATISTICS_MEASURES } from '#domain/statistics/measures';
import type { CellFigures } from '#domain/statistics/series';
import type {
  StatisticsCounters,
  StatisticsFactsSource,
  StatisticsReader,
} from '#domain/statistics/statistics-port';
import type { Cell, PolicyFacts, ProjectFacts, Tally } from '#domain/statistics/tally';
import { projectFacts } from '#domain/statistics/tally';
import type { Certification } from '#domain/benchmark/certification';
import type { PolicyVersion } from '#domain/policy/policy-version';
import type { Project } from '#domain/workflow/project';

/**
 * The programme statistics in the single table (issue 17; KEY-DESIGN.md):
 *
 * - StatisticsCell: pk `STATS#<fiscal year>`, sk `CELL#<town>#<YYYY-MM>#<programme>#<tier>`; the cell's
 *   dimensions as attributes, and per measure `n_<MEASURE>` (count) and `fen_<MEASURE>` (amount), changed
 *   only by `ADD`. A year's cells are one partition: the district's is one Query on `CELL#`, a town's one
 *   Query on `CELL#<town>#` — a handful of pages at most (towns × months × programme-tier pairs, about a
 *   thousand small items), whatever the number of applications.
 * - StatisticsApplied: pk `STATSAPPLIED#<event id>`, sk `STATSAPPLIED`: the event was counted. Put with
 *   `attribute_not_exists(pk)` in the same transaction as the cell's ADD, so a redelivered event cancels
 *   the transaction and changes nothing. Kept for good (no TTL): the backfill replays every event ever.
 */

const cellKey = (fiscalYear: number, cell: Cell) => ({
  pk: `STATS#${fiscalYear}`,
  sk: `CELL#${cell.town}#${cell.month}#${cell.programme}#${cell.tier}`,
});
const appliedKey = (eventId: string) => ({ pk: `STATSAPPLIED#${eventId}`, sk: 'STATSAPPLIED' });
const CONFLICT_ATTEMPTS = 8;

export class DynamoStatistics implements StatisticsCounters, StatisticsReader, StatisticsFactsSource {
  /** Policy versions never change once published, and only published ones decide awards. */
  private readonly policies = new Map<string, PolicyFacts>();

  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async apply(eventId: string, tally: Tally): Promise<'counted' | 'duplicate'> {
    // Events of the same cell counted at once (Lambda's concurrency, the backfill) may cancel each other
    // (TransactionConflict): each is tried again after a short, random pause.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.applyOnce(eventId, tally);
      } catch (error) {
        const conflict =
          error instanceof TransactionCanceledException &&
          (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');
        if (!conflict || attempt >= CONFLICT_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  private async applyOnce(eventId: string, tally: Tally): Promise<'counted' | 'duplicate'> {
    const names: Record<string, string> = {
      '#entity': 'entity',
      '#fiscalYear': 'fiscalYear',
      '#town': 'town',
      '#month': 'month',
      '#programme': 'programme',
      '#tier': 'tier',
    };
    const values: Record<string, unknown> = {
      ':entity': 'StatisticsCell',
      ':fiscalYear': tally.fiscalYear,
      ':town': tally.cell.town,
      ':month': tally.cell.month,
      ':programme': tally.cell.programme,
      ':tier': tally.cell.tier,
    };
    const adds = tally.increments.flatMap((increment, index) => {
      names[`#n${index}`] = `n_${increment.measure}`;
      names[`#fen${index}`] = `fen_${increment.measure}`;
      values[`:n${index}`] = increment.count;
      values[`:fen${index}`] = increment.amountFen;
      return [`#n${index} :n${index}`, `#fen${index} :fen${index}`];
    });
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...appliedKey(eventId),
                  entity: 'StatisticsApplied',
                  fiscalYear: tally.fiscalYear,
                  cell: cellKey(tally.fiscalYear, tally.cell).sk,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: cellKey(tally.fiscalYear, tally.cell),
                UpdateExpression: `SET #entity = :entity, #fiscalYear = :fiscalYear, #town = :town, #month = :month, #programme = :programme, #tier = :tier ADD ${adds.join(', ')}`,
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
          ],
        }),
      );
      return 'counted';
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      )
        return 'duplicate';
      throw error;
    }
  }

  async cells(fiscalYear: number, town: string | null): Promise<CellFigures[]> {
    const cells: CellFigures[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': `STATS#${fiscalYear}`,
            ':prefix': town === null ? 'CELL#' : `CELL#${town}#`,
          },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) cells.push(cellFigures(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return cells;
  }

  async project(projectId: string): Promise<ProjectFacts | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `PROJECT#${projectId}`, sk: 'R' },
        ProjectionExpression:
          '#r.#town, #r.#path, #r.#benchmark, #r.#payeeType, #r.#explanation.#tier, #r.#committed, #r.#policy, #r.#certification',
        ExpressionAttributeNames: {
          '#r': 'record',
          '#town': 'town',
          '#path': 'path',
          '#benchmark': 'benchmark',
          '#payeeType': 'payeeType',
          '#explanation': 'amountExplanation',
          '#tier': 'tier',
          '#committed': 'committedFiscalYear',
          '#policy': 'policyVersionId',
          '#certification': 'certificationId',
        },
        ConsistentRead: true,
      }),
    );
    const record = Item?.['record'] as
      (Parameters<typeof projectFacts>[0] & Pick<Project, 'certificationId'>) | undefined;
    if (record === undefined) return undefined;
    const facts = projectFacts(record);
    // An automatic award's project (R6.7b) names its certification, which holds the title and tier (R5.3).
    if (facts.tier !== undefined || record.certificationId === undefined) return facts;
    return { ...facts, ...(await this.certified(record.certificationId)) };
  }

  private async certified(certificationId: string): Promise<Pick<ProjectFacts, 'tier' | 'benchmark'>> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `CERT#${certificationId}`, sk: 'R' },
        ProjectionExpression: '#r.#title, #r.#level, #r.#outcome.#tier',
        ExpressionAttributeNames: {
          '#r': 'record',
          '#title': 'title',
          '#level': 'level',
          '#outcome': 'outcome',
          '#tier': 'tier',
        },
      }),
    );
    const certification = Item?.['record'] as Pick<Certification, 'title' | 'level' | 'outcome'> | undefined;
    if (certification === undefined) return {};
    return {
      tier: certification.outcome.tier,
      benchmark: { title: certification.title, level: certification.level },
    };
  }

  async policy(policyVersionId: string): Promise<PolicyFacts | undefined> {
    const known = this.policies.get(policyVersionId);
    if (known !== undefined) return known;
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `POLICYV#${policyVersionId}`, sk: 'R' },
        ProjectionExpression: '#r.#rule, #r.#tiers, #r.#status',
        ExpressionAttributeNames: {
          '#r': 'record',
          '#rule': 'fiscalYearRule',
          '#tiers': 'tiers',
          '#status': 'status',
        },
      }),
    );
    const record = Item?.['record'] as Pick<PolicyVersion, 'fiscalYearRule' | 'tiers' | 'status'> | undefined;
    if (record === undefined) return undefined;
    const facts = { fiscalYearRule: record.fiscalYearRule, tiers: record.tiers };
    if (record.status === 'PUBLISHED') this.policies.set(policyVersionId, facts);
    return facts;
  }
}

function cellFigures(item: Record<string, unknown>): CellFigures {
  const figures: Partial<Record<StatisticsMeasure, Figure>> = {};
  for (const measure of STATISTICS_MEASURES) {
    const count = item[`n_${measure}`];
    const amountFen = item[`fen_${measure}`];
    if (typeof count === 'number' || typeof amountFen === 'number')
      figures[measure] = { count: Number(count ?? 0), amountFen: Number(amountFen ?? 0) };
  }
  return {
    town: String(item['town']),
    month: String(item['month']),
    programme: item['programme'] as StatisticsProgramme,
    tier: String(item['tier']) as StatisticsTier,
    figures,
  };
}
