import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '#adapters/identity/dev-tokens';
import type { Role } from '#domain/identity/principal';
import { loadOrCreateDevSecret } from '../../local/dev-secret.ts';
import { freePort } from '../../local/dynamodb-local.ts';
import type { TestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import type { ReviewedPath } from '../support/reviewed-path.ts';
import { reviewedApplication, setUpReviewedPath } from '../support/reviewed-path.ts';
import { demoCreditCode } from '../../local/demo-data.ts';
import { killProcessGroup, killProcessGroups, spawnInGroup } from '../support/process-group.ts';

/**
 * A front-end team's walk of the reviewed path, application to PAID, over HTTP against `npm start` with
 * its clock started on Monday 2026-12-28 10:00 China time: publicity reaches 2027, whose arrangement is
 * loaded from the test fixture with `npm run calendar`, and `npm run clock` moves the clock past it.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'sfa-clock-e2e-'));
const CALENDAR = 'tests/fixtures/calendar-2027.test-data.json';
/** An enterprise and a provider of its own: the demo registry `npm start` seeds does not hold them. */
const PROVIDER_CODE = demoCreditCode(9991, '310104');
const PATH: ReviewedPath = {
  enterprise: demoCreditCode(9990),
  providerCreditCode: PROVIDER_CODE,
  provider: `PRV-${PROVIDER_CODE}`,
};

let server: ChildProcess | undefined;
let output = '';
let port = 0;
let driver: ProgrammeDriver;

/** Runs a local CLI (`npm run clock`, `npm run calendar`) against the server; resolves with its exit and output. */
function cli(script: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnInGroup(tsx, [script, ...args], {
      cwd: root,
      env: { ...process.env, LOCAL_DATA_DIR: dataDir, PORT: String(port) },
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, output: text }));
  });
}

/** The server's process group (tsx, Node, DynamoDB Local): stopped whatever happened to the tests. */
async function stopServer(): Promise<void> {
  const child = server;
  if (child?.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const killed = setTimeout(() => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // already gone
    }
  }, 15_000);
  await exited;
  clearTimeout(killed);
}

