import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { killProcessGroups, spawnInGroup } from '../support/process-group.ts';

/** `npm run calendar` against the real server over HTTP (R6.4.2, R6.4.4): load, list, refusals and exit codes. */

const FIXTURE = 'tests/fixtures/calendar-2027.test-data.json';
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi('development');
  token = await api.token({ userId: 'cli-commission', role: 'ECONOMIC_COMMISSION' });
}, 60_000);
afterAll(async () => {
  killProcessGroups();
  await api.close();
});

/** Runs the CLI in its own process group, killed in afterAll if a failed or timed-out test left it running. */
async function calendar(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnInGroup(process.execPath, ['--import', 'tsx', 'local/calendar.ts', ...args], {
    cwd: process.cwd(),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.once('close', (exit) => resolve(exit ?? 1)));
  return { code, stdout, stderr };
}

describe('npm run calendar (R6.4.2, R6.4.4)', () => {
  it('R6.4.2: loads the 2027 test-data file, says so, and again changes nothing', async () => {
    const first = await calendar('load', FIXTURE, '--url', api.url, '--token', token);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(
      /^2027: loaded\n2027 {2}loaded by cli-commission at .*version 1 .*TEST DATA, not official/,
    );
    const again = await calendar('load', FIXTURE, '--url', api.url, '--token', token);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/2027: unchanged: .*nothing was written/);
  }, 60_000);

  it('R6.4.4: a changed year without --reason exits 1 with the rule and the diff; with --reason it is replaced', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'calendar-')), 'calendar-2027.json');
    const changed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
      festivals: { festival: string; holidays: string[] }[];
    };
    changed.festivals = changed.festivals.map((days) =>
      days.festival === 'DRAGON_BOAT' ? { ...days, holidays: ['2027-06-11'] } : days,
    );
    writeFileSync(file, JSON.stringify(changed));
    const refused = await calendar('load', file, '--url', api.url, '--token', token);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/POLICY_VIOLATION \[R6\.4\.4\]: .*needs a reason.*\+2027-06-11 holiday/);
    const replaced = await calendar('load', file, '--reason', '更正', '--url', api.url, '--token', token);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/replaced version 1: "更正"; \+2027-06-11 off, -2027-06-09 off/);
  }, 60_000);

  it('R6.4.4: an incomplete year exits 1 naming what is missing; list shows every year and its source', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'calendar-')), 'calendar-2028.json');
    writeFileSync(
      file,
      JSON.stringify({
        year: 2028,
        testData: true,
        notice: { title: '测试数据', publishedOn: '2027-11-01', url: 'https://example.invalid/2028' },
        festivals: [{ festival: 'NEW_YEARS_DAY', holidays: ['2028-01-01'], makeUpWorkdays: ['2028-01-01'] }],
      }),
    );
    const inconsistent = await calendar('load', file, '--url', api.url, '--token', token);
    expect(inconsistent.code).toBe(1);
    expect(inconsistent.stderr).toContain(
      'input.festivals.0.makeUpWorkdays.0: 2028-01-01 is both a holiday and a make-up working day',
    );
    writeFileSync(
      file,
      JSON.stringify({
        year: 2028,
        testData: true,
        notice: { title: '测试数据', publishedOn: '2027-11-01', url: 'https://example.invalid/2028' },
        festivals: [{ festival: 'NEW_YEARS_DAY', holidays: ['2028-01-01'] }],
      }),
    );
    const incomplete = await calendar('load', file, '--url', api.url, '--token', token);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toMatch(/R6\.4\.4.*missing 春节 \(SPRING_FESTIVAL\)/);

    const list = await calendar('list', '--url', api.url, '--token', token);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^2026 {2}chinese-days 1\.5\.7 \(33 days off, 6 make-up working days\)$/m);
    expect(list.stdout).toMatch(/^2027 {2}loaded by cli-commission/m);
    expect(list.stdout).not.toMatch(/^2028/m);
  }, 60_000);

  it('wrong usage exits 2 with the usage; a deployed URL needs --token', async () => {
    const none = await calendar();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('npm run calendar -- load FILE [--reason TEXT]');
    const deployed = await calendar('list', '--url', 'https://api.example.invalid/graphql');
    expect(deployed.code).toBe(2);
    expect(deployed.stderr).toContain('give --token');
    const missing = await calendar('load', 'no-such-file.json', '--url', api.url, '--token', token);
    expect(missing).toMatchObject({ code: 2, stderr: 'npm run calendar: cannot read no-such-file.json\n' });
  }, 60_000);
});
