import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signDevToken } from '#adapters/identity/dev-tokens';
import type { ApiMode } from '#config/env';
import { isRole, ROLES } from '#domain/identity/principal';

/**
 * GraphiQL for the local server, at /graphiql, offline: React, ReactDOM and GraphiQL are served from
 * node_modules (their own browser builds), nothing from a CDN. A token picker signs development tokens
 * for any role (development mode only, like `npm run token`).
 */

const require = createRequire(import.meta.url);
const ASSETS: Readonly<Record<string, { pkg: string; file: string; type: string }>> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};
/** A file of an installed package (their `exports` do not list the browser builds, so by the package's folder). */
const packageFile = (pkg: string, file: string): string =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

const DEFAULT_QUERY =
  '# Pick a role above, then run a query.\n{\n  me {\n    role\n    town\n  }\n  towns {\n    code\n    name\n  }\n}\n';

const page = (): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>smart-factory-awards · GraphiQL (local)</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #picker { display: flex; gap: 8px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #ddd; font-size: 14px; }
  #picker input { width: 11em; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<form id="picker">
  <label>Role <select id="role"><option value="">anonymous</option>${ROLES.map((role) => `<option>${role}</option>`).join('')}</select></label>
  <label>Town <input id="town" placeholder="ZHUJIAJIAO"></label>
  <label>Credit code <input id="creditCode"></label>
  <label>Provider <input id="providerId" placeholder="PRV-…"></label>
  <label>Body <input id="body" placeholder="DRC"></label>
  <button type="submit">Use</button>
  <span id="status" role="status">anonymous</span>
</form>
<div id="graphiql"></div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  const field = (id) => document.getElementById(id);
  for (const id of ['role', 'town', 'creditCode', 'providerId', 'body']) if (params.get(id)) field(id).value = params.get(id);
  let token = '';
  async function useRole() {
    const role = field('role').value;
    if (!role) { token = ''; field('status').textContent = 'anonymous'; return; }
    const scope = {};
    for (const id of ['town', 'creditCode', 'providerId', 'body']) if (field(id).value) scope[id] = field(id).value;
    const response = await fetch('/graphiql/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, ...scope }),
    });
    const body = await response.json();
    if (!response.ok) { token = ''; field('status').textContent = body.error; return; }
    token = body.token;
    field('status').textContent = 'signed in as ' + role;
  }
  field('picker').addEventListener('submit', (event) => { event.preventDefault(); void useRole(); });
  field('role').addEventListener('change', () => void useRole());
  const fetcher = async (request) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) },
      body: JSON.stringify(request),
    });
    return response.json();
  };
  useRole().then(() => {
    ReactDOM.createRoot(field('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: params.get('query') ?? ${JSON.stringify(DEFAULT_QUERY)} }),
    );
  });
</script>
</body>
</html>
`;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): true {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  return true;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/**
 * Where a browser lands in development: `/`, and `/graphql` opened as a page (a GET asking for HTML, with
 * no query), go to GraphiQL. Apollo's own landing page is off everywhere (it loads from a CDN).
 */
function opensGraphiql(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET') return false;
  if (url.pathname === '/') return true;
  return (
    url.pathname === '/graphql' &&
    !url.searchParams.has('query') &&
    !url.searchParams.has('documentId') &&
    /\btext\/html\b/.test(req.headers.accept ?? '')
  );
}

/** Answers /graphiql and its assets and token endpoint (and sends `/` there); false for any other path. */
export async function handleGraphiqlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: { readonly mode: ApiMode; readonly devSecret: Uint8Array },
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;
  if (options.mode !== 'production' && opensGraphiql(req, url)) {
    // `/?role=…&query=…` keeps its parameters (the page reads them).
    const location = url.pathname === '/' ? `/graphiql${url.search}` : '/graphiql';
    res.writeHead(302, { location, 'cache-control': 'no-store' }).end();
    return true;
  }
  if (pathname !== '/graphiql' && !pathname.startsWith('/graphiql/')) return false;
  if (options.mode === 'production')
    return send(res, 404, 'text/plain', 'GraphiQL is for development only\n');
  if (pathname === '/graphiql' && req.method === 'GET')
    return send(res, 200, 'text/html; charset=utf-8', page());
  const asset = ASSETS[pathname.slice('/graphiql/assets/'.length)];
  if (pathname.startsWith('/graphiql/assets/') && asset && req.method === 'GET')
    return send(res, 200, `${asset.type}; charset=utf-8`, await readFile(packageFile(asset.pkg, asset.file)));
  if (pathname === '/graphiql/token' && req.method === 'POST') {
    let request: Record<string, unknown>;
    try {
      request = (await readBody(req)) as Record<string, unknown>;
    } catch {
      return send(res, 400, 'application/json', JSON.stringify({ error: 'a small JSON body is expected' }));
    }
    const text = (key: string) =>
      typeof request[key] === 'string' && request[key] !== '' ? request[key] : undefined;
    const role = text('role');
    if (role === undefined || !isRole(role))
      return send(
        res,
        400,
        'application/json',
        JSON.stringify({ error: `role must be one of ${ROLES.join(', ')}` }),
      );
    // R3.1.1: a joint reviewer signs for a member body (DRC, STC or FINANCE_BUREAU).
    const needs = {
      TOWN_OFFICER: 'town',
      ENTERPRISE: 'creditCode',
      PROVIDER: 'providerId',
      JOINT_REVIEWER: 'body',
    } as const;
    const needed = needs[role as keyof typeof needs] as string | undefined;
    if (needed !== undefined && text(needed) === undefined)
      return send(res, 400, 'application/json', JSON.stringify({ error: `${role} needs ${needed}` }));
    const token = await signDevToken(options.devSecret, {
      userId: `graphiql-${role.toLowerCase()}`,
      role,
      town: text('town'),
      creditCode: text('creditCode'),
      providerId: text('providerId'),
      body: text('body'),
      ttlSeconds: 3600,
    });
    return send(res, 200, 'application/json', JSON.stringify({ token }));
  }
  return send(res, 404, 'text/plain', 'not found\n');
}