beforeAll(async () => {
  port = await freePort();
  const { DYNAMODB_ENDPOINT: _endpoint, ...inherited } = process.env;
  // Its own process group (spawnInGroup), so that stopServer and afterAll reach DynamoDB Local too.
  server = spawnInGroup(tsx, ['local/start.ts', '--in-memory', '--clock', '2026-12-28T10:00+08:00'], {
    cwd: root,
    env: {
      ...inherited,
      LOCAL_DATA_DIR: dataDir,
      PORT: String(port),
      DYNAMODB_LOCAL_PORT: String(await freePort()),
    },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 90_000;
  while (!/API ready at/.test(output)) {
    if (server.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = `http://localhost:${port}/graphql`;
  const secret = loadOrCreateDevSecret(join(dataDir, 'dev-token-secret'));
  const api = {
    url,
    query: async (query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
  } as Pick<TestApi, 'url' | 'query'> as TestApi; // the driver only queries
  const tokens: Record<string, string> = {};
  const actors: [string, Role, Record<string, string>][] = [
    ['commission', 'ECONOMIC_COMMISSION', {}],
    ['zhujiajiao', 'TOWN_OFFICER', { town: 'ZHUJIAJIAO' }],
    ['provider', 'PROVIDER', { providerId: PATH.provider }],
    ['enterprise', 'ENTERPRISE', { creditCode: PATH.enterprise }],
    ['expert', 'EXPERT', {}],
    ['promotion', 'PROMOTION_OFFICE', {}],
    ['finance', 'FINANCE', {}],
    ['finance2', 'FINANCE', {}],
    ['drc', 'JOINT_REVIEWER', { body: 'DRC' }],
  ];
  for (const [name, role, scope] of actors) {
    const userId = name === 'expert' ? 'expert-1' : `e2e-${name}`;
    tokens[name] = await signDevToken(secret, { userId, role, ttlSeconds: 1800, ...scope });
  }
  // Windows and deadlines relative to the server's clock, as the server reads it.
  let serverNow = Date.parse('2026-12-28T10:00:00+08:00');
  driver = new ProgrammeDriver(api, 2026, PATH.provider, tokens, () => serverNow);
  serverNow = Date.parse((await driver.ok<{ now: string }>('commission', '{ localClock { now } }')).now);
}, 150_000);

afterAll(async () => {
  try {
    await stopServer();
  } finally {
    // Whatever stopServer managed (or if the server exited on its own and left DynamoDB Local behind):
    // nothing of the server's group, nor of a CLI a failed test left waiting, outlives the file.
    killProcessGroup(server?.pid);
    killProcessGroups();
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

const PROJECT = 'query($id: ID!) { project(id: $id) { stage version publicity { endDate endsAt } } }';

describe('the reviewed path to PAID, over HTTP, against npm start with its clock moved', () => {
  it('R6.3–R6.6: application, publicity into 2027, deliberation, the joint document and payment', async () => {
    expect(output).toMatch(/clock: {2}2026-12-28T10:00:\d{2}\.\d{3}\+08:00 \(China time\), 1× real speed/);

    // The 2027 arrangement is not published (R6.4.2): load the test fixture as an operator would.
    const loaded = await cli('local/calendar.ts', ['load', CALENDAR]);
    expect(loaded).toMatchObject({ code: 0 });

    await setUpReviewedPath(driver, PATH);
    const applicationId = await reviewedApplication(driver, PATH);
    // R3.1.1: the commission proposes, a DRC joint reviewer signs off; then the workflow starts.
    const { id } = await driver.propose(applicationId, 8_000_000);
    await driver.waitForStage(id, 'IN_PUBLICITY');
    const inPublicity = await driver.ok<{ publicity: { endDate: string; endsAt: string } }>(
      'commission',
      PROJECT,
      {
        id,
      },
    );
    // 12-28 to 12-31, then 01-01 to 01-03 off (the fixture's New Year), the fifth working day is 01-04.
    expect(inPublicity.publicity).toEqual({ endDate: '2027-01-04', endsAt: '2027-01-05T00:00:00.000+08:00' });

    const moved = await cli('local/clock.ts', ['+8d']);
    expect(moved.output).toMatch(
      /moved to 2027-01-05T10:0\d:\d{2}\.\d{3}\+08:00 \(China Standard Time\), 1× real speed/,
    );
    await driver.waitForStage(id, 'DELIBERATION');

    for (const fiscalYear of [2026, 2027]) {
      await driver.ok(
        'finance',
        `mutation { setBudget(input: { fiscalYear: ${fiscalYear}, amountFen: 100000000 }) { amountFen } }`,
      );
    }
    const deliberation = await driver.ok<{ version: number }>('commission', PROJECT, { id });
    await driver.ok(
      'promotion',
      'mutation($input: DeliberateInput!) { deliberate(input: $input) { stage } }',
      {
        input: {
          projectId: id,
          version: deliberation.version,
          approved: true,
          reason: '符合政策，同意支持。',
        },
      },
    );
    await driver.waitForStage(id, 'AWAITING_DOCUMENT');
    const document = await driver.ok<{ id: string; version: number }>(
      'commission',
      'mutation($input: DraftDisbursementDocumentInput!) { draftDisbursementDocument(input: $input) { id version } }',
      { input: { projectIds: [id] } },
    );
    const issued = await driver.ok<{ status: string; issuedAt: string }>(
      'finance',
      `mutation { countersignDisbursementDocument(id: "${document.id}", version: ${document.version}) { status issuedAt } }`,
    );
    expect(issued.status).toBe('ISSUED');
    expect(issued.issuedAt).toMatch(/^2027-01-05T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    await driver.waitForStage(id, 'COMPLETED');

    const batch = await driver.ok<{ id: string; version: number; paymentCount: number; totalFen: number }>(
      'finance',
      'mutation($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id version paymentCount totalFen } }',
      { input: { idempotencyKey: 'e2e-clock-batch' } },
    );
    expect(batch).toMatchObject({ paymentCount: 1, totalFen: 8_000_000 });
    await driver.ok(
      'finance2',
      'mutation($id: ID!, $version: Int!) { submitPaymentBatch(id: $id, version: $version) { status } }',
      { id: batch.id, version: batch.version },
    );
    const payments = await driver.ok<{ payments: { edges: { node: { payment: { id: string } } }[] } }>(
      'finance',
      'query($id: ID!) { paymentBatch(id: $id) { payments(first: 10) { edges { node { payment { id } } } } } }',
      { id: batch.id },
    );
    const paymentId = payments.payments.edges[0]?.node.payment.id;
    const paid = await driver.ok<{ status: string }>(
      'finance',
      'mutation($input: RecordPaymentResultInput!) { recordPaymentResult(input: $input) { status } }',
      {
        input: {
          idempotencyKey: 'e2e-clock-result',
          paymentId,
          result: { paid: true, bankReference: 'BOC-E2E-0001', paidOn: '2027-01-05' },
        },
      },
    );
    expect(paid).toEqual({ status: 'PAID' });
  }, 240_000);
});
