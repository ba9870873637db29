/**
 * Port: where attachment files live. In AWS an S3 bucket with pre-signed URLs; locally a folder served by
 * the local HTTP server behind URLs of the same kind. Clients upload and download directly; the API only
 * signs, and checks afterwards what arrived.
 */

export interface UploadTicket {
  /** Where to send the file. */
  readonly url: string;
  readonly method: 'PUT';
  /** Headers the upload must carry exactly (content type, length, checksum). */
  readonly headers: Readonly<Record<string, string>>;
  /** ISO instant after which the URL no longer works. */
  readonly expiresAt: string;
}

export interface DownloadTicket {
  readonly url: string;
  readonly expiresAt: string;
}

export interface StoredObject {
  readonly sizeBytes: number;
  /** SHA-256 of the content, base64 (as S3 reports `ChecksumSHA256`). */
  readonly sha256Base64: string;
  readonly contentType: string;
}

/** What a pre-signed upload is bound to. */
export interface UploadRequest {
  readonly key: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256Base64: string;
  readonly expiresInSeconds: number;
}

export interface DownloadRequest {
  readonly key: string;
  readonly fileName: string;
  readonly expiresInSeconds: number;
}

export interface FileStore {
  /**
   * A pre-signed upload for exactly this object: the store refuses an upload whose size, content type
   * or SHA-256 differ from what was signed.
   */
  presignUpload(request: UploadRequest): Promise<UploadTicket>;
  /** A pre-signed download that saves the file under `fileName`. */
  presignDownload(request: DownloadRequest): Promise<DownloadTicket>;
  /** What is stored under `key`, or undefined when nothing was uploaded. */
  head(key: string): Promise<StoredObject | undefined>;
  /** The content stored under `key` (a list to import); NotFound when there is none. */
  read(key: string): Promise<Uint8Array>;
  /** Stores a file the system made (an import's report), replacing what was there. */
  write(key: string, content: Uint8Array, contentType: string): Promise<void>;
  /** The same for a large file made piece by piece (a batch export): never held whole in memory. */
  writeStream(key: string, content: AsyncIterable<Uint8Array>, contentType: string): Promise<void>;
}
