import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3FileStore, attachmentDisposition } from '#adapters/files/s3-file-store';

const BUCKET = 'smart-factory-attachments-test';
const KEY = 'applications/APP-1/attachments/diagnosis-report.pdf';
const SHA256 = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';
const clock = { now: () => new Date('2026-03-02T01:30:00.400Z') };

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
}

/**
 * A client that never reaches the network: presigning needs only credentials and a region, and every
 * request that would be sent is recorded and answered with the given status and headers.
 */
function fakeS3(answer: { statusCode: number; headers?: Record<string, string> } = { statusCode: 200 }): {
  client: S3Client;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const client = new S3Client({
    region: 'cn-north-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' },
    maxAttempts: 1,
    requestHandler: {
      handle: (request: SentRequest) => {
        sent.push({ method: request.method, path: request.path, headers: { ...request.headers } });
        return Promise.resolve({
          response: { statusCode: answer.statusCode, headers: answer.headers ?? {}, body: new Uint8Array() },
        });
      },
    },
  });
  return { client, sent };
}

const uploadRequest = { key: KEY, contentType: 'application/pdf', sizeBytes: 52_431, sha256Base64: SHA256 };

describe('S3FileStore.presignUpload', () => {
  it('signs content type, length and checksum as headers the client must send', async () => {
    const { client, sent } = fakeS3();
    const ticket = await new S3FileStore(client, BUCKET, clock).presignUpload({
      ...uploadRequest,
      expiresInSeconds: 600,
    });
    const url = new URL(ticket.url);
    expect(url.host).toBe(`${BUCKET}.s3.cn-north-1.amazonaws.com.cn`);
    expect(url.pathname).toBe(`/${KEY}`);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual([
      'content-length',
      'content-type',
      'host',
      'x-amz-checksum-sha256',
    ]);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260302T013000Z');
    // Hoisted into the query, a checksum is not checked by S3; no other checksum may ride along either.
    const query = [...url.searchParams.keys()].map((name) => name.toLowerCase());
    expect(query.filter((name) => name.startsWith('x-amz-checksum') || name.startsWith('x-amz-sdk'))).toEqual(
      [],
    );
    expect(ticket).toMatchObject({
      method: 'PUT',
      headers: {
        'content-type': 'application/pdf',
        'content-length': '52431',
        'x-amz-checksum-sha256': SHA256,
      },
      expiresAt: '2026-03-02T01:40:00.000Z',
    });
    expect(sent).toEqual([]);
  });

  it('gives a different signature for a different checksum, size or type', async () => {
    const store = new S3FileStore(fakeS3().client, BUCKET, clock);
    const signatureOf = async (changes: Partial<typeof uploadRequest>): Promise<string | null> => {
      const ticket = await store.presignUpload({ ...uploadRequest, ...changes, expiresInSeconds: 600 });
      return new URL(ticket.url).searchParams.get('X-Amz-Signature');
    };
    const signatures = await Promise.all([
      signatureOf({}),
      signatureOf({ sha256Base64: 'LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=' }),
      signatureOf({ sizeBytes: 52_432 }),
      signatureOf({ contentType: 'text/html' }),
    ]);
    expect(new Set(signatures).size).toBe(4);
  });
});

describe('S3FileStore.presignDownload', () => {
  it('asks S3 to send the file as an attachment under its name, for the given time', async () => {
    const ticket = await new S3FileStore(fakeS3().client, BUCKET, clock).presignDownload({
      key: KEY,
      fileName: '诊断报告 (终稿).pdf',
      expiresInSeconds: 300,
    });
    const url = new URL(ticket.url);
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('诊断报告')}%20%28${encodeURIComponent('终稿')}%29.pdf`,
    );
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(ticket.expiresAt).toBe('2026-03-02T01:35:00.000Z');
  });
});

describe('attachmentDisposition', () => {
  it('percent-encodes everything outside RFC 5987 attr-char, quotes and parentheses included', () => {
    expect(attachmentDisposition(`it's (v2)*.pdf`)).toBe(
      `attachment; filename*=UTF-8''it%27s%20%28v2%29%2A.pdf`,
    );
  });
});

describe('S3FileStore.head', () => {
  it('asks for the checksum and maps size, SHA-256 and content type', async () => {
    const { client, sent } = fakeS3({
      statusCode: 200,
      headers: {
        'content-length': '52431',
        'content-type': 'application/pdf',
        'x-amz-checksum-sha256': SHA256,
        'x-amz-checksum-type': 'FULL_OBJECT',
        etag: '"0123"',
      },
    });
    expect(await new S3FileStore(client, BUCKET, clock).head(KEY)).toEqual({
      sizeBytes: 52_431,
      sha256Base64: SHA256,
      contentType: 'application/pdf',
    });
    expect(sent).toMatchObject([{ method: 'HEAD', path: `/${KEY}` }]);
    expect(sent[0]?.headers['x-amz-checksum-mode']).toBe('ENABLED');
  });

  it('reports an object without a whole-object SHA-256 with an empty digest, which matches no upload', async () => {
    const store = (headers: Record<string, string>) =>
      new S3FileStore(fakeS3({ statusCode: 200, headers }).client, BUCKET, clock);
    expect(await store({ 'content-length': '3', 'content-type': 'text/plain' }).head(KEY)).toMatchObject({
      sha256Base64: '',
    });
    const composite = { 'x-amz-checksum-sha256': `${SHA256}-3`, 'x-amz-checksum-type': 'COMPOSITE' };
    expect(await store(composite).head(KEY)).toMatchObject({ sha256Base64: '' });
  });

  it.each([404, 403])(
    'answers undefined when S3 says %i (403: the function may not list the bucket)',
    async (status) => {
      expect(
        await new S3FileStore(fakeS3({ statusCode: status }).client, BUCKET, clock).head(KEY),
      ).toBeUndefined();
    },
  );

  it('passes other failures on', async () => {
    await expect(
      new S3FileStore(fakeS3({ statusCode: 500 }).client, BUCKET, clock).head(KEY),
    ).rejects.toThrow();
  });
});
