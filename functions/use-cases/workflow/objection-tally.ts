import { investigationOutcome, objectionTallyName } from '#domain/workflow/objection';
import type { InvestigationDecision, Objection, ObjectionTally } from '#domain/workflow/objection';
import type { Page } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';

/**
 * Where a project's objections stand (INTERPRETATION R6.4.3), read by the workflow's stages (closing
 * publicity, waiting on the investigation) and by the commission's screening and settling alike.
 */

type Reader = Pick<ProgrammePorts, 'programme'>;

/** A project's objection tally, strongly consistent; zeros when nothing was ever filed. */
export async function readTally(projectId: string, ports: Reader): Promise<ObjectionTally> {
  const counter = await ports.programme.counter(objectionTallyName(projectId));
  return {
    received: counter['received'] ?? 0,
    pending: counter['pending'] ?? 0,
    upheld: counter['upheld'] ?? 0,
  };
}

/**
 * Whether an objection stored before tallies existed (`OPEN`, never counted) is still unscreened, through
 * the project's objections index, cursor after cursor (a page reads a bounded number of items and may stop
 * short of a match). `written`: objections the caller has just changed, which the index may not show yet.
 */
async function legacyUnscreened(
  projectId: string,
  ports: Reader,
  written: readonly Objection[],
): Promise<boolean> {
  const fresh = new Map(written.map((objection) => [objection.id, objection]));
  let after: string | null = null;
  do {
    const page: Page<Objection> = await ports.programme.list('Objection', {
      pattern: 'byProject',
      value: projectId,
      first: 1,
      after,
      accept: (objection) => (fresh.get(objection.id) ?? objection).status === 'OPEN',
    });
    if (page.edges.length > 0) return true;
    after = page.hasNextPage ? page.endCursor : null;
  } while (after !== null);
  return false;
}

/**
 * R6.4.3: how the investigation of the project comes out as its objections stand now — `{ upheld: true }`
 * once one is upheld, `{ upheld: false }` once every one is screened and every admissible one settled
 * (none filed included), undefined while one still blocks it. Whether publicity has ended is the caller's
 * business.
 */
export async function objectionsOutcome(
  projectId: string,
  ports: Reader,
  written: readonly Objection[] = [],
): Promise<InvestigationDecision | undefined> {
  const tally = await readTally(projectId, ports);
  // The index is read only when the tally alone would let the project go on.
  const legacy =
    tally.upheld === 0 && tally.pending === 0 && (await legacyUnscreened(projectId, ports, written));
  return investigationOutcome(tally, legacy);
}
