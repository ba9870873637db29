import { PolicyViolation } from '../errors.ts';
import { render } from '../messages/bilingual.ts';
import { REFUSALS } from '../messages/refusals.ts';
import type { Fen } from '../money.ts';

export const DOCUMENT_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A draft is issued once (R6.6); an issued document never changes. */
export const DOCUMENT_TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  DRAFT: ['ISSUED'],
  ISSUED: [],
};

export function requireDocumentTransition(
  document: Pick<DisbursementDocument, 'id' | 'status'>,
  next: DocumentStatus,
): void {
  if (!DOCUMENT_TRANSITIONS[document.status].includes(next))
    throw new PolicyViolation('R6.6', render(REFUSALS.documentAlready, document));
}

export interface DisbursementLine {
  readonly projectId: string;
  readonly payeeType: 'PROVIDER' | 'ENTERPRISE';
  readonly payeeId: string;
  readonly payeeName: string;
  readonly amountFen: Fen;
  /**
   * R7.1.1: a fraud finding recorded on the project after the draft: the document is issued without
   * paying it (no payment, no commitment), and says why.
   */
  readonly withheld?: { readonly findingId: string; readonly reason: string } | undefined;
}

/** 资金拨付文件 (R6.6): issued jointly by the commission and finance, two different users. */
export interface DisbursementDocument {
  readonly id: string;
  /** Given at issue: `青经财拨〔<year>〕<n>号`, n counting up per year. */
  readonly documentNumber?: string | undefined;
  readonly status: DocumentStatus;
  readonly lines: readonly DisbursementLine[];
  /** What the document pays: its lines less the withheld ones. */
  readonly totalFen: Fen;
  readonly draftedBy: string;
  readonly countersignedBy?: string | undefined;
  readonly issuedAt?: string | undefined;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
