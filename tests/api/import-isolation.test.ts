import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MovableClock } from '../../local/movable-clock.ts';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { enterpriseInput } from '../support/registry.ts';
import { spreadsheetBomb } from '../support/zip.ts';

/**
 * R6.7b imports run outside the API's process, as `npm start` runs them (a child process each, as the
 * import Lambda in AWS): the import runs on the server's clock, moved while it runs; the API answers while
 * an import's process is busy, and after it died (killed, or out of memory), the import being FAILED with
 * the reason. A spreadsheet bomb and lists of excessive size are refused with the reason, and the API
 * keeps answering. The clock is stopped (speed 0): only what the test moves moves.
 */

const START = new Date('2026-12-01T09:00:00.000+08:00');
const DAY = 24 * 60 * 60 * 1000;
const QINGHE = { creditCode: '913101180DM95UY1CJ', name: '上海青禾精密机械有限公司' };
const HEADER = '序号,企业名称,统一社会信用代码,认定称号,认定层级,认定机构,认定日期,证书编号';
const line = (serial: number, certificate: string) =>
  `${serial},${QINGHE.name},${QINGHE.creditCode},市级智能工厂,MUNICIPAL,上海市经济和信息化委员会,2026-03-01,${certificate}`;
const IMPORT =
  'mutation($input: ImportCertificationsInput!) { importCertifications(input: $input) { id status startedAt } }';
const STATUS = `query($id: ID!) { health { status } certificationImport(id: $id) { status startedAt completedAt failure } }`;

interface Held {
  readonly job: { readonly importId: string };
  readonly pid: number;
}

/** A promise and its resolver. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const clock = new MovableClock(START, 0);
/** Each import's process, once up, waits here until the test releases it. */
let held = deferred<Held>();
let release = deferred<undefined>();
let api: TestApi;
let driver: ProgrammeDriver;
/** A server whose import processes may use 8 MB of heap: too little to load the import. */
let starved: TestApi;
let starvedDriver: ProgrammeDriver;
/** Every server started here, closed whatever happened (closing one stops its import processes). */
const servers: TestApi[] = [];

async function tokensFor(server: TestApi): Promise<Record<string, string>> {
  return { commission: await server.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }) };
}

/** Uploads a list as the commission does and asks for its import; the answer as it came. */
async function requestImport(
  on: ProgrammeDriver,
  content: Buffer,
  fileName: string,
  contentType = 'text/csv',
): Promise<{ id: string; status: string; startedAt: string } | { refused: string }> {
  const attachmentId = await on.upload('commission', 'IMPORT', 'CERTIFICATION_LIST', 'CERTIFICATION_LIST', {
    content,
    fileName,
    contentType,
  });
  const { data, errors } = await on.call('commission', IMPORT, { input: { attachmentId } });
  if (errors) return { refused: JSON.stringify(errors) };
  return data?.['importCertifications'] as { id: string; status: string; startedAt: string };
}

function started(answer: Awaited<ReturnType<typeof requestImport>>): { id: string; startedAt: string } {
  if ('refused' in answer) throw new Error(`the import was refused: ${answer.refused}`);
  return answer;
}

interface StatusView {
  health: { status: string };
  certificationImport: {
    status: string;
    startedAt: string;
    completedAt: string | null;
    failure: string | null;
  };
}

async function statusOf(on: TestApi, token: string, id: string): Promise<StatusView> {
  const { body } = await on.query(STATUS, { token, variables: { id } });
  expect(body.errors).toBeUndefined();
  return body.data as unknown as StatusView;
}

beforeAll(async () => {
  api = await startTestApi('development', clock, {
    imports: {
      in: 'child-process',
      holdRun: (run) => {
        held.resolve(run);
        return release.promise;
      },
    },
  });
  servers.push(api);
  driver = new ProgrammeDriver(api, 2026, 'PRV-none', await tokensFor(api), () => clock.now().getTime());
  await driver.ok(
    'commission',
    'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { creditCode } }',
    { input: enterpriseInput(QINGHE) },
  );
  starved = await startTestApi('development', new MovableClock(START, 0), {
    imports: { in: 'child-process', heapLimitMb: 8 },
  });
  servers.push(starved);
  starvedDriver = new ProgrammeDriver(starved, 2026, 'PRV-none', await tokensFor(starved));
}, 120_000);
afterAll(async () => {
  release.resolve(undefined);
  // Stops any import process still running: none outlives its server.
  for (const server of servers) await server.close();
});

