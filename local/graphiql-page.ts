import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Kind, parse } from 'graphql';
import type { TypeNode } from 'graphql';
import { signDevToken } from '#adapters/identity/dev-tokens';
import type { ApiMode } from '#config/env';
import { isRole, ROLES } from '#domain/identity/principal';
import { SEED_TOWNS } from '#domain/towns/town';
import { graphiqlAsset } from './graphiql/bundle.ts';

/**
 * GraphiQL 5 for the local server, at / and /graphiql, offline: its script and styles (GraphiQL, the
 * Explorer plugin, React, Monaco and its workers) are bundled from node_modules (local/graphiql/), nothing
 * comes from a CDN. The API's example operations (schema/examples) open as tabs. A picker signs
 * development tokens for any role, with a town picker for town officers (development mode only, like
 * `npm run token`).
 */

const EXAMPLES_DIR = join(import.meta.dirname, '..', 'schema', 'examples');

const DEFAULT_QUERY =
  "# Pick a role above, then run a query. The other tabs are the API's example operations\n# (schema/examples); the Explorer (left) builds queries by ticking fields.\n{\n  me {\n    role\n    town\n  }\n  towns {\n    code\n    name\n  }\n}\n";

/** A value to start from for a required variable: the example shows its shape, the user fills it in. */
function placeholder(type: TypeNode): unknown {
  if (type.kind === Kind.NON_NULL_TYPE) return placeholder(type.type);
  if (type.kind === Kind.LIST_TYPE) return [];
  const name = type.name.value;
  if (['Int', 'Float', 'Fen', 'SafeAmount'].includes(name)) return 0;
  if (name === 'Boolean') return false;
  return name.endsWith('Input') ? {} : '';
}

/** The example operations, each with its required variables to fill in. */
function examples(): { query: string; variables: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const query = readFileSync(join(EXAMPLES_DIR, name), 'utf8');
      const variables: Record<string, unknown> = {};
      for (const definition of parse(query).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const variable of definition.variableDefinitions ?? []) {
          if (variable.type.kind === Kind.NON_NULL_TYPE && variable.defaultValue === undefined)
            variables[variable.variable.name.value] = placeholder(variable.type);
        }
      }
      return { query, variables: JSON.stringify(variables, null, 2) };
    });
}

/** JSON inside a <script> element: `<` escaped so that no text can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>smart-factory-awards · GraphiQL (local)</title>
<link rel="stylesheet" href="/graphiql/assets/app.css">
<style>
  body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #picker { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #ddd; font-size: 14px; }
  #picker input { width: 11em; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<form id="picker">
  <label>Role <select id="role"><option value="">anonymous</option>${ROLES.map((role) => `<option>${role}</option>`).join('')}</select></label>
  <label>Town <select id="town"><option value="">—</option>${SEED_TOWNS.map((town) => `<option value="${town.code}">${town.name} ${town.code}</option>`).join('')}</select></label>
  <label>Credit code <input id="creditCode"></label>
  <label>Provider <input id="providerId" placeholder="PRV-…"></label>
  <label>Body <select id="body"><option value="">—</option><option>DRC</option><option>STC</option><option>FINANCE_BUREAU</option></select></label>
  <button type="submit">Use</button>
  <button type="button" id="copy-header" disabled title="Copy the Authorization header, to paste into GraphiQL's Headers or another tool">Copy header</button>
  <span id="status" role="status">anonymous</span>
</form>
<div id="graphiql"></div>
<script type="application/json" id="graphiql-settings">${scriptJson({ defaultQuery: DEFAULT_QUERY, examples: examples() })}</script>
<script type="module" src="/graphiql/assets/app.js"></script>
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
  if (pathname.startsWith('/graphiql/assets/') && req.method === 'GET') {
    const asset = await graphiqlAsset(pathname.slice('/graphiql/assets/'.length));
    if (asset) return send(res, 200, asset.type, asset.body);
  }
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
