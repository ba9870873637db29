import * as z from 'zod';
import { authorizeRole, listScope } from '#domain/authorization/policy';
import { Forbidden, NotFound } from '#domain/errors';
import type { Principal } from '#domain/identity/principal';
import { STATISTICS_DIMENSIONS } from '#domain/statistics/measures';
import type { ProgrammeStatistics } from '#domain/statistics/series';
import { statisticsSeries } from '#domain/statistics/series';
import type { StatisticsReader } from '#domain/statistics/statistics-port';
import type { TownRepository } from '#domain/towns/town';
import { parseInput } from '#domain/validation';

const argsSchema = z.object({
  fiscalYear: z.number().int().min(2000).max(9999),
  by: z.enum(STATISTICS_DIMENSIONS),
  town: z.string().min(1).max(60).nullish(),
});

/**
 * Programme statistics for a fiscal year (issue 17): counts and amounts applied, accepted, approved,
 * refused, paid and recovered, as chart series by town, tier, programme or month.
 *
 * Input: the fiscal year (R2.2), the breakdown, optionally a town. Output: `ProgrammeStatistics`.
 * Steps:
 * 1. authorize `readProgrammeStatistics`: the commission sees the district or any town; a town officer
 *    sees their own town only — asking for another is answered as for a town that does not exist
 *    (NOT_FOUND), as every other row outside a town officer's scope is;
 * 2. read the local units (labels, and the town asked for must be one) and the year's counter cells,
 *    of the town when limited to one: two requests or so, whatever the programme's size;
 * 3. sum the cells into one series per category, each with a point per measure, and the year's totals.
 */
export async function programmeStatistics(
  principal: Principal,
  rawArgs: unknown,
  ports: { readonly statistics: StatisticsReader; readonly towns: TownRepository },
): Promise<ProgrammeStatistics> {
  authorizeRole(principal, 'readProgrammeStatistics');
  const args = parseInput(argsSchema, rawArgs, []);
  const scope = listScope(principal, 'readProgrammeStatistics');
  if (scope.kind !== 'all' && scope.kind !== 'town')
    throw new Forbidden('programme statistics are read for the district or for a town');
  const asked = args.town ?? null;
  if (scope.kind === 'town' && asked !== null && asked !== scope.town) throw new NotFound('Town', asked);
  const town = scope.kind === 'town' ? scope.town : asked;
  const [towns, cells] = await Promise.all([
    ports.towns.list(),
    ports.statistics.cells(args.fiscalYear, town),
  ]);
  if (asked !== null && !towns.some((unit) => unit.code === asked) && cells.length === 0)
    throw new NotFound('Town', asked);
  return statisticsSeries(
    {
      fiscalYear: args.fiscalYear,
      by: args.by,
      town,
      towns: [...towns]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((unit) => ({ code: unit.code, name: unit.name })),
    },
    cells,
  );
}
