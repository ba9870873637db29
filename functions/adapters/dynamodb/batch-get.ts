import { BatchGetCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Key = Record<string, string>;

/** Requests one `batchGet` or `batchWrite` keeps in flight: a list's 10,000 keys are 100 requests. */
export const BATCH_CONCURRENCY = 4;

/**
 * Works through `items` in chunks of `size`, up to `BATCH_CONCURRENCY` chunks at once. After a chunk fails
 * the others take no further chunk, and the work is answered with that error.
 */
async function inChunks<T>(
  items: readonly T[],
  size: number,
  work: (chunk: T[]) => Promise<void>,
): Promise<void> {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let chunk = chunks.shift(); chunk !== undefined && !failed; chunk = chunks.shift()) {
      try {
        await work(chunk);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, chunks.length) }, worker));
}

/**
 * How often unprocessed items are asked for again before the call fails: a table held at its maximum
 * throughput would otherwise be retried until the Lambda timed out.
 */
export const MAX_UNPROCESSED_ATTEMPTS = 10;

/** Full jitter (random up to the exponential step), so that concurrent workers do not retry in step. */
const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 25 * 2 ** attempt)));

function stillUnprocessed(attempt: number, left: number, what: string): void {
  if (attempt >= MAX_UNPROCESSED_ATTEMPTS)
    throw new Error(`${what}: ${left} items still unprocessed after ${MAX_UNPROCESSED_ATTEMPTS} attempts`);
}

/**
 * Reads many items by key: 100 keys per request (DynamoDB's limit), up to `BATCH_CONCURRENCY` requests
 * at once, retrying what DynamoDB returns as unprocessed with a short back-off. Items come in no
 * particular order (as DynamoDB returns them).
 */
export async function batchGet(
  documents: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  await inChunks(keys, 100, async (chunk) => {
    let pending: Key[] | undefined = chunk;
    for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
      stillUnprocessed(attempt, pending.length, 'BatchGetItem');
      if (attempt > 0) await backOff(attempt);
      const result = await documents.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys as Key[] | undefined;
    }
  });
  return items;
}

/**
 * Puts many items, 25 per request (DynamoDB's limit), up to `BATCH_CONCURRENCY` requests at once,
 * retrying unprocessed ones with a short back-off. Only for items that need no condition and no audit
 * record of their own (derived reports).
 */
export async function batchWrite(
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  await inChunks(items, 25, async (chunk) => {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      stillUnprocessed(attempt, pending.length, 'BatchWriteItem');
      if (attempt > 0) await backOff(attempt);
      const result = await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  });
}

/**
 * Every item of one partition, in sort-key order, page after page (small partitions read whole). `T` is
 * the item shape the caller's repository writes to that partition.
 */
export async function queryPartition<T>(
  documents: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: startKey,
      }),
      { abortSignal: signal },
    );
    items.push(...((page.Items ?? []) as T[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
