import type { AmountExplanation } from '../workflow/amount-explanation.ts';
import type { Fen } from '../money.ts';
import { outcomeLabel } from '../messages/imports.ts';

/**
 * An import of a municipal or national list (R6.7b). Its id is derived from the file's content: the same
 * file imported again, by anyone, from anywhere, is the same import — run again, it finishes what an
 * interrupted run left and re-checks the lines that were not recorded; what was recorded stays as it is.
 */

export const IMPORT_OUTCOMES = [
  'CREATED',
  'ZERO_AMOUNT',
  'DUPLICATE',
  'UNMATCHED',
  'INELIGIBLE',
  'INVALID',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const IMPORT_STATUSES = ['RUNNING', 'COMPLETED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportSource =
  | { readonly kind: 'UPLOAD'; readonly attachmentId: string }
  | { readonly kind: 'BUCKET'; readonly bucket: string; readonly key: string };

/** One line of the report: what became of the line, and why. */
export interface ImportLineResult {
  readonly line: number;
  readonly outcome: ImportOutcome;
  readonly reason: string;
  /** Why, in Chinese (issue 18); absent from reports saved before it was kept (see `reasonInChinese`). */
  readonly reasonZh?: string | undefined;
  /** The policy rule behind a refusal or a zero amount. */
  readonly rule?: string | undefined;
  readonly creditCode?: string | undefined;
  readonly enterpriseName?: string | undefined;
  readonly certificateNumber?: string | undefined;
  readonly certificationId?: string | undefined;
  readonly projectId?: string | undefined;
  readonly awardFen?: Fen | undefined;
  /** How the award was worked out (R5.3, with the policy version), for a recorded line. */
  readonly amountExplanation?: AmountExplanation | undefined;
}

export type ImportCounts = Readonly<Record<ImportOutcome, number>>;

/**
 * The line's reason in Chinese: as recorded, or, for a report saved before Chinese was kept, the outcome's
 * label with the English beside it.
 */
export const reasonInChinese = (line: Pick<ImportLineResult, 'outcome' | 'reason' | 'reasonZh'>): string =>
  line.reasonZh ?? `${outcomeLabel(line.outcome).zh}（详细说明（英文）：${line.reason}）`;

export interface CertificationImport {
  /** `IMP-` and a digest of the file's bytes. */
  readonly id: string;
  readonly fileName: string;
  readonly sha256Hex: string;
  readonly format: 'CSV' | 'XLSX';
  /** `UTF-8`, or `GB18030` when a GBK file was converted. */
  readonly encoding: string;
  readonly source: ImportSource;
  readonly status: ImportStatus;
  readonly totalLines: number;
  readonly processedLines: number;
  readonly counts: ImportCounts;
  /** What the lines recorded by this import award, in fen. */
  readonly awardedFen: Fen;
  readonly ignoredColumns: readonly string[];
  /** How many times it has been run (an interrupted or repeated import runs again). */
  readonly runs: number;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly completedAt?: string | undefined;
  readonly failure?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const importIdFor = (sha256Hex: string): string => `IMP-${sha256Hex.slice(0, 32)}`;

export const emptyCounts = (): Record<ImportOutcome, number> => ({
  CREATED: 0,
  ZERO_AMOUNT: 0,
  DUPLICATE: 0,
  UNMATCHED: 0,
  INELIGIBLE: 0,
  INVALID: 0,
});

export function countOutcomes(lines: readonly ImportLineResult[]): {
  counts: ImportCounts;
  awardedFen: Fen;
} {
  const counts = emptyCounts();
  let awardedFen = 0;
  for (const line of lines) {
    counts[line.outcome] += 1;
    if (line.outcome === 'CREATED') awardedFen += line.awardFen ?? 0;
  }
  return { counts, awardedFen };
}
