import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInstantArgument, parseSpeedArgument, startClock } from '../../../local/start-clock.ts';

const dir = mkdtempSync(join(tmpdir(), 'sfa-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const REAL_NOW = new Date('2026-11-30T03:00:00Z');

describe('npm start -- --clock, --speed', () => {
  it('reads an instant with its offset, never a bare local time', () => {
    expect(parseInstantArgument('--clock', '2026-12-28T10:00+08:00')).toEqual(
      new Date('2026-12-28T02:00:00Z'),
    );
    expect(parseInstantArgument('--clock', '2026-12-28T02:00:00.000Z')).toEqual(
      new Date('2026-12-28T02:00:00Z'),
    );
    for (const text of ['2026-12-28T10:00', '2026-12-28', 'tomorrow', '2026-13-40T10:00+08:00']) {
      expect(() => parseInstantArgument('--clock', text)).toThrow(
        /--clock must be an instant with its offset/,
      );
    }
  });

  it('reads a speed from 0 (stopped) to 100000', () => {
    expect(parseSpeedArgument('60')).toBe(60);
    expect(parseSpeedArgument('0')).toBe(0);
    for (const text of ['', '-1', 'fast', '1e6']) expect(() => parseSpeedArgument(text)).toThrow(/--speed/);
  });

  it('starts at --clock, at --speed, and keeps every move for the next start', () => {
    const savedAt = join(dir, 'kept', 'clock.json');
    const { clock } = startClock({ clock: '2026-12-28T10:00+08:00', speed: '0', savedAt, realNow: REAL_NOW });
    expect(clock.state()).toEqual({ now: new Date('2026-12-28T02:00:00Z'), speed: 0 });
    clock.move({ to: new Date('2027-01-05T02:00:00Z') });
    expect(JSON.parse(readFileSync(savedAt, 'utf8'))).toEqual({ now: '2027-01-05T02:00:00.000Z', speed: 0 });
  });

  it('without --clock goes on from the kept clock when it is ahead of real time, else real time', () => {
    const savedAt = join(dir, 'ahead.json');
    writeFileSync(savedAt, JSON.stringify({ now: '2027-01-05T02:00:00.000Z', speed: 60 }));
    const resumed = startClock({ savedAt, speed: '0', realNow: REAL_NOW });
    expect(resumed.clock.now()).toEqual(new Date('2027-01-05T02:00:00Z'));
    expect(resumed.describe()).toMatch(
      /^2027-01-05T10:00:00\.000\+08:00 \(China time\), 0× real speed, resumed/,
    );
    writeFileSync(savedAt, JSON.stringify({ now: '2026-01-01T00:00:00.000Z', speed: 1 }));
    expect(startClock({ savedAt, speed: '0', realNow: REAL_NOW }).clock.now()).toEqual(REAL_NOW);
    expect(startClock({ speed: '0', realNow: REAL_NOW }).clock.now()).toEqual(REAL_NOW);
  });

  it('refuses a --clock earlier than the kept data’s clock: records assume time goes forward', () => {
    const savedAt = join(dir, 'refuse.json');
    writeFileSync(savedAt, JSON.stringify({ now: '2027-01-05T02:00:00.000Z', speed: 1 }));
    expect(() => startClock({ clock: '2026-12-28T10:00+08:00', savedAt, realNow: REAL_NOW })).toThrow(
      /earlier than the clock of the data kept in .* \(last at 2027-01-05T10:00:00\.000\+08:00\)/,
    );
    // A throw-away database keeps nothing: any instant will do.
    expect(startClock({ clock: '2026-12-28T10:00+08:00', speed: '0' }).clock.now()).toEqual(
      new Date('2026-12-28T02:00:00Z'),
    );
  });
});
