import { describe, expect, it } from 'vitest';
import { loadedOnFirstUse } from '#adapters/loaded-on-first-use';
import type { ImportJob, ImportQueue } from '#domain/benchmark/import-queue';

const JOB: ImportJob = {
  importId: 'imp-1',
  storageKey: 'imports/list.csv',
  fileName: 'list.csv',
  source: { kind: 'UPLOAD', attachmentId: 'att-1' },
  requestedBy: { kind: 'user', userId: 'u1', role: 'ECONOMIC_COMMISSION' },
};

/** A queue that records what it was given, and how many times it was built. */
function countingQueue() {
  const submitted: ImportJob[] = [];
  let builds = 0;
  const load = (): Promise<ImportQueue> => {
    builds += 1;
    return Promise.resolve({
      submit: (job: ImportJob) => {
        submitted.push(job);
        return Promise.resolve();
      },
    });
  };
  return { submitted, load, builds: () => builds };
}

describe('loadedOnFirstUse', () => {
  it('builds nothing until a method is called, then builds the adapter once for every call', async () => {
    const queue = countingQueue();
    const port = loadedOnFirstUse(queue.load);
    expect(queue.builds()).toBe(0);

    await Promise.all([port.submit(JOB), port.submit({ ...JOB, importId: 'imp-2' })]);
    await port.submit({ ...JOB, importId: 'imp-3' });

    expect(queue.builds()).toBe(1);
    expect(queue.submitted.map((job) => job.importId)).toEqual(['imp-1', 'imp-2', 'imp-3']);
  });

  it('passes on a failed load, and tries again at the next call', async () => {
    const queue = countingQueue();
    let failures = 1;
    const port = loadedOnFirstUse(() => {
      if (failures-- > 0) return Promise.reject(new Error('chunk not found'));
      return queue.load();
    });

    await expect(port.submit(JOB)).rejects.toThrow('chunk not found');
    await port.submit(JOB);

    expect(queue.submitted).toEqual([JOB]);
  });

  it("passes on what the adapter's method throws", async () => {
    const port = loadedOnFirstUse<ImportQueue>(() =>
      Promise.resolve({ submit: () => Promise.reject(new Error('throttled')) }),
    );
    await expect(port.submit(JOB)).rejects.toThrow('throttled');
  });

  it('is not a thenable: awaiting the stand-in gives the stand-in and loads nothing', async () => {
    const queue = countingQueue();
    const port = loadedOnFirstUse(queue.load);
    const awaited: unknown = await Promise.resolve(port);
    expect(awaited).toBe(port);
    expect(queue.builds()).toBe(0);
  });
});
