import type { CellFigures } from './series.ts';
import type { PolicyFacts, ProjectFacts, Tally } from './tally.ts';

/**
 * Port: the statistics counters (issue 17). One counter item per cell of a fiscal year, and one marker per
 * event counted, written together, so that an event delivered again (delivery is at least once) changes
 * nothing: the effect is exactly once.
 */
export interface StatisticsCounters {
  /**
   * Adds the tally's increments to its cell, unless this event was counted before: `counted` the first
   * time, `duplicate` ever after (the marker and the increments are one transaction).
   */
  apply(eventId: string, tally: Tally): Promise<'counted' | 'duplicate'>;
}

/** Port: reading a fiscal year's cells, of one town or of every town: a handful of requests at any size. */
export interface StatisticsReader {
  cells(fiscalYear: number, town: string | null): Promise<CellFigures[]>;
}

/** Port: what an event leaves to its project and its policy version (read once each, never changed). */
export interface StatisticsFactsSource {
  project(projectId: string): Promise<ProjectFacts | undefined>;
  policy(policyVersionId: string): Promise<PolicyFacts | undefined>;
}
