import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { GraphQLContext } from '#graphql/context';
import { ReadMeter, withReadMeter } from '#adapters/dynamodb/read-budget';
import { EXPOSED_HEADERS } from '#graphql/rate-limit-headers';

export interface LocalHttpServer {
  readonly url: string;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
/** Far above any legitimate GraphQL document; stops a runaway body before it is parsed. */
const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * CORS for front ends in development: a page served from this machine (a dev server on any port of
 * localhost, 127.0.0.1 or [::1]) may call the API and read its rate-limit headers; other origins get no
 * CORS headers, so browsers keep their pages from reading the answers. AWS: the HTTP API's configuration.
 */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]{1,5})?$/;

/** Sets the CORS headers for a local origin; answers whether the request was a preflight (now answered). */
function answerCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || !LOCAL_ORIGIN.test(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, apollo-require-preflight',
    'access-control-max-age': '7200',
  });
  res.end();
  return true;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    return Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/**
 * The local HTTP transport for `npm start` and the API tests: the same Apollo server the Lambda runs,
 * served at /graphql on loopback. Per-request context comes from `context` (development tokens).
 */
export async function startLocalHttpServer(options: {
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly context: (req: IncomingMessage) => Promise<GraphQLContext>;
  readonly host: string;
  readonly port: number;
  /** Other routes of the local server (pre-signed file URLs); returns whether it answered the request. */
  readonly otherRoutes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<LocalHttpServer> {
  const { apollo } = options;
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (options.otherRoutes && (await options.otherRoutes(req, res))) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; the API is at /graphql\n');
      return;
    }
    if (answerCors(req, res)) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // Each request's DynamoDB reads are metered against its budget (extensions.cost).
    const body = await readJsonBody(req);
    const response = await withReadMeter(new ReadMeter(), () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers,
          search: url.search,
          body,
        },
        context: () => options.context(req),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'internal error';
      if (!(error instanceof HttpError)) console.error(error);
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(`${message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host === '127.0.0.1' ? 'localhost' : options.host}:${port}${GRAPHQL_PATH}`,
    close: async () => {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apollo.stop();
    },
  };
}
