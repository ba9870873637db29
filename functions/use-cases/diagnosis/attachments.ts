import * as z from 'zod';
import type { Attachment, AttachmentOwnerType } from '#domain/attachments/attachment';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_OWNER_TYPES,
  BANK_RESULTS,
  CERTIFICATION_LIST,
} from '#domain/attachments/attachment';
import type { Operation, Resource } from '#domain/authorization/policy';
import { authorize, authorizeRole, isAllowed, roleHolds } from '#domain/authorization/policy';
import { InvalidInput, NotFound, PolicyViolation } from '#domain/errors';
import type { DownloadTicket, FileStore, UploadTicket } from '#domain/files/file-store';
import type { Principal } from '#domain/identity/principal';
import { text } from '#domain/registry/input-schemas';
import { parseId, parseInput } from '#domain/validation';
import type { ProgrammePorts } from '../programme/record-change.ts';
import { requireRecord, revise, saveRecord, stamp } from '../programme/record-change.ts';
import { applicationResource } from '../applications/application-resource.ts';
import { assignmentResource } from './assignments.ts';

type Ports = ProgrammePorts & { readonly files: FileStore };

const UPLOAD_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 5 * 60;

// Input schemas are built on first use (z.lazy), not at every cold start of the GraphQL function (issue 19).
const uploadSchema = z.lazy(() =>
  z.object({
    ownerType: z.enum(ATTACHMENT_OWNER_TYPES),
    ownerId: text(1, 64),
    purpose: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{1,49}$/, 'an upper-case code such as REPORT_FILE'),
    fileName: text(1, 200).refine(
      (name) => !/[\\/]/.test(name) && !/\p{Cc}/u.test(name),
      'a file name without folders or control characters',
    ),
    contentType: z.enum([...ATTACHMENT_LIMITS.contentTypes, ...ATTACHMENT_LIMITS.listContentTypes], {
      error: `one of ${[...ATTACHMENT_LIMITS.contentTypes, ...ATTACHMENT_LIMITS.listContentTypes].join(', ')}`,
    }),
    sizeBytes: z
      .number()
      .int()
      .min(1, 'an empty file')
      .max(ATTACHMENT_LIMITS.maxBytes, `at most ${ATTACHMENT_LIMITS.maxBytes} bytes`),
    sha256Base64: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'the SHA-256 of the file, base64'),
  }),
);

/** The report a report id will name: a report's id is its assignment's id with `RPT-` for `ASG-`. */
export const reportIdFor = (assignmentId: string): string => assignmentId.replace(/^ASG-/, 'RPT-');
const assignmentIdFor = (reportId: string): string => reportId.replace(/^RPT-/, 'ASG-');

/**
 * Whose record an attachment belongs to, for scope, and whether files may still be added to it: a
 * report until the enterprise confirms it (or the assignment it will come from, while the provider
 * uploads the report file before submitting it), an application while it is a draft or returned.
 */
async function ownerOf(
  ownerType: AttachmentOwnerType,
  ownerId: string,
  ports: ProgrammePorts,
): Promise<{ resource: Resource; read: Operation; open: boolean }> {
  switch (ownerType) {
    case 'REPORT': {
      const report = await ports.programme.get('DiagnosisReport', ownerId);
      if (report) {
        const resource = { creditCode: report.creditCode, town: report.town, providerId: report.providerId };
        return { resource, read: 'readDiagnosisReport', open: report.status === 'SUBMITTED' };
      }
      const assignment = await requireRecord(
        ports.programme,
        'DiagnosisAssignment',
        assignmentIdFor(ownerId),
      );
      return {
        resource: assignmentResource(assignment),
        read: 'readAssignment',
        open: assignment.status === 'ACCEPTED',
      };
    }
    case 'APPLICATION': {
      const application = await requireRecord(ports.programme, 'Application', ownerId);
      const open = application.status === 'DRAFT' || application.status === 'RETURNED';
      return { resource: applicationResource(application), read: 'readApplication', open };
    }
    case 'IMPORT':
      if (ownerId === BANK_RESULTS) return { resource: {}, read: 'managePaymentBatches', open: true };
      if (ownerId !== CERTIFICATION_LIST) throw new NotFound('Import', ownerId);
      return { resource: {}, read: 'importCertifications', open: true };
  }
}

