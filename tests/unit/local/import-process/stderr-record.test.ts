import { describe, expect, it } from 'vitest';
import { StderrRecord } from '../../../../local/import-process/stderr-record.ts';

const OOM_LINE = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
/** What V8 prints after it: one native frame a line, as many as the stack is deep. */
const nativeFrames = (count: number): string =>
  Array.from({ length: count }, (_, i) => `${i}: 0x1dfea36  [/usr/local/bin/node]\n`).join('');

describe("an import process's stderr", () => {
  it('remembers an out-of-memory message that a long native stack trace has pushed out of the tail', () => {
    const stderr = new StderrRecord();
    stderr.append(OOM_LINE);
    stderr.append(nativeFrames(200));
    expect(stderr.tail).not.toContain('out of memory');
    expect(stderr.ranOutOfMemory).toBe(true);
  });

  it('finds the message when it arrives split across two chunks', () => {
    const stderr = new StderrRecord();
    const cut = OOM_LINE.indexOf('of memory');
    stderr.append(OOM_LINE.slice(0, cut));
    stderr.append(OOM_LINE.slice(cut));
    expect(stderr.ranOutOfMemory).toBe(true);
  });

  it('keeps only the last 4,000 characters, and says nothing of memory when nothing was said', () => {
    const stderr = new StderrRecord();
    stderr.append('x'.repeat(5000));
    stderr.append('Error: the table was not found\n');
    expect(stderr.tail).toHaveLength(4000);
    expect(stderr.tail.endsWith('Error: the table was not found\n')).toBe(true);
    expect(stderr.ranOutOfMemory).toBe(false);
  });
});
