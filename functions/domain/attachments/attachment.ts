/**
 * 申报材料 and report files. A file belongs to exactly one owner record (a diagnosis report or an
 * application) and is readable by whoever may read that record; a list to import (R6.7b) belongs to the
 * commission's imports.
 */

export const ATTACHMENT_OWNER_TYPES = ['REPORT', 'APPLICATION', 'IMPORT'] as const;
/** The owner id and purpose of every list uploaded for import. */
export const CERTIFICATION_LIST = 'CERTIFICATION_LIST';
/** The owner id and purpose of the bank's result files finance uploads (R6.6). */
export const BANK_RESULTS = 'BANK_RESULTS';
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

export const ATTACHMENT_STATUSES = ['PENDING', 'UPLOADED'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

export interface Attachment {
  readonly id: string;
  readonly ownerType: AttachmentOwnerType;
  readonly ownerId: string;
  /** What the file is for: `REPORT_FILE`, `SIGNED_PAGE`, or a material code of the notice. */
  readonly purpose: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  /** SHA-256 of the content, base64, as declared before upload and verified after. */
  readonly sha256Base64: string;
  readonly status: AttachmentStatus;
  /** Key in the file store. */
  readonly storageKey: string;
  readonly uploadedBy: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What may be uploaded: documents and scans, at most 20 MB. */
export const ATTACHMENT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  contentTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  /** Lists to import: CSV or XLSX, at most 10 MB (checked again when read). */
  listContentTypes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  maxListBytes: 10 * 1024 * 1024,
} as const;