/**
 * Ask to upload a file for a report or an application. Steps: validate name, type (PDF, JPEG, PNG, DOCX)
 * and size (≤ 20 MB) and the declared SHA-256; the caller must be allowed to write the owner record;
 * record the attachment as PENDING with its audit record; return a pre-signed upload bound to that size,
 * type and checksum.
 */
/**
 * The caller may add files to this owner. A record outside the caller's scope answers NOT_FOUND, as a
 * record that does not exist does (issue 16: no existence oracle on writes); a role that may not upload
 * at all is FORBIDDEN.
 */
function requireOwnerInScope(
  principal: Principal,
  ownerType: AttachmentOwnerType,
  ownerId: string,
  owner: { readonly resource: Resource; readonly read: Operation },
): void {
  const operation: Operation = ownerType === 'IMPORT' ? owner.read : 'uploadAttachment';
  if (isAllowed(principal, operation, owner.resource)) return;
  if (roleHolds(principal, operation)) throw new NotFound(ownerType, ownerId);
  authorize(principal, operation, owner.resource);
}

/**
 * Who may upload at all, before anything is looked up: whoever writes records with files, and finance for
 * the bank's result files (the owner decides the rest).
 */
function authorizeUpload(principal: Principal): void {
  if (!isAllowed(principal, 'managePaymentBatches')) authorizeRole(principal, 'uploadAttachment');
}

/** A list to import is a CSV or XLSX file of at most 10 MB; other files are documents and scans. */
function checkContent(input: z.infer<typeof uploadSchema>): void {
  const isList = input.ownerType === 'IMPORT';
  const allowed: readonly string[] = isList
    ? ATTACHMENT_LIMITS.listContentTypes
    : ATTACHMENT_LIMITS.contentTypes;
  if (!allowed.includes(input.contentType)) {
    throw new InvalidInput([{ path: ['input', 'contentType'], message: `one of ${allowed.join(', ')}` }]);
  }
  if (isList && input.sizeBytes > ATTACHMENT_LIMITS.maxListBytes) {
    throw new InvalidInput([
      {
        path: ['input', 'sizeBytes'],
        message: `a list may be at most ${ATTACHMENT_LIMITS.maxListBytes} bytes`,
      },
    ]);
  }
}

export interface AttachmentUploadModel {
  readonly attachment: Attachment;
  readonly upload: UploadTicket;
}

export async function requestAttachmentUpload(
  principal: Principal,
  rawInput: unknown,
  ports: Ports,
): Promise<AttachmentUploadModel> {
  authorizeUpload(principal);
  const input = parseInput(uploadSchema, rawInput, ['input']);
  const owner = await ownerOf(input.ownerType, input.ownerId, ports);
  requireOwnerInScope(principal, input.ownerType, input.ownerId, owner);
  checkContent(input);
  if (!owner.open) {
    throw new PolicyViolation(
      'R6.2',
      `files can no longer be added to ${input.ownerId}: it has been submitted or confirmed`,
    );
  }
  const now = ports.clock.now();
  const id = `FILE-${crypto.randomUUID()}`;
  const attachment: Attachment = {
    ...input,
    id,
    status: 'PENDING',
    storageKey: `${input.ownerType.toLowerCase()}/${input.ownerId}/${id}`,
    uploadedBy: principal.kind === 'user' ? principal.userId : 'anonymous',
    ...stamp(now),
  };
  await saveRecord(ports, principal, now, 'requestAttachmentUpload', 'Attachment', null, attachment);
  const upload = await ports.files.presignUpload({
    key: attachment.storageKey,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256Base64: attachment.sha256Base64,
    expiresInSeconds: UPLOAD_SECONDS,
  });
  return { attachment, upload };
}

