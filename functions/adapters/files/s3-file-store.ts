import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import type { Clock } from '#domain/clock';
import { NotFound } from '#domain/errors';
import type {
  DownloadRequest,
  DownloadTicket,
  FileStore,
  StoredObject,
  UploadRequest,
  UploadTicket,
} from '#domain/files/file-store';

/**
 * The presigner moves every `x-amz-*` header into the query string, where S3 does not check a checksum
 * (aws/aws-sdk-js-v3#3906, aws/aws-sdk#480): kept as headers they are signed, so the client must send
 * them and S3 verifies the body against them.
 */
const UNHOISTABLE_HEADERS = new Set(['x-amz-checksum-sha256', 'x-amz-sdk-checksum-algorithm']);
/** The presigner leaves content-type unsigned unless asked; signed, S3 refuses any other type. */
const SIGNABLE_HEADERS = new Set(['content-type']);

/**
 * `Content-Disposition` that saves the download under `fileName` (RFC 6266 with RFC 5987 encoding, so
 * Chinese names survive). The local store sends the same header so clients behave alike in both.
 */
export function attachmentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

/**
 * SigV4 dates have whole seconds, and a URL stops working `X-Amz-Expires` seconds after its date:
 * the instant we report must be that one, not a few hundred milliseconds later.
 */
function signingWindow(clock: Clock, expiresInSeconds: number): { signingDate: Date; expiresAt: string } {
  const signingDate = new Date(Math.floor(clock.now().getTime() / 1000) * 1000);
  const expiresAt = new Date(signingDate.getTime() + expiresInSeconds * 1000).toISOString();
  return { signingDate, expiresAt };
}

/** Attachment files in an S3 bucket, reached by clients through pre-signed URLs. */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucketName: string,
    private readonly clock: Clock,
  ) {}

  async presignUpload(request: UploadRequest): Promise<UploadTicket> {
    const { signingDate, expiresAt } = signingWindow(this.clock, request.expiresInSeconds);
    const command = new PutObjectCommand({
      Bucket: this.bucketName,
      Key: request.key,
      ContentType: request.contentType,
      ContentLength: request.sizeBytes,
      ChecksumSHA256: request.sha256Base64,
    });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: request.expiresInSeconds,
      signingDate,
      signableHeaders: SIGNABLE_HEADERS,
      unhoistableHeaders: UNHOISTABLE_HEADERS,
    });
    return {
      url,
      method: 'PUT',
      // All three are signed headers: a different value, or a body of another length, is refused by S3
      // (403), and a body whose SHA-256 differs from the header is refused too (400 BadDigest).
      headers: {
        'content-type': request.contentType,
        'content-length': String(request.sizeBytes),
        'x-amz-checksum-sha256': request.sha256Base64,
      },
      expiresAt,
    };
  }

  async presignDownload(request: DownloadRequest): Promise<DownloadTicket> {
    const { signingDate, expiresAt } = signingWindow(this.clock, request.expiresInSeconds);
    const command = new GetObjectCommand({
      Bucket: this.bucketName,
      Key: request.key,
      ResponseContentDisposition: attachmentDisposition(request.fileName),
    });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: request.expiresInSeconds,
      signingDate,
    });
    return { url, expiresAt };
  }

  async read(key: string): Promise<Uint8Array> {
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucketName, Key: key }));
      if (!output.Body) throw new NotFound('File', key);
      return await output.Body.transformToByteArray();
    } catch (error) {
      if (isMissing(error)) throw new NotFound('File', key);
      throw error;
    }
  }

  async write(key: string, content: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucketName,
        Key: key,
        Body: content,
        ContentType: contentType,
        ChecksumAlgorithm: 'SHA256',
      }),
    );
  }

  async writeStream(key: string, content: AsyncIterable<Uint8Array>, contentType: string): Promise<void> {
    // Multipart, part by part: an export of any size is never held whole in memory.
    await new Upload({
      client: this.client,
      params: { Bucket: this.bucketName, Key: key, Body: Readable.from(content), ContentType: contentType },
    }).done();
  }

  async head(key: string): Promise<StoredObject | undefined> {
    try {
      const output = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucketName, Key: key, ChecksumMode: 'ENABLED' }),
      );
      return {
        sizeBytes: output.ContentLength ?? 0,
        // Every upload we sign carries a SHA-256; an object without one (or with a multipart composite
        // `…-N`) did not come through a ticket, and the empty string never equals an expected digest.
        sha256Base64: output.ChecksumType === 'COMPOSITE' ? '' : (output.ChecksumSHA256 ?? ''),
        contentType: output.ContentType ?? 'application/octet-stream',
      };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}

/**
 * HEAD has no body, so S3 reports only the status. 404 is a missing key, and so is 403 here: the function
 * may not list the bucket (least privilege, see AttachmentsBucket.grantPresign), and S3 then answers 403
 * for a key that does not exist rather than reveal whether it does. The grant of s3:GetObject on every
 * key is checked by the infra tests, so a 403 is not a permission fault in disguise.
 */
function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  const status = error.$metadata.httpStatusCode;
  return status === 404 || status === 403 || error.name === 'NotFound' || error.name === 'NoSuchKey';
}
