import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { attachmentDisposition } from '#adapters/files/s3-file-store';
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

const FILES_PREFIX = '/files/';
/** Metadata lives beside the content as `<key>.meta.json`; keys may therefore not end so. */
const META_SUFFIX = '.meta.json';
/** Uploads in progress, inside rootDir so that the final rename never crosses file systems. */
const TEMP_DIR = '.uploads';
const MAX_KEY_LENGTH = 1024;

/** What a token allows: exactly one operation on one key until `exp` (epoch seconds). */
export type FileGrant =
  | {
      readonly op: 'put';
      readonly key: string;
      readonly contentType: string;
      readonly sizeBytes: number;
      readonly sha256Base64: string;
      readonly exp: number;
    }
  | { readonly op: 'get'; readonly key: string; readonly fileName: string; readonly exp: number };
export type PutGrant = Extract<FileGrant, { op: 'put' }>;

export type UploadOutcome = 'stored' | 'too-large' | 'wrong-size' | 'wrong-checksum';

/**
 * Keys are made by the API, not typed by users, so the rules can be strict: no empty, `.` or `..`
 * segment (nothing can leave rootDir), no hidden segment (the temp folder and any dot-file are the
 * store's own), no backslash or control character, and no key that would collide with metadata.
 */
function keySegments(key: string): readonly string[] | undefined {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || key.endsWith(META_SUFFIX)) return undefined;
  const segments = key.split('/');
  const valid = segments.every(
    (segment) =>
      segment.length > 0 && segment.length <= 200 && !segment.startsWith('.') && !/[\\\p{Cc}]/u.test(segment),
  );
  return valid ? segments : undefined;
}

function isGrant(value: unknown): value is FileGrant {
  if (typeof value !== 'object' || value === null) return false;
  const grant = value as Record<string, unknown>;
  if (typeof grant['key'] !== 'string' || typeof grant['exp'] !== 'number') return false;
  if (grant['op'] === 'get') return typeof grant['fileName'] === 'string';
  return (
    grant['op'] === 'put' &&
    typeof grant['contentType'] === 'string' &&
    typeof grant['sha256Base64'] === 'string' &&
    Number.isSafeInteger(grant['sizeBytes'])
  );
}

function isStoredObject(value: unknown): value is StoredObject {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(stored['sizeBytes']) &&
    typeof stored['sha256Base64'] === 'string' &&
    typeof stored['contentType'] === 'string'
  );
}

const isErrno = (error: unknown, ...codes: string[]): boolean =>
  codes.includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * The FileStore of `npm start` and the tests: files in a folder, behind URLs of the same kind as S3's
 * pre-signed ones (`<baseUrl>/files/<token>`, served by `handleFileRequest`). A token is the grant as
 * base64url JSON, a dot, and its HMAC-SHA256; it binds the operation, the key and, for uploads, the
 * content type, size and SHA-256, which the upload must match as it must on S3.
 */
export class LocalFileStore implements FileStore {
  private readonly root: string;

  constructor(
    rootDir: string,
    private readonly secret: Uint8Array,
    private readonly baseUrl: () => string,
    private readonly clock: Clock,
  ) {
    this.root = resolve(rootDir);
  }

  presignUpload(request: UploadRequest): Promise<UploadTicket> {
    // Through a promise, so that a refused key rejects like every other failure of the port.
    return Promise.resolve().then(() => this.uploadTicket(request));
  }

  presignDownload(request: DownloadRequest): Promise<DownloadTicket> {
    return Promise.resolve().then(() => this.downloadTicket(request));
  }

  async head(key: string): Promise<StoredObject | undefined> {
    const { meta } = this.locate(key);
    let text: string;
    try {
      text = await readFile(meta, 'utf8');
    } catch (error) {
      // ENOTDIR: a key below one that is a file (`a/b` when `a` exists) is simply not there.
      if (isErrno(error, 'ENOENT', 'ENOTDIR')) return undefined;
      throw error;
    }
    const stored: unknown = JSON.parse(text);
    if (!isStoredObject(stored)) throw new Error(`corrupt file metadata at ${meta}`);
    return {
      sizeBytes: stored.sizeBytes,
      sha256Base64: stored.sha256Base64,
      contentType: stored.contentType,
    };
  }