describe('imports run in a process of their own (as the import Lambda in AWS)', () => {
  it("runs on the server's clock, moved while its process waits; the API answers meanwhile; its awards start the server's workflow", async () => {
    const request = started(
      await requestImport(driver, Buffer.from([HEADER, line(1, 'SH-ZNGC-2026-101')].join('\n')), 'a.csv'),
    );
    expect(new Date(request.startedAt).getTime()).toBe(START.getTime());
    const { job, pid } = await held.promise;
    expect(job.importId).toBe(request.id);
    expect(pid).not.toBe(process.pid);
    // The import's process is up and waiting: the API answers, and shows the import running.
    const during = await statusOf(api, driver.tokens['commission'] ?? '', request.id);
    expect(during.health.status).toBe('ok');
    expect(during.certificationImport.status).toBe('RUNNING');

    clock.move({ to: new Date(START.getTime() + 5 * DAY) });
    release.resolve(undefined);
    await api.importsIdle();
    const after = await statusOf(api, driver.tokens['commission'] ?? '', request.id);
    expect(after.certificationImport).toMatchObject({ status: 'COMPLETED', failure: null });
    // Written by the child process at the instant the server's clock shows, moved after the child started.
    expect(new Date(after.certificationImport.completedAt ?? '').getTime()).toBe(START.getTime() + 5 * DAY);
    const [certification] = await driver.ok<{ outcome: { projectId: string } }[]>(
      'commission',
      'query($code: String!) { certifications(creditCode: $code) { outcome { projectId } } }',
      { code: QINGHE.creditCode },
    );
    // The award's workflow was started by the server's runner, asked over IPC by the import's process.
    await driver.waitForStage(certification?.outcome.projectId ?? '', 'AWAITING_DOCUMENT');
  });

  it('an import whose process is killed is FAILED with the reason; the API answers during and after', async () => {
    held = deferred<Held>();
    release = deferred<undefined>();
    const request = started(
      await requestImport(driver, Buffer.from([HEADER, line(1, 'SH-ZNGC-2026-102')].join('\n')), 'b.csv'),
    );
    const { pid } = await held.promise;
    process.kill(pid, 'SIGKILL');
    const during = await statusOf(api, driver.tokens['commission'] ?? '', request.id);
    expect(during.health.status).toBe('ok');
    release.resolve(undefined);
    await api.importsIdle();
    const after = await statusOf(api, driver.tokens['commission'] ?? '', request.id);
    expect(after.health.status).toBe('ok');
    expect(after.certificationImport.status).toBe('FAILED');
    expect(after.certificationImport.failure).toMatch(
      /^the import's process was stopped by SIGKILL: import the same file again to finish it$/,
    );
  });

  it('an import whose process runs out of memory is FAILED with the reason; the API keeps answering', async () => {
    const request = started(
      await requestImport(
        starvedDriver,
        Buffer.from([HEADER, line(1, 'SH-ZNGC-2026-103')].join('\n')),
        'c.csv',
      ),
    );
    await starved.importsIdle();
    const after = await statusOf(starved, starvedDriver.tokens['commission'] ?? '', request.id);
    expect(after.health.status).toBe('ok');
    expect(after.certificationImport.status).toBe('FAILED');
    expect(after.certificationImport.failure).toMatch(
      /^the import ran out of memory \(its process may use 8 MB\) and was stopped: split the list into smaller files/,
    );
  });

  it('refuses a spreadsheet bomb and lists of excessive size with the reason; the API answers during and after', async () => {
    const token = driver.tokens['commission'] ?? '';
    const health = () => api.query('{ health { status } }', { token });
    const bomb = Buffer.from(await spreadsheetBomb(400));
    const [bombAnswer, duringBomb] = await Promise.all([
      requestImport(
        driver,
        bomb,
        'bomb.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
      health(),
    ]);
    expect(bombAnswer).toMatchObject({
      refused: expect.stringMatching(/a workbook part may inflate to at most 32 MB/) as unknown,
    });
    expect(duringBomb.body.data).toEqual({ health: { status: 'ok' } });

    // More lines than a list may have (20,000), in a file small enough to upload.
    const long = [
      HEADER,
      ...Array.from({ length: 20_001 }, (_, index) => line(index + 1, `SH-LONG-${index}`)),
    ];
    const [longAnswer, duringLong] = await Promise.all([
      requestImport(driver, Buffer.from(long.join('\n')), 'long.csv'),
      health(),
    ]);
    expect(longAnswer).toMatchObject({
      refused: expect.stringMatching(
        /a list may have at most 20000 lines; split it into several files/,
      ) as unknown,
    });
    expect(duringLong.body.data).toEqual({ health: { status: 'ok' } });

    // More bytes than a list may have (10 MB): refused before it is uploaded.
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'x');
    await expect(requestImport(driver, huge, 'huge.csv')).rejects.toThrow(
      /a list may be at most 10485760 bytes/,
    );
    const imports = await driver.ok<{ edges: unknown[] }>(
      'commission',
      '{ certificationImports { edges { cursor } } }',
    );
    expect(imports.edges).toHaveLength(2); // the two imports of the tests above, nothing for these
    expect((await health()).body.data).toEqual({ health: { status: 'ok' } });
  });
});
