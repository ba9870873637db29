import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent, EventOf } from '#domain/events/catalogue';
import { systemWaitableClock } from '#domain/waitable-clock';
import type { TestApi } from '../support/api.ts';
import { startTestApi } from '../support/api.ts';
import { ProgrammeDriver } from '../support/programme.ts';
import { demoCreditCode } from '../../local/demo-data.ts';

/**
 * Issue 17 on one machine, as `npm start` runs it: the server's own publisher reads the table's stream,
 * so an import that runs in a process of its own (as in AWS) still emits its event; a subscriber that fails
 * is given the event again; a subscriber for some kinds gets only those.
 */

let api: TestApi;
let driver: ProgrammeDriver;
const everything: DomainEvent[] = [];
const attempts = new Map<string, number>();

beforeAll(async () => {
  api = await startTestApi('development', systemWaitableClock, {
    imports: { in: 'child-process' },
    events: true,
  });
  const events = api.events;
  if (events === undefined) throw new Error('the server was started with events: true');
  events.subscribe((event) => {
    everything.push(event);
  });
  // Fails the first delivery of each event: the publisher delivers it again.
  events.subscribe(
    (event) => {
      const attempt = (attempts.get(event.id) ?? 0) + 1;
      attempts.set(event.id, attempt);
      if (attempt === 1) throw new Error('not yet');
    },
    ['import.finished'],
  );
  driver = new ProgrammeDriver(api, 2026, 'PRV-none', {
    commission: await api.token({ userId: 'ec-1', role: 'ECONOMIC_COMMISSION' }),
  });
}, 120_000);
afterAll(async () => api.close());

describe('the local server publishes domain events from the stream (issue 17)', () => {
  it('R6.7b: an import run in its own process emits import.finished, delivered again to a subscriber that failed', async () => {
    const imported = await driver.importList(
      [
        '企业名称,统一社会信用代码,认定称号,认定机构,认定日期,证书编号',
        `上海未登记智能科技有限公司,${demoCreditCode(840_001)},市级智能工厂,上海市经济和信息化委员会,2026-05-01,EV-P-1`,
      ].join('\n'),
      'events-process.csv',
    );
    expect(imported.counts['unmatched']).toBe(1);
    await api.importsIdle();
    await api.events?.caughtUp();
    const finished = everything.filter(
      (event): event is EventOf<'import.finished'> => event.kind === 'import.finished',
    );
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({
      subject: { importId: imported.id },
      payload: { status: 'COMPLETED', totalLines: 1, created: 0, notCreated: 1, awardedFen: 0 },
    });
    expect([...attempts.entries()]).toEqual([[finished[0]?.id, 2]]);
    expect(api.events?.recent().map((event) => event.id)).toContain(finished[0]?.id);
    expect(api.loggedErrors).toEqual([]);
  });
});
