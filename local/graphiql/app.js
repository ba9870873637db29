/* global Worker, document, URLSearchParams, location, fetch, navigator -- a browser script */
// The local GraphiQL page's script, bundled by local/graphiql/bundle.ts from node_modules (GraphiQL 5, its
// Explorer plugin, React): nothing is loaded from a CDN. The server writes the page's settings (the API's
// example operations, the towns) into <script id="graphiql-settings">; the picker above GraphiQL signs a
// development token for the chosen role and scope, and every request carries it.
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

// Monaco's workers, bundled beside this script (each a classic worker script).
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' ? 'json.worker' : label === 'graphql' ? 'graphql.worker' : 'editor.worker';
    return new Worker(`/graphiql/assets/${name}.js`);
  },
};

const settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
const params = new URLSearchParams(location.search);
const field = (id) => document.getElementById(id);
const SCOPES = ['town', 'creditCode', 'providerId', 'body'];

for (const id of ['role', ...SCOPES]) if (params.get(id)) field(id).value = params.get(id);

let token = '';
function showToken() {
  field('copy-header').disabled = token === '';
}

async function useRole() {
  const role = field('role').value;
  if (!role) {
    token = '';
    field('status').textContent = 'anonymous';
    showToken();
    return;
  }
  const scope = {};
  for (const id of SCOPES) if (field(id).value) scope[id] = field(id).value;
  const response = await fetch('/graphiql/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, ...scope }),
  });
  const body = await response.json();
  if (!response.ok) {
    token = '';
    field('status').textContent = body.error;
  } else {
    token = body.token;
    const where = SCOPES.map((id) => scope[id]).filter(Boolean);
    field('status').textContent = `signed in as ${role}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  }
  showToken();
}

field('picker').addEventListener('submit', (event) => {
  event.preventDefault();
  void useRole();
});
for (const id of ['role', 'town', 'body']) field(id).addEventListener('change', () => void useRole());
field('copy-header').addEventListener('click', () => {
  void navigator.clipboard?.writeText(JSON.stringify({ authorization: `Bearer ${token}` }, null, 2));
  field('status').textContent += ' · header copied';
});

async function fetcher(request, options) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options?.headers ?? {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(request),
  });
  return response.json();
}

// The API's example operations (schema/examples), one tab each, after the one the URL asks for (or a
// first query to try).
const first = params.get('query') ?? settings.defaultQuery;
const defaultTabs = [
  { query: first },
  ...settings.examples.map((example) => ({ query: example.query, variables: example.variables })),
];

await useRole();
createRoot(field('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorerPlugin()],
    defaultTabs,
    initialQuery: first,
    // Tabs are not kept between visits: every visit starts with the examples as they are now.
    storage: {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
      clear: () => undefined,
      length: 0,
    },
    shouldPersistHeaders: false,
  }),
);
