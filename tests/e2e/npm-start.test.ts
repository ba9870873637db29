import { execFileSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { signDevToken } from '#adapters/identity/dev-tokens';
import { loadOrCreateDevSecret } from '../../local/dev-secret.ts';
import { freePort } from '../../local/dynamodb-local.ts';
import { killProcessGroups, spawnInGroup } from '../support/process-group.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'sfa-start-'));
// Every process started here runs in its own group and is killed with its group (DynamoDB Local included)
// whatever happened to the test that started it: a failed or timed-out test leaves nothing running.
afterAll(() => {
  killProcessGroups();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: () => string;
}

function runStart(env: Record<string, string>): Started {
  // DynamoDB Local is what is under test here, so an endpoint set for the run must not reach it.
  const { DYNAMODB_ENDPOINT, ...inherited } = process.env;
  // The script `npm start` runs, in one Node process: the tsx CLI would relay our signal to its child and
  // SIGKILL it when the child has not acknowledged within 30 ms, which a loaded machine can miss (exit 143).
  // A terminal's Ctrl-C reaches both at once, so the relay is not what is under test here.
  const child = spawnInGroup(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: root,
    env: { ...inherited, LOCAL_DATA_DIR: dataDir, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output };
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function exitOf(started: Started): Promise<number | null> {
  if (started.child.exitCode !== null) return started.child.exitCode;
  return new Promise((resolve) => started.child.once('exit', (code) => resolve(code)));
}

function dynamoDbLocalProcessesOn(port: number): string {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${port}`], { encoding: 'utf8' });
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
}

async function towns(port: number): Promise<{ code: string; name: string }[]> {
  const token = await signDevToken(loadOrCreateDevSecret(join(dataDir, 'dev-token-secret')), {
    userId: 'e2e',
    role: 'ECONOMIC_COMMISSION',
    ttlSeconds: 60,
  });
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ towns { code name } }' }),
  });
  const body = (await response.json()) as { data: { towns: { code: string; name: string }[] } };
  return body.data.towns;
}

describe('npm start (the local runtime, end to end)', () => {
  it('serves towns, stops DynamoDB Local on Ctrl-C, and keeps the data for the next start', async () => {
    const port = await freePort();
    const dynamoPort = await freePort();
    const env = { PORT: String(port), DYNAMODB_LOCAL_PORT: String(dynamoPort) };

    const first = runStart(env);
    await waitFor(first, /API ready at http:\/\/localhost:\d+\/graphql/);
    expect(first.output()).toMatch(/seeded 11 towns/);
    expect(first.output()).toMatch(/npm run token -- --role/);
    expect(await towns(port)).toHaveLength(11);

    // Something the second start must find again: a unit an administrator added.
    const dynamo = createDynamoClient({ endpoint: `http://127.0.0.1:${dynamoPort}`, region: 'local' });
    await createDocumentClient(dynamo).send(
      new PutCommand({
        TableName: 'smart-factory-awards-local',
        Item: {
          pk: 'TOWN',
          sk: 'TOWN#PARK',
          entity: 'Town',
          code: 'PARK',
          name: '青浦工业园区',
          nameEn: 'Qingpu Industrial Park',
          kind: 'DISTRICT_OWNED_GROUP',
          active: true,
        },
      }),
    );
    dynamo.destroy();

    first.child.kill('SIGINT');
    expect(await exitOf(first)).toBe(0);
    expect(dynamoDbLocalProcessesOn(dynamoPort)).toBe('');

    const second = runStart(env);
    await waitFor(second, /API ready at/);
    expect(second.output()).not.toMatch(/seeded/);
    const afterRestart = await towns(port);
    expect(afterRestart).toHaveLength(12);
    expect(afterRestart).toContainEqual({ code: 'PARK', name: '青浦工业园区' });
    second.child.kill('SIGTERM');
    expect(await exitOf(second)).toBe(0);
    expect(dynamoDbLocalProcessesOn(dynamoPort)).toBe('');
  }, 150_000);

  it('npm run import brings the sample list into the running API and prints its report', async () => {
    const port = await freePort();
    const started = runStart({ PORT: String(port), DYNAMODB_LOCAL_PORT: String(await freePort()) });
    try {
      await waitFor(started, /API ready at/);
      const run = (file: string) =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawnInGroup(tsx, ['local/import.ts', file], {
            cwd: root,
            env: { ...process.env, LOCAL_DATA_DIR: dataDir, PORT: String(port) },
          });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
          child.once('exit', (code) => resolve({ code, output }));
        });
      // The demo registry holds the sample's twelve enterprises: 9 municipal (tier 4), 3 national (tier 5).
      const first = await run('tests/fixtures/certifications-sample.csv');
      expect(first.output).toMatch(/COMPLETED \(run 1, 12 lines, UTF-8\)/);
      expect(first.output).toMatch(
        /created 12, zero amount 0, duplicate 0, unmatched 0, ineligible 0, invalid 0/,
      );
      expect(first.output).toMatch(/awarded 15,000,000\.00 yuan/);
      expect(first.output).toMatch(/report \(CSV, 5 minutes\): http/);
      const again = await run('tests/fixtures/certifications-sample.csv');
      expect(again.output).toMatch(/COMPLETED \(run 2, 12 lines/);
      expect(again.output).toMatch(/created 12, zero amount 0, duplicate 0/);
      const missing = await run('no-such-file.csv');
      expect(missing).toMatchObject({ code: 1 });
      expect(missing.output).toContain('npm run import: cannot read no-such-file.csv');
    } finally {
      started.child.kill('SIGTERM');
      await exitOf(started);
    }
  }, 150_000);

  it('says in one line what to do when the API port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const started = runStart({ PORT: String(port), DYNAMODB_LOCAL_PORT: String(await freePort()) });
      expect(await exitOf(started)).toBe(1);
      expect(started.output()).toContain(
        `npm start: port ${port} (GraphQL API) is already in use: stop whatever holds it, or set PORT to another port.`,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('says how to install Java when it is missing', async () => {
    const started = runStart({
      PORT: String(await freePort()),
      DYNAMODB_LOCAL_PORT: String(await freePort()),
      PATH: dirname(process.execPath),
    });
    expect(await exitOf(started)).toBe(1);
    expect(started.output()).toMatch(
      /npm start: DynamoDB Local needs Java 17 or later and no "java" was found: install it \(Debian\/Ubuntu: sudo apt-get install openjdk-17-jre-headless/,
    );
  }, 60_000);
});
