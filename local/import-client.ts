import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ApiClientError, callApi } from './api-client.ts';

/**
 * The steps a commission user's browser takes to import a list, for `npm run import`: upload the file
 * (sign, PUT, confirm), start the import, follow its progress, read its report.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ImportProgress {
  readonly processedLines: number;
  readonly totalLines: number;
}

export interface ImportSummary {
  readonly id: string;
  readonly status: string;
  readonly encoding: string;
  readonly totalLines: number;
  readonly awardedFen: number;
  readonly runs: number;
  readonly failure: string | null;
  readonly counts: Record<string, number>;
  readonly reportCsvUrl: string | null;
  /** Every line that was not recorded with an award, with its reason. */
  readonly notCreated: readonly { line: number; outcome: string; reason: string }[];
}

export type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Uploads a file as a browser does: sign, PUT to the pre-signed URL, confirm. Returns the attachment id. */
export async function uploadAttachment(
  call: Call,
  file: {
    readonly ownerType: string;
    readonly ownerId: string;
    readonly purpose: string;
    readonly fileName: string;
    readonly contentType: string;
    readonly content: Buffer;
  },
): Promise<string> {
  const { content, ...described } = file;
  const signed = await call<{
    attachment: { id: string };
    upload: { url: string; method: string; headersJson: string };
  }>(
    `mutation($input: RequestAttachmentUploadInput!) {
      requestAttachmentUpload(input: $input) { attachment { id } upload { url method headersJson } } }`,
    {
      input: {
        ...described,
        sizeBytes: content.length,
        sha256Base64: createHash('sha256').update(content).digest('base64'),
      },
    },
  );
  const put = await fetch(signed.upload.url, {
    method: signed.upload.method,
    headers: JSON.parse(signed.upload.headersJson) as Record<string, string>,
    body: content,
  });
  if (put.status !== 200)
    throw new ApiClientError(`the upload was refused (${put.status}): ${await put.text()}`);
  await call('mutation($id: ID!) { completeAttachmentUpload(id: $id) { status } }', {
    id: signed.attachment.id,
  });
  return signed.attachment.id;
}

function caller(url: string, token: string): Call {
  return <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    callApi<T>({ url, token }, query, variables);
}

const SUMMARY = `id status encoding totalLines processedLines awardedFen runs failure reportCsvUrl
  counts { created zeroAmount duplicate unmatched ineligible invalid }`;

export async function importListFile(options: {
  readonly url: string;
  readonly token: string;
  readonly path: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly pollMs?: number;
}): Promise<ImportSummary> {
  const contentType = CONTENT_TYPES[extname(options.path).toLowerCase()];
  if (contentType === undefined) throw new ApiClientError('the list must be a .csv or .xlsx file');
  const content = await readFile(options.path).catch(() => {
    throw new ApiClientError(`cannot read ${options.path}`);
  });
  const call = caller(options.url, options.token);
  const attachmentId = await uploadAttachment(call, {
    ownerType: 'IMPORT',
    ownerId: 'CERTIFICATION_LIST',
    purpose: 'CERTIFICATION_LIST',
    fileName: basename(options.path),
    contentType,
    content,
  });
  const started = await call<{ id: string }>(
    'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id } }',
    { input: { attachmentId } },
  );
  let summary: Omit<ImportSummary, 'notCreated'> & { processedLines: number };
  for (;;) {
    summary = await call(`query($id: ID!) { certificationImport(id: $id) { ${SUMMARY} } }`, {
      id: started.id,
    });
    options.onProgress?.(summary);
    if (summary.status !== 'RUNNING') break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
  const notCreated: { line: number; outcome: string; reason: string }[] = [];
  for (const outcome of ['ZERO_AMOUNT', 'DUPLICATE', 'UNMATCHED', 'INELIGIBLE', 'INVALID']) {
    let after: string | null = null;
    do {
      const page: {
        lines: {
          edges: { node: { line: number; outcome: string; reason: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await call(
        `query($id: ID!, $outcome: ImportOutcome, $after: String) { certificationImport(id: $id) {
          lines(outcome: $outcome, first: 100, after: $after) { edges { node { line outcome reason } } pageInfo { hasNextPage endCursor } } } }`,
        { id: started.id, outcome, after },
      );
      notCreated.push(...page.lines.edges.map((edge) => edge.node));
      after = page.lines.pageInfo.hasNextPage ? page.lines.pageInfo.endCursor : null;
    } while (after !== null);
  }
  return { ...summary, notCreated: notCreated.sort((a, b) => a.line - b.line) };
}
