import { createHash, createHmac, randomBytes } from 'node:crypto';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UploadTicket } from '#domain/files/file-store';
import { LocalFileStore, handleFileRequest } from '../../local/local-file-store.ts';

const START = new Date('2026-03-02T01:30:00.400Z');
let now = START;
const clock = { now: () => now };
const secret = new Uint8Array(randomBytes(32));

let workDir: string;
let rootDir: string;
let server: Server;
let baseUrl: string;
let store: LocalFileStore;
let keyCounter = 0;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64');
const nextKey = (): string => `applications/APP-${++keyCounter}/attachments/diagnosis-report.pdf`;
const pdf = Buffer.from('%PDF-1.7\n青浦区智能工厂诊断报告\n%%EOF\n', 'utf8');

async function presignPdf(key: string, content: Uint8Array = pdf): Promise<UploadTicket> {
  return store.presignUpload({
    key,
    contentType: 'application/pdf',
    sizeBytes: content.byteLength,
    sha256Base64: sha256(content),
    expiresInSeconds: 300,
  });
}

const put = (
  ticket: UploadTicket,
  body: RequestInit['body'],
  headers: Record<string, string> = ticket.headers,
) => fetch(ticket.url, { method: ticket.method, headers, body });

/** A token signed here with the store's secret, bypassing presignUpload and its key check. */
function handSignedPut(key: string): Promise<Response> {
  const payload = Buffer.from(
    JSON.stringify({
      op: 'put',
      key,
      contentType: 'application/pdf',
      sizeBytes: pdf.byteLength,
      sha256Base64: sha256(pdf),
      exp: Math.floor(START.getTime() / 1000) + 300,
    }),
  ).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  return fetch(`${baseUrl}/files/${payload}.${signature}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf', 'x-amz-checksum-sha256': sha256(pdf) },
    body: pdf,
  });
}

/** Everything left in the store's upload folder: a refused upload must leave nothing behind. */
async function leftoverUploads(): Promise<string[]> {
  return readdir(join(rootDir, '.uploads')).catch(() => []);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'local-file-store-'));
  rootDir = join(workDir, 'files');
  store = new LocalFileStore(rootDir, secret, () => baseUrl, clock);
  server = createServer((req, res) => {
    handleFileRequest(store, req, res)
      .then((handled) => {
        if (!handled) res.writeHead(404).end();
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  now = START;
});

describe('LocalFileStore with handleFileRequest', () => {
  it('uploads exactly what was signed, reports it with head(), and serves it back as an attachment', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    expect(ticket.url.startsWith(`${baseUrl}/files/`)).toBe(true);
    expect(ticket.headers).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(pdf.byteLength),
      'x-amz-checksum-sha256': sha256(pdf),
    });
    // Whole seconds, as with a SigV4 date.
    expect(ticket.expiresAt).toBe('2026-03-02T01:35:00.000Z');
    expect(await store.head(key)).toBeUndefined();

    const uploaded = await put(ticket, pdf);
    expect(uploaded.status).toBe(200);
    expect(await store.head(key)).toEqual({
      sizeBytes: pdf.byteLength,
      sha256Base64: sha256(pdf),
      contentType: 'application/pdf',
    });

    const fileName = '智能工厂 诊断报告 (终稿).pdf';
    const download = await store.presignDownload({ key, fileName, expiresInSeconds: 60 });
    expect(download.expiresAt).toBe('2026-03-02T01:31:00.000Z');
    const response = await fetch(download.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(fileName).replace('(', '%28').replace(')', '%29')}`,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(await leftoverUploads()).toEqual([]);
  });

  it('refuses a body whose SHA-256 is not the signed one (400) and keeps nothing', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    const forged = Buffer.from(pdf);
    forged[0] = 0x25 ^ 0xff;
    const response = await put(ticket, forged);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/BadDigest/);
    expect(await store.head(key)).toBeUndefined();
    expect(await leftoverUploads()).toEqual([]);
  });

  it('refuses a body of another size, declared (413 or 400) or streamed without a length (413)', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    const { 'content-length': _signedLength, ...withoutLength } = ticket.headers;
    // fetch computes content-length from the body.
    expect((await put(ticket, Buffer.concat([pdf, pdf]), withoutLength)).status).toBe(413);
    expect((await put(ticket, pdf.subarray(1), withoutLength)).status).toBe(400);

    const chunks = [pdf, Buffer.from('and a little more')];
    const streamed = await fetch(ticket.url, {
      method: 'PUT',
      headers: withoutLength,
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk === undefined) controller.close();
          else controller.enqueue(chunk);
        },
      }),
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
    expect(await store.head(key)).toBeUndefined();
    expect(await leftoverUploads()).toEqual([]);
  });

  it('refuses an upload with another content type or checksum header than the signed ones (403)', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    expect((await put(ticket, pdf, { ...ticket.headers, 'content-type': 'text/html' })).status).toBe(403);
    const { 'x-amz-checksum-sha256': _checksum, ...withoutChecksum } = ticket.headers;
    expect((await put(ticket, pdf, withoutChecksum)).status).toBe(403);
    expect(await store.head(key)).toBeUndefined();
  });

  it('refuses a tampered token (403)', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    const [prefix, token = ''] = ticket.url.split('/files/');
    const [payload = '', signature = ''] = token.split('.');
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const bigger = Buffer.from(JSON.stringify({ ...grant, sizeBytes: 10_000_000 })).toString('base64url');
    const lastChar = signature.endsWith('A') ? 'B' : 'A';
    for (const tampered of [
      `${bigger}.${signature}`,
      `${payload}.${signature.slice(0, -1)}${lastChar}`,
      payload,
      `${payload}.${signature}.x`,
    ]) {
      const response = await put({ ...ticket, url: `${prefix ?? ''}/files/${tampered}` }, pdf);
      expect({ tampered, status: response.status }).toEqual({ tampered, status: 403 });
    }
    expect(await store.head(key)).toBeUndefined();
  });

  it('refuses an expired token (403), for uploads and downloads', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    now = new Date(Date.parse(ticket.expiresAt));
    const late = await put(ticket, pdf);
    expect(late.status).toBe(403);
    expect(await late.text()).toMatch(/expired/);

    now = START;
    expect((await put(ticket, pdf)).status).toBe(200);
    const download = await store.presignDownload({ key, fileName: 'a.pdf', expiresInSeconds: 60 });
    now = new Date(START.getTime() + 61_000);
    expect((await fetch(download.url)).status).toBe(403);
  });

  it('refuses a token used for another method (403) and answers 404 for a key with nothing uploaded', async () => {
    const key = nextKey();
    const ticket = await presignPdf(key);
    expect((await fetch(ticket.url)).status).toBe(403);
    const download = await store.presignDownload({ key, fileName: 'a.pdf', expiresInSeconds: 60 });
    expect((await put({ ...ticket, url: download.url }, pdf)).status).toBe(403);
    expect((await fetch(download.url)).status).toBe(404);
  });

  it.each([
    '../outside.pdf',
    'a/../../outside.pdf',
    '/etc/passwd',
    'a//b.pdf',
    '.uploads/x',
    'a\\..\\b',
    'x.meta.json',
  ])('refuses the key %j: no ticket, no head, and a hand-signed token for it is invalid', async (key) => {
    await expect(presignPdf(key)).rejects.toThrow(RangeError);
    await expect(store.presignDownload({ key, fileName: 'a.pdf', expiresInSeconds: 60 })).rejects.toThrow(
      RangeError,
    );
    await expect(store.head(key)).rejects.toThrow(RangeError);

    // Someone holding the secret (or a bug in presigning) still cannot write outside the folder.
    const response = await handSignedPut(key);
    expect(response.status).toBe(403);
    await expect(access(join(workDir, 'outside.pdf'))).rejects.toThrow();
  });

  it('accepts a hand-signed token for a valid key (the control for the refusals above)', async () => {
    const key = nextKey();
    expect((await handSignedPut(key)).status).toBe(200);
    expect(await store.head(key)).toMatchObject({ sizeBytes: pdf.byteLength });
  });

  it('leaves other paths to the caller', async () => {
    expect((await fetch(`${baseUrl}/graphql`)).status).toBe(404);
  });
});