  /** The grant a token carries, or why it carries none. Used by `handleFileRequest`. */
  verifyToken(token: string): FileGrant | 'invalid' | 'expired' {
    const [payload, signature, ...rest] = token.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) return 'invalid';
    // Compare the text, not decoded bytes: base64url decoding ignores trailing bits, so different
    // signature strings can decode alike, and a changed token must never pass.
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    let grant: unknown;
    try {
      grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return 'invalid';
    }
    if (!isGrant(grant) || keySegments(grant.key) === undefined) return 'invalid';
    return this.clock.now().getTime() >= grant.exp * 1000 ? 'expired' : grant;
  }

  /**
   * Streams an upload to a temporary file, counting and hashing, and keeps it under the grant's key only
   * when size and SHA-256 are the signed ones; otherwise nothing is kept. The whole body is read even
   * after it proves too large, so that the client receives the refusal instead of a reset connection.
   */
  async receive(grant: PutGrant, body: AsyncIterable<Uint8Array>): Promise<UploadOutcome> {
    const { data, meta } = this.locate(grant.key);
    const tempDir = join(this.root, TEMP_DIR);
    await mkdir(tempDir, { recursive: true });
    const temp = join(tempDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Uint8Array>) {
          for await (const chunk of source) {
            size += chunk.byteLength;
            if (size > grant.sizeBytes) continue;
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temp, { flags: 'wx' }),
      );
      if (size > grant.sizeBytes) return 'too-large';
      if (size !== grant.sizeBytes) return 'wrong-size';
      if (hash.digest('base64') !== grant.sha256Base64) return 'wrong-checksum';
      const stored: StoredObject = {
        sizeBytes: size,
        sha256Base64: grant.sha256Base64,
        contentType: grant.contentType,
      };
      await mkdir(dirname(data), { recursive: true });
      await writeFile(`${temp}${META_SUFFIX}`, JSON.stringify(stored));
      // Content first, metadata last: head() reads only the metadata, so it never reports an object
      // whose content is not in place yet.
      await rename(temp, data);
      await rename(`${temp}${META_SUFFIX}`, meta);
      return 'stored';
    } finally {
      await rm(temp, { force: true });
      await rm(`${temp}${META_SUFFIX}`, { force: true });
    }
  }

  async read(key: string): Promise<Uint8Array> {
    if ((await this.head(key)) === undefined) throw new NotFound('File', key);
    return new Uint8Array(await readFile(this.locate(key).data));
  }

  write(key: string, content: Uint8Array, contentType: string): Promise<void> {
    return this.writeStream(key, [content], contentType);
  }

  async writeStream(
    key: string,
    content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    contentType: string,
  ): Promise<void> {
    const { data, meta } = this.locate(key);
    await mkdir(dirname(data), { recursive: true });
    const temp = `${data}.${randomUUID()}`;
    const hash = createHash('sha256');
    let sizeBytes = 0;
    await pipeline(
      Readable.from(content),
      async function* (source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          sizeBytes += chunk.byteLength;
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(temp),
    );
    const stored: StoredObject = { sizeBytes, sha256Base64: hash.digest('base64'), contentType };
    await writeFile(`${temp}${META_SUFFIX}`, JSON.stringify(stored));
    await rename(temp, data);
    await rename(`${temp}${META_SUFFIX}`, meta);
  }

  /** The stored object and its content, or undefined when nothing was uploaded under `key`. */
  async open(key: string): Promise<{ stored: StoredObject; content: ReadStream } | undefined> {
    const stored = await this.head(key);
    if (stored === undefined) return undefined;
    return { stored, content: createReadStream(this.locate(key).data) };
  }

  private uploadTicket(request: Parameters<FileStore['presignUpload']>[0]): UploadTicket {
    this.locate(request.key);
    if (!Number.isSafeInteger(request.sizeBytes) || request.sizeBytes < 0) {
      throw new RangeError(`file size must be a whole number of bytes, not ${request.sizeBytes}`);
    }
    const exp = this.expiry(request.expiresInSeconds);
    const token = this.sign({
      op: 'put',
      key: request.key,
      contentType: request.contentType,
      sizeBytes: request.sizeBytes,
      sha256Base64: request.sha256Base64,
      exp,
    });
    return {
      url: `${this.baseUrl()}${FILES_PREFIX}${token}`,
      method: 'PUT',
      // The same headers as an S3 ticket, so that a client needs no local special case.
      headers: {
        'content-type': request.contentType,
        'content-length': String(request.sizeBytes),
        'x-amz-checksum-sha256': request.sha256Base64,
      },
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }

  private downloadTicket(request: Parameters<FileStore['presignDownload']>[0]): DownloadTicket {
    this.locate(request.key);
    const exp = this.expiry(request.expiresInSeconds);
    const token = this.sign({ op: 'get', key: request.key, fileName: request.fileName, exp });
    return {
      url: `${this.baseUrl()}${FILES_PREFIX}${token}`,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }

  private locate(key: string): { data: string; meta: string } {
    const segments = keySegments(key);
    const data = segments === undefined ? undefined : resolve(this.root, ...segments);
    // The segment rules already keep keys inside rootDir; the prefix check guards against a rule gap.
    if (data?.startsWith(`${this.root}${sep}`) !== true) {
      throw new RangeError(`not a valid file key: ${JSON.stringify(key)}`);
    }
    return { data, meta: `${data}${META_SUFFIX}` };
  }

  /** Whole seconds, like a SigV4 date, so that expiresAt is exactly when the URL stops working. */
  private expiry(expiresInSeconds: number): number {
    return Math.floor(this.clock.now().getTime() / 1000) + expiresInSeconds;
  }

  private sign(grant: FileGrant): string {
    const payload = Buffer.from(JSON.stringify(grant), 'utf8').toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${message}\n`);
}

/** Refusals worded like S3's, with the status S3 would give where it has one. */
const UPLOAD_REFUSALS: Record<Exclude<UploadOutcome, 'stored'>, [number, string]> = {
  'too-large': [413, 'the upload is larger than the signed size; nothing was stored'],
  'wrong-size': [400, 'the upload is not the signed size; nothing was stored'],
  'wrong-checksum': [400, 'BadDigest: the SHA-256 of the upload is not the signed one; nothing was stored'],
};

async function acceptUpload(
  store: LocalFileStore,
  grant: PutGrant,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // On S3 these are signed headers, so any other value is a signature mismatch (403).
  if (req.headers['content-type'] !== grant.contentType) {
    reply(res, 403, `content-type must be the signed ${grant.contentType}`);
    return;
  }
  if (req.headers['x-amz-checksum-sha256'] !== grant.sha256Base64) {
    reply(res, 403, 'x-amz-checksum-sha256 must be the signed SHA-256');
    return;
  }
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) !== grant.sizeBytes) {
    // Refused before the body is read; Node discards the rest of it.
    const [status, message] =
      UPLOAD_REFUSALS[Number(declared) > grant.sizeBytes ? 'too-large' : 'wrong-size'];
    reply(res, status, message);
    return;
  }
  const outcome = await store.receive(grant, req);
  if (outcome === 'stored') {
    res.writeHead(200, { 'x-amz-checksum-sha256': grant.sha256Base64 }).end();
    return;
  }
  const [status, message] = UPLOAD_REFUSALS[outcome];
  reply(res, status, message);
}

async function serveDownload(
  store: LocalFileStore,
  grant: Extract<FileGrant, { op: 'get' }>,
  res: ServerResponse,
): Promise<void> {
  const found = await store.open(grant.key);
  if (found === undefined) {
    reply(res, 404, 'NoSuchKey: nothing was uploaded under this key');
    return;
  }
  res.writeHead(200, {
    'content-type': found.stored.contentType,
    'content-length': String(found.stored.sizeBytes),
    'content-disposition': attachmentDisposition(grant.fileName),
  });
  await pipeline(found.content, res);
}

/**
 * Serves `/files/<token>` for the local HTTP server: PUT with an upload token stores the body if it is
 * exactly what was signed, GET with a download token returns the file as an attachment. Invalid, expired
 * or misused tokens get 403, as a bad pre-signed URL does on S3. Returns false for any other path.
 */
export async function handleFileRequest(
  store: LocalFileStore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(FILES_PREFIX)) return false;
  const grant = store.verifyToken(pathname.slice(FILES_PREFIX.length));
  if (grant === 'invalid' || grant === 'expired') {
    reply(res, 403, grant === 'expired' ? 'this link has expired' : 'this link is not valid');
    return true;
  }
  if (req.method === 'PUT' && grant.op === 'put') await acceptUpload(store, grant, req, res);
  else if (req.method === 'GET' && grant.op === 'get') await serveDownload(store, grant, res);
  // The method is part of what an S3 URL signs, so using a link for another method is a bad signature.
  else reply(res, 403, `this link is not for ${req.method ?? 'this method'}`);
  return true;
}
