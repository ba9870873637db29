import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';

/**
 * The local GraphiQL page (GraphiQL 5, bundled from node_modules) in headless Chromium (Debian's `chromium`
 * package, driven by playwright-core): `/` opens it, it loads with nothing from outside the local server,
 * signs in with the role and town pickers, runs a query and shows the result, with the API's example
 * operations as tabs and the Explorer plugin.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `the GraphiQL browser test needs Chromium at ${CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  api = await startTestApi('development');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);
// Playwright starts Chromium in its own process group and kills that group on close (and on exit); close it
// even when beforeAll failed half-way, then the server.
afterAll(async () => {
  try {
    await (browser as Browser | undefined)?.close();
  } finally {
    await (api as TestApi | undefined)?.close();
  }
});

describe('GraphiQL on the local server (offline, with a role picker)', () => {
  it('opens at /, loads from the local server only, signs in as a town officer, runs a query and shows the result', async () => {
    const origin = new URL(api.url).origin;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = '{ me { role town } }';
    await page.goto(`${origin}/?role=TOWN_OFFICER&town=ZHUJIAJIAO&query=${encodeURIComponent(query)}`);
    expect(new URL(page.url()).pathname).toBe('/graphiql');
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 15_000 })
      .toBe('signed in as TOWN_OFFICER (ZHUJIAJIAO)');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.result-window').innerText(), { timeout: 15_000 })
      .toMatch(/"role":\s*"TOWN_OFFICER"/);
    expect(await page.locator('.result-window').innerText()).toMatch(/"town":\s*"ZHUJIAJIAO"/);
    // GraphiQL 5 with the API's example operations as tabs, and the Explorer plugin.
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.join(' ')).toMatch(/TownDashboard/);
    expect(tabs.length).toBeGreaterThan(5);
    await page.getByRole('button', { name: /GraphiQL Explorer/i }).click();
    await expect
      .poll(() => page.locator('.graphiql-explorer-root, .docExplorerWrap').count())
      .toBeGreaterThan(0);
    const screenshot = await page.screenshot({ fullPage: true });
    // A rendered page, not a blank one: a PNG of a full GraphiQL window is tens of kilobytes.
    expect([...screenshot.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(screenshot.length).toBeGreaterThan(20_000);
    const dir = join(tmpdir(), 'sfa-screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'graphiql.png'), screenshot);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('refuses a token for a role without its scope, and serves nothing in production mode', async () => {
    const origin = new URL(api.url).origin;
    const refused = await fetch(`${origin}/graphiql/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'ENTERPRISE' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'ENTERPRISE needs creditCode' });
    const production = await startTestApi('production');
    try {
      expect((await fetch(`${new URL(production.url).origin}/graphiql`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
