import { basename } from 'node:path';
import type { ImportRequest } from '#adapters/imports/import-events';
import { importRequests } from '#adapters/imports/import-events';
import type { CertificationImport } from '#domain/benchmark/certification-import';
import type { FileStore } from '#domain/files/file-store';
import { processImportJob } from '#use-cases/benchmark/certification-imports';
import type { ImportPorts } from '#use-cases/benchmark/import-certifications';
import { runCertificationImport } from '#use-cases/benchmark/import-certifications';
import { count, logger, metrics } from '#adapters/observability/powertools';

/** Who a list dropped into the bucket is imported as, in the audit trail. */
const bucketActor = (key: string) => ({ actorId: `imports-bucket:${key}`, actorRole: 'SYSTEM' as const });

/**
 * The import Lambda's logic over its ports (the real ones in AWS, local ones in the tests): each request
 * of the event is imported in turn, and the first failure fails the invocation so that Lambda retries it.
 */
export function createImportHandler(
  ports: ImportPorts & { readonly files: FileStore },
  options: { readonly importsBucket: string; readonly droppedFiles: FileStore },
): (event: unknown) => Promise<{ imports: Pick<CertificationImport, 'id' | 'status' | 'counts'>[] }> {
  const run = async (request: ImportRequest): Promise<CertificationImport> => {
    if (request.kind === 'job') return processImportJob(request.job, ports);
    if (request.bucket !== options.importsBucket)
      throw new Error(`${request.bucket} is not the imports bucket (${options.importsBucket})`);
    const bytes = await options.droppedFiles.read(request.key);
    return runCertificationImport(
      bucketActor(request.key),
      {
        bytes,
        fileName: basename(request.key),
        source: { kind: 'BUCKET', bucket: request.bucket, key: request.key },
      },
      ports,
    );
  };
  return async (event) => {
    const imports = [];
    for (const request of importRequests(event)) {
      try {
        const done = await run(request);
        logger.info('certification import', {
          event: 'certificationImport',
          id: done.id,
          status: done.status,
          counts: done.counts,
        });
        count('ImportsCompleted');
        count('AwardsCreated', done.counts.CREATED);
        count('AwardsZeroAmount', done.counts.ZERO_AMOUNT);
        count('ImportLinesRefused', done.counts.UNMATCHED + done.counts.INELIGIBLE + done.counts.INVALID);
        count('AwardedFen', done.awardedFen);
        imports.push({ id: done.id, status: done.status, counts: done.counts });
      } catch (error) {
        logger.error('certification import failed', {
          event: 'certificationImportFailed',
          request,
          error: error as Error,
        });
        count('ImportsFailed');
        metrics.publishStoredMetrics();
        throw error;
      }
    }
    metrics.publishStoredMetrics();
    return { imports };
  };
}
