import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';

/**
 * Issue 18: a browser opening the local server lands in GraphiQL (served from node_modules), and no mode
 * serves Apollo's landing page, which loads from a CDN and fails offline.
 */
let development: TestApi;
let production: TestApi;
beforeAll(async () => {
  [development, production] = await Promise.all([startTestApi('development'), startTestApi('production')]);
});
afterAll(async () => {
  await Promise.all([development.close(), production.close()]);
});

const origin = (api: TestApi): string => new URL(api.url).origin;
const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('where a browser lands (issue 18)', () => {
  it('`/` opens GraphiQL locally, keeping its parameters', async () => {
    const root = await fetch(`${origin(development)}/?role=FINANCE`, {
      redirect: 'manual',
      headers: asBrowser,
    });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphiql?role=FINANCE');
    const page = await fetch(`${origin(development)}/`, { headers: asBrowser });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL (local)');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('/graphql opened in a browser goes to GraphiQL too; GraphQL requests are answered as ever', async () => {
    const opened = await fetch(development.url, { redirect: 'manual', headers: asBrowser });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe('/graphiql');
    const query = await fetch(`${development.url}?query=${encodeURIComponent('{ health { status } }')}`, {
      headers: { ...asBrowser, 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toMatchObject({ data: { health: { status: 'ok' } } });
  });

  it('no mode serves Apollo’s landing page (nor anything from a CDN)', async () => {
    for (const api of [development, production]) {
      const answer = await fetch(api.url, { redirect: 'manual', headers: { accept: 'text/html' } });
      const text = await answer.text();
      expect(text).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|cdn\.apollographql\.com/);
    }
    const root = await fetch(`${origin(production)}/`, { redirect: 'manual', headers: asBrowser });
    expect(root.headers.get('location')).not.toBe('/graphiql');
    expect((await fetch(`${origin(production)}/graphiql`)).status).toBe(404);
  });
});
