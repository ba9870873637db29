import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BATCH_CONCURRENCY,
  MAX_UNPROCESSED_ATTEMPTS,
  batchGet,
  batchWrite,
} from '#adapters/dynamodb/batch-get';

type Key = Record<string, string>;
interface Sent {
  readonly input: { RequestItems: Record<string, { Keys?: Key[] } | { PutRequest: { Item: Key } }[]> };
}

/** A document client answering from memory, holding each request a moment and counting those in flight. */
function fakeDocuments(options: { unprocessedOnce?: boolean; failAt?: number } = {}) {
  let inFlight = 0;
  let mostInFlight = 0;
  let requests = 0;
  const unprocessed = new Set<string>();
  const send = async (command: Sent) => {
    requests += 1;
    const request = requests;
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 2));
    inFlight -= 1;
    if (request === options.failAt) throw new Error('throttled for good');
    const asked = command.input.RequestItems['t'];
    if (asked !== undefined && !Array.isArray(asked)) {
      const keys = asked.Keys ?? [];
      // The first key of each request is unprocessed once, when asked.
      const held =
        options.unprocessedOnce && keys[0] && !unprocessed.has(keys[0]['pk'] ?? '') ? keys[0] : undefined;
      if (held) unprocessed.add(held['pk'] ?? '');
      return {
        Responses: { t: keys.filter((key) => key !== held).map((key) => ({ ...key, found: true })) },
        UnprocessedKeys: held ? { t: { Keys: [held] } } : {},
      };
    }
    return { UnprocessedItems: {} };
  };
  return {
    documents: { send } as unknown as DynamoDBDocumentClient,
    stats: () => ({ mostInFlight, requests }),
  };
}

const keys = (count: number): Key[] => Array.from({ length: count }, (_, i) => ({ pk: `K#${i}`, sk: 'R' }));

afterEach(() => {
  vi.useRealTimers();
});

describe('batchGet and batchWrite (issue 19, import)', () => {
  it('reads every key, 100 a request, a few requests at once, unprocessed keys again', async () => {
    const { documents, stats } = fakeDocuments({ unprocessedOnce: true });
    const items = await batchGet(documents, 't', keys(1_050));
    expect(new Set(items.map((item) => item['pk'])).size).toBe(1_050);
    expect(items).toHaveLength(1_050);
    // 11 requests, and each one's first key again.
    expect(stats().requests).toBe(22);
    expect(stats().mostInFlight).toBe(BATCH_CONCURRENCY);
  });

  it('one request for a page of keys, as before', async () => {
    const { documents, stats } = fakeDocuments();
    expect(await batchGet(documents, 't', keys(100))).toHaveLength(100);
    expect(await batchGet(documents, 't', [])).toEqual([]);
    expect(stats()).toEqual({ mostInFlight: 1, requests: 1 });
  });

  it('answers a failed request with its error and starts no further request', async () => {
    const { documents, stats } = fakeDocuments({ failAt: 2 });
    await expect(batchGet(documents, 't', keys(2_000))).rejects.toThrow('throttled for good');
    // The requests already in flight finish; none starts after the failure.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stats().requests).toBeLessThanOrEqual(2 * BATCH_CONCURRENCY);
  });

  it('gives up on keys DynamoDB keeps returning unprocessed (a table held at its maximum throughput), after a bounded number of attempts', async () => {
    vi.useFakeTimers();
    let requests = 0;
    const documents = {
      send: (command: Sent) => {
        requests += 1;
        const asked = command.input.RequestItems['t'];
        return Promise.resolve({ UnprocessedKeys: { t: asked } });
      },
    } as unknown as DynamoDBDocumentClient;
    const read = batchGet(documents, 't', keys(3)).then(
      () => 'answered',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await vi.runAllTimersAsync();
    expect(await read).toBe(
      `BatchGetItem: 3 items still unprocessed after ${MAX_UNPROCESSED_ATTEMPTS} attempts`,
    );
    expect(requests).toBe(MAX_UNPROCESSED_ATTEMPTS);
  });

  it('writes 25 items a request, a few requests at once', async () => {
    const { documents, stats } = fakeDocuments();
    await batchWrite(documents, 't', keys(110));
    expect(stats()).toEqual({ mostInFlight: BATCH_CONCURRENCY, requests: 5 });
  });
});
