import * as z from 'zod';
import type { ImportJob } from '#domain/benchmark/import-queue';

/**
 * What the import Lambda is invoked with: a job queued by the API (`{ job }`), an S3 "Object Created"
 * event delivered by EventBridge, or S3's own notification records. Anything else is refused loudly.
 */
export type ImportRequest =
  | { readonly kind: 'job'; readonly job: ImportJob }
  | { readonly kind: 'dropped'; readonly bucket: string; readonly key: string };

const jobEvent = z.object({
  job: z.object({
    importId: z.string(),
    storageKey: z.string(),
    fileName: z.string(),
    source: z.object({ kind: z.literal('UPLOAD'), attachmentId: z.string() }),
    // A user principal (or a system actor), as the API serialised it.
    requestedBy: z.looseObject({}),
  }),
});
const eventBridgeEvent = z.object({
  source: z.literal('aws.s3'),
  'detail-type': z.literal('Object Created'),
  detail: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) }),
});
const notificationEvent = z.object({
  Records: z.array(
    z.object({
      s3: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) }),
    }),
  ),
});

/** S3 notification keys are URL-encoded, spaces as `+`. */
const decodeKey = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

export function importRequests(event: unknown): ImportRequest[] {
  const job = jobEvent.safeParse(event);
  // The schema checks the job's shape; `requestedBy` is the principal the API serialised, taken as it is.
  if (job.success) return [{ kind: 'job', job: job.data.job as unknown as ImportJob }];
  const bridged = eventBridgeEvent.safeParse(event);
  if (bridged.success) {
    return [
      { kind: 'dropped', bucket: bridged.data.detail.bucket.name, key: bridged.data.detail.object.key },
    ];
  }
  const notified = notificationEvent.safeParse(event);
  if (notified.success) {
    return notified.data.Records.map((record) => ({
      kind: 'dropped',
      bucket: record.s3.bucket.name,
      key: decodeKey(record.s3.object.key),
    }));
  }
  throw new Error(`not an import event: ${JSON.stringify(event).slice(0, 500)}`);
}