/**
 * Confirm an upload: the stored object must have exactly the declared size, type and SHA-256 (the
 * checksum is recorded); only then is the attachment UPLOADED and usable.
 */
export async function completeAttachmentUpload(
  principal: Principal,
  args: { id: string },
  ports: Ports,
): Promise<Attachment> {
  authorizeUpload(principal);
  const attachment = await requireRecord(ports.programme, 'Attachment', parseId(args.id, ['id']));
  const owner = await ownerOf(attachment.ownerType, attachment.ownerId, ports);
  requireOwnerInScope(principal, attachment.ownerType, attachment.ownerId, owner);
  if (attachment.status === 'UPLOADED') return attachment;
  const stored = await ports.files.head(attachment.storageKey);
  if (!stored)
    throw new InvalidInput([{ path: ['id'], message: 'no file has been uploaded for this attachment yet' }]);
  if (
    stored.sizeBytes !== attachment.sizeBytes ||
    stored.sha256Base64 !== attachment.sha256Base64 ||
    stored.contentType !== attachment.contentType
  ) {
    throw new InvalidInput([
      { path: ['id'], message: 'the uploaded file does not match the declared size, type and checksum' },
    ]);
  }
  const now = ports.clock.now();
  const uploaded = revise(attachment, { status: 'UPLOADED' }, now);
  await saveRecord(ports, principal, now, 'completeAttachmentUpload', 'Attachment', attachment, uploaded);
  return uploaded;
}

/** An attachment, for whoever may read the record it belongs to; otherwise NOT_FOUND. */
export async function readableAttachment(
  principal: Principal,
  id: string,
  ports: ProgrammePorts,
): Promise<Attachment> {
  id = parseId(id, ['id']);
  if (
    !(['readDiagnosisReport', 'readApplication', 'uploadAttachment'] as const).some((operation) =>
      roleHolds(principal, operation),
    )
  ) {
    authorizeRole(principal, 'readApplication');
  }
  const attachment = await ports.programme.get('Attachment', id);
  if (!attachment) throw new NotFound('Attachment', id);
  const owner = await ownerOf(attachment.ownerType, attachment.ownerId, ports);
  if (
    !isAllowed(principal, owner.read, owner.resource) &&
    !isAllowed(principal, 'uploadAttachment', owner.resource)
  ) {
    throw new NotFound('Attachment', id);
  }
  return attachment;
}

/** A short-lived download link for an uploaded attachment the caller may read. */
export async function attachmentDownload(
  principal: Principal,
  attachment: Attachment,
  ports: Ports,
): Promise<DownloadTicket | null> {
  await readableAttachment(principal, attachment.id, ports);
  if (attachment.status !== 'UPLOADED') return null;
  return ports.files.presignDownload({
    key: attachment.storageKey,
    fileName: attachment.fileName,
    expiresInSeconds: DOWNLOAD_SECONDS,
  });
}

/** An uploaded attachment of `ownerId` for `purpose`, or a clear refusal naming `path`. */
export async function requireUploaded(
  id: string,
  owner: { type: AttachmentOwnerType; id: string; purpose: string },
  path: readonly (string | number)[],
  ports: ProgrammePorts,
): Promise<Attachment> {
  const attachment = await ports.programme.get('Attachment', id);
  if (
    !attachment ||
    attachment.ownerType !== owner.type ||
    attachment.ownerId !== owner.id ||
    attachment.purpose !== owner.purpose
  ) {
    throw new InvalidInput([
      { path, message: `no ${owner.purpose} attachment ${id} belongs to ${owner.id}` },
    ]);
  }
  if (attachment.status !== 'UPLOADED')
    throw new InvalidInput([{ path, message: `attachment ${id} has not been uploaded yet` }]);
  return attachment;
}
